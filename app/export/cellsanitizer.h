#pragma once

#include "export/exportoptions.h"

#include <QStringView>
#include <string>

namespace sendtrail {

// OWASP CSV injection triggers (= + - @ TAB CR LF) plus NUL (ASVS 1.2.10).
constexpr bool isFormulaTrigger(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n' ||
           c == u'\0';
}

inline bool startsLikeFormula(QStringView text)
{
    return !text.isEmpty() && isFormulaTrigger(text.front().unicode());
}

// Characters XML 1.0 forbids: C0 controls except TAB, LF, CR; and U+FFFE, U+FFFF.
constexpr bool isXmlIllegal(char32_t c)
{
    return (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || c == 0xFFFE || c == 0xFFFF;
}

// How many UTF-16 units of text fit in limit, never ending between the halves of a surrogate pair.
qsizetype cappedLength(QStringView text, qsizetype limit = kMaxCellLength);

// Encodes one code point as UTF-8 at out; returns the end of what was written.
inline char *putUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        *out++ = static_cast<char>(c);
    } else if (c < 0x800) {
        *out++ = static_cast<char>(0xC0 | (c >> 6));
        *out++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (c >> 12));
        *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (c & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (c >> 18));
        *out++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

// Reads the code point at text[i], advancing i; a lone surrogate becomes U+FFFD.
inline char32_t nextCodePoint(QStringView text, qsizetype &i)
{
    const char16_t c = text[i++].unicode();
    if (c < 0xD800 || c > 0xDFFF)
        return c;
    if (c <= 0xDBFF && i < text.size()) {
        const char16_t low = text[i].unicode();
        if (low >= 0xDC00 && low <= 0xDFFF) {
            ++i;
            return 0x10000 + ((char32_t(c) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
        }
    }
    return 0xFFFD;
}

// Replaces out with text as UTF-8 for an XLSX string cell: drops XML-illegal characters,
// escapes a literal "_xHHHH_" as "_x005F_xHHHH_" (Excel would otherwise decode it) and stops
// before kMaxCellLength characters. Returns true when the text was cut short.
bool toXlsxCellText(QStringView text, std::string &out);

} // namespace sendtrail
