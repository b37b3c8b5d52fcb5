#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string of app/ or ui/ is missing from translations/tuma_sw.ts or
# has no Swahili translation yet. Runs lupdate on a copy, so the sources stay untouched.
#   tools/check-translations.sh [LUPDATE]
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${1:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp translations/tuma_sw.ts "$work/tuma_sw.ts"
"$lupdate" -silent -locations none -no-obsolete -extensions cpp,h,ui app ui sandbox -ts "$work/tuma_sw.ts"
if ! cmp -s translations/tuma_sw.ts "$work/tuma_sw.ts"; then
    echo "translations/tuma_sw.ts is out of date with the sources; run:" >&2
    echo "  cmake --build --preset debug --target lupdate   and translate what is new." >&2
    diff -u translations/tuma_sw.ts "$work/tuma_sw.ts" | head -40 >&2
    exit 1
fi
unfinished=$(grep -c 'type="unfinished"' "$work/tuma_sw.ts" || true)
if [ "$unfinished" != "0" ]; then
    echo "$unfinished strings in translations/tuma_sw.ts have no Swahili translation:" >&2
    grep -B3 'type="unfinished"' "$work/tuma_sw.ts" | grep '<source>' | head -20 >&2
    exit 1
fi
# English carries the plural forms: every %n string needs its singular and plural there.
cp translations/tuma_en.ts "$work/tuma_en.ts"
"$lupdate" -silent -locations none -no-obsolete -pluralonly -extensions cpp,h,ui app ui sandbox \
    -ts "$work/tuma_en.ts"
if ! cmp -s translations/tuma_en.ts "$work/tuma_en.ts" \
    || grep -q 'type="unfinished"' "$work/tuma_en.ts"; then
    echo "translations/tuma_en.ts lacks the English plural forms of some %n strings:" >&2
    grep -B3 'type="unfinished"' "$work/tuma_en.ts" | grep '<source>' | head -20 >&2
    diff -u translations/tuma_en.ts "$work/tuma_en.ts" | head -20 >&2
    exit 1
fi
echo "translations/tuma_sw.ts: $(grep -c '<source>' "$work/tuma_sw.ts") strings, all translated"
echo "translations/tuma_en.ts: $(grep -c '<numerusform>' "$work/tuma_en.ts") plural forms"
