#pragma once

#include "export/exportsource.h"
#include "records/pageparser.h"

#include <QList>
#include <QObject>
#include <memory>

namespace sendtrail {

// Where a QueryRun delivers: an exporter, a summary, an archive. A sink sees every page live as
// it arrives, and then, once, the whole result in output order. Exactly one of written,
// writeFailed or writeCancelled follows write(), at once or later (a sink may work on a thread).
class RecordSink : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordSink)

public:
    explicit RecordSink(QObject *parent = nullptr);
    ~RecordSink() override;

    // Records trimmed to their window, in arrival order (pages of concurrent windows interleave).
    virtual void appendPage(const ParsedPage &page);
    // The default reports written("", rows) straight away: a live-only sink needs nothing more.
    virtual void write(std::shared_ptr<const ExportSource> records, QList<qsizetype> order);
    // Honoured until the result is committed; ends in writeCancelled.
    virtual void cancelWrite();
    // What the user sees in "Wrote … to %1": a path, or empty.
    virtual QString targetName() const { return {}; }

Q_SIGNALS:
    void writeProgressed(qint64 rows, qint64 total);
    void written(const QString &target, qint64 rows);
    void writeFailed(const QString &message);
    void writeCancelled();
};

} // namespace sendtrail
