#include "summary.h"

#include "present/deliveryexplainer.h"
#include "records/pageparser.h"
#include "records/recordstore.h"

#include <QDateTime>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

qint64 Summary::Bucket::total() const
{
    qint64 sum = 0;
    for (qint64 n : counts)
        sum += n;
    return sum;
}

Summary::Summary(const QTimeZone &zone) : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    // A zone without transitions has one offset: skip the per-hour lookups.
    if (!m_zone.hasTransitions())
        m_fixedOffset = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
}

int Summary::statusIndex(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Delivered:
        return 0;
    case DeliveryStatus::InvalidAddress:
        return 1;
    case DeliveryStatus::Spam:
        return 2;
    case DeliveryStatus::Failed:
        return 3;
    case DeliveryStatus::Unknown:
        break;
    }
    return 4;
}

DeliveryStatus Summary::statusAt(int index)
{
    static constexpr std::array<DeliveryStatus, 5> kStatuses = {
        DeliveryStatus::Delivered, DeliveryStatus::InvalidAddress, DeliveryStatus::Spam,
        DeliveryStatus::Failed, DeliveryStatus::Unknown};
    return kStatuses.at(size_t(qBound(0, index, 4)));
}

QString Summary::replyGroup(const QString &message)
{
    const SmtpReply reply = DeliveryExplainer::parseSmtpReply(message);
    if (reply.code == 0)
        return reply.enhancedCode;
    if (reply.enhancedCode.isEmpty())
        return QString::number(reply.code);
    return QString::number(reply.code) + u' ' + reply.enhancedCode;
}

QString Summary::domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0 || at + 1 >= address.size())
        return {};
    return address.sliced(at + 1).trimmed().toLower();
}

QString Summary::cachedReplyGroup(const QString &message)
{
    auto it = m_replyGroups.constFind(message);
    if (it == m_replyGroups.cend())
        it = m_replyGroups.insert(message, replyGroup(message));
    return *it;
}

int Summary::offsetAt(qint64 utcSeconds)
{
    if (m_fixedOffset)
        return *m_fixedOffset;
    const qint64 hour = floorDiv(utcSeconds, kHour);
    auto it = m_offsetByUtcHour.constFind(hour);
    if (it == m_offsetByUtcHour.cend())
        it = m_offsetByUtcHour.insert(
            hour, m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * kHour, QTimeZone::utc())));
    return *it;
}

void Summary::add(const MailRecord &record)
{
    ++m_total;
    const int status = statusIndex(record.status);
    ++m_status[size_t(status)];
    const auto bump = [this](Dimension d, const QString &key) {
        if (!key.isEmpty())
            ++m_counts[size_t(d)][key];
    };
    bump(Dimension::Classification, record.errorClassification);
    bump(Dimension::SmtpReply, cachedReplyGroup(record.message));
    bump(Dimension::Domain, domainOf(record.toAddress));
    bump(Dimension::Sender, record.accountName);
    countTime(record.utcSeconds, status);
}

void Summary::countTime(qint64 utcSeconds, int status)
{
    if (utcSeconds == 0)
        return;
    const qint64 localHour = floorDiv(utcSeconds + offsetAt(utcSeconds), kHour);
    ++m_hours[localHour][size_t(status)];
}

namespace {

// Counts per interned id: a flat array when the range is large against the pool (a full
// recomputation), a small hash for a page of rows (the pool may hold far more texts).
class IdCounts final
{
public:
    IdCounts(qsizetype rows, qsizetype ids) : m_flat(rows * 8 >= ids)
    {
        if (m_flat)
            m_counts.assign(size_t(ids), 0);
    }
    void add(quint32 id)
    {
        if (m_flat)
            ++m_counts[id];
        else
            ++m_sparse[id];
    }
    template <typename Fn> void forEach(Fn fn) const
    {
        if (m_flat) {
            for (size_t id = 0; id < m_counts.size(); ++id)
                if (m_counts[id] > 0)
                    fn(quint32(id), m_counts[id]);
        } else {
            for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it)
                fn(it.key(), it.value());
        }
    }

private:
    bool m_flat;
    std::vector<qint64> m_counts;
    QHash<quint32, qint64> m_sparse;
};

} // namespace

