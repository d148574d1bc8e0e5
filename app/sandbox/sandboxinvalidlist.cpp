#include "sandboxinvalidlist.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace sendtrail {

SandboxInvalidList::SandboxInvalidList(const SandboxDataset *dataset) : m_dataset(dataset) {}

bool SandboxInvalidList::isInvalidRecord(const SandboxDataset &dataset, int row)
{
    if (dataset.status(row) != 2)
        return false;
    const QString classification = dataset.errorClassification(row);
    return classification == u"SmtpNxBox"_s || classification == u"SysOutRcptOnAccountLevelBounceList"_s;
}

void SandboxInvalidList::buildLocked() const
{
    if (m_entries)
        return;
    SandboxQuery query;
    query.status = 2;
    query.order = SandboxOrder::OldestFirst;
    QList<Entry> entries;
    QSet<QString> seen;
    for (int row : m_dataset->select(query)) {
        if (!isInvalidRecord(*m_dataset, row))
            continue;
        const QString address = m_dataset->toAddress(row);
        if (seen.contains(address))
            continue;
        seen.insert(address);
        entries.append({row, address, m_dataset->utcSeconds(row)});
    }
    m_entries = entries;
}

QList<SandboxInvalidList::Entry> SandboxInvalidList::between(const QDateTime &start,
                                                             const QDateTime &end) const
{
    const qint64 low = start.toSecsSinceEpoch();
    const qint64 high = end.toSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    buildLocked();
    QList<Entry> out;
    for (const Entry &entry : *m_entries) {
        if (entry.utcSeconds >= low && entry.utcSeconds < high && !m_deleted.contains(entry.toAddress))
            out.append(entry);
    }
    return out;
}

bool SandboxInvalidList::remove(const QString &toAddress)
{
    QMutexLocker lock(&m_mutex);
    buildLocked();
    if (m_deleted.contains(toAddress))
        return false;
    for (const Entry &entry : *m_entries) {
        if (entry.toAddress == toAddress) {
            m_deleted.insert(toAddress);
            return true;
        }
    }
    return false;
}

} // namespace sendtrail
