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

namespace {

std::optional<SandboxError> readNumber(const SandboxParams &params, const QString &name, int most,
                                       bool required, int &slot)
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

} // namespace

std::variant<Page, SandboxError> page(const SandboxParams &params, const QString &numberName,
                                      const QString &sizeName, bool required)
{
    Page page;
    if (auto error = readNumber(params, numberName, 9999, required, page.number))
        return *error;
    if (auto error = readNumber(params, sizeName, kMaxPageSize, required, page.size))
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

bool matchesKeyword(const QString &text, const QString &keyword)
{
    return keyword.isEmpty() || text.contains(keyword, Qt::CaseInsensitive);
}

} // namespace sendtrail::sandboxparams
