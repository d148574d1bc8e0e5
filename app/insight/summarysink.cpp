#include "summarysink.h"

namespace sendtrail {

SummarySink::SummarySink(const QTimeZone &zone, QObject *parent) : RecordSink(parent), m_summary(zone) {}

void SummarySink::appendPage(const ParsedPage &page)
{
    m_summary.addPage(page);
}

} // namespace sendtrail
