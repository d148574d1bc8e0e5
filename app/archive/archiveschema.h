#pragma once

#include "archivelocation.h"

#include <QStringList>

namespace sendtrail {

// The archive's tables, one list of statements per schema version. Version n's statements turn
// an archive of version n - 1 into one of version n; they are never edited once released, so an
// archive written by any older build opens in this one.
//
// Compact by design (≤ 250 bytes a record with its indexes): every repeated text (sender,
// subject, message, classification, pools, config sets, tag, recipient domain, service time)
// is stored once in `strings` and referenced by id; 0 is the empty text. Times are epoch seconds.
class ArchiveSchema final
{
public:
    static constexpr int kCurrentVersion = 3;
    // The `counts` table's bucket (version 3): a quarter hour, the granularity of every UTC offset.
    static constexpr qint64 kCountBucketSeconds = 900;
    // PostgreSQL's advisory lock key held while the schema changes ("SNDT" in ASCII).
    static constexpr qint64 kSchemaLockKey = 0x534E4454;
    // Statements that migrate version - 1 to version (1 creates the first tables).
    static QStringList migration(int version, ArchiveLocation::Engine engine);
};

} // namespace sendtrail
