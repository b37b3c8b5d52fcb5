#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command the way Tuma's tests must run: in a throw-away home folder, inside a private
# D-Bus session with its own unlocked gnome-keyring (so the real Secret Service is used and
# the user's own keychain is never touched), with Qt's offscreen platform.
#
#   tools/with-test-session.sh COMMAND [ARGS...]
set -euo pipefail

for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing; run ./dev.sh deps" >&2; exit 1; }
done

session=$(mktemp -d "${TMPDIR:-/tmp}/tuma-test-session.XXXXXX")
trap 'rm -rf "$session"' EXIT
mkdir -p "$session/home" "$session/data" "$session/config" "$session/cache" "$session/runtime"
chmod 700 "$session/runtime"

export HOME="$session/home"
export XDG_DATA_HOME="$session/data"
export XDG_CONFIG_HOME="$session/config"
export XDG_CACHE_HOME="$session/cache"
export XDG_RUNTIME_DIR="$session/runtime"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY TUMA_DB

# The keyring password only unlocks this throw-away keyring; it must not be empty.
exec dbus-run-session -- sh -c '
    echo -n tuma-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-test-session "$@"
