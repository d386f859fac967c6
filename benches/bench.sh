#!/usr/bin/env bash
# Times `kennis build` and `kennis check` against a Hugo build of the same generated content
# (see benches/README.md).
#
#   benches/bench.sh              # N = 1000 and 10000 articles per language
#   benches/bench.sh 1000 5000    # other sizes
#
# Environment: BENCH_OUT (where the built sites go; default a tmpfs folder, see below),
# BENCH_SEED (corpus seed, default 42), BENCH_KEEP=1 (keep the last built sites).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$repo/bench-work"   # git-ignored: corpora, Hugo sites, results
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(1000 10000); fi
seed=${BENCH_SEED:-42}

# Built sites go to a tmpfs when there is one. On this machine's ext4, creating thousands of
# files right after deleting thousands (every run starts from an empty output folder) is slowed
# by the kernel's inode allocator (recently_deleted), which then dominates both tools' times.
if [ -z "${BENCH_OUT:-}" ]; then
    if [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_OUT=/dev/shm/kennis-bench; else BENCH_OUT="$work/out"; fi
fi
mkdir -p "$BENCH_OUT" "$work"
BENCH_OUT=$(cd "$BENCH_OUT" && pwd)

# --- tools: hugo, hyperfine, GNU time and jq from Debian, installed when missing -----------
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
command -v jq >/dev/null || missing+=(jq)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cd "$repo"
cargo build --release --bin kennis --examples
kennis="$repo/target/release/kennis"
corpus_gen="$repo/target/release/examples/corpus"

# Max RSS in KiB of one run of "$@", from GNU time -v.
max_rss() {
    /usr/bin/time -v "$@" 2>"$work/time.txt" >/dev/null || { cat "$work/time.txt" >&2; return 1; }
    awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt"
}

# Median wall seconds of command name $1 in hyperfine's JSON file $2.
median() { jq -r --arg c "$1" '.results[] | select(.command == $c) | .median' "$2"; }
# Mean CPU seconds (user + system) of command $1 in $2: steadier than wall time on a busy host.
cpu() { jq -r --arg c "$1" '.results[] | select(.command == $c) | .user + .system' "$2"; }

html_count() { find "$1" -name '*.html' -type f | wc -l; }
# Total size of the HTML files in MiB: a check that both wrote the same pages, not just as many.
html_mib() { find "$1" -name '*.html' -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }'; }

summary="$work/summary.md"
{
    echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB memory; $(hugo version | cut -d' ' -f1-2); $(rustc --version | cut -d' ' -f1-2); $(date -u +%Y-%m-%d)"
    echo "outputs written to: $BENCH_OUT"
    echo
    echo "| N articles/lang | kennis median s | hugo median s | kennis/hugo | kennis max RSS MiB | hugo max RSS MiB | RSS kennis/hugo | kennis HTML files | hugo HTML files | kennis HTML MiB | hugo HTML MiB | kennis CPU s | hugo CPU s | check median s | check/hugo | check/kennis build |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$summary"

for n in "${sizes[@]}"; do
    corpus="$work/corpus-$n"
    site="$work/hugo-$n"
    out_k="$BENCH_OUT/kennis-$n"
    out_h="$BENCH_OUT/hugo-$n"
    echo "== N = $n" >&2

    "$corpus_gen" --articles "$n" --out "$corpus" --seed "$seed"

    # The Hugo site: config, layouts and UI strings from benches/hugo, the very same content
    # and the theme's static files (kennis copies them too). Copied, not linked: Hugo refuses
    # a symlinked content folder.
    rm -rf "$site"
    mkdir -p "$site"
    cp -r "$repo/benches/hugo/." "$site/"
    cp -r "$corpus/content" "$site/content"
    cp -r "$corpus/themes/default/static" "$site/static"

    # Every run starts from an empty output folder for both tools, so neither reuses or has to
    # delete a previous build. Hugo keeps nothing between runs for this site (no images, no
    # resource pipeline; resources/_gen stays empty), but it is removed too to be sure.
    prepare="rm -rf '$out_k' '$out_h' '$site/resources'"
    runs=5
    if [ "$n" -ge 5000 ]; then runs=3; fi
    hyperfine --warmup 1 --runs "$runs" -N \
        --prepare "$prepare" \
        --export-json "$work/results-$n.json" \
        -n kennis "$kennis build --root $corpus --output $out_k" \
        -n hugo "hugo --source $site --destination $out_h --quiet" \
        -n kennis-check "$kennis check --root $corpus"

    eval "$prepare"
    rss_k=$(max_rss "$kennis" build --root "$corpus" --output "$out_k")
    rss_h=$(max_rss hugo --source "$site" --destination "$out_h" --quiet)
    pages_k=$(html_count "$out_k")
    pages_h=$(html_count "$out_h")
    size_k=$(html_mib "$out_k")
    size_h=$(html_mib "$out_h")

    t_k=$(median kennis "$work/results-$n.json")
    t_h=$(median hugo "$work/results-$n.json")
    c_k=$(cpu kennis "$work/results-$n.json")
    c_h=$(cpu hugo "$work/results-$n.json")
    t_c=$(median kennis-check "$work/results-$n.json")
    awk -v n="$n" -v tk="$t_k" -v th="$t_h" -v rk="$rss_k" -v rh="$rss_h" -v pk="$pages_k" -v ph="$pages_h" -v sk="$size_k" -v sh="$size_h" -v ck="$c_k" -v ch="$c_h" -v tc="$t_c" 'BEGIN {
        printf "| %d | %.3f | %.3f | %.2f | %.0f | %.0f | %.2f | %d | %d | %s | %s | %.2f | %.2f | %.3f | %.2f | %.2f |\n",
            n, tk, th, tk / th, rk / 1024, rh / 1024, rk / rh, pk, ph, sk, sh, ck, ch, tc, tc / th, tc / tk
    }' >>"$summary"

    # The built sites take memory on a tmpfs; BENCH_KEEP=1 keeps them for a look.
    if [ -z "${BENCH_KEEP:-}" ]; then eval "$prepare"; fi

    # A large difference in page counts means the two builds are not comparable.
    if [ $((pages_k - pages_h)) -gt 10 ] || [ $((pages_h - pages_k)) -gt 10 ]; then
        echo "WARNING: kennis wrote $pages_k HTML files, Hugo $pages_h" >&2
    fi
done

echo
cat "$summary"
