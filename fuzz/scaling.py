#!/usr/bin/env python3
"""Times `worklog lint` on adversarial pages at 1x, 2x and 4x their size, to show linear time.

    swift build -c release --product worklog
    python3 fuzz/scaling.py [.build/release/worklog] [KIND ...]

Each kind stretches one thing (cells in a row, nesting, headings, brackets in a cell, …) that
was once scanned again for every one of its parts. A ratio near 2 per doubling is linear; near 4
is quadratic, and the line is marked. Pages are written under fuzz/out/scaling/.
"""
import os, subprocess, sys, time

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
}


def main():
    args = sys.argv[1:]
    binary = args.pop(0) if args and os.path.exists(args[0]) else '.build/release/worklog'
    kinds = args or list(KINDS)
    for kind in kinds:
        base, make = KINDS[kind]
        times = []
        for m in (1, 2, 4):
            folder = 'fuzz/out/scaling/%s-%d/content/1-Worklog/1.3-Week3' % (kind, m)
            os.makedirs(folder, exist_ok=True)
            path = folder + '/_index.md'
            with open(path, 'w') as f:
                f.write(make(base * m))
            start = time.monotonic()
            subprocess.run([binary, 'lint', path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
            times.append(time.monotonic() - start)
        worst = max(times[1] / max(times[0], 0.01), times[2] / max(times[1], 0.01))
        mark = '  <- superlinear' if worst > 3 and times[2] > 0.5 else ''
        print('%-16s n=%-10d %6.2fs  %6.2fs  %6.2fs%s' % (kind, base, *times, mark))


if __name__ == '__main__':
    main()
