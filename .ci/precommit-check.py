#!/usr/bin/env python3
"""The pre-commit hooks for real, as a project that uses them meets them.

Usage: python .ci/precommit-check.py [REPO]   (run with a Python that has pre-commit installed)

A scratch git repository holds a copy of the sample site `worklogs/` and a
`.pre-commit-config.yaml` naming REPO (default: this repository) at its HEAD commit. pre-commit
clones REPO at that commit and builds it (`language: swift`: one release build), then:

- a commit changing a clean page passes;
- a commit giving that page a completion date before its start fails with that finding (WL303),
  and with no finding on the pages it did not change: no week-missing finding (WL501) and none
  of the sample site's deliberate flaws in other weeks;
- the `worklog-fix` hook (manual stage) sets a wrong `weight` back to the week.

pre-commit tests the committed HEAD, not the working tree: commit before running this. Its
cache (PRE_COMMIT_HOME, default /tmp/worklog-ci-precommit/<HEAD>) is kept between runs, so a
second run at the same HEAD does not build again; the caches of other commits are removed.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
PAGE = "worklogs/content/1-Worklog/1.3-Week3/_index.md"
CACHE = "/tmp/worklog-ci-precommit"
HOME = os.environ.get("PRE_COMMIT_HOME", "")


def run(args, cwd, check=True):
    """Runs `args` in `cwd` and returns (status, stdout and stderr together)."""
    env = dict(os.environ, PRE_COMMIT_HOME=HOME, PRE_COMMIT_COLOR="never", NO_COLOR="1")
    env.update(GIT_AUTHOR_NAME="ci", GIT_AUTHOR_EMAIL="ci@example.invalid")
    env.update(GIT_COMMITTER_NAME="ci", GIT_COMMITTER_EMAIL="ci@example.invalid")
    done = subprocess.run(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if check and done.returncode != 0:
        sys.exit(f"precommit: {' '.join(args)} exited {done.returncode}:\n{done.stdout}")
    return done.returncode, done.stdout


def fail(what, output):
    sys.exit(f"precommit: {what}\n--- output ---\n{output}")


def edit(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if old not in text:
        sys.exit(f"precommit: {path} no longer holds {old!r}; update this check")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def main():
    pre_commit = [sys.executable, "-m", "pre_commit"]
    _, head = run(["git", "rev-parse", "HEAD"], REPO)
    head = head.strip()
    global HOME
    if not HOME:
        HOME = os.path.join(CACHE, head)
        if os.path.isdir(CACHE):
            for old in os.listdir(CACHE):
                if old != head:
                    shutil.rmtree(os.path.join(CACHE, old), ignore_errors=True)
    _, dirty = run(["git", "status", "--porcelain", "--untracked-files=no"], REPO)
    if dirty.strip():
        print(f"precommit: note: {REPO} has uncommitted changes; the hooks tested are those of HEAD {head[:12]}")
    scratch = tempfile.mkdtemp(prefix="worklog-precommit-")
    try:
        shutil.copytree(os.path.join(REPO, "worklogs"), os.path.join(scratch, "worklogs"))
        with open(os.path.join(scratch, ".pre-commit-config.yaml"), "w") as f:
            f.write(
                f"repos:\n  - repo: {REPO}\n    rev: {head}\n    hooks:\n      - id: worklog\n"
                "      - id: worklog-fix\n        stages: [manual]\n")
        run(["git", "init", "-q", "-b", "main"], scratch)
        run(["git", "add", "-A"], scratch)
        run(["git", "commit", "-q", "-m", "the sample site, before the hook"], scratch)
        run(pre_commit + ["install"], scratch)
        started = time.monotonic()
        run(pre_commit + ["install-hooks"], scratch)
        print(f"precommit: hook environment ready in {time.monotonic() - started:.0f} s (pre-commit builds worklog once per commit)")

        page = os.path.join(scratch, PAGE)
        # A clean change to a clean page: the commit goes through.
        edit(page, "isolates resources in the cloud", "isolates resources in the AWS cloud")
        status, out = run(["git", "commit", "-am", "a clean change"], scratch, check=False)
        if status != 0 or "worklog lint" not in out or "Passed" not in out:
            fail(f"a clean page should pass the hook (exit {status})", out)
        print("precommit: a clean page passes")

        # A deliberate error: the commit stops, with that finding and only that one.
        bad = "| 23/09/2025 | 22/09/2025 |"
        edit(page, "| 23/09/2025 | 23/09/2025 |", bad)
        status, out = run(["git", "commit", "-am", "a completion before its start"], scratch, check=False)
        if status == 0 or "Failed" not in out:
            fail("a page with a completion date before its start should fail the hook", out)
        if "WL303" not in out or PAGE not in out:
            fail("the hook should report WL303 on the changed page", out)
        if "WL501" in out or "has no page" in out:
            fail("a single changed page should get no week-missing finding", out)
        others = [w for w in ("1.4-Week4", "1.6-Week6", "1.7-Week7", "1.9-Week9", "1.10-Week10", "1.11-Week11") if w in out]
        if others:
            fail(f"the hook reported on pages it was not given: {', '.join(others)}", out)
        if "in 1 page" not in out:
            fail("the hook should count the one page it was given", out)
        print("precommit: a completion before its start fails with WL303 on that page alone, no week-missing finding")

        # The fix hook repairs a wrong weight (and fails, as pre-commit hooks do when they change
        # a file).
        edit(page, bad, "| 23/09/2025 | 23/09/2025 |")
        edit(page, "weight: 3\n", "weight: 5\n")
        status, out = run(pre_commit + ["run", "worklog-fix", "--hook-stage", "manual", "--files", PAGE], scratch, check=False)
        with open(page, encoding="utf-8") as f:
            fixed = "weight: 3\n" in f.read()
        if status == 0 or not fixed:
            fail(f"worklog-fix should set the weight back to 3 and fail (exit {status}, fixed: {fixed})", out)
        status, out = run(pre_commit + ["run", "worklog", "--files", PAGE], scratch, check=False)
        if status != 0:
            fail("after worklog-fix the page should pass the lint hook", out)
        print("precommit: worklog-fix repairs the weight, and the page then passes")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
