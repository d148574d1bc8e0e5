#include "sandboxdataset.h"

#include "sandboxcatalog.h"
#include "sandboxvocabulary.h"

#include <QJsonValue>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace voc = sandboxvocabulary;

namespace {

// splitmix64: tiny, fast and fully specified, so a seed means the same data on every platform.
quint64 nextRandom(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double unitInterval(quint64 random)
{
    return double(random >> 11) * (1.0 / double(1ULL << 53));
}

class WeightedPicker
{
public:
    explicit WeightedPicker(const QList<int> &weights)
    {
        int total = 0;
        for (int weight : weights)
            m_cumulative.append(total += weight);
    }
    int pick(quint64 random) const
    {
        const int target = int(random % quint64(m_cumulative.last()));
        return int(std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target) -
                   m_cumulative.cbegin());
    }

private:
    QList<int> m_cumulative;
};

template <typename T> QList<int> weightsOf(const QList<T> &list)
{
    QList<int> weights;
    for (const T &item : list)
        weights.append(item.weight);
    return weights;
}

template <typename T> int indexOfValue(const QList<T> &list, const QString &value)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).value == value)
            return i;
    }
    return -1;
}

int indexOfId(const QList<SandboxNamedId> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

QJsonValue nullable(quint8 oneBased, const QList<SandboxNamedId> &list, bool wantName)
{
    if (oneBased == 0)
        return QJsonValue(QJsonValue::Null);
    const SandboxNamedId &entry = list.at(oneBased - 1);
    return wantName ? entry.name : entry.id;
}

} // namespace

struct SandboxDataset::Matcher
{
    bool impossible = false;
    std::optional<quint32> recipient;
    std::optional<int> account;
    std::optional<int> tag;
    std::optional<int> status;
    std::optional<int> ipPool;
    std::optional<int> configSet;
};

SandboxDataset::SandboxDataset() : SandboxDataset(kDefaultSeed, currentAnchor()) {}

SandboxDataset::SandboxDataset(quint64 seed, const QDateTime &anchor, int recordCount)
    : m_seed(seed), m_anchor(anchor.toUTC())
{
    generate(qMax(0, recordCount));
}

QDateTime SandboxDataset::currentAnchor()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(now - now % 60, Qt::UTC);
}

void SandboxDataset::buildRecipients(quint64 &state, int count)
{
    m_recipients = voc::hostileRecipients();
    for (int i = 0; i < m_recipients.size(); ++i)
        m_recipientIndex.insert(m_recipients.at(i), quint32(i));
    while (m_recipients.size() < count) {
        QString address = voc::ordinaryRecipient(nextRandom(state));
        if (m_recipientIndex.contains(address)) // keep addresses unique so a filter finds every row
            address.prepend(QString::number(m_recipients.size()) + u'.');
        m_recipientIndex.insert(address, quint32(m_recipients.size()));
        m_recipients.append(address);
    }
}

void SandboxDataset::buildSubjects(quint64 &state, int count)
{
    m_subjects = voc::hostileSubjects();
    while (m_subjects.size() < count)
        m_subjects.append(voc::ordinarySubject(nextRandom(state)));
}

// Draws rows; kept apart from generate() so the per-row recipe reads in one place.
struct SandboxDataset::Generator
{
    Generator(quint64 &state, qint64 anchor, int recipients, int subjects)
        : first(anchor - kSpanSeconds), hostileRecipients(int(voc::hostileRecipients().size())),
          hostileSubjects(int(voc::hostileSubjects().size())),
          ordinaryRecipients(recipients - hostileRecipients), ordinarySubjects(subjects - hostileSubjects)
    {
        // Campaigns send in bursts, so many rows share a second: paging must handle ties.
        for (int i = 0; i < 60; ++i)
            bursts.append(qint64(nextRandom(state) % quint64(kSpanSeconds - 300)));
    }

