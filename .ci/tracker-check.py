#!/usr/bin/env python3
"""Corpus check of the tracker (issue 11), on a copy of the corpus (never the corpus itself).

For every site of the copy:
1. `worklog new SITE` makes the next week's pages (one per language of the site), at new paths;
2. `worklog lint` on the site gives no error and no warning on the new pages;
3. `worklog parse` reads each new page with the week after the site's highest, its language, and
   task dates inside one week (Monday to Sunday) after the highest week (the median day its tasks start);
4. `worklog add TEXT SITE --date D` (D = the new week's first task date) logs a task that
   `worklog parse` then reads back on that page with that date;
5. `hugo` (Debian's package) builds the site with the new pages: as many pages as before, plus
   the new ones (a minimal config, layouts and stub shortcodes are written into the copy; skipped
   when hugo is missing).
Prints the counts; exits 1 with the first failures.

usage: tracker-check.py WORKLOG_BINARY CORPUS_DIR
"""
import datetime, json, os, shutil, subprocess, sys, tempfile

import corpus_copy

binary, corpus = os.path.abspath(sys.argv[1]), sys.argv[2]
failures = []
TODAY = "2026-12-01"


def run(args, cwd):
    env = dict(os.environ, WORKLOG_TODAY=TODAY)
    return subprocess.run([binary] + args, cwd=cwd, capture_output=True, env=env)


def pages_of(site):
    found = set()
    for root, _, files in os.walk(os.path.join(site, "content")):
        for name in files:
            if name.endswith(".md"):
                found.add(os.path.relpath(os.path.join(root, name), site))
    return found


def parse(site, paths):
    out = run(["parse", "--format", "jsonl"] + paths, site).stdout.decode("utf-8", "replace")
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def iso(text):
    try:
        return datetime.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def copy(dest):
    return corpus_copy.copy(corpus, dest)


def fail(site, message):
    failures.append(f"{site}: {message}")


hugo = shutil.which("hugo")


def build(site, out):
    # A new week may lie ahead of the real date (a site with no dates starts this week).
    return corpus_copy.build(hugo, site, out, future=True)


tmp = tempfile.mkdtemp(prefix="worklog-tracker-check-")
try:
    work = copy(tmp + "/sites")
    original = copy(tmp + "/original") if hugo else None
    sites = sorted(n for n in os.listdir(work) if os.path.isdir(os.path.join(work, n, "content")))
    made = clean = read_back = added = built = 0
    for name in sites:
        site = os.path.join(work, name)
        before_pages = pages_of(site)
        before = [d for d in parse(site, ["."]) if isinstance(d.get("week"), int)]
        highest = max((d["week"] for d in before if isinstance(d.get("week"), int)), default=0)
        # Where the highest week lies: the median day its tasks start (one row's date can be a
        # typo a month on; lint flags that row, and week order against it is lint's WL505).
        starts = sorted(iso(t.get("start")) for d in before if d.get("week") == highest
                        for t in d.get("tasks", []) if iso(t.get("start")))
        latest = starts[len(starts) // 2] if starts else None

        r = run(["new", "."], site)
        new = sorted(pages_of(site) - before_pages)
        if r.returncode != 0 or not new:
            fail(name, f"new exited {r.returncode}, {len(new)} pages: {r.stderr.decode(errors='replace')[-300:]}")
            continue
        made += len(new)

        lint = json.loads(run(["lint", "--format", "json", "."], site).stdout or b"[]")
        loud = [f for f in lint if f["path"].removeprefix("./") in new and f["severity"] in ("error", "warning")]
        for f in loud[:3]:
            fail(name, f"new page {f['path']}:{f['line']} {f['code']} {f['severity']}: {f['message']}")
        clean += not loud

        docs = parse(site, new)
        ok = len(docs) == len(new)
        languages = set()
        first_dates = []
        for d in docs:
            languages.add(d.get("language"))
            if d.get("week") != highest + 1:
                ok = False
                fail(name, f"{d['path']}: week {d.get('week')}, expected {highest + 1}")
            dates = sorted(x for t in d.get("tasks", []) for x in (iso(t.get("start")), iso(t.get("end"))) if x)
            if not dates and latest is None:
                pass  # the site's tables have no dates (no date columns): neither has the new page
            elif not dates or (dates[-1] - dates[0]).days > 6 or dates[0].weekday() != 0:
                ok = False
                fail(name, f"{d['path']}: task dates {dates[:1]}..{dates[-1:]} are not one week from a Monday")
            elif latest and dates[0] <= latest:
                ok = False
                fail(name, f"{d['path']}: starts {dates[0]}, not after week {highest} (its tasks start about {latest})")
            else:
                first_dates.append(dates[0])
        if len(languages) != len(docs):
            ok = False
            fail(name, f"new pages share a language: {sorted(map(str, languages))}")
        read_back += ok

        if first_dates:
            day = min(first_dates).isoformat()
            text = "Checked the tracker from CI"
            r = run(["add", text, ".", "--date", day], site)
            docs = parse(site, new)
            found = any(text in t.get("text", "") and day in (t.get("start"), t.get("end"))
                        for d in docs for t in d.get("tasks", []))
            if r.returncode != 0 or not found:
                fail(name, f"add exited {r.returncode}, read back {found}: {r.stderr.decode(errors='replace')[-300:]}")
            else:
                added += 1

        if hugo:
            a, why_a = build(os.path.join(original, name), f"{tmp}/out-a/{name}")
            b, why_b = build(site, f"{tmp}/out-b/{name}")
            if a is None:
                print(f"tracker: {name}: hugo does not build the original site ({why_a}); skipped")
            elif b is not None and b >= a + 1:
                built += 1
            else:
                fail(name, f"hugo: {a} pages before, {b} with the new week {why_b or why_a}")

    print(f"tracker: {len(sites)} sites; new made {made} pages; {clean} sites with no error or warning on them; "
          f"{read_back} read back with the right week, language and dates; add logged a task on {added}")
    print(f"tracker: hugo built {built} sites with the new week" if hugo else "tracker: hugo not installed; build skipped")
finally:
    shutil.rmtree(tmp, ignore_errors=True)

for f in failures[:20]:
    print("tracker: FAIL " + f)
sys.exit(1 if failures else 0)
