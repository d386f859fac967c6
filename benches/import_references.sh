#!/usr/bin/env bash
# How `kennis import` scales with the length of a reference list: a text whose list has N
# entries of one author and year (each with its own DOI), imported with --dry-run, for each N
# given (default: 2000 8000 32000). Prints the wall time per N; linear parsing doubles the time
# when N doubles, quadratic parsing quadruples it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/site"
cp -r tests/fixtures/basic/. "$work/site/"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 8000 32000)
for count in "${sizes[@]}"; do
  {
    printf 'Magnesium en slaap\nEen zin over magnesium.\n\nBronnen\n'
    for ((i = 0; i < count; i++)); do
      printf 'Jansen A, de Vries B. Titel %d over magnesium. Tijdschrift. 2020;%d:1-2. doi:10.1000/x%d\n' "$i" "$i" "$i"
    done
  } > "$work/refs.txt"
  start=$(date +%s.%N)
  target/release/kennis import --root "$work/site" --dry-run "$work/refs.txt" > /dev/null 2>&1
  end=$(date +%s.%N)
  printf '%6d entries: %.2f s\n' "$count" "$(echo "$end - $start" | bc)"
done