    Row row(quint64 &state) const
    {
        Row row{};
        const quint64 when = nextRandom(state);
        row.utc = first + (when % 5 == 0 ? bursts.at(int((when >> 8) % 60)) + qint64((when >> 20) % 300)
                                         : qint64((when >> 8) % quint64(kSpanSeconds)));
        const quint64 who = nextRandom(state);
        const double skew = unitInterval(nextRandom(state));
        // A few recipients get much of the mail, so "everything sent to X" has several hits.
        row.recipient = who % 100 < 3 ? quint32((who >> 8) % quint64(hostileRecipients))
                                      : quint32(hostileRecipients + int(skew * skew * ordinaryRecipients));
        const quint64 what = nextRandom(state);
        row.subject = what % 100 < 6
                          ? quint16((what >> 8) % quint64(hostileSubjects))
                          : quint16(hostileSubjects + int((what >> 8) % quint64(ordinarySubjects)));
        row.account = quint8(accountPicker.pick(nextRandom(state)));
        row.tag = quint8(tagPicker.pick(nextRandom(state)));
        row.outcome = quint8(outcomePicker.pick(nextRandom(state)));
        row.ipPool = quint8(poolPicker.pick(nextRandom(state)));
        row.configSet = quint8(configPicker.pick(nextRandom(state)));
        return row;
    }

    const qint64 first;
    const int hostileRecipients;
    const int hostileSubjects;
    const int ordinaryRecipients;
    const int ordinarySubjects;
    QList<qint64> bursts;
    const WeightedPicker accountPicker{weightsOf(voc::accounts())};
    const WeightedPicker tagPicker{weightsOf(voc::tags())};
    const WeightedPicker outcomePicker{weightsOf(voc::outcomes())};
    const WeightedPicker poolPicker{{45, 35, 20}};
    const WeightedPicker configPicker{{50, 30, 20}};
};

void SandboxDataset::generate(int recordCount)
{
    quint64 state = m_seed ^ 0x53454E4454524149ULL; // "SENDTRAI"
    buildRecipients(state, qMax(int(voc::hostileRecipients().size()) + 60, recordCount / 10));
    buildSubjects(state, qMax(int(voc::hostileSubjects().size()) + 40, qMin(400, recordCount / 100)));
    const Generator generator(state, m_anchor.toSecsSinceEpoch(), int(m_recipients.size()),
                              int(m_subjects.size()));
    m_rows.reserve(recordCount);
    for (int i = 0; i < recordCount; ++i)
        m_rows.append(generator.row(state));
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.utc < b.utc; });
}

void SandboxDataset::insertSorted(Row row)
{
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), row.utc,
                                     [](qint64 t, const Row &r) { return t < r.utc; });
    m_rows.insert(at - m_rows.cbegin(), row);
    ++m_revision;
}

void SandboxDataset::addRecord(int likeRow, qint64 utc)
{
    Row row = m_rows.at(likeRow);
    row.utc = utc;
    insertSorted(row);
}

void SandboxDataset::changeStatus(int row, int status, qint64 utc)
{
    Row moved = m_rows.takeAt(row);
    const auto &outcomes = voc::outcomes();
    for (int i = 0; i < outcomes.size(); ++i)
        if (outcomes.at(i).status == status) {
            moved.outcome = quint8(i);
            break;
        }
    moved.utc = utc;
    insertSorted(moved);
}

bool SandboxDataset::matches(const Row &row, const Matcher &m) const
{
    return (!m.recipient || row.recipient == *m.recipient) && (!m.account || row.account == *m.account) &&
           (!m.tag || row.tag == *m.tag) &&
           (!m.status || voc::outcomes().at(row.outcome).status == *m.status) &&
           (!m.ipPool || row.ipPool == *m.ipPool + 1) && (!m.configSet || row.configSet == *m.configSet + 1);
}

