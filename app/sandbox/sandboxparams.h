#pragma once

#include "sandboxaction.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

// Reading operation parameters the way the list APIs do: absent and empty are the same, numbers
// are short decimal strings, booleans are "true"/"false" (what the SDK puts in the query).
namespace sendtrail::sandboxparams {

QString value(const SandboxParams &params, const QString &name);
std::optional<int> smallNumber(const QString &text); // 1 to 4 decimal digits

struct Page
{
    int number = 1;
    int size = 10;
};
inline constexpr int kMaxPageSize = 100;

// A decimal parameter from 1 to most, written to slot; absent, slot keeps its default unless
// required (then MissingParameter). Anything else is InvalidParameter.
std::optional<SandboxError> number(const SandboxParams &params, const QString &name, int most, bool required,
                                   int &slot);
// required: a missing parameter is MissingParameter; otherwise it takes the default.
std::variant<Page, SandboxError> page(const SandboxParams &params, const QString &numberName,
                                      const QString &sizeName, bool required);
std::variant<QString, SandboxError> keyword(const SandboxParams &params, const QString &name, int maxLength);
std::variant<bool, SandboxError> flag(const SandboxParams &params, const QString &name);

// The instant a day of the service zone (utcOffsetSeconds east of UTC) begins.
QDateTime serviceMidnight(const QDate &day, int utcOffsetSeconds);

// StartTime and EndTime as "yyyy-MM-dd" days of the service zone, both included: at most maxDays
// days, StartTime no earlier than maxAgeDays before the server's today (its clock, service zone).
struct DayRange
{
    QDate first;
    QDate last;
    int utcOffsetSeconds = 0;
    QDateTime start() const; // the instants the days cover: [start(), end())
    QDateTime end() const;
};
std::variant<DayRange, SandboxError> dayRange(const SandboxActionCall &call, int maxDays, int maxAgeDays);

// The service's keyword search: a case-insensitive substring; an empty keyword matches all.
bool matchesKeyword(const QString &text, const QString &keyword);

// How one list API spells and bounds its search and paging parameters.
struct ListSpelling
{
    QString keyword; // KeyWord or Keyword
    int keywordMaxLength = 50;
    QString pageNumber; // PageNo or PageIndex
    bool pagingRequired = false;
    bool hasAll = false; // All=true: every match on one page
};

struct ListRequest
{
    QString keyword;
    Page page;
    bool all = false;
};

std::variant<ListRequest, SandboxError> listRequest(const SandboxParams &params,
                                                    const ListSpelling &spelling);

// The page a list answers; past the end it is empty while the total still counts every match.
template <typename T> struct Slice
{
    QList<T> items;
    int number = 1;
    int size = 0; // what PageSize echoes: the page size asked for, or with All the items sent
    int total = 0;
    bool hasMore = false;
};

template <typename T> Slice<T> slice(const QList<T> &matches, const ListRequest &request)
{
    Slice<T> out;
    out.total = int(matches.size());
    if (request.all) {
        out.items = matches;
        out.size = out.total;
        return out;
    }
    const qint64 first = qint64(request.page.number - 1) * request.page.size;
    if (first < matches.size())
        out.items = matches.mid(int(first), request.page.size);
    out.number = request.page.number;
    out.size = request.page.size;
    out.hasMore = first + request.page.size < matches.size();
    return out;
}
// The reply of a PageNo-paged list (tags, senders): its items under data.<key>.
template <typename T>
QJsonObject numberedBody(const Slice<T> &page, const QString &requestId, const QString &key,
                         const QJsonArray &items)
{
    using namespace Qt::StringLiterals;
    return QJsonObject{{u"PageNumber"_s, page.number},
                       {u"PageSize"_s, page.size},
                       {u"TotalCount"_s, page.total},
                       {u"RequestId"_s, requestId},
                       {u"data"_s, QJsonObject{{key, items}}}};
}

// A list API's whole read: parse the request, keep what keep(item, keyword) accepts, cut the page.
template <typename T, typename Keep>
std::variant<Slice<T>, SandboxError> listPage(const SandboxParams &params, const ListSpelling &spelling,
                                              const QList<T> &items, Keep keep)
{
    const auto parsed = listRequest(params, spelling);
    if (const auto *error = std::get_if<SandboxError>(&parsed))
        return *error;
    const ListRequest &request = std::get<ListRequest>(parsed);
    QList<T> matches;
    for (const T &item : items) {
        if (keep(item, request.keyword))
            matches.append(item);
    }
    return slice(matches, request);
}

} // namespace sendtrail::sandboxparams
