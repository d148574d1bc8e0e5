#include "sandboxqueryinvalidaction.h"

#include "sandboxdetailaction.h"
#include "sandboxparams.h"
#include "sandboxrender.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

using sandboxparams::value;

SandboxQueryInvalidAction::SandboxQueryInvalidAction(const SandboxDataset *dataset,
                                                     const SandboxInvalidList *list)
    : m_dataset(dataset), m_list(list)
{}

QString SandboxQueryInvalidAction::name() const
{
    return u"QueryInvalidAddress"_s;
}

// The detail record's own LastUpdateTime and UtcLastUpdateTime, so both APIs format one instant alike.
QJsonObject SandboxQueryInvalidAction::itemJson(const SandboxInvalidList::Entry &entry,
                                                int serviceUtcOffsetSeconds) const
{
    const QJsonObject record = m_dataset->recordJson(entry.row, serviceUtcOffsetSeconds);
    return QJsonObject{{u"LastUpdateTime"_s, record.value(u"LastUpdateTime"_s)},
                       {u"ToAddress"_s, entry.toAddress},
                       {u"UtcLastUpdateTime"_s, entry.utcSeconds}};
}

std::variant<QByteArray, SandboxError> SandboxQueryInvalidAction::answer(const SandboxActionCall &call)
{
    const auto days = sandboxparams::dayRange(call, kMaxDays, kMaxAgeDays);
    if (const auto *error = std::get_if<SandboxError>(&days))
        return *error;
    const auto &range = std::get<sandboxparams::DayRange>(days);
    int length = SandboxDetailAction::kDefaultLength;
    if (auto error =
            sandboxparams::number(call.params, u"Length"_s, SandboxDetailAction::kMaxLength, false, length))
        return *error;
    const QString keyword = value(call.params, u"KeyWord"_s);
    const bool newestFirst = call.options.order == SandboxOrder::NewestFirst;
    QList<SandboxInvalidList::Entry> entries;
    for (const SandboxInvalidList::Entry &entry : m_list->between(range.start(), range.end())) {
        if (sandboxparams::matchesKeyword(entry.toAddress, keyword))
            entries.append(entry);
    }
    if (newestFirst)
        std::reverse(entries.begin(), entries.end());

    const QString key = QStringList{range.first.toString(Qt::ISODate), range.last.toString(Qt::ISODate),
                                    keyword, QString::number(int(call.options.order))}
                            .join(QChar(0x1F));
    qsizetype from = 0;
    const QString nextStart = value(call.params, u"NextStart"_s);
    if (!nextStart.isEmpty()) {
        const auto resolved = m_tokens.resolve(nextStart, key);
        if (!resolved)
            return sandboxerrors::invalidParameter(u"Specified parameter NextStart is not valid."_s);
        // A token holds the next entry's data set row rather than a position, so an address
        // deleted between two pages makes the next page neither skip nor repeat one.
        const int row = *resolved;
        from = std::find_if(
                   entries.cbegin(), entries.cend(),
                   [&](const auto &entry) { return newestFirst ? entry.row <= row : entry.row >= row; }) -
               entries.cbegin();
    }
    const qsizetype end = qMin(entries.size(), from + length);
    QJsonArray details;
    for (qsizetype i = from; i < end; ++i)
        details.append(itemJson(entries.at(i), call.options.serviceUtcOffsetSeconds));
    QJsonObject body{{u"TotalCount"_s, int(entries.size())},
                     {u"RequestId"_s, call.requestId},
                     {u"data"_s, QJsonObject{{u"mailDetail"_s, details}}}};
    if (end < entries.size()) {
        const SandboxInvalidList::Entry &next = entries.at(end);
        body.insert(u"NextStart"_s, m_tokens.issue(key, next.row,
                                                   {m_dataset->accountName(next.row), next.utcSeconds,
                                                    next.toAddress, m_dataset->status(next.row)}));
    } else if (call.options.endMarker == SandboxEndMarker::Empty) {
        body.insert(u"NextStart"_s, QString());
    }
    return sandboxrender::objectBody(name(), body, call.xml);
}

} // namespace sendtrail
