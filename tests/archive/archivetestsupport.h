#pragma once
// Both engines for the same tests: a fresh SQLite file or a fresh database on the fixture's
// PostgreSQL, and a deterministic set of records to put in them.
#include "archive/archivedatabase.h"
#include "archive/archivetypes.h"
#include "postgresfixture.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace sendtrail::test {

class ArchiveEngines final
{
public:
    bool start(QString *error) { return m_postgres.start(error); }
    ArchiveLocation fresh(const QString &engine)
    {
        if (engine == QLatin1String("postgres")) {
            QString error;
            ArchiveLocation location = m_postgres.createDatabase(&error);
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error));
            return location;
        }
        ArchiveLocation location;
        location.path = m_dir.filePath(QStringLiteral("archive-%1.sqlite").arg(++m_files));
        return location;
    }
    // A new, empty archive of that engine, opened (a failure is printed; the caller's checks fail).
    std::unique_ptr<ArchiveDatabase> openFresh(const QString &engine)
    {
        auto db = std::make_unique<ArchiveDatabase>(fresh(engine));
        QString error;
        if (!db->open(&error))
            qWarning("%s", qPrintable(error));
        return db;
    }
    PostgresFixture &postgres() { return m_postgres; }
    QString folder() const { return m_dir.path(); }
    static void addEngineRows()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

private:
    PostgresFixture m_postgres;
    QTemporaryDir m_dir;
    int m_files = 0;
};

// Keeps every other connection of an archive waiting until release(): a query "in flight" as a
// state, not a race. SQLite: an exclusive lock, which the archive's connections wait for up to
// their busy timeout (10 s); PostgreSQL: ACCESS EXCLUSIVE locks on every table, waited for
// without end, and waiters() tells when a query of another connection is waiting for them.
class ArchiveHold final
{
public:
    ArchiveHold() = default;
    ~ArchiveHold() { release(); }
    Q_DISABLE_COPY_MOVE(ArchiveHold)

    bool hold(const ArchiveLocation &location, QString *error)
    {
        const bool sqlite = location.engine == ArchiveLocation::Engine::Sqlite;
        QSqlDatabase db =
            QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_name);
        if (sqlite) {
            db.setDatabaseName(location.path);
        } else {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setDatabaseName(location.database);
        }
        const QStringList steps =
            sqlite ? QStringList{QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"),
                                 QStringLiteral("BEGIN EXCLUSIVE")}
                   : QStringList{QStringLiteral("BEGIN"),
                                 QStringLiteral("LOCK TABLE records, strings, counts, windows, meta "
                                                "IN ACCESS EXCLUSIVE MODE")};
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        for (const QString &sql : steps) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                return false;
            }
        }
        return true;
    }
    // PostgreSQL only: how many lock requests of other connections wait.
    int waiters() const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
    void release()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name);
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    QString m_name = QStringLiteral("archive-hold-%1").arg(quintptr(this));
};

// `count` records spread over `days` days from startUtc, with repeated senders, tags, subjects
// (mixed case, some Chinese), classifications and domains, and some identical tuples.
inline QList<ArchivedRecord> sampleRecords(qint64 startUtc, int days, int count, quint64 seed = 7)
{
    QRandomGenerator random{quint32(seed)};
    static const QStringList senders = {QStringLiteral("news@mail.example.com"),
                                        QStringLiteral("bills@example.com"),
                                        QStringLiteral("alerts@example.org")};
    static const QStringList tags = {QString(), QStringLiteral("BlackFriday"), QStringLiteral("Welcome"),
                                     QStringLiteral("Invoice")};
    static const QStringList domains = {QStringLiteral("qq.com"), QStringLiteral("163.com"),
                                        QStringLiteral("Gmail.com"), QStringLiteral("example.net")};
    static const QStringList subjects = {QStringLiteral("Your Invoice is ready"),
                                         QStringLiteral("BLACK friday deals"), QStringLiteral("欢迎加入"),
                                         QStringLiteral("100% off_today")};
    static const int statuses[] = {0, 0, 0, 2, 3, 4};
    QList<ArchivedRecord> records;
    for (int i = 0; i < count; ++i) {
        ArchivedRecord a;
        MailRecord &r = a.record;
        r.utcSeconds = startUtc + random.bounded(qint64(days) * 86400);
        r.status = DeliveryStatus(statuses[random.bounded(6)]);
        r.toAddress =
            QStringLiteral("user%1@%2").arg(random.bounded(count / 3 + 1)).arg(domains.at(random.bounded(4)));
        r.accountName = senders.at(random.bounded(3));
        r.subject = subjects.at(random.bounded(4));
        r.errorClassification = r.status == DeliveryStatus::Delivered ? QStringLiteral("Success")
                                                                      : QStringLiteral("MailboxNotFound");
        r.message = r.status == DeliveryStatus::Delivered ? QStringLiteral("250 OK queued")
                                                          : QStringLiteral("550 User unknown");
        r.ipPoolId = random.bounded(2) ? QStringLiteral("pool-1") : QString();
        r.ipPoolName = r.ipPoolId.isEmpty() ? QString() : QStringLiteral("Main pool");
        r.lastUpdateTime = QStringLiteral("2026-11-%1T10:00Z").arg(10 + random.bounded(9));
        a.tag = tags.at(random.bounded(4));
        records.append(a);
    }
    return records;
}

// The day window from startUtc, holding `records`, written as a sync writes it (fetched an hour
// after the day's end, with its tags).
inline bool writeDay(const ArchiveLocation &location, qint64 startUtc, const QList<ArchivedRecord> &records,
                     QString *error)
{
    ArchiveDatabase db(location);
    return db.open(error) &&
           db.replaceWindow({startUtc, startUtc + 86400, startUtc + 90000, 0, true, 1}, records, error);
}

} // namespace sendtrail::test
