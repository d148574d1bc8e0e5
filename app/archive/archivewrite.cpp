// ArchiveDatabase: writing windows, coverage, forgetting and pruning.
#include "archivedatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <array>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct ArchiveTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ArchiveDatabase)
};

constexpr int kColumns = 14;
constexpr int kRowsPerStatement = 64; // 896 parameters: far below both engines' limits

QString insertSql(int rows)
{
    QString sql = u"INSERT INTO records (t, status, rcpt, domain, sender, subject, class, message, pool_id, "
                  "pool_name, cfg_id, cfg_name, tag, sent) VALUES "_s;
    const QString row = u"(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s;
    for (int i = 0; i < rows; ++i)
        sql += (i ? u","_s : QString()) + row;
    return sql;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

} // namespace

bool ArchiveDatabase::insertRecords(const QList<ArchivedRecord> &records, QString *error)
{
    QSqlQuery many(db());
    QSqlQuery one(db());
    if (records.size() >= kRowsPerStatement && !many.prepare(insertSql(kRowsPerStatement)))
        return fail(many, error);
    if (!one.prepare(insertSql(1)))
        return fail(one, error);
    const qsizetype bulkEnd = records.size() - records.size() % kRowsPerStatement;
    for (qsizetype i = 0; i < records.size(); ++i) {
        QSqlQuery &q = i < bulkEnd ? many : one;
        const int base = i < bulkEnd ? int(i % kRowsPerStatement) * kColumns : 0;
        const MailRecord &r = records.at(i).record;
        const std::array<const QString *, 11> pooled = {
            nullptr,          &r.accountName,     &r.subject,       &r.errorClassification,
            &r.message,       &r.ipPoolId,        &r.ipPoolName,    &r.configSetId,
            &r.configSetName, &records.at(i).tag, &r.lastUpdateTime};
        q.bindValue(base, r.utcSeconds);
        q.bindValue(base + 1, int(r.status));
        q.bindValue(base + 2, r.toAddress);
        const qint64 domain = internId(domainOf(r.toAddress), error);
        if (domain < 0)
            return false;
        q.bindValue(base + 3, domain);
        for (int k = 1; k < int(pooled.size()); ++k) {
            const qint64 id = internId(*pooled[size_t(k)], error);
            if (id < 0)
                return false;
            q.bindValue(base + 3 + k, id);
        }
        const bool statementFull = i < bulkEnd ? (i % kRowsPerStatement == kRowsPerStatement - 1) : true;
        if (statementFull && !q.exec())
            return fail(q, error);
    }
    return true;
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
                    (cover.exec() || fail(cover, error));
    if (ok && db().commit())
        return true;
    if (ok)
        fail(QSqlQuery(db()), error);
    db().rollback();
    // Ids handed out inside the rolled-back transaction no longer exist.
    m_ids.clear();
    m_texts.clear();
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
    return exec(m_location.engine == ArchiveLocation::Engine::Sqlite ? u"PRAGMA optimize"_s
                                                                     : u"ANALYZE records"_s,
                error);
}

qint64 ArchiveDatabase::forgetAddress(const QString &address, QString *error)
{
    const bool sqlite = m_location.engine == ArchiveLocation::Engine::Sqlite;
    // SQLite would otherwise leave the erased bytes in free pages of the file.
    if (sqlite && !exec(u"PRAGMA secure_delete = ON"_s, error))
        return -1;
    QSqlQuery q(db());
    q.prepare(u"DELETE FROM records WHERE rcpt = ?"_s);
    q.addBindValue(address);
    const bool ok = q.exec() || fail(q, error);
    const qint64 erased = ok ? q.numRowsAffected() : -1;
    if (sqlite && ok && !(exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, error)))
        return -1;
    return erased;
}

qint64 ArchiveDatabase::pruneBefore(qint64 utc, QString *error)
{
    if (!db().transaction()) {
        fail(QSqlQuery(db()), error);
        return -1;
    }
    QSqlQuery records(db());
    records.prepare(
        u"DELETE FROM records WHERE t < (SELECT COALESCE(MAX(stop), 0) FROM windows WHERE stop <= ?)"_s);
    records.addBindValue(utc);
    QSqlQuery windows(db());
    windows.prepare(u"DELETE FROM windows WHERE stop <= ?"_s);
    windows.addBindValue(utc);
    const bool ok = (records.exec() || fail(records, error)) && (windows.exec() || fail(windows, error));
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
