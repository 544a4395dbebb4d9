"""A command that upgrades a book says so on stderr, as it begins (a large book's upgrade takes
minutes) and once done: from which schema to which, and where the copy of the book as it was is
kept; `db upgrade` says it on stdout, or that there was nothing to do. A book already current,
and a new one, say nothing of the kind.

The older book is the test's book taken back to schema 0014 (`tests.helpers.downgraded`), as a
release before 0015 left it; the commands run through the real Typer app.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import store
from tests.helpers import a_meeting, downgraded, ok

HEAD = store.db.HEAD_REVISION
UPGRADED = f"Upgraded the book from schema 0014 to {HEAD}"
STARTING = (
    f"Upgrading the book from schema 0014 to {HEAD}: on a large book this takes minutes."
    " Stopping it leaves the book as it was."
)


@pytest.fixture
def older(db: str) -> str:
    """The test's book holding one meeting, at schema 0014."""
    with store.open_book(db) as book:
        book.add(a_meeting())
    downgraded(db, "0014")
    return db


def kept_copy(db: str) -> Path | None:
    path = store.db.sqlite_file(store.db.resolve_url(db))
    return None if path is None else path.with_name(f"{path.name}.before-0014").absolute()


def test_a_command_that_upgrades_says_so_on_stderr(older: str, cli: Callable[..., Any]) -> None:
    result = ok(cli("db", "check"))
    starting, *lines = result.stderr.splitlines()
    assert starting == STARTING, result.stderr
    assert len(lines) == 1 and lines[0].startswith(UPGRADED), result.stderr
    assert UPGRADED not in result.stdout and STARTING not in result.stdout
    assert f"Schema:   {HEAD}" in result.stdout
    copy = kept_copy(older)
    if copy is None:  # a server: no file is copied, so none is named
        assert lines[0] == f"{UPGRADED}."
    else:
        assert lines[0] == (
            f"{UPGRADED}; the book as it was is kept at {copy} (delete it once you are satisfied)."
        )
        assert copy.is_file()
    # Once upgraded, the next command has nothing to say.
    again = ok(cli("db", "check"))
    assert again.stderr == ""


def test_json_stays_json_on_stdout(older: str, cli: Callable[..., Any]) -> None:
    result = ok(cli("list", "--format", "json"))
    assert [meeting["title"] for meeting in json.loads(result.stdout)] == [a_meeting().title]
    assert result.stderr.startswith(STARTING) and f"\n{UPGRADED}" in result.stderr


def test_db_upgrade_says_what_it_did_then_that_nothing_was_left(
    older: str, cli: Callable[..., Any]
) -> None:
    result = ok(cli("db", "upgrade"))
    assert result.stdout.startswith(f"{STARTING}\n{UPGRADED}"), result.stdout
    copy = kept_copy(older)
    assert (copy is not None) == ("the book as it was is kept at" in result.stdout)
    if copy is not None:
        assert f" {copy} (delete it" in result.stdout  # on one line, the path whole
    assert result.stderr == ""  # said once, not again on stderr
    again = ok(cli("db", "upgrade"))
    assert again.stdout.strip().endswith(f"is at schema {HEAD} already: nothing to upgrade.")
    assert again.stderr == ""


def test_the_notice_is_in_vietnamese_too(older: str, cli: Callable[..., Any]) -> None:
    result = ok(cli("--lang", "vi", "db", "check"))
    starting, upgraded = result.stderr.splitlines()
    assert starting.startswith(f"Đang nâng cấp sổ biên bản từ cấu trúc dữ liệu 0014 lên {HEAD}:")
    assert upgraded.startswith(f"Đã nâng cấp sổ biên bản từ cấu trúc dữ liệu 0014 lên {HEAD}")


def test_a_current_book_says_nothing(db: str, cli: Callable[..., Any]) -> None:
    result = ok(cli("db", "check"))
    assert result.stderr == ""
    assert "already" in ok(cli("db", "upgrade")).stdout


@pytest.mark.sqlite_only
def test_a_new_book_is_made_not_upgraded(tmp_path: Path) -> None:
    from cli import app

    new = tmp_path / "new.db"
    result = ok(CliRunner().invoke(app, ["--db", str(new), "--create", "db", "check"]))
    assert "Upgraded" not in result.stdout + result.stderr
    assert [path.name for path in tmp_path.iterdir() if ".before-" in path.name] == []


@pytest.mark.sqlite_only
def test_a_current_book_in_a_deep_folder_is_said_on_one_line(tmp_path: Path) -> None:
    # A script reads the line whole: piped, with no COLUMNS, a long path broke it at 80 columns.
    deep = tmp_path / ("dossiers-" * 8) / "book.db"
    deep.parent.mkdir()
    store.open_book(str(deep), create=True).close()
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    root = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-m", "cli", "--db", str(deep), "db", "upgrade"]
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout == f"{deep} is at schema {HEAD} already: nothing to upgrade.\n"


@pytest.mark.sqlite_only
def test_a_book_without_meetings_names_no_copy(tmp_path: Path) -> None:
    from cli import app

    empty = tmp_path / "empty.db"
    store.open_book(str(empty), create=True).close()
    downgraded(str(empty), "0014")
    result = ok(CliRunner().invoke(app, ["--db", str(empty), "db", "check"]))
    assert result.stderr == f"{STARTING}\n{UPGRADED}.\n"


@pytest.mark.sqlite_only
def test_serve_says_it_before_it_listens(tmp_path: Path) -> None:
    """`serve` opens (and upgrades) the book once before its sessions: said on its stderr."""
    book = tmp_path / "served.db"
    with store.open_book(str(book), create=True) as opened:
        opened.add(a_meeting())
    downgraded(str(book), "0014")
    env = {**os.environ, "MINUTEBOOK_SERVE_TOKEN": "a-test-token-long-enough-0123456789"}
    command = [sys.executable, "-m", "cli", "--db", str(book), "serve", "--port", "0"]
    root = Path(__file__).resolve().parents[2]
    server = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert server.stdout is not None and server.stderr is not None
        assert "http://127.0.0.1:" in server.stdout.readline()  # listening: the book was opened
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=20)
    copy = tmp_path / "served.db.before-0014"
    assert stderr.startswith(f"{STARTING}\n{UPGRADED}; the book as it was is kept at {copy} ")
