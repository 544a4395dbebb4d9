"""Benchmark of the TUI driven headless: first frame, search as you type, cursor keys, memory.

    python bench/tui_bench.py                 # builds bench/out/100k.db if missing (slow once)
    python bench/tui_bench.py --db BOOK.db    # any existing book

Prints, from one run on one machine: the time to the first frame with the list filled, on an empty
book and on the big one (and their ratio); the time from the last key typed in the search box to
the results shown (p50/p99 over many queries); the time per cursor key (p50/p99) on the big book
and, for scale, on the five sample meetings (Pilot waits for the app to be idle after each key,
so the small book's figure is mostly that wait); and the peak RSS of the process. The targets
(issue 3): first frame ≤ 1.3× the empty book's, search ≤ 150 ms p99, cursor ≤ 50 ms p99,
RSS ≤ 150 MB at 100,000 meetings.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.app import make_app  # noqa: E402
from tui.screens.browse import BrowseScreen  # noqa: E402

SIZE = (160, 45)
SLOWEST: list[tuple[float, str]] = []
QUERIES = [
    "nguyen", "khang", "hoi nghi", "cong doan", "person:hai", "chair:nguyen", "date:2022-05",
    "date:2019", "doc:02-nq/tw", "ky ket", "ldld", "org:ldld", "place:vinh", "tran thi",
    "ban chap hanh", "nha o", "giao ban", "kind:\"hoi nghi\"", "le van", "date:2024..",
]  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def wait_until(predicate: object, timeout: float = 30) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(0.002)


async def first_frame(db: str, config: Path) -> float:
    """Seconds from building the app to the list showing the first result."""
    start = time.perf_counter()
    app = make_app(db, lang="en", settings_folder=config)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            lambda: isinstance(app.screen, BrowseScreen) and app.screen.visible_query == ""
        )
        await pilot.pause()
        elapsed = time.perf_counter() - start
    app.book.close()
    return elapsed


async def interactive(db: str, config: Path) -> tuple[list[float], list[float]]:
    """Per-query latency after the last key, and per-key cursor latency, in seconds."""
    app = make_app(db, lang="en", settings_folder=config)
    searches: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_until(lambda: isinstance(app.screen, BrowseScreen))
        screen = app.screen
        await wait_until(lambda: screen._shown_query == "")  # type: ignore[attr-defined]
        for query in QUERIES * 2:
            await pilot.press("slash", "ctrl+a", "ctrl+k")  # empty the box
            await wait_until(lambda: screen._shown_query == "", timeout=60)  # type: ignore[attr-defined]
            await pilot.press(*query[:-1])
            # From the moment the last key is sent: Pilot's press waits for the app to go idle,
            # which would otherwise hide the search it starts.
            typed = time.perf_counter()
            await pilot.press(query[-1])
            # Until the first screenful of results shows (the whole list follows in the worker).
            await wait_until(lambda q=query: screen.visible_query == q, timeout=60)  # type: ignore[attr-defined]
            searches.append(time.perf_counter() - typed)
            await pilot.pause()
            SLOWEST.append((searches[-1], query))
    app.book.close()
    return searches, await cursor_latency(db, config)


async def cursor_latency(db: str, config: Path) -> list[float]:
    """Seconds per cursor key, each until the app is idle again (Pilot's own wait included)."""
    app = make_app(db, lang="en", settings_folder=config)
    moves: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(lambda: isinstance(app.screen, BrowseScreen))
        screen = app.screen
        await wait_until(lambda: screen._shown_query == "")  # type: ignore[attr-defined]
        for key in ["down"] * 150 + ["pagedown"] * 30 + ["up"] * 100 + ["end", "home"]:
            start = time.perf_counter()
            await pilot.press(key)
            moves.append(time.perf_counter() - start)
        await pilot.pause()
    app.book.close()
    return moves


def build_big_book(target: Path, count: int) -> None:
    ndjson = target.with_suffix(".ndjson")
    print(f"building {target} with {count:,} meetings (once)…", flush=True)
    generate = [sys.executable, str(ROOT / "bench" / "generate.py"), str(count), "-o", str(ndjson)]
    subprocess.run(generate, check=True)
    load = [
        sys.executable,
        "-c",
        "import cli; cli.main()",
        "--db",
        str(target),
        "import",
        str(ndjson),
    ]
    subprocess.run(load, check=True, cwd=ROOT)


def ms(seconds: float, digits: int = 0) -> str:
    return f"{seconds * 1000:.{digits}f} ms"


def child(db: str, config: Path) -> None:
    """One app session on the big book, in a process of its own so its peak RSS is its own."""
    searches, moves = asyncio.run(interactive(db, config))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    slowest = [f"{query} {ms(seconds)}" for seconds, query in sorted(SLOWEST, reverse=True)[:3]]
    print(json.dumps({"searches": searches, "moves": moves, "rss_mb": rss_mb, "slowest": slowest}))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "100k.db")
    parser.add_argument("--count", type=int, default=100_000, help="meetings if --db must be built")
    args = parser.parse_args(argv)
    if args.child:
        with tempfile.TemporaryDirectory() as scratch:
            child(str(args.db), Path(scratch) / "config")
        return
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        build_big_book(args.db, args.count)
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "config"
        empty = Path(scratch) / "empty.db"
        empty_frames = [asyncio.run(first_frame(str(empty), config)) for _ in range(3)]
        big_frames = [asyncio.run(first_frame(str(args.db), config)) for _ in range(3)]
        session = subprocess.run(
            [sys.executable, __file__, "--child", "--db", str(args.db)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        figures = json.loads(session.stdout.strip().splitlines()[-1])
        searches, moves, rss_mb = figures["searches"], figures["moves"], figures["rss_mb"]
        slowest = ", ".join(figures["slowest"])
        sample = Path(scratch) / "sample.db"
        subprocess.run(
            [sys.executable, "-c", "import cli; cli.main()", "--db", str(sample), "import",
             str(ROOT / "sample_data" / "meetings.json")],
            check=True, cwd=ROOT, capture_output=True,
        )  # fmt: skip
        small_moves = asyncio.run(cursor_latency(str(sample), config))
    empty_frame, big_frame = statistics.median(empty_frames), statistics.median(big_frames)
    ratio = big_frame / empty_frame
    rows = [
        ("first frame, empty book", ms(empty_frame), ""),
        ("first frame, big book", ms(big_frame), f"{ratio:.2f}× empty (target ≤ 1.3×)"),
        (
            "search, last key → results",
            f"p50 {ms(percentile(searches, 0.5))}, p99 {ms(percentile(searches, 0.99))}",
            f"target p99 ≤ 150 ms; slowest: {slowest}",
        ),
        (
            "cursor key, big book",
            f"p50 {ms(percentile(moves, 0.5), 1)}, p99 {ms(percentile(moves, 0.99), 1)}",
            "target p99 ≤ 50 ms",
        ),
        (
            "cursor key, 5-meeting book",
            f"p50 {ms(percentile(small_moves, 0.5), 1)}, "
            f"p99 {ms(percentile(small_moves, 0.99), 1)}",
            "the same keys: Pilot's own cost per key",
        ),
        ("peak RSS of the app on the big book", f"{rss_mb:.0f} MB", "target ≤ 150 MB"),
    ]
    print(f"book: {args.db}")
    print("| measure | figure | against the target |\n|---|---|---|")
    for name, figure, note in rows:
        print(f"| {name} | {figure} | {note} |")


if __name__ == "__main__":
    main()
