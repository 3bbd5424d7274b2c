#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets everything up on a fresh Debian 12 machine and runs the whole test suite, in two builds:
#   dev   build/       gcc, Debug: every test (unit, integration, gui, e2e, lint)
#   asan  build-asan/  clang 14, -fsanitize=address,undefined, no UI: the unit and integration
#                      tests again under the sanitizers, and each fuzz target for a bounded time
# Extra arguments go to both ctest runs and narrow them, e.g. ./test.sh -L unit  or  ./test.sh -R Money
# (in the asan build, -L replaces its own 'unit|integration|fuzz'). A build in which they select
# no test is neither built nor run (./test.sh -L gui builds only dev); selecting no test at all is
# an error. KIOSK_PRESETS picks the builds: KIOSK_PRESETS=dev ./test.sh -R Money skips asan.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$root/installer/install-deps.sh"
cd "$root"

selected=0
failed=()
for preset in ${KIOSK_PRESETS:-dev asan}; do
    builddir="$root/build"
    [ "$preset" = dev ] || builddir="$root/build-$preset"
    if [ -f "$builddir/CMakeCache.txt" ]; then
        cmake --build "$builddir" --target build.ninja >/dev/null # re-configure if a CMakeLists changed
    else
        cmake --preset "$preset"
    fi
    count="$(ctest --preset "$preset" -N --no-tests=ignore "$@" | sed -n 's/^Total Tests: //p')"
    if [ "${count:-0}" -eq 0 ]; then
        echo "test.sh: $preset: no test selected, not built"
        continue
    fi
    selected=$((selected + count))
    start=$SECONDS
    cmake --build "$builddir" --parallel "$(nproc)"
    built=$SECONDS
    ctest --preset "$preset" --parallel "$(nproc)" "$@" || failed+=("$preset")
    echo "test.sh: $preset: build $((built - start)) s, $count tests $((SECONDS - built)) s"
done

if [ "$selected" -eq 0 ]; then
    echo "test.sh: no test matches: $*" >&2
    exit 1
fi
if [ ${#failed[@]} -gt 0 ]; then
    echo "test.sh: failed in: ${failed[*]}" >&2
    exit 1
fi
