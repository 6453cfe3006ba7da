#!/usr/bin/env python3
"""Turn bench/out (runs.tsv, meta.tsv, hyperfine/*.json, time/*.txt) into a Markdown report.

Usage: report.py OUT_DIR  (prints Markdown on stdout). Standard library only.
"""
import csv
import json
import statistics
import sys
from pathlib import Path

out = Path(sys.argv[1])


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


meta = {}
for line in (out / "meta.tsv").read_text(encoding="utf-8").splitlines():
    key, _, value = line.partition("\t")
    meta[key] = value

rows = read_tsv(out / "runs.tsv")


def hyperfine(run_id):
    path = out / "hyperfine" / f"{run_id}.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())["results"][0]


def gnu_time(run_id):
    """Peak RSS in MB (max over the /usr/bin/time -v runs) and their CPU user+sys in ms (median)."""
    cpus, rss = [], []
    for path in sorted((out / "time").glob(f"{run_id}.*.txt")):
        fields = {}
        for line in path.read_text(errors="replace").splitlines():
            key, _, value = line.strip().rpartition(": ")
            fields[key] = value
        try:
            cpus.append((float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])) * 1000)
            rss.append(int(fields["Maximum resident set size (kbytes)"]) / 1024)
        except (KeyError, ValueError):
            continue
    if not cpus:
        return None, None
    return max(rss), statistics.median(cpus)


for r in rows:
    r["hf"] = hyperfine(r["id"]) if r["status"] == "ok" else None
    r["rss"], r["cpu_gnu"] = gnu_time(r["id"]) if r["status"] == "ok" else (None, None)
    r["mean"] = r["hf"]["mean"] * 1000 if r["hf"] else None
    # CPU: hyperfine's mean user + system (rusage, µs resolution, shell spawn subtracted);
    # GNU time prints only 10 ms steps, so it is the fallback.
    r["cpu"] = (r["hf"]["user"] + r["hf"]["system"]) * 1000 if r["hf"] else r["cpu_gnu"]
    sd = r["hf"]["stddev"] if r["hf"] else None
    r["sd"] = sd * 1000 if sd is not None else None

by_id = {r["id"]: r for r in rows}


def mean_of(run_id):
    r = by_id.get(run_id)
    return r["mean"] if r else None


def decimals(v):
    return 0 if v >= 100 else 1 if v >= 10 else 2


def ms(v, like=None):
    """Milliseconds with a precision that fits v (or the value `like`, e.g. a mean for its sd)."""
    if v is None:
        return "–"
    return f"{v:,.{decimals(like if like is not None else v)}f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "–"
    x = a / b
    if x < 0.1:
        return f"{x:.2g}×"
    return f"{x:.2f}×" if x < 10 else f"{x:.1f}×" if x < 100 else f"{x:,.0f}×"


def cohort_name(c):
    return "1 page" if c == "page" else f"{c}×"


lines = []
lines.append("# worklog benchmark")
lines.append("")
for key, title in [("date", "date"), ("mode", "mode"), ("commit", "commit"), ("machine", "machine"),
                   ("corpus", "corpus"), ("worklog", "worklog"), ("tools", "tools"), ("page", "single page")]:
    if meta.get(key):
        lines.append(f"- {title}: {meta[key]}")
lines.append("")
lines.append("Wall time: hyperfine mean ± sd (output to /dev/null, shell spawn subtracted). "
             "CPU: hyperfine's mean user+sys (likewise corrected). Peak RSS: `/usr/bin/time -v` "
             "(maximum resident set size of one run). "
             "“× cat” is the wall mean over the `cat` floor of the same cohort; "
             "“vs hugo” / “vs pymarkdown” compare the 1× worklog rows with the peers on the same pages.")
lines.append("")
lines.append("| command | corpus | pages | wall mean ± sd (ms) | user+sys CPU (ms) | peak RSS (MB) | × cat | vs hugo | vs pymarkdown |")
lines.append("|---|---|--:|--:|--:|--:|--:|--:|--:|")
for r in rows:
    c = r["cohort"]
    floor = mean_of("p1-cat" if c == "page" else f"c{c}-cat")
    if r["status"] != "ok":
        wall = f"failed ({r['note']})"
    elif r["mean"] is None:
        wall = "–"
    else:
        wall = f"{ms(r['mean'])} ± {ms(r['sd'], r['mean'])}" if r["sd"] is not None else ms(r["mean"])
    vs_hugo = vs_pymd = ""
    if c == "1" and r["group"] == "worklog":
        vs_hugo = ratio(r["mean"], mean_of("c1-hugo"))
        vs_pymd = ratio(r["mean"], mean_of("c1-pymarkdown"))
    x_cat = ratio(r["mean"], floor)
    rss = f"{r['rss']:.1f}" if r["rss"] is not None else "–"
    lines.append(f"| {r['label']} | {cohort_name(c)} | {r['pages']} | {wall} | {ms(r['cpu'])} | {rss} "
                 f"| {x_cat} | {vs_hugo} | {vs_pymd} |")

