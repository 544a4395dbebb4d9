"""Copies of a SQLite book: `backup` on demand (`minutebook db backup`, `Book.backup`), and
`backup_before_upgrade`, the copy kept beside a book before its schema is upgraded. A server's
database is copied with the server's own tool (pg_dump), never here."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from store.book_file import prepare_sqlite_file
from store.errors import StoreError
from store.i18n import _
from store.urls import sqlite_file

if TYPE_CHECKING:
    from store.db import Store


def backup(store: Store, target: Path) -> None:
    """Copy a SQLite book to `target` with SQLite's online backup (safe while others write).

    The copy is made under a temporary name beside `target` and renamed into place only when
    whole, so a backup killed midway leaves no file that would open as an empty book.
    """
    if store.backend != "sqlite" or sqlite_file(store.url) is None:
        raise StoreError(
            _("db backup copies SQLite files; for a server database use its own tool"
              " (for PostgreSQL: pg_dump)")
        )
    target = target.expanduser().resolve()
    if target.exists():
        raise StoreError(_("{path} already exists; choose a new file name", path=target))
    if not target.parent.is_dir():
        raise StoreError(
            _("cannot back up to {path}: the folder {folder} does not exist",
              path=target, folder=target.parent)
        )
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    prepare_sqlite_file(partial, create=True)
    raw = store.engine.raw_connection()
    try:
        destination = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
            destination.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            destination.close()
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(_("backup to {path} failed: {reason}", path=target, reason=exc)) from None
    finally:
        raw.close()


def backup_before_upgrade(store: Store, revision: str) -> Path | None:
    """Before an upgrade of a SQLite book that holds meetings: a copy of it beside it, named
    after the schema it had (`minutebook.db.before-0005`); None when there is nothing to keep."""
    path = sqlite_file(store.url)
    if path is None or not path.exists():
        return None
    with store.engine.connect() as conn:
        if not conn.dialect.has_table(conn, "meeting"):
            return None
        if conn.execute(text("SELECT count(*) FROM meeting")).scalar_one() == 0:
            return None
    target = path.with_name(f"{path.name}.before-{revision}")
    if target.exists():  # an earlier try of the same upgrade already kept the book as it was
        return target
    backup(store, target)
    return target
