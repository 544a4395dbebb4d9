"""A SQLite book's file: made owner-only where a new book is expected, and refused where a book
is expected but missing, not a file, or empty (a book cut short must not open as a new one)."""

from __future__ import annotations

import os
from pathlib import Path

from store.errors import BookMissing, DatabaseUnavailable
from store.i18n import _


def prepare_sqlite_file(path: Path, *, create: bool, make_directory: bool = False) -> None:
    """Create an empty file readable by the owner only (minutes can be secret), when a new book
    is expected there (`create`).

    A missing file is otherwise refused: a mistyped name, or a book moved away, must not show
    as a new, empty and healthy-looking book. Only the default location gets its directory made;
    a path someone typed must already have one.
    """
    if make_directory:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    elif not path.parent.is_dir():
        raise DatabaseUnavailable(
            _("cannot open {path}: the folder {folder} does not exist", path=path,
              folder=path.parent)
        )  # fmt: skip
    if not create and not path.exists():
        raise BookMissing(
            _("no minute book at {path}: check the name, or add --create to start a new book there",
              path=path)
        )
    if path.exists() and not path.is_file():
        raise DatabaseUnavailable(_("cannot open {path}: it is not a file", path=path))
    wal = path.with_name(path.name + "-wal")
    if path.is_file() and path.stat().st_size == 0 and not (wal.is_file() and wal.stat().st_size):
        # A book is never empty once made: an empty file is a book cut short (an output written
        # over it, a copy stopped midway), which must not quietly become a new, empty book.
        raise DatabaseUnavailable(
            _("{path} is an empty file, not a minute book; if a backup of it exists, restore it,"
              " or delete the empty file to start a new book there", path=path)
        )
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
