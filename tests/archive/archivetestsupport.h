#pragma once
// Both engines for the same tests: a fresh SQLite file or a fresh database on the fixture's
// PostgreSQL, and a deterministic set of records to put in them.
#include "archive/archivedatabase.h"
#include "archive/archivetypes.h"
#include "postgresfixture.h"

#include <QRandomGenerator>
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

} // namespace sendtrail::test
