#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sendtrail {

// Behaviours the real service leaves undocumented; tests flip them to prove the client copes.
enum class SandboxOrder
{
    NewestFirst,
    OldestFirst
};
enum class SandboxEndMarker
{
    Absent,
    Empty
};
// Exclusive: start <= t < end. Inclusive: the whole EndTime minute counts, start <= t < end + 60 s.
enum class SandboxEndTime
{
    Exclusive,
    Inclusive
};

struct SandboxAccessKey
{
    QString id;
    QByteArray secret;
    QString securityToken; // non-empty: an STS key, every request must carry exactly this token
};

// The sandbox's fixed, public demo credentials. They unlock nothing but the sandbox.
SandboxAccessKey sandboxDemoAccessKey();

struct SandboxOptions
{
    int latencyMs = 0;               // every answer (and every reset) is delayed this long, without blocking
    int rateLimitPerMinute = 0;      // 0 = unlimited; else Throttling.User beyond N admitted calls per 60 s
    int throttleEvery = 0;           // every Nth call (counted over all calls) answers Throttling
    int injectedRetryAfterMs = 1000; // x-acs-retry-after sent with those injected Throttling answers
    int unavailableEvery = 0;        // every Mth call answers 503 ServiceUnavailable
    int resetEvery = 0;              // every Kth call gets its TCP connection reset, no response
    // Detail queries for these recipients answer InvalidParameter (the real service refuses a
    // ToAddress it cannot take): one address failing for good while the others succeed.
    QStringList rejectedToAddresses;
    SandboxOrder order = SandboxOrder::NewestFirst;
    SandboxEndMarker endMarker = SandboxEndMarker::Absent;
    SandboxEndTime endTime = SandboxEndTime::Exclusive;
    int serviceUtcOffsetSeconds = 8 * 3600; // zone of StartTime/EndTime and LastUpdateTime
    int clockOffsetSeconds = 0; // the server's clock runs this far ahead of the machine's (skew tests)
    QList<SandboxAccessKey> accessKeys = {sandboxDemoAccessKey()};
};

} // namespace sendtrail
