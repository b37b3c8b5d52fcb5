#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures the release preset in a scratch folder, as ./dev.sh run does, and fails if that
# configure used anything (a program, library, header or CMake package) from a Debian package
# that ./dev.sh run does not install: neither one of its build packages, nor one they depend
# on, nor one every Debian system has. Such a configure works here, where the test packages
# are installed too, and stops on a fresh machine.
#   tools/check-run-deps.sh [CMAKE]
set -euo pipefail
cmake=${1:-cmake}
source_dir=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. What ./dev.sh run installs, and everything those packages pull in (Depends and
#    Pre-Depends, every alternative, virtual packages through their providers), plus the
#    packages of a minimal Debian system (Essential, or priority required or important).
mapfile -t run_packages < <("$source_dir/dev.sh" packages run)
dpkg-query -W -f='${db:Status-Abbrev}\t${Package}\t${Essential}\t${Priority}\t${Provides}\t${Pre-Depends}, ${Depends}\n' \
    >"$work/installed"
printf '%s\n' "${run_packages[@]}" >"$work/wanted"
awk -F'\t' '
    function name(text) { sub(/^[ ]+/, "", text); sub(/[ (:].*$/, "", text); return text }
    function add(package,    i, n, list) {
        if (package == "" || (package in seen)) return
        seen[package] = 1
        if (package in installed) { allowed[package] = 1; queue[++tail] = package }
        if (package in providers) {
            n = split(providers[package], list, " ")
            for (i = 1; i <= n; i++) add(list[i])
        }
    }
    FNR == NR { wanted[$1] = 1; next }
    $1 ~ /^ii/ {
        installed[$2] = 1; depends[$2] = $6
        if ($3 == "yes" || $4 == "required" || $4 == "important") base[$2] = 1
        count = split($5, provided, ",")
        for (i = 1; i <= count; i++) providers[name(provided[i])] = providers[name(provided[i])] " " $2
    }
    END {
        for (package in wanted) add(package)
        for (package in base) add(package)
        for (head = 1; head <= tail; head++) {
            count = split(depends[queue[head]], clauses, /[,|]/)
            for (c = 1; c <= count; c++) add(name(clauses[c]))
        }
        for (package in allowed) print package
    }' "$work/wanted" "$work/installed" | sort >"$work/allowed"

missing=0
for package in "${run_packages[@]}"; do
    if ! grep -qx "$package" "$work/allowed"; then
        echo "./dev.sh run installs $package, which is not installed here: run ./dev.sh deps" >&2
        missing=1
    fi
done
[ $missing -eq 0 ] || exit 1

# 2. Configure the release preset exactly as ./dev.sh run does, in a folder of its own.
if ! (cd "$source_dir" && "$cmake" --preset release -B "$work/build" >"$work/configure.log" 2>&1); then
    cat "$work/configure.log" >&2
    echo "the release preset does not configure (above)" >&2
    exit 1
fi

# 3. Every absolute path that configure found or used (CMakeCache.txt: programs, libraries,
#    headers, package folders; a package folder by its config file) and the packages that
#    own it. CMake's FindOpenGL also looks for GLU, which Tuma does not use: found when
#    present, never needed, so not counted.
sed -n 's/^\([A-Za-z0-9_.+-]*\):[A-Z]*=\(.*\)$/\1\t\2/p' "$work/build/CMakeCache.txt" |
    grep -v -e '^OPENGL_glu_LIBRARY' -e '^OPENGL_GLU_INCLUDE_DIR' | cut -f2 | tr ';' '\n' |
    grep '^/' | grep -v -e "^$source_dir" -e "^$work" | sort -u |
    while IFS= read -r path; do
        if [ -d "$path" ]; then
            find "$path" -maxdepth 1 \( -name '*Config.cmake' -o -name '*-config.cmake' \)
        elif [ -e "$path" ]; then
            echo "$path"
        fi
    done | sort -u >"$work/files"
# dpkg names a path as the package installed it; /bin and /usr/bin are one folder on a
# merged-/usr system, so each file is asked for by its name, its resolved name and both
# with and without /usr. One dpkg-query for all: it reads its whole database each time.
while IFS= read -r file; do
    real=$(readlink -f "$file")
    printf '%s\t%s\n' "$file" "$file" "$file" "$real" "$file" "${real#/usr}" "$file" "/usr$real"
done <"$work/files" | sort -u >"$work/spellings"
cut -f2 "$work/spellings" | sort -u | xargs -d '\n' dpkg-query -S 2>/dev/null |
    sed -n 's/^\(.*\): \(\/.*\)$/\2\t\1/p' >"$work/owners" || true
checked=0
failures=0
while IFS= read -r file; do
    packages=$(awk -F'\t' -v file="$file" '
        FNR == NR { if ($1 == file) spelling[$2] = 1; next }
        ($1 in spelling) { n = split($2, list, ", "); for (i = 1; i <= n; i++) { sub(/:.*$/, "", list[i]); print list[i] } }
    ' "$work/spellings" "$work/owners" | sort -u)
    [ -n "$packages" ] || continue # made here, not installed by a package
    checked=$((checked + 1))
    if ! grep -qxF -f <(echo "$packages") "$work/allowed"; then
        echo "the release configure uses $file from $(echo $packages), which ./dev.sh run does not install" >&2
        failures=$((failures + 1))
    fi
done <"$work/files"

if [ $checked -lt 10 ]; then
    echo "only $checked paths of the release configure belong to packages: this check cannot tell" >&2
    exit 1
fi
if [ $failures -gt 0 ]; then
    echo "add those packages to BUILD_PACKAGES in dev.sh, or keep their use out of the release preset" >&2
    exit 1
fi
echo "the release configure uses $checked installed files, all from what ./dev.sh run installs"
