"""The Overview's first draw on the 100,000-meeting book: from the screen pushed to its figures on
the screen.

    python bench/overview_bench.py                  # bench/out/100k.db (see bench/tui_bench.py)
    python bench/overview_bench.py --db other.db --runs 30 --year 2023

The app runs headless (Pilot) at 80×24 on the book, opened without a schema upgrade (an older
book: `minutebook --db BOOK db upgrade` first). Each run pushes a new Overview, as `o` from home
does, and times three moments from the push, each a screen update (the moment Textual hands the
changed lines to the terminal driver, `App._display`, as bench/tui_bench.py times its keys):

- **screen**: the first update of the new screen (its tabs, the title saying "counting…");
- **first draw**: the first update showing the figures of the tab shown (the meetings per period,
  with the title's count): what issue 17 targets, p99 ≤ 500 ms;
- **all counted**: every other figure counted in its worker (attendance, decisions per period,
  owners, documents, bodies; a hidden tab's figure is drawn when its tab is shown).

Two periods: one whole year (the screen's default, "this year", with today pinned in that year)
and the whole book (the home search empty: all time). Prints p50/p99, the verdict and the peak
RSS of the process, with the load average (a 2-core machine shared with test runs doubles a p99).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 500
Found = dict[str, tuple[list[float], list[float], list[float], int]]


def p99(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


class Updates:
    """Every screen update of the app: when, and what `state()` said then."""

    def __init__(self, app: Any, state: Any) -> None:
        self.log: list[tuple[float, object]] = []
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is not None:
                self.log.append((time.perf_counter(), state()))

        app._display = display

    async def first(self, since: float, wanted: Any) -> float:
        """Milliseconds from `since` to the first update after it whose state is `wanted`."""
        while True:
            for when, state in self.log:
                if when >= since and wanted(state):
                    return (when - since) * 1000
            await asyncio.sleep(0.001)


async def session(db: str, year: int, runs: int) -> Found:
    import store
    from tui.app import MinuteBookApp
    from tui.screens.overview import LISTS, OverviewScreen

    with tempfile.TemporaryDirectory() as scratch:
        app = MinuteBookApp(store.open_book(db, upgrade=False), settings_folder=Path(scratch))
        found: Found = {}
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.5)

            def state() -> str:
                screen = app.screen
                if not isinstance(screen, OverviewScreen):
                    return "other"
                return "drawn" if "meetings" in screen._drawn else "counting"

            updates = Updates(app, state)
            for label, kind in ((f"year {year}", "year"), ("all time", "search")):
                shown, drawn, counted, meetings = [], [], [], 0
                for _ in range(runs):
                    screen = OverviewScreen(today=date(year, 6, 30))
                    if kind == "search":  # the home search empty: every date
                        screen.period = screen.period.__class__("search", year)
                    start = time.perf_counter()
                    await app.push_screen(screen)
                    shown.append(await updates.first(start, lambda s: s != "other"))
                    drawn.append(await updates.first(start, lambda s: s == "drawn"))
                    while not set(LISTS) <= set(screen.figures):
                        await asyncio.sleep(0.001)
                    counted.append((time.perf_counter() - start) * 1000)
                    meetings = screen.stats.meetings
                    await app.workers.wait_for_complete()
                    app.pop_screen()
                    await pilot.pause()
                found[label] = (shown, drawn, counted, meetings)
        app.book.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench" / "out" / "100k.db"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--year", type=int, default=2024)
    args = parser.parse_args()
    found = asyncio.run(session(args.db, args.year, args.runs))
    print("| Overview | meetings | screen p50 ms | first draw p50 ms | p99 ms | target ≤ 500 ms "
          "| all counted p50 ms | p99 ms |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---|---:|---:|")
    for label, (shown, drawn, counted, meetings) in found.items():
        verdict = "met" if p99(drawn) <= TARGET_MS else "over"
        print(f"| {label} | {meetings:,} | {statistics.median(shown):.0f} | "
              f"{statistics.median(drawn):.0f} | {p99(drawn):.0f} | {verdict} | "
              f"{statistics.median(counted):.0f} | {p99(counted):.0f} |")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(
        f"\npeak RSS {peak:.0f} MB (SQLite, headless at 80×24, {args.runs} runs each; "
        f"load average {load})"
    )


if __name__ == "__main__":
    main()
