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

} // namespace

SqliteRecordInserter::SqliteRecordInserter(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteRecordInserter::~SqliteRecordInserter()
{
    sqlite3_finalize(m_statement);
}

bool SqliteRecordInserter::prepare(QString *error)
{
    if (!m_db) {
        *error = ArchiveTr::tr("The SQLite driver did not hand out its connection.");
        return false;
    }
    static const char sql[] =
        "INSERT INTO records (t, status, rcpt, domain, sender, subject, class, message, pool_id, pool_name, "
        "cfg_id, cfg_name, tag, sent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) == SQLITE_OK)
        return true;
    *error = ArchiveTr::tr("Could not prepare the insert: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    m_statement = nullptr;
    return false;
}

bool SqliteRecordInserter::insert(const Numbers &numbers, const QString &recipient, QString *error)
{
    if (!m_statement && !prepare(error))
        return false;
    // Parameter 3 is the recipient; the numbers fill 1, 2 and 4..14.
    for (int i = 0; i < int(numbers.size()); ++i)
        sqlite3_bind_int64(m_statement, i < 2 ? i + 1 : i + 2, numbers[size_t(i)]);
    // SQLITE_STATIC: the text outlives the step below.
    sqlite3_bind_text16(m_statement, 3, recipient.utf16(), int(recipient.size() * 2), SQLITE_STATIC);
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (rc == SQLITE_DONE)
        return true;
    *error = ArchiveTr::tr("Could not insert a record: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

} // namespace sendtrail
