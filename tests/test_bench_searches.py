"""Tests for bench/searches.py, the search benchmark of issue 14, on a tiny book.

Timing depends on the machine and is never asserted here: what must hold anywhere is that the
script runs end to end on each backend and prints a row for every query class against its
target, that the queries are the same on every run, and that each class finds meetings.
"""

from __future__ import annotations

import contextlib
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import store
from tests import postgres

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bench" / "searches.py"

# bench/ is not a package: load the script as a module (it puts bench/ on sys.path itself).
_spec = importlib.util.spec_from_file_location("bench_searches", SCRIPT)
assert _spec is not None and _spec.loader is not None
searches = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = searches
_spec.loader.exec_module(searches)

COUNT = 60


def run_script(data: Path, *options: str) -> str:
    command = [sys.executable, str(SCRIPT), "--count", str(COUNT), "--queries", "3",
               "--data", str(data), *options]  # fmt: skip
    done = subprocess.run(command, cwd=data, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def class_rows(table: str) -> dict[str, str]:
    """The rows of one printed table, by class."""
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    return {row.split(" | ")[0].removeprefix("| "): row for row in rows[1:]}


def assert_every_class_judged(printed: str, heading: str) -> None:
    table = printed.split(heading, 1)[1].split("targets met:", 1)[0]
    rows = class_rows(table)
    assert list(rows) == list(searches.CLASSES)
    modes = len(searches.count_modes())
    for row in rows.values():
        verdicts = re.findall(r"p50 [\d.,]+ ms, p99 [\d.,]+ ms: (met|\*\*missed\*\*)", row)
        assert len(verdicts) == modes, row
    met = sum(row.count(": met") for row in rows.values())
    assert f"targets met: {met} of {modes * len(rows)}" in printed.split(heading, 1)[1]


def test_the_sqlite_run_prints_every_class_against_its_target(tmp_path: Path) -> None:
    printed = run_script(tmp_path, "--backends", "sqlite")
    assert f"on {COUNT} meetings, 3 queries per class" in printed
    assert_every_class_judged(printed, "target p99 ≤ 30 ms per class")


def test_the_postgresql_run_prints_every_class_against_its_target(
    tmp_path: Path, pg_server: postgres.Server
) -> None:
    name = pg_server.take_database()
    try:
        url = pg_server.url(name)
        printed = run_script(tmp_path, "--backends", "postgresql", "--postgresql-url", url)
        assert postgres.PASSWORD not in printed
        assert_every_class_judged(printed, "target p99 ≤ 60 ms per class")
        # A second run finds the book already there and uses it as it is.
        again = run_script(tmp_path, "--backends", "postgresql", "--postgresql-url", url)
        assert "nothing by the bench" in again
    finally:
        pg_server.give_back(name)


def test_an_empty_database_holds_no_meetings_for_the_bench_to_count(
    pg_server: postgres.Server,
) -> None:
    # `--postgresql-url` of an empty database (createdb, as bench/README.md says) is filled by
    # `db copy`; counting its meetings first asked a table it does not have yet.
    name = pg_server.new_database(template="template0")
    try:
        assert searches._meetings(pg_server.url(name)) == 0
    finally:
        pg_server.drop_database(name)


def test_the_queries_are_the_same_every_run_and_find_meetings(tmp_path: Path) -> None:
    from export_memory import book_file  # bench/ is on sys.path once searches.py is loaded

    with contextlib.chdir(ROOT):  # its `minutebook import` runs from the project folder
        book_path = book_file(COUNT, tmp_path)
    classes = searches.query_classes(book_path, 8)
    assert classes == searches.query_classes(book_path, 8)
    assert list(classes) == list(searches.CLASSES)
    assert all(len(texts) == 8 for texts in classes.values())
    assert classes["common words"][0] == "hoi nghi"
    assert all(t.startswith('person:"') for t in classes["a frequent person, mostly old"])
    assert all(t.startswith("chair:") for t in classes["chair: and words"])
    assert any(t != store.fold(t) for t in classes["a name as words, with marks"])
    book = store.open_book(str(book_path), upgrade=False)
    try:
        for name, texts in classes.items():
            for text in texts:
                assert book.search(text, limit=1, count=False).ids, f"{name}: {text!r}"
    finally:
        book.close()
    timed = searches.time_queries(book_path, classes, count=False)
    assert [result.name for result in timed] == list(classes)
    assert all(len(result.seconds) == 8 for result in timed)


def test_a_bad_backend_is_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--backends", "oracle", "--data", str(tmp_path)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 2
    assert "--backends takes sqlite, postgresql or both" in done.stderr
    assert "Traceback" not in done.stderr
