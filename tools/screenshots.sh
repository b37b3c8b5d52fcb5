#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts `tuma` under Xvfb on a fresh profile and saves a PNG of every page and of the
# Settings dialog, so a person can look at what users see.
#
#   tools/screenshots.sh BUILD_DIR OUT_DIR [--lang CODE] [--scale FACTOR] [--dark]
#                        [--db FILE] [--import SPREADSHEET] [--accounts]
#
# --db shows an existing database (say one with a million contacts) instead of a new one;
# --import then walks the import wizard through SPREADSHEET, a shot at every step.
# --accounts walks the Sandbox account's story: connection test, a message sent, its
# delivery in the history, the provider's groups, an M-Pesa top-up; then a FlashSMS sandbox
# account's transactions and templates.
#
# Needs xvfb, imagemagick and xdotool (./dev.sh deps installs them).
set -euo pipefail

build=$(readlink -f "${1:?build folder, e.g. build/debug}")
out=$(mkdir -p "${2:?output folder}" && readlink -f "$2")
shift 2
lang=en scale=1 scheme=light given_db= spreadsheet= accounts=
while [ $# -gt 0 ]; do
    case "$1" in
        --db) given_db=$(readlink -f "$2"); shift 2 ;;
        --import) spreadsheet=$(readlink -f "$2"); shift 2 ;;
        --lang) lang=$2; shift 2 ;;
        --scale) scale=$2; shift 2 ;;
        --dark) scheme=dark; shift ;;
        --accounts) accounts=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
# A private session bus, as a desktop has (and so no D-Bus auto-launch).
if [ -z "${TUMA_SCREENSHOT_SESSION:-}" ] && command -v dbus-run-session >/dev/null; then
    TUMA_SCREENSHOT_SESSION=1 exec dbus-run-session -- "$0" "$build" "$out" \
        --lang "$lang" --scale "$scale" $([ "$scheme" = dark ] && echo --dark) \
        ${given_db:+--db "$given_db"} ${spreadsheet:+--import "$spreadsheet"} \
        ${accounts:+--accounts}
fi
for tool in Xvfb import xdotool; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing; run ./dev.sh deps" >&2; exit 1; }
done

profile=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$profile"
}
trap cleanup EXIT

# Xvfb picks a free display number and writes it to the file.
Xvfb -displayfd 3 -screen 0 "$((1280 * scale))x$((800 * scale))x24" -nolisten tcp 3>"$profile/display" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -s "$profile/display" ] && break; sleep 0.1; done
export DISPLAY=:$(cat "$profile/display")
export HOME=$profile XDG_CONFIG_HOME=$profile/config XDG_DATA_HOME=$profile/data
export XDG_RUNTIME_DIR=$profile/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_SCALE_FACTOR=$scale
unset QT_QPA_PLATFORM
mkdir -p "$XDG_CONFIG_HOME/tuma"
printf '[preferences]\ncolorScheme=%s\n[accounts]\nmpesaNumber=+254712345678\n' "$scheme" \
    >"$XDG_CONFIG_HOME/tuma/tuma.conf"
# The simulator's messages are delivered and payments credited within seconds.
export TUMA_SANDBOX_TIMING=1000,2500,2500
db=${given_db:-$profile/tuma.db}
tuma() { "$build/ui/tuma" --db "$db" --lang "$lang" "$@" >/dev/null; }
window=
start_tuma() {
    "$build/ui/tuma" --db "$db" --lang "$lang" >>"${TUMA_SCREENSHOT_LOG:-/dev/null}" 2>&1 &
    pids+=($!)
    # A loaded machine may take a while to start a debug build: wait up to 60 s for its
    # window (asking with `tuma --page` before it holds the lock would start a second Tuma).
    window=
    for _ in $(seq 300); do
        window=$(xdotool search --onlyvisible --name 'Tuma' 2>/dev/null | head -n 1) && [ -n "$window" ] && break
        sleep 0.2
    done
    [ -n "$window" ] || { echo "tuma did not open a window" >&2; exit 1; }
    # The window fills the screen so every shot has the same frame.
    xdotool windowsize "$window" $((1280 * scale)) $((800 * scale)) windowmove "$window" 0 0
}
start_tuma

