// Every parser of a time from outside: the service's LastUpdateTime (parseWallTime, Service
// syntax, and lastUpdateTimeToUtc, which also takes epoch seconds or milliseconds), the CLI's and
// the form's --start/--end (parseUserTime: Plain wall time or ISO 8601 with an offset), and the
// HTTP Date header (parseHttpDate). Invariants: Plain accepts a subset of Service with the same
// value; a wall time formats back to the text it came from; a user time round-trips through the
// service format to the same minute; an HTTP date is UTC and round-trips through its own format.
#include "api/errorclassifier.h"
#include "fuzzsupport.h"
#include "records/mailquery.h"
#include "records/recordshape.h"
#include "records/walltime.h"

#include <QLocale>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

void checkWallTime(const QString &text, int offset)
{
    const auto service = parseWallTime(text, offset, WallTimeSyntax::Service);
    const auto plain = parseWallTime(text, offset, WallTimeSyntax::Plain);
    if (plain)
        fuzz::check(service == plain, "Plain is a subset of Service", text.toUtf8());
    if (!service)
        return;
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(*service + offset, Qt::UTC);
    QString expected = text.left(16);
    expected[10] = u' ';
    fuzz::check(wall.toString(u"yyyy-MM-dd HH:mm"_s) == expected, "the wall time formats back",
                text.toUtf8());
    if (text.size() >= 19 && text[16] == u':')
        fuzz::check(wall.toString(u"ss"_s) == text.mid(17, 2), "the seconds format back", text.toUtf8());
}

void checkLastUpdateTime(const QString &text, int offset)
{
    const auto utc = lastUpdateTimeToUtc(text, offset);
    const QString trimmed = text.trimmed();
    bool digits = !trimmed.isEmpty() && trimmed.size() <= 18;
    for (QChar c : trimmed)
        digits = digits && c >= u'0' && c <= u'9';
    if (digits)
        fuzz::check(utc == normalizeEpochSeconds(trimmed.toLongLong()), "epoch digits are seconds or ms");
    else
        fuzz::check(utc == parseWallTime(trimmed, offset), "other text is service wall time", text.toUtf8());
}

void checkUserTime(const QString &text, int offset)
{
    const auto parsed = parseUserTime(text, offset);
    if (!parsed)
        return;
    fuzz::check(parsed->isValid() && parsed->offsetFromUtc() == 0, "a user time is a UTC instant",
                text.toUtf8());
    const QDate date = parsed->toUTC().addSecs(offset).date();
    if (date.year() < 1000 || date.year() > 9999)
        return; // four-digit years only, both ways
    const auto back = parseUserTime(formatServiceTime(*parsed, offset), offset);
    const qint64 secs = parsed->toSecsSinceEpoch();
    const qint64 minute = secs - ((secs % 60) + 60) % 60;
    fuzz::check(back && back->toSecsSinceEpoch() == minute, "a user time round-trips to its minute",
                text.toUtf8());
}

void checkHttpDate(const QByteArray &value)
{
    const QDateTime date = parseHttpDate(value);
    if (!date.isValid())
        return;
    fuzz::check(date.offsetFromUtc() == 0, "an HTTP date is UTC", value);
    if (date.date().year() < 1000 || date.date().year() > 9999)
        return;
    const QByteArray again = QLocale::c().toString(date, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    fuzz::check(parseHttpDate(again) == date, "an HTTP date round-trips", value + " -> " + again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    if (size < 1)
        return 0;
    // -12:00 to +14:00 in quarter hours; the service's own +8 most often.
    const int offset = data[0] < 128 ? 8 * 3600 : (int(data[0] % 105) - 48) * 900;
    const QByteArray raw = fuzz::bytes(data + 1, size - 1);
    const QString text = QString::fromUtf8(raw);
    checkWallTime(text, offset);
    checkLastUpdateTime(text, offset);
    checkUserTime(text, offset);
    checkHttpDate(raw);
    return 0;
}
