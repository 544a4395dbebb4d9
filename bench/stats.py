"""The committee's figures on the 100,000-meeting book: `Book.stats` for one whole year and for all
time, p50/p99 over repeated runs and the process's peak RSS, against the target (p99 ≤ 200 ms),
on SQLite and on PostgreSQL.

    python bench/stats.py                          # bench/out/100k.db (made by bench/generate.py)
    python bench/stats.py --db other.db --runs 50
    python bench/stats.py --backends sqlite        # or postgresql
    python bench/stats.py --postgresql-url postgresql+psycopg://clerk@host/db  # not throwaway

The SQLite book is upgraded first if an older minutebook made it. PostgreSQL: the same book
`db copy`'d onto a throwaway server (`searches.py`'s), or onto `--postgresql-url`'s database.
Each backend is timed in a process of its own, so its peak RSS is its own; each run is in-process,
`Book.stats(period=...)` from the call to the figures. The first call of a period is shown apart
(SQLAlchemy compiles each statement once a process, the caches are cold: what a `minutebook stats`
command pays), then p50/p99 over `--runs` more (what the Overview pays as periods change).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 200


def time_backend(db: str, runs: int, year: str) -> None:
    """Print the table rows of one book (a file or a URL) and its peak RSS."""
    import store

    book = store.open_book(db, upgrade=False)
    for label, period in ((f"year {year}", year), ("all time", "all")):
        start = time.perf_counter()
        meetings = book.stats(period=period).meetings  # the first call: statements compiled
        first = (time.perf_counter() - start) * 1000
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            meetings = book.stats(period=period).meetings
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
        verdict = "ok" if p99 <= TARGET_MS else "over"
        median = statistics.median(times)
        print(f"| {label} | {meetings:,} | {first:.0f} | {median:.0f} | {p99:.0f} | {verdict} |")
    book.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {peak:.0f} MB ({runs} runs each; load average {_load()})")


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _child(db: str, args: argparse.Namespace, title: str) -> None:
    print(f"\n{title}\n")
    print("| stats | meetings | first call ms | p50 ms | p99 ms | target (p99) |")
    print("|---|---:|---:|---:|---:|---|", flush=True)
    command = [sys.executable, __file__, "--time", db, "--runs", str(args.runs)]
    command += ["--year", args.year]
    subprocess.run(command, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench" / "out" / "100k.db"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--year", default="2024")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--postgresql-url", metavar="URL")
    parser.add_argument("--time", metavar="DB", help=argparse.SUPPRESS)  # the child's work
    args = parser.parse_args()
    if args.time:
        time_backend(args.time, args.runs, args.year)
        return
    import sqlite3

    import store

    sys.path.insert(0, str(ROOT / "bench"))
    from searches import ThrowawayPostgres, fill

    store.open_book(args.db).close()  # a book kept from an older minutebook: upgraded first
    backends = args.backends.split(",")
    print(f"load average before: {_load()}")
    if "sqlite" in backends:
        _child(args.db, args, f"SQLite {sqlite3.sqlite_version}")
    if "postgresql" in backends:
        if args.postgresql_url:
            _child(args.postgresql_url, args, fill(Path(args.db), args.postgresql_url))
        else:
            with ThrowawayPostgres() as server:
                url = server.empty_book()
                _child(url, args, fill(Path(args.db), url))


if __name__ == "__main__":
    main()
