#include "walltime.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sendtrail {

// Every spelling parseWallTime accepts, and for which syntax. Each field has exactly the
// digits shown (ASCII only), and the date and time must exist: no 2026-02-30, no 24:00, no
// leap second 23:59:60. Any offset, UTC marker other than a bare "Z", or other text is refused.
//
//   spelling                 example                   Service  Plain
//   yyyy-MM-dd HH:mm         2026-11-03 09:15          yes      yes
//   yyyy-MM-dd HH:mm:ss      2026-11-03 09:15:00       yes      yes
//   yyyy-MM-ddTHH:mm         2026-11-03T09:15          yes      no
//   yyyy-MM-ddTHH:mm:ss      2026-11-03T09:15:00       yes      no
//   any of those + .f...     2026-11-03 09:15:00.250   yes      no    the fraction is dropped
//   any of those + Z         2021-04-28T17:11Z         yes      no    the "Z" is ignored
//
// The service's "Z" is misleading: its LastUpdateTime is UTC+8 wall time whatever the suffix.
// A fraction straight after the minutes ("09:15.5") is taken because the service reader
// always took it.
std::optional<qint64> parseWallTime(QStringView text, int utcOffsetSeconds, WallTimeSyntax syntax)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        u"(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})(?<sep>[T ])(?<h>[0-9]{2}):(?<mi>[0-9]{2})"
        u"(?::(?<s>[0-9]{2}))?(?<fraction>\\.[0-9]+)?(?<z>Z)?"_s));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    if (syntax == WallTimeSyntax::Plain &&
        (match.capturedView(u"sep") == u"T" || match.hasCaptured(u"fraction") || match.hasCaptured(u"z")))
        return std::nullopt;
    auto number = [&match](QStringView group) {
        return match.capturedView(group).toInt();
    };
    const QDate date(number(u"y"), number(u"mo"), number(u"d"));
    const QTime time(number(u"h"), number(u"mi"), match.hasCaptured(u"s") ? number(u"s") : 0);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - utcOffsetSeconds;
}

} // namespace sendtrail
