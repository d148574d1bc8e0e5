#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace sendtrail {

enum class SignatureVersion
{
    V3,
    V1
};

// An AccessKey on its way to the client. `secret` is only a hand-over slot: move it along
// (std::move, so one QByteArray block travels with a single reference) and wipe what you held
// (wipeBytes). ApiClient::setConfig takes it into its own SecretBytes and wipes the slot, so a
// client's config() never holds it. It must never reach a log.
struct AccessKey
{
    QString id;
    QByteArray secret;
    QString securityToken; // STS, optional
};

// Operation parameters, unencoded, in any order; the signer sorts and encodes them.
using QueryParams = QList<QPair<QString, QString>>;

inline constexpr auto kDirectMailVersion = "2015-11-23";
inline constexpr auto kDetailAction = "SenderStatisticsDetailByParam";

} // namespace sendtrail
