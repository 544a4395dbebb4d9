"""Shared fixtures: a real book, empty or holding the samples, on each backend the run selects.

Every test that opens a book takes it from the `db` fixture, which is parametrized over the
backends: `--backend sqlite` (a file in the test's temporary directory), `--backend postgresql`
(a fresh database on a throwaway server the suite starts itself, tests/postgres.py) or, by
default, both. A test that does not use `db` (the query parser, ruff, ...) belongs to the SQLite
half; a test about SQLite itself is marked `sqlite_only` and runs there only.

The TUI and the CLI are faces over `store.Book`: what differs between backends is the store's,
and the store's tests check it on both. The faces' tests run on SQLite, but for the modules
marked `on_every_backend`, where the backend shows through: on the screens, two saves of one
meeting, history, trash, search's plans and where a result matched, the main flow, the real
terminal; on the command line, its main flows with a server's URL, search's arguments and why a
result matched, and the same meeting added twice at once. (Every CLI test ran on both until the
suite reached its ten minutes: their PostgreSQL half was 143 s of the workers' time, and retested
what the store's tests test.)

No test may touch the user's own minute book: every test runs with MINUTEBOOK_DB and the XDG
data directory pointed into its temporary directory.
"""

from __future__ import annotations

import atexit
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import store
import store.db
import store.importer
from tests.helpers import ROOT, SAMPLE, generated_book

from . import postgres

BACKENDS = ("sqlite", "postgresql")


# Backends -----------------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=(*BACKENDS, "both"),
        default="both",
        help="run the tests on SQLite, on a throwaway PostgreSQL server, or both (default)",
    )


def selected_backends(config: pytest.Config) -> tuple[str, ...]:
    choice = config.getoption("backend")
    return BACKENDS if choice == "both" else (choice,)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only: about SQLite itself (its file, WAL, locking, backup): runs on SQLite only",
    )
    config.addinivalue_line(
        "markers",
        "same_on_every_backend: what it checks cannot differ between backends (pictures of"
        " screens on the sample book): runs in the SQLite half only",
    )
    config.addinivalue_line(
        "markers",
        "one_worker_per_backend: the module's tests of a backend share a costly session-scoped"
        " book, so they run on one worker (--dist loadgroup)",
    )
    config.addinivalue_line(
        "markers",
        "on_every_backend: a TUI or CLI module where the backend shows through: runs on both"
        " backends (the faces' other tests run on SQLite only)",
    )


def pytest_sessionstart(session: pytest.Session) -> None:
    """Without PostgreSQL's binaries the PostgreSQL half cannot run: say so once, at once."""
    if "postgresql" in selected_backends(session.config):
        try:
            postgres.binaries()
        except postgres.NoPostgres as exc:
            raise pytest.UsageError(str(exc)) from None


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """One worker more than the cores (at most four): a worker spends much of its time waiting
    on its PostgreSQL server, a subprocess or a terminal, and two workers on two cores left the
    cores half idle (CPU time 11 min 19 s for a wall of 10 min 59 s)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min((cores or 1) + 1, 4)


def pytest_report_header(config: pytest.Config) -> str:
    return "backends: " + ", ".join(selected_backends(config))


def only_on_sqlite(definition: pytest.Function) -> bool:
    """Whether a test that opens a book runs in the SQLite half only (see the docstring above)."""
    if any(
        definition.get_closest_marker(name) is not None
        for name in ("sqlite_only", "same_on_every_backend")
    ):
        return True
    in_face = definition.path.relative_to(ROOT / "tests").parts[0] in ("tui", "cli")
    return in_face and definition.get_closest_marker("on_every_backend") is None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db" not in metafunc.fixturenames:
        return
    backends = ["sqlite"] if only_on_sqlite(metafunc.definition) else list(BACKENDS)
    if metafunc.definition.get_closest_marker("one_worker_per_backend") is None:
        metafunc.parametrize("db", backends, indirect=True, ids=backends)
        return
    # Built once per worker, the book would be built once per worker that drew one of the tests.
    module = metafunc.module.__name__
    params = [pytest.param(b, marks=pytest.mark.xdist_group(f"{module}-{b}")) for b in backends]
    metafunc.parametrize("db", params, indirect=True, ids=backends)


def backend_of(item: pytest.Item) -> str:
    """The half a collected test belongs to: its `db`'s backend; PostgreSQL's if it uses the
    server itself (pg_server); SQLite's for the rest, which open no book (the parser, ruff)."""
    callspec = getattr(item, "callspec", None)
    if callspec is not None and "db" in callspec.params:
        return str(callspec.params["db"])
    return "postgresql" if "pg_server" in getattr(item, "fixturenames", ()) else "sqlite"


