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
#include <QThread>

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
    // NewOnly: another process may create the archive at the same moment, and WriteOnly alone
    // would truncate the one it has just written. Created private, never world-readable meanwhile.
    QFile file(path);
    if (!info.exists() &&
        !file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        !file.exists()) {
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
    m_sqliteInsert.reset();
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
    return prepareConnection(sqlite, error);
}

// Openers of a fresh SQLite archive meet in its journal-mode switch and its creation: SQLite
// answers SQLITE_BUSY without waiting where waiting could deadlock (two connections both holding
// a read lock and wanting the write lock), so those steps are tried again, briefly, a few times.
// Only workers and the CLI open an archive: this never waits on the UI thread.
bool ArchiveDatabase::prepareConnection(bool sqlite, QString *error)
{
    constexpr int kAttempts = 6;
    for (int attempt = 1;; ++attempt) {
        m_lastFailureBusy = false;
        if ((!sqlite || applySqlitePragmas(error)) && migrate(error))
            return true;
        if (!sqlite || !m_lastFailureBusy || attempt == kAttempts)
            return false;
        QThread::msleep(20UL * attempt);
    }
}

// synchronous=NORMAL is crash-safe in WAL mode: a power loss can lose the last committed
// transactions, never corrupt the file or leave half a window (each window is one transaction, so
// the next sync simply fetches a lost window again). synchronous=OFF would risk corruption: never.
// The larger page cache keeps the indexes of a big archive in memory while a window is replaced
// instead of spilling dirty pages to the WAL mid-transaction; checkpointing every 40 MB of WAL
// instead of every 4 MB copies the same hot index pages (and syncs) ten times less often during
// a sync. A new file gets 8 KiB pages (an existing one keeps its size): a million records
// inserted 5 % faster and text counted 15 % faster than with 4 KiB pages; 16 KiB pages made the
// insert 20 % slower, moving longer pages for every row (bench_archive).
bool ArchiveDatabase::applySqlitePragmas(QString *error)
{
    for (const QString &pragma :
         {u"PRAGMA page_size=8192"_s, u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
          u"PRAGMA cache_size=-65536"_s, u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA wal_autocheckpoint=10000"_s})
        if (!exec(pragma, error))
            return false;
    return true;
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
    const QString code = query.lastError().nativeErrorCode();
    m_lastFailureBusy = code == u"5"_s || code == u"6"_s; // SQLITE_BUSY, SQLITE_LOCKED
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
        if (!beginSchemaChange(error))
            return false;
        // Another process (the CLI's sync beside the app, two windows) may have upgraded the
        // archive while this one waited for the lock: read the version again under it.
        const int current = readVersion(error);
        bool ok = current >= 0;
        if (ok && current == m_version) {
            for (const QString &sql : ArchiveSchema::migration(current + 1, m_location.engine))
                ok = ok && exec(sql, error);
            QSqlQuery set(db());
            set.prepare(u"INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            set.addBindValue(QString::number(current + 1));
            ok = ok && (set.exec() || fail(set, error));
        }
        if (!ok || !exec(u"COMMIT"_s, error)) {
            QSqlQuery(db()).exec(u"ROLLBACK"_s);
            return false;
        }
        m_version = current == m_version ? current + 1 : current;
    }
    return true;
}

// The schema changes under a lock that every opener of the archive takes first, so that two
// processes opening a fresh archive at once neither both create its tables nor upgrade it twice.
// SQLite: BEGIN IMMEDIATE takes the write lock (waiting up to the busy timeout); PostgreSQL: a
// transaction-scoped advisory lock on a key of our own.
bool ArchiveDatabase::beginSchemaChange(QString *error)
{
    if (m_location.engine == ArchiveLocation::Engine::Sqlite)
        return exec(u"BEGIN IMMEDIATE"_s, error);
    if (!exec(u"BEGIN"_s, error))
        return false;
    if (exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(ArchiveSchema::kSchemaLockKey), error))
        return true;
    QSqlQuery(db()).exec(u"ROLLBACK"_s);
    return false;
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

// Writing starts from every string the archive holds, so that a text missing from m_ids is new
// and costs one INSERT ... RETURNING instead of a SELECT, an INSERT and another SELECT (a sync
// meets a new service minute every few dozen records).
bool ArchiveDatabase::loadAllIds(QString *error)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, text FROM strings"_s))
        return fail(q, error);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString text = q.value(1).toString();
        m_ids.insert(text, id);
        m_texts.insert(id, text);
    }
    m_allIds = true;
    return true;
}

qint64 ArchiveDatabase::internId(const QString &text, QString *error)
{
    if (text.isEmpty())
        return 0;
    if (!m_allIds && !loadAllIds(error))
        return -1;
    if (const auto it = m_ids.constFind(text); it != m_ids.cend())
        return *it;
    const qint64 id = addString(text, error);
    if (id < 0)
        return -1;
    if (id == 0) // another connection added it since the load
        return existingId(text, error).value_or(-1);
    m_ids.insert(text, id);
    m_texts.insert(id, text);
    return id;
}

// The new id of `text` in `strings`, 0 when the table holds it already, -1 and *error on failure.
qint64 ArchiveDatabase::addString(const QString &text, QString *error)
{
    if (m_location.engine == ArchiveLocation::Engine::Sqlite) {
        if (!m_sqliteInsert)
            m_sqliteInsert = std::make_unique<SqliteRecordInserter>(db());
        return m_sqliteInsert->addString(text, error);
    }
    if (!m_addString) {
        m_addString = std::make_unique<QSqlQuery>(db());
        m_addString->prepare(
            u"INSERT INTO strings (text) VALUES (?) ON CONFLICT (text) DO NOTHING RETURNING id"_s);
    }
    m_addString->bindValue(0, text);
    if (!m_addString->exec()) {
        fail(*m_addString, error);
        return -1;
    }
    const qint64 id = m_addString->next() ? m_addString->value(0).toLongLong() : 0;
    m_addString->finish();
    return id;
}

} // namespace sendtrail
