"""A schema upgrade killed at any moment leaves the old schema or the new one, never a brick.

The upgrade runs on the first command after a new release: closing the terminal then must not
leave a book that no later command can open (issue 13: a killed upgrade left "table
meeting_search_new already exists" forever, since SQLite's DDL ran outside a transaction).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

import store
from store.db import open_store
from tests.helpers import old_book

KILL_AFTER = """
import os, sys
from sqlalchemy import event
import store, store.db
import store.db_check
after = int(sys.argv[2])
sent = 0
def hook(*_args):
    global sent
    sent += 1
    if sent == after:
        os.kill(os.getpid(), 9)
engine_of = store.db.make_engine
def make_engine(url, **options):
    engine = engine_of(url, **options)
    event.listen(engine, "after_cursor_execute", hook)
    return engine
store.db.make_engine = make_engine
store.open_book(sys.argv[1]).close()
print("finished")
"""


@pytest.mark.sqlite_only
@pytest.mark.parametrize("after", [3, 6, 10, 15, 20, 30, 45, 60, 80, 120])
def test_an_upgrade_killed_midway_is_finished_by_the_next_open(db_path: Path, after: int) -> None:
    old_book(db_path)
    done = subprocess.run(
        [sys.executable, "-c", KILL_AFTER, str(db_path), str(after)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode in (0, -9), done.stderr
    if after <= 45:  # the upgrade from 0002 sends more statements than that: it was cut short
        assert done.returncode == -9, "the kill landed after the upgrade had finished"
    book = store.open_book(str(db_path))  # finishes (or repeats) the upgrade
    try:
        assert book.check().ok
        assert book.search("hoi nghi").ids == [1, 2]
        assert book.search("").ids == [3, 1, 2]
        assert book.verify() == []
    finally:
        book.close()


@pytest.mark.sqlite_only
def test_an_upgrade_keeps_the_book_as_it_was_beside_it(db_path: Path) -> None:
    old_book(db_path)
    store.open_book(str(db_path)).close()
    kept = db_path.with_name(db_path.name + ".before-0002")
    assert kept.is_file() and kept.stat().st_mode & 0o777 == 0o600
    backup = open_store(str(kept), upgrade=False)
    try:
        assert store.db_check.check(backup).revision == "0002"
        with backup.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM meeting")).scalar_one() == 3
    finally:
        backup.close()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("moment", ["fsync", "replace"])
def test_a_backup_killed_midway_leaves_no_file_that_opens_as_a_book(
    db_path: Path, tmp_path: Path, moment: str
) -> None:
    book = store.open_book(str(db_path), create=True)
    book.import_files([str(Path(__file__).resolve().parents[2] / "sample_data" / "meetings.json")])
    book.close()
    target = tmp_path / "copy.db"
    code = (
        "import os, pathlib, sys, store.backups, store.db\n"
        "def killed(*args):\n"
        "    os.kill(os.getpid(), 9)\n"
        f"os.{moment} = killed\n"
        "store.backups.backup(store.db.open_store(sys.argv[1]), pathlib.Path(sys.argv[2]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(db_path), str(target)], timeout=60)
    assert done.returncode == -9
    assert not target.exists()
