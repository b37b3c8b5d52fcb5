#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the bench preset (the release preset's flags, with the tests and benchmarks) and runs
# every benchmark in tests/bench, one after another.
#   tools/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset bench >/dev/null
cmake --build --preset bench --target bench_smstext bench_template bench_composer bench_phonenormalizer bench_xlsx bench_import bench_contacts bench_campaigns bench_campaign_gui tuma-cli
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
build/bench/tests/bench/bench_smstext
build/bench/tests/bench/bench_template
build/bench/tests/bench/bench_composer
build/bench/tests/bench/bench_phonenormalizer
build/bench/tests/bench/bench_xlsx
build/bench/tests/bench/bench_import
# Launching a million-recipient campaign, dispatching to the simulator on 127.0.0.1, and two
# minutes at FlashSMS's rate limit (--flashsms-minutes 0 leaves that part out).
build/bench/tests/bench/bench_campaigns --flashsms-minutes 2
# The GUI thread while a 100,000-recipient campaign sends with its page open.
build/bench/tests/bench/bench_campaign_gui
# The Contacts page on a million contacts, and an import through the wizard.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/bench/tests/bench/bench_import --write-csv "$work/contacts.csv"
build/bench/app/tuma-cli --db "$work/big.db" import "$work/contacts.csv" >/dev/null
QT_QPA_PLATFORM=offscreen build/bench/tests/bench/bench_contacts "$work/big.db" "$work/contacts.csv"
