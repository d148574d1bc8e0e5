#pragma once

#include "archivelocation.h"
#include "archivetypes.h"
#include "sqliterecordinserter.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <array>
#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace sendtrail {

// The one database interface of the archive: SQLite or PostgreSQL behind Qt SQL, the same
// schema and the same queries. A connection belongs to the thread that opened it: a worker
// (sync, the app's queries) opens its own ArchiveDatabase on the same location.
// Every method that can fail returns false / nullopt / -1 and sets *error to one sentence.
class ArchiveDatabase final
{
public:
    explicit ArchiveDatabase(ArchiveLocation location);
    ~ArchiveDatabase();
    Q_DISABLE_COPY_MOVE(ArchiveDatabase)

    // Creates the archive if missing (SQLite: the folder, the file with mode 0600, WAL), brings an
    // older schema up to date, and refuses one newer than this build.
    bool open(QString *error);
    bool isOpen() const;
    int schemaVersion() const { return m_version; }
    const ArchiveLocation &location() const { return m_location; }

    // Replaces every record of [window.startUtc, window.stopUtc) and the window's coverage in one
    // transaction: a crash leaves the old window or the new one, never a mix.
    bool replaceWindow(const ArchiveWindow &window, const QList<ArchivedRecord> &records, QString *error);
    std::optional<QList<ArchiveWindow>> coverage(QString *error);
    // Refreshes the planner's statistics after a sync (outside any transaction): PostgreSQL
    // otherwise plans combined filters on a freshly filled table blind (a 50x slower first page
    // in bench_archive).
    bool analyze(QString *error);
    // Erases every record to or of one address (a data-protection request); the count erased.
    qint64 forgetAddress(const QString &address, QString *error);
    // Drops the windows that end at or before `utc`, with their records; the windows dropped.
    qint64 pruneBefore(qint64 utc, QString *error);

    // One keyset page: `limit` rows after `after` in the sort order. No OFFSET: every page costs
    // the same, however deep.
    std::optional<ArchivePage> page(const ArchiveFilter &filter, const ArchiveSort &sort,
                                    const std::optional<ArchiveCursor> &after, int limit, QString *error);
    // Every matching record, newest first; `each` returns false to stop.
    bool forEach(const ArchiveFilter &filter, const std::function<bool(const ArchivedRecord &)> &each,
                 QString *error);
    qint64 count(const ArchiveFilter &filter, QString *error);
    // The support desk's lookup of one recipient (filter.toAddress): how many records match, and
    // the newest (the sort order's first row, as `page` gives it).
    std::optional<AddressActivity> addressActivity(const ArchiveFilter &filter, QString *error);
    // SQL aggregates for the summary: status × day (days of `offsetSeconds`), and per group.
    std::optional<QList<StatusDayCount>> statusByDay(const ArchiveFilter &filter, int offsetSeconds,
                                                     QString *error);
    // Status × hour, the hours `phaseSeconds` (0..3599) past the UTC hour: StatusHourCount.
    std::optional<QList<StatusHourCount>> statusByHour(const ArchiveFilter &filter, int phaseSeconds,
                                                       QString *error);
    std::optional<QList<GroupCount>> countBy(const ArchiveFilter &filter, ArchiveGroup group, QString *error);
    // Bytes the archive takes (SQLite: the file and its WAL; PostgreSQL: the database).
    qint64 sizeOnDisk(QString *error);

private:
    struct Where;
    QSqlDatabase db() const;
    bool applySqlitePragmas(QString *error);
    bool exec(const QString &sql, QString *error);
    bool fail(const QSqlQuery &query, QString *error);
    bool migrate(QString *error);
    bool beginSchemaChange(QString *error);
    bool prepareConnection(bool sqlite, QString *error);
    int readVersion(QString *error);
    qint64 internId(const QString &text, QString *error);
    qint64 addString(const QString &text, QString *error);
    bool loadAllIds(QString *error);
    std::optional<qint64> existingId(const QString &text, QString *error);
    QString textOf(qint64 id);
    bool loadStrings(QString *error);
    std::optional<Where> where(const ArchiveFilter &filter, QString *error);
    // The last text of each interned column and its id (slot 0: the domain, in lower case).
    using InternMemo = std::array<std::pair<QString, qint64>, 11>;
    bool numbersOf(const ArchivedRecord &a, InternMemo *memo, SqliteRecordInserter::Numbers *numbers,
                   QString *error);
    bool insertRecords(const QList<ArchivedRecord> &records, QString *error);
    bool insertRecordsBatched(const QList<ArchivedRecord> &records, QString *error);
    bool recount(qint64 fromUtc, qint64 toUtc, QString *error);
    // Periods of `width` seconds that start where (utc + shift) is a multiple of width: a zone's
    // days (shift = its UTC offset) or hours.
    struct Periods
    {
        int shift = 0;
        qint64 width = 0;
    };
    using PeriodSums = QMap<std::pair<qint64, int>, qint64>; // (period start, status) → records
    std::optional<PeriodSums> statusByPeriod(const ArchiveFilter &filter, const Periods &periods,
                                             QString *error);
    bool readPeriods(QSqlQuery &query, const QVariantList &binds, const Periods &periods, PeriodSums *sums,
                     QString *error);
    bool addPeriodsOfRecords(const ArchiveFilter &filter, const Periods &periods, PeriodSums *sums,
                             QString *error);
    bool addPeriodsOfBuckets(const ArchiveFilter &filter, qint64 first, qint64 last, const Periods &periods,
                             PeriodSums *sums, QString *error);
    using PooledIds = std::array<qint64, 10>;
    ArchivedRecord decode(const QSqlQuery &query, PooledIds *ids);
    void resolveTexts(ArchivedRecord *record, const PooledIds &ids);

    ArchiveLocation m_location;
    QString m_connectionName;
    int m_version = 0;
    bool m_lastFailureBusy = false; // SQLite said "database is locked" (SQLITE_BUSY / LOCKED)
    QHash<QString, qint64> m_ids;
    bool m_allIds = false; // m_ids holds every string the archive held when writing began
    QHash<qint64, QString> m_texts;
    std::unique_ptr<QSqlQuery> m_findString;
    std::unique_ptr<QSqlQuery> m_addString;
    std::unique_ptr<SqliteRecordInserter> m_sqliteInsert;
};

} // namespace sendtrail
