"""The committee's figures on the 100,000-meeting book: `Book.stats` for one whole year and for all
time, p50/p99 over repeated runs and the process's peak RSS, against the target (p99 ≤ 200 ms).

    python bench/stats.py                     # bench/out/100k.db (made by bench/generate.py)
    python bench/stats.py --db other.db --runs 50

SQLite only here; a PostgreSQL book is a `minutebook db copy` of it (see bench/searches.py).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench" / "out" / "100k.db"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--year", default="2024")
    args = parser.parse_args()
    import store

    book = store.open_book(args.db, upgrade=False)
    print("| stats | meetings | p50 ms | p99 ms | target |")
    print("|---|---:|---:|---:|---|")
    for label, period in ((f"year {args.year}", args.year), ("all time", "all")):
        times, meetings = [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            meetings = book.stats(period=period).meetings
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
        verdict = "ok" if p99 <= TARGET_MS else "over"
        median = statistics.median(times)
        print(f"| {label} | {meetings:,} | {median:.0f} | {p99:.0f} | {verdict} |")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {peak:.0f} MB (SQLite, {args.runs} runs each)")


if __name__ == "__main__":
    main()
