#!/usr/bin/env python3
"""Draws lint findings at random from a corpus and prints each with its lines, to be read by eye.

Usage: sample-findings.py WORKLOG_BINARY CORPUS_DIR [N] [SEED]
The precision figure in docs/fidelity.md comes from reading N (default 40) of these, seed 9.
"""
import json, random, subprocess, sys

binary, corpus = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 9

p = subprocess.run([binary, "lint", "--format", "json", corpus], capture_output=True, text=True)
if p.returncode not in (0, 1):
    sys.exit(f"worklog lint exited {p.returncode}: {p.stderr[-500:]}")
findings = json.loads(p.stdout)
random.Random(seed).shuffle(findings)
for i, f in enumerate(findings[:n], 1):
    print(f"=== {i}. {f['code']} {f['name']} ({f['severity']}) {f['path'].split('/corpus/', 1)[-1]}:{f['line']}:{f['column']}")
    print(f"    {f['message']}")
    try:
        lines = open(f["path"], encoding="utf-8", errors="replace").read().splitlines()
    except OSError as e:
        print(f"    (cannot read: {e})")
        continue
    for k in range(max(1, f["line"] - 2), min(len(lines), f["line"] + 2) + 1):
        mark = ">" if k == f["line"] else " "
        print(f"  {mark}{k:4} | {lines[k - 1][:160]}")
print(f"\n{min(n, len(findings))} of {len(findings)} findings, seed {seed}")