void Summary::addStore(const RecordStore &store, qsizetype first, qsizetype last)
{
    if (first > last)
        return;
    const qsizetype rows = last - first + 1;
    const qsizetype ids = store.distinctStrings();
    IdCounts classes(rows, ids), senders(rows, ids), messages(rows, ids);
    for (qsizetype row = first; row <= last; ++row) {
        ++m_total;
        const int status = statusIndex(store.status(row));
        ++m_status[size_t(status)];
        classes.add(store.pooledId(row, Field::ErrorClassification));
        senders.add(store.pooledId(row, Field::AccountName));
        messages.add(store.pooledId(row, Field::Message));
        const QByteArrayView to = store.recipientUtf8(row);
        if (const qsizetype at = to.lastIndexOf('@'); at >= 0) {
            const QByteArray domainBytes = QByteArray::fromRawData(to.data() + at + 1, to.size() - at - 1);
            auto it = m_domains.constFind(domainBytes);
            if (it == m_domains.cend())
                it = m_domains.insert(QByteArray(domainBytes.constData(), domainBytes.size()),
                                      domainOf(QString::fromUtf8(to)));
            if (!it->isEmpty())
                ++m_counts[size_t(Dimension::Domain)][*it];
        }
        countTime(store.hasTime(row) ? store.utcSeconds(row) : 0, status);
    }
    const auto fold = [this, &store](Dimension d, const IdCounts &counts, bool asReply) {
        counts.forEach([&](quint32 id, qint64 n) {
            const QString text = store.pooledText(id);
            const QString key = asReply ? cachedReplyGroup(text) : text;
            if (!key.isEmpty())
                m_counts[size_t(d)][key] += n;
        });
    };
    fold(Dimension::Classification, classes, false);
    fold(Dimension::Sender, senders, false);
    fold(Dimension::SmtpReply, messages, true);
}

void Summary::addPage(const ParsedPage &page)
{
    for (const ParsedRecord &r : page.records)
        add(r.record);
}

void Summary::addCounts(qint64 utcSeconds, DeliveryStatus status, qint64 count)
{
    const int index = statusIndex(status);
    m_total += count;
    m_status[size_t(index)] += count;
    if (utcSeconds != 0)
        m_hours[floorDiv(utcSeconds + offsetAt(utcSeconds), kHour)][size_t(index)] += count;
}

void Summary::addKeyCount(Dimension dimension, const QString &key, qint64 count)
{
    if (!key.isEmpty())
        m_counts[size_t(dimension)][key] += count;
}

void Summary::addReplyCount(const QString &message, qint64 count)
{
    addKeyCount(Dimension::SmtpReply, cachedReplyGroup(message), count);
}

void Summary::clear()
{
    m_total = 0;
    m_status = {};
    for (auto &counts : m_counts)
        counts.clear();
    m_hours.clear();
}

double Summary::share(DeliveryStatus status) const
{
    return m_total > 0 ? double(count(status)) / double(m_total) : 0.0;
}

QList<Summary::Entry> Summary::top(Dimension dimension, int limit) const
{
    const QHash<QString, qint64> &counts = m_counts[size_t(dimension)];
    QList<Entry> entries;
    entries.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        entries.append({it.key(), it.value()});
    const auto order = [](const Entry &a, const Entry &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    };
    if (limit > 0 && limit < entries.size()) {
        std::partial_sort(entries.begin(), entries.begin() + limit, entries.end(), order);
        entries.resize(limit);
    } else {
        std::sort(entries.begin(), entries.end(), order);
    }
    return entries;
}

qint64 Summary::count(Dimension dimension, const QString &key) const
{
    return m_counts[size_t(dimension)].value(key);
}

QList<Summary::Bucket> Summary::buckets(BucketSize size) const
{
    QHash<qint64, StatusCounts> merged;
    if (size == BucketSize::Hour) {
        merged = m_hours;
    } else {
        for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it) {
            StatusCounts &day = merged[floorDiv(it.key(), 24)];
            for (size_t i = 0; i < day.size(); ++i)
                day[i] += it.value()[i];
        }
    }
    QList<qint64> keys = merged.keys();
    std::sort(keys.begin(), keys.end());
    const qint64 unit = size == BucketSize::Hour ? kHour : kDay;
    QList<Bucket> result;
    result.reserve(keys.size());
    for (qint64 key : keys) {
        Bucket bucket;
        const qint64 localStart = key * unit;
        // The label is the local wall time; the UTC start is that wall time less its offset.
        const QDateTime wall = QDateTime::fromSecsSinceEpoch(localStart, QTimeZone::utc());
        bucket.label = wall.toString(size == BucketSize::Hour ? u"yyyy-MM-dd HH:00"_s : u"yyyy-MM-dd"_s);
        bucket.startUtc = QDateTime(wall.date(), wall.time(), m_zone).toSecsSinceEpoch();
        const QDateTime next = wall.addSecs(unit);
        bucket.endUtc = QDateTime(next.date(), next.time(), m_zone).toSecsSinceEpoch();
        bucket.counts = merged.value(key);
        result.append(bucket);
    }
    return result;
}

} // namespace sendtrail
