"""Peak memory of `minutebook export` (issue 13, item 8): a search matching every meeting against
the whole book, in every format the command writes, at 100,000 meetings.

    python bench/export_memory.py                    # 100,000 meetings (reuses bench/out/100k.db)
    python bench/export_memory.py --meetings 5000    # a quick run while developing

The book is the generator's NDJSON (`generate.py`, seed 1; `run.meetings_file` makes or reuses
it) imported by `minutebook --db BOOK --create import`, kept beside it as `bench/out/100k.db`
(the book `tui_bench.py` uses) and reused while it holds that many meetings. Then, for each of
json, ndjson, csv, csv --excel, xlsx, docx, md and ics, two commands, each a whole process of its
own, one after the other:

- `minutebook --db BOOK export --format F -o FILE`: the whole book, the plain export;
- `minutebook --db BOOK export -q QUERY --format F -o FILE`: a search that matches every meeting
  (`ng`, in some word of every generated meeting; the script checks both wrote as many meetings).

And `minutebook --db BOOK search QUERY --format json -n 1000000 > FILE` against the plain JSON
export. Each process's peak RSS is its `ru_maxrss` from `os.wait4`: exact, not sampled. A child
starts from this process's memory (Linux counts the parent's high-water mark up to the `exec`
in the child's), so this one imports no more than the standard library; its own peak is printed.
Target (issue 13): the query's peak ≤ 1.5× the plain export's, in every format.
A command that fails is a row of the table saying why; the others are still measured.

Progress goes to stderr; the table to stdout, its first line the machine. Outputs are written in a
scratch folder under `--data` and removed as soon as they are measured. Tests:
`tests/store/test_export_memory_bench.py`.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
# bench/ is not a package: its modules import one another by putting the folder on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import CLI, STARTED, counts, meetings_file, progress  # noqa: E402

MEETINGS = 100_000
QUERY = "ng"
SEARCH_LIMIT = 1_000_000
RATIO = 1.5
# The export formats: the name in the table, the options that ask for it, the file's extension.
FORMATS: dict[str, tuple[list[str], str]] = {
    "json": (["--format", "json"], "json"),
    "ndjson": (["--format", "ndjson"], "ndjson"),
    "csv": (["--format", "csv"], "csv"),
    "csv --excel": (["--format", "csv", "--excel"], "csv"),
    "xlsx": (["--format", "xlsx"], "xlsx"),
    "docx": (["--format", "docx"], "docx"),
    "md": (["--format", "md"], "md"),
    "ics": (["--format", "ics"], "ics"),
}
# ru_maxrss is in kilobytes on Linux, in bytes on macOS.
RSS_UNIT = 1024 * 1024 if sys.platform == "darwin" else 1024


class CommandFailed(Exception):
    """A measured command exited with an error: its code and last line."""


@dataclass(frozen=True)
class Child:
    """One finished command: its wall time, its peak RSS, the meetings it said it wrote and the
    size of what it wrote."""

    seconds: float
    peak_mb: float
    meetings: int
    output_mb: float


def run_child(argv: list[str], output: Path | None, stdout_to_output: bool = False) -> Child:
    """Run `argv` (from the project folder, where `main` works), its peak RSS from `os.wait4`;
    then remove `output`, what it wrote.

    The count is the command's "Wrote N meetings" line, or, for a search (whose JSON goes to
    stdout, into `output`), the records in its JSON array."""
    env = {**os.environ, "COLUMNS": "1000"}  # the one line unwrapped, whatever the terminal
    into = output if stdout_to_output and output is not None else os.devnull
    with tempfile.TemporaryFile() as log, open(into, "wb") as out:
        start = time.perf_counter()
        pid = os.posix_spawn(
            argv[0], argv, env, file_actions=[
                (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                (os.POSIX_SPAWN_DUP2, log.fileno(), 2),
            ],
        )  # fmt: skip
        _, status, usage = _wait(pid)
        seconds = time.perf_counter() - start
        log.seek(0)
        said = log.read().decode("utf-8", "replace")
    code = os.waitstatus_to_exitcode(status)
    if code:
        if output is not None:
            output.unlink(missing_ok=True)
        last = (said.strip().splitlines() or ["no output"])[-1]
        raise CommandFailed(f"exited {code}: {last}")
    found = re.search(r"Wrote (\d+) meetings?", said)
    meetings, size = int(found.group(1)) if found else -1, 0.0
    if output is not None:
        meetings = _json_records(output) if stdout_to_output else meetings
        size = output.stat().st_size / 1e6
        output.unlink()
    return Child(seconds, usage.ru_maxrss / RSS_UNIT, meetings, size)


def _wait(pid: int) -> tuple[int, int, resource.struct_rusage]:
    """`os.wait4`, resumed if a signal interrupts it."""
    while True:
        try:
            return os.wait4(pid, 0)
        except InterruptedError:
            continue


def _json_records(path: Path) -> int:
    """The records in a JSON array as `minutebook` writes it (each opens a line `  {`)."""
    with path.open("rb") as data:
        return sum(1 for line in data if line == b"  {\n")


def book_file(count: int, folder: Path) -> Path:
    """The book of the generator's `count` meetings in `folder`: reused when it holds them all,
    else imported anew by `minutebook import` (under a temporary name, renamed when done)."""
    name = f"{count // 1000}k" if count % 1000 == 0 else str(count)
    path = folder / f"{name}.db"
    if path.exists():
        try:
            if counts(path)["meeting"] == count:
                return path
        except sqlite3.Error:
            pass
        progress(f"{path} does not hold {count:,} meetings; importing it again")
    source = meetings_file(count, folder)
    partial = folder / f"{name}.db.partial"
    for leftover in (partial, *(partial.with_name(partial.name + e) for e in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    progress(f"importing {source.name} into {path.name} with `minutebook import`")
    argv = [*CLI, "--db", str(partial), "--create", "import", str(source)]
    try:
        imported = run_child(argv, None)
    except CommandFailed as exc:
        raise SystemExit(f"error: {' '.join(argv)} {exc}") from None
    progress(f"imported in {imported.seconds:,.0f} s")
    conn = sqlite3.connect(partial)  # the log folded into the file, which alone is renamed
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stored = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
    finally:
        conn.close()
    if stored != count:
        raise SystemExit(f"error: the import of {source} stored {stored:,} meetings, not {count:,}")
    for leftover in (partial.with_name(partial.name + e) for e in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)
    partial.replace(path)
    return path


@dataclass(frozen=True)
class Pair:
    """One row of the table: the plain command and the same with the query, or why one of
    them failed."""

    name: str
    plain: Child | None
    query: Child | None
    failure: str = ""

    @property
    def ratio(self) -> float:
        return self.query.peak_mb / self.plain.peak_mb if self.plain and self.query else 0.0

    @property
    def met(self) -> bool:
        if self.plain is None or self.query is None:
            return False
        return self.ratio <= RATIO and self.query.meetings == self.plain.meetings


def measure(book: Path, query: str, formats: list[str], work: Path) -> list[Pair]:
    """Every format's pair of exports, then the search against the plain JSON export. A
    command that fails is a row saying so; the others are still measured."""
    cli = [*CLI, "--db", str(book)]
    pairs: list[Pair] = []
    plain_json: Child | None = None
    for name in formats:
        options, extension = FORMATS[name]
        output = work / f"export.{extension}"
        argvs = (
            [*cli, "export", *options, "-o", str(output)],
            [*cli, "export", "-q", query, *options, "-o", str(output)],
        )
        pairs.append(_pair(f"export {name}", name, query, [(argv, output) for argv in argvs]))
        if name == "json":
            plain_json = pairs[-1].plain
    if plain_json is None:
        progress("export json: the whole book (for the search)")
        output = work / "export.json"
        try:
            plain_json = run_child([*cli, "export", "--format", "json", "-o", str(output)], output)
        except CommandFailed as exc:
            progress(f"export json: {exc}")
    argv = [*cli, "search", query, "--format", "json", "-n", str(SEARCH_LIMIT)]
    progress(f"search {query} --format json -n {SEARCH_LIMIT}")
    try:
        searched = run_child(argv, work / "search.json", stdout_to_output=True)
    except CommandFailed as exc:
        progress(f"search: {exc}")
        pairs.append(Pair("search", plain_json, None, str(exc)))
    else:
        pairs.append(Pair("search", plain_json, searched, "" if plain_json else "json failed"))
    return pairs


def _pair(what: str, name: str, query: str, commands: list[tuple[list[str], Path]]) -> Pair:
    """The plain command and the queried one, run in turn; progress says each one's peak."""
    done: list[Child] = []
    for (argv, output), which in zip(commands, ("the whole book", f"-q {query}"), strict=True):
        progress(f"{what}: {which}")
        try:
            done.append(run_child(argv, output))
        except CommandFailed as exc:
            progress(f"{what}: {which} {exc}")
            return Pair(name, done[0] if done else None, None, f"{which}: {exc}")
    pair = Pair(name, *done)
    progress(f"{what}: {done[0].peak_mb:,.0f} MB and {done[1].peak_mb:,.0f} MB, {pair.ratio:.2f}×")
    return pair


