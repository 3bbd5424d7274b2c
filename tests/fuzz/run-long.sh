#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the fuzz targets for a long time (hours) in the asan build, one libFuzzer process per target:
#   tests/fuzz/run-long.sh [-t SECONDS_PER_TARGET] [-j PARALLEL_TARGETS] [TARGET...]
# Defaults: 3600 s each, one target at a time, every target (form_decoder webhook_verifier ...).
# Extra libFuzzer flags come from FUZZ_ARGS, e.g. FUZZ_ARGS="-max_len=262144" for deep inputs.
# The corpus grows in build-asan/tests/fuzz/corpus/<target> and is reused by later runs and by
# the short ctest runs; a crash leaves build-asan/tests/fuzz/artifacts/<target>/crash-* and
# makes this script exit non-zero. Reproduce one with: build-asan/tests/fuzz/fuzz_<target> FILE
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds=3600
jobs=1
while getopts "t:j:" opt; do
    case "$opt" in
    t) seconds="$OPTARG" ;;
    j) jobs="$OPTARG" ;;
    *) sed -n '3,10p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
builddir="$root/build-asan"
[ -f "$builddir/CMakeCache.txt" ] || cmake --preset asan -S "$root"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(sed -n 's/^kiosk_add_fuzzer(\([a-z_]*\).*/\1/p' "$root/tests/fuzz/CMakeLists.txt")
fi
cmake --build "$builddir" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
logs="$builddir/tests/fuzz/logs"
mkdir -p "$logs"
failed=()
running=0
pids=()
names=()
for t in "${targets[@]}"; do
    # shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
    "$root/tests/fuzz/run-fuzzer.sh" "$builddir/tests/fuzz/fuzz_$t" "$t" "$builddir/tests/fuzz" "$seconds" \
        ${FUZZ_ARGS:-} >"$logs/$t.log" 2>&1 &
    pids+=($!)
    names+=("$t")
    echo "run-long: $t for $seconds s (log: $logs/$t.log)"
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait "${pids[0]}" || failed+=("${names[0]}")
        pids=("${pids[@]:1}")
        names=("${names[@]:1}")
        running=$((running - 1))
    fi
done
for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed+=("${names[$i]}")
done
for t in "${targets[@]}"; do
    echo "run-long: $t: $(grep -E '^stat::number_of_executed_units' "$logs/$t.log" | tail -1 || true)"
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-long: FAILED: ${failed[*]} (see $logs and $builddir/tests/fuzz/artifacts)" >&2
    exit 1
fi
echo "run-long: no failure"
