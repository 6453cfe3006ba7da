#!/usr/bin/env python3
"""Corpus check of `worklog fix` (issue 10), on a copy of the corpus (never the corpus itself).

1. `fix` then `lint` leaves no safe-fixable finding (but those `fix` reported as refused);
2. a second `fix` changes nothing;
3. the diff of `fix --diff` removes only lines an edit or its finding named (added lines are
   what a fix inserted);
4. `hugo` builds the fixed copy of each site with as many pages as the original (a minimal
   config, layouts and stub shortcodes are written into the copy; skipped when hugo is missing);
and prints how many findings `fix` and `fix --unsafe` remove.

usage: fix-check.py WORKLOG_BINARY CORPUS_DIR
"""
import json, os, re, shutil, subprocess, sys, tempfile

import corpus_copy

binary, corpus = os.path.abspath(sys.argv[1]), sys.argv[2]
failures = []


def run(args, cwd):
    return subprocess.run([binary] + args, cwd=cwd, capture_output=True)


def findings(cwd):
    out = run(["lint", "--format", "json", "."], cwd).stdout
    return json.loads(out or b"[]")


def closing(stream):
    m = re.search(rb"(?:Fixed|Would fix) (\d+) findings? in (\d+) files?; (\d+) remain", stream)
    return tuple(int(x) for x in m.groups()) if m else None


def refused(stream):
    return set(re.findall(rb"^(.+?:\d+:\d+): (WL\d+) not fixed", stream, re.M))


def copy(dest):
    return corpus_copy.copy(corpus, dest)


tmp = tempfile.mkdtemp(prefix="worklog-fix-check-")
try:
    safe_dir, unsafe_dir = copy(tmp + "/safe"), copy(tmp + "/unsafe")
    before = findings(safe_dir)
    fixable = [f for f in before if "autofix" in f]
    print(f"fix: {len(before)} findings, {sum(f['autofix']['applicability'] == 'safe' for f in fixable)} safe-fixable, "
          f"{sum(f['autofix']['applicability'] == 'unsafe' for f in fixable)} unsafe-fixable")

    # 3. the diff touches only lines a finding or its edits named.
    diff = run(["fix", "--diff", "."], safe_dir)
    allowed = {}
    for f in fixable:
        lines = allowed.setdefault(f["path"], set())
        lines.update(range(f["line"], f["endLine"] + 1))
        for e in f["autofix"]["edits"]:
            if "line" in e:
                lines.update(range(e["line"], e["endLine"] + 1))
    path, old = None, 0
    stray = 0
    for line in diff.stdout.split(b"\n"):
        if line.startswith(b"--- a/"):
            path = line[6:].decode("utf-8", "surrogateescape")
            path = path[2:] if path.startswith("./") else path
        elif line.startswith(b"@@"):
            old = int(re.match(rb"@@ -(\d+)", line).group(1))
        elif line.startswith(b"-") and not line.startswith(b"---"):
            if old not in allowed.get(path, set()) and old not in allowed.get("./" + (path or ""), set()):
                stray += 1
                if stray <= 5:
                    failures.append(f"diff removes line {old} of {path}, which no finding named")
            old += 1
        elif line.startswith(b" "):
            old += 1

    # 1. fix, then lint: no safe-fixable finding left but the refused ones.
    first = run(["fix", "."], safe_dir)
    if first.returncode != 0:
        failures.append(f"fix exited {first.returncode}: {first.stderr[-300:]!r}")
    counts = closing(first.stdout) or (0, 0, 0)
    not_fixed = refused(first.stdout)
    after = findings(safe_dir)
    left = [f for f in after if f.get("autofix", {}).get("applicability") == "safe"
            and (f"{f['path']}:{f['line']}:{f['column']}".encode(), f["code"].encode()) not in not_fixed]
    for f in left[:5]:
        failures.append(f"safe-fixable finding left after fix: {f['path']}:{f['line']} {f['code']} {f['message']}")

    # 2. a second fix changes nothing.
    second = run(["fix", "."], safe_dir)
    again = closing(second.stdout)
    if again is None or again[0] != 0:
        failures.append(f"a second fix changed more: {second.stdout[-200:]!r}")

    unsafe = run(["fix", "--unsafe", "."], unsafe_dir)
    unsafe_counts = closing(unsafe.stdout) or (0, 0, 0)
    print(f"fix: safe fixes {counts[0]} findings in {counts[1]} files ({len(not_fixed)} refused); "
          f"--unsafe fixes {unsafe_counts[0]} in {unsafe_counts[1]} files; diff lines outside findings: {stray}")

    # 4. hugo builds each fixed site with as many pages as the original.
    hugo = shutil.which("hugo")
    if not hugo:
        print("fix: hugo not installed; build check skipped")
    else:
        original_dir = copy(tmp + "/original")

        def build(site, out):
            return corpus_copy.build(hugo, site, out)

        built = same = pages = 0
        for name in sorted(os.listdir(original_dir)):
            if not os.path.isdir(os.path.join(original_dir, name, "content")):
                continue
            a, why_a = build(os.path.join(original_dir, name), f"{tmp}/out-a/{name}")
            b, why_b = build(os.path.join(safe_dir, name), f"{tmp}/out-b/{name}")
            built += 1
            if a == b:
                same += 1
                pages += a or 0
            else:
                failures.append(f"hugo: {name}: {a} pages before the fix, {b} after {why_b or why_a}")
        print(f"fix: hugo built {built} sites; {same} with as many pages after the fix as before ({pages} pages)")
finally:
    shutil.rmtree(tmp, ignore_errors=True)

for f in failures:
    print("fix: FAIL " + f)
sys.exit(1 if failures else 0)
