#!/usr/bin/env bash
# shellcheck disable=SC2016,SC2020,SC2001 # bash -c '...' "$arg" expands in the inner shell on purpose
# tst_packaging: the desktop integration files in packaging/ are valid and agree with each other,
# with the project version and with the app's desktop file name.
# Usage: check_packaging.sh <source-dir> <project-version>
set -euo pipefail
[[ $# -eq 2 ]] || { echo "usage: $0 <source-dir> <project-version>" >&2; exit 2; }
src=$1
version=$2
app_id=io.github.sendtrail.Sendtrail
linux=$src/packaging/linux
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
check() { # check <description> <command...>: the command's output is shown only on failure
    local what=$1 output; shift
    if output=$("$@" 2>&1); then pass "$what"; else fail "$what"; echo "$output" | sed 's/^/    /' >&2; fi
}

for tool in desktop-file-validate appstreamcli file python3; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool (scripts/deps.sh installs it)" >&2; exit 2; }
done

desktop=$linux/$app_id.desktop
metainfo=$linux/$app_id.metainfo.xml
svg=$linux/$app_id.svg

check "desktop-file-validate accepts $app_id.desktop" desktop-file-validate "$desktop"
check "appstreamcli validate --no-net accepts $app_id.metainfo.xml" appstreamcli validate --no-net "$metainfo"

key() { sed -n "s/^$1=//p" "$desktop" | head -1; }
check "desktop Icon= is the application id" test "$(key Icon)" = "$app_id"
check "desktop Exec= starts sendtrail" test "$(key Exec)" = sendtrail
# On X11 the window's WM_CLASS class is the applicationName ("Sendtrail"), on Wayland the app_id
# is the desktop file name: both must lead back to this file.
check "desktop StartupWMClass= is Sendtrail" test "$(key StartupWMClass)" = Sendtrail
check "main.cpp sets the desktop file name to the application id" \
    grep -q "setDesktopFileName(u\"$app_id\"_s)" "$src/app/sendtrail/main.cpp"

python3 - "$metainfo" "$version" "$app_id" <<'PY' || failures=$((failures + 1))
import sys
import xml.etree.ElementTree as ET
path, version, app_id = sys.argv[1:]
root = ET.parse(path).getroot()
errors = []
def expect(ok, what):
    print(("PASS: " if ok else "FAIL: ") + what, file=sys.stdout if ok else sys.stderr)
    if not ok:
        errors.append(what)
expect(root.findtext("id") == app_id, "metainfo <id> is the application id")
expect(root.findtext("launchable") == app_id + ".desktop", "metainfo launchable names the desktop file")
expect(root.findtext("project_license") == "MIT", "metainfo project_license is MIT")
expect(root.findtext("metadata_license") == "CC0-1.0", "metainfo metadata_license is CC0-1.0")
releases = root.findall("releases/release")
expect(bool(releases) and releases[0].get("version") == version,
       f"newest metainfo release is the project version {version}")
shots = [i.text for i in root.findall("screenshots/screenshot/image")]
expect([s.rsplit("/", 1)[-1] for s in shots] == ["results.png", "detail.png", "export.png"],
       "screenshots are results, detail and export")
expect(all(s.startswith("https://raw.githubusercontent.com/sendtrail/sendtrail/main/docs/screenshots/")
           for s in shots), "screenshot URLs point at docs/screenshots on main")
expect(root.find("content_rating") is not None, "metainfo has a content_rating")
sys.exit(1 if errors else 0)
PY

check "the SVG icon is well-formed XML with a square viewBox" python3 -c '
import sys, xml.etree.ElementTree as ET
box = ET.parse(sys.argv[1]).getroot().get("viewBox").split()
sys.exit(0 if box[2] == box[3] else 1)' "$svg"
for size in 16 24 32 48 64 128 256; do
    png=$linux/icons/hicolor/${size}x${size}/apps/$app_id.png
    check "${size}x${size} icon is a $size x $size RGBA PNG" \
        bash -c 'file "$0" | grep -q "PNG image data, $1 x $1, 8-bit/color RGBA"' "$png" "$size"
done
check "Windows icon exists" bash -c 'file "$0" | grep -q "MS Windows icon resource - 7 icons"' \
    "$src/packaging/windows/sendtrail.ico"
check "macOS icon exists" bash -c 'file "$0" | grep -q "Mac OS X icon"' "$src/packaging/macos/sendtrail.icns"

release=$(sed -n 's/.*CPACK_DEBIAN_PACKAGE_RELEASE \([0-9][0-9]*\)).*/\1/p' "$src/packaging/cpack.cmake")
check "debian changelog starts at $version-$release (PROJECT_VERSION-CPACK_DEBIAN_PACKAGE_RELEASE)" \
    bash -c 'head -1 "$0" | grep -q "^sendtrail ($1) "' "$linux/changelog" "$version-$release"
for page in sendtrail sendtrail-cli; do
    check "man page $page.1 names its program and version" \
        bash -c 'grep -q "^\.TH .* \"Sendtrail $1\"" "$0"' "$linux/$page.1" "$version"
done

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