def table(pairs: list[Pair], query: str) -> list[str]:
    lines = [
        f"| format | output | plain export: peak RSS, time | `-q {query}`: peak RSS, time "
        f"| ratio | target ≤ {RATIO}× |",
        "|---|---|---|---|---|---|",
    ]
    for pair in pairs:
        plain, queried = pair.plain, pair.query
        name = pair.name
        if name == "search":
            name = f"`search {query} --format json -n {SEARCH_LIMIT}` against json"
        if plain is None or queried is None:
            figures = (plain.peak_mb, plain.seconds) if plain else None
            shown = f"{figures[0]:,.0f} MB, {figures[1]:,.1f} s" if figures else "–"
            lines.append(f"| {name} | – | {shown} | – | – | **failed**: {pair.failure} |")
            continue
        verdict = "met" if pair.met else "**missed**"
        if queried.meetings != plain.meetings:
            verdict += f" (wrote {queried.meetings:,} meetings, not {plain.meetings:,})"
        lines.append(
            f"| {name} | {_mb(queried.output_mb)} | "
            f"{plain.peak_mb:,.0f} MB, {plain.seconds:,.1f} s | "
            f"{queried.peak_mb:,.0f} MB, {queried.seconds:,.1f} s | "
            f"{pair.ratio:.2f}× | {verdict} |"
        )
    lines.append(f"targets met: {sum(p.met for p in pairs)} of {len(pairs)}")
    return lines


