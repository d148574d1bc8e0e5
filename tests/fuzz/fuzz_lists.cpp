// The list APIs' page parsers (tags, senders, IP pools, config sets), the daily totals and the
// invalid-address list, on arbitrary JSON. Invariants: a refusal says why and carries nothing;
// every item is one of the body's objects, unchanged; an empty page never asks for more; days
// are valid dates; invalid addresses are non-empty and dated in seconds.
#include "fuzzsupport.h"
#include "lists/dailystats.h"
#include "lists/invalidaddresses.h"
#include "lists/listquery.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

// Every object anywhere in the body, for "is this item one the service sent".
void collectObjects(const QJsonValue &value, QList<QJsonObject> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        out.append(o);
        for (const QJsonValue &v : o)
            collectObjects(v, out);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectObjects(v, out);
    }
}

void checkLists(const QJsonObject &body, const QList<QJsonObject> &objects, int requested, int pageSize)
{
    for (ListKind kind : {ListKind::Tags, ListKind::Senders, ListKind::IpPools, ListKind::ConfigSets}) {
        QString problem;
        const auto page = parseListPage(kind, body, requested, pageSize, &problem);
        if (!page) {
            fuzz::check(!problem.isEmpty(), "a refused list page says why");
            continue;
        }
        for (const ListItem &item : page->items)
            fuzz::check(objects.contains(item.raw), "a list item is an object of the body");
        if (page->items.isEmpty())
            fuzz::check(!page->hasMore, "an empty page never asks for more");
        fuzz::check(page->total >= -1 || page->total < -1,
                    "total is a count"); // any qint64; no UB reading it
    }
}

void checkStats(const QJsonObject &body, const QList<QJsonObject> &objects)
{
    QString problem;
    const auto days = parseStatsPage(body, &problem);
    if (!days) {
        fuzz::check(!problem.isEmpty(), "a refused stats page says why");
        return;
    }
    for (const DailyStat &day : *days) {
        fuzz::check(day.day.isValid(), "a day is a date");
        fuzz::check(objects.contains(day.raw), "a day is an object of the body");
    }
}

void checkInvalid(const QJsonObject &body, const QList<QJsonObject> &objects)
{
    QString problem;
    const auto page = parseInvalidAddressPage(body, &problem);
    if (!page) {
        fuzz::check(!problem.isEmpty(), "a refused invalid-address page says why");
        return;
    }
    for (const InvalidAddress &item : page->items) {
        fuzz::check(!item.address.isEmpty(), "an invalid address is not empty");
        fuzz::check(item.utcSeconds <= 100000000000LL, "an invalid address is dated in seconds");
        fuzz::check(objects.contains(item.raw), "an invalid address is an object of the body");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    if (size < 2)
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data + 2, size - 2));
    if (!document.isObject())
        return 0;
    const QJsonObject body = document.object();
    QList<QJsonObject> objects;
    collectObjects(body, objects);
    checkLists(body, objects, 1 + data[0] % 20, 1 + data[1] % 100);
    checkStats(body, objects);
    checkInvalid(body, objects);
    return 0;
}
