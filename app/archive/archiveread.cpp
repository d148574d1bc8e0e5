// ArchiveDatabase: the query builder (every filter combined, keyset pages, any sort) and aggregates.
#include "archivedatabase.h"
#include "archiveschema.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sendtrail {

struct ArchiveDatabase::Where
{
    QString sql; // "r.t >= ? AND ..."
    QVariantList binds;
};

namespace {

constexpr int kForEachPage = 5000;

QString escapeLike(QString text)
{
    return text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
}

// The records column a table column sorts by; pooled ones are ids, sorted by their text.
struct SortColumn
{
    QString column;
    bool pooled = false;
};

SortColumn sortColumn(Column column)
{
    switch (column) {
    case Column::Status:
        return {u"r.status"_s};
    case Column::ToAddress:
        return {u"r.rcpt"_s};
    case Column::AccountName:
        return {u"r.sender"_s, true};
    case Column::Subject:
        return {u"r.subject"_s, true};
    case Column::ErrorClassification:
        return {u"r.class"_s, true};
    case Column::Message:
        return {u"r.message"_s, true};
    case Column::IpPoolName:
        return {u"r.pool_name"_s, true};
    case Column::IpPoolId:
        return {u"r.pool_id"_s, true};
    case Column::ConfigSetName:
        return {u"r.cfg_name"_s, true};
    case Column::ConfigSetId:
        return {u"r.cfg_id"_s, true};
    default:
        return {}; // Time, LastUpdateTime: the time itself
    }
}

QString groupColumn(ArchiveGroup group)
{
    switch (group) {
    case ArchiveGroup::Status:
        return u"r.status"_s;
    case ArchiveGroup::Classification:
        return u"r.class"_s;
    case ArchiveGroup::Domain:
        return u"r.domain"_s;
    case ArchiveGroup::Sender:
        return u"r.sender"_s;
    case ArchiveGroup::Tag:
        return u"r.tag"_s;
    case ArchiveGroup::Message:
        return u"r.message"_s;
    }
    return {};
}

const QString kSelect =
    u"SELECT r.id, r.t, r.status, r.rcpt, r.sender, r.subject, r.class, r.message, r.pool_id, "
    "r.pool_name, r.cfg_id, r.cfg_name, r.tag, r.sent"_s;

} // namespace

std::optional<ArchiveDatabase::Where> ArchiveDatabase::where(const ArchiveFilter &f, QString *error)
{
    Where w{u"r.t >= ? AND r.t < ?"_s, {f.startUtc, f.endUtc}};
    const auto exact = [&](const QString &column, const QVariant &value) {
        w.sql += u" AND "_s + column + u" = ?"_s;
        w.binds.append(value);
    };
    if (!f.toAddress.isEmpty())
        exact(u"r.rcpt"_s, f.toAddress);
    if (f.status)
        exact(u"r.status"_s, *f.status);
    const std::pair<const QString *, QString> pooled[] = {
        {&f.accountName, u"r.sender"_s}, {&f.tag, u"r.tag"_s},          {&f.classification, u"r.class"_s},
        {&f.domain, u"r.domain"_s},      {&f.ipPoolId, u"r.pool_id"_s}, {&f.configSetId, u"r.cfg_id"_s}};
    for (const auto &[value, column] : pooled) {
        if (value->isEmpty())
            continue;
        const QString text = column == u"r.domain"_s ? value->toLower() : *value;
        const auto id = existingId(text, error);
        if (id && *id < 0)
            return std::nullopt;
        exact(column, id ? *id : qint64(-1)); // a text never archived matches nothing
    }
    if (!f.text.isEmpty()) {
        const QString like = m_location.engine == ArchiveLocation::Engine::Sqlite ? u"LIKE"_s : u"ILIKE"_s;
        const QString match = u"(SELECT id FROM strings WHERE text %1 ? ESCAPE '\\')"_s.arg(like);
        w.sql += u" AND (r.subject IN %1 OR r.message IN %1)"_s.arg(match);
        const QString pattern = u'%' + escapeLike(f.text) + u'%';
        w.binds << pattern << pattern;
    }
    return w;
}

