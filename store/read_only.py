"""Reading a SQLite book that cannot be written just now: its folder or file read-only (a
mounted archive, a colleague's share), or the disk full.

SQLite opens a book in WAL mode by creating its `-shm` (and `-wal`) files beside it, so such a
book would not open at all, not even to export it: the moment its secretary most needs a copy.
`read_only_engine` opens it for reading instead, and `why_not_writable` names the reason, which
every refused write then gives (see `store.db.Store.session`).

A book can also be opened read-only on purpose (`open_book(db, read_only=...)`: a browser
session of `minutebook serve` without `--allow-edit`). The store refuses its writes at their first
line; `refuse_writes_below` makes its connections refuse them too, so a write that ever went
round `Store.session` would still fail in the database, not change it.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event

from store.errors import DatabaseUnavailable


def why_not_writable(path: Path) -> str | None:
    """Why SQLite cannot write the book at `path` and make its companions (-wal, -shm) beside
    it now, in words for its owner; None if it can."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_bavail == 0:
            return f"the disk holding {folder} is full"
    except OSError as exc:
        return f"{folder} cannot be read ({exc.strerror})"
    if not os.access(folder, os.W_OK):
        return f"its folder {folder} is read-only"
    if not os.access(path, os.W_OK):
        return f"{path.name} is read-only"
    return None


def read_only_engine(path: Path, reason: str, *, busy_timeout_s: int) -> Engine:
    """An engine that reads the book at `path` and never writes a byte beside it.

    `mode=ro` reads the latest state, the write-ahead log included, where SQLite can share it;
    where it cannot even make its shared-memory file (a read-only folder, a full disk) the book
    is opened `immutable`, which is only right when no recent change waits in a `-wal` file,
    so a non-empty one is refused rather than silently left out. `reason` (`why_not_writable`)
    is what a refusal says.
    """
    uri = f"file:{quote(str(path))}"
    for parameters in ("mode=ro", "mode=ro&immutable=1"):
        if "immutable" in parameters and _pending_changes(path):
            raise DatabaseUnavailable(
                f"cannot open {path}: {reason}, and its latest changes are "
                f"still in {path.name}-wal, which cannot be read without writing; make room "
                "or make the folder writable, then try again"
            )
        try:
            with closing(sqlite3.connect(f"{uri}?{parameters}", uri=True)) as probe:
                probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            continue
        target = f"{uri}?{parameters}"
        engine = create_engine(
            f"sqlite:///{path}",
            creator=lambda target=target: sqlite3.connect(
                target, uri=True, check_same_thread=False, timeout=busy_timeout_s
            ),
        )
        event.listen(engine, "connect", _pragmas)
        return engine
    raise DatabaseUnavailable(f"cannot open {path}: {reason}")


def refuse_writes_below(engine: Engine) -> None:
    """Have every connection `engine` opens refuse to write: SQLite's `query_only`, PostgreSQL's
    read-only transactions (psycopg's `read_only`, which every transaction it begins takes)."""

    def read_only(dbapi_connection: Any, _record: object) -> None:
        if engine.dialect.name == "sqlite":
            dbapi_connection.execute("PRAGMA query_only=ON")
        elif engine.dialect.name == "postgresql":
            dbapi_connection.read_only = True
        else:  # no known way to make it refuse: better not opened than written
            raise DatabaseUnavailable(f"{engine.dialect.name} books cannot be opened read-only")

    event.listen(engine, "connect", read_only)


def _pending_changes(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.is_file() and wal.stat().st_size > 0


def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # As store.db's connections, minus what writes: no journal mode is set, no checkpoint run.
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
