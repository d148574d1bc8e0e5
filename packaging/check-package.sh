#!/usr/bin/env bash
# shellcheck disable=SC2016,SC2020,SC2001 # bash -c '...' "$arg" expands in the inner shell on purpose
# Builds the .deb from a configured build directory and checks it without lintian's help:
# desktop file and AppStream metadata valid, control fields and dependencies sane, the right
# files with the right modes, stripped binaries without build-tree RUNPATHs, icon sizes.
# With --install (root only) it also installs the package, runs both binaries and removes it.
#
# Usage: packaging/check-package.sh <build-dir> [--install]
# Env:   JOBS (default 2), SENDTRAIL_PACKAGE_TARGETS (default "all"; e.g. "sendtrail sendtrail-cli"
#        to build just what the package holds).
# Needs: cmake, cpack, dpkg-dev (dpkg-shlibdeps), desktop-file-utils, appstream, file, binutils.
# Uses lintian when installed (its errors fail the check; warnings are printed).
set -euo pipefail

usage() { echo "usage: $0 <build-dir> [--install]" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
build=$(cd "$1" && pwd)
install_too=0
[[ ${2:-} == --install ]] && install_too=1
[[ -f $build/CPackConfig.cmake ]] || { echo "$build has no CPackConfig.cmake (configure it first)" >&2; exit 2; }

app_id=io.github.sendtrail.Sendtrail
jobs=${JOBS:-2}
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
check() { # check <description> <command...>
    local what=$1; shift
    if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}

for tool in cmake cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli file readelf; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool (see scripts/deps.sh)" >&2; exit 2; }
done

# --- build -------------------------------------------------------------------------------
read -r -a targets <<<"${SENDTRAIL_PACKAGE_TARGETS:-all}"
cmake --build "$build" -j "$jobs" --target "${targets[@]}"
out=$build/packages
rm -rf "$out"
CMAKE_BUILD_PARALLEL_LEVEL=$jobs cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >/dev/null
shopt -s nullglob
debs=("$out"/sendtrail_*.deb)
[[ ${#debs[@]} -eq 1 ]] || { echo "expected one sendtrail_*.deb in $out, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
echo "package: $deb"

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
gui=$(sed -n 's/^SENDTRAIL_BUILD_GUI:BOOL=//p' "$build/CMakeCache.txt")
[[ -n $version ]] || { echo "no CPACK_PACKAGE_VERSION in CPackConfig.cmake" >&2; exit 1; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
field() { dpkg-deb -f "$deb" "$1"; }

# --- control fields ----------------------------------------------------------------------
check "Package is sendtrail" test "$(field Package)" = sendtrail
check "Version is $version-1" test "$(field Version)" = "$version-1"
check "Architecture is $(dpkg --print-architecture)" test "$(field Architecture)" = "$(dpkg --print-architecture)"
check "Maintainer set" test -n "$(field Maintainer)"
check "Section is mail" test "$(field Section)" = mail
check "Homepage set" test -n "$(field Homepage)"
check "Description has a summary and a long text" test "$(field Description | wc -l)" -ge 3

depends=$(field Depends)
# Package names only, one per line: "libqt6core6 (>= 6.4.0), a | b" -> libqt6core6, a, b
dep_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*)//; s/ //g' | sed '/^$/d')
want_deps=(libc6 libqt6core6 libqt6network6 libqt6keychain1 libsecret-1-0 libxlsxwriter4 libminizip1
           libqt6httpserver6)
# The xcb platform plugin lives in libqt6gui6, the OpenSSL TLS backend in libqt6network6.
[[ $gui == OFF ]] || want_deps+=(libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6)
for dep in "${want_deps[@]}"; do
    check "Depends on $dep" grep -qx "$dep" <<<"$dep_names"
done
check "Recommends a keychain (gnome-keyring | kwalletmanager)" \
    grep -q "gnome-keyring | kwalletmanager" <<<"$(field Recommends)"
check "no dependency on a -dev package" bash -c '! grep -q -- "-dev$" <<<"$0"' "$dep_names"

# --- contents ----------------------------------------------------------------------------
listing=$(dpkg-deb -c "$deb")
expected=(usr/bin/sendtrail-cli usr/share/man/man1/sendtrail-cli.1.gz
          usr/share/doc/sendtrail/copyright usr/share/doc/sendtrail/changelog.Debian.gz)
if [[ $gui != OFF ]]; then
    expected+=(usr/bin/sendtrail usr/share/man/man1/sendtrail.1.gz
               "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
               "usr/share/icons/hicolor/scalable/apps/$app_id.svg")
    for size in 16 24 32 48 64 128 256; do
        expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
fi
for path in "${expected[@]}"; do
    check "contains /$path" test -f "$root/$path"
done
check "everything is under /usr (nothing in /usr/local)" \
    bash -c '! awk "{print \$6}" <<<"$0" | grep -v -e "^\./$" -e "^\./usr/" -e "^\./usr$" | grep -q . &&
             ! grep -q "\./usr/local" <<<"$0"' "$listing"
check "owned by root:root" bash -c '! awk "{print \$2}" <<<"$0" | grep -vqx root/root' "$listing"
check "directories are 0755" bash -c '! grep "^d" <<<"$0" | grep -vq "^drwxr-xr-x"' "$listing"
check "regular files are 0644 or 0755" \
    bash -c '! grep "^-" <<<"$0" | grep -v -e "^-rw-r--r--" -e "^-rwxr-xr-x" | grep -q .' "$listing"
check "nothing but the binaries is executable" \
    bash -c '! grep "^-rwx" <<<"$0" | awk "{print \$6}" | grep -vq "^\./usr/bin/"' "$listing"

for exe in "$root"/usr/bin/*; do
    name=${exe##*/}
    check "$name is stripped" bash -c 'file "$0" | grep -q ", stripped"' "$exe"
    # qt_standard_project_setup() adds $ORIGIN-relative RUNPATHs; a path into the build tree
    # (or any absolute one) would be a bug.
    check "$name has no RUNPATH outside \$ORIGIN" bash -c \
        '! readelf -d "$0" | sed -n "s/.*R\(UN\)\?PATH.*\[\(.*\)\]/\2/p" | tr ":" "\n" | grep -vq "^\\\$ORIGIN"' "$exe"
done

if [[ $gui != OFF ]]; then
    check "desktop file validates" desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
    check "AppStream metadata validates" \
        appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
    check "metainfo lists release $version" grep -q "<release version=\"$version\"" \
        "$root/usr/share/metainfo/$app_id.metainfo.xml"
    for size in 16 24 32 48 64 128 256; do
        png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        check "${size}x${size} icon is a ${size} x ${size} PNG" \
            bash -c 'file "$0" | grep -q "PNG image data, $1 x $1,"' "$png" "$size"
    done
fi
check "changelog.Debian.gz is for $version-1" \
    bash -c 'zcat "$0" | head -1 | grep -q "^sendtrail ($1) "' \
    "$root/usr/share/doc/sendtrail/changelog.Debian.gz" "$version-1"

if command -v lintian >/dev/null; then
    lint=$(lintian --suppress-tags initial-upload-closes-no-bugs "$deb" 2>&1 || true)
    [[ -z $lint ]] || echo "$lint"
    check "lintian reports no errors" bash -c '! grep -q "^E:" <<<"$0"' "$lint"
else
    echo "skip: lintian not installed"
fi

# --- install and run ---------------------------------------------------------------------
if ((install_too)); then
    if [[ $(id -u) -ne 0 ]]; then
        fail "--install needs root"
    elif dpkg-query -W -f='${Status}' sendtrail 2>/dev/null | grep -q "install ok installed"; then
        fail "--install: a sendtrail package is already installed; not touching it"
    else
        dpkg -i "$deb" >/dev/null
        check "installed sendtrail-cli --version prints $version" \
            bash -c '[[ $(/usr/bin/sendtrail-cli --version) == "sendtrail-cli $0" ]]' "$version"
        if [[ $gui != OFF ]]; then
            check "installed sendtrail --version prints $version" \
                bash -c '[[ $(QT_QPA_PLATFORM=offscreen /usr/bin/sendtrail --version) == "Sendtrail $0" ]]' "$version"
        fi
        dpkg -r sendtrail >/dev/null
        check "removal leaves no /usr/bin/sendtrail-cli" test ! -e /usr/bin/sendtrail-cli
    fi
fi

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
