#include "sandboxdetailaction.h"

#include "sandboxparams.h"
#include "sandboxrender.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

using sandboxparams::smallNumber;
using sandboxparams::value;

QString queryKey(const SandboxQuery &q)
{
    return QStringList{QString::number(q.start.toSecsSinceEpoch()),
                       QString::number(q.end.toSecsSinceEpoch()),
                       q.toAddress,
                       q.accountName,
                       q.tagName,
                       q.status ? QString::number(*q.status) : QString(),
                       q.ipPoolId,
                       q.configSetId,
                       QString::number(int(q.order)),
                       QString::number(int(q.endTime))}
        .join(QChar(0x1F));
}

std::optional<SandboxError> parseTimes(const QList<QPair<QString, QString>> &params, int offset,
                                       SandboxQuery &query)
{
    const QString start = value(params, u"StartTime"_s);
    const QString end = value(params, u"EndTime"_s);
    if (start.isEmpty())
        return sandboxerrors::missingParameter(u"StartTime"_s);
    if (end.isEmpty())
        return sandboxerrors::missingParameter(u"EndTime"_s);
    const auto startTime = SandboxDetailAction::parseServiceTime(start, offset);
    if (!startTime)
        return sandboxerrors::badRequest(u"InvalidStartTime.Malformed"_s,
                                         u"Specified parameter StartTime is not valid."_s);
    const auto endTime = SandboxDetailAction::parseServiceTime(end, offset);
    if (!endTime)
        return sandboxerrors::badRequest(u"InvalidEndTime.Malformed"_s,
                                         u"Specified parameter EndTime is not valid."_s);
    if (*startTime > *endTime)
        return sandboxerrors::badRequest(u"InvalidBetweenTime.Malformed"_s,
                                         u"Specified StartTime is later than EndTime."_s);
    if (startTime->secsTo(*endTime) > SandboxDetailAction::kMaxSpanSeconds)
        return sandboxerrors::badRequest(
            u"InvalidBetweenTime.Malformed"_s,
            u"The time span between StartTime and EndTime cannot exceed 30 days."_s);
    query.start = *startTime;
    query.end = *endTime;
    return std::nullopt;
}

} // namespace

SandboxDetailAction::SandboxDetailAction(const SandboxDataset *dataset) : m_dataset(dataset) {}

QString SandboxDetailAction::name() const
{
    return u"SenderStatisticsDetailByParam"_s;
}

std::variant<QByteArray, SandboxError> SandboxDetailAction::answer(const SandboxActionCall &call)
{
    const auto result = run(call.params, call.options);
    if (const auto *error = std::get_if<SandboxError>(&result))
        return *error;
    return sandboxrender::pageBody(*m_dataset, std::get<SandboxPage>(result), call.requestId,
                                   call.options.serviceUtcOffsetSeconds, call.xml);
}

std::optional<QDateTime> SandboxDetailAction::parseServiceTime(const QString &text, int utcOffsetSeconds)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
    const QTime time = QTime::fromString(text.mid(11), u"HH:mm"_s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(wall - utcOffsetSeconds, Qt::UTC);
}

std::variant<SandboxDetailAction::Request, SandboxError>
SandboxDetailAction::parse(const QList<QPair<QString, QString>> &params, const SandboxOptions &options) const
{
    Request request;
    SandboxQuery &query = request.query;
    query.accountName = value(params, u"AccountName"_s);
    query.toAddress = value(params, u"ToAddress"_s);
    query.tagName = value(params, u"TagName"_s);
    query.ipPoolId = value(params, u"IpPoolId"_s);
    query.configSetId = value(params, u"ConfigSetId"_s);
    query.order = options.order;
    query.endTime = options.endTime;
    if (int(!query.accountName.isEmpty()) + int(!query.toAddress.isEmpty()) + int(!query.tagName.isEmpty()) >
        1)
        return sandboxerrors::invalidParameter(
            u"Only one of AccountName, ToAddress and TagName can be specified."_s);
    if (auto error = parseTimes(params, options.serviceUtcOffsetSeconds, query))
        return *error;
    if (!query.toAddress.isEmpty() && options.rejectedToAddresses.contains(query.toAddress))
        return sandboxerrors::invalidParameter(u"Specified parameter ToAddress is not valid."_s);
    if (auto error = sandboxparams::number(params, u"Length"_s, kMaxLength, false, request.length))
        return *error;
    const QString status = value(params, u"Status"_s);
    if (!status.isEmpty()) {
        const auto parsed = smallNumber(status);
        if (!parsed || !QList<int>{0, 2, 3, 4}.contains(*parsed))
            return sandboxerrors::invalidParameter(
                u"Specified parameter Status is not valid; use 0, 2, 3 or 4."_s);
        query.status = *parsed;
    }
    request.nextStart = value(params, u"NextStart"_s);
    return request;
}

const QList<int> &SandboxDetailAction::rowsFor(const SandboxQuery &query, const QString &key)
{
    if (key != m_cachedKey || m_dataset->revision() != m_cachedRevision) {
        m_cachedRows = m_dataset->select(query);
        m_cachedKey = key;
        m_cachedRevision = m_dataset->revision();
    }
    return m_cachedRows;
}

std::variant<SandboxPage, SandboxError> SandboxDetailAction::run(const QList<QPair<QString, QString>> &params,
                                                                 const SandboxOptions &options)
{
    auto parsed = parse(params, options);
    if (auto *error = std::get_if<SandboxError>(&parsed))
        return *error;
    const Request &request = std::get<Request>(parsed);
    const QString key = queryKey(request.query);
    int offset = 0;
    if (!request.nextStart.isEmpty()) {
        const auto resolved = m_tokens.resolve(request.nextStart, key);
        if (!resolved)
            return sandboxerrors::invalidParameter(u"Specified parameter NextStart is not valid."_s);
        offset = *resolved;
    }
    const QList<int> &rows = rowsFor(request.query, key);
    SandboxPage page;
    const int end = qMin(int(rows.size()), offset + request.length);
    page.rows = rows.mid(qMin(offset, int(rows.size())), qMax(0, end - offset));
    if (end < rows.size()) {
        const int next = rows.at(end);
        page.nextStart = m_tokens.issue(key, end,
                                        {m_dataset->accountName(next), m_dataset->utcSeconds(next),
                                         m_dataset->toAddress(next), m_dataset->status(next)});
    } else if (options.endMarker == SandboxEndMarker::Empty) {
        page.nextStart = QString();
    }
    return page;
}

} // namespace sendtrail
