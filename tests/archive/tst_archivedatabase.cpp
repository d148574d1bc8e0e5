// The same suite against SQLite and a real PostgreSQL 15: windows replaced atomically, every
// filter combined, keyset pages in every sort order, aggregates, coverage, forget and prune.
#include "archive/archivedatabase.h"
#include "archive/archiveschema.h"
#include "archivetestsupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

constexpr qint64 kStart = 1'795'000'000 / 86400 * 86400 - 8 * 3600; // a service-zone midnight
constexpr qint64 kDay = 86400;

ArchiveWindow windowOf(int day, bool tagged = true)
{
    return {kStart + day * kDay, kStart + (day + 1) * kDay, kStart + (day + 5) * kDay, 0, tagged, 3};
}

// Writes `records` one day window at a time, as a sync does.
void archive(ArchiveDatabase &db, const QList<ArchivedRecord> &records, int days)
{
    for (int day = 0; day < days; ++day) {
        QList<ArchivedRecord> inDay;
        for (const ArchivedRecord &r : records)
            if (r.record.utcSeconds >= kStart + day * kDay && r.record.utcSeconds < kStart + (day + 1) * kDay)
                inDay.append(r);
        QString error;
        QVERIFY2(db.replaceWindow(windowOf(day), inDay, &error), qPrintable(error));
    }
}

bool matches(const ArchivedRecord &a, const ArchiveFilter &f)
{
    const MailRecord &r = a.record;
    const QString domain = r.toAddress.mid(r.toAddress.lastIndexOf(u'@') + 1);
    return r.utcSeconds >= f.startUtc && r.utcSeconds < f.endUtc &&
           (f.toAddress.isEmpty() || r.toAddress == f.toAddress) &&
           (f.accountName.isEmpty() || r.accountName == f.accountName) &&
           (f.tag.isEmpty() || a.tag == f.tag) && (!f.status || int(r.status) == *f.status) &&
           (f.classification.isEmpty() || r.errorClassification == f.classification) &&
           (f.domain.isEmpty() || domain.compare(f.domain, Qt::CaseInsensitive) == 0) &&
           (f.text.isEmpty() || r.subject.contains(f.text, Qt::CaseInsensitive) ||
            r.message.contains(f.text, Qt::CaseInsensitive));
}

QByteArray keyOf(const ArchivedRecord &a)
{
    const MailRecord &r = a.record;
    return QStringList{QString::number(r.utcSeconds),
                       QString::number(int(r.status)),
                       r.toAddress,
                       r.accountName,
                       r.subject,
                       r.errorClassification,
                       r.message,
                       r.ipPoolId,
                       r.ipPoolName,
                       r.configSetId,
                       r.configSetName,
                       r.lastUpdateTime,
                       a.tag}
        .join(u'|')
        .toUtf8();
}

QList<QByteArray> sortedKeys(const QList<ArchivedRecord> &records)
{
    QList<QByteArray> keys;
    for (const ArchivedRecord &r : records)
        keys.append(keyOf(r));
    std::sort(keys.begin(), keys.end());
    return keys;
}

QList<ArchivedRecord> readAll(ArchiveDatabase &db, const ArchiveFilter &filter, const ArchiveSort &sort,
                              int pageSize)
{
    QList<ArchivedRecord> all;
    std::optional<ArchiveCursor> cursor;
    QString error;
    do {
        const auto page = db.page(filter, sort, cursor, pageSize, &error);
        if (!page) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        all += page->rows;
        cursor = page->next;
    } while (cursor);
    return all;
}

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

ArchiveFilter range(qint64 start, qint64 end)
{
    ArchiveFilter f;
    f.startUtc = start;
    f.endUtc = end;
    return f;
}

ArchiveFilter everything()
{
    return range(kStart, kStart + 10 * kDay);
}

using DayCounts = QMap<std::pair<qint64, int>, qint64>;

// Per period of `unit` seconds that start `shift` seconds before the UTC ones.
DayCounts expectedBy(const QList<ArchivedRecord> &records, const ArchiveFilter &f, qint64 unit, int shift)
{
    DayCounts expected;
    for (const ArchivedRecord &r : records)
        if (matches(r, f))
            ++expected[{(r.record.utcSeconds + shift) / unit * unit - shift, int(r.record.status)}];
    return expected;
}

