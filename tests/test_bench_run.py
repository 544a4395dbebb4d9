"""Tests for bench/run.py, the bulk benchmark, and its helpers floor.py and searches.py.

The figures themselves depend on the machine; what must hold anywhere is that the one command
runs end to end and prints every figure against its target, that the floor stores exactly the
rows our import stored (so the ratio compares like with like), that the NDJSON is reused only
when whole, and that its search rows are the classes of searches.py (tests/test_bench_searches.py).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import store
import store.db
import store.importer

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bench" / "run.py"

# bench/ is not a package: load the script as a module (it puts bench/ on sys.path itself).
_spec = importlib.util.spec_from_file_location("bench_run", SCRIPT)
assert _spec is not None and _spec.loader is not None
run = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = run
_spec.loader.exec_module(run)
floor = sys.modules["floor"]
searches = sys.modules["searches"]

COUNT = 60


@pytest.fixture(scope="module")
def big_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bench")
    source = run.meetings_file(COUNT, folder)
    path = folder / "book.db"
    book = store.db.open_store(str(path), create=True)
    try:
        report = store.importer.import_files([str(source)], store=book)
    finally:
        book.close()
    assert report.inserted == COUNT
    return path


def rows_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    return {table.name: table.rows for table in floor.read_book(path)}


def table_rows(path: Path, table: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(f'SELECT * FROM "{table}"'))
    finally:
        conn.close()


def fts_ids(path: Path, words: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH ? ORDER BY rowid", (words,)
        )
        return [rowid for (rowid,) in found]
    finally:
        conn.close()


def test_one_command_prints_every_figure_against_its_target(tmp_path: Path) -> None:
    work = tmp_path / "work"
    sizes = ["--count", str(COUNT), "--queries", "5", "--cold-runs", "1"]
    folders = ["--data", str(tmp_path / "data"), "--keep", str(work)]
    command = [sys.executable, str(SCRIPT), *sizes, *folders]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    measures = [row.split(" | ")[0].removeprefix("| ") for row in rows[1:]]
    assert measures == [
        "the data", "`minutebook import` into a fresh book",
        "peak RSS of the import (both processes)",
        "the floor: `sqlite3.executemany`, one transaction", "`sqlite-utils insert --csv`, 12 CSVs",
        "`minutebook export --format ndjson`, whole book",
        *(f"search, {name}" for name in searches.CLASSES),
        "cold `minutebook search hoi nghi --format json`",
        '`python -c "import sqlmodel, typer, rich"`', '`python -c "import sqlite3"`',
    ]  # fmt: skip
    judged = [row for row in rows if ": met" in row or ": **missed**" in row]
    assert len(judged) == 4 + len(searches.CLASSES)
    met = sum(": met" in row for row in judged)
    assert f"targets met: {met} of {len(judged)}" in done.stdout
    assert f"| {COUNT} meetings |" in done.stdout
    assert re.search(r"\| p50 [\d.]+ ms, p99 [\d.]+ ms \|", done.stdout)

    # What was timed stored the same meetings: the floor row for row, sqlite-utils table for table.
    assert rows_of(work / "floor.db") == rows_of(work / "book.db")
    assert fts_ids(work / "floor.db", "hoi") == fts_ids(work / "book.db", "hoi") != []
    utils = sqlite3.connect(work / "sqlite_utils.db")
    try:
        for name, table_rows in rows_of(work / "book.db").items():
            if not table_rows:
                continue  # an empty CSV makes no table (the trash of a new book)
            stored = utils.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            assert stored == len(table_rows), name
    finally:
        utils.close()
    exported = (work / "export.ndjson").read_text(encoding="utf-8").splitlines()
    assert len(exported) == COUNT


def test_the_floor_loads_every_table_after_the_tables_it_points_at(big_book: Path) -> None:
    tables = floor.read_book(big_book)
    names = [table.name for table in tables]
    assert set(names) == {
        "meeting", "person", "organisation", "organisation_short_form", "meeting_organiser",
        "participation", "decision", "document_ref", "meeting_search", "meeting_history",
        "trashed_meeting", "person_merge",
    }  # fmt: skip
    conn = sqlite3.connect(big_book)
    try:
        for index, name in enumerate(names):
            parents = {row[2] for row in conn.execute(f'PRAGMA foreign_key_list("{name}")')}
            assert parents - {name} <= set(names[:index]), name
    finally:
        conn.close()


def test_the_floor_stores_what_the_import_stored(big_book: Path, tmp_path: Path) -> None:
    tables = floor.read_book(big_book)
    seconds = floor.load_floor(tables, tmp_path / "floor.db")
    assert seconds > 0
    assert rows_of(tmp_path / "floor.db") == rows_of(big_book)
    assert fts_ids(tmp_path / "floor.db", "cong doan") == fts_ids(big_book, "cong doan") != []
    for summary in sorted(floor.SUMMARIES):  # filled by the floor's triggers as by the import's
        assert table_rows(tmp_path / "floor.db", summary) == table_rows(big_book, summary) != []


def test_the_ndjson_is_reused_only_when_whole(tmp_path: Path) -> None:
    path = run.meetings_file(30, tmp_path)
    assert path == tmp_path / "30.ndjson"
    sidecar = tmp_path / "30.ndjson.args.json"
    assert json.loads(sidecar.read_text())["count"] == 30
    made = path.stat().st_mtime_ns
    assert run.meetings_file(30, tmp_path).stat().st_mtime_ns == made

    sidecar.unlink()  # an older file without its sidecar: counted, then trusted
    assert run.meetings_file(30, tmp_path).stat().st_mtime_ns == made
    assert sidecar.exists()

    whole = path.read_text(encoding="utf-8")
    path.write_text(whole.splitlines(keepends=True)[0], encoding="utf-8")  # cut short
    run.meetings_file(30, tmp_path)
    assert path.read_text(encoding="utf-8") == whole


def test_the_search_rows_are_searches_py_classes(big_book: Path) -> None:
    """run.py times the classes of searches.py (tested in tests/test_bench_searches.py), asked
    for as the CLI asks: the first page with its count."""
    classes = searches.query_classes(big_book, 2)
    assert list(classes) == list(searches.CLASSES)
    asked = next(iter(searches.count_modes().values()))
    assert asked.get("count", True) is True
    timed = searches.time_queries(big_book, classes, **asked)
    assert [result.name for result in timed] == list(classes)


def test_a_bad_count_is_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--count", "0", "--data", str(tmp_path)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].endswith("must be at least 1")
    assert "Traceback" not in done.stderr