# The order tests run in, by folder: the rest first (the browsers of tests/serve, the benches,
# PostgreSQL's copies, the relevance book: the longest single tests, up to a minute each, which a
# worker drawing them last would run alone while the other waits), then the store's, the CLI's
# and the TUI's many short ones, which even out the workers' ends.
LAYERS = ("store", "cli", "tui")


def layer_of(item: pytest.Item) -> int:
    parts = Path(str(item.fspath)).relative_to(ROOT / "tests").parts
    return LAYERS.index(parts[0]) if parts[0] in LAYERS else -1


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep the selected halves, SQLite's first: test[sqlite] ... then test[postgresql] ...;
    within each, the rest first, then the store's tests, the CLI's, the TUI's (see LAYERS)."""
    selected = selected_backends(config)
    deselected = [item for item in items if backend_of(item) not in selected]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
    kept = [item for item in items if backend_of(item) in selected]
    items[:] = sorted(kept, key=lambda item: (BACKENDS.index(backend_of(item)), layer_of(item)))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.Server]:
    """The throwaway PostgreSQL server, started when the first test needs it."""
    server = postgres.start_server()
    atexit.register(server.stop)  # also when the run is cut short
    yield server
    server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty book at the newest schema, made once: each SQLite test gets a copy of it, as
    each PostgreSQL test gets a database copied from the server's template."""
    path = tmp_path_factory.mktemp("template") / "book.db"
    store.db.open_store(str(path), create=True).close()
    return path


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """What a test passes to `store.db.open_store(...)` or `minutebook --db`: a new, empty book.

    SQLite: a copy of the empty template book in the test's temporary directory, owner-only.
    PostgreSQL: the URL of a fresh database copied from the migrated template, dropped after
    the test.
    """
    if request.param == "sqlite":
        path = tmp_path / "book.db"
        path.write_bytes(request.getfixturevalue("sqlite_template").read_bytes())
        path.chmod(0o600)
        yield str(path)
        return
    server: postgres.Server = request.getfixturevalue("pg_server")
    name = server.take_database()
    yield server.url(name)
    server.give_back(name)


def without_backend(name: str) -> str:
    """test_x[sqlite] -> test_x, test_x[postgresql-a] -> test_x[a]: the name without the backend."""
    base, bracket, params = name.partition("[")
    kept = [part for part in params.removesuffix("]").split("-") if part not in BACKENDS]
    return f"{base}[{'-'.join(kept)}]" if bracket and kept else base


@pytest.fixture
def snapshot(snapshot: Any) -> Any:
    """Syrupy's snapshot, named without the backend: one picture of a screen for both halves."""
    snapshot.test_location.testname = without_backend(snapshot.test_location.testname)
    return snapshot