def _mb(megabytes: float) -> str:
    return f"{megabytes:,.0f} MB" if megabytes >= 10 else f"{megabytes:.1f} MB"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--meetings", type=int, default=MEETINGS, help="default 100,000")
    parser.add_argument("--query", default=QUERY, help=f"matching every meeting (default {QUERY})")
    parser.add_argument(
        "--formats",
        default=",".join(FORMATS),
        help=f"comma-separated, of {', '.join(FORMATS)} (default: all)",
    )
    parser.add_argument("--data", type=Path, default=OUT, help="folder of the book (bench/out)")
    args = parser.parse_args(argv)
    formats = [name.strip() for name in args.formats.split(",") if name.strip()]
    unknown = [name for name in formats if name not in FORMATS]
    if unknown or not formats:
        parser.error(f"--formats: one or more of {', '.join(FORMATS)}")
    if args.meetings < 1:
        parser.error("--meetings must be at least 1")
    data = args.data.resolve()
    data.mkdir(parents=True, exist_ok=True)
    os.chdir(ROOT)  # where `CLI` finds the program
    book = book_file(args.meetings, data)
    with tempfile.TemporaryDirectory(prefix="export-memory-", dir=data) as scratch:
        pairs = measure(book, args.query, formats, Path(scratch))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / RSS_UNIT
    print(
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; "
        f"bench/export_memory.py on {args.meetings:,} meetings, one run of each command, "
        f"{time.perf_counter() - STARTED:,.0f} s in all; peak RSS of each whole process "
        f"(this one: {own:,.0f} MB)"
    )
    print("\n".join(table(pairs, args.query)))


if __name__ == "__main__":
    main()
