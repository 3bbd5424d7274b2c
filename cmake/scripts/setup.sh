#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Shared by run.sh and test.sh: install dependencies, configure once, build incrementally in build/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
"$root/installer/install-deps.sh"
preset="${KIOSK_PRESET:-dev}"
builddir="$root/build"
[ "$preset" = dev ] || builddir="$root/build-$preset"
if [ ! -f "$builddir/CMakeCache.txt" ]; then
    cmake --preset "$preset"
fi
cmake --build "$builddir" --parallel "$(nproc)"
