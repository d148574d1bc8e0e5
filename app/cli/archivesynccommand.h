#pragma once

#include "clicommand.h"

#include <QStringList>
#include <memory>

class QTextStream;

namespace sendtrail {

class ArchiveDatabase;
class ArchiveSync;

struct ArchiveSyncRequest : ConnectionRequest
{
    QString archive; // empty: the default SQLite file
    std::optional<QDateTime> start;
    std::optional<QDateTime> end;
    int settleDays = 3;
    bool withTags = true;
    int callsPerMinute = 500;
    int concurrency = 6;
    bool quiet = false;
};

// `sendtrail-cli archive sync`: the archive brought up to date through the connection, with
// progress on stderr and a summary at the end (windows, records, calls, of them for tags).
class ArchiveSyncCommand final : public CliCommand
{
    Q_OBJECT

public:
    ArchiveSyncCommand(const ArchiveSyncRequest &request, std::unique_ptr<ArchiveDatabase> db,
                       QTextStream &err, QObject *parent = nullptr);
    ~ArchiveSyncCommand() override;

protected:
    void run(ApiClient *client) override;
    bool stop() override;

private:
    ArchiveSyncRequest m_request;
    std::unique_ptr<ArchiveDatabase> m_db;
    QTextStream &m_err;
    ArchiveSync *m_sync = nullptr;
};

int runArchiveSyncCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace sendtrail
