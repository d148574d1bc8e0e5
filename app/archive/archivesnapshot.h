#pragma once

#include "archivelocation.h"
#include "archivetypes.h"
#include "export/exportsource.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace sendtrail {

// Every record of a filter read out of the archive on a thread of its own (its own connection),
// newest first, for an export: the same rows `sendtrail-cli export --archive` writes. Exactly one
// of loaded, failed or cancelled follows start(), on the caller's thread.
class ArchiveSnapshot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveSnapshot)

public:
    ArchiveSnapshot(const ArchiveLocation &location, const ArchiveFilter &filter, QObject *parent = nullptr);
    ~ArchiveSnapshot() override; // stops the read and waits for it

    void start();
    void cancel();

Q_SIGNALS:
    void progressed(qint64 records);
    void loaded(const std::shared_ptr<sendtrail::ExportSource> &records);
    void failed(const QString &message);
    void cancelled();

private:
    void read(); // on m_thread

    ArchiveLocation m_location;
    ArchiveFilter m_filter;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled = false;
};

} // namespace sendtrail
