#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails on any #include that the layer table of docs/ARCHITECTURE.md does not allow, and on
# any Qt Sql or sqlite3.h include outside app/storage and sandbox/ (SQL lives in storage).
#   tools/check-layers.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# The table: the block between "```layers" and the next "```", one line a layer:
#   LAYER: the layers it may include
declare -A allowed=()
while IFS= read -r line; do
    layer=${line%%:*}
    allowed[$layer]=" ${line#*:} "
done < <(sed -n '/^```layers$/,/^```$/{/^```/d;p}' docs/ARCHITECTURE.md)
if [ "${#allowed[@]}" -eq 0 ]; then
    echo "docs/ARCHITECTURE.md has no \`\`\`layers block" >&2
    exit 1
fi

# The layer of a source file: app/LAYER/..., sandbox/..., ui/...
layer_of() {
    case $1 in
    app/*) local rest=${1#app/}; echo "${rest%%/*}" ;;
    sandbox/*) echo sandbox ;;
    ui/*) echo ui ;;
    esac
}

failures=0
checked=0
while IFS= read -r file; do
    layer=$(layer_of "$file")
    [ -n "$layer" ] || continue
    if [ -z "${allowed[$layer]+x}" ]; then
        echo "$file: layer '$layer' is not in docs/ARCHITECTURE.md's layer table" >&2
        failures=$((failures + 1))
        continue
    fi
    checked=$((checked + 1))
    dir=$(dirname "$file")
    while IFS= read -r included; do
        first=${included%%/*}
        # A file beside it, or in a folder below its own (providers/quickflow/...).
        [ "$first" = "$included" ] && continue
        [ -d "$dir/$first" ] && continue
        # ui/ includes its own folders (accounts/AccountsPage.h) by the same names as app/.
        [ "$layer" = ui ] && [ -e "ui/$included" ] && continue
        case $first in
        sandbox) target=sandbox ;;
        *)
            if [ -d "app/$first" ]; then
                target=$first
            else
                continue # a generated header (ui_*.h, Version.h) or a test's
            fi
            ;;
        esac
        [ "$target" = "$layer" ] && continue
        if [[ ${allowed[$layer]} != *" $target "* ]]; then
            echo "$file: includes \"$included\": $layer may not depend on $target" \
                "(docs/ARCHITECTURE.md, Layers)" >&2
            failures=$((failures + 1))
        fi
    done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file")

    if grep -qE '^#include <(QSql[A-Za-z]*|QtSql/[A-Za-z]*|sqlite3\.h)>' "$file"; then
        case $file in
        app/storage/* | sandbox/*) ;;
        *)
            echo "$file: includes Qt Sql or sqlite3.h; SQL lives in app/storage" >&2
            failures=$((failures + 1))
            ;;
        esac
    fi
done < <(find app sandbox ui -name '*.cpp' -o -name '*.h' | sort)

if [ "$failures" -ne 0 ]; then
    echo "$failures layer violation(s)" >&2
    exit 1
fi
echo "$checked files include only what their layer may"