prefix="$out/$lang-x$scale-$scheme"
for page in dashboard contacts groups optouts templates campaigns accounts; do
    tuma --page "$page"
    sleep 0.6
    import -window root "$prefix-$page.png"
done

if [ -n "$spreadsheet" ]; then
    # Enter presses the wizard's default button: Next, then Import, then Finish.
    tuma "$spreadsheet"
    sleep 2
    wizard=$(xdotool search --sync --onlyvisible --name 'Import Contacts|Ingiza' | head -n 1)
    for step in 1-file 2-mapping 3-check 4-done; do
        import -window root "$prefix-import-$step.png"
        xdotool windowfocus --sync "$wizard" key --clearmodifiers Return
        sleep 4
    done
fi

if [ -n "$accounts" ]; then
    key() { xdotool windowfocus --sync "$1" key --clearmodifiers "${@:2}"; }
    # The mnemonics (Alt+letter) of the send tab, the history tab and the top-up button
    # differ per language.
    case "$lang" in
        sw) send_tab=t to=w message=u send_now=s history_tab=r top_up=p provider_tab=a
            transactions_tab=l templates_tab=z ;;
        *) send_tab=s to=o message=m send_now=d history_tab=y top_up=u provider_tab=p
           transactions_tab=c templates_tab=l ;;
    esac
    tuma --page accounts
    sleep 2
    import -window root "$prefix-accounts-balance.png"
    key "$window" "alt+$send_tab"
    sleep 0.5
    key "$window" "alt+$to"
    xdotool type --delay 20 '0712 345 678, 0723 456 789'
    key "$window" "alt+$message"
    xdotool type --delay 20 'Habari! Karibu Tuma: your first message from the sandbox.'
    key "$window" "alt+$send_now"
    sleep 2
    import -window root "$prefix-accounts-sent.png"
    key "$window" "alt+$history_tab"
    sleep 4
    key "$window" F5
    sleep 1.5
    import -window root "$prefix-accounts-history.png"
    key "$window" "alt+$provider_tab"
    sleep 1.5
    import -window root "$prefix-accounts-provider.png"
    key "$window" "alt+$top_up"
    sleep 2
    import -window root "$prefix-accounts-topup.png"
    # Keys go to the dialog, which is modal (no window manager to ask for its window).
    xdotool key --clearmodifiers Return
    sleep 1
    import -window root "$prefix-accounts-topup-waiting.png"
    sleep 5
    import -window root "$prefix-accounts-topup-paid.png"
    xdotool key --clearmodifiers Escape
    sleep 0.5
fi

xdotool windowfocus "$window"
sleep 0.3
xdotool key --clearmodifiers ctrl+comma
sleep 1
import -window root "$prefix-settings.png"
xdotool key Escape
tuma --quit

if [ -n "$accounts" ]; then
    # FlashSMS's API keeps transactions and templates: a sandbox account of its own, used for
    # sending, so the page opens on it.
    while xdotool search --onlyvisible --name 'Tuma' >/dev/null 2>&1; do sleep 0.2; done
    "$build/app/tuma-cli" --db "$db" account add Flash --provider flashsms --sandbox >/dev/null
    sed -i 's/^active=.*/active=Flash/' "$XDG_CONFIG_HOME/tuma/tuma.conf"
    start_tuma
    tuma --page accounts
    sleep 2
    key "$window" "alt+$transactions_tab"
    sleep 1.5
    import -window root "$prefix-accounts-transactions.png"
    key "$window" "alt+$templates_tab"
    sleep 1.5
    import -window root "$prefix-accounts-templates.png"
    key "$window" "alt+$history_tab"
    sleep 1.5
    import -window root "$prefix-accounts-flash-history.png"
    tuma --quit
fi
echo "screenshots in $out:"
ls "$out" | grep "^$(basename "$prefix")"
