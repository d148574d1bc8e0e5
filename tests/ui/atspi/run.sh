#!/usr/bin/env bash
# Runs check_names.py against `sendtrail --demo` as a screen reader would see it: a private D-Bus
# session, Xvfb, the AT-SPI bus (at-spi-bus-launcher) and Qt's AT-SPI bridge forced on.
# Usage: run.sh /path/to/sendtrail. Every process it starts is stopped on exit.
set -euo pipefail
if [[ ${1:-} != --in-session ]]; then
    # A scratch home before the bus starts: services it activates (a keyring) live there too.
    work=$(mktemp -d)
    export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
    export XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime" SENDTRAIL_ATSPI_WORK="$work"
    mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    exec dbus-run-session -- "$0" --in-session "$@"
fi
shift
app=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$SENDTRAIL_ATSPI_WORK
pids=()
cleanup() {
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# -displayfd picks a free display number: parallel tests never collide.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 200); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || { echo "Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$work/display")"

/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/atspi.log" 2>&1 &
pids+=($!)

export QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0 QT_QPA_PLATFORM=xcb
unset QT_QPA_PLATFORM_PLUGIN_PATH
"$app" --demo >"$work/app.log" 2>&1 &
app_pid=$!
pids+=("$app_pid")

status=0
/usr/bin/python3 "$here/check_names.py" "$app_pid" || status=$?
if ((status)); then
    echo "--- app log" >&2
    tail -20 "$work/app.log" >&2
fi
exit "$status"
