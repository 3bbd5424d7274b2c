#!/bin/sh
# SPDX-License-Identifier: MIT
# Payment benchmark: our webhook endpoint and POST /api/checkout against a reference written the
# way Stripe's tutorials do it (Express + stripe-node), same stripe-sim, same load generator (wrk),
# at 1, 16 and 200 connections. See README.md. Environment: DURATION (wrk -d, default 5s),
# EVENTS (pre-signed events per webhook run, default 100000), BUILD (default build-bench).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${BUILD:-$ROOT/build-bench}
DURATION=${DURATION:-5s}
EVENTS=${EVENTS:-100000}
LEVELS=${LEVELS:-"1 16 200"}
SECRET=whsec_bench_0123456789abcdef
KEY=sk_test_bench0000000000000000000042

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)" >&2; exit 1; }
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_WERROR=ON -DKIOSK_BUILD_UI=OFF -DKIOSK_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" --target checkout-kiosk-server stripe-sim
(cd "$HERE" && npm ci --no-audit --no-fund --silent)

WORK=$(mktemp -d)
PIDS=""
cleanup() {
    # start() runs in a command substitution (a subshell): its pids come back through a file.
    for pid in $PIDS $(cat "$WORK/pids" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# start NAME PATTERN COMMAND...: runs COMMAND with stdout in $WORK/NAME.log, waits for "PATTERN http://…".
start() {
    name=$1; pattern=$2; shift 2
    "$@" >"$WORK/$name.log" 2>"$WORK/$name.err" &
    echo $! >>"$WORK/pids"
    i=0
    while ! grep -q "$pattern http://" "$WORK/$name.log" 2>/dev/null; do
        i=$((i + 1)); [ $i -lt 200 ] || { echo "$name did not start:" >&2; cat "$WORK/$name.err" >&2; exit 1; }
        sleep 0.1
    done
    grep -o "$pattern http://[^ ]*" "$WORK/$name.log" | head -1 | sed "s|$pattern ||"
}

SIM=$(start sim "stripe-sim listening on" "$BUILD/simulator/stripe-sim" --port 0)
OURS=$(QT_LOGGING_RULES="*.info=false;*.debug=false" start ours "checkout-kiosk-server listening on" \
    "$BUILD/app/server/checkout-kiosk-server" --port 0 --db "$WORK/bench.sqlite" \
    --catalog "$ROOT/resources/catalog/catalog.json" --stripe-key "$KEY" --api-base "$SIM" --webhook-secret "$SECRET" \
    --sweep-interval-ms 86400000)
REF=$(STRIPE_SECRET_KEY=$KEY STRIPE_WEBHOOK_SECRET=$SECRET STRIPE_API_BASE=$SIM PORT=0 \
    start ref "reference listening on" node "$HERE/reference-server.js")
echo "stripe-sim $SIM, ours $OURS, reference $REF" >&2

# run LABEL URL SCRIPT ARGS...: one wrk run, prints "rps p50 p99 non2xx requests".
run() {
    conns=$1; url=$2; script=$3; shift 3
    threads=2; [ "$conns" -ge 2 ] || threads=1
    out=$(wrk -t"$threads" -c"$conns" -d"$DURATION" --latency -s "$script" "$url" -- "$@" 2>&1)
    echo "$out" >>"$WORK/wrk.log"
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    bad=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    total=$(echo "$out" | awk '/requests in/ {print $1}')
    echo "$rps $p50 $p99 ${bad:-0} $total"
}

# stats BASE: "batches events largest" of our webhook group commit so far (from /healthz).
stats() {
    curl -s "$1/healthz" | tr ',' '\n' | sed -n 's/.*"webhook_[a-z_]*":\([0-9]*\).*/\1/p' | tr '\n' ' '
}
# batch BEFORE... AFTER...: "mean/largest" events per committed batch between two stats.
batch() {
    awk -v b0="$1" -v e0="$2" -v b1="$4" -v e1="$5" -v max="$6" \
        'BEGIN { if (b1 > b0) printf "%.1f/%d\n", (e1 - e0) / (b1 - b0), max; else print "-" }'
}

printf '| test | server | conns | req/s | p50 | p99 | non-2xx | requests | events per fsync (mean/max) |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
n=0
for conns in $LEVELS; do
    threads=2; [ "$conns" -ge 2 ] || threads=1
    for target in ours reference; do
        n=$((n + 1))
        node "$HERE/sign-events.js" "$SECRET" "$EVENTS" "r$n" "$WORK/events.tsv"
        if [ $target = ours ]; then url="$OURS/webhooks/stripe"; path=/webhooks/stripe; else url="$REF/webhook"; path=/webhook; fi
        before=$(stats "$OURS")
        set -- $(run "$conns" "$url" "$HERE/webhook.lua" "$WORK/events.tsv" "$path" "$threads")
        per=-; [ $target = reference ] || per=$(batch $before $(stats "$OURS"))
        printf '| webhook | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$target" "$conns" "$1" "$2" "$3" "$4" "$5" "$per"
    done
done
for conns in $LEVELS; do
    for target in ours reference; do
        if [ $target = ours ]; then url="$OURS/api/checkout"; path=/api/checkout; else url="$REF/create-checkout-session"; path=/create-checkout-session; fi
        set -- $(run "$conns" "$url" "$HERE/checkout.lua" "$path")
        printf '| checkout | %s | %s | %s | %s | %s | %s | %s | - |\n' "$target" "$conns" "$1" "$2" "$3" "$4" "$5"
    done
done
# The same endpoint with its database on tmpfs, where fsync costs nothing: what durability costs.
if [ -d /dev/shm ] && [ "${SKIP_TMPFS:-0}" = 0 ]; then
    SHM=$(mktemp -d /dev/shm/kiosk-bench.XXXXXX)
    FAST=$(QT_LOGGING_RULES="*.info=false;*.debug=false" start fast "checkout-kiosk-server listening on" \
        "$BUILD/app/server/checkout-kiosk-server" --port 0 --db "$SHM/bench.sqlite" \
        --catalog "$ROOT/resources/catalog/catalog.json" --stripe-key "$KEY" --api-base "$SIM" --webhook-secret "$SECRET" \
        --sweep-interval-ms 86400000)
    for conns in $LEVELS; do
        threads=2; [ "$conns" -ge 2 ] || threads=1
        n=$((n + 1))
        node "$HERE/sign-events.js" "$SECRET" "$EVENTS" "r$n" "$WORK/events.tsv"
        before=$(stats "$FAST")
        set -- $(run "$conns" "$FAST/webhooks/stripe" "$HERE/webhook.lua" "$WORK/events.tsv" /webhooks/stripe "$threads")
        per=$(batch $before $(stats "$FAST"))
        printf '| webhook | ours, db on tmpfs (not durable) | %s | %s | %s | %s | %s | %s | %s |\n' "$conns" "$1" "$2" "$3" "$4" "$5" "$per"
    done
    rm -rf "$SHM"
fi
cp "$WORK/wrk.log" "${WRK_LOG:-/dev/null}" 2>/dev/null || true
