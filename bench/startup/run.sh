#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Start-up and checkout memory of checkout-kiosk, each run N times under Xvfb (demo mode, temp
# database). Prints every run and the median/max. Usage: bench/startup/run.sh [N] [path/to/checkout-kiosk]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
kiosk="${2:-$root/build/app/checkout-kiosk}"
[ -x "$kiosk" ] || { echo "no executable at $kiosk (build first or pass its path)" >&2; exit 1; }
export QTWEBENGINE_DISABLE_SANDBOX=1 QT_LOGGING_RULES="*.info=false;qt.webenginecontext.debug=false"

stats() { # name values... -> "name: median=… max=…"
    local name="$1"; shift
    printf '%s\n' "$@" | sort -n | awk -v n="$name" '{v[NR]=$1} END {
        m = (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2);
        printf "%s: median=%d max=%d (n=%d)\n", n, m, v[NR], NR }'
}

startup=(); rss=(); checkout=()
for i in $(seq "$runs"); do
    line="$(xvfb-run -a -s "-screen 0 1280x800x24" "$kiosk" --benchmark-startup 2>/dev/null | grep '^kiosk-ready')"
    echo "run $i: $line"
    startup+=("$(sed -E 's/.*startup_ms=([0-9]+).*/\1/' <<<"$line")")
    rss+=("$(sed -E 's/.*rss_kb=([0-9]+).*/\1/' <<<"$line")")
done
for i in $(seq "$runs"); do
    line="$(xvfb-run -a -s "-screen 0 1280x800x24" "$kiosk" --benchmark-checkout 2>/dev/null | grep '^kiosk-checkout')"
    echo "run $i: $line"
    checkout+=("$(sed -E 's/.*rss_kb=([0-9]+).*/\1/' <<<"$line")")
done
stats "startup_ms (till ready)" "${startup[@]}"
stats "rss_kb (till ready)" "${rss[@]}"
stats "rss_kb (checkout page loaded)" "${checkout[@]}"