DayCounts expectedByDay(const QList<ArchivedRecord> &records, const ArchiveFilter &f, int offset)
{
    return expectedBy(records, f, kDay, offset);
}

DayCounts actualByDay(ArchiveDatabase &db, const ArchiveFilter &f, int offset)
{
    QString error;
    const auto days = db.statusByDay(f, offset, &error);
    if (!days)
        qWarning("%s", qPrintable(error));
    DayCounts actual;
    for (const StatusDayCount &c : days.value_or(QList<StatusDayCount>{}))
        actual[{c.dayStartUtc, c.status}] = c.count;
    return actual;
}

} // namespace

Q_DECLARE_METATYPE(sendtrail::ArchiveFilter)

class tst_ArchiveDatabase final : public QObject
{
    Q_OBJECT

private:
    test::ArchiveEngines m_engines;
    QList<ArchivedRecord> m_records = test::sampleRecords(kStart, 3, 1500);

    std::unique_ptr<ArchiveDatabase> openFresh(const QString &engine) { return m_engines.openFresh(engine); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_engines.start(&error), qPrintable(error));
    }

    void combinedFilters_returnExactlyTheMatchingRecords_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<ArchiveFilter>("filter");
        for (const QString &engine : {u"sqlite"_s, u"postgres"_s}) {
            const auto row = [&](const char *name, ArchiveFilter f) {
                QTest::newRow((engine + u'/' + QLatin1String(name)).toUtf8().constData()) << engine << f;
            };
            ArchiveFilter f = everything();
            row("everything", f);
            f.tag = u"BlackFriday"_s;
            f.status = 3;
            row("tag+status", f);
            f.domain = u"QQ.com"_s;
            row("tag+status+domain", f);
            ArchiveFilter g = range(kStart + kDay / 2, kStart + 2 * kDay + 777);
            g.accountName = u"bills@example.com"_s;
            g.text = u"INVOICE"_s;
            row("range+sender+text", g);
            ArchiveFilter h = everything();
            h.text = u"0% OFF_"_s; // LIKE's wildcards are taken literally
            h.classification = u"MailboxNotFound"_s;
            row("text-wildcards+classification", h);
            ArchiveFilter c = everything();
            c.text = u"欢迎"_s;
            c.toAddress = u"user7@163.com"_s;
            row("chinese-text+recipient", c);
            ArchiveFilter none = everything();
            none.tag = u"NeverSeen"_s;
            row("unknown-tag", none);
        }
    }

    void combinedFilters_returnExactlyTheMatchingRecords()
    {
        QFETCH(QString, engine);
        QFETCH(ArchiveFilter, filter);
        auto db = openFresh(engine);
        archive(*db, m_records, 3);
        QList<ArchivedRecord> expected;
        for (const ArchivedRecord &r : std::as_const(m_records))
            if (matches(r, filter))
                expected.append(r);
        QString error;
        QCOMPARE(sortedKeys(readAll(*db, filter, {}, 97)), sortedKeys(expected));
        QCOMPARE(db->count(filter, &error), qint64(expected.size()));
    }

    void keysetPages_followTheSortOrder_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (const QString &engine : {u"sqlite"_s, u"postgres"_s})
            for (Column c : {Column::Time, Column::Status, Column::ToAddress, Column::AccountName,
                             Column::Subject, Column::Message, Column::IpPoolName})
                for (bool descending : {true, false})
                    QTest::newRow(QStringLiteral("%1/%2/%3")
                                      .arg(engine, RecordColumns::key(c), descending ? u"desc"_s : u"asc"_s)
                                      .toUtf8()
                                      .constData())
                        << engine << int(c) << descending;
    }

    void keysetPages_followTheSortOrder()
    {
        QFETCH(QString, engine);
        QFETCH(int, column);
        QFETCH(bool, descending);
        auto db = openFresh(engine);
        archive(*db, m_records, 3);
        const ArchiveSort sort{Column(column), descending};
        const QList<ArchivedRecord> rows = readAll(*db, everything(), sort, 64);
        QCOMPARE(sortedKeys(rows), sortedKeys(m_records));
        const auto sortKey = [&](const ArchivedRecord &a) -> QByteArray {
            const MailRecord &r = a.record;
            switch (Column(column)) {
            case Column::Status:
                return QByteArray::number(int(r.status) + 10);
            case Column::ToAddress:
                return r.toAddress.toUtf8();
            case Column::AccountName:
                return r.accountName.toUtf8();
            case Column::Subject:
                return r.subject.toUtf8();
            case Column::Message:
                return r.message.toUtf8();
            case Column::IpPoolName:
                return r.ipPoolName.toUtf8();
            default:
                return {};
            }
        };
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const auto a =
                std::make_tuple(sortKey(rows[i - 1]), rows[i - 1].record.utcSeconds, rows[i - 1].id);
            const auto b = std::make_tuple(sortKey(rows[i]), rows[i].record.utcSeconds, rows[i].id);
            QVERIFY2(descending ? a > b : a < b, qPrintable(u"row %1"_s.arg(i)));
        }
    }

    void replacingAWindow_neverDuplicates_data() { test::ArchiveEngines::addEngineRows(); }
    void replacingAWindow_neverDuplicates()
    {
        QFETCH(QString, engine);
        auto db = openFresh(engine);
        archive(*db, m_records, 3);
        archive(*db, m_records, 3);
        QString error;
        QCOMPARE(db->count(everything(), &error), qint64(m_records.size()));
        const auto coverage = db->coverage(&error);
        QVERIFY2(coverage, qPrintable(error));
        QCOMPARE(coverage->size(), 3);
        QCOMPARE(coverage->at(1).startUtc, kStart + kDay);
        QVERIFY(coverage->at(1).tagged);
        QCOMPARE(coverage->at(1).calls, 3);
        qint64 total = 0;
        for (const ArchiveWindow &w : *coverage)
            total += w.records;
        QCOMPARE(total, qint64(m_records.size()));
    }

    // Each writer keeps the texts it has seen; one that another writer added meanwhile is found in
    // the table, not added twice, and every record reads back with its own text.
    void aTextAnotherWriterAdded_isSharedNotAddedTwice_data() { test::ArchiveEngines::addEngineRows(); }
    void aTextAnotherWriterAdded_isSharedNotAddedTwice()
    {
        QFETCH(QString, engine);
        const ArchiveLocation location = m_engines.fresh(engine);
        ArchiveDatabase first(location);
        ArchiveDatabase second(location);
        QString error;
        QVERIFY2(first.open(&error) && second.open(&error), qPrintable(error));
        const QString shared = u"Written first by the other writer"_s;
        QList<ArchivedRecord> records = m_records;
        for (ArchivedRecord &r : records)
            if (r.record.utcSeconds >= kStart + kDay)
                r.record.subject = shared;
        const auto day = [&](int n) {
            QList<ArchivedRecord> inDay;
            for (const ArchivedRecord &r : std::as_const(records))
                if (r.record.utcSeconds >= kStart + n * kDay && r.record.utcSeconds < kStart + (n + 1) * kDay)
                    inDay.append(r);
            return inDay;
        };
        // The first writer loads the texts, the second adds `shared`, then the first meets it.
        QVERIFY2(first.replaceWindow(windowOf(0), day(0), &error), qPrintable(error));
        QVERIFY2(second.replaceWindow(windowOf(1), day(1), &error), qPrintable(error));
        QVERIFY2(first.replaceWindow(windowOf(2), day(2), &error), qPrintable(error));
        ArchiveDatabase reader(location);
        QVERIFY2(reader.open(&error), qPrintable(error));
        QCOMPARE(sortedKeys(readAll(reader, everything(), {}, 500)), sortedKeys(records));
        ArchiveFilter bySubject = everything();
        bySubject.text = shared;
        QCOMPARE(reader.count(bySubject, &error), qint64(day(1).size() + day(2).size()));
    }

    void aggregates_countLikeTheRows_data() { test::ArchiveEngines::addEngineRows(); }
    void aggregates_countLikeTheRows()
    {
        QFETCH(QString, engine);
        auto db = openFresh(engine);
        archive(*db, m_records, 3);
        QMap<std::pair<qint64, int>, qint64> expected;
        QMap<QString, qint64> byDomain;
        for (const ArchivedRecord &r : std::as_const(m_records)) {
            const qint64 day = (r.record.utcSeconds + 8 * 3600) / kDay * kDay - 8 * 3600;
            ++expected[{day, int(r.record.status)}];
            ++byDomain[r.record.toAddress.mid(r.record.toAddress.indexOf(u'@') + 1).toLower()];
        }
        QString error;
        const auto days = db->statusByDay(everything(), 8 * 3600, &error);
        QVERIFY2(days, qPrintable(error));
        QMap<std::pair<qint64, int>, qint64> actual;
        for (const StatusDayCount &c : *days)
            actual[{c.dayStartUtc, c.status}] = c.count;
        QCOMPARE(actual, expected);
        const auto domains = db->countBy(everything(), ArchiveGroup::Domain, &error);
        QVERIFY2(domains, qPrintable(error));
        QMap<QString, qint64> actualDomains;
        for (const GroupCount &c : *domains)
            actualDomains[c.key] = c.count;
        QCOMPARE(actualDomains, byDomain);
    }

    void statusByDay_countsLikeTheRowsInAnyRangeAndZone_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<ArchiveFilter>("filter");
        QTest::addColumn<int>("offset");
        for (const QString &engine : {u"sqlite"_s, u"postgres"_s}) {
            const auto row = [&](const char *name, const ArchiveFilter &f, int offset) {
                QTest::newRow((engine + u'/' + QLatin1String(name)).toUtf8().constData())
                    << engine << f << offset;
            };
            row("everything/+08:00", everything(), 8 * 3600);
            row("everything/-05:30", everything(), -(5 * 3600 + 1800));
            row("ragged-range/+05:45", range(kStart + 1234, kStart + 2 * kDay + 777), 5 * 3600 + 2700);
            ArchiveFilter status = range(kStart + 899, kStart + kDay + 901);
            status.status = 3;
            row("status+ragged/UTC", status, 0);
            row("odd-zone/+00:07", everything(), 7 * 60); // not whole buckets: from the records
            ArchiveFilter tagged = everything();
            tagged.tag = u"Welcome"_s;
            row("tag/+08:00", tagged, 8 * 3600);
            row("within-one-bucket", range(kStart + 100, kStart + 700), 8 * 3600);
        }
    }

    void statusByDay_countsLikeTheRowsInAnyRangeAndZone()
    {
        QFETCH(QString, engine);
        QFETCH(ArchiveFilter, filter);
        QFETCH(int, offset);
        auto db = openFresh(engine);
        archive(*db, m_records, 3);
        QCOMPARE(actualByDay(*db, filter, offset), expectedByDay(m_records, filter, offset));
    }

    // The same ranges and filters per hour: the zone's offset less its whole hours is the phase
    // (+05:45: 2700; -05:30: 1800; +00:07: 420, not a quarter hour, so from the records).
    void statusByHour_countsLikeTheRowsInAnyRangeAndPhase_data()
    {
        statusByDay_countsLikeTheRowsInAnyRangeAndZone_data();
    }

    void statusByHour_countsLikeTheRowsInAnyRangeAndPhase()
    {
        QFETCH(QString, engine);
        QFETCH(ArchiveFilter, filter);
        QFETCH(int, offset);
        const int phase = ((offset % 3600) + 3600) % 3600;
        auto db = openFresh(engine);
        archive(*db, m_records, 3);
        QString error;
        const auto hours = db->statusByHour(filter, phase, &error);
        QVERIFY2(hours, qPrintable(error));
        DayCounts actual;
        for (const StatusHourCount &c : *hours)
            actual[{c.hourStartUtc, c.status}] = c.count;
        QCOMPARE(actual, expectedBy(m_records, filter, 3600, phase));
    }

    void countByMessage_countsEachReplyText_data() { test::ArchiveEngines::addEngineRows(); }

    void countByMessage_countsEachReplyText()
    {
        QFETCH(QString, engine);
        auto db = openFresh(engine);
        archive(*db, m_records, 3);
        QMap<QString, qint64> expected;
        for (const ArchivedRecord &r : std::as_const(m_records))
            ++expected[r.record.message];
        QString error;
        const auto messages = db->countBy(everything(), ArchiveGroup::Message, &error);
        QVERIFY2(messages, qPrintable(error));
        QMap<QString, qint64> actual;
        for (const GroupCount &c : *messages)
            actual[c.key] = c.count;
        QCOMPARE(actual, expected);
    }

    void statusByDay_staysExactAfterReplaceForgetAndPrune_data() { test::ArchiveEngines::addEngineRows(); }
    void statusByDay_staysExactAfterReplaceForgetAndPrune()
    {
        QFETCH(QString, engine);
        auto db = openFresh(engine);
        archive(*db, m_records, 3);
        QList<ArchivedRecord> kept = m_records;
        // Day 1 again with a third of its records gone and their statuses changed.
        QList<ArchivedRecord> day1;
        for (const ArchivedRecord &r : std::as_const(m_records))
            if (r.record.utcSeconds >= kStart + kDay && r.record.utcSeconds < kStart + 2 * kDay &&
                r.record.utcSeconds % 3 != 0) {
                day1.append(r);
                day1.last().record.status = DeliveryStatus(int(r.record.status) == 0 ? 4 : 0);
            }
        QString error;
        QVERIFY2(db->replaceWindow(windowOf(1), day1, &error), qPrintable(error));
        kept.removeIf([](const ArchivedRecord &r) {
            return r.record.utcSeconds >= kStart + kDay && r.record.utcSeconds < kStart + 2 * kDay;
        });
        kept += day1;
        QCOMPARE(actualByDay(*db, everything(), 8 * 3600), expectedByDay(kept, everything(), 8 * 3600));
        const QString address = kept.at(0).record.toAddress;
        QVERIFY(db->forgetAddress(address, &error) > 0);
        kept.removeIf([&](const ArchivedRecord &r) { return r.record.toAddress == address; });
        QCOMPARE(actualByDay(*db, everything(), 8 * 3600), expectedByDay(kept, everything(), 8 * 3600));
        QCOMPARE(db->pruneBefore(kStart + kDay + 10, &error), 1);
        kept.removeIf([](const ArchivedRecord &r) { return r.record.utcSeconds < kStart + kDay; });
        QCOMPARE(actualByDay(*db, everything(), 0), expectedByDay(kept, everything(), 0));
    }

    void addressActivity_countsAndGivesTheNewest_data() { test::ArchiveEngines::addEngineRows(); }
    void addressActivity_countsAndGivesTheNewest()
    {
        QFETCH(QString, engine);
        auto db = openFresh(engine);
        archive(*db, m_records, 3);
        ArchiveFilter f = range(kStart + kDay / 3, kStart + 3 * kDay);
        f.toAddress = m_records.at(5).record.toAddress;
        QList<ArchivedRecord> expected;
        for (const ArchivedRecord &r : std::as_const(m_records))
            if (matches(r, f))
                expected.append(r);
        QVERIFY(!expected.isEmpty());
        const auto newest =
            std::max_element(expected.cbegin(), expected.cend(), [](const auto &a, const auto &b) {
                return a.record.utcSeconds < b.record.utcSeconds;
            });
        QString error;
        const auto activity = db->addressActivity(f, &error);
        QVERIFY2(activity, qPrintable(error));
        QCOMPARE(activity->count, qint64(expected.size()));
        QVERIFY(activity->latest);
        QCOMPARE(activity->latest->record.utcSeconds, newest->record.utcSeconds);
        QCOMPARE(activity->latest->record.toAddress, f.toAddress);
        f.toAddress = u"nobody@nowhere.example"_s;
        const auto none = db->addressActivity(f, &error);
        QVERIFY2(none, qPrintable(error));
        QCOMPARE(none->count, 0);
        QVERIFY(!none->latest);
    }

    void forgetAndPrune_eraseWhatTheySay_data() { test::ArchiveEngines::addEngineRows(); }
    void forgetAndPrune_eraseWhatTheySay()
    {
        QFETCH(QString, engine);
        auto db = openFresh(engine);
        archive(*db, m_records, 3);
        const QString address = m_records.at(0).record.toAddress;
        const auto count = std::count_if(m_records.cbegin(), m_records.cend(), [&](const ArchivedRecord &r) {
            return r.record.toAddress == address;
        });
        QString error;
        QCOMPARE(db->forgetAddress(address, &error), qint64(count));
        ArchiveFilter f = everything();
        f.toAddress = address;
        QCOMPARE(db->count(f, &error), 0);
        QCOMPARE(db->pruneBefore(kStart + kDay + 10, &error), 1); // only day 0 ends before it
        const auto coverage = db->coverage(&error);
        QCOMPARE(coverage->size(), 2);
        QCOMPARE(db->count(range(kStart, kStart + kDay), &error), 0);
        QVERIFY(db->count(range(kStart + kDay, kStart + 2 * kDay), &error) > 0);
    }

    void anOldArchive_opensAndUpgrades_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("version");
        for (const QString &engine : {u"sqlite"_s, u"postgres"_s})
            for (int version = 1; version < ArchiveSchema::kCurrentVersion; ++version)
                QTest::newRow(u"%1/v%2"_s.arg(engine).arg(version).toUtf8().constData()) << engine << version;
    }

    void anOldArchive_opensAndUpgrades()
    {
        QFETCH(QString, engine);
        QFETCH(int, version);
        const ArchiveLocation location = m_engines.fresh(engine);
        {
            // An archive exactly as a build of that version wrote it.
            auto old = QSqlDatabase::addDatabase(engine == u"sqlite"_s ? u"QSQLITE"_s : u"QPSQL"_s, u"old"_s);
            old.setDatabaseName(engine == u"sqlite"_s ? location.path : location.database);
            old.setHostName(location.host);
            old.setUserName(location.user);
            QVERIFY(old.open());
            QSqlQuery q(old);
            for (int v = 1; v <= version; ++v)
                for (const QString &sql : ArchiveSchema::migration(v, location.engine))
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(u"INSERT INTO meta VALUES ('schema_version', '%1')"_s.arg(version)));
            QVERIFY(q.exec(
                u"INSERT INTO strings (id, text) VALUES (1, 'old@example.com'), (2, 'Old INVOICE')"_s));
            // Three records in two quarter hours of day 0, two statuses.
            for (const auto &[offset, status] : {std::pair<qint64, int>{5, 0}, {1000, 3}, {kDay - 1, 0}})
                QVERIFY(q.exec(u"INSERT INTO records (t, status, rcpt, domain, sender, subject, class, "
                               u"message, pool_id, "
                               "pool_name, cfg_id, cfg_name, tag, sent) VALUES (%1, %2, 'a@b.c', 0, 1, 2, 0, "
                               "0, 0, 0, 0, "
                               "0, 0, 0)"_s.arg(kStart + offset)
                                   .arg(status)));
            QVERIFY(
                q.exec(u"INSERT INTO windows (start, stop, fetched_at, records, tagged) VALUES (%1, %2, %3, "
                       "3, 0)"_s.arg(kStart)
                           .arg(kStart + kDay)
                           .arg(kStart + 9 * kDay)));
            old.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        ArchiveDatabase db(location);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), ArchiveSchema::kCurrentVersion);
        const auto page = db.page(everything(), {}, {}, 10, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->rows.size(), 3);
        QCOMPARE(page->rows.at(0).record.accountName, u"old@example.com"_s);
        QCOMPARE(page->rows.at(0).record.utcSeconds, kStart + kDay - 1);
        ArchiveFilter text = everything();
        text.text = u"invoice"_s;
        QCOMPARE(db.count(text, &error), 3);
        const DayCounts expected{{{kStart, 0}, 2}, {{kStart, 3}, 1}};
        QCOMPARE(actualByDay(db, everything(), 8 * 3600), expected);
        const auto coverage = db.coverage(&error);
        QCOMPARE(coverage->size(), 1);
        QCOMPARE(coverage->at(0).calls, 0);
        // And the upgraded archive takes new windows like a new one.
        QVERIFY2(db.replaceWindow(windowOf(0), m_records.mid(0, 0), &error), qPrintable(error));
        QCOMPARE(actualByDay(db, everything(), 8 * 3600), DayCounts{});
    }

    void aNewerArchive_isRefusedWithAReason_data() { test::ArchiveEngines::addEngineRows(); }
    void aNewerArchive_isRefusedWithAReason()
    {
        QFETCH(QString, engine);
        const ArchiveLocation location = m_engines.fresh(engine);
        QString error;
        {
            ArchiveDatabase db(location);
            QVERIFY2(db.open(&error), qPrintable(error));
        }
        {
            auto raw = QSqlDatabase::addDatabase(engine == u"sqlite"_s ? u"QSQLITE"_s : u"QPSQL"_s, u"raw"_s);
            raw.setDatabaseName(engine == u"sqlite"_s ? location.path : location.database);
            raw.setHostName(location.host);
            raw.setUserName(location.user);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        ArchiveDatabase db(location);
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(u"schema version 99"_s) && error.contains(u"update Sendtrail"_s),
                 qPrintable(error));
    }

    // The app's reader, its sync worker and the CLI each open the archive on their own connection;
    // on a fresh archive they raced to create the schema ("table meta already exists").
    void openingAFreshArchiveAtOnce_createsItOnceAndEveryOpenSucceeds_data()
    {
        test::ArchiveEngines::addEngineRows();
    }
    void openingAFreshArchiveAtOnce_createsItOnceAndEveryOpenSucceeds()
    {
        QFETCH(QString, engine);
        constexpr int kOpeners = 4;
        for (int round = 0; round < 5; ++round) {
            const ArchiveLocation location = m_engines.fresh(engine);
            std::atomic<int> ready = 0;
            std::atomic<int> opened = 0;
            QStringList errors[kOpeners];
            int versions[kOpeners] = {};
            QList<QThread *> threads;
            for (int i = 0; i < kOpeners; ++i) {
                threads << QThread::create([&, i] {
                    ArchiveDatabase db(location);
                    ++ready;
                    while (ready.load() < kOpeners) // all open at the same moment
                        QThread::yieldCurrentThread();
                    QString error;
                    if (db.open(&error))
                        ++opened;
                    else
                        errors[i] << error;
                    versions[i] = db.schemaVersion();
                });
                threads.last()->start();
            }
            for (QThread *thread : std::as_const(threads)) {
                QVERIFY(thread->wait(60000));
                delete thread;
            }
            for (int i = 0; i < kOpeners; ++i) {
                QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i].join(u"; "_s)));
                QCOMPARE(versions[i], ArchiveSchema::kCurrentVersion);
            }
            QCOMPARE(opened.load(), kOpeners);
            ArchiveDatabase db(location);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QCOMPARE(db.coverage(&error)->size(), 0);
        }
    }

    void anSqliteArchive_isPrivateAndWritesAhead()
    {
        auto db = openFresh(u"sqlite"_s);
        QVERIFY(db->isOpen());
        QCOMPARE(modeOf(db->location().path), 0600);
        archive(*db, m_records, 1);
        QVERIFY(QFileInfo::exists(db->location().path + u"-wal"_s));
        QCOMPARE(modeOf(db->location().path + u"-wal"_s), 0600);
    }

    void postgres_takesThePasswordFromLibpqsSources()
    {
        const ArchiveLocation location = m_engines.fresh(u"postgres"_s);
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(m_engines.folder() + u"/no-such-pgpass"_s));
        QString error;
        QVERIFY(!ArchiveDatabase(location).open(&error));
        QVERIFY2(error.contains(u"password"_s), qPrintable(error));
        QFile pgpass(m_engines.folder() + u"/pgpass"_s);
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write("*:*:*:postgres:" + QByteArray(test::PostgresFixture::kPassword) + '\n');
        pgpass.close();
        pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", QFile::encodeName(pgpass.fileName()));
        QVERIFY2(ArchiveDatabase(location).open(&error), qPrintable(error));
        qunsetenv("PGPASSFILE");
        qputenv("PGPASSWORD", saved);
        QVERIFY2(ArchiveDatabase(location).open(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveDatabase)
#include "tst_archivedatabase.moc"