QList<int> SandboxDataset::select(const SandboxQuery &query) const
{
    Matcher m;
    m.status = query.status;
    auto resolve = [&m](const QString &wanted, int index, std::optional<int> &slot) {
        if (wanted.isEmpty())
            return;
        slot = index;
        m.impossible = m.impossible || index < 0;
    };
    resolve(query.accountName, indexOfValue(voc::accounts(), query.accountName), m.account);
    resolve(query.tagName, indexOfValue(voc::tags(), query.tagName), m.tag);
    resolve(query.ipPoolId, indexOfId(voc::ipPools(), query.ipPoolId), m.ipPool);
    resolve(query.configSetId, indexOfId(voc::configSets(), query.configSetId), m.configSet);
    if (!query.toAddress.isEmpty()) {
        const auto found = m_recipientIndex.constFind(query.toAddress);
        m.impossible = m.impossible || found == m_recipientIndex.cend();
        if (found != m_recipientIndex.cend())
            m.recipient = *found;
    }
    if (m.impossible)
        return {};

    const qint64 low =
        query.start.isValid() ? query.start.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 grace = query.endTime == SandboxEndTime::Inclusive ? 60 : 0;
    const qint64 high =
        query.end.isValid() ? query.end.toSecsSinceEpoch() + grace : std::numeric_limits<qint64>::max();
    auto byTime = [](const Row &row, qint64 t) {
        return row.utc < t;
    };
    const auto begin = std::lower_bound(m_rows.cbegin(), m_rows.cend(), low, byTime);
    const auto end = std::lower_bound(begin, m_rows.cend(), high, byTime);

    QList<int> rows;
    for (auto it = begin; it != end; ++it) {
        if (matches(*it, m))
            rows.append(int(it - m_rows.cbegin()));
    }
    if (query.order == SandboxOrder::NewestFirst)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<QJsonObject> SandboxDataset::expectedRecords(const SandboxQuery &query,
                                                   int serviceUtcOffsetSeconds) const
{
    QList<QJsonObject> records;
    const QList<int> rows = select(query);
    records.reserve(rows.size());
    for (int row : rows)
        records.append(recordJson(row, serviceUtcOffsetSeconds));
    return records;
}

QJsonObject SandboxDataset::recordJson(int index, int serviceUtcOffsetSeconds) const
{
    const Row &row = m_rows.at(index);
    const SandboxOutcome &outcome = voc::outcomes().at(row.outcome);
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(row.utc + serviceUtcOffsetSeconds, Qt::UTC);
    return QJsonObject{
        {u"Status"_s, outcome.status},
        {u"LastUpdateTime"_s, wall.toString(u"yyyy-MM-dd'T'HH:mm'Z'"_s)},
        {u"Message"_s, outcome.message},
        {u"ToAddress"_s, m_recipients.at(row.recipient)},
        {u"UtcLastUpdateTime"_s, QString::number(row.utc)},
        {u"AccountName"_s, voc::accounts().at(row.account).value},
        {u"Subject"_s, m_subjects.at(row.subject)},
        {u"ErrorClassification"_s, outcome.classification},
        {u"IpPoolId"_s, nullable(row.ipPool, voc::ipPools(), false)},
        {u"IpPoolName"_s, nullable(row.ipPool, voc::ipPools(), true)},
        {u"ConfigSetId"_s, nullable(row.configSet, voc::configSets(), false)},
        {u"ConfigSetName"_s, nullable(row.configSet, voc::configSets(), true)},
    };
}

int SandboxDataset::status(int row) const
{
    return voc::outcomes().at(m_rows.at(row).outcome).status;
}

QString SandboxDataset::toAddress(int row) const
{
    return m_recipients.at(m_rows.at(row).recipient);
}

QString SandboxDataset::accountName(int row) const
{
    return voc::accounts().at(m_rows.at(row).account).value;
}

QString SandboxDataset::tagName(int row) const
{
    return voc::tags().at(m_rows.at(row).tag).value;
}

QString SandboxDataset::subject(int row) const
{
    return m_subjects.at(m_rows.at(row).subject);
}

QString SandboxDataset::errorClassification(int row) const
{
    return voc::outcomes().at(m_rows.at(row).outcome).classification;
}

QString SandboxDataset::message(int row) const
{
    return voc::outcomes().at(m_rows.at(row).outcome).message;
}

QString SandboxDataset::ipPoolId(int row) const
{
    const quint8 pool = m_rows.at(row).ipPool;
    return pool == 0 ? QString() : voc::ipPools().at(pool - 1).id;
}

QString SandboxDataset::configSetId(int row) const
{
    const quint8 set = m_rows.at(row).configSet;
    return set == 0 ? QString() : voc::configSets().at(set - 1).id;
}

QString SandboxDataset::dedicatedIp(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.ipPool == 0)
        return {};
    // The catalog lists the records' pools first, in vocabulary order.
    const QList<SandboxIp> &ips = sandboxcatalog::ipPools().at(r.ipPool - 1).ips;
    return ips.at(int(r.recipient % quint32(ips.size()))).ip;
}

QStringList SandboxDataset::accountNames() const
{
    QStringList names;
    for (const SandboxWeighted &account : voc::accounts())
        names.append(account.value);
    return names;
}

QStringList SandboxDataset::tagNames() const
{
    QStringList names;
    for (const SandboxWeighted &tag : voc::tags()) {
        if (!tag.value.isEmpty())
            names.append(tag.value);
    }
    return names;
}

} // namespace sendtrail
