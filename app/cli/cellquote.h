#pragma once

#include "export/cellsanitizer.h"

#include <QString>

namespace sendtrail {

// One RFC 4180 field for the CLI's small CSV outputs, with the exporters' formula guard: a cell
// a spreadsheet would run (=, +, -, @ …) starts with an apostrophe.
inline QString csvCell(QString text)
{
    if (startsLikeFormula(text))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

} // namespace sendtrail
