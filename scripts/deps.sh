#!/usr/bin/env bash
# Installs what Sendtrail needs on Debian 12 (as root, or through sudo), only if missing.
set -euo pipefail
# libqt6sql6-*: the archive's Qt SQL drivers; postgresql-15: the real server its tests start;
# libsqlite3-dev: the archive's inserts through SQLite's own API on the driver's connection.
# clang-tidy-14, clang-format-14: scripts/clang-tidy and scripts/check-format (g++ brings libasan and
# libtsan for scripts/test-asan and scripts/test-tsan).
# libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL, which qt6-charts-dev does not pull in.
# clang-14, libclang-rt-14-dev: the fuzz and asan presets (libFuzzer, ASan, UBSan), scripts/fuzz.
# lld: the sanitizer and fuzz presets link with it (a third of GNU ld's time per test executable).
# ccache: .ci/run's compiler cache, empty at its start, so that the headless build reuses what the
# release build compiled with the same flags.
packages=(
    cmake ninja-build g++ pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
    qtkeychain-qt6-dev libxlsxwriter-dev libminizip-dev libssl-dev
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev postgresql-15
    gnome-keyring dbus-daemon dbus-bin libsecret-1-0 libsecret-tools
    xvfb xauth python3 python3-openpyxl nodejs npm
    at-spi2-core python3-pyatspi
    desktop-file-utils appstream dpkg-dev file
    openssl ca-certificates tinyproxy procps
    clang-tidy-14 clang-format-14
    clang-14 libclang-rt-14-dev lld
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# npm may come from outside Debian (e.g. a preinstalled Node.js): accept a working one.
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
    filtered=()
    for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
    missing=("${filtered[@]}")
fi
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}" >&2
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
