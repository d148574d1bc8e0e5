#pragma once

#include <QByteArray>
#include <QString>
#include <array>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace sendtrail {

// Inserts archive records on an open QSQLITE connection through SQLite's own API (the handle Qt
// documents for this, QSqlDriver::handle()), in the caller's transaction. Rows are bound into a
// prepared statement of kBatch rows and stepped once per batch; flush() writes the rest through
// a one-row statement. Qt's per-value binding cost more than SQLite's whole insert, a statement
// of literals as much again in SQLite's parser, and a one-row statement per record spent a tenth
// of the insert ending statements (bench_archive). Finalized before the connection closes.
class SqliteRecordInserter final
{
public:
    // The record's numeric columns in the table's order, without the recipient (column 3).
    using Numbers = std::array<qint64, 13>;
    static constexpr int kBatch = 64; // 896 parameters, far below SQLite's 32,766

    explicit SqliteRecordInserter(const QSqlDatabase &database);
    ~SqliteRecordInserter();
    Q_DISABLE_COPY_MOVE(SqliteRecordInserter)

    // `recipient` must stay alive and unchanged until the next flush() (it is bound, not copied).
    bool insert(const Numbers &numbers, const QString &recipient, QString *error);
    bool flush(QString *error); // writes the rows held: before the transaction commits
    void discard();             // the transaction rolled back: the rows held are gone with it
    // Adds `text` to `strings`: its new id, 0 when the table already holds it (another connection
    // added it since this one loaded the table), or -1 and *error. Through Qt's QSqlQuery, adding
    // the texts of a month's service minutes cost as much as inserting their records.
    qint64 addString(const QString &text, QString *error);

private:
    struct Row
    {
        Numbers numbers;
        const QString *recipient;
    };
    bool prepare(sqlite3_stmt **statement, const QByteArray &sql, QString *error);
    bool write(sqlite3_stmt *statement, const Row *rows, int count, QString *error);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_batch = nullptr;
    sqlite3_stmt *m_one = nullptr;
    sqlite3_stmt *m_string = nullptr;
    std::array<Row, kBatch> m_rows{};
    QByteArray m_utf8; // the recipients of the statement being written, in the database's encoding
    int m_held = 0;
};

} // namespace sendtrail
