#include "sandboxstatsaction.h"

#include "sandboxparams.h"
#include "sandboxrender.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

const QStringList &namedEsps()
{
    static const QStringList esps = {u"gmail.com"_s, u"yahoo.com"_s, u"outlook.com"_s, u"icloud.com"_s};
    return esps;
}

QString espOf(const QString &address)
{
    const QString domain = address.section(u'@', -1).toLower();
    return namedEsps().contains(domain) ? domain : u"others"_s;
}

// Two decimals rounded half up, then "%": 39 of 40 is "97.50%", none is "0.00%". (The docs
// show "100.00%" and "0%"; one format for every value is kinder to parsers.)
QString percent(qint64 part, qint64 whole)
{
    const qint64 hundredths = whole == 0 ? 0 : (part * 20000 + whole) / (2 * whole);
    return u"%1.%2%"_s.arg(hundredths / 100).arg(hundredths % 100, 2, 10, QChar(u'0'));
}

// The mapping from detail Status to the stat counters, the reading of the docs' field names:
// requestCount = every record of the day; successCount = Status 0 (delivered);
// unavailableCount = Status 2 (invalid address: "emails sent to unavailable addresses");
// faildCount = Status 3 (rejected as spam) + Status 4 (failed): sent to a valid address but not
// delivered. So requestCount = successCount + faildCount + unavailableCount, and
// succeededPercent = successCount / requestCount, unavailablePercent = unavailableCount / requestCount.
struct DayCounts
{
    qint64 request = 0;
    qint64 success = 0;
    qint64 failed = 0;
    qint64 unavailable = 0;

    void add(int status)
    {
        ++request;
        (status == 0 ? success : status == 2 ? unavailable : failed) += 1;
    }
    QJsonObject json(const QDate &day) const
    {
        return QJsonObject{{u"CreateTime"_s, day.toString(u"yyyy-MM-dd"_s)},
                           {u"requestCount"_s, QString::number(request)},
                           {u"successCount"_s, QString::number(success)},
                           {u"faildCount"_s, QString::number(failed)},
                           {u"unavailableCount"_s, QString::number(unavailable)},
                           {u"succeededPercent"_s, percent(success, request)},
                           {u"unavailablePercent"_s, percent(unavailable, request)}};
    }
};

} // namespace

SandboxStatsAction::SandboxStatsAction(const SandboxDataset *dataset) : m_dataset(dataset) {}

QString SandboxStatsAction::name() const
{
    return u"SenderStatisticsByTagNameAndBatchID"_s;
}

std::variant<SandboxStatsAction::Request, SandboxError>
SandboxStatsAction::parse(const SandboxActionCall &call) const
{
    using sandboxparams::value;
    const auto days = sandboxparams::dayRange(call, kMaxDays, kMaxAgeDays);
    if (const auto *error = std::get_if<SandboxError>(&days))
        return *error;
    const auto &range = std::get<sandboxparams::DayRange>(days);
    Request request;
    request.esp = value(call.params, u"Esp"_s);
    if (!request.esp.isEmpty() && request.esp != u"others"_s && !namedEsps().contains(request.esp))
        return sandboxerrors::invalidParameter(
            u"Specified parameter Esp is not valid; use gmail.com, yahoo.com, outlook.com, icloud.com or others."_s);
    request.domain = value(call.params, u"Domain"_s);
    request.dedicatedIp = value(call.params, u"DedicatedIp"_s);
    SandboxQuery &query = request.query;
    query.start = range.start();
    query.end = range.end();
    query.accountName = value(call.params, u"AccountName"_s);
    query.tagName = value(call.params, u"TagName"_s);
    query.ipPoolId = value(call.params, u"DedicatedIpPoolId"_s);
    query.order = SandboxOrder::OldestFirst;
    query.endTime = SandboxEndTime::Exclusive;
    return request;
}

bool SandboxStatsAction::keeps(int row, const Request &request) const
{
    return (request.domain.isEmpty() || m_dataset->accountName(row).section(u'@', -1).compare(
                                            request.domain, Qt::CaseInsensitive) == 0) &&
           (request.dedicatedIp.isEmpty() || m_dataset->dedicatedIp(row) == request.dedicatedIp) &&
           (request.esp.isEmpty() || espOf(m_dataset->toAddress(row)) == request.esp);
}

std::variant<QByteArray, SandboxError> SandboxStatsAction::answer(const SandboxActionCall &call)
{
    const auto parsed = parse(call);
    if (const auto *error = std::get_if<SandboxError>(&parsed))
        return *error;
    const Request &request = std::get<Request>(parsed);
    const int offset = call.options.serviceUtcOffsetSeconds;
    QMap<QDate, DayCounts> days;
    for (int row : m_dataset->select(request.query)) {
        if (keeps(row, request))
            days[QDateTime::fromSecsSinceEpoch(m_dataset->utcSeconds(row) + offset, Qt::UTC).date()].add(
                m_dataset->status(row));
    }
    QJsonArray stats;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        stats.append(it.value().json(it.key()));
    const QJsonObject body{{u"RequestId"_s, call.requestId},
                           {u"TotalCount"_s, int(stats.size())},
                           {u"data"_s, QJsonObject{{u"stat"_s, stats}}}};
    return sandboxrender::objectBody(name(), body, call.xml);
}

} // namespace sendtrail
