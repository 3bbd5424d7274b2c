#!/bin/sh
# SPDX-License-Identifier: MIT
# Payment benchmark: our webhook endpoint and POST /api/checkout against two references with the
# same stripe-stack (Express + stripe-node): in memory, as Stripe's tutorials write it, and durable
# (better-sqlite3, WAL, synchronous=FULL), as a careful developer ships it. Same stripe-sim, same
# load generator (wrk, --timeout 30s so slow tails stay in the latencies), 1, 16 and 200
# connections, every run REPS times; the disk's fdatasync latency and the load average are sampled
# next to every run. See README.md. Environment: DURATION (wrk -d, default 5s), REPS (default 3),
# LEVELS (default "1 16 200"), EVENTS (pre-signed events per webhook run, default 100000), BUILD
# (default build-bench), NO_BUILD=1 (run the binaries already in BUILD), SKIP_TMPFS=1, SKIP_CHECKOUT=1,
# SKIP_WEBHOOK=1,
# WRK_LOG (file for wrk's full output).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${BUILD:-$ROOT/build-bench}
DURATION=${DURATION:-5s}
REPS=${REPS:-3}
EVENTS=${EVENTS:-100000}
LEVELS=${LEVELS:-"1 16 200"}
SECRET=whsec_bench_0123456789abcdef
KEY=sk_test_bench0000000000000000000042

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is required (the fdatasync probe)" >&2; exit 1; }
if [ "${NO_BUILD:-0}" = 0 ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_WERROR=ON -DKIOSK_BUILD_UI=OFF -DKIOSK_BUILD_TESTS=OFF >/dev/null
    cmake --build "$BUILD" --target checkout-kiosk-server stripe-sim >&2
fi
# npm ci compiles better-sqlite3 (minutes on a busy machine): only when the lock file changed.
if [ ! -f "$HERE/node_modules/.package-lock.json" ] || [ "$HERE/package-lock.json" -nt "$HERE/node_modules/.package-lock.json" ]; then
    (cd "$HERE" && npm ci --no-audit --no-fund --silent)
fi

# On the disk the databases are on (the build tree's), so the probe measures their fdatasync.
WORK=$(mktemp -d "$BUILD/payment-bench.XXXXXX")
cleanup() {
    # start() runs in a command substitution (a subshell): its pids come back through a file.
    for pid in $(cat "$WORK/pids" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK" "${SHM:-}"
}
trap cleanup EXIT INT TERM

# start NAME PATTERN COMMAND...: runs COMMAND with stdout in $WORK/NAME.log, waits for "PATTERN http://…",
# prints that URL. Its pid goes to $WORK/NAME.pid and $WORK/pids.
start() {
    name=$1; pattern=$2; shift 2
    "$@" >"$WORK/$name.log" 2>"$WORK/$name.err" &
    echo $! >>"$WORK/pids"
    echo $! >"$WORK/$name.pid"
    i=0
    while ! grep -q "$pattern http://" "$WORK/$name.log" 2>/dev/null; do
        i=$((i + 1)); [ $i -lt 300 ] || { echo "$name did not start:" >&2; cat "$WORK/$name.err" >&2; exit 1; }
        sleep 0.1
    done
    grep -o "$pattern http://[^ ]*" "$WORK/$name.log" | head -1 | sed "s|$pattern ||"
}
stop() {
    pid=$(cat "$WORK/$1.pid"); kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
}
# server TARGET SIM DB: starts ours | memory | durable against SIM, prints its base URL.
server() {
    case $1 in
    ours|tmpfs) QT_LOGGING_RULES="*.info=false;*.debug=false" start "$1" "checkout-kiosk-server listening on" \
        "$BUILD/app/server/checkout-kiosk-server" --port 0 --db "$3" \
        --catalog "$ROOT/resources/catalog/catalog.json" --stripe-key "$KEY" --api-base "$2" --webhook-secret "$SECRET" \
        --sweep-interval-ms 86400000 ;;
    memory) STRIPE_SECRET_KEY=$KEY STRIPE_WEBHOOK_SECRET=$SECRET STRIPE_API_BASE=$2 PORT=0 \
        start memory "reference listening on" node "$HERE/reference-server.js" ;;
    durable) STRIPE_SECRET_KEY=$KEY STRIPE_WEBHOOK_SECRET=$SECRET STRIPE_API_BASE=$2 PORT=0 DB=$3 \
        start durable "durable reference listening on" node "$HERE/durable-reference-server.js" ;;
    esac
}
webhook_path() { case $1 in ours|tmpfs) echo /webhooks/stripe ;; *) echo /webhook ;; esac; }
checkout_path() { case $1 in ours) echo /api/checkout ;; *) echo /create-checkout-session ;; esac; }

# run CONNS URL SCRIPT ARGS...: one wrk run, prints "rps p50 p99 non2xx requests".
run() {
    conns=$1; url=$2; script=$3; shift 3
    threads=2; [ "$conns" -ge 2 ] || threads=1
    out=$(wrk -t"$threads" -c"$conns" -d"$DURATION" --timeout 30s --latency -s "$script" "$url" -- "$@" 2>&1)
    echo "$out" >>"$WORK/wrk.log"
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    bad=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    errors=$(echo "$out" | awk '/Socket errors/ {print $0}' | tr -d ' ,' | sed 's/.*timeout\([0-9]*\).*/\1/')
    total=$(echo "$out" | awk '/requests in/ {print $1}')
    echo "$rps $p50 $p99 ${bad:-0} $total ${errors:-0}"
}
# stats BASE: "batches events largest" of our webhook group commit so far (from /healthz).
stats() {
    curl -s "$1/healthz" | tr ',' '\n' | sed -n 's/.*"webhook_\(batches\|events\|largest_batch\)":\([0-9]*\).*/\2/p' | tr '\n' ' '
}
batch() {
    awk -v b0="$1" -v e0="$2" -v b1="$4" -v e1="$5" -v max="$6" \
        'BEGIN { if (b1 > b0) printf "%.1f/%d\n", (e1 - e0) / (b1 - b0), max; else print "-" }'
}
probe() { python3 "$HERE/fsync-probe.py" "$WORK" 50 | tr ' ' '/'; }
load() { cut -d' ' -f1 /proc/loadavg; }

