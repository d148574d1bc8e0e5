#pragma once

#include "sandboxdataset.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <optional>

namespace sendtrail {

// The account's invalid-address list (QueryInvalidAddress, DeleteInvalidAddress): every recipient
// the data set has an invalid-address record for, once, dated by its first such record, minus the
// addresses deleted since. One per server (SandboxActions), so a new SandboxServer starts whole.
// Locked: the list is shared by two actions and a delete must never race a read.
class SandboxInvalidList final
{
public:
    struct Entry
    {
        int row = 0; // the recipient's first invalid-address record in the data set
        QString toAddress;
        qint64 utcSeconds = 0;
    };

    explicit SandboxInvalidList(const SandboxDataset *dataset);

    // What counts as invalid: Status 2 with ErrorClassification SmtpNxBox (the mailbox does not
    // exist) or SysOutRcptOnAccountLevelBounceList (already on this account's list). Status 2 also
    // covers SysOutRcptOnGlobalBounceList, but that is the platform's list, which the account can
    // neither query nor delete from, so those records do not put an address on this one.
    static bool isInvalidRecord(const SandboxDataset &dataset, int row);

    // Entries first dated in [start, end), oldest first, deleted ones left out.
    QList<Entry> between(const QDateTime &start, const QDateTime &end) const;
    // False if the address is not on the list (never was, or was deleted). Exact match, as the
    // detail API's ToAddress filter.
    bool remove(const QString &toAddress);

private:
    void buildLocked() const;

    const SandboxDataset *m_dataset;
    mutable QMutex m_mutex;
    mutable std::optional<QList<Entry>> m_entries; // built on first use: most servers never ask
    QSet<QString> m_deleted;
};

} // namespace sendtrail
