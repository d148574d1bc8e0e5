#!/usr/bin/env bash
# tst_translations: every translation is complete and up to date with the sources.
# Runs lupdate (same options as translations/update.sh) over app/ and ui/ into a temporary copy of
# each translations/sendtrail_*.ts, then fails if lupdate found a source string the committed file
# lacks, if any entry is unfinished, if a translation lost a placeholder (%1), an accelerator (&)
# or a trailing newline, or if lrelease does not compile every entry. Fix: translations/update.sh.
# Usage: check_translations.sh <source-dir> <lupdate> <lrelease>
set -euo pipefail
[[ $# -eq 3 ]] || { echo "usage: $0 <source-dir> <lupdate> <lrelease>" >&2; exit 2; }
src=$1
lupdate=$2
lrelease=$3
tool=$src/translations/ts_tool.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

shopt -s nullglob
ts_files=("$src"/translations/sendtrail_*.ts)
[[ ${#ts_files[@]} -gt 0 ]] || { echo "FAIL: no translations/sendtrail_*.ts" >&2; exit 1; }

failures=0
for ts in "${ts_files[@]}"; do
    name=${ts##*/}
    copy=$tmp/$name
    cp "$ts" "$copy"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui app ui -ts "$copy") \
        2>"$tmp/lupdate.log" || { cat "$tmp/lupdate.log" >&2; echo "FAIL: lupdate failed" >&2; exit 1; }

    if python3 "$tool" diff "$ts" "$copy"; then
        echo "PASS: $name has every source string of app/ and ui/"
    else
        echo "FAIL: $name lacks the source strings above: run translations/update.sh and translate them" >&2
        failures=$((failures + 1))
    fi
    # Strings that left the sources are harmless; update.sh drops them.
    python3 "$tool" diff "$copy" "$ts" | sed 's/^new source string/note: stale entry/' || true

    if python3 "$tool" report "$copy"; then
        echo "PASS: $name is completely translated, placeholders and accelerators intact"
    else
        echo "FAIL: $name has unfinished or inconsistent entries (listed above)" >&2
        failures=$((failures + 1))
    fi

    out=$("$lrelease" "$ts" -qm "$tmp/${name%.ts}.qm" 2>&1)
    if grep -Eq "Generated [0-9]+ translation\(s\) \([0-9]+ finished and 0 unfinished\)" <<<"$out" \
        && ! grep -q "Ignored" <<<"$out"; then
        echo "PASS: lrelease compiles $name without unfinished entries"
    else
        echo "$out" >&2
        echo "FAIL: lrelease did not compile $name cleanly" >&2
        failures=$((failures + 1))
    fi
done

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all translation checks passed"
