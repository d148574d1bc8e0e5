#pragma once

#include "pipeline/recordsink.h"
#include "summary.h"

#include <vector>

namespace sendtrail {

// A QueryRun's records counted into a Summary as they arrive (nothing is kept); into several at
// once when other zones are asked for (the display zone and the service's, say).
class SummarySink final : public RecordSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummarySink)

public:
    explicit SummarySink(const QTimeZone &zone, QObject *parent = nullptr);

    // Counts in one more zone too; its index for summary(index).
    int addZone(const QTimeZone &zone);

    void appendPage(const ParsedPage &page) override;
    const Summary &summary(int index = 0) const { return m_summaries.at(size_t(index)); }

private:
    std::vector<Summary> m_summaries;
};

} // namespace sendtrail