# Every run's figures also go to $WORK/runs: "test target conns rps p99".
row() {
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$@"
    echo "$1 $2 $3 $5 $7" >>"$WORK/runs"
}
printf '| test | server | conns | rep | req/s | p50 | p99 | non-2xx | requests (timeouts) | events per fsync (mean/max) | fdatasync p50/p99 ms | load |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|\n'

SIM=$(start sim "stripe-sim listening on" "$BUILD/simulator/stripe-sim" --port 0)
OURS=$(server ours "$SIM" "$WORK/ours.sqlite")
MEMORY=$(server memory "$SIM")
DURABLE=$(server durable "$SIM" "$WORK/durable.sqlite")
url_of() { case $1 in ours) echo "$OURS" ;; memory) echo "$MEMORY" ;; durable) echo "$DURABLE" ;; tmpfs) echo "$FAST" ;; esac; }
n=0
# webhook_runs TARGET...: every level, every repetition, the targets interleaved.
webhook_runs() {
    list="$*"
    for conns in $LEVELS; do
        threads=2; [ "$conns" -ge 2 ] || threads=1
        rep=1
        while [ $rep -le "$REPS" ]; do
            for target in $list; do
                n=$((n + 1))
                node "$HERE/sign-events.js" "$SECRET" "$EVENTS" "r$n" "$WORK/events.tsv"
                base=$(url_of $target)
                fs=$(probe); la=$(load)
                case $target in ours|tmpfs) before=$(stats "$base") ;; esac
                result=$(run "$conns" "$base$(webhook_path $target)" "$HERE/webhook.lua" "$WORK/events.tsv" "$(webhook_path $target)" "$threads")
                per=-; case $target in ours|tmpfs) per=$(batch $before $(stats "$base")) ;; esac
                set -- $result
                row webhook $target "$conns" $rep "$1" "$2" "$3" "$4" "$5 ($6)" "$per" "$fs" "$la"
            done
            rep=$((rep + 1))
        done
    done
}
[ "${SKIP_WEBHOOK:-0}" = 1 ] || webhook_runs ours memory durable

if [ "${SKIP_CHECKOUT:-0}" = 0 ]; then
    stop ours; stop memory; stop durable; stop sim
    # A fresh simulator (and a fresh server on it) for every checkout run: it slows down as it fills.
    for conns in $LEVELS; do
        rep=1
        while [ $rep -le "$REPS" ]; do
            for target in ours memory durable; do
                SIM=$(start sim "stripe-sim listening on" "$BUILD/simulator/stripe-sim" --port 0)
                rm -f "$WORK/c.sqlite"*
                base=$(server $target "$SIM" "$WORK/c.sqlite")
                fs=$(probe); la=$(load)
                set -- $(run "$conns" "$base$(checkout_path $target)" "$HERE/checkout.lua" "$(checkout_path $target)")
                row checkout $target "$conns" $rep "$1" "$2" "$3" "$4" "$5 ($6)" - "$fs" "$la"
                stop $target; stop sim
            done
            rep=$((rep + 1))
        done
    done
fi

# Ours with its database on tmpfs, where fsync costs nothing: what durability still costs.
if [ -d /dev/shm ] && [ "${SKIP_TMPFS:-0}" = 0 ]; then
    SHM=$(mktemp -d /dev/shm/kiosk-bench.XXXXXX)
    SIM=$(start sim "stripe-sim listening on" "$BUILD/simulator/stripe-sim" --port 0)
    FAST=$(server tmpfs "$SIM" "$SHM/bench.sqlite")
    webhook_runs tmpfs
fi

# Medians of the repetitions and the ratios the goals are about.
echo
echo '| test | conns | ours req/s (p99 ms) | in-memory ref | durable ref | ours / in-memory | ours / durable |'
echo '|---|---|---|---|---|---|---|'
python3 - "$WORK/runs" <<'PY'
import statistics, sys
def ms(text):
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0), ("m", 60000.0)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float("nan")
runs = {}
for line in open(sys.argv[1]):
    test, target, conns, rps, p99 = line.split()
    runs.setdefault((test, int(conns)), {}).setdefault(target, []).append((float(rps), ms(p99)))
for (test, conns) in sorted(runs):
    by = runs[(test, conns)]
    med = {t: (statistics.median(r for r, _ in v), statistics.median(p for _, p in v)) for t, v in by.items()}
    cell = lambda t: "%.0f (%.1f)" % med[t] if t in med else "-"
    ratio = lambda t: "%.2f×" % (med["ours"][0] / med[t][0]) if "ours" in med and t in med else "-"
    print("| %s | %d | %s | %s | %s | %s | %s |" % (test, conns, cell("ours"), cell("memory"), cell("durable"),
        ratio("memory"), ratio("durable")))
    if "tmpfs" in med:
        print("| %s, ours on tmpfs | %d | %s | | | | |" % (test, conns, cell("tmpfs")))
PY
cp "$WORK/wrk.log" "${WRK_LOG:-/dev/null}" 2>/dev/null || true
