#include "sqliterecordinserter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringEncoder>
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
    sqlite3_finalize(m_string);
}

bool SqliteRecordInserter::prepare(sqlite3_stmt **statement, const QByteArray &sql, QString *error)
{
    if (!m_db) {
        *error = ArchiveTr::tr("The SQLite driver did not hand out its connection.");
        return false;
    }
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, statement,
                           nullptr) == SQLITE_OK)
        return true;
    *error = ArchiveTr::tr("Could not prepare the insert: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    *statement = nullptr;
    return false;
}

bool SqliteRecordInserter::write(sqlite3_stmt *statement, const Row *rows, int count, QString *error)
{
    // The recipients as UTF-8, the database's encoding, in one buffer: bound as UTF-16, SQLite
    // converted each one itself, with an allocation per row (about 1% of the insert's instructions).
    qsizetype space = 0;
    for (int r = 0; r < count; ++r)
        space += rows[r].recipient->size() * 3;
    m_utf8.resize(space);
    QStringEncoder utf8(QStringEncoder::Utf8);
    char *out = m_utf8.data();
    for (int r = 0; r < count; ++r) {
        const int base = r * kColumns;
        const Numbers &numbers = rows[r].numbers;
        // Parameter 3 of a row is the recipient; the numbers fill 1, 2 and 4..14.
        for (int i = 0; i < int(numbers.size()); ++i)
            sqlite3_bind_int64(statement, base + (i < 2 ? i + 1 : i + 2), numbers[size_t(i)]);
        char *const text = out;
        out = utf8.appendToBuffer(out, *rows[r].recipient);
        // SQLITE_STATIC: m_utf8 stays as it is until the step below.
        sqlite3_bind_text(statement, base + 3, text, int(out - text), SQLITE_STATIC);
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
    return (m_batch || prepare(&m_batch, insertSql(kBatch), error)) &&
           write(m_batch, m_rows.data(), kBatch, error);
}

bool SqliteRecordInserter::flush(QString *error)
{
    const int held = std::exchange(m_held, 0);
    if (held == 0)
        return true;
    if (!m_one && !prepare(&m_one, insertSql(1), error))
        return false;
    for (int r = 0; r < held; ++r)
        if (!write(m_one, &m_rows[size_t(r)], 1, error))
            return false;
    return true;
}

qint64 SqliteRecordInserter::addString(const QString &text, QString *error)
{
    if (!m_string &&
        !prepare(&m_string, "INSERT INTO strings (text) VALUES (?) ON CONFLICT (text) DO NOTHING", error))
        return -1;
    // SQLITE_STATIC: `text` outlives the step.
    sqlite3_bind_text16(m_string, 1, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
    const int rc = sqlite3_step(m_string);
    sqlite3_reset(m_string);
    if (rc != SQLITE_DONE) {
        *error = ArchiveTr::tr("Could not add a text: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return -1;
    }
    return sqlite3_changes(m_db) == 1 ? sqlite3_last_insert_rowid(m_db) : 0;
}

void SqliteRecordInserter::discard()
{
    m_held = 0;
}

} // namespace sendtrail
