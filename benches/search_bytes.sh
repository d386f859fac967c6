#!/usr/bin/env bash
# Measures what a reader's first search query downloads of the search index, on the benchmark
# corpus built by kennis (see benches/README.md, "The search index: a first query").
#
#   benches/search_bytes.sh          # N = 10000 articles per language
#   benches/search_bytes.sh 1000     # other sizes
#
# Environment: BENCH_SEED (corpus seed, default 42). Needs gzip. The built sites go to a tmpfs
# when there is one (as in bench.sh), else under bench-work/.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$repo/bench-work"   # git-ignored
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(10000); fi
seed=${BENCH_SEED:-42}
out="$work/search-bytes"
if [ -d /dev/shm ] && [ -w /dev/shm ]; then out=/dev/shm/kennis-search-bytes; fi

cd "$repo"
# CARGO_TARGET_DIR is honoured, as by cargo itself.
target=${CARGO_TARGET_DIR:-$repo/target}
cargo build --release --bin kennis --example corpus --example search_bytes
mkdir -p "$work" "$out"
summary="$work/search-bytes.md"
echo "machine: $(nproc) cores; $(rustc --version | cut -d' ' -f1-2); kennis $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'); $(date -u +%Y-%m-%d); seed $seed" >"$summary"

for n in "${sizes[@]}"; do
    corpus="$work/corpus-$n"
    echo "== N = $n" >&2
    "$target/release/examples/corpus" --articles "$n" --out "$corpus" --seed "$seed" >/dev/null
    rm -rf "$out/site-$n"
    # The corpus has warnings (health claims in descriptions), not errors.
    "$target/release/kennis" build --root "$corpus" --output "$out/site-$n" >"$work/search-bytes-build.log" 2>&1 || {
        tail -20 "$work/search-bytes-build.log" >&2
        exit 1
    }
    {
        echo
        echo "N = $n articles per language:"
        echo
        "$target/release/examples/search_bytes" "$out/site-$n"
    } >>"$summary"
    rm -rf "$out/site-$n"
done
cat "$summary"
