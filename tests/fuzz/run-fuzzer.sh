#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs one libFuzzer target for a bounded time: run-fuzzer.sh BINARY NAME WORKDIR SECONDS [libFuzzer args]
# The seeds in tests/fuzz/NAME/ (read only) are run first, then new inputs are mutated for
# SECONDS; what libFuzzer finds interesting goes to WORKDIR/corpus/NAME (kept between runs) and a
# crashing input to WORKDIR/artifacts/NAME/ (crash-<sha1>, to be copied into NAME/ as a
# regression seed once fixed). Exits non-zero on a crash, an invariant failure, a leak, a timeout
# or the memory limit. Used by the ctests (label fuzz) and by run-long.sh.
set -euo pipefail
binary="$1" name="$2" workdir="$3" seconds="$4"
shift 4
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$workdir/corpus/$name"
artifacts="$workdir/artifacts/$name"
mkdir -p "$corpus" "$artifacts"
args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=5 -print_final_stats=1
      -artifact_prefix="$artifacts/")
if [ -f "$here/$name.dict" ]; then
    args+=(-dict="$here/$name.dict")
fi
exec "$binary" "${args[@]}" "$@" "$corpus" "$here/$name"
