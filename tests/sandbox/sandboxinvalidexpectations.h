#pragma once

// What QueryInvalidAddress must list, rebuilt from SandboxDataset::expectedRecords (the detail
// records the sandbox serves) apart from the server's own list. Shared by tst_sandboxinvalid
// (own signer) and tst_officialclient_invalid (the official client).

#include "sandbox/sandboxdataset.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sendtrail::test {

struct InvalidFilter
{
    QDate first; // service-zone days, both included, of each address's first invalid record
    QDate last;
    QString keyword;  // case-insensitive substring of ToAddress
    QStringList gone; // addresses deleted since the server started
};

// {LastUpdateTime, ToAddress, UtcLastUpdateTime (a number)} per address, newest first.
QList<QJsonObject> expectedInvalidAddresses(const SandboxDataset &data, const InvalidFilter &filter,
                                            int serviceUtcOffsetSeconds = 8 * 3600);
// Every address on the list, whatever its date, oldest first.
QStringList invalidAddresses(const SandboxDataset &data);

} // namespace sendtrail::test
