"""How a book is named to the person at the terminal: a SQLite book by its file's path.

A newcomer saw `sqlite:////tmp/x/book.db` (four slashes) in `db upgrade`, `db check`, `db copy`
and the refusals of a file that is not a minute book: a URL nobody types for a file they named
themselves. Every message that names a SQLite book now names its file; a server's URL is shown
with its password masked, as before. The real CLI on real files.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import store
from tests.helpers import ok, one_error

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def run() -> Callable[..., Any]:
    """The real Typer app, with the arguments as given (no `--db` added)."""
    from cli import app

    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args))


def test_the_db_commands_name_a_sqlite_book_by_its_file(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    book = tmp_path / "so.db"
    ok(run("--db", str(book), "--create", "db", "upgrade"))
    said = {
        "db path": ok(run("--db", str(book), "db", "path")).output,
        "db upgrade": ok(run("--db", str(book), "db", "upgrade")).output,
        "db check": ok(run("--db", str(book), "db", "check")).output,
        "db copy": ok(run("--db", str(book), "db", "copy", "--to", str(tmp_path / "c.db"))).output,
    }
    for command, output in said.items():
        assert str(book) in output, command
        assert "sqlite:" not in output, (command, output)
    assert f"{book} is at schema" in said["db upgrade"]
    assert f"Database: {book} (sqlite)" in said["db check"]


def test_refusals_name_the_file_too(run: Callable[..., Any], tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE x (a)")
    line = one_error(run("--db", str(other), "list"), 1)
    assert line.startswith(f"minutebook: {other} holds another program's tables")

    kept, target = tmp_path / "kept.db", tmp_path / "full.db"
    for book in (kept, target):
        ok(run("--db", str(book), "--create", "db", "upgrade"))
    with store.open_book(str(target)) as opened:
        opened.add(store.MeetingRecord.model_validate({"title": "Họp", "date": "2024"}))
    line = one_error(run("--db", str(kept), "db", "copy", "--to", str(target)), 1)
    assert f"{target} already holds 1 meeting" in line and "sqlite:" not in line


def test_a_server_url_is_named_with_its_password_masked() -> None:
    url = "postgresql+psycopg://thuky:b%C3%AD-m%40t@db.example:5432/sotay"
    shown = store.describe_location(url)
    assert shown == "postgresql+psycopg://thuky:***@db.example:5432/sotay"
    assert store.describe_location("sqlite:////tmp/x/book.db") == "/tmp/x/book.db"
