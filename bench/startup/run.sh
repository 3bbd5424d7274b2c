#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Start-up, tap-to-page and memory of checkout-kiosk under Xvfb (demo mode, temp database):
# N start-ups (--benchmark-startup), then N runs of S sales in a row (--benchmark-checkout S), then
# N self-service start-ups on a portrait screen (--self-service --benchmark-startup: also "Tap to
# order" → ordering screen and a language switch, tap to repainted).
# Memory is the PSS (and RSS) of the kiosk and all its WebEngine processes. Prints every run, then
# median/max, and the load average so busy and quiet runs can be told apart.
# Usage: bench/startup/run.sh [N=5] [S=6] [path/to/checkout-kiosk]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
sales="${2:-6}"
kiosk="${3:-$root/build/app/checkout-kiosk}"
[ -x "$kiosk" ] || { echo "no executable at $kiosk (build first or pass its path)" >&2; exit 1; }
export QTWEBENGINE_DISABLE_SANDBOX=1 QT_LOGGING_RULES="*.info=false;*.debug=false"

stats() { # name values... -> "name: median=… max=…"
    local name="$1"; shift
    printf '%s\n' "$@" | sort -n | awk -v n="$name" '{v[NR]=$1} END {
        m = (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2);
        printf "%-44s median=%d max=%d (n=%d)\n", n ":", m, v[NR], NR }'
}
field() { sed -E "s/.*[ ]$1=([0-9-]+).*/\\1/" <<<"$2"; }
xvfb() { xvfb-run -a -s "-screen 0 1280x800x24" "$kiosk" "$@" 2>/dev/null; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
startup=(); ready_pss=(); idle_pss=(); basket_pss=(); first=(); later=(); sale_pss=(); sale_rss=()
for i in $(seq "$runs"); do
    line="$(xvfb --benchmark-startup | grep '^kiosk-ready')"
    echo "start-up $i: $line"
    startup+=("$(field startup_ms "$line")")
    ready_pss+=("$(field pss_kb "$line")")
done
self_first=(); self_ordering=(); self_language=(); self_startup=()
for i in $(seq "$runs"); do
    out="$(xvfb-run -a -s "-screen 0 1080x1920x24" "$kiosk" --self-service --benchmark-startup 2>/dev/null)"
    echo "self-service $i: $(grep '^kiosk-self' <<<"$out")"
    self_startup+=("$(field startup_ms "$(grep '^kiosk-ready' <<<"$out")")")
    line="$(grep '^kiosk-self' <<<"$out")"
    self_first+=("$(field first_ordering_ms "$line")")
    self_ordering+=("$(field ordering_ms "$line")")
    self_language+=("$(field language_ms "$line")")
done
for i in $(seq "$runs"); do
    out="$(xvfb --benchmark-checkout "$sales" | grep '^kiosk-')"
    echo "checkout run $i (load $(cut -d' ' -f1 /proc/loadavg)):"
    sed 's/^/    /' <<<"$out"
    idle_pss+=("$(field pss_kb "$(grep '^kiosk-idle' <<<"$out")")")
    basket_pss+=("$(field pss_kb "$(grep '^kiosk-basket' <<<"$out")")")
    while read -r sale; do
        ms="$(field tap_to_painted_ms "$sale")"
        if [ "$(field n "$sale")" = 1 ]; then first+=("$ms"); else later+=("$ms"); fi
        sale_pss+=("$(field pss_kb "$sale")")
        sale_rss+=("$(field rss_kb "$sale")")
    done < <(grep '^kiosk-sale' <<<"$out")
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
stats "startup_ms (till ready)" "${startup[@]}"
stats "pss_kb, till ready" "${ready_pss[@]}"
stats "pss_kb, till idle before any basket" "${idle_pss[@]}"
stats "pss_kb, first basket (next browser warm)" "${basket_pss[@]}"
stats "pss_kb, during checkout" "${sale_pss[@]}"
stats "rss_kb, during checkout" "${sale_rss[@]}"
stats "tap_to_painted_ms, first sale" "${first[@]}"
stats "tap_to_painted_ms, later sales" "${later[@]}"
stats "tap_to_painted_ms, all sales" "${first[@]}" "${later[@]}"
stats "self-service startup_ms (attract ready)" "${self_startup[@]}"
stats "attract -> ordering ms, first tap" "${self_first[@]}"
stats "attract -> ordering ms, later (run median)" "${self_ordering[@]}"
stats "language switch ms (run median)" "${self_language[@]}"
