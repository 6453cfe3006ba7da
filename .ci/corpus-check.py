#!/usr/bin/env python3
"""Corpus pass for CI: every week page of ../shared/corpus is found and parsed, nothing crashes.

Usage: corpus-check.py WORKLOG_BINARY CORPUS_DIR
Fails (exit 1) on a crash or non-zero exit of `parse`, on a week page without a week number or
language, on a Markdown file under a worklog folder that discovery did not report, and when fewer
than 97% of task rows carrying dates get ISO start and end dates.
"""
import json, os, re, subprocess, sys

binary, corpus = sys.argv[1], sys.argv[2]

def run(args):
    p = subprocess.run([binary] + args, capture_output=True, text=True)
    if p.returncode < 0 or p.returncode > 2:
        sys.exit(f"worklog {' '.join(args[:2])} crashed (status {p.returncode}): {p.stderr[-500:]}")
    return p

p = run(["parse", "--format", "jsonl", corpus])
if p.returncode != 0:
    sys.exit(f"worklog parse exited {p.returncode}: {p.stderr[-500:]}")
docs = [json.loads(line) for line in p.stdout.splitlines()]
problems = [d["path"] for d in docs if d["week"] is None or not d["language"]]
if problems:
    sys.exit(f"{len(problems)} week pages without a week number or language, e.g. {problems[:5]}")

# Every Markdown file below a worklog folder is a week page, an overview, or named `other`.
files = sorted(os.path.join(root, f) for root, _, names in os.walk(corpus) for f in names if f.endswith(".md"))
p = run(["parse", "--format", "jsonl"] + files)
every = [json.loads(line) for line in p.stdout.splitlines()]
seen = {d["path"] for d in every}
missing = [f for f in files if f not in seen]
if missing:
    sys.exit(f"{len(missing)} files gave no document, e.g. {missing[:5]}")
weeks_found = {d["path"] for d in docs}
week_files = {d["path"] for d in every if d["kind"] in ("week", "termWeek")}
lost = sorted(week_files - weeks_found)
if lost:
    sys.exit(f"{len(lost)} week pages not found by a folder scan, e.g. {lost[:5]}")

rows = dated = iso = yearless = 0
for d in docs:
    for t in d["tasks"]:
        rows += 1
        raw = (t["startRaw"] or "") + " " + (t["endRaw"] or "")
        if re.search(r"\d", raw):
            got = bool(t["start"] and t["end"])
            # `08/09` on a page that writes no year anywhere: no date to give, by design (WL313).
            if not got and not re.search(r"\d{4}", raw):
                yearless += 1
                continue
            dated += 1
            iso += got
share = iso / max(1, dated)
if share < 0.97:
    sys.exit(f"only {share:.1%} of dated task rows got ISO start and end dates")

for command in (["lint", "--format", "json", corpus], ["lint", "--format", "sarif", corpus]):
    p = run(command)
    if p.returncode == 2:
        sys.exit(f"worklog {command[0]} exited 2: {p.stderr[-500:]}")
    json.loads(p.stdout)
kinds = {}
for d in every:
    kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
print(f"corpus: {len(files)} files, {len(docs)} week documents, kinds {kinds}, "
      f"{iso}/{dated} dated rows with ISO dates ({share:.1%}), {yearless} rows with no year to read; "
      f"lint json and sarif parse")
