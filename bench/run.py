"""The bulk benchmark of issue 4: import, export, search and start-up at 100,000 meetings.

    python bench/run.py                  # 100,000 meetings (reuses bench/out/100k.ndjson)
    python bench/run.py --count 5000     # a quick run while developing

One command, one run, one machine; it prints one Markdown table, each figure against its target:
- `minutebook import` of the generator's NDJSON into a fresh book: wall time, meetings/s, peak
  RSS, and its ratio to the floor: the same rows put into the same schema by bare
  `sqlite3.executemany` in one transaction (FTS5 triggers and foreign keys included), and to
  `sqlite-utils insert` of flat CSVs, what a user might pick instead (tables only);
- `minutebook export --format ndjson` of the whole book, against the import's time;
- search latency p50/p99 over 200 queries per class (issue 14's classes, `searches.py`: frequent
  and rare people, names as words with and without marks, phrases, common and rare words, words
  being typed, `chair:` and words, periods, documents), each the first page of results by
  relevance with its count, on SQLite (`searches.py` alone times PostgreSQL too);
- the cold wall time of the `minutebook search ... --format json` process beside the bare
  `python -c "import sqlmodel, typer, rich"` and `python -c "import sqlite3"`.
Targets (issue 4): import ≤ 1.5× the floor with peak RSS < 300 MB; search p99 ≤ 30 ms for every
class; cold search ≤ 1.15× the bare libraries; export ≤ the import's time.

The helpers live beside it: `floor.py` (the same rows stored other ways) and `searches.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
# bench/ is not a package: its modules import one another by putting the folder on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from floor import (  # noqa: E402
    load_floor,
    load_with_sqlite_utils,
    read_book,
    sqlite_utils_command,
    write_csvs,
)
from searches import CLASSES, Latencies, count_modes, query_classes, time_queries  # noqa: E402

SEED = 1  # the generator's default seed: bench/out/100k.ndjson is shared with tui_bench.py
CLI = [sys.executable, "-c", "import cli; cli.main()"]
QUERIES_PER_CLASS = 200
COLD_RUNS = 5
IMPORT_RATIO, IMPORT_RSS_MB, SEARCH_P99_MS, COLD_RATIO = 1.5, 300, 30, 1.15
STARTED = time.perf_counter()


@dataclass(frozen=True)
class Run:
    """One finished subprocess: its wall time and the peak RSS of its process tree."""

    seconds: float
    peak_rss_mb: float


def tree_rss_kb(pid: int) -> int:
    """The resident memory of a process and all its descendants now (Linux /proc), in kB."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue  # it has just ended
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total


