#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the pinned npm packages (package-lock.json) into the given directory, once.
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$1"
mkdir -p "$dest"
if [ -f "$dest/node_modules/.installed" ] && cmp -s "$src/package-lock.json" "$dest/node_modules/.installed"; then
    exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$dest/"
cd "$dest"
for attempt in 1 2 3; do
    if npm ci --no-audit --no-fund --loglevel=error; then
        cp package-lock.json node_modules/.installed
        exit 0
    fi
    echo "npm ci failed (attempt $attempt), retrying" >&2
    sleep $((attempt * 5))
done
exit 1
