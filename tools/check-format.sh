#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when any C++ file differs from what .clang-format makes of it.
#   tools/check-format.sh [CLANG_FORMAT]     (tools/check-format.sh clang-format -i: fix)
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${1:-clang-format}
mapfile -t files < <(find app sandbox ui tests -name '*.cpp' -o -name '*.h' | sort)
if [ "${2:-}" = "-i" ]; then
    "$clang_format" -i "${files[@]}"
    exit 0
fi
"$clang_format" --dry-run --Werror "${files[@]}"
echo "${#files[@]} files formatted as .clang-format says"
