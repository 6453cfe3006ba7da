#!/usr/bin/env bash
# The install path: a release binary with the Swift standard library linked statically runs
# with an empty environment and links no Swift runtime library dynamically; `make install`
# stages the files where they belong; the Docker image builds where a Docker engine exists.
# Usage: .ci/static-check.sh   (from anywhere; builds with `make build`)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

make build >/tmp/worklog-ci-static-build.log 2>&1 || { cat /tmp/worklog-ci-static-build.log; exit 1; }
work=$(mktemp -d /tmp/worklog-static-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp .build/release/worklog "$work/worklog"
cd "$work"

# No Swift runtime from the toolchain: neither on the library path nor linked dynamically
# (Foundation may still be linked in statically).
if command -v ldd >/dev/null; then
  libs=$(ldd ./worklog || true)
  if echo "$libs" | grep -Ei 'libswift|libFoundation|lib_FoundationICU|libdispatch|libBlocksRuntime'; then
    echo "static: the binary links Swift runtime libraries dynamically (above)"
    exit 1
  fi
  echo "static: ldd shows no Swift runtime library ($(echo "$libs" | wc -l) system libraries)"
else
  echo "static: ldd is not available; the dynamic-library check is skipped"
fi

# An empty environment: no PATH, no HOME, no LANG, no toolchain.
version=$(env -i ./worklog --version)
[ -n "$version" ] || { echo "static: env -i ./worklog --version printed nothing"; exit 1; }
echo "static: env -i ./worklog --version: $version"
set +e
env -i ./worklog lint "$root/worklogs" >"$work/empty-env.txt" 2>&1
status=$?
"$root/.build/release/worklog" lint "$root/worklogs" >"$work/normal-env.txt" 2>&1
set -e
[ "$status" -eq 1 ] || { cat "$work/empty-env.txt"; echo "static: env -i lint of worklogs exited $status, not 1"; exit 1; }
cmp -s "$work/empty-env.txt" "$work/normal-env.txt" || {
  diff "$work/normal-env.txt" "$work/empty-env.txt" | head
  echo "static: env -i lint differs from a normal run"
  exit 1
}
echo "static: env -i lint of worklogs: $(tail -1 "$work/empty-env.txt")"

# make install into a staging folder, then make uninstall.
cd "$root"
make install DESTDIR="$work/stage" PREFIX=/usr >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
grep '^note:' "$work/install.log" || true
[ -x "$work/stage/usr/bin/worklog" ] || { cat "$work/install.log"; echo "static: no binary in \$DESTDIR/usr/bin"; exit 1; }
env -i "$work/stage/usr/bin/worklog" --version >/dev/null
make uninstall DESTDIR="$work/stage" PREFIX=/usr >/dev/null
left=$(find "$work/stage" -type f | wc -l)
[ "$left" -eq 0 ] || { find "$work/stage" -type f; echo "static: make uninstall left $left files"; exit 1; }
echo "static: make install (DESTDIR, PREFIX) and make uninstall"

# The container image, where a Docker engine answers.
if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
  docker build -t worklog-ci . >"$work/docker.log" 2>&1 || { tail -30 "$work/docker.log"; exit 1; }
  set +e
  docker run --rm -v "$root/worklogs:/work:ro" worklog-ci lint . >"$work/docker-lint.txt" 2>&1
  status=$?
  set -e
  [ "$status" -eq 1 ] || { cat "$work/docker-lint.txt"; echo "static: docker run lint exited $status"; exit 1; }
  echo "static: docker image builds and lints worklogs: $(tail -1 "$work/docker-lint.txt")"
else
  echo "static: no Docker engine (docker info failed); the image build is skipped"
fi
