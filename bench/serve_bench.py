"""Benchmark of `minutebook serve`: how soon a browser sees the book, what a session costs, and
how many sessions this machine carries.

    python bench/serve_bench.py                  # the sample book (five meetings)
    python bench/serve_bench.py --most 12        # open up to 12 sessions at once (default 10)

Runs the real server on a free loopback port and the distribution's headless Chromium (as the
tests do: tests/serve/conftest.py), on the sample book, and prints:
- first screen: from the browser opening the URL to the home screen's list of meetings on it
  (its count line, read from the terminal bytes the app sends), median and slowest of five
  sessions opened one after another, each closed before the next;
- memory per session: one app process at rest on the home screen (median over the open
  sessions): resident (RSS), its fair share of pages shared with the others (PSS, what a session
  adds to the machine's use) and its own pages (USS); and the server's RSS;
- the concurrent limit on this machine's cores: sessions are opened one more at a time and kept
  open. With k open, a new session's first screen is timed, then all k sessions search at the same
  moment (`khang` pasted into each search box at once) and the slowest answer is timed: the
  limit is the largest k where that answer comes within 1 s and a first screen within 3 s. The
  memory limit is the memory available at the start over one session's PSS; the machine's limit
  is the smaller of the two. The browsers run on the same cores, so the figure is a floor.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ALL_SEARCH_WITHIN_S = 1.0  # every session searching at once: the slowest answer
FIRST_SCREEN_WITHIN_S = 3.0
SEARCH, FOUND, EVERY = "khang", "3 meetings", "5 meetings"  # the sample book's count lines


def memory_kb(pid: int) -> dict[str, int]:
    """RSS, PSS and USS (private pages) of a process, in kB."""
    rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    field = {name: int(value) for name, value in re.findall(r"^(\w+):\s+(\d+) kB", rollup, re.M)}
    return {"rss": field["Rss"], "pss": field["Pss"],
            "uss": field["Private_Clean"] + field["Private_Dirty"]}  # fmt: skip


def available_kb() -> int:
    return int(re.search(r"MemAvailable:\s+(\d+)", Path("/proc/meminfo").read_text())[1])  # type: ignore[index]


def until_all(tabs: list[Any], words: str, marks: list[int], started: float) -> float:
    """Wait until every tab shows `words` since its mark; seconds from `started` until the last
    did."""
    pending = set(range(len(tabs)))
    while pending:
        pending = {i for i in pending if words not in tabs[i].text(marks[i])}
        if time.perf_counter() - started > 60:
            raise AssertionError(f"{len(pending)} sessions never showed {words!r}")
        if pending:
            tabs[0].page.wait_for_timeout(5)  # lets Playwright take in every tab's frames
    return time.perf_counter() - started


def all_search(tabs: list[Any], typed_in: set[int]) -> float:
    """Every session's search box emptied, then `SEARCH` pasted into each at once: seconds
    from the first paste to the last session showing its answer."""
    for tab in tabs:
        if id(tab) in typed_in:  # empty the box (home, then delete to its end): the full list
            mark = tab.mark()
            tab.keys("Control+a", "Control+k")
            tab.wait_for(EVERY, mark, within_s=30)
    marks = [tab.mark() for tab in tabs]
    started = time.perf_counter()
    for tab in tabs:
        tab.page.keyboard.insert_text(SEARCH)  # one paste: the app reads it in one go
        typed_in.add(id(tab))
    return until_all(tabs, FOUND, marks, started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--most", type=int, default=10, help="most sessions open at once")
    args = parser.parse_args()

    import store
    from tests.helpers import SAMPLE
    from tests.serve.conftest import CHROMIUM, Served, open_tab

    folder = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    book = folder / "book.db"
    with store.open_book(str(book), create=True) as opened:
        opened.import_files([str(SAMPLE)])
    cores = len(os.sched_getaffinity(0))
    free_kb = available_kb()
    print(f"this machine: {cores} cores, {free_kb / 1024 / 1024:.1f} GB of memory available")

    from playwright.sync_api import sync_playwright

    served = Served(book, folder, "--max-sessions", str(args.most + 1))
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            context = browser.new_context()
            open_tab(context, served.link).page.close()  # signed in; the server warmed up
            served.until_children(0)

            def first_screen() -> tuple[float, Any]:
                started = time.perf_counter()
                tab = open_tab(context, served.base)
                tab.wait_for(EVERY, within_s=60)
                return time.perf_counter() - started, tab

            firsts = []
            for _ in range(5):
                seconds, tab = first_screen()
                firsts.append(seconds)
                tab.page.close()
                served.until_children(0)
            median, slowest = statistics.median(firsts) * 1000, max(firsts) * 1000
            print(f"first screen: median {median:.0f} ms, slowest {slowest:.0f} ms "
                  "(five sessions, one at a time)")  # fmt: skip

            tabs: list[Any] = []
            typed_in: set[int] = set()
            limit = 0
            print("open  new session's first screen  all searching at once  app processes' PSS")
            for k in range(1, args.most + 1):
                seconds, tab = first_screen()
                tab.page.locator(".xterm-helper-textarea").focus()
                tab.page.wait_for_timeout(300)  # the app takes the focus
                tab.keys("/")
                tabs.append(tab)
                together = all_search(tabs, typed_in)
                pss = [memory_kb(pid)["pss"] for pid in served.children()]
                print(f"{k:4}  {seconds * 1000:26.0f} ms  {together * 1000:17.0f} ms  "
                      f"{sum(pss) / 1024:9.0f} MB")  # fmt: skip
                if together <= ALL_SEARCH_WITHIN_S and seconds <= FIRST_SCREEN_WITHIN_S:
                    limit = k
                else:
                    break
            at_rest = [memory_kb(pid) for pid in served.children()]
            each = {kind: statistics.median(m[kind] for m in at_rest) / 1024 for kind in at_rest[0]}
            print(f"memory per session: {each['pss']:.0f} MB PSS ({each['rss']:.0f} MB resident, "
                  f"{each['uss']:.0f} MB its own); the server: "
                  f"{served.rss_kb() / 1024:.0f} MB resident")  # fmt: skip
            by_memory = int(free_kb / 1024 / each["pss"])
            reached = " (not reached: try --most)" if limit == args.most else ""
            print(f"concurrent limit on {cores} cores: {limit} sessions{reached} (all searching "
                  f"at once ≤ {ALL_SEARCH_WITHIN_S * 1000:.0f} ms, a first screen ≤ "
                  f"{FIRST_SCREEN_WITHIN_S:.0f} s); by memory: {by_memory}; this machine: "
                  f"{min(limit, by_memory)}{reached}")  # fmt: skip
            for tab in tabs:
                tab.page.close()
            served.until_children(0, within_s=30)
            browser.close()
    finally:
        served.stop()


if __name__ == "__main__":
    main()
