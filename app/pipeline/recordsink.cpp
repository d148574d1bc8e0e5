#include "recordsink.h"

namespace sendtrail {

RecordSink::RecordSink(QObject *parent) : QObject(parent) {}

RecordSink::~RecordSink() = default;

void RecordSink::appendPage(const ParsedPage &page)
{
    Q_UNUSED(page)
}

// NOLINTNEXTLINE(performance-unnecessary-value-param): overrides take both by value to move them to a worker
void RecordSink::write(std::shared_ptr<const ExportSource> records, QList<qsizetype> order)
{
    Q_UNUSED(order)
    Q_EMIT written(targetName(), records ? records->count() : 0);
}

void RecordSink::cancelWrite()
{
    Q_EMIT writeCancelled();
}

} // namespace sendtrail
