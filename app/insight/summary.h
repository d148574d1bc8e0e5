#pragma once

#include "records/mailrecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <array>
#include <optional>

namespace sendtrail {

class RecordStore;
struct ParsedPage;

// Counts per delivery status; index with Summary::statusIndex().
using StatusCounts = std::array<qint64, 5>; // delivered, invalid, spam, failed, unknown

// "How did it do?" over a set of records, built incrementally as pages arrive: counts per
// status, ErrorClassification, SMTP reply (grouped by code, "550 5.1.1"), recipient domain
// (lower-case), sender, and per hour of the chosen zone. Adding is O(1) per record; repeated
// texts (messages, addresses' domains) are parsed once and then looked up.
class Summary final
{
public:
    enum class Dimension
    {
        Classification,
        SmtpReply,
        Domain,
        Sender,
    };
    static constexpr int kDimensionCount = 4;

    struct Entry
    {
        QString key;
        qint64 count = 0;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    struct Bucket
    {
        qint64 startUtc = 0; // the bucket's first second, as UTC seconds since the epoch
        qint64 endUtc = 0;   // the next bucket's first second
        QString label;       // "2026-11-03" or "2026-11-03 14:00", in the summary's zone
        StatusCounts counts{};
        qint64 total() const;
    };

    enum class BucketSize
    {
        Hour,
        Day,
    };

    // Hours and days are those of `zone` (the service's, UTC or the local one).
    explicit Summary(const QTimeZone &zone = QTimeZone::utc());

    void add(const MailRecord &record);
    void addPage(const ParsedPage &page);
    // Rows [first, last] of a store, counted without decoding each row: the fast path for a
    // recomputation over everything loaded (a zone change, a million rows). Same result as add()
    // on each record.
    void addStore(const RecordStore &store, qsizetype first, qsizetype last);
    // Counts aggregated elsewhere (the archive's SQL): `count` records of `status` whose time
    // bucket holds `utcSeconds` (a day's count lands in the hour of its midnight), and `count`
    // records with one key of a dimension.
    void addCounts(qint64 utcSeconds, DeliveryStatus status, qint64 count);
    void addKeyCount(Dimension dimension, const QString &key, qint64 count);
    // `count` records whose SMTP reply is `message`: grouped as add() groups a record's reply.
    void addReplyCount(const QString &message, qint64 count);
    void clear();

    qint64 total() const { return m_total; }
    qint64 count(DeliveryStatus status) const { return m_status[size_t(statusIndex(status))]; }
    const StatusCounts &statusCounts() const { return m_status; }
    double share(DeliveryStatus status) const; // 0..1; 0 when empty
    const QTimeZone &zone() const { return m_zone; }

    // Every key with its count, largest first, ties by key; `limit` 0 means all.
    QList<Entry> top(Dimension dimension, int limit = 0) const;
    qint64 count(Dimension dimension, const QString &key) const;

    // Oldest first, only buckets that have mail.
    QList<Bucket> buckets(BucketSize size) const;

    static int statusIndex(DeliveryStatus status);
    static DeliveryStatus statusAt(int index);
    // "550 5.1.1", "421", or "" when the reply carries no code.
    static QString replyGroup(const QString &message);
    // The part after the last '@', lower-case; "" when there is none.
    static QString domainOf(const QString &address);

private:
    int offsetAt(qint64 utcSeconds);
    void countTime(qint64 utcSeconds, int status);
    QString cachedReplyGroup(const QString &message);

    QTimeZone m_zone;
    std::optional<int> m_fixedOffset;
    QHash<qint64, int> m_offsetByUtcHour; // zones with DST: one lookup per distinct hour
    qint64 m_total = 0;
    StatusCounts m_status{};
    std::array<QHash<QString, qint64>, kDimensionCount> m_counts;
    QHash<qint64, StatusCounts> m_hours;   // key: local hour number (local seconds / 3600)
    QHash<QString, QString> m_replyGroups; // message → group; messages repeat a lot
    QHash<QByteArray, QString> m_domains;  // recipient domain as stored (UTF-8) → its key
};

} // namespace sendtrail
