"""Opening the minute book: which database, the engine and its settings, schema upgrades, sessions.

The default book is a SQLite file in the user's data directory; `--db URL` or `MINUTEBOOK_DB`
select any SQLAlchemy URL (or a plain file path). Nothing here runs at import time: `open_store()`
creates the engine. Alembic is imported only when the schema actually needs upgrading, so an
ordinary command does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
)
from sqlmodel import Session

from store import word_pairs
from store.backups import backup_before_upgrade
from store.book_file import prepare_sqlite_file
from store.errors import BookMissing, DatabaseUnavailable, SchemaTooNew, StoreError
from store.i18n import _
from store.read_only import read_only_engine, refuse_writes_below, why_not_writable
from store.statistics import (  # noqa: F401 - kept importable from here
    STATISTICS_AFTER,
    refresh_statistics,
    refresh_statistics_after,
)
from store.upgrades import Upgraded, Upgrading
from store.urls import (
    _explained,
    _scrub,
    default_path,
    resolve_url,
    safe_url,
    shown_location,
    sqlite_file,
)

HEAD_REVISION = "0017"  # the newest migration in store/migrations/versions
MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling begins a transaction only before a write, so the
    # reads of one unit of work each saw the book as it was at that moment, and DDL ran outside
    # any transaction. We begin every transaction ourselves (`_sqlite_begin`) instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={WAIT_FOR_WRITERS_S * 1000}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Fold the write-ahead log back into the book every ~16 MB rather than every 4 MB: a save
    # that lands on a checkpoint waits for it (~30 ms on the 100k book), so fewer, larger ones
    # keep a secretary's saves quick; readers never wait for a checkpoint in WAL mode.
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()
    word_pairs.register(dbapi_connection)  # the pairs index's triggers call it on every write


def _sqlite_begin(conn: Connection) -> None:
    """Begin SQLite's transaction: a reader's snapshot (DEFERRED), or a writer's lock taken
    before anything is read (IMMEDIATE: it waits for other writers, up to the busy timeout)."""
    mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


BEGIN_OPTION = "minutebook_begin"
WAL_CHECKPOINT_PAGES = 4000  # pages of 4 KB in the write-ahead log before a checkpoint
# SQLite's page cache per connection, filled only as pages are read; at its default 2 MB each
# search of a big book pushed out the index pages the next needs (names with marks: p99 38→26 ms).
CACHE_KIB = 64 * 1024
# How long a writer waits for another program's writes to end before saying the book is busy.
WAIT_FOR_WRITERS_S = 10


def busy_error(exc: DBAPIError) -> StoreError | None:
    """The error to show when `exc` says another program held the book too long, else None."""
    text = str(exc.orig).lower()
    if "database is locked" in text or "database is busy" in text or "lock timeout" in text:
        return StoreError(
            f"the book is busy: another program has been writing to it for {WAIT_FOR_WRITERS_S} "
            "seconds (an import?); nothing was saved: try again when it is done"
        )
    return None


@dataclass
class Store:
    """An open minute book: the engine and the URL it came from.

    `session()` is one unit of work in one transaction: on SQLite a reader's snapshot, on
    PostgreSQL REPEATABLE READ, so every read of it sees the same state of the book.
    `session(write=True)` is a writer's: it takes the book's write lock first (SQLite's BEGIN
    IMMEDIATE, PostgreSQL's advisory lock), waiting its turn for up to `WAIT_FOR_WRITERS_S`,
    then reads and writes the latest state while no other writer can change it.
    """

    engine: Engine
    url: str
    # Why this book can be read but not written now (see store.read_only), or None.
    read_only: str | None = None
    # What opening it upgraded (from which schema, the copy kept), for the faces to say, or None.
    upgraded: Upgraded | None = None

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def display_url(self) -> str:
        """The book as named to a person (`urls.shown_location`): never its password."""
        return shown_location(self.url)

    @contextmanager
    def session(self, *, write: bool = False, wait: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        `write` takes the write lock before anything else (see the class); `wait` (imports)
        waits for it as long as it takes on a server.
        """
        if write:
            self.refuse_if_read_only()
        bind = self.engine
        if self.backend == "sqlite":
            bind = bind.execution_options(**{BEGIN_OPTION: "IMMEDIATE" if write else "DEFERRED"})
        elif self.backend == "postgresql" and not write:
            bind = bind.execution_options(isolation_level="REPEATABLE READ")
        with Session(bind, expire_on_commit=False) as session:
            try:
                if write:
                    _take_write_lock(session, wait=wait)
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def refuse_if_read_only(self) -> None:
        """A write's first line: one line saying why, when the book may not be written."""
        if self.read_only:
            raise StoreError(
                _("the book can be read but not written: {reason}", reason=self.read_only)
            )

    def close(self) -> None:
        self.engine.dispose()


# One number names the book's write lock on a server (a transaction-level advisory lock).
WRITE_LOCK_KEY = 0x6D696E75  # "minu"
SCHEMA_LOCK_KEY = 0x6D696E76  # held while the schema is created or upgraded


def _take_write_lock(session: Session, *, wait: bool) -> None:
    """The first statement of a writer's transaction: the lock (see `lock_for_writing`)."""
    try:
        if session.connection().dialect.name == "sqlite":
            session.connection()  # BEGIN IMMEDIATE: waits up to the busy timeout
        else:
            lock_for_writing(session, wait=wait)
    except DBAPIError as exc:
        busy = busy_error(exc)
        if busy is None:
            raise
        raise busy from None


def lock_for_writing(session: Session, *, wait: bool = False) -> None:
    """Make this transaction the book's only writer until it ends.

    On PostgreSQL writers take a transaction-level advisory lock, so two saves or two imports
    never interleave: no deadlock, no person or meeting created twice by two secretaries at once
    (a save that edits a meeting someone else changed meanwhile still fails its version check).
    A save waits `WAIT_FOR_WRITERS_S` for the lock; an import (`wait`) waits as long as it takes.
    SQLite has a single writer by design; the import takes its lock with BEGIN IMMEDIATE.
    Taking the lock again in the same transaction is free.
    """
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return
    timeout = "0" if wait else f"{WAIT_FOR_WRITERS_S}s"
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{timeout}'")
    try:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
    except DBAPIError as exc:
        if "lock timeout" not in str(exc.orig):
            raise
        raise StoreError(
            f"the book is busy: another program has been writing to it for {WAIT_FOR_WRITERS_S} "
            "seconds (an import?); nothing was saved: try again when it is done"
        ) from None
    conn.exec_driver_sql("SET LOCAL lock_timeout = '0'")


def make_engine(url: str, *, create: bool = False) -> Engine:
    """The engine for `url`. A SQLite file that does not exist is made only with `create` or at
    the default location (the first run); see `prepare_sqlite_file`."""
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a port that is not a number fails here, not in the driver
    except (ArgumentError, ValueError):
        raise DatabaseUnavailable(
            f"not a database URL: {safe_url(url)} (e.g. postgresql+psycopg://USER@HOST:5432/DB, "
            "or a file name)"
        ) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        raise DatabaseUnavailable(
            "sqlite:// is a book in memory: nothing written to it would be kept; give a file name"
        )
    try:
        if parsed.get_backend_name() == "sqlite":
            path = sqlite_file(url)
            if path is not None:
                first_run = path == default_path()
                prepare_sqlite_file(path, create=create or first_run, make_directory=first_run)
            engine = create_engine(url, connect_args={"timeout": WAIT_FOR_WRITERS_S})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        if parsed.get_backend_name() == "postgresql":
            # A search's statement is the same for every word typed, so psycopg prepares it after
            # a few runs, and the server then plans `body LIKE $1` without seeing the pattern:
            # a word in every meeting and a word in none get one plan (a common word took 0.9 s
            # instead of 30 ms). Plan each search for its own words.
            options = {"options": "-c plan_cache_mode=force_custom_plan"}
            return create_engine(url, pool_pre_ping=True, connect_args=options)
        return create_engine(url, pool_pre_ping=True)
    except NoSuchModuleError:
        if parsed.drivername in ("postgres", "postgres+psycopg"):
            raise DatabaseUnavailable(
                f"{safe_url(url)}: write postgresql+psycopg://..., not postgres://"
            ) from None
        raise DatabaseUnavailable(
            f"no driver for {parsed.drivername!r} in {safe_url(url)}; "
            "install it (e.g. pip install 'psycopg[binary]') or check the URL"
        ) from None
    except ModuleNotFoundError as exc:  # a dialect SQLAlchemy knows, whose driver is not here
        hint = (
            "write postgresql+psycopg://..., the driver minutebook installs"
            if parsed.get_backend_name() == "postgresql"
            else "minutebook keeps a book in a SQLite file or on PostgreSQL "
            "(postgresql+psycopg://...)"
        )
        raise DatabaseUnavailable(
            f"cannot open {safe_url(url)}: its driver ({exc.name}) is not installed; {hint}"
        ) from None
    except (ImportError, OSError) as exc:
        shown = shown_location(url)
        raise DatabaseUnavailable(f"cannot open {shown}: {_scrub(str(exc), url)}") from None


def open_store(
    db: str | None = None,
    *,
    upgrade: bool = True,
    create: bool = False,
    after_upgrade: AfterUpgrade | None = None,
    read_only: str | None = None,
    upgrading: Upgrading | None = None,
) -> Store:
    """Open (and by default upgrade) the minute book at `db` (see resolve_url); a new SQLite
    file is made only with `create` or at the default location. `after_upgrade` runs inside an
    upgrade's transaction (see `upgrade_schema`); `upgrading` is told as an existing book's
    upgrade begins. With `read_only` (why, in words for whoever is refused), every write is
    refused, by the store and by the database's connections."""
    url = resolve_url(db)
    engine = make_engine(url, create=create and not read_only)
    if read_only:
        refuse_writes_below(engine)
    store = Store(engine, url, read_only=read_only)
    try:
        try:
            current = schema_revision(store)
        except OperationalError:
            reading = _opened_for_reading(store)
            if reading is None:
                raise
            store, engine = reading, reading.engine
            current = schema_revision(store)
        _refuse_what_is_not_a_book(store, current)
        if current is None and store.backend != "sqlite" and not create:
            # A server database is never missing as a file is: a mistyped name (the server's
            # own `postgres`) would have become a book by a command that only reads.
            raise BookMissing(
                _("{url} holds no minute book; to start one there, give --create",
                  url=store.display_url)
            )  # fmt: skip
        if current != HEAD_REVISION and store.read_only:
            raise DatabaseUnavailable(
                f"{store.display_url} needs upgrading to this minutebook's schema "
                f"({current or 'none'} → {HEAD_REVISION}), but {store.read_only}"
            )
        if current != HEAD_REVISION:
            if current is not None and current > HEAD_REVISION:
                raise SchemaTooNew(
                    _("{url} has schema {current}, newer than this minutebook ({head});"
                      " upgrade minutebook", url=store.display_url, current=current,
                      head=HEAD_REVISION)
                )
            if upgrade:
                if current is not None and upgrading is not None:
                    upgrading(current, HEAD_REVISION)
                kept = None if current is None else backup_before_upgrade(store, current)
                before = upgrade_schema(store, after=after_upgrade)
                if before is not None:  # None: a new book, or another program upgraded it
                    store.upgraded = Upgraded(before, HEAD_REVISION, kept)
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        reason = _explained(_scrub(str(exc.orig), url), make_url(url))
        said = _("cannot open {url}: {reason}", url=store.display_url, reason=reason)
        raise DatabaseUnavailable(said) from None
    return store


def _opened_for_reading(store: Store) -> Store | None:
    """The SQLite book `store` failed to open, opened for reading if it exists and cannot be
    written now (a read-only folder, a full disk); None when that is not why it failed."""
    path = sqlite_file(store.url)
    if path is None or not path.is_file():
        return None
    try:
        with open(path, "rb"):
            pass
    except OSError:
        return None  # not even readable: the original error says why
    reason = why_not_writable(path)
    if reason is None:
        return None
    store.engine.dispose()
    engine = read_only_engine(path, reason, busy_timeout_s=WAIT_FOR_WRITERS_S)
    event.listen(engine, "begin", _sqlite_begin)
    return Store(engine, store.url, read_only=reason)


def known_revisions() -> set[str]:
    return {p.name.split("_")[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def _refuse_what_is_not_a_book(store: Store, current: str | None) -> None:
    """Another program's database is not made into a book, nor a book from an unknown schema
    opened as if it were ours."""
    if current is None:
        with store.engine.connect() as conn:
            tables = [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]
        if tables:
            raise DatabaseUnavailable(
                f"{store.display_url} holds another program's tables ({', '.join(tables[:3])}"
                f"{', ...' if len(tables) > 3 else ''}), not a minute book; give another file "
                "or database"
            )
    elif current not in known_revisions() and current < HEAD_REVISION:
        raise DatabaseUnavailable(
            f"{store.display_url} has schema {current!r}, which no minutebook wrote; "
            "it is not a minute book, or it was changed by hand"
        )


def schema_revision(store: Store) -> str | None:
    """The Alembic revision the database is at, or None for an empty database."""
    with store.engine.connect() as conn:
        if not conn.dialect.has_table(conn, "alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


AfterUpgrade = Callable[[Connection, "str | None"], None]


def upgrade_schema(
    store: Store, revision: str = "head", *, after: AfterUpgrade | None = None
) -> str | None:
    """Run every pending migration (up to `revision`) in one transaction; the schema the book
    had when this call upgraded an existing book, else None (a new book, or nothing to do).

    The transaction holds the book's schema lock first (SQLite's write lock; an advisory lock
    on PostgreSQL), so two programs opening a new book at once create its tables once: the
    second waits, then finds the schema up to date. On SQLite the DDL is inside the transaction
    too, so an upgrade killed midway leaves the old schema whole, and the next open repeats it.
    `after(conn, revision_before)` runs in the same transaction, once the migrations are done
    (the first history rows of older books: `store.sealing`), so it is done with them or not at
    all.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = store.engine
    if store.backend == "sqlite":
        engine = engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
    with engine.begin() as conn:
        if store.backend == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK_KEY})")
        before = _revision(conn)
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        if before == _revision(conn):
            return None
        if after is not None:
            after(conn, before)
    return before


def _revision(conn: Connection) -> str | None:
    if not conn.dialect.has_table(conn, "alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
