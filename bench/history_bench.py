"""The cost of history (issue 12): an import and a save with history on, and the book's growth.

    python bench/history_bench.py                   # 100,000 meetings; several minutes
    python bench/history_bench.py --meetings 3000   # a quick run while developing

Every save, import, restore, rename and merge writes a `meeting_history` row, and a save keeps the
replaced state's record as JSON (`store.history`). This script measures what that costs, in a
temporary folder it removes at the end:

- **import**: the generator's NDJSON (`generate.py`, seed 1, written once) imported into fresh
  SQLite books through the Book API the CLI uses (`book.import_files`), with history and with
  `history=False` (the importer's switch for this benchmark; the CLI does not offer it). Runs
  alternate in the order without, with, with, without, ... (`--runs` of each), so a machine
  that gets busier or quieter meanwhile weighs on both alike; the figure is the best run of each
  and the ratio of the two bests. Target: with history ≤ 1.10× without. Beside it, the CPU time
  of the writing process (this one; the reading side has a process of its own), where history's
  work is done: other programs on a busy machine disturb it less than the wall time.
- **save**: on the last book imported with history, `--saves` distinct meetings drawn with a fixed
  seed, each read with `book.meeting(id)`, changed as an edit form would change it (its title,
  or one decision added, alternately; the changed record is validated by `store.validate_record`
  like a face does, untimed) and saved with `book.save(id, record, expected_version=...)`. Only
  the save is timed (`time.perf_counter`): p50, p99 and max. One save before them, of a meeting
  not among them, is not counted (the first pays for building the record classes). Target: p99
  < 50 ms. Beside it, from SQLAlchemy's cursor events, the time each save spends in history's
  statements (those on `meeting_history`), and where the slowest 1% of saves spend theirs:
  history, the search index (statements on `meeting_search`, whose triggers keep the FTS5
  index), other SQL, and the rest (Python, the commit and the WAL checkpoint it may run).
- **size**: each book's file after `PRAGMA wal_checkpoint(TRUNCATE)` (plus its -wal, then empty),
  with history against without; and what a version adds: the growth of `meeting_history` and
  its index (SQLite's `dbstat`) over the saves, beside the average length of the JSON a save
  keeps and the growth of the whole file, which also counts the rest of each save.

Progress goes to stderr; the table goes to stdout, its first line the machine (cores, Python,
SQLite): figures from different machines are not comparable. Tests:
`tests/store/test_history_bench.py`.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
# bench/ is not a package: its modules import one another by putting the folder on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from generate import write  # noqa: E402
from run import Report, percentile  # noqa: E402  (the same table, judged the same way)

import store  # noqa: E402

SEED = 1
MEETINGS = 100_000
SAVES = 200
RUNS = 2
IMPORT_RATIO, SAVE_P99_MS = 1.10, 50
STARTED = time.perf_counter()


def progress(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:6.0f} s] {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Size:
    """A book's size on disk (its write-ahead log folded in), and the part of it in use."""

    disk: int  # the file plus its -wal (empty after the checkpoint)
    used: int  # pages in use: the file less its free pages, which later writes reuse


def book_size(path: Path) -> Size:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages, free, page = (
            conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("page_count", "freelist_count", "page_size")
        )
    finally:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    disk = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    return Size(disk, (pages - free) * page)


@dataclass
class Figures:
    meetings: int
    source_bytes: int
    without: list[float] = field(default_factory=list)  # import seconds, per run
    with_history: list[float] = field(default_factory=list)
    cpu_without: list[float] = field(default_factory=list)  # the writing process's CPU seconds
    cpu_with: list[float] = field(default_factory=list)
    size_without: Size = Size(0, 0)
    size_with: Size = Size(0, 0)
    history_rows: int = 0
    history_table: int | None = None  # bytes of meeting_history and its index after the import
    saves: list[float] = field(default_factory=list)  # seconds, per save
    parts: list[dict[str, float]] = field(default_factory=list)  # seconds per part, per save
    size_before_saves: Size = Size(0, 0)
    size_after_saves: Size = Size(0, 0)
    history_before_saves: int | None = None
    history_after_saves: int | None = None
    kept_json: list[int] = field(default_factory=list)  # length of each record a save kept


