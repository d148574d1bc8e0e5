#include "sandboxparams.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sendtrail::sandboxparams {

QString value(const SandboxParams &params, const QString &name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return {};
}

std::optional<int> smallNumber(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,4}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

std::optional<SandboxError> number(const SandboxParams &params, const QString &name, int most, bool required,
                                   int &slot)
{
    const QString text = value(params, name);
    if (text.isEmpty())
        return required ? std::optional(sandboxerrors::missingParameter(name)) : std::nullopt;
    const auto parsed = smallNumber(text);
    if (!parsed || *parsed < 1 || *parsed > most)
        return sandboxerrors::invalidParameter(
            u"Specified parameter %1 is not valid; it must be 1 to %2."_s.arg(name).arg(most));
    slot = *parsed;
    return std::nullopt;
}

std::variant<Page, SandboxError> page(const SandboxParams &params, const QString &numberName,
                                      const QString &sizeName, bool required)
{
    Page page;
    if (auto error = number(params, numberName, 9999, required, page.number))
        return *error;
    if (auto error = number(params, sizeName, kMaxPageSize, required, page.size))
        return *error;
    return page;
}

std::variant<QString, SandboxError> keyword(const SandboxParams &params, const QString &name, int maxLength)
{
    const QString text = value(params, name);
    if (text.size() > maxLength)
        return sandboxerrors::invalidParameter(
            u"Specified parameter %1 is not valid; it must be 1 to %2 characters."_s.arg(name).arg(
                maxLength));
    return text;
}

std::variant<bool, SandboxError> flag(const SandboxParams &params, const QString &name)
{
    const QString text = value(params, name).toLower();
    if (text.isEmpty() || text == u"false"_s)
        return false;
    if (text == u"true"_s)
        return true;
    return sandboxerrors::invalidParameter(
        u"Specified parameter %1 is not valid; use true or false."_s.arg(name));
}

std::variant<ListRequest, SandboxError> listRequest(const SandboxParams &params, const ListSpelling &spelling)
{
    ListRequest request;
    auto found = keyword(params, spelling.keyword, spelling.keywordMaxLength);
    if (auto *error = std::get_if<SandboxError>(&found))
        return *error;
    request.keyword = std::get<QString>(found);
    auto paging = page(params, spelling.pageNumber, u"PageSize"_s, spelling.pagingRequired);
    if (auto *error = std::get_if<SandboxError>(&paging))
        return *error;
    request.page = std::get<Page>(paging);
    if (spelling.hasAll) {
        const auto all = flag(params, u"All"_s);
        if (auto *error = std::get_if<SandboxError>(&all))
            return *error;
        request.all = std::get<bool>(all);
    }
    return request;
}

QDateTime serviceMidnight(const QDate &day, int utcOffsetSeconds)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-utcOffsetSeconds);
}

namespace {

std::optional<QDate> parseDay(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!shape.match(text).hasMatch() || !day.isValid())
        return std::nullopt;
    return day;
}

} // namespace

QDateTime DayRange::start() const
{
    return serviceMidnight(first, utcOffsetSeconds);
}

QDateTime DayRange::end() const
{
    return serviceMidnight(last.addDays(1), utcOffsetSeconds);
}

// Codes from the statistics APIs' documented list (direct-mail-api.md §5), all HTTP 400.
std::variant<DayRange, SandboxError> dayRange(const SandboxActionCall &call, int maxDays, int maxAgeDays)
{
    const QString startText = value(call.params, u"StartTime"_s);
    const QString endText = value(call.params, u"EndTime"_s);
    if (startText.isEmpty())
        return sandboxerrors::missingParameter(u"StartTime"_s);
    if (endText.isEmpty())
        return sandboxerrors::missingParameter(u"EndTime"_s);
    const auto first = parseDay(startText);
    if (!first)
        return sandboxerrors::badRequest(u"InvalidStartTime.Malformed"_s,
                                         u"Specified parameter StartTime is not valid; use yyyy-MM-dd."_s);
    const auto last = parseDay(endText);
    if (!last)
        return sandboxerrors::badRequest(u"InvalidDate.Malformed"_s,
                                         u"Specified parameter EndTime is not valid; use yyyy-MM-dd."_s);
    if (*last < *first)
        return sandboxerrors::badRequest(u"InvalidBetweenTime.Malformed"_s,
                                         u"Specified StartTime is later than EndTime."_s);
    if (first->daysTo(*last) >= maxDays)
        return sandboxerrors::badRequest(
            u"InvalidBetweenTime.Malformed"_s,
            u"The time span between StartTime and EndTime cannot exceed %1 days."_s.arg(maxDays));
    const int offset = call.options.serviceUtcOffsetSeconds;
    const QDate today = call.now.addSecs(offset).date();
    if (*first < today.addDays(-maxAgeDays))
        return sandboxerrors::badRequest(
            u"InvalidStartTime.Malformed"_s,
            u"Specified StartTime cannot be earlier than %1 days ago."_s.arg(maxAgeDays));
    return DayRange{*first, *last, offset};
}

bool matchesKeyword(const QString &text, const QString &keyword)
{
    return keyword.isEmpty() || text.contains(keyword, Qt::CaseInsensitive);
}

} // namespace sendtrail::sandboxparams
