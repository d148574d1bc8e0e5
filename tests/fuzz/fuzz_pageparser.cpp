// The detail-records page parser on arbitrary reply bodies. Invariants: an error yields no page
// and a sentence; a page rebuilds every item exactly as sent, from the parse and from the
// compact record store.
#include "fuzzsupport.h"
#include "records/pageparser.h"
#include "records/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

QJsonArray itemsOf(const QByteArray &json)
{
    const QJsonObject body = QJsonDocument::fromJson(json).object();
    QJsonValue data = body.value("data"_L1);
    if (data.isUndefined())
        data = body.value("Data"_L1);
    QJsonValue list = data.toObject().value("mailDetail"_L1);
    if (list.isUndefined())
        list = data.toObject().value("MailDetail"_L1);
    return list.toArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json = fuzz::bytes(data, size);
    QString error;
    const std::optional<ParsedPage> page = parsePageJson(json, &error);
    if (!page) {
        fuzz::check(!error.isEmpty(), "a refused page says why");
        return 0;
    }
    const QJsonArray items = itemsOf(json);
    fuzz::check(items.size() == page->records.size(), "one record per item", json);
    RecordStore store;
    store.append(*page);
    fuzz::check(store.size() == page->records.size(), "the store keeps every record");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject original = items.at(i).toObject();
        fuzz::check(page->records.at(i).rawObject() == original, "the parse rebuilds the item", json);
        fuzz::check(store.rawObject(i) == original, "the store rebuilds the item", json);
        fuzz::check(store.utcSeconds(i) == page->records.at(i).record.utcSeconds, "the store keeps the time");
    }
    return 0;
}