# Books --------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # crash reports
    monkeypatch.setenv("MINUTEBOOK_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def db_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The SQLite file of a test about SQLite itself (the `db` of its [sqlite] run)."""
    if backend_of(request.node) != "sqlite":
        pytest.fail("db_path is a SQLite file: use `db`, or mark the test sqlite_only")
    return tmp_path / "book.db"


@pytest.fixture
def book(db: str) -> Iterator[store.db.Store]:
    opened = store.db.open_store(db)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def _sample_templates() -> dict[str, str]:
    """The sample book imported once per backend (and worker): a SQLite file to copy, a
    PostgreSQL template database."""
    return {}


@pytest.fixture
def sample_copy(
    db: str,
    request: pytest.FixtureRequest,
    _sample_templates: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[], None]:
    """`sample_copy()`: make the test's `db` a copy of the sample book, imported once per backend,
    worker and author ($MINUTEBOOK_USER, whom its history names). Importing it anew was 0.1-0.3 s
    of each of some 700 tests' set-up."""

    def copy() -> None:
        author = os.environ.get("MINUTEBOOK_USER", "")
        if "://" not in db:
            key = f"sqlite {author}"
            if key not in _sample_templates:
                path = tmp_path_factory.mktemp("template") / "sample.db"
                _import_sample(str(path))
                assert not list(path.parent.glob("sample.db-*"))  # closed cleanly: no WAL
                _sample_templates[key] = str(path)
            shutil.copy2(_sample_templates[key], db)
            return
        server: postgres.Server = request.getfixturevalue("pg_server")
        key = f"postgresql {author}"
        if key not in _sample_templates:
            name = server.new_database()
            _import_sample(server.url(name))
            server.make_template(name)
            _sample_templates[key] = name
        server.copy_database(_sample_templates[key], postgres.database_name(db))

    return copy


def _import_sample(db: str) -> None:
    book = store.db.open_store(db, create=True)
    try:
        report = store.importer.import_files([str(SAMPLE)], store=book)
    finally:
        book.close()
    assert report.inserted == 5, report


@pytest.fixture
def sample_book(db: str, sample_copy: Callable[[], None]) -> Iterator[store.db.Store]:
    """The test's book holding the five sample meetings, opened."""
    sample_copy()
    opened = store.db.open_store(db)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def _generated_books() -> dict[tuple[str, int, int], str]:
    """The books `generated` made, by backend, size and seed: a SQLite file, a template database."""
    return {}


@pytest.fixture
def generated_at(
    db: str,
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    _generated_books: dict[tuple[str, int, int], str],
) -> Callable[..., store.Book]:
    """`generated_at(count, seed=...)`: the test's `db` holding `count` meetings of
    bench/generate.py, opened. Each book is imported once per worker and backend and copied for
    each test after: importing a few hundred meetings anew took 7-11 s a test on PostgreSQL."""

    def make(count: int, *, seed: int) -> store.Book:
        backend = "postgresql" if "://" in db else "sqlite"
        key = (backend, count, seed)
        folder = tmp_path_factory.mktemp("generated") if key not in _generated_books else None
        if backend == "sqlite":
            if folder is not None:
                path = folder / "book.db"
                generated_book(str(path), folder, count, seed=seed).close()
                assert not list(folder.glob("book.db-*"))  # closed cleanly: no WAL to copy
                _generated_books[key] = str(path)
            shutil.copy2(_generated_books[key], db)
            return store.open_book(db)
        server: postgres.Server = request.getfixturevalue("pg_server")
        if folder is not None:
            name = server.new_database()
            generated_book(server.url(name), folder, count, seed=seed).close()
            server.make_template(name)
            _generated_books[key] = name
        server.copy_database(_generated_books[key], postgres.database_name(db))
        return store.open_book(db)

    return make


@pytest.fixture
def cli(db: str):
    """Run `minutebook --db <the test's book> ARGS...` through the real Typer app."""
    from cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, ["--db", db, *args], input=input)

    return run


@pytest.fixture
def tui_app(sample_book: store.db.Store, db: str, tmp_path: Path):
    """The real app (make_app) on the sample book, English, with a private config folder."""
    from tui.app import make_app

    app = make_app(db, lang="en", settings_folder=tmp_path / "config")
    yield app
    app.book.close()
