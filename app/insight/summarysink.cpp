#include "summarysink.h"

namespace sendtrail {

SummarySink::SummarySink(const QTimeZone &zone, QObject *parent) : RecordSink(parent)
{
    m_summaries.emplace_back(zone);
}

int SummarySink::addZone(const QTimeZone &zone)
{
    m_summaries.emplace_back(zone);
    return int(m_summaries.size()) - 1;
}

void SummarySink::appendPage(const ParsedPage &page)
{
    for (Summary &summary : m_summaries)
        summary.addPage(page);
}

} // namespace sendtrail
