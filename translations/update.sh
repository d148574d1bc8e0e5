#!/usr/bin/env bash
# Rescans app/ and ui/ for translatable strings and updates every translations/sendtrail_*.ts,
# then reports what still needs a translator. Run it after changing user-visible strings, translate
# the unfinished entries (Qt Linguist: `linguist translations/sendtrail_zh_CN.ts`), run it again.
#
# Same options as the update_translations CMake target (cmake/SendtrailTranslations.cmake):
# -no-obsolete drops strings that left the sources, -locations none keeps diffs free of line noise.
# When a string only moved (another context, e.g. after a class rename), its old translation is
# filled in again from the previous file; review those, they are listed as "reused".
# Exit status: 0 when every entry is translated and consistent, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

qt_bins=$(qtpaths6 --query QT_INSTALL_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
lupdate=${LUPDATE:-$qt_bins/lupdate}
lconvert=${LCONVERT:-$qt_bins/lconvert}
for tool in "$lupdate" "$lconvert"; do
    [[ -x $tool ]] || { echo "$tool not found (Debian: qt6-l10n-tools); set LUPDATE/LCONVERT" >&2; exit 2; }
done

status=0
snapshot=$(mktemp)
trap 'rm -f "$snapshot"' EXIT
for ts in translations/sendtrail_*.ts; do
    cp "$ts" "$snapshot"
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui app ui -ts "$ts"
    python3 translations/ts_tool.py reuse "$snapshot" "$ts"
    "$lconvert" -i "$ts" -o "$ts"
    python3 translations/ts_tool.py report "$ts" || status=1
done
exit $status
