"""What a command writes is whole or not there, and never the book itself (issue 13)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import store
from store.outputs import output_file


def test_a_failed_write_leaves_the_old_file_and_no_half_one(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("the old export", encoding="utf-8")
    with pytest.raises(RuntimeError), output_file(target) as out:
        out.write("half of the new one")
        raise RuntimeError("the server went away")
    assert target.read_text(encoding="utf-8") == "the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_a_new_output_is_the_owners_only(tmp_path: Path) -> None:
    with output_file(tmp_path / "minutes.md") as out:
        out.write("# Họp\n")
    assert (tmp_path / "minutes.md").stat().st_mode & 0o777 == 0o600


def test_a_full_disk_is_one_line() -> None:
    if not Path("/dev/full").exists():
        pytest.fail("/dev/full is missing on this machine")
    full = pytest.raises(store.StoreError, match="cannot write /dev/full: no space left")
    with full, output_file("/dev/full") as out:
        out.write("x" * 1_000_000)


def test_the_book_itself_is_never_an_output(db_path: Path, tmp_path: Path) -> None:
    book = store.open_book(str(db_path), create=True)
    link = tmp_path / "link.db"
    os.symlink(db_path, link)
    before = db_path.read_bytes()
    for path in (db_path, link, db_path.with_name(db_path.name + "-wal")):
        refused = pytest.raises(store.StoreError, match="is the minute book itself")
        with refused, book.output_file(path) as out:
            out.write("[]")
    assert db_path.read_bytes() == before
    assert book.check().ok
    book.close()