def measured(argv: list[str]) -> Run:
    """Run `argv` from the project folder; wall time and peak RSS.

    The import runs its reader in a second process, so the RSS is of the whole tree, sampled
    every 50 ms while it runs.
    """
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen(argv, cwd=ROOT, stdout=log, stderr=log)
        peak_kb = 0
        finished = threading.Event()

        def sample() -> None:
            nonlocal peak_kb
            while not finished.wait(0.05):
                peak_kb = max(peak_kb, tree_rss_kb(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        finished.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            log.seek(0)
            lines = log.read().decode("utf-8", "replace").strip().splitlines() or ["no output"]
            raise SystemExit(f"error: {' '.join(argv)} exited {process.returncode}: {lines[-1]}")
    # A child forked from this process (which holds the whole book in memory by the time the
    # export runs) reports this process's size as its own ru_maxrss: Linux keeps the high-water
    # mark of the memory it had before exec. The samples are the child's own.
    return Run(seconds, (peak_kb or usage.ru_maxrss) / 1024)  # kilobytes


def progress(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:6.0f} s] {message}", file=sys.stderr, flush=True)


def lines_in(path: Path) -> int:
    count = 0
    with path.open("rb") as data:
        while chunk := data.read(1 << 24):
            count += chunk.count(b"\n")
    return count


def meetings_file(count: int, folder: Path = OUT) -> Path:
    """The generator's NDJSON of `count` meetings in `folder`: reused when whole, else made.

    A sidecar records what a checked file holds, so later runs need not count its lines again.
    """
    name = f"{count // 1000}k" if count % 1000 == 0 else str(count)
    path = folder / f"{name}.ndjson"
    sidecar = path.with_suffix(".ndjson.args.json")
    if path.exists():
        expected = {"count": count, "seed": SEED, "bytes": path.stat().st_size}
        if sidecar.exists() and json.loads(sidecar.read_text()) == expected:
            return path
        with path.open(encoding="utf-8") as data:
            first = data.readline()
        if first.startswith(f'{{"uid": "gen-{SEED}-') and lines_in(path) == count:
            sidecar.write_text(json.dumps(expected))
            return path
    folder.mkdir(parents=True, exist_ok=True)
    progress(f"generating {count:,} meetings into {path}")
    generator = [sys.executable, str(ROOT / "bench" / "generate.py"), str(count)]
    subprocess.run([*generator, "--seed", str(SEED), "-o", str(path)], check=True)
    sidecar.write_text(json.dumps({"count": count, "seed": SEED, "bytes": path.stat().st_size}))
    return path


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Report:
    """The printed table: measure, figure, and the figure against its target."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []
        self.met = 0
        self.targets = 0

    def add(self, measure: str, figure: str, note: str) -> None:
        self.rows.append((measure, figure, note))

    def against(self, ok: bool, text: str) -> str:
        self.targets += 1
        self.met += ok
        return f"{text}: {'met' if ok else '**missed**'}"

    def markdown(self) -> str:
        lines = ["| measure | figure | against the target |", "|---|---|---|"]
        lines += [f"| {m} | {f} | {n} |" for m, f, n in self.rows]
        return "\n".join(lines)


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = ("meeting", "participation", "decision", "person", "document_ref")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def cold_starts(db: Path, runs: int) -> dict[str, float]:
    """Median wall time of each start-up command; runs interleaved, after one untimed round."""
    argvs = {  # one interpreter for all three, so only what each imports differs
        "search": [*CLI, "--db", str(db), "search", "hoi", "nghi", "--format", "json"],
        "libraries": [sys.executable, "-c", "import sqlmodel, typer, rich"],
        "sqlite3": [sys.executable, "-c", "import sqlite3"],
    }
    # Byte-compiled first, as an installed package runs (pip compiles what it installs, and a
    # first run writes the .pyc files): with PYTHONDONTWRITEBYTECODE set, as on some machines,
    # each start would otherwise compile our modules from source, which the libraries never do.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "store", "tui", "cli.py"], cwd=ROOT, check=True
    )
    times: dict[str, list[float]] = {name: [] for name in argvs}
    for round_ in range(runs + 1):  # round 0 puts every file in the page cache alike
        for name, argv in argvs.items():
            seconds = measured(argv).seconds
            if round_:
                times[name].append(seconds)
    return {name: statistics.median(values) for name, values in times.items()}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="meetings (default 100,000)")
    parser.add_argument("--queries", type=int, default=QUERIES_PER_CLASS, help="per class")
    parser.add_argument("--cold-runs", type=int, default=COLD_RUNS, help="per command (median)")
    parser.add_argument("--data", type=Path, default=OUT, help="folder of the NDJSON (bench/out)")
    parser.add_argument("--keep", type=Path, help="keep the books, CSVs and export in this folder")
    args = parser.parse_args(argv)
    if min(args.count, args.queries, args.cold_runs) < 1:
        parser.error("--count, --queries and --cold-runs must be at least 1")
    if sqlite_utils_command() is None:
        parser.error("sqlite-utils is not installed here: pip install -e '.[bench]'")
    source = meetings_file(args.count, args.data)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        if any(args.keep.iterdir()):
            parser.error(f"--keep {args.keep}: the folder must be empty (a fresh book is timed)")
        figures = measure(source, args.keep, args.queries, args.cold_runs)
    else:
        OUT.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="run-", dir=OUT) as scratch:
            figures = measure(source, Path(scratch), args.queries, args.cold_runs)
    table = report(figures)
    print(
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; "
        f"one run of bench/run.py, {time.perf_counter() - STARTED:,.0f} s in all; "
        f"medians of {args.cold_runs} cold starts; {args.queries} queries per search class"
    )
    print(table.markdown())
    print(f"targets met: {table.met} of {table.targets}")


@dataclass
class Figures:
    """Everything one run measured, before it is compared with the targets."""

    source: Path
    counts: dict[str, int]
    imported: Run
    floor: float
    sqlite_utils: float
    tables: int
    exported: Run
    latencies: list[Latencies]
    cold: dict[str, float]


def measure(source: Path, work: Path, queries: int, cold_runs: int) -> Figures:
    book = work / "book.db"
    progress(f"importing {source.name} with `minutebook import`")
    imported = measured([*CLI, "--db", str(book), "--create", "import", str(source)])
    progress("reading every row back, writing one CSV per table (not timed)")
    rows = read_book(book)
    csvs = write_csvs(rows, work)
    progress("the floor: sqlite3.executemany of the same rows in one transaction")
    floor = load_floor(rows, work / "floor.db")
    progress("sqlite-utils insert of the CSVs, one table at a time")
    utils = load_with_sqlite_utils(rows, csvs, work / "sqlite_utils.db")
    tables = len(rows)
    del rows  # about a gigabyte at 100,000 meetings; the searches below run in this process
    progress("minutebook export --format ndjson")
    exported = measured([*CLI, "--db", str(book), "export", "--format", "ndjson", "-o",
                         str(work / "export.ndjson")])  # fmt: skip
    mode, asked = next(iter(count_modes().items()))  # the count the CLI prints with its page
    progress(f"searching: {queries} queries in each of {len(CLASSES)} classes, {mode}")
    latencies = time_queries(book, query_classes(book, queries), **asked)
    progress(f"cold starts: {cold_runs} runs of each command")
    cold = cold_starts(book, cold_runs)
    return Figures(source, counts(book), imported, floor, utils, tables, exported, latencies, cold)


def report(figures: Figures) -> Report:
    table, data, imported = Report(), figures.counts, figures.imported
    meetings, floor, utils = data["meeting"], figures.floor, figures.sqlite_utils
    table.add(
        "the data",
        f"{meetings:,} meetings",
        f"{data['participation']:,} participations, {data['decision']:,} decisions, "
        f"{data['person']:,} people, {data['document_ref']:,} cited documents; "
        f"NDJSON {figures.source.stat().st_size / 1e6:,.0f} MB",
    )
    ratio = imported.seconds / floor
    table.add(
        "`minutebook import` into a fresh book",
        f"{imported.seconds:,.1f} s, {meetings / imported.seconds:,.0f} meetings/s",
        table.against(ratio <= IMPORT_RATIO, f"{ratio:.2f}× the floor (target ≤ {IMPORT_RATIO}×)"),
    )
    table.add(
        "peak RSS of the import (both processes)",
        f"{imported.peak_rss_mb:,.0f} MB",
        table.against(imported.peak_rss_mb < IMPORT_RSS_MB, f"target < {IMPORT_RSS_MB} MB"),
    )
    table.add(
        "the floor: `sqlite3.executemany`, one transaction",
        f"{floor:,.1f} s, {meetings / floor:,.0f} meetings/s",
        "the same rows into the same schema, our pragmas; FTS5 triggers and foreign keys run: "
        "the least storing this data in this schema takes",
    )
    table.add(
        f"`sqlite-utils insert --csv`, {figures.tables} CSVs",
        f"{utils:,.1f} s, {meetings / utils:,.0f} meetings/s",
        f"import takes {imported.seconds / utils:.2f}× this; it builds tables only: "
        "no FTS index, no foreign keys, no unique keys, no indexes",
    )
    exported = figures.exported
    table.add(
        "`minutebook export --format ndjson`, whole book",
        f"{exported.seconds:,.1f} s, peak RSS {exported.peak_rss_mb:,.0f} MB",
        table.against(
            exported.seconds <= imported.seconds,
            f"{exported.seconds / imported.seconds:.2f}× the import's time (target ≤ 1×)",
        ),
    )
    for result in figures.latencies:
        p50, p99 = percentile(result.seconds, 0.5), percentile(result.seconds, 0.99)
        table.add(
            f"search, {result.name}",
            f"p50 {ms(p50)}, p99 {ms(p99)}",
            table.against(p99 <= SEARCH_P99_MS / 1000, f"target p99 ≤ {SEARCH_P99_MS} ms")
            + f"; slowest {result.slowest}",
        )
    cold = figures.cold
    cold_ratio = cold["search"] / cold["libraries"]
    table.add(
        "cold `minutebook search hoi nghi --format json`",
        ms(cold["search"]),
        table.against(
            cold_ratio <= COLD_RATIO,
            f"{cold_ratio:.2f}× the bare libraries (target ≤ {COLD_RATIO}×)",
        ),
    )
    table.add(
        '`python -c "import sqlmodel, typer, rich"`',
        ms(cold["libraries"]),
        "what the libraries we must use cost by themselves",
    )
    table.add('`python -c "import sqlite3"`', ms(cold["sqlite3"]), "the interpreter alone")
    return table


if __name__ == "__main__":
    main()
