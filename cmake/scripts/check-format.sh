#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails (and names the files) when a tracked C++ file differs from .clang-format.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format-14 -i
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
fmt=$(command -v clang-format-14 || command -v clang-format)
bad=()
while IFS= read -r -d '' f; do
    "$fmt" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done < <(git ls-files -z '*.cpp' '*.h' 2>/dev/null || find backend simulator ui app tests bench -name '*.cpp' -o -name '*.h' -print0)
if [ ${#bad[@]} -gt 0 ]; then
    echo "clang-format: ${#bad[@]} file(s) differ from .clang-format:"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "clang-format: every file is formatted"
