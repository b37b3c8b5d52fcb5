#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Set up, build, run and test Tuma on Debian 12 (as root or through sudo).
#
#   ./dev.sh run     install what is missing, build, start Tuma
#   ./dev.sh test    install what is missing, run the unit tests under the sanitizers, then
#                    build with warnings as errors and run every test
#   ./dev.sh asan    only the unit tests under AddressSanitizer and UndefinedBehaviorSanitizer
#   ./dev.sh deps    only install what is missing
#   ./dev.sh packages run|test   print the Debian packages that command installs
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# What building Tuma needs (the .deb's run-time dependencies come with these).
BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libsqlite3-dev
    qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev
    qtkeychain-qt6-dev libsecret-1-0 libphonenumber-dev libprotobuf-dev libpcre2-dev
    libuchardet-dev
    libquazip1-qt6-dev
    fonts-dejavu-core fonts-noto-color-emoji
)
# What the tests need on top: a real keychain in a private D-Bus session, a display server
# for screenshots, the validators of the packaging files, the formatter, the .deb tools.
TEST_PACKAGES=(
    dbus dbus-x11 gnome-keyring xvfb xauth imagemagick
    desktop-file-utils appstream clang-format dpkg-dev file xdotool
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

job_count() { nproc 2>/dev/null || echo 2; }

case "${1:-}" in
    packages)
        case "${2:-}" in
            run) printf '%s\n' "${BUILD_PACKAGES[@]}" ;;
            test) printf '%s\n' "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" ;;
            *) echo "usage: ./dev.sh packages run|test" >&2; exit 2 ;;
        esac
        ;;
    deps)
        install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        ;;
    run)
        install_missing "${BUILD_PACKAGES[@]}"
        build release
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "Tuma is built (build/release/ui/tuma) but there is no display to show it on." >&2
            echo "Run ./dev.sh run from a desktop session." >&2
            exit 1
        fi
        exec build/release/ui/tuma "${@:2}"
        ;;
    test)
        install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        # The unit tests under the sanitizers first, then the whole suite with -Werror.
        build asan
        tools/with-test-session.sh ctest --preset asan -j "$(job_count)"
        build ci
        exec tools/with-test-session.sh ctest --preset ci -j "$(job_count)" "${@:2}"
        ;;
    asan)
        install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        build asan
        exec tools/with-test-session.sh ctest --preset asan -j "$(job_count)" "${@:2}"
        ;;
    *)
        sed -n '3,10p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
