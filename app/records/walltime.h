#pragma once

#include <QStringView>
#include <QtGlobal>
#include <optional>

namespace sendtrail {

// Which column of the spelling table in walltime.cpp a caller accepts.
enum class WallTimeSyntax : quint8
{
    // Everything the service writes in LastUpdateTime, where a "T", a fraction or a "Z" all
    // still mean wall time in the service's zone.
    Service,
    // Only what a person types as service time. A typed "T" form, fraction or "Z" is ISO 8601,
    // where "Z" means UTC, so reading it as wall time would shift it by the zone's offset.
    Plain,
};

// A wall-clock date and time read at a fixed offset from UTC, as UTC seconds since the epoch;
// nullopt when the text is not a listed spelling or names a date or time that does not exist.
// The whole text must match: callers trim.
std::optional<qint64> parseWallTime(QStringView text, int utcOffsetSeconds,
                                    WallTimeSyntax syntax = WallTimeSyntax::Service);

} // namespace sendtrail
