#!/usr/bin/env bash
# The install path: a release binary linked as a static executable (the Swift standard library
# and glibc inside it) runs with an empty environment and loads no library at all; `make install`
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

# A static executable (Package.swift's -static-executable on Linux): no program interpreter,
# nothing for a loader to find or relocate, and so no Swift runtime from the toolchain either.
# It is a start-up matter (about 1.5 ms of a 2.5 ms start), so it is checked here, by the ELF
# headers, rather than by a timed test.
if command -v readelf >/dev/null; then
  kind=$(readelf -h ./worklog | awk '/Type:/ {print $2}')
  [ "$kind" = "EXEC" ] || { echo "static: the binary is ELF type $kind, not EXEC (was -static-executable lost?)"; exit 1; }
  if readelf -l ./worklog | grep -q INTERP; then
    ldd ./worklog || true
    echo "static: the binary names a program interpreter: it is linked dynamically (above)"
    exit 1
  fi
  echo "static: readelf says the binary is EXEC with no program interpreter (a static executable)"
else
  echo "static: readelf is not available; the static-executable check is skipped"
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
