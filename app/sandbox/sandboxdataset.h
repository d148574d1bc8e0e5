#pragma once

#include "sandboxoptions.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sendtrail {

// Everything a complete paging asks for. Times are instants; the server derives them from
// StartTime/EndTime in the service zone, tests usually build them directly.
struct SandboxQuery
{
    QDateTime start; // invalid = unbounded
    QDateTime end;   // invalid = unbounded
    QString toAddress;
    QString accountName;
    QString tagName;
    std::optional<int> status;
    QString ipPoolId;
    QString configSetId;
    SandboxOrder order = SandboxOrder::NewestFirst;
    SandboxEndTime endTime = SandboxEndTime::Exclusive;
};

// A seeded, deterministic set of sending records spread over the 30 days before an anchor
// time. Rows are stored as small index tuples into shared string pools (~24 bytes a row).
class SandboxDataset final
{
public:
    static constexpr int kDefaultRecordCount = 50000;
    static constexpr quint64 kDefaultSeed = 1;
    static constexpr qint64 kSpanSeconds = qint64(30) * 24 * 3600;

    // Seed 1, 50,000 rows, anchored at the current minute.
    SandboxDataset();
    SandboxDataset(quint64 seed, const QDateTime &anchor, int recordCount = kDefaultRecordCount);

    static QDateTime currentAnchor(); // now, floored to the minute

    quint64 seed() const { return m_seed; }
    QDateTime anchor() const { return m_anchor; }
    int size() const { return int(m_rows.size()); }

    // Row indices a complete paging delivers, in delivery order. Rows are stored oldest first.
    QList<int> select(const SandboxQuery &query) const;
    QList<QJsonObject> expectedRecords(const SandboxQuery &query,
                                       int serviceUtcOffsetSeconds = 8 * 3600) const;
    // One row exactly as the API renders it; LastUpdateTime is wall time in the service zone.
    QJsonObject recordJson(int index, int serviceUtcOffsetSeconds = 8 * 3600) const;

    qint64 utcSeconds(int row) const { return m_rows.at(row).utc; }
    int status(int row) const;
    QString toAddress(int row) const;
    QString accountName(int row) const;
    QString tagName(int row) const;
    QString subject(int row) const;
    QString errorClassification(int row) const;
    QString message(int row) const;
    QString ipPoolId(int row) const;    // empty = null in the API
    QString configSetId(int row) const; // empty = null in the API
    // The pool address the row left from (the catalog's IPs of its pool); empty without a pool.
    // Only the daily totals' DedicatedIp filter sees it: detail records carry no IP.
    QString dedicatedIp(int row) const;

    QStringList accountNames() const;
    QStringList tagNames() const; // without the empty "untagged" entry

    // Changes between two fetches, as the real service sees them (archive sync tests):
    // new mail, a copy of `likeRow` sent at `utc`; and a status update, which moves a record to
    // the update's time (a record's time is its last status update). Row indexes shift.
    void addRecord(int likeRow, qint64 utc);
    void changeStatus(int row, int status, qint64 utc);
    // Counts every change, so cached selections know they are stale.
    int revision() const { return m_revision; }

private:
    struct Row
    {
        qint64 utc;
        quint32 recipient;
        quint16 subject;
        quint8 account;
        quint8 tag;
        quint8 outcome;
        quint8 ipPool;    // 0 = none, else ipPools()[n - 1]
        quint8 configSet; // 0 = none, else configSets()[n - 1]
    };
    struct Matcher;
    struct Generator;

    void generate(int recordCount);
    void buildRecipients(quint64 &state, int count);
    void buildSubjects(quint64 &state, int count);
    bool matches(const Row &row, const Matcher &matcher) const;
    void insertSorted(Row row);

    quint64 m_seed = kDefaultSeed;
    QDateTime m_anchor;
    QList<Row> m_rows;
    QStringList m_recipients;
    QHash<QString, quint32> m_recipientIndex;
    QStringList m_subjects;
    int m_revision = 0;
};

} // namespace sendtrail
