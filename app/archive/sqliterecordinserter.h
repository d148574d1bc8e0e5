#pragma once

#include <QString>
#include <array>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace sendtrail {

// Inserts archive records on an open QSQLITE connection through SQLite's own API (the handle Qt
// documents for this, QSqlDriver::handle()), in the caller's transaction. One statement,
// prepared once, bound and stepped per record: Qt's per-value binding cost more than SQLite's
// whole insert, and a multi-row statement of literals costs as much again in SQLite's parser
// (bench_archive). Finalized before the connection closes.
class SqliteRecordInserter final
{
public:
    // The record's numeric columns in the table's order, without the recipient (column 3).
    using Numbers = std::array<qint64, 13>;

    explicit SqliteRecordInserter(const QSqlDatabase &database);
    ~SqliteRecordInserter();
    Q_DISABLE_COPY_MOVE(SqliteRecordInserter)

    bool insert(const Numbers &numbers, const QString &recipient, QString *error);

private:
    bool prepare(QString *error);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace sendtrail
