#!/bin/sh
# SPDX-License-Identifier: MIT
# Fleet benchmark: 1, 5 and 20 headless tills, each selling once a second, against
# checkout-kiosk-server on SQLite and on PostgreSQL (one and two replicas), stripe-sim paying every
# session and delivering every webhook to every server. See README.md. Environment: BUILD
# (default build-bench), SECONDS_PER_RUN (default 20), TILLS (default "1 5 20"), NO_BUILD=1,
# SKIP_SQLITE=1, SKIP_POSTGRES=1.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${BUILD:-$ROOT/build-bench}
SECS=${SECONDS_PER_RUN:-20}
TILLS=${TILLS:-"1 5 20"}
if [ "${NO_BUILD:-0}" = 0 ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_WERROR=ON -DKIOSK_BUILD_UI=OFF -DKIOSK_BUILD_TESTS=OFF >/dev/null
    cmake --build "$BUILD" --target checkout-kiosk-server stripe-sim bench_fleet >&2
fi
WORK=$(mktemp -d "$BUILD/fleet-bench.XXXXXX")
chmod 711 "$WORK" # the postgres user reaches its socket directory inside
PG=
cleanup() {
    [ -z "$PG" ] || as_pg "$PG/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
# PostgreSQL refuses to run as root: the cluster then belongs to the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

fleet() { "$BUILD/bench/fleet/bench_fleet" --server "$BUILD/app/server/checkout-kiosk-server" \
    --sim "$BUILD/simulator/stripe-sim" --catalog "$ROOT/resources/catalog/catalog.json" --seconds "$SECS" "$@" 2>/dev/null; }

echo "| tills | servers | database | sold | paid on the till | not seen paid | checkout p50 ms | checkout p99 ms | payment → till Paid p50 ms | p99 ms | load |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
if [ "${SKIP_SQLITE:-0}" = 0 ]; then
    for n in $TILLS; do
        printf '%s %s |\n' "$(fleet --tills "$n")" "$(cut -d' ' -f1 /proc/loadavg)"
    done
fi

PG=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)
if [ "${SKIP_POSTGRES:-0}" = 0 ] && [ -n "$PG" ]; then
    mkdir "$WORK/pg"
    [ "$(id -u)" != 0 ] || chown postgres "$WORK/pg"
    as_pg "$PG/initdb" -D "$WORK/pg/data" -U kiosk --auth=trust -E UTF8 >/dev/null
    # Durable like the SQLite runs: fsync on, synchronous_commit on (the defaults); socket only.
    as_pg "$PG/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -o "-k $WORK/pg -c listen_addresses=" start >/dev/null
    i=0
    for replicas in 1 2; do
        for n in $TILLS; do
            i=$((i + 1))
            as_pg "$PG/createdb" -h "$WORK/pg" -U kiosk "fleet$i"
            printf '%s %s |\n' "$(fleet --tills "$n" --replicas "$replicas" --db "postgresql://kiosk@localhost/fleet$i?host=$WORK/pg")" \
                "$(cut -d' ' -f1 /proc/loadavg)"
        done
    done
fi
