#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from a build folder and checks what a user would get from it.
#   tools/check-deb.sh BUILD_DIR
set -euo pipefail
build=$(readlink -f "$1")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
status=0
for path in ./usr/bin/tuma ./usr/bin/tuma-cli \
    ./usr/share/applications/org.tuma.Tuma.desktop \
    ./usr/share/metainfo/org.tuma.Tuma.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.tuma.Tuma.svg; do
    grep -qx "$path" <<<"$contents" || { echo "missing from the .deb: $path" >&2; status=1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for package in libsecret-1-0 libqt6widgets6 libphonenumber8 libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -q "$package" <<<"$depends" || { echo "the .deb does not depend on $package: $depends" >&2; status=1; }
done
grep -q gnome-keyring <<<"$recommends" || { echo "the .deb does not recommend gnome-keyring" >&2; status=1; }
[ $status -eq 0 ] && echo "$(basename "$deb"): files and dependencies as expected"
exit $status
