#!/usr/bin/env bash
# Benchmark: a month's invoices as PDFs (issue 9's target: >= 150 invoices per
# second on one core, one file per invoice, each <= 60 KB; and the single PDF).
#
#   tests/bench/pdf_batch_bench.sh [BUILD_DIR] [BEDS]
#
# Makes a `demo --beds BEDS` workspace (default 10000) in a temporary folder, then
# runs `pdf invoices --month M --out DIR` and `--single`, each pinned to one core
# (taskset), and prints invoices per second (wall and CPU), the largest and the
# average file. Nothing is kept.
set -euo pipefail
build=${1:-build}
beds=${2:-10000}
ctl="$build/app/ctl/rentflowctl"
[ -x "$ctl" ] || { echo "no $ctl: build first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RENTFLOW_BENCH_PASSPHRASE=bench-passphrase
run() { "$ctl" --workspace "$work/ws" --passphrase-env RENTFLOW_BENCH_PASSPHRASE "$@"; }
pin=()                                   # one core: taskset, where there is one
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

run init --org "Sunrise PG" --gstin 29ABCPE1234F1Z7 --state-code 29 \
  --address "12, 5th Cross, Koramangala, Bengaluru 560034" --upi sunrisepg@okaxis >/dev/null
echo "demo --beds $beds …"
run demo --beds "$beds" --json
month=$(run invoice list --json | python3 -c '
import json, sys, collections
months = collections.Counter(i["month"] for i in json.load(sys.stdin)["invoices"])
print(max(months, key=months.get))')
count=$(run invoice list --month "$month" --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["invoices"]))')
echo "month $month: $count invoices"

measure() { # label, then the command; prints wall and CPU seconds
  local label=$1; shift
  local timing
  timing=$( { /usr/bin/time -f '%e %U %S' "$@" >/dev/null; } 2>&1 | tail -1)
  read -r wall user sys <<<"$timing"
  python3 - "$label" "$count" "$wall" "$user" "$sys" <<'PY'
import sys
label, n, wall, user, sys_ = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
cpu = user + sys_
print(f"{label}: {n} invoices in {wall:.1f} s wall, {cpu:.1f} s CPU: "
      f"{n / wall:.0f} invoices/s wall, {n / cpu:.0f} invoices/s CPU")
PY
}
export RENTFLOW_BENCH_PASSPHRASE=bench-passphrase
measure "one file each" "${pin[@]}" "$ctl" --workspace "$work/ws" --passphrase-env RENTFLOW_BENCH_PASSPHRASE \
  pdf invoices --month "$month" --out "$work/out"
files=$(find "$work/out" -name '*.pdf' | wc -l)
largest=$(find "$work/out" -name '*.pdf' -printf '%s\n' | sort -n | tail -1)
total=$(du -sb "$work/out" | cut -f1)
echo "  $files files; largest $((largest / 1024)) KB; average $((total / files / 1024)) KB"
export RENTFLOW_BENCH_PASSPHRASE=bench-passphrase
measure "one PDF to print" "${pin[@]}" "$ctl" --workspace "$work/ws" --passphrase-env RENTFLOW_BENCH_PASSPHRASE \
  pdf invoices --month "$month" --out "$work/all.pdf" --single
echo "  $(($(stat -c %s "$work/all.pdf") / 1024 / 1024)) MB, $(pdfinfo "$work/all.pdf" | awk '/^Pages:/ {print $2}') pages"
