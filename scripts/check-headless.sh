#!/usr/bin/env bash
# Fails if any ELF executable under BUILD_DIR needs libQt6Widgets or libQt6Gui (direct NEEDED
# entries, read with readelf -d): a build configured with SENDTRAIL_BUILD_GUI=OFF must stay headless.
# Usage: scripts/check-headless.sh BUILD_DIR
set -euo pipefail
if (($# != 1)) || [[ ! -d $1 ]]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
checked=0
offenders=()
while IFS= read -r -d '' file; do
    [[ $(head -c 4 "$file") == $'\x7fELF' ]] || continue
    checked=$((checked + 1))
    needed=$(readelf -d "$file" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | grep -E '^libQt6(Widgets|Gui)\.' || true)
    if [[ -n $needed ]]; then
        offenders+=("$file")
        echo "headless: $file NEEDs $(echo "$needed" | paste -sd ' ')" >&2
    fi
done < <(find "$1" -type f -perm -u+x -print0 | sort -z)
if ((checked == 0)); then
    echo "headless: no ELF executables under $1 (not built?)" >&2
    exit 1
fi
echo "headless: $checked binaries checked, ${#offenders[@]} link Qt Widgets/Gui"
((${#offenders[@]} == 0))
