#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets everything up on a fresh Debian 12 machine and runs the whole test suite.
# Extra arguments go to ctest, e.g. ./test.sh -L unit  or  ./test.sh -R Money
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$root/cmake/scripts/setup.sh"
cd "$root"
ctest --preset "${KIOSK_PRESET:-dev}" --parallel "$(nproc)" "$@"