def import_once(source: Path, book_path: Path, history: bool, expected: int) -> tuple[float, float]:
    """One import into a fresh book: its wall time, and the CPU time of this process (the
    writing side, where history's work is done; the reading side runs in a process of its own
    for a big file), in seconds."""
    # The schema is made before the clock starts.
    book = store.open_book(str(book_path), create=True)
    try:
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        report = book.import_files([str(source)], history=history)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        book.close()
    if report.inserted != expected:
        raise SystemExit(f"error: imported {report.inserted} meetings, expected {expected}")
    return seconds, cpu


def imports(source: Path, work: Path, runs: int, figures: Figures) -> Path:
    """Alternate the imports (without, with, with, without, ...); the last book with history."""
    order: list[bool] = []
    for round_ in range(runs):
        order += [False, True] if round_ % 2 == 0 else [True, False]
    last_with = work / "with-0.db"
    for i, history in enumerate(order):
        path = work / f"{'with' if history else 'without'}-{i}.db"
        label = "with history" if history else "without history"
        progress(f"import {i + 1} of {len(order)}: {figures.meetings:,} meetings {label}")
        seconds, cpu = import_once(source, path, history, figures.meetings)
        progress(f"  {seconds:,.1f} s, writing process CPU {cpu:,.1f} s")
        size = book_size(path)
        if history:
            figures.with_history.append(seconds)
            figures.cpu_with.append(cpu)
            figures.size_with = size
            if last_with.exists() and last_with != path:
                remove_book(last_with)
            last_with = path
        else:
            figures.without.append(seconds)
            figures.cpu_without.append(cpu)
            figures.size_without = size
            remove_book(path)  # only its size is needed
    conn = sqlite3.connect(last_with)
    try:
        figures.history_rows = conn.execute("SELECT count(*) FROM meeting_history").fetchone()[0]
    finally:
        conn.close()
    figures.history_table = history_bytes(last_with)
    return last_with


def history_bytes(path: Path) -> int | None:
    """The pages of `meeting_history` and its indexes, in bytes (SQLite's dbstat table; None
    where SQLite was built without it)."""
    conn = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_schema WHERE tbl_name = 'meeting_history'"
                " AND type IN ('table', 'index')"
            )
        ]
        total = 0
        for name in names:
            query = "SELECT pgsize FROM dbstat WHERE name = ? AND aggregate = TRUE"
            total += conn.execute(query, (name,)).fetchone()[0] or 0
        return total
    except sqlite3.OperationalError:  # no dbstat in this SQLite
        return None
    finally:
        conn.close()


