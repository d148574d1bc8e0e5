// ArchiveDatabase: writing windows, coverage, forgetting and pruning.
#include "archivedatabase.h"
#include "archiveschema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <numeric>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct ArchiveTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ArchiveDatabase)
};

constexpr int kColumns = 14;
constexpr int kRowsPerStatement = 64; // 896 parameters: far below PostgreSQL's limit

QString insertSql(int rows)
{
    QString sql = u"INSERT INTO records (t, status, rcpt, domain, sender, subject, class, message, pool_id, "
                  "pool_name, cfg_id, cfg_name, tag, sent) VALUES "_s;
    const QString row = u"(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s;
    for (int i = 0; i < rows; ++i)
        sql += (i ? u","_s : QString()) + row;
    return sql;
}
constexpr qint64 kBucket = ArchiveSchema::kCountBucketSeconds;

QStringView domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QStringView() : QStringView(address).sliced(at + 1);
}

qint64 bucketFloor(qint64 utc)
{
    return utc / kBucket * kBucket;
}

qint64 bucketCeil(qint64 utc)
{
    return (utc + kBucket - 1) / kBucket * kBucket;
}

} // namespace

// The record's columns but the recipient, interned; false and *error when interning failed.
// Records in time order mostly share their sender, pools, tag and service minute with the one
// before, and a sync's texts are shared copies from one pool: `memo` finds those by comparing
// with the last text of the column (a pointer, or a short compare) instead of hashing it, which
// was as costly as SQLite's own insert.
bool ArchiveDatabase::numbersOf(const ArchivedRecord &a, InternMemo *memo,
                                SqliteRecordInserter::Numbers *numbers, QString *error)
{
    const MailRecord &r = a.record;
    const std::array<const QString *, 10> pooled = {
        &r.accountName, &r.subject,     &r.errorClassification, &r.message, &r.ipPoolId,
        &r.ipPoolName,  &r.configSetId, &r.configSetName,       &a.tag,     &r.lastUpdateTime};
    (*numbers)[0] = r.utcSeconds;
    (*numbers)[1] = int(r.status);
    const QStringView domain = domainOf(r.toAddress);
    if (domain.compare(memo->at(0).first, Qt::CaseInsensitive) != 0) {
        const QString lower = domain.toString().toLower();
        const qint64 id = internId(lower, error);
        if (id < 0)
            return false;
        memo->at(0) = {lower, id};
    }
    (*numbers)[2] = memo->at(0).second;
    for (size_t k = 0; k < pooled.size(); ++k) {
        if (*pooled[k] != memo->at(k + 1).first) {
            const qint64 id = internId(*pooled[k], error);
            if (id < 0)
                return false;
            memo->at(k + 1) = {*pooled[k], id};
        }
        (*numbers)[k + 3] = memo->at(k + 1).second;
    }
    return true;
}

bool ArchiveDatabase::insertRecords(const QList<ArchivedRecord> &records, QString *error)
{
    if (m_location.engine == ArchiveLocation::Engine::Postgres)
        return insertRecordsBatched(records, error);
    if (!m_sqliteInsert)
        m_sqliteInsert = std::make_unique<SqliteRecordInserter>(db());
    // In time order, the time indexes grow at their ends (SQLite's fast append, full pages)
    // instead of splitting pages all over the window's range.
    QList<qsizetype> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return records.at(a).record.utcSeconds < records.at(b).record.utcSeconds;
    });
    SqliteRecordInserter::Numbers numbers{};
    InternMemo memo; // empty texts: id 0
    for (const qsizetype i : std::as_const(order)) {
        const ArchivedRecord &a = records.at(i);
        if (!numbersOf(a, &memo, &numbers, error) ||
            !m_sqliteInsert->insert(numbers, a.record.toAddress, error)) {
            m_sqliteInsert->discard();
            return false;
        }
    }
    if (m_sqliteInsert->flush(error))
        return true;
    m_sqliteInsert->discard();
    return false;
}