bool ArchiveDatabase::loadStrings(QString *error)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, text FROM strings"_s))
        return fail(q, error);
    while (q.next())
        m_texts.insert(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

QString ArchiveDatabase::textOf(qint64 id)
{
    if (id == 0)
        return {};
    if (const auto it = m_texts.constFind(id); it != m_texts.cend())
        return *it;
    QString ignored;
    if (m_texts.isEmpty())
        loadStrings(&ignored);
    if (const auto it = m_texts.constFind(id); it != m_texts.cend())
        return *it;
    QSqlQuery q(db());
    q.prepare(u"SELECT text FROM strings WHERE id = ?"_s);
    q.addBindValue(id);
    QString text = q.exec() && q.next() ? q.value(0).toString() : QString();
    m_texts.insert(id, text);
    return text;
}

// The pooled texts are looked up after the query has been read to its end: QPSQL reads a
// forward-only query row by row, and any other statement on the connection meanwhile (a string
// not yet cached) would end it early.
ArchivedRecord ArchiveDatabase::decode(const QSqlQuery &q, PooledIds *ids)
{
    ArchivedRecord a;
    a.id = q.value(0).toLongLong();
    MailRecord &r = a.record;
    r.utcSeconds = q.value(1).toLongLong();
    r.status = DeliveryStatus(q.value(2).toInt());
    r.toAddress = q.value(3).toString();
    for (size_t k = 0; k < ids->size(); ++k)
        (*ids)[k] = q.value(4 + int(k)).toLongLong();
    return a;
}

void ArchiveDatabase::resolveTexts(ArchivedRecord *record, const PooledIds &ids)
{
    MailRecord &r = record->record;
    QString *const pooled[] = {&r.accountName, &r.subject,       &r.errorClassification, &r.message,
                               &r.ipPoolId,    &r.ipPoolName,    &r.configSetId,         &r.configSetName,
                               &record->tag,   &r.lastUpdateTime};
    for (size_t k = 0; k < ids.size(); ++k)
        *pooled[k] = textOf(ids[k]);
}

std::optional<ArchivePage> ArchiveDatabase::page(const ArchiveFilter &filter, const ArchiveSort &sort,
                                                 const std::optional<ArchiveCursor> &after, int limit,
                                                 QString *error)
{
    auto w = where(filter, error);
    if (!w)
        return std::nullopt;
    const SortColumn sc = sortColumn(sort.column);
    const bool pg = m_location.engine == ArchiveLocation::Engine::Postgres;
    QString from = u" FROM records r"_s;
    QString key = sc.column;
    if (sc.pooled) {
        from += u" LEFT JOIN strings k ON k.id = "_s + sc.column;
        key = pg ? u"COALESCE(k.text, '') COLLATE \"C\""_s : u"COALESCE(k.text, '')"_s;
    }
    const QString op = sort.descending ? u"<"_s : u">"_s;
    const QString dir = sort.descending ? u" DESC"_s : u" ASC"_s;
    if (after) {
        const QString tie = u"(r.t %1 ? OR (r.t = ? AND r.id %1 ?))"_s.arg(op);
        if (key.isEmpty()) {
            w->sql += u" AND r.t %1= ? AND "_s.arg(op) + tie;
            w->binds << after->utc << after->utc << after->utc << after->id;
        } else {
            w->sql += u" AND (%1 %2 ? OR (%1 = ? AND %3))"_s.arg(key, op, tie);
            w->binds << after->key << after->key << after->utc << after->utc << after->id;
        }
    }
    QString order = u" ORDER BY "_s;
    if (!key.isEmpty())
        order += key + dir + u", "_s;
    order += u"r.t"_s + dir + u", r.id"_s + dir;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(kSelect + (key.isEmpty() ? QString() : u", "_s + key) + from + u" WHERE "_s + w->sql + order +
              u" LIMIT "_s + QString::number(limit + 1));
    for (const QVariant &v : std::as_const(w->binds))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    ArchivePage result;
    QList<PooledIds> ids;
    QVariant lastKey;
    while (q.next()) {
        if (result.rows.size() == limit) {
            const ArchivedRecord &last = result.rows.constLast();
            result.next = ArchiveCursor{lastKey, last.record.utcSeconds, last.id};
            break;
        }
        ids.append(PooledIds{});
        result.rows.append(decode(q, &ids.last()));
        lastKey = key.isEmpty() ? QVariant() : q.value(14);
    }
    q.finish();
    for (qsizetype i = 0; i < result.rows.size(); ++i)
        resolveTexts(&result.rows[i], ids.at(i));
    return result;
}

bool ArchiveDatabase::forEach(const ArchiveFilter &filter,
                              const std::function<bool(const ArchivedRecord &)> &each, QString *error)
{
    std::optional<ArchiveCursor> cursor;
    do {
        const auto p = page(filter, ArchiveSort{}, cursor, kForEachPage, error);
        if (!p)
            return false;
        for (const ArchivedRecord &r : p->rows)
            if (!each(r))
                return true;
        cursor = p->next;
    } while (cursor);
    return true;
}

std::optional<AddressActivity> ArchiveDatabase::addressActivity(const ArchiveFilter &filter, QString *error)
{
    AddressActivity activity;
    activity.count = count(filter, error);
    if (activity.count < 0)
        return std::nullopt;
    if (activity.count == 0)
        return activity;
    const auto newest = page(filter, ArchiveSort{}, std::nullopt, 1, error);
    if (!newest)
        return std::nullopt;
    if (!newest->rows.isEmpty())
        activity.latest = newest->rows.constFirst();
    return activity;
}

qint64 ArchiveDatabase::count(const ArchiveFilter &filter, QString *error)
{
    const auto w = where(filter, error);
    if (!w)
        return -1;
    QSqlQuery q(db());
    q.prepare(u"SELECT COUNT(*) FROM records r WHERE "_s + w->sql);
    for (const QVariant &v : w->binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        fail(q, error);
        return -1;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<GroupCount>> ArchiveDatabase::countBy(const ArchiveFilter &filter, ArchiveGroup group,
                                                          QString *error)
{
    const auto w = where(filter, error);
    if (!w)
        return std::nullopt;
    const QString column = groupColumn(group);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1, COUNT(*) FROM records r WHERE "_s.arg(column) + w->sql +
              u" GROUP BY 1 ORDER BY 2 DESC, 1"_s);
    for (const QVariant &v : w->binds)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    QList<std::pair<qint64, qint64>> values; // texts after the query's end, as in page()
    while (q.next())
        values.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    QList<GroupCount> counts;
    for (const auto &[value, n] : std::as_const(values))
        counts.append({group == ArchiveGroup::Status ? QString::number(value) : textOf(value), n});
    return counts;
}

// Status × period of the records themselves (statusByPeriod, archivehours.cpp).
bool ArchiveDatabase::addPeriodsOfRecords(const ArchiveFilter &filter, const Periods &periods,
                                          PeriodSums *sums, QString *error)
{
    const auto w = where(filter, error);
    if (!w)
        return false;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT (r.t + %1) / %2, r.status, COUNT(*) FROM records r WHERE "_s.arg(periods.shift)
                  .arg(periods.width) +
              w->sql + u" GROUP BY 1, 2"_s);
    return readPeriods(q, w->binds, periods, sums, error);
}

} // namespace sendtrail
