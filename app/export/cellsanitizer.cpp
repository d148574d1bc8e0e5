#include "export/cellsanitizer.h"

#include <algorithm>

namespace sendtrail {

namespace {

constexpr qsizetype kEscapePrefixLength = 6; // "_x005F"

bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Excel reads "_xHHHH_" inside string cells as the escaped character U+HHHH.
bool startsExcelEscape(QStringView text, qsizetype i)
{
    if (i + 6 >= text.size() || text[i] != u'_' || text[i + 1] != u'x' || text[i + 6] != u'_')
        return false;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        if (!isHexDigit(text[k].unicode()))
            return false;
    }
    return true;
}

bool hasXmlIllegal(QStringView text)
{
    // Per unit is enough: U+FFFE and U+FFFF are single units, surrogates are never illegal.
    return std::any_of(text.begin(), text.end(), [](QChar c) { return isXmlIllegal(c.unicode()); });
}

// The text as XML can carry it, lone surrogates as U+FFFD.
QString withoutXmlIllegal(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = nextCodePoint(text, i);
        if (!isXmlIllegal(c))
            out += QStringView(QChar::fromUcs4(c));
    }
    return out;
}

} // namespace

qsizetype cappedLength(QStringView text, qsizetype limit)
{
    if (text.size() <= limit)
        return text.size();
    if (limit > 0 && text[limit - 1].isHighSurrogate() && text[limit].isLowSurrogate())
        return limit - 1;
    return limit;
}

bool toXlsxCellText(QStringView text, std::string &out)
{
    // Dropped first, so that what remains is what gets checked for "_xHHHH_": "_x00\0" "41_"
    // would otherwise reach Excel as "_x0041_" and read as "A".
    QString legal;
    if (hasXmlIllegal(text)) {
        legal = withoutXmlIllegal(text);
        text = legal;
    }
    out.resize(std::size_t(text.size()) * 3 + 16);
    char *begin = out.data();
    char *p = begin;
    qsizetype budget = kMaxCellLength; // characters as Excel counts them, escapes included
    qsizetype i = 0;
    while (i < text.size()) {
        const bool escape = text[i] == u'_' && startsExcelEscape(text, i);
        const qsizetype start = i;
        const char32_t c = nextCodePoint(text, i);
        const qsizetype cost = (c > 0xFFFF ? 2 : 1) + (escape ? kEscapePrefixLength : 0);
        if (cost > budget) {
            i = start;
            break;
        }
        budget -= cost;
        if (escape) {
            // Grow for the prefix; the unit-based estimate above only covers the text itself.
            const std::size_t used = std::size_t(p - begin);
            out.resize(out.size() + kEscapePrefixLength);
            begin = out.data();
            p = begin + used;
            p = std::copy_n("_x005F", kEscapePrefixLength, p);
        }
        p = putUtf8(c, p);
    }
    out.resize(std::size_t(p - begin));
    return i < text.size();
}

} // namespace sendtrail
