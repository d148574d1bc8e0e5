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

// The secret is a QByteArray we own so callers can wipe it; it must never reach a log.
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
