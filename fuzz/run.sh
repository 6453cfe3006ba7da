#!/usr/bin/env bash
# Builds the libFuzzer target over the parser and linter and runs it for SECONDS (default 60)
# on one core, starting from fuzz/seeds and the corpus it grew before (fuzz/out/corpus).
# Crashes land in fuzz/out/ as crash-*; each one becomes a fixture and a regression test.
#
#   fuzz/run.sh [--site] [SECONDS] [extra libFuzzer flags ...]
#   fuzz/run.sh --check    exit 0 when this toolchain can build fuzz targets, 1 when not
set -euo pipefail
cd "$(dirname "$0")/.."

out=fuzz/out
mkdir -p "$out/corpus"

swiftc_bin=${SWIFTC:-swiftc}
if [ "${1:-}" = "--check" ]; then
  probe=$(mktemp -d)
  trap 'rm -rf "$probe"' EXIT
  printf '@_cdecl("LLVMFuzzerTestOneInput") public func f(_ d: UnsafePointer<UInt8>?, _ n: Int) -> Int32 { 0 }\n' > "$probe/p.swift"
  "$swiftc_bin" -sanitize=fuzzer -parse-as-library "$probe/p.swift" -o "$probe/p" >/dev/null 2>&1
  exit $?
fi

# --site: the site-level mode's seeds and corpus (several pages and a configuration per input).
seeds=../seeds
corpus=corpus
if [ "${1:-}" = "--site" ]; then
  seeds=../seeds-site
  corpus=corpus-site
  shift
fi
mkdir -p "$out/$corpus"

seconds=${1:-60}
shift || true

# The invariants are the tests' own (one copy): WORKLOG_FUZZ drops their WorklogKit import.
invariants="Tests/WorklogTestSupport/Invariants.swift Tests/WorklogTestSupport/FixInvariants.swift"
sources=$(find Sources/WorklogKit -name '*.swift' | sort)
binary="$out/fuzzer"
# Rebuild only when a source is newer than the binary: the build takes minutes on a busy box.
if [ ! -x "$binary" ] || [ -n "$(find Sources/WorklogKit fuzz/FuzzParseLint.swift $invariants -newer "$binary" -name '*.swift' | head -1)" ]; then
  echo "fuzz: building $binary"
  # shellcheck disable=SC2086
  "$swiftc_bin" -sanitize=fuzzer,address -parse-as-library -O -g -module-name WorklogFuzz -package-name worklog \
    -D WORKLOG_FUZZ $sources $invariants fuzz/FuzzParseLint.swift -o "$binary"
fi

# One job on one core: the box is shared. -timeout flags a hang, -rss_limit_mb unbounded memory.
# -detect_leaks=0 (and ASAN_OPTIONS, for the check at exit): LeakSanitizer cannot follow Swift's multi-payload enums, whose tags live in a
# pointer's spare bits, so a static table built on first use (ConfigurationFields.settings, its
# nested shapes boxed) is reported as leaked by the first input; the fuzzer looks for crashes,
# hangs and broken invariants, and memory growth is bounded by -rss_limit_mb.
# With -jobs libFuzzer logs to fuzz-0.log in the working folder (and prints it when the job
# ends), so run from fuzz/out.
cd "$out"
status=0
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" ./fuzzer "$corpus" "$seeds" -dict=../worklog.dict \
  -max_total_time="$seconds" -jobs=1 -workers=1 -timeout=10 -rss_limit_mb=2048 -max_len=65536 -detect_leaks=0 \
  -artifact_prefix=./ -print_final_stats=1 "$@" || status=$?
if ls crash-* timeout-* oom-* leak-* >/dev/null 2>&1; then
  echo "fuzz: findings in $out:" && ls crash-* timeout-* oom-* leak-* 2>/dev/null
fi
exit "$status"
