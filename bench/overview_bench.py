"""The Overview's first draw on the 100,000-meeting book: from `o` to the figures on the screen.

    python bench/overview_bench.py                  # bench/out/100k.db (see bench/tui_bench.py)
    python bench/overview_bench.py --db other.db --runs 30 --year 2023

The app runs headless (Pilot) at 80×24 on the book, opened without a schema upgrade. Each run
pushes a new Overview and times until its figures are drawn: `Book.stats` counted in the screen's
worker, the figures built, the tabs filled and the next screen update done (Pilot's pause). Two
periods: one whole year (the screen's default, "this year", with today pinned in that year) and
the whole book (the home search empty: all time). The decisions per month, read after the
first draw in a worker of their own, are timed too, apart. Prints p50/p99 against the target of
issue 17 (p99 ≤ 500 ms for the screen) and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 500


def p99(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


async def session(db: str, year: int, runs: int) -> dict[str, tuple[list[float], list[float], int]]:
    import store
    from tui.app import MinuteBookApp
    from tui.screens.overview import OverviewScreen

    with tempfile.TemporaryDirectory() as scratch:
        app = MinuteBookApp(store.open_book(db, upgrade=False), settings_folder=Path(scratch))
        found: dict[str, tuple[list[float], list[float], int]] = {}
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.5)
            for label, kind in ((f"year {year}", "year"), ("all time", "search")):
                draws, decisions, meetings = [], [], 0
                for _ in range(runs):
                    screen = OverviewScreen(today=date(year, 6, 30))
                    if kind == "search":  # the home search empty: every date
                        screen.period = screen.period.__class__("search", year)
                    start = time.perf_counter()
                    await app.push_screen(screen)
                    while screen.stats is None:
                        await pilot.pause(0.001)
                    await pilot.pause()
                    draws.append((time.perf_counter() - start) * 1000)
                    meetings = screen.stats.meetings
                    view = screen.query_one("#decisions")
                    while getattr(view, "figure", None) is None:
                        await pilot.pause(0.005)
                    decisions.append((time.perf_counter() - start) * 1000)
                    await app.workers.wait_for_complete()
                    app.pop_screen()
                    await pilot.pause()
                found[label] = (draws, decisions, meetings)
        app.book.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench" / "out" / "100k.db"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--year", type=int, default=2024)
    args = parser.parse_args()
    found = asyncio.run(session(args.db, args.year, args.runs))
    print("| Overview | meetings | first draw p50 ms | p99 ms | target ≤ 500 ms "
          "| decisions per period p50 ms |")  # fmt: skip
    print("|---|---:|---:|---:|---|---:|")
    for label, (draws, decisions, meetings) in found.items():
        verdict = "met" if p99(draws) <= TARGET_MS else "over"
        print(f"| {label} | {meetings:,} | {statistics.median(draws):.0f} | {p99(draws):.0f} | "
              f"{verdict} | {statistics.median(decisions):.0f} |")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {peak:.0f} MB (SQLite, headless at 80×24, {args.runs} runs each)")


if __name__ == "__main__":
    main()
