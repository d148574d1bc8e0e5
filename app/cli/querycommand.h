#pragma once

#include "cli/exportrequest.h"
#include "clicommand.h"

#include <functional>

namespace sendtrail {

class QueryRun;
class RecordSink;

// A command that runs one query to its end through the pipeline into the command's sink
// (export: a file; summary: counts), with progress on stderr.
class QueryCommand final : public CliCommand
{
    Q_OBJECT
public:
    // After the sink has written: the exit code, or *error set (exit code 1).
    using Finish = std::function<int(const QString &target, qint64 rows, double seconds, QString *error)>;

    // Takes `sink` (reparented).
    QueryCommand(const QueryRequest &request, RecordSink *sink, Finish finish, const QString &cancelledText,
                 QTextStream &err, QObject *parent = nullptr);
    ~QueryCommand() override;

protected:
    void run(ApiClient *client) override;
    bool stop() override;

private:
    QueryRequest m_request;
    RecordSink *m_sink;
    Finish m_finish;
    QueryRun *m_run = nullptr;
};

} // namespace sendtrail
