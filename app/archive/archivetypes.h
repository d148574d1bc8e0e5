#pragma once

#include "records/mailrecord.h"
#include "records/recordcolumns.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace sendtrail {

// Every filter of the archive, freely combined (the service takes one of recipient, sender and
// tag per call). The range is [startUtc, endUtc) in epoch seconds.
struct ArchiveFilter
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QString toAddress;         // exact
    QString accountName;       // exact
    QString tag;               // exact
    std::optional<int> status; // 0, 2, 3, 4
    QString classification;    // exact ErrorClassification
    QString domain;            // the recipient's domain, case-insensitive
    QString text;              // in Subject or Message, case-insensitive
    QString ipPoolId;          // exact
    QString configSetId;       // exact
};

// ORDER BY any table column, then time and row id in the same direction: a total order, so
// keyset pages never skip or repeat a row.
struct ArchiveSort
{
    Column column = Column::Time;
    bool descending = true;
};

// Where the next page starts: the sort key, time and id of the last row delivered.
struct ArchiveCursor
{
    QVariant key;
    qint64 utc = 0;
    qint64 id = 0;
};

struct ArchivedRecord
{
    qint64 id = 0;
    MailRecord record;
    QString tag; // empty: untagged, or fetched without tags
};

// One recipient's records in a range: how many, and the newest.
struct AddressActivity
{
    qint64 count = 0;
    std::optional<ArchivedRecord> latest; // empty when count is 0
};

struct ArchivePage
{
    QList<ArchivedRecord> rows;
    std::optional<ArchiveCursor> next; // empty on the last page
};

// One archived day window of the service's zone: [startUtc, stopUtc).
struct ArchiveWindow
{
    qint64 startUtc = 0;
    qint64 stopUtc = 0;
    qint64 fetchedAtUtc = 0; // when its fetch began: records up to here are in
    qint64 records = 0;
    bool tagged = false;
    qint64 calls = 0;
    friend bool operator==(const ArchiveWindow &, const ArchiveWindow &) = default;
};

struct ArchiveGap
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    friend bool operator==(const ArchiveGap &, const ArchiveGap &) = default;
};

struct StatusDayCount
{
    qint64 dayStartUtc = 0; // midnight of the zone the aggregate was asked in
    int status = -1;
    qint64 count = 0;
};

// One hour's records of a status. The hours start at `phase` seconds past the UTC hour (the
// zone's offset less its whole hours: 1800 for +05:30), so they are the hours of any zone whose
// offset has that remainder, also across its summer time.
struct StatusHourCount
{
    qint64 hourStartUtc = 0;
    int status = -1;
    qint64 count = 0;
    friend bool operator==(const StatusHourCount &, const StatusHourCount &) = default;
};

enum class ArchiveGroup
{
    Status,
    Classification,
    Domain,
    Sender,
    Tag,
    Message, // the SMTP reply's full text
};

struct GroupCount
{
    QString key; // status as its code
    qint64 count = 0;
};

} // namespace sendtrail
