#pragma once

#include "cli/exportrequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>
#include <functional>

namespace sendtrail {

class Connection;
class ConnectionFactory;
class QueryRun;
class RecordSink;

// One query command from start to exit code: open the connection, run the query pipeline into
// the command's sink, turn the pipeline's signals into stderr lines and an exit code.
class CliRun final : public QObject
{
    Q_OBJECT
public:
    // After the sink has written (seconds since start): the exit code, or *error set (exit code 1).
    using Finish = std::function<int(const QString &target, qint64 rows, double seconds, QString *error)>;

    // Takes `sink` (reparented). cancelledText: what Ctrl+C leaves, in words.
    CliRun(const QueryRequest &request, RecordSink *sink, Finish finish, const QString &cancelledText,
           QTextStream &err, QObject *parent = nullptr);
    ~CliRun() override;

    void start();
    void cancel();
    // SIGINT and SIGTERM call cancel() (once) instead of killing the process mid-write.
    void cancelOnInterrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void run();
    void fail(const QString &text, int exitCode = 1);
    void progress(const QString &line, bool final = false);

    QueryRequest m_request;
    RecordSink *m_sink;
    Finish m_finish;
    QString m_cancelledText;
    QTextStream &m_err;
    Connection *m_connection;
    ConnectionFactory *m_factory;
    QueryRun *m_run = nullptr;
    QElapsedTimer m_elapsed;
    qint64 m_lastProgressMs = -1000;
    bool m_finished = false;
};

// Runs `run` in this process's event loop until it is done; the exit code.
int execCliRun(CliRun &run);

// A command's usage errors on stderr, one a line, then where to look; returns exit code 2.
int reportUsageErrors(const QStringList &errors, const QString &command, QTextStream &err);

} // namespace sendtrail
