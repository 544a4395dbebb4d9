"""Fixtures of the command line's tests: the Typer command built once, and the sample book
imported through the CLI itself, once per backend, then copied into each test's book.
"""

from __future__ import annotations

import functools
import shutil
from typing import Any

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from tests.helpers import SAMPLE, ok
from tests.postgres import database_name


@pytest.fixture(autouse=True)
def _build_the_command_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Typer rebuilds the click command from `app` on every invoke (~0.1 s); build it once."""
    import typer.testing

    monkeypatch.setattr(typer.testing, "_get_command", _cached_command)


@functools.cache
def _cached_command(app: typer.Typer) -> Any:
    return typer.main.get_command(app)


def import_sample(db: str) -> None:
    from cli import app

    result = ok(CliRunner().invoke(app, ["--db", db, "--create", "import", str(SAMPLE)]))
    assert "5 new" in result.stdout


@pytest.fixture(scope="session")
def sample_books() -> dict[str, str]:
    """The sample book imported once per backend through the CLI itself, made by `imported`:
    a SQLite file to copy, a PostgreSQL template database."""
    return {}


@pytest.fixture
def imported(
    cli: Any,
    db: str,
    request: pytest.FixtureRequest,
    sample_books: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Any:
    """`cli` on a copy of the imported sample book (importing it anew in each test is slow)."""
    if "://" not in db:
        if "sqlite" not in sample_books:
            path = tmp_path_factory.mktemp("template") / "sample.db"
            import_sample(str(path))
            assert not list(path.parent.glob("sample.db-*"))  # closed cleanly: no WAL to copy
            sample_books["sqlite"] = str(path)
        shutil.copy2(sample_books["sqlite"], db)
        return cli
    server = request.getfixturevalue("pg_server")
    if "postgresql" not in sample_books:
        name = server.new_database()
        import_sample(server.url(name))
        server.make_template(name)
        sample_books["postgresql"] = name
    server.copy_database(sample_books["postgresql"], database_name(db))
    return cli
