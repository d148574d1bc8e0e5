#pragma once

#include "api/apitypes.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <optional>

class QCommandLineParser;

namespace sendtrail {

// Where a command connects and as whom: --profile, --endpoint or --region, --signature and
// --service-utc-offset, plus --ca-file. The command line wins, then the profile, then the defaults.
struct ConnectionRequest
{
    QString profileName; // empty: credentials from the environment
    QUrl endpoint;       // from --endpoint or --region (unless a profile supplies it)
    QString regionId;
    std::optional<SignatureVersion> signatureVersion;
    int serviceUtcOffsetSeconds = 8 * 3600;
    QStringList caFiles; // --ca-file: CAs trusted besides the system's and the profile's
};

QList<QCommandLineOption> connectionOptions();
void applyConnectionOptions(const QCommandLineParser &p, ConnectionRequest &r, QStringList *errors);

} // namespace sendtrail
