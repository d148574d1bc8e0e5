#include "archivedatabase.h"

#include "archiveschema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct ArchiveTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ArchiveDatabase)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"sendtrail-archive-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// The file exists with mode 0600 before SQLite opens it: its WAL and shared-memory files
// take the main file's permissions.
bool prepareSqliteFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = ArchiveTr::tr("Could not create the folder %1.").arg(info.absolutePath());
        return false;
    }
    QFile file(path);
    if (!info.exists() && !file.open(QIODevice::WriteOnly)) {
        *error = ArchiveTr::tr("Could not create %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = ArchiveTr::tr("Could not make %1 private (mode 0600).").arg(path);
        return false;
    }
    return true;
}

} // namespace

ArchiveDatabase::ArchiveDatabase(ArchiveLocation location)
    : m_location(std::move(location)), m_connectionName(nextConnectionName())
{}

ArchiveDatabase::~ArchiveDatabase()
{
    m_findString.reset();
    m_addString.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase ArchiveDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ArchiveDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && db().isOpen();
}

bool ArchiveDatabase::open(QString *error)
{
    const bool sqlite = m_location.engine == ArchiveLocation::Engine::Sqlite;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = ArchiveTr::tr("The Qt SQL driver %1 is not installed (Debian: %2).")
                     .arg(driver, sqlite ? u"libqt6sql6-sqlite"_s : u"libqt6sql6-psql"_s);
        return false;
    }
    if (sqlite && !prepareSqliteFile(m_location.path, error))
        return false;
    QSqlDatabase d = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (sqlite) {
        d.setDatabaseName(m_location.path);
        d.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        // No password here: libpq reads PGPASSWORD, PGPASSFILE or ~/.pgpass itself.
        d.setHostName(m_location.host);
        d.setPort(m_location.port);
        d.setUserName(m_location.user);
        d.setDatabaseName(m_location.database);
        d.setConnectOptions(u"connect_timeout=10;application_name=sendtrail"_s);
    }
    if (!d.open()) {
        *error = ArchiveTr::tr("Could not open the archive %1: %2")
                     .arg(m_location.displayName(), d.lastError().text());
        return false;
    }
    if (sqlite && !(exec(u"PRAGMA journal_mode=WAL"_s, error) && exec(u"PRAGMA synchronous=NORMAL"_s, error)))
        return false;
    return migrate(error);
}

bool ArchiveDatabase::exec(const QString &sql, QString *error)
{
    QSqlQuery query(db());
    if (!query.exec(sql))
        return fail(query, error);
    return true;
}

bool ArchiveDatabase::fail(const QSqlQuery &query, QString *error)
{
    *error = ArchiveTr::tr("Archive %1: %2").arg(m_location.displayName(), query.lastError().text());
    return false;
}

int ArchiveDatabase::readVersion(QString *error)
{
    if (!db().tables().contains(u"meta"_s))
        return 0;
    QSqlQuery query(db());
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s))
        return fail(query, error) ? 0 : -1;
    return query.next() ? query.value(0).toInt() : 0;
}

bool ArchiveDatabase::migrate(QString *error)
{
    m_version = readVersion(error);
    if (m_version < 0)
        return false;
    if (m_version > ArchiveSchema::kCurrentVersion) {
        *error =
            ArchiveTr::tr("The archive %1 has schema version %2, newer than this build understands (%3): "
                          "update Sendtrail to read it.")
                .arg(m_location.displayName())
                .arg(m_version)
                .arg(ArchiveSchema::kCurrentVersion);
        return false;
    }
    while (m_version < ArchiveSchema::kCurrentVersion) {
        const int next = m_version + 1;
        if (!db().transaction())
            return fail(QSqlQuery(db()), error);
        bool ok = true;
        for (const QString &sql : ArchiveSchema::migration(next, m_location.engine))
            ok = ok && exec(sql, error);
        QSqlQuery set(db());
        set.prepare(u"INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        set.addBindValue(QString::number(next));
        ok = ok && (set.exec() || fail(set, error));
        if (!ok || !db().commit()) {
            db().rollback();
            if (ok)
                *error = ArchiveTr::tr("Could not upgrade the archive %1.").arg(m_location.displayName());
            return false;
        }
        m_version = next;
    }
    return true;
}

std::optional<qint64> ArchiveDatabase::existingId(const QString &text, QString *error)
{
    if (text.isEmpty())
        return 0;
    if (const auto it = m_ids.constFind(text); it != m_ids.cend())
        return *it;
    if (!m_findString) {
        m_findString = std::make_unique<QSqlQuery>(db());
        m_findString->prepare(u"SELECT id FROM strings WHERE text = ?"_s);
    }
    m_findString->bindValue(0, text);
    if (!m_findString->exec()) {
        fail(*m_findString, error);
        return -1;
    }
    if (!m_findString->next())
        return std::nullopt;
    const qint64 id = m_findString->value(0).toLongLong();
    m_findString->finish();
    m_ids.insert(text, id);
    m_texts.insert(id, text);
    return id;
}

qint64 ArchiveDatabase::internId(const QString &text, QString *error)
{
    if (const auto id = existingId(text, error))
        return *id;
    if (!m_addString) {
        m_addString = std::make_unique<QSqlQuery>(db());
        m_addString->prepare(u"INSERT INTO strings (text) VALUES (?) ON CONFLICT (text) DO NOTHING"_s);
    }
    m_addString->bindValue(0, text);
    if (!m_addString->exec()) {
        fail(*m_addString, error);
        return -1;
    }
    return existingId(text, error).value_or(-1);
}

} // namespace sendtrail
