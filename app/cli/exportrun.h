#pragma once

#include "cli/exportrequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

namespace sendtrail {

class Connection;
class ConnectionFactory;
class ExportSink;
class QueryRun;
struct RunProgress;

// One export from start to exit code: open the connection, then the query pipeline with a file
// sink; this class only turns its signals into stderr lines and an exit code.
class ExportRun final : public QObject
{
    Q_OBJECT
public:
    ExportRun(ExportRequest request, QTextStream &err, QObject *parent = nullptr);
    ~ExportRun() override;

    void start();
    void cancel(); // SIGINT: stop fetching/writing, leave no file

Q_SIGNALS:
    void done(int exitCode);

private:
    void run();
    void fail(const QString &text, int exitCode = 1);
    void progress(const QString &line, bool final = false);

    ExportRequest m_request;
    QTextStream &m_err;
    Connection *m_connection;
    ConnectionFactory *m_factory;
    ExportSink *m_sink = nullptr;
    QueryRun *m_run = nullptr;
    QElapsedTimer m_elapsed;
    qint64 m_lastProgressMs = -1000;
    bool m_finished = false;
};

} // namespace sendtrail