# Linearity: ms per page per cohort for the commands measured on every cohort.
cohorts = sorted({r["cohort"] for r in rows if r["cohort"] not in ("page",) and r["group"] in ("floor", "worklog")},
                 key=int)
labels = []
for r in rows:
    if r["cohort"] in cohorts and r["group"] in ("floor", "worklog") and r["label"] not in labels:
        labels.append(r["label"])
if len(cohorts) > 1 and labels:
    first, last = cohorts[0], cohorts[-1]
    lines.append("")
    lines.append("## Linearity (wall ms per page)")
    lines.append("")
    lines.append("| command | " + " | ".join(f"{c}×" for c in cohorts) + f" | {last}× / {first}× |")
    lines.append("|---|" + "--:|" * (len(cohorts) + 1))
    for label in labels:
        per_page = {}
        for r in rows:
            if r["label"] == label and r["cohort"] in cohorts and r["mean"] is not None and int(r["pages"]) > 0:
                per_page[r["cohort"]] = r["mean"] / int(r["pages"])
        cells = [f"{per_page[c]:.3f}" if c in per_page else "–" for c in cohorts]
        growth = ratio(per_page.get(last), per_page.get(first))
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {growth} |")
    lines.append("")
    lines.append("A last column near 1.00× means time grows linearly with the number of pages; "
                 "well above 1 means super-linear (something per page grows with the corpus).")

# Instructions from callgrind (bench/out/callgrind.tsv): repeatable, unlike wall time.
callgrind = read_tsv(out / "callgrind.tsv") if (out / "callgrind.tsv").exists() else []
if callgrind:
    lines.append("")
    lines.append("## Instructions (callgrind)")
    lines.append("")
    lines.append("| command | corpus | pages | input bytes | instructions (M) | per input byte |")
    lines.append("|---|---|--:|--:|--:|--:|")
    for c in callgrind:
        pages, size = int(c["pages"]), int(c["bytes"])
        if c["status"] == "ok" and c["instructions"]:
            refs = int(c["instructions"])
            cells = f"{refs / 1e6:,.0f} | {refs / size:,.0f}" if size else f"{refs / 1e6:,.0f} | –"
        else:
            cells = f"{c['status']} | –"
        lines.append(f"| {c['label']} | pages-{pages} | {pages} | {size:,} | {cells} |")
    lines.append("")
    lines.append("`valgrind --tool=callgrind` (instructions executed by every thread, start-up included) on the "
                 "first pages of cohort-1 in sorted order, copied with their site folders into "
                 "bench/out/corpus/pages-N; the profile is bench/out/callgrind/*.out "
                 "(`callgrind_annotate --inclusive=yes FILE | swift demangle --simplified`).")

notes = []
hellos = [r for r in rows if r["id"].startswith("p1-hello") and r["mean"] is not None]
one_page = by_id.get("p1-lint")
if hellos and one_page and one_page["mean"] is not None:
    fastest = min(hellos, key=lambda r: r["mean"])
    notes.append(f"one page: worklog lint takes {ms(one_page['mean'])} ms, "
                 f"{ratio(one_page['mean'], fastest['mean'])} the fastest Swift start "
                 f"({fastest['label'].replace(' (floor)', '')}, {ms(fastest['mean'])} ms).")
if meta.get("hugo_pages"):
    notes.append(f"hugo: the check build rendered {meta['hugo_pages']} of the 1× source pages into public/ "
                 "(one merged site, languages en + vi, drafts included, minimal layouts that render `.Content`, "
                 "theme shortcodes stubbed; see bench/out/hugo-site).")
if meta.get("pymd_files"):
    notes.append(f"pymarkdown: `scan -r cohort-1` covers {meta['pymd_files']} files "
                 "(front-matter extension on, default rules).")
for r in rows:
    if r["status"] != "ok":
        notes.append(f"{r['label']} ({cohort_name(r['cohort'])}): {r['note']}; see bench/out/logs/{r['id']}.*")
    elif r["group"] == "worklog":
        notes.append(f"{r['label']} ({cohort_name(r['cohort'])}): sanity run {r['note']}.")
if "not measured" in meta.get("worklog", ""):
    notes.append("worklog rows are missing: the release binary did not build or `worklog --version` failed.")
if notes:
    lines.append("")
    lines.append("## Notes")
    lines.append("")
    lines.extend(f"- {n}" for n in notes)

print("\n".join(lines))
