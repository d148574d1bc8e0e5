#include "archivelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct ArchiveTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ArchiveLocation)
};

std::optional<ArchiveLocation> parseUri(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = ArchiveTr::tr("'%1' is not a valid PostgreSQL URI.")
                     .arg(url.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = ArchiveTr::tr("Put the PostgreSQL password in PGPASSWORD or ~/.pgpass, never in the URI.");
        return std::nullopt;
    }
    ArchiveLocation location;
    location.engine = ArchiveLocation::Engine::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"host"_s))
        location.host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"password"_s)) {
        *error = ArchiveTr::tr("Put the PostgreSQL password in PGPASSWORD or ~/.pgpass, never in the URI.");
        return std::nullopt;
    }
    if (location.database.contains(u'/')) {
        *error = ArchiveTr::tr("'%1' is not a database name.").arg(location.database);
        return std::nullopt;
    }
    return location;
}

} // namespace

std::optional<ArchiveLocation> ArchiveLocation::parse(const QString &text, QString *error)
{
    if (text.startsWith("postgresql://"_L1) || text.startsWith("postgres://"_L1))
        return parseUri(text, error);
    if (text.contains("://"_L1)) {
        *error = ArchiveTr::tr("'%1': an archive is a file path or a postgresql:// URI.")
                     .arg(QUrl(text).toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    if (text.isEmpty()) {
        *error = ArchiveTr::tr("The archive path is empty.");
        return std::nullopt;
    }
    ArchiveLocation location;
    location.path = QDir::cleanPath(QDir::current().absoluteFilePath(text));
    return location;
}

// Not AppDataLocation itself: it ends in the application's name, "Sendtrail" for the app and
// "sendtrail-cli" for the CLI, and both must open the same archive. This is the app's
// AppDataLocation, spelled out so that it does not depend on which program asks.
QString ArchiveLocation::defaultSqlitePath()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString path = data + u"/Sendtrail/Sendtrail/archive.sqlite"_s;
    // Earlier builds kept the CLI's archive under its own name: keep using that one, never start
    // an empty archive beside a filled one.
    const QString cliPath = data + u"/Sendtrail/sendtrail-cli/archive.sqlite"_s;
    return !QFileInfo::exists(path) && QFileInfo::exists(cliPath) ? cliPath : path;
}

QString ArchiveLocation::displayName() const
{
    if (engine == Engine::Sqlite)
        return path;
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += user + u'@';
    if (!host.startsWith(u'/'))
        text += host + u':' + QString::number(port);
    text += u'/' + database;
    if (host.startsWith(u'/'))
        text += u"?host="_s + host;
    return text;
}

} // namespace sendtrail