// PostgreSQL: multi-row INSERTs of kRowsPerStatement bound rows, one round trip each.
bool ArchiveDatabase::insertRecordsBatched(const QList<ArchivedRecord> &records, QString *error)
{
    QSqlQuery many(db());
    QSqlQuery one(db());
    if (records.size() >= kRowsPerStatement && !many.prepare(insertSql(kRowsPerStatement)))
        return fail(many, error);
    if (!one.prepare(insertSql(1)))
        return fail(one, error);
    const qsizetype bulkEnd = records.size() - records.size() % kRowsPerStatement;
    SqliteRecordInserter::Numbers numbers{};
    InternMemo memo;
    for (qsizetype i = 0; i < records.size(); ++i) {
        QSqlQuery &q = i < bulkEnd ? many : one;
        const int base = i < bulkEnd ? int(i % kRowsPerStatement) * kColumns : 0;
        if (!numbersOf(records.at(i), &memo, &numbers, error))
            return false;
        for (int k = 0; k < kColumns - 1; ++k)
            q.bindValue(base + (k < 2 ? k : k + 1), numbers[size_t(k)]);
        q.bindValue(base + 2, records.at(i).record.toAddress);
        const bool statementFull = i < bulkEnd ? (i % kRowsPerStatement == kRowsPerStatement - 1) : true;
        if (statementFull && !q.exec())
            return fail(q, error);
    }
    return true;
}

// Counts [fromUtc, toUtc)'s buckets again from the records (the caller's transaction).
bool ArchiveDatabase::recount(qint64 fromUtc, qint64 toUtc, QString *error)
{
    const qint64 from = bucketFloor(fromUtc);
    const qint64 to = bucketCeil(toUtc);
    QSqlQuery drop(db());
    drop.prepare(u"DELETE FROM counts WHERE bucket >= ? AND bucket < ?"_s);
    drop.addBindValue(from);
    drop.addBindValue(to);
    QSqlQuery add(db());
    add.prepare(u"INSERT INTO counts (bucket, status, n) SELECT t / %1 * %1, status, COUNT(*) "
                "FROM records WHERE t >= ? AND t < ? GROUP BY 1, 2"_s.arg(kBucket));
    add.addBindValue(from);
    add.addBindValue(to);
    return (drop.exec() || fail(drop, error)) && (add.exec() || fail(add, error));
}

bool ArchiveDatabase::replaceWindow(const ArchiveWindow &window, const QList<ArchivedRecord> &records,
                                    QString *error)
{
    if (!db().transaction())
        return fail(QSqlQuery(db()), error);
    QSqlQuery drop(db());
    drop.prepare(u"DELETE FROM records WHERE t >= ? AND t < ?"_s);
    drop.addBindValue(window.startUtc);
    drop.addBindValue(window.stopUtc);
    QSqlQuery cover(db());
    cover.prepare(
        u"INSERT INTO windows (start, stop, fetched_at, records, tagged, calls) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT (start) DO UPDATE SET stop = excluded.stop, fetched_at = excluded.fetched_at, "
        "records = excluded.records, tagged = excluded.tagged, calls = excluded.calls"_s);
    for (const QVariant &v :
         {QVariant(window.startUtc), QVariant(window.stopUtc), QVariant(window.fetchedAtUtc),
          QVariant(qint64(records.size())), QVariant(window.tagged ? 1 : 0), QVariant(window.calls)})
        cover.addBindValue(v);
    const bool ok = (drop.exec() || fail(drop, error)) && insertRecords(records, error) &&
                    recount(window.startUtc, window.stopUtc, error) && (cover.exec() || fail(cover, error));
    if (ok && db().commit())
        return true;
    if (ok)
        fail(QSqlQuery(db()), error);
    db().rollback();
    // Ids handed out inside the rolled-back transaction no longer exist.
    m_ids.clear();
    m_texts.clear();
    m_allIds = false;
    return false;
}

std::optional<QList<ArchiveWindow>> ArchiveDatabase::coverage(QString *error)
{
    QSqlQuery q(db());
    if (!q.exec(u"SELECT start, stop, fetched_at, records, tagged, calls FROM windows ORDER BY start"_s)) {
        fail(q, error);
        return std::nullopt;
    }
    QList<ArchiveWindow> windows;
    while (q.next())
        windows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toLongLong(), q.value(4).toInt() != 0, q.value(5).toLongLong()});
    return windows;
}

