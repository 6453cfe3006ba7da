#!/usr/bin/env python3
"""Open a `worklog report` page in headless Chromium and check it loads cleanly.

    python3 .ci/report-check.py report.html --screenshot shot.png [--width 1400 --height 900]
                                [--full-page] [--timeout 60] [--chromium PATH]

Chromium is driven over the DevTools protocol through --remote-debugging-pipe (it reads commands
on fd 3 and writes answers and events on fd 4, NUL-separated JSON): no websocket, no package.

Fails (exit 1, a line per problem on stderr) on any request other than the page's own file
(data: and about: aside), any uncaught exception, console error or warning, any Log entry of
level error (CSP violations land there), a navigation error, or no load event within --timeout
seconds. Writes a screenshot of the page as loaded (the viewport, or the whole page with
--full-page); then, in the page: the heatmap table exists and has rows, clicking a sortable
column header (when the page has one) twice throws nothing, nor does typing into its search box
and clearing it. Prints one summary line. Exit 2: Chromium could not be started.
"""

import argparse
import base64
import json
import os
import pathlib
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time


class Chromium:
    """One headless Chromium and its DevTools pipe; `close` kills it."""

    def __init__(self, binary, profile):
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire_pipe():
            # dup first so that a pipe that already sits on 3 or 4 is not clobbered
            read_end, write_end = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        args = [
            binary, "--headless=new", "--no-sandbox", "--disable-gpu",
            "--remote-debugging-pipe", f"--user-data-dir={profile}",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "about:blank",
        ]
        self.process = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, preexec_fn=wire_pipe, pass_fds=(3, 4))
        os.close(to_child_r)
        os.close(from_child_w)
        self.stderr_lines = []
        self.events = queue.Queue()
        self._answers = {}
        self._answered = threading.Condition()
        self._next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    def _drain_stderr(self):
        for line in self.process.stderr:
            self.stderr_lines.append(line.decode("utf-8", "replace").rstrip())

    def _read(self):
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_child, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                break
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                message = json.loads(raw)
                if "id" in message:
                    with self._answered:
                        self._answers[message["id"]] = message
                        self._answered.notify_all()
                else:
                    self.events.put(message)
        with self._answered:
            self._answers[None] = {"error": {"message": "chromium closed its pipe"}}
            self._answered.notify_all()

    def send(self, method, params=None, session=None, timeout=30):
        """Sends one command and waits for its answer; raises on an error answer or timeout."""
        self._next_id += 1
        ident = self._next_id
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        with self._answered:
            while ident not in self._answers:
                if None in self._answers:
                    raise RuntimeError(f"{method}: chromium closed its pipe")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{method}: no answer within {timeout} s")
                self._answered.wait(left)
            answer = self._answers.pop(ident)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error'].get('message')}")
        return answer.get("result", {})

    def close(self):
        try:
            os.write(self._to_child, json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0")
            self.process.wait(timeout=5)
        except Exception:
            pass
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass


# In-page checks, run after the load event. They never throw: they answer a JSON string.
PAGE_CHECKS = r"""
(async () => {
  const out = {};
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav) {
    out.domContentLoaded = nav.domContentLoadedEventEnd;
    out.load = nav.loadEventEnd;
  }
  out.scripts = document.scripts.length;
  out.tables = document.querySelectorAll('table').length;
  const tables = [...document.querySelectorAll('table')];
  const heatmap = document.querySelector('#heatmap table, table#grid, table.heatmap, table#heatmap,'
      + ' .heatmap table, table[data-heatmap]')
    || tables.find(t => /heatmap|sites by weeks/i.test((t.caption && t.caption.textContent) || ''))
    || tables[0];
  if (!heatmap) { out.heatmapRows = -1; return JSON.stringify(out); }
  const bodyRows = () => [...(heatmap.tBodies.length ? heatmap.tBodies[0].rows : heatmap.rows)]
    .filter(r => !r.closest('thead'));
  out.heatmapRows = bodyRows().length;
  out.heatmapHeaders = heatmap.querySelectorAll('th').length;
  // a sortable header: a button in a th, or a th marked aria-sort / data-sort; the second
  // column's when there is one (a week's, in the heatmap), the first is often the order already
  const sortable = [...heatmap.querySelectorAll('thead th button, thead th[data-sort], thead th[aria-sort]')];
  const target = sortable[1] || sortable[0]
    || document.querySelector('table thead th button, table thead th[data-sort], table thead th[aria-sort]');
  if (target) {
    const order = () => bodyRows().map(r => r.textContent).join('\n');
    const before = order();
    try {
      target.click();
      await new Promise(r => setTimeout(r, 50));
      out.sortChanged = before !== order();
      target.click();
      await new Promise(r => setTimeout(r, 50));
      out.sort = 'clicked twice';
      const th = target.closest('th');
      if (th && th.getAttribute('aria-sort')) out.sort += ' (aria-sort ' + th.getAttribute('aria-sort') + ')';
    } catch (e) {
      out.sortError = String(e && e.stack || e);
    }
  } else {
    out.sort = 'none';
  }
  // a search box filtering the rows: type into it, count the rows left, clear it
  const search = document.querySelector('input[type=search]');
  if (search) {
    try {
      search.value = 'zz-no-site-has-this';
      search.dispatchEvent(new Event('input', {bubbles: true}));
      await new Promise(r => setTimeout(r, 20));
      out.filterLeft = bodyRows().filter(r => !r.hidden && r.offsetParent !== null).length;
      search.value = '';
      search.dispatchEvent(new Event('input', {bubbles: true}));
      await new Promise(r => setTimeout(r, 20));
      out.filterBack = bodyRows().filter(r => !r.hidden && r.offsetParent !== null).length;
    } catch (e) {
      out.filterError = String(e && e.stack || e);
    }
  }
  return JSON.stringify(out);
})()
"""


def describe_exception(params):
    details = params.get("exceptionDetails", {})
    exception = details.get("exception", {})
    text = exception.get("description") or details.get("text", "exception")
    return f"uncaught exception: {text.splitlines()[0]} (line {details.get('lineNumber', 0) + 1})"


def console_text(params):
    parts = []
    for arg in params.get("args", []):
        parts.append(str(arg.get("value", arg.get("description", arg.get("type")))))
    return " ".join(parts)


def run(args):
    page = pathlib.Path(args.html).resolve()
    if not page.is_file():
        print(f"report-check: {args.html}: no such file", file=sys.stderr)
        return 1
    page_url = page.as_uri()
    binary = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser") \
        or shutil.which("google-chrome")
    if not binary:
        print("report-check: chromium not found (apt-get install chromium)", file=sys.stderr)
        return 2

    problems = []
    requests = []
    profile = tempfile.mkdtemp(prefix="worklog-report-check-")
    browser = None
    try:
        try:
            browser = Chromium(binary, profile)
            targets = browser.send("Target.getTargets", timeout=args.timeout)["targetInfos"]
        except (OSError, RuntimeError, TimeoutError) as error:
            tail = "\n".join(browser.stderr_lines[-5:]) if browser else ""
            print(f"report-check: chromium did not start: {error}\n{tail}", file=sys.stderr)
            return 2
        target = next((t for t in targets if t["type"] == "page"), None)
        if target is None:
            target_id = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        else:
            target_id = target["targetId"]
        session = browser.send("Target.attachToTarget",
                               {"targetId": target_id, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            browser.send(f"{domain}.enable", session=session)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": args.width, "height": args.height, "deviceScaleFactor": 1,
                      "mobile": False}, session=session)

        def take(event):
            """Records what an event says against the page; True on the load event."""
            if event.get("sessionId") != session:
                return False
            method, params = event["method"], event.get("params", {})
            if method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if url.split("#")[0] != page_url and not url.startswith(("data:", "about:")):
                    requests.append(url)
            elif method == "Runtime.exceptionThrown":
                problems.append(describe_exception(params))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                problems.append(f"console.{params['type']}: {console_text(params)}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                problems.append(f"log ({entry.get('source')}): {entry.get('text')}"
                                + (f" [{entry['url']}]" if entry.get("url") else ""))
            elif method == "Page.loadEventFired":
                return True
            return False

        # events from about:blank are not the report's
        while not browser.events.empty():
            browser.events.get_nowait()

        started = time.monotonic()
        navigation = browser.send("Page.navigate", {"url": page_url}, session=session,
                                  timeout=args.timeout)
        if navigation.get("errorText"):
            problems.append(f"navigation failed: {navigation['errorText']}")
        loaded = None
        deadline = started + args.timeout
        while loaded is None:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                event = browser.events.get(timeout=left)
            except queue.Empty:
                break
            if take(event):
                loaded = time.monotonic()
        if loaded is None:
            problems.append(f"no load event within {args.timeout} s")
            report(problems, requests)
            return 1
        load_ms = (loaded - started) * 1000

        # the screenshot first: the checks below sort and filter the page
        shot = {"format": "png", "captureBeyondViewport": args.full_page}
        if args.full_page:
            metrics = browser.send("Page.getLayoutMetrics", session=session)
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            shot["clip"] = {"x": 0, "y": 0, "width": args.width,
                            "height": min(size["height"], 16384), "scale": 1}
        data = browser.send("Page.captureScreenshot", shot, session=session, timeout=args.timeout)["data"]
        png = pathlib.Path(args.screenshot)
        png.parent.mkdir(parents=True, exist_ok=True)
        png.write_bytes(base64.b64decode(data))

        answer = browser.send("Runtime.evaluate",
                              {"expression": PAGE_CHECKS, "awaitPromise": True, "returnByValue": True},
                              session=session, timeout=args.timeout)
        if "exceptionDetails" in answer:
            problems.append("page checks: " + describe_exception(answer))
            checks = {}
        else:
            checks = json.loads(answer["result"]["value"])
        if checks.get("heatmapRows", 0) < 1:
            problems.append("no heatmap table with rows" if checks.get("heatmapRows", -1) < 0
                            else "the heatmap table has no rows")
        if checks.get("sortError"):
            problems.append(f"sorting: {checks['sortError']}")
        if checks.get("filterError"):
            problems.append(f"filtering: {checks['filterError']}")

        # late events: a request or error set off by a timer or by the sort click
        time.sleep(0.2)
        while not browser.events.empty():
            take(browser.events.get_nowait())
    finally:
        if browser:
            browser.close()
        shutil.rmtree(profile, ignore_errors=True)

    if report(problems, requests):
        return 1
    size = page.stat().st_size
    sort = checks.get("sort", "none")
    if sort != "none":
        sort += ", first click reordered" if checks.get("sortChanged") else ", first click kept the order"
    search = ""
    if "filterLeft" in checks:
        search = f" filter: {checks['filterLeft']} rows for a name no site has, {checks['filterBack']} after clearing;"
    shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB"
    print(f"report-check: {page.name} {shown}; load {load_ms:.0f} ms "
          f"(DOMContentLoaded {checks.get('domContentLoaded', 0):.0f} ms, "
          f"load event {checks.get('load', 0):.0f} ms in the page); "
          f"heatmap {checks['heatmapRows']} rows; sort: {sort};{search} scripts {checks.get('scripts', 0)}; "
          f"requests 0; errors 0; screenshot {png} ({png.stat().st_size // 1024} KB)")
    return 0


def report(problems, requests):
    """Prints every problem; True when there was one."""
    for url in requests:
        print(f"report-check: network request: {url}", file=sys.stderr)
    for problem in problems:
        print(f"report-check: {problem}", file=sys.stderr)
    if problems or requests:
        print(f"report-check: FAILED: {len(requests)} request(s), {len(problems)} error(s)",
              file=sys.stderr)
        return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", help="the report page")
    parser.add_argument("--screenshot", required=True, metavar="PNG")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--full-page", action="store_true",
                        help="capture the whole page (at most 16384 px high), not the viewport")
    parser.add_argument("--timeout", type=float, default=60, help="seconds (default 60)")
    parser.add_argument("--chromium", help="the browser binary (default: chromium on PATH)")
    sys.exit(run(parser.parse_args()))


if __name__ == "__main__":
    main()
