#!/bin/sh
# SPDX-License-Identifier: MIT
# stripe-sim as it fills (issue 14 item 5): checkouts/s (create + retrieve by id, wrk, 16
# connections) on an empty simulator and on one holding FILL sessions (default 100,000), measured
# alternately ROUNDS times (default 3) so a busy machine weighs on both alike; then one list page
# and a lookup on the full one. Environment: STRIPE_SIM (default build-bench/simulator/stripe-sim,
# RelWithDebInfo, built here),
# DURATION (wrk -d, default 10s), FILL, ROUNDS. See README.md.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if [ -z "${STRIPE_SIM:-}" ]; then
    cmake -S "$ROOT" -B "$ROOT/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_WERROR=ON \
        -DKIOSK_BUILD_UI=OFF -DKIOSK_BUILD_TESTS=OFF >/dev/null
    cmake --build "$ROOT/build-bench" --target stripe-sim >/dev/null
fi
SIM_BIN=${STRIPE_SIM:-$ROOT/build-bench/simulator/stripe-sim}
DURATION=${DURATION:-10s}
FILL=${FILL:-100000}
ROUNDS=${ROUNDS:-5}
KEY=sk_test_bench0000000000000000000042
command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)" >&2; exit 1; }

WORK=$(mktemp -d)
cleanup() {
    for pid in $(cat "$WORK/pids" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

start() {
    "$SIM_BIN" --port 0 >"$WORK/$1.log" 2>"$WORK/$1.err" &
    echo $! >>"$WORK/pids"
    i=0
    while ! grep -q "listening on http://" "$WORK/$1.log" 2>/dev/null; do
        i=$((i + 1)); [ $i -lt 200 ] || { echo "stripe-sim did not start:" >&2; cat "$WORK/$1.err" >&2; exit 1; }
        sleep 0.1
    done
    grep -o "http://[^ ]*" "$WORK/$1.log" | head -1
}

# checkouts URL DURATION: creates per second (every second request is the retrieve).
checkouts() {
    out=$(wrk -t2 -c16 -d"$2" -s "$HERE/checkout.lua" "$1" 2>&1)
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    seconds=$(echo "$out" | awk '/requests in/ {sub(/s,/, "", $4); print $4}')
    errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    echo "$requests $seconds ${errors:-0}"
}

EMPTY=$(start empty)
FULL=$(start full)
echo "filling $FULL with $FILL sessions…" >&2
made=0
while [ "$made" -lt "$FILL" ]; do
    set -- $(checkouts "$FULL" 10s)
    made=$((made + $1 / 2))
done
echo "filled: about $made sessions" >&2

echo "| round | empty checkouts/s | full checkouts/s | full / empty |"
echo "|---|---|---|---|"
i=1
while [ $i -le "$ROUNDS" ]; do
    set -- $(checkouts "$EMPTY" "$DURATION"); e=$(echo "$1 $2" | awk '{printf "%.0f", $1 / 2 / $2}'); [ "$3" = 0 ] || echo "empty: $3 non-2xx" >&2
    set -- $(checkouts "$FULL" "$DURATION"); f=$(echo "$1 $2" | awk '{printf "%.0f", $1 / 2 / $2}'); [ "$3" = 0 ] || echo "full: $3 non-2xx" >&2
    echo "| $i | $e | $f | $(echo "$e $f" | awk '{printf "%.2f", $2 / $1}') |"
    echo "$e" >>"$WORK/empty"; echo "$f" >>"$WORK/full"
    i=$((i + 1))
done
median() { sort -n "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
me=$(median "$WORK/empty"); mf=$(median "$WORK/full")
echo "| median | $me | $mf | $(echo "$me $mf" | awk '{printf "%.2f", $2 / $1}') |"

# One list page (newest first, from a cursor deep in the store) and a retrieve, on the full simulator.
first=$(curl -s -u "$KEY:" "$FULL/v1/checkout/sessions?limit=100" | grep -o '"id": "cs_test_[A-Za-z0-9]*"' | tail -1 | cut -d'"' -f4)
t=$(curl -s -o /dev/null -w '%{time_total}' -u "$KEY:" "$FULL/v1/checkout/sessions?limit=100&starting_after=$first")
r=$(curl -s -o /dev/null -w '%{time_total}' -u "$KEY:" "$FULL/v1/checkout/sessions/$first")
echo "full simulator: list page of 100 after a cursor ${t}s, retrieve ${r}s (curl, one request each)"
echo "full simulator: about $made sessions before the rounds, RSS $(ps -o rss= -p "$(sed -n 2p "$WORK/pids")") KiB"