def remove_book(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def edited(record: store.MeetingRecord, n: int) -> store.MeetingRecord:
    """The record as an edit form would save it: a new title, or one decision more."""
    data = record.to_json()
    if n % 2 == 0:
        data["title"] = f"{record.title} (sửa lần {n})"
    else:
        text = f"Giao Văn phòng hoàn thiện biên bản, lần sửa {n}"
        decision = {"text": text, "kind": "assignment"}
        data["decisions"] = [*data["decisions"], decision]
    checked = store.validate_record(data, source="history_bench")
    if not isinstance(checked, store.MeetingRecord):
        raise SystemExit(f"error: the edited record is invalid: {checked[0]}")
    return checked


PARTS = ("history", "search index", "other SQL")


class Statements:
    """The time a save spends in SQL statements, by what they touch: `meeting_history` (the
    latest row read, the replaced record kept, the new row), `meeting_search` (whose triggers
    keep the FTS5 index) and the rest. Timed with SQLAlchemy's cursor events on every engine."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(PARTS, 0.0)
        self._started = 0.0

    def before(self, *_: Any) -> None:
        self._started = time.perf_counter()

    def after(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seconds = time.perf_counter() - self._started
        part = (
            "history"
            if "meeting_history" in statement
            else "search index"
            if "meeting_search" in statement
            else "other SQL"
        )
        self.spent[part] += seconds

    def take(self) -> dict[str, float]:
        spent, self.spent = self.spent, dict.fromkeys(PARTS, 0.0)
        return spent

    def __enter__(self) -> Statements:
        event.listen(Engine, "before_cursor_execute", self.before)
        event.listen(Engine, "after_cursor_execute", self.after)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(Engine, "before_cursor_execute", self.before)
        event.remove(Engine, "after_cursor_execute", self.after)


def saves(path: Path, count: int, figures: Figures) -> None:
    conn = sqlite3.connect(path)
    try:
        ids = [row[0] for row in conn.execute("SELECT id FROM meeting ORDER BY id")]
    finally:
        conn.close()
    rng = random.Random(SEED)
    drawn = rng.sample(ids, min(len(ids), count + 1))
    while len(drawn) < count + 1:  # a small book: some meetings are saved twice
        drawn.append(rng.choice(ids))
    warm_up, chosen = drawn[0], drawn[1:]
    figures.size_before_saves = book_size(path)
    figures.history_before_saves = history_bytes(path)
    progress(f"{count} saves of random meetings (one more first, not counted)")
    book = store.open_book(str(path))
    try:
        with Statements() as statements:
            for n, meeting_id in enumerate([warm_up, *chosen]):
                record = book.meeting(meeting_id)
                changed = edited(record, n)
                statements.take()
                start = time.perf_counter()
                book.save(meeting_id, changed, expected_version=record.version)
                seconds = time.perf_counter() - start
                if n:
                    figures.saves.append(seconds)
                    figures.parts.append(statements.take())
    finally:
        book.close()
    figures.size_after_saves = book_size(path)
    figures.history_after_saves = history_bytes(path)
    conn = sqlite3.connect(path)
    try:
        kept = conn.execute(
            "SELECT length(CAST(record AS BLOB)) FROM meeting_history WHERE record IS NOT NULL"
        )
        figures.kept_json = [row[0] for row in kept]
    finally:
        conn.close()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.001 else f"{seconds * 1000:.1f} ms"


def mb(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"


def sized(value: float | None, in_mb: bool = False) -> str:
    """A size from dbstat, which some SQLite builds lack."""
    if value is None:
        return "n/a (no dbstat)"
    return mb(int(value)) if in_mb else f"{value:,.0f} bytes"


def report(figures: Figures) -> Report:
    table, n = Report(), figures.meetings
    best_without, best_with = min(figures.without), min(figures.with_history)
    ratio = best_with / best_without
    runs = ", ".join(f"{s:,.1f}" for s in figures.without)
    table.add(
        "import without history",
        f"{best_without:,.1f} s, {n / best_without:,.0f} meetings/s",
        f"best of {len(figures.without)} runs ({runs} s); `history=False`, the benchmark's switch",
    )
    runs = ", ".join(f"{s:,.1f}" for s in figures.with_history)
    table.add(
        "import with history",
        f"{best_with:,.1f} s, {n / best_with:,.0f} meetings/s",
        table.against(ratio <= IMPORT_RATIO, f"{ratio:.3f}× without (target ≤ {IMPORT_RATIO:.2f}×)")
        + f"; best of {len(figures.with_history)} runs ({runs} s)",
    )
    cpu_without, cpu_with = min(figures.cpu_without), min(figures.cpu_with)
    table.add(
        "import, CPU time of the writing process",
        f"{cpu_with:,.1f} s with history, {cpu_without:,.1f} s without",
        f"{cpu_with / cpu_without:.3f}× (best runs): where history's work is done; less "
        "disturbed than wall time by other programs on a busy machine",
    )
    p50, p99 = percentile(figures.saves, 0.5), percentile(figures.saves, 0.99)
    table.add(
        f"save, {len(figures.saves)} random meetings, book with history",
        f"p50 {ms(p50)}, p99 {ms(p99)}, max {ms(max(figures.saves))}",
        table.against(p99 < SAVE_P99_MS / 1000, f"target p99 < {SAVE_P99_MS} ms"),
    )
    history = [part["history"] for part in figures.parts]
    share = sum(history) / sum(figures.saves)
    table.add(
        "… of which history's SQL",
        f"p50 {ms(percentile(history, 0.5))}, p99 {ms(percentile(history, 0.99))}, "
        f"max {ms(max(history))}",
        f"{share:.1%} of all the saves' time: the latest history row read, the replaced "
        "record kept in it, the new row added",
    )
    slowest = sorted(zip(figures.saves, figures.parts, strict=True), key=lambda x: x[0])
    slowest = slowest[-max(3, -(-len(slowest) // 100)) :]  # the slowest 1%, at least 3
    average = {name: sum(p[name] for _, p in slowest) / len(slowest) for name in PARTS}
    rest = sum(s for s, _ in slowest) / len(slowest) - sum(average.values())
    spent = ", ".join(f"{name} {ms(seconds)}" for name, seconds in average.items())
    table.add(
        f"… the {len(slowest)} slowest saves",
        ", ".join(ms(s) for s, _ in reversed(slowest)),
        f"on average {spent}, the rest (Python, the commit and its checkpoint) {ms(rest)}",
    )
    with_, without = figures.size_with, figures.size_without
    extra = with_.disk - without.disk
    table.add(
        "book size, imported with / without history",
        f"{mb(with_.disk)} / {mb(without.disk)}",
        f"history adds {mb(extra)} ({extra / without.disk:.1%}), {extra / n:,.0f} bytes a "
        f"meeting: {figures.history_rows:,} history rows, "
        f"{sized(figures.history_table, in_mb=True)} with their index",
    )
    before, after, count = figures.size_before_saves, figures.size_after_saves, len(figures.saves)
    kept = figures.kept_json
    average = sum(kept) / len(kept) if kept else 0
    grown = None
    if figures.history_before_saves is not None and figures.history_after_saves is not None:
        grown = (figures.history_after_saves - figures.history_before_saves) / count
    table.add(
        "size growth per version (a save)",
        f"{sized(grown)} in history",
        f"the history table and its index over {count} saves; each save keeps the replaced "
        f"record as JSON, {average:,.0f} bytes on average, and adds a row. The whole file: "
        f"{mb(before.disk)} → {mb(after.disk)}, {(after.disk - before.disk) / count:,.0f} bytes "
        f"a save (pages in use {(after.used - before.used) / count:+,.0f}), which counts the "
        "rest of each save too: the meeting's rows rewritten, the search index's segments "
        "added and merged",
    )
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=MEETINGS, help="default 100,000")
    parser.add_argument("--saves", type=int, default=SAVES, help="timed saves (default 200)")
    parser.add_argument("--runs", type=int, default=RUNS, help="imports of each kind (default 2)")
    parser.add_argument("--tmp", type=Path, default=None, help="where the scratch folder goes")
    args = parser.parse_args(argv)
    if args.meetings < 2 or args.saves < 1 or args.runs < 1:
        parser.error("--meetings must be at least 2, --saves and --runs at least 1")
    with tempfile.TemporaryDirectory(prefix="history-bench-", dir=args.tmp) as scratch:
        work = Path(scratch)
        source = work / "meetings.ndjson"
        progress(f"generating {args.meetings:,} meetings (seed {SEED}) into {source}")
        with source.open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
            write(args.meetings, SEED, out)
        figures = Figures(args.meetings, source.stat().st_size)
        book = imports(source, work, args.runs, figures)
        saves(book, args.saves, figures)
    table = report(figures)
    print(
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; "
        f"one run of bench/history_bench.py, {args.meetings:,} meetings "
        f"(NDJSON {figures.source_bytes / 1e6:,.0f} MB), {args.runs} imports of each kind, "
        f"{time.perf_counter() - STARTED:,.0f} s in all"
    )
    print(table.markdown())
    print(f"targets met: {table.met} of {table.targets}")


if __name__ == "__main__":
    main()
