#pragma once

#include "pipeline/recordsink.h"
#include "summary.h"

namespace sendtrail {

// A QueryRun's records counted into a Summary as they arrive (nothing is kept).
class SummarySink final : public RecordSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummarySink)

public:
    explicit SummarySink(const QTimeZone &zone, QObject *parent = nullptr);

    void appendPage(const ParsedPage &page) override;
    const Summary &summary() const { return m_summary; }

private:
    Summary m_summary;
};

} // namespace sendtrail
