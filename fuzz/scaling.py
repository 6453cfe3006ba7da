#!/usr/bin/env python3
"""Times `worklog lint` on adversarial inputs at 1x, 2x and 4x their size, and fails on superlinear growth.

    swift build -c release --product worklog
    python3 fuzz/scaling.py [.build/release/worklog] [--small] [KIND ...]

Each kind stretches one thing (cells in a row, nesting, headings, brackets in a cell, pages in
one site, sections, configuration entries, quoted text, …) that was once scanned again for every
one of its parts. A ratio near 2 per doubling is linear; near 4 is quadratic, and the line is
marked. Time and peak memory (the child's own maximum resident size) are both checked. Inputs are
written under fuzz/out/scaling/. `--small` runs every kind at an eighth of its size (for CI);
the exit status is 1 when any kind grew superlinearly.
"""
import os, shutil, subprocess, sys, time

FM = '---\ntitle: "Week 3 Worklog"\ndate: 2025-09-22\nweight: 3\n---\n\n'
HDR = '### Tasks\n\n| Day | Task | Start Date | Completion Date | Reference |\n| --- | --- | --- | --- | --- |\n'
ROW = ' | 22/09/2025 | 22/09/2025 | x |\n'

KINDS = {
    # kind: (base size, page of size n)
    'wide-task-row': (5000, lambda n: FM + '| Day | Task | Start Date |' + ' x |' * n + '\n|' + '---|' * (n + 3) + '\n| 2 | t | 22/09/2025 |' + ' ỳ |' * n + '\n'),
    'long-line': (12_500_000, lambda n: FM + 'x' * n + '\n'),
    # Depth n: the page itself grows as n², so 4× per doubling is linear in its bytes.
    'nested-list': (2500, lambda n: FM + '### Week 3 Objectives:\n\n' + ''.join(' ' * i + '- item\n' for i in range(n))),
    'headings': (2000, lambda n: FM + ''.join('%s Week %d\n\n' % ('#' * (1 + i % 6), i % 50) for i in range(n))),
    'open-brackets': (2000, lambda n: FM + HDR + '| 2 | ' + '[' * n + ROW),
    'nested-brackets': (2000, lambda n: FM + HDR + '| 2 | ' + '[a' * n + ']' * n + ROW),
    'html-row': (5000, lambda n: FM + '<table>\n<tr>' + '<td>x</td>' * n + '</tr>\n</table>\n'),
    'tables': (1000, lambda n: FM + '| Day | Task |\n|---|---|\n| 2 | t |\n\n' * n),
    'yaml-list': (5000, lambda n: '---\ntags:\n' + ''.join('  - v%d\n' % i for i in range(n)) + '---\n'),
    'yaml-nesting': (20000, lambda n: '---\ntags: ' + '[' * n + ']' * n + '\n---\n'),
    'suppressions': (5000, lambda n: FM + '<!-- worklog-disable-next-line WL999 -->\nx\n' * n),
    'unknown-codes': (5000, lambda n: FM + '<!-- worklog-disable-file ' + ' '.join('X%d' % i for i in range(n)) + ' -->\n'),
    'rows': (5000, lambda n: FM + HDR + ''.join('| %d | task %d | 22/09/2025 | 23/09/2025 | [r](http://x) |\n' % (2 + i % 5, i) for i in range(n))),
    # Site-level shapes: a dict is a tree of files (relative paths) and the whole site is linted.
    'site-pages': (2000, lambda n: site_pages(n)),
    'sections': (4000, lambda n: FM + ''.join('### Week 3 Objectives:\n\n<!-- none -->\n\n### Week 3 Achievements:\n\n' for _ in range(n))),
    'config-entries': (5000, lambda n: {
        'content/1-Worklog/1.3-Week3/_index.md': FM + '### Week 3 Objectives:\n\n* x\n',
        '.worklog.json': '{ "rules": {\n' + ',\n'.join('  "X%d": "off"' % i for i in range(n)) + '\n} }\n',
    }),
    'long-messages': (2_000_000, lambda n: FM.replace('weight: 3', 'weight: ' + 'w' * n) + HDR + '| 2 | ' + '.' * n + ' | 22/09/2025 | ' + 'soon ' * (n // 5) + ' | x |\n'),
}


def site_pages(n):
    """n small pages of one site, English and Vietnamese twins, each with a suppression comment."""
    files = {}
    for i in range(n):
        week = i // 2 + 1
        name = '_index.md' if i % 2 == 0 else '_index.vi.md'
        files['content/1-Worklog/1.%d-Week%d/%s' % (week, week, name)] = (
            '---\ntitle: "Week %d"\nweight: %d\n---\n\n### Week %d Objectives:\n\n'
            '<!-- worklog-disable-next-line WL303 -->\n* item %d\n' % (week, week, week, i))
    return files


def measure(binary, path):
    """Seconds and peak resident memory (MB) of one `worklog lint PATH`."""
    start = time.monotonic()
    child = subprocess.Popen([binary, 'lint', path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    return time.monotonic() - start, usage.ru_maxrss / 1024.0


def main():
    args = sys.argv[1:]
    binary = args.pop(0) if args and os.path.exists(args[0]) else '.build/release/worklog'
    small = '--small' in args
    args = [a for a in args if a != '--small']
    kinds = args or list(KINDS)
    failed = []
    for kind in kinds:
        base, make = KINDS[kind]
        if small:
            base = max(1, base // 8)
        times, memory = [], []
        for m in (1, 2, 4):
            root = 'fuzz/out/scaling/%s-%d' % (kind, m)
            shutil.rmtree(root, ignore_errors=True)
            made = make(base * m)
            if isinstance(made, dict):
                for rel, text in made.items():
                    os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
                    with open(os.path.join(root, rel), 'w') as f:
                        f.write(text)
                path = root
            else:
                folder = root + '/content/1-Worklog/1.3-Week3'
                os.makedirs(folder, exist_ok=True)
                path = folder + '/_index.md'
                with open(path, 'w') as f:
                    f.write(made)
            # The best of three in small mode: at a tenth of a second, a busy machine is noise.
            runs = [measure(binary, path) for _ in range(3 if small else 1)]
            seconds, mb = min(r[0] for r in runs), min(r[1] for r in runs)
            times.append(seconds)
            memory.append(mb)
        # Growth per doubling; 4 is quadratic. Small absolute figures are noise, not growth.
        worst = max(times[1] / max(times[0], 0.01), times[2] / max(times[1], 0.01))
        worst_mb = max(memory[1] / max(memory[0], 1), memory[2] / max(memory[1], 1))
        slow = worst > 3 and times[2] > 0.5
        fat = worst_mb > 3 and memory[2] > 200
        mark = '  <- superlinear' + (' time' if slow else '') + (' memory' if fat else '') if slow or fat else ''
        if slow or fat:
            failed.append(kind)
        print('%-16s n=%-10d %6.2fs  %6.2fs  %6.2fs   %6.0fMB %6.0fMB %6.0fMB%s' % (kind, base, *times, *memory, mark), flush=True)
    if failed:
        print('scaling: superlinear growth in ' + ', '.join(failed))
        sys.exit(1)
    print('scaling: every kind grew linearly')


if __name__ == '__main__':
    main()
