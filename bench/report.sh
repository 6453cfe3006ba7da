#!/usr/bin/env bash
# How long `worklog report` takes to render a large cohort and how long the page takes to open
# in headless Chromium. The cohort is ../shared/corpus copied K times (default 10; each copy a
# site of its own), or, without the corpus, an imaginary cohort of 52 sites (.ci/make-cohort.py)
# copied K times. Writes the table to the terminal and to bench/out/report.md.
#
#   bench/report.sh [--copies K] [--runs N] [--no-build]
#
# Environment: WORKLOG_BIN=PATH times this binary (implies --no-build).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out/report"
COPIES=10
RUNS=5
DO_BUILD=1

while (($#)); do
  case "$1" in
    --copies) COPIES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --no-build) DO_BUILD=0; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/report.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ $COPIES =~ ^[1-9][0-9]*$ && $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "bench/report.sh: --copies and --runs take a positive number" >&2; exit 2; }

bin="${WORKLOG_BIN:-$ROOT/.build/release/worklog}"
if [[ -z ${WORKLOG_BIN:-} && $DO_BUILD == 1 ]]; then
  echo "==> swift build -c release --product worklog" >&2
  (cd "$ROOT" && swift build -c release --product worklog >/dev/null)
fi
[[ -x $bin ]] || { echo "bench/report.sh: no binary at $bin" >&2; exit 1; }
"$bin" report --help >/dev/null 2>&1 || { echo "bench/report.sh: $bin has no 'report' command" >&2; exit 1; }
command -v chromium >/dev/null || { echo "bench/report.sh: chromium is not installed (apt-get install chromium)" >&2; exit 1; }

mkdir -p "$OUT"
if [[ -d $ROOT/../shared/corpus ]]; then
  source_dir="$(cd "$ROOT/../shared/corpus" && pwd)"
  source_name="../shared/corpus"
else
  source_dir="$OUT/imaginary"
  source_name="an imaginary cohort of 52 sites"
  [[ -d $source_dir ]] || python3 "$ROOT/.ci/make-cohort.py" "$source_dir" --sites 52 >/dev/null
fi
sites=$(find "$source_dir" -mindepth 1 -maxdepth 1 -type d ! -name '.*' | wc -l)
cohort="$OUT/cohort-x$COPIES"
if [[ ! -f $cohort.done || $(cat "$cohort.done") != "$source_dir $sites" ]]; then
  rm -rf "$cohort" "$cohort.done"
  python3 "$ROOT/.ci/make-cohort.py" --copies "$COPIES" "$source_dir" "$cohort" >/dev/null
  echo "$source_dir $sites" > "$cohort.done"
fi
pages=$(find "$cohort" -name '*.md' | wc -l)
html="$OUT/report-x$COPIES.html"

now_ms() { python3 -c 'import time; print(int(time.monotonic() * 1000))'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

echo "==> render: $bin report $cohort -o $html ($RUNS runs)" >&2
render=()
for ((i = 0; i < RUNS; i++)); do
  t0=$(now_ms)
  "$bin" report "$cohort" -o "$html" >/dev/null
  t1=$(now_ms)
  render+=($((t1 - t0)))
done
rss="n/a"
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -v "$bin" report "$cohort" -o "$html" >/dev/null 2>"$OUT/time.txt"
  rss="$(awk -F': ' '/Maximum resident/ { printf "%.0f MB", $2 / 1024 }' "$OUT/time.txt")"
fi
size=$(stat -c %s "$html")

echo "==> open: python3 .ci/report-check.py $html ($RUNS runs)" >&2
load=()
dcl=()
for ((i = 0; i < RUNS; i++)); do
  line=$(python3 "$ROOT/.ci/report-check.py" "$html" --screenshot "$OUT/report-x$COPIES.png")
  load+=("$(sed -E 's/.*; load ([0-9]+) ms.*/\1/' <<<"$line")")
  dcl+=("$(sed -E 's/.*DOMContentLoaded ([0-9]+) ms.*/\1/' <<<"$line")")
done
echo "$line" >&2

table=$(cat <<EOF
| ${source_name} ×$COPIES: $((sites * COPIES)) sites, $pages pages | median of $RUNS | runs (ms) |
| --- | --- | --- |
| render: \`worklog report cohort -o report.html\` | $(printf '%s\n' "${render[@]}" | median) ms | ${render[*]} |
| report.html | $(awk -v s="$size" 'BEGIN { printf "%.1f MB", s / 1e6 }') | peak RSS of a render: $rss |
| open in headless Chromium: navigate to load event | $(printf '%s\n' "${load[@]}" | median) ms | ${load[*]} |
| DOMContentLoaded (performance.getEntriesByType) | $(printf '%s\n' "${dcl[@]}" | median) ms | ${dcl[*]} |
EOF
)
echo "$table" | tee "$BENCH_DIR/out/report.md"
echo "(machine: $(nproc) cores, $(chromium --version 2>/dev/null | head -1); $("$bin" --version 2>/dev/null | head -1))"
