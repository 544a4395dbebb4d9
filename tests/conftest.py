"""Shared fixtures: a real SQLite book in a temporary directory, empty or holding the samples.

No test may touch the user's own minute book: every test runs with MINUTEBOOK_DB and the XDG
data directory pointed into its temporary directory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "meetings.json"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("MINUTEBOOK_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "book.db"


@pytest.fixture
def book(db_path: Path) -> Iterator[store.Store]:
    opened = store.open_store(str(db_path))
    yield opened
    opened.close()


@pytest.fixture
def sample_book(book: store.Store) -> store.Store:
    store.import_files([str(SAMPLE)], store=book)
    return book


@pytest.fixture
def cli(db_path: Path):
    """Run `minutebook --db <tmp book> ARGS...` through the real Typer app."""
    from cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, ["--db", str(db_path), *args], input=input)

    return run


@pytest.fixture
def tui_app(sample_book: store.Store, db_path: Path, tmp_path: Path):
    """The real app (make_app) on the sample book, English, with a private config folder."""
    from tui.app import make_app

    app = make_app(str(db_path), lang="en", settings_folder=tmp_path / "config")
    yield app
    app.book.close()
