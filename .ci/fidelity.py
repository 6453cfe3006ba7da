#!/usr/bin/env python3
"""What the parser decided on a corpus, and how sure it was: the numbers behind docs/fidelity.md.

Usage: fidelity.py WORKLOG_BINARY CORPUS_DIR [--lowest N]
Runs `worklog parse --format jsonl` over the corpus and prints, as Markdown, for each decision
kind: how many decisions, how many ambiguous, the confidence bands, the evidence that carried the
winners; then the N (default 20) lowest-confidence decisions with their evidence.
"""
import collections, json, subprocess, sys

binary, corpus = sys.argv[1], sys.argv[2]
lowest = int(sys.argv[sys.argv.index("--lowest") + 1]) if "--lowest" in sys.argv else 20

p = subprocess.run([binary, "parse", "--format", "jsonl", corpus], capture_output=True, text=True)
if p.returncode != 0:
    sys.exit(f"worklog parse exited {p.returncode}: {p.stderr[-500:]}")
docs = [json.loads(line) for line in p.stdout.splitlines()]

decisions = [(d, x) for d in docs for x in d.get("decisions", [])]
kinds = sorted({x["kind"] for _, x in decisions})
bands = [(0.0, 0.5, "< 0.5 (ambiguous)"), (0.5, 0.8, "0.5–0.8"), (0.8, 0.95, "0.8–0.95"), (0.95, 1.01, "≥ 0.95")]

print(f"{len(docs)} documents, {len(decisions)} decisions.\n")
print("| kind | decisions | ambiguous | " + " | ".join(b[2] for b in bands) + " |")
print("|---|--:|--:|" + "--:|" * len(bands))
for k in kinds:
    xs = [x for _, x in decisions if x["kind"] == k]
    counts = [sum(lo <= x["confidence"] < hi for x in xs) for lo, hi, _ in bands]
    amb = sum(x["ambiguous"] for x in xs)
    print(f"| {k} | {len(xs)} | {amb} | " + " | ".join(str(c) for c in counts) + " |")

print("\nEvidence that spoke for the chosen value (decisions in which each kind of evidence appears):\n")
for k in kinds:
    mix = collections.Counter()
    against = collections.Counter()
    xs = [x for _, x in decisions if x["kind"] == k]
    for x in xs:
        # A column decision's value is the whole mapping (`day=0 task=1`); evidence names one part.
        chosen = {x["value"]} | set(x["value"].split())
        for e in {(e["kind"], e["supports"] in chosen) for e in x["evidence"]}:
            (mix if e[1] else against)[e[0]] += 1
    parts = ", ".join(f"`{e}` {n}" for e, n in mix.most_common())
    contra = ", ".join(f"`{e}` {n}" for e, n in against.most_common())
    print(f"- **{k}** ({len(xs)}): for the winner {parts or '—'}; against it {contra or 'never'}")

print(f"\nThe {lowest} lowest-confidence decisions:\n")
print("| # | page | line | kind | value | confidence | evidence |")
print("|--:|---|--:|---|---|--:|---|")
ranked = sorted(decisions, key=lambda dx: (dx[1]["confidence"], dx[0]["path"], dx[1]["line"] or 0))
for i, (d, x) in enumerate(ranked[:lowest], 1):
    path = d["path"].split("/corpus/", 1)[-1]
    ev = "; ".join(
        f"{e['kind']}→{e['supports']} {e['weight']:g}" + (f" ({e['note']})" if e.get("note") else "")
        for e in x["evidence"])
    print(f"| {i} | `{path}` | {x['line'] or ''} | {x['kind']} | {x['value']} | {x['confidence']:.2f} | {ev} |")