bool ArchiveDatabase::analyze(QString *error)
{
    // SQLite: statistics from a sample of each index (analysis_limit, as SQLite advises for
    // large databases) instead of reading a million rows at the end of every sync. PostgreSQL:
    // VACUUM also marks the new pages all-visible, so that the covering time index answers
    // counts without visiting the table (an index-only scan).
    if (m_location.engine == ArchiveLocation::Engine::Sqlite)
        return exec(u"PRAGMA analysis_limit = 1000"_s, error) && exec(u"PRAGMA optimize"_s, error);
    return exec(u"VACUUM (ANALYZE) records"_s, error);
}

qint64 ArchiveDatabase::forgetAddress(const QString &address, QString *error)
{
    const bool sqlite = m_location.engine == ArchiveLocation::Engine::Sqlite;
    // SQLite would otherwise leave the erased bytes in free pages of the file.
    if (sqlite && !exec(u"PRAGMA secure_delete = ON"_s, error))
        return -1;
    if (!db().transaction()) {
        fail(QSqlQuery(db()), error);
        return -1;
    }
    QSqlQuery buckets(db());
    buckets.prepare(u"SELECT DISTINCT t / %1 * %1 FROM records WHERE rcpt = ?"_s.arg(kBucket));
    buckets.addBindValue(address);
    QList<qint64> touched;
    bool ok = buckets.exec() || fail(buckets, error);
    while (ok && buckets.next())
        touched.append(buckets.value(0).toLongLong());
    QSqlQuery q(db());
    q.prepare(u"DELETE FROM records WHERE rcpt = ?"_s);
    q.addBindValue(address);
    ok = ok && (q.exec() || fail(q, error));
    const qint64 erased = ok ? q.numRowsAffected() : -1;
    for (const qint64 bucket : std::as_const(touched))
        ok = ok && recount(bucket, bucket + kBucket, error);
    if (!ok || !db().commit()) {
        if (ok)
            fail(QSqlQuery(db()), error);
        db().rollback();
        return -1;
    }
    // Zeroing every freed page is for the erasure alone: the connection's later writes (a sync in
    // the same process) go back to the fast default.
    if (sqlite &&
        !(exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, error) && exec(u"PRAGMA secure_delete = OFF"_s, error)))
        return -1;
    return erased;
}

qint64 ArchiveDatabase::pruneBefore(qint64 utc, QString *error)
{
    if (!db().transaction()) {
        fail(QSqlQuery(db()), error);
        return -1;
    }
    QSqlQuery edge(db());
    edge.prepare(u"SELECT COALESCE(MAX(stop), 0) FROM windows WHERE stop <= ?"_s);
    edge.addBindValue(utc);
    bool ok = (edge.exec() && edge.next()) || fail(edge, error);
    const qint64 before = ok ? edge.value(0).toLongLong() : 0;
    QSqlQuery records(db());
    records.prepare(u"DELETE FROM records WHERE t < ?"_s);
    records.addBindValue(before);
    QSqlQuery counts(db());
    counts.prepare(u"DELETE FROM counts WHERE bucket < ?"_s);
    counts.addBindValue(bucketFloor(before));
    QSqlQuery windows(db());
    windows.prepare(u"DELETE FROM windows WHERE stop <= ?"_s);
    windows.addBindValue(utc);
    ok = ok && (records.exec() || fail(records, error)) && (counts.exec() || fail(counts, error)) &&
         recount(before, before, error) && (windows.exec() || fail(windows, error));
    if (ok && db().commit())
        return windows.numRowsAffected();
    db().rollback();
    return -1;
}

qint64 ArchiveDatabase::sizeOnDisk(QString *error)
{
    if (m_location.engine == ArchiveLocation::Engine::Sqlite) {
        if (!exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, error))
            return -1;
        return QFileInfo(m_location.path).size() + QFileInfo(m_location.path + u"-wal"_s).size();
    }
    QSqlQuery q(db());
    if (!q.exec(u"SELECT pg_database_size(current_database())"_s) || !q.next()) {
        fail(q, error);
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace sendtrail
