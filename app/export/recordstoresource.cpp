#include "recordstoresource.h"

#include "records/recordstore.h"

#include <algorithm>
#include <numeric>

namespace sendtrail {

RecordStoreSource::RecordStoreSource(std::shared_ptr<const RecordStore> store) : m_store(std::move(store)) {}

qsizetype RecordStoreSource::count() const
{
    return m_store->size();
}

MailRecord RecordStoreSource::record(qsizetype i) const
{
    return m_store->record(i);
}

QJsonObject RecordStoreSource::rawObject(qsizetype i) const
{
    return m_store->rawObject(i);
}

QList<qsizetype> RecordStoreSource::newestFirst(const RecordStore &store)
{
    QList<qsizetype> order(store.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&store](qsizetype a, qsizetype b) {
        return store.utcSeconds(a) > store.utcSeconds(b);
    });
    return order;
}

} // namespace sendtrail
