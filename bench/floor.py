"""The same rows, stored two other ways: the bare-sqlite3 floor and `sqlite-utils insert` of CSVs.

What lives here (used by `run.py`):

* ``read_book``: every row of every table of a book our import wrote, in memory as tuples, tables
  in an order that satisfies their foreign keys;
* ``load_floor``: those rows into a fresh book of the same schema (made by our migrations) with
  ``sqlite3.executemany`` in one transaction, with the pragmas ``store/db.py`` sets. The FTS5
  triggers and foreign keys run as in our import, so this is the least any importer of this data
  into this schema could take;
* ``write_csvs`` and ``load_with_sqlite_utils``: one flat CSV per table and the
  ``sqlite-utils insert DB TABLE FILE --csv`` a user would run instead, one process per table.
  That builds tables only: no FTS index, no foreign keys, no unique keys, no secondary indexes.

What does not: generating or importing the data, timing searches, printing (``run.py``).
"""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Our bookkeeping, not the meetings: Alembic's revision, SQLite's AUTOINCREMENT counter and the
# planner's statistics (ANALYZE writes them; a fresh book gets its own).
SKIPPED = {"alembic_version", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}
# The figures' summaries (migrations 0012, 0013): the triggers on the meetings, organisers and
# participations fill them as those load, as they do for the import.
SUMMARIES = {"stats_meetings", "stats_bodies", "stats_people", "stats_attendance"}


@dataclass
class Table:
    name: str
    columns: list[str]
    primary_key: list[str]
    rows: list[tuple[object, ...]]


def _tables_in_load_order(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables, each after the tables its foreign keys point at.

    FTS5 tables and their shadow tables are left out: the triggers on `meeting_search` fill them;
    so are the figures' summaries, filled by theirs.
    """
    listed = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    entries = [(name, sql or "") for name, sql in listed]
    virtual = [name for name, sql in entries if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    names = [
        name
        for name, _ in entries
        if name not in SKIPPED
        and name not in SUMMARIES
        and name not in virtual
        and not any(name.startswith(v + "_") for v in virtual)
    ]
    parents = {
        name: {row[2] for row in conn.execute(f'PRAGMA foreign_key_list("{name}")')} - {name}
        for name in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        if not ready:
            raise RuntimeError(
                f"foreign keys form a cycle among {sorted(set(names) - set(ordered))}"
            )
        ordered.extend(ready)
    return ordered


def read_book(path: Path) -> list[Table]:
    """Every row of every table of the book at `path`, tables in foreign-key order."""
    conn = sqlite3.connect(path)
    try:
        tables = []
        for name in _tables_in_load_order(conn):
            info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            columns = [row[1] for row in info]
            primary_key = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
            quoted = ", ".join(f'"{c}"' for c in columns)
            # FTS5 writes out its pending words whenever a row's rowid is not above the last
            # one's: the search rows go in their index's order (`sort_key`), as the import's
            # batches do, so that the floor stays the least this schema takes.
            order = ' ORDER BY "sort_key"' if "sort_key" in columns else ""
            rows = conn.execute(f'SELECT {quoted} FROM "{name}"{order}').fetchall()
            tables.append(Table(name, columns, primary_key, rows))
        return tables
    finally:
        conn.close()


def _connect_as_the_store_does(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        "foreign_keys=ON", "busy_timeout=5000", "journal_mode=WAL", "synchronous=NORMAL",
    ):  # fmt: skip
        conn.execute(f"PRAGMA {pragma}")
    import store.word_pairs

    store.word_pairs.register(conn)  # the word pairs' triggers call it, as in the store
    return conn


def load_floor(tables: list[Table], path: Path) -> float:
    """Seconds to insert every row into a fresh book at `path`, in one transaction."""
    import store.db

    store.db.open_store(str(path), create=True).close()  # the schema, by our migrations
    conn = _connect_as_the_store_does(path)
    try:
        start = time.perf_counter()
        conn.execute("BEGIN")
        for table in tables:
            columns = ", ".join(f'"{c}"' for c in table.columns)
            marks = ", ".join("?" * len(table.columns))
            insert = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
            conn.executemany(insert, table.rows)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        for table in tables:  # the floor must have stored what our import did, no less
            stored = conn.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
            if stored != len(table.rows):
                raise RuntimeError(f"floor: {table.name} has {stored} rows, not {len(table.rows)}")
        return seconds
    finally:
        conn.close()


def write_csvs(tables: list[Table], folder: Path) -> dict[str, Path]:
    """One CSV per table, a header of column names; NULL is an empty cell."""
    written = {}
    for table in tables:
        path = folder / f"{table.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(table.columns)
            writer.writerows(table.rows)
        written[table.name] = path
    return written


def sqlite_utils_command() -> Path | None:
    """The `sqlite-utils` of this interpreter's environment (the `bench` extra), if installed."""
    beside = Path(sys.executable).parent / "sqlite-utils"
    return beside if beside.exists() else None


def load_with_sqlite_utils(tables: list[Table], csvs: dict[str, Path], path: Path) -> float:
    """Seconds of `sqlite-utils insert PATH TABLE FILE.csv --csv --pk ...`, summed over tables.

    The primary keys are given, as a user loading related tables would; everything else is
    sqlite-utils' defaults (it detects column types from the CSV).
    """
    command = sqlite_utils_command()
    if command is None:
        raise RuntimeError("sqlite-utils is not installed: pip install -e '.[bench]'")
    total = 0.0
    for table in tables:
        keys = [arg for column in table.primary_key for arg in ("--pk", column)]
        argv = [str(command), "insert", str(path), table.name, str(csvs[table.name]), "--csv"]
        start = time.perf_counter()
        done = subprocess.run([*argv, *keys], capture_output=True, text=True)
        total += time.perf_counter() - start
        if done.returncode:
            lines = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
            raise RuntimeError(f"sqlite-utils insert {table.name} failed: {lines[-1]}")
    return total
