#include "sqliterecordinserter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace sendtrail {

namespace {

struct ArchiveTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ArchiveDatabase)
};

constexpr int kColumns = 14;

QByteArray insertSql(int rows)
{
    QByteArray sql =
        "INSERT INTO records (t, status, rcpt, domain, sender, subject, class, message, pool_id, "
        "pool_name, cfg_id, cfg_name, tag, sent) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    return sql;
}

} // namespace

SqliteRecordInserter::SqliteRecordInserter(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteRecordInserter::~SqliteRecordInserter()
{
    sqlite3_finalize(m_batch);
    sqlite3_finalize(m_one);
}

bool SqliteRecordInserter::prepare(sqlite3_stmt **statement, int rows, QString *error)
{
    if (*statement)
        return true;
    if (!m_db) {
        *error = ArchiveTr::tr("The SQLite driver did not hand out its connection.");
        return false;
    }
    if (sqlite3_prepare_v3(m_db, insertSql(rows).constData(), -1, SQLITE_PREPARE_PERSISTENT, statement,
                           nullptr) == SQLITE_OK)
        return true;
    *error = ArchiveTr::tr("Could not prepare the insert: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    *statement = nullptr;
    return false;
}

bool SqliteRecordInserter::write(sqlite3_stmt *statement, const Row *rows, int count, QString *error)
{
    for (int r = 0; r < count; ++r) {
        const int base = r * kColumns;
        const Numbers &numbers = rows[r].numbers;
        // Parameter 3 of a row is the recipient; the numbers fill 1, 2 and 4..14.
        for (int i = 0; i < int(numbers.size()); ++i)
            sqlite3_bind_int64(statement, base + (i < 2 ? i + 1 : i + 2), numbers[size_t(i)]);
        const QString &recipient = *rows[r].recipient;
        // SQLITE_STATIC: the caller keeps the text alive until the step below.
        sqlite3_bind_text16(statement, base + 3, recipient.utf16(), int(recipient.size() * 2), SQLITE_STATIC);
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc == SQLITE_DONE)
        return true;
    *error = ArchiveTr::tr("Could not insert a record: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

bool SqliteRecordInserter::insert(const Numbers &numbers, const QString &recipient, QString *error)
{
    m_rows[size_t(m_held++)] = {numbers, &recipient};
    if (m_held < kBatch)
        return true;
    m_held = 0;
    return prepare(&m_batch, kBatch, error) && write(m_batch, m_rows.data(), kBatch, error);
}

bool SqliteRecordInserter::flush(QString *error)
{
    const int held = std::exchange(m_held, 0);
    if (held == 0)
        return true;
    if (!prepare(&m_one, 1, error))
        return false;
    for (int r = 0; r < held; ++r)
        if (!write(m_one, &m_rows[size_t(r)], 1, error))
            return false;
    return true;
}

void SqliteRecordInserter::discard()
{
    m_held = 0;
}

} // namespace sendtrail
