#!/usr/bin/env bash
# Times `kennis serve`'s rebuild after a one-article edit against a full build of the same site
# in the same run (see benches/README.md, "Rebuilds after an edit").
#
#   benches/rebuild.sh              # N = 1000 and 10000 articles per language
#   benches/rebuild.sh 1000         # other sizes
#
# Environment: BENCH_SEED (corpus seed, default 42), REBUILD_EDITS (default 7), REBUILD_FULL
# (full builds, default 3; 2 above N = 5000).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$repo/bench-work"   # git-ignored
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(1000 10000); fi
seed=${BENCH_SEED:-42}
edits=${REBUILD_EDITS:-7}

cd "$repo"
cargo build --release --examples
mkdir -p "$work"
summary="$work/rebuild-summary.md"
{
    echo "machine: $(nproc) cores; $(rustc --version | cut -d' ' -f1-2); kennis $(git rev-parse --short HEAD); $(date -u +%Y-%m-%d)"
    echo
    echo "| N articles/lang | pages | rebuild median s | rebuild runs s | pages rendered | bodies rendered | full build median s | rebuild / full |"
    echo "|---:|---:|---:|---|---:|---:|---:|---:|"
} >"$summary"

for n in "${sizes[@]}"; do
    corpus="$work/corpus-$n"
    full=${REBUILD_FULL:-3}
    if [ "$n" -gt 5000 ] && [ -z "${REBUILD_FULL:-}" ]; then full=2; fi
    echo "== N = $n" >&2
    target/release/examples/corpus --articles "$n" --out "$corpus" --seed "$seed" >/dev/null
    result=$(target/release/examples/rebuild_bench --root "$corpus" --edits "$edits" --full "$full")
    echo "$result" >"$work/rebuild-$n.json"
    echo "$result" | python3 -c '
import json, sys
r = json.load(sys.stdin)
runs = ", ".join("%.3f" % x for x in r["rebuild_runs"])
print("| %s | %d | %.3f | %s | %d | %d | %.3f | %.3f |" % (sys.argv[1], r["pages"], r["rebuild_median_s"], runs, r["pages_rendered"], r["bodies_rendered"], r["full_build_median_s"], r["rebuild_over_full"]))
' "$n" >>"$summary"
done

echo
cat "$summary"
