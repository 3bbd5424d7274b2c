#!/bin/sh
# SPDX-License-Identifier: MIT
# Search while selling (issue 14): starts stripe-sim and checkout-kiosk-server on DB (the 1,000,000
# orders of bench_store --keep/--db; a copy is used, the file itself is not changed), then runs
# search-while-selling.py against it. BUILD (default build/) holds both executables; SECONDS and
# ROUNDS are passed on.
#   bench/store/search-while-selling.sh /tmp/bench1m.sqlite
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DB=${1:?usage: search-while-selling.sh DB}
BUILD=${BUILD:-$ROOT/build}
WORK=$(mktemp -d)
PIDS=""
cleanup() {
    for pid in $PIDS; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
# wait_url LOG PATTERN: the URL printed after PATTERN.
wait_url() {
    i=0
    while ! grep -q "$2 http://" "$1" 2>/dev/null; do
        i=$((i + 1)); [ $i -lt 600 ] || { echo "did not start: $1" >&2; cat "$1" >&2; exit 1; }
        sleep 0.1
    done
    grep -o "$2 http://[^ ]*" "$1" | head -1 | sed "s|$2 ||"
}
cp "$DB" "$WORK/orders.sqlite"
"$BUILD/simulator/stripe-sim" --port 0 >"$WORK/sim.log" 2>&1 &
PIDS="$PIDS $!"
SIM=$(wait_url "$WORK/sim.log" "stripe-sim listening on")
QT_LOGGING_RULES="*.info=false;*.debug=false" "$BUILD/app/server/checkout-kiosk-server" --port 0 \
    --db "$WORK/orders.sqlite" --catalog "$ROOT/resources/catalog/catalog.json" \
    --stripe-key sk_test_bench0000000000000000000042 --api-base "$SIM" --webhook-secret whsec_bench_0123456789abcdef \
    --sweep-interval-ms 86400000 >"$WORK/server.log" 2>&1 &
PIDS="$PIDS $!"
SERVER=$(wait_url "$WORK/server.log" "checkout-kiosk-server listening on")
echo "server $SERVER on a copy of $DB ($(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg))"
python3 "$HERE/search-while-selling.py" "$SERVER" --seconds "${SECONDS_PER_PHASE:-20}" --rounds "${ROUNDS:-2}"
