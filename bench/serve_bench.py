"""Benchmark of `minutebook serve`: how soon a browser sees the book, what a session costs, and
how many sessions this machine carries.

    python bench/serve_bench.py                  # the sample book (five meetings)
    python bench/serve_bench.py --db BOOK.db     # any book, e.g. bench/out/100k.db
    python bench/serve_bench.py --most 12        # open up to 12 sessions at once (default 10)

Runs the real server on a free loopback port and the distribution's headless Chromium (as the
tests do: tests/serve/conftest.py), and prints:
- first screen: from the browser opening the URL to the home screen's list of meetings on it
  (the count line, read from the terminal bytes the app sends), median and slowest of five
  sessions opened one after another, each closed before the next;
- memory per session: the resident memory of one app process at rest on the home screen
  (median over the open sessions), and the server's own;
- the concurrent limit: sessions are opened one more at a time and kept open; with k open, a
  search typed in the newest (`/` then `khang`) is timed to its results on the screen, and a
  new session's first screen as above. The limit is the largest k where the search answers
  within 500 ms and a first screen comes within 3 s; memory is reported beside it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEARCH_WITHIN_S = 0.5
FIRST_SCREEN_WITHIN_S = 3.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="the book to serve (default: the sample, in a temp folder)")
    parser.add_argument("--most", type=int, default=10, help="most sessions open at once")
    args = parser.parse_args()

    import store
    from tests.helpers import SAMPLE
    from tests.serve.conftest import CHROMIUM, Served, open_tab

    folder = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    book = Path(args.db) if args.db else folder / "book.db"
    if not args.db:
        with store.open_book(str(book), create=True) as opened:
            opened.import_files([str(SAMPLE)])
    count_line = " meetings" if args.db else "5 meetings"  # the home screen's count line

    from playwright.sync_api import sync_playwright

    served = Served(book, folder, "--max-sessions", str(args.most + 1))
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            context = browser.new_context()
            open_tab(context, served.link).page.close()  # signed in; the server warmed up
            served.until_children(0)

            def first_screen() -> tuple[float, object]:
                started = time.perf_counter()
                tab = open_tab(context, served.base)
                tab.wait_for(count_line, within_s=60)
                return time.perf_counter() - started, tab

            firsts = []
            for _ in range(5):
                seconds, tab = first_screen()
                firsts.append(seconds)
                tab.page.close()  # type: ignore[attr-defined]
                served.until_children(0)
            median, slowest = statistics.median(firsts) * 1000, max(firsts) * 1000
            print(f"first screen: median {median:.0f} ms, slowest {slowest:.0f} ms "
                  "(five sessions, one at a time)")  # fmt: skip

            tabs = []
            limit = 0
            print("open  new session's first screen  search in it  app processes' memory")
            for k in range(1, args.most + 1):
                seconds, tab = first_screen()
                tabs.append(tab)
                tab.page.locator(".xterm-helper-textarea").focus()  # type: ignore[attr-defined]
                tab.page.wait_for_timeout(300)  # type: ignore[attr-defined]
                tab.keys("/")  # type: ignore[attr-defined]
                mark = tab.mark()  # type: ignore[attr-defined]
                started = time.perf_counter()
                tab.page.keyboard.type("khang")  # type: ignore[attr-defined]
                tab.wait_for("Khang", mark, within_s=30)  # type: ignore[attr-defined]
                search = time.perf_counter() - started
                memory = [served.rss_kb(pid) for pid in served.children()]
                print(f"{k:4}  {seconds * 1000:26.0f} ms  {search * 1000:9.0f} ms  "
                      f"{sum(memory) / 1024:8.0f} MB ({statistics.median(memory) / 1024:.0f} MB "
                      "each)")  # fmt: skip
                if search <= SEARCH_WITHIN_S and seconds <= FIRST_SCREEN_WITHIN_S:
                    limit = k
                else:
                    break
            memory = [served.rss_kb(pid) for pid in served.children()]
            print(f"memory per session: {statistics.median(memory) / 1024:.0f} MB (RSS of one "
                  f"app process at rest); the server: {served.rss_kb() / 1024:.0f} MB")  # fmt: skip
            print(f"concurrent limit: {limit} sessions (search ≤ {SEARCH_WITHIN_S * 1000:.0f} ms,"
                  f" first screen ≤ {FIRST_SCREEN_WITHIN_S:.0f} s)"
                  + (" — not reached; try --most" if limit == args.most else ""))  # fmt: skip
            for tab in tabs:
                tab.page.close()  # type: ignore[attr-defined]
            served.until_children(0, within_s=30)
            browser.close()
    finally:
        served.stop()


if __name__ == "__main__":
    main()
