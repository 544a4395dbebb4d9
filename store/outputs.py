"""Writing a file a command was asked for, whole or not at all, and never over the book itself.

`output_file(path)` writes to a temporary file beside `path` and renames it into place only when
everything was written and synced: an export that fails midway (a full disk, a server gone, a
record a format cannot carry) leaves the old file as it was, and no half file. A path that is,
through any link, the open book's own file (or its journal) is refused before anything is
written. New files are the owner's only, as the book is: minutes can be confidential. A path
that is not a regular file (a terminal, /dev/null, a FIFO) is written to directly.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from store.errors import StoreError, os_reason
from store.i18n import _


def _same_file(path: Path, protected: Path) -> bool:
    try:
        return path.resolve() == protected.resolve() or (
            path.exists() and protected.exists() and os.path.samefile(path, protected)
        )
    except OSError:
        return False


def refuse_protected(path: Path, protected: Sequence[Path]) -> None:
    """One line if writing `path` would write over one of `protected` (the open book)."""
    for book in protected:
        for part in (book, book.with_name(book.name + "-wal"), book.with_name(book.name + "-shm")):
            if _same_file(path, part):
                said = _(
                    "{path} is the minute book itself ({book}); write to another file",
                    path=path,
                    book=book,
                )
                raise StoreError(said)


def write_error(path: Path, exc: OSError) -> StoreError:
    """An operating system's refusal to write `path`, as one line."""
    return StoreError(_("cannot write {path}: {reason}", path=path, reason=os_reason(exc)))


@contextmanager
def output_file(
    path: str | Path, *, binary: bool = False, protected: Sequence[Path] = ()
) -> Iterator[IO[Any]]:
    """A stream to write `path` whole or not at all (see the module)."""
    target = Path(path).expanduser()
    refuse_protected(target, protected)
    if target.exists() and not target.is_file():
        try:
            with target.open("wb" if binary else "w", encoding=None if binary else "utf-8") as out:
                yield out
        except OSError as exc:
            raise write_error(target, exc) from None
        return
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        said = _(
            "cannot write {path}: the folder {folder} does not exist", path=target, folder=folder
        )
        raise StoreError(said)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise write_error(target, exc) from None
    partial = Path(name)
    try:
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8",
                       newline=None if binary else "") as out:  # fmt: skip
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except OSError as exc:
        with suppress(OSError):
            partial.unlink()
        raise write_error(target, exc) from None
    except BaseException:
        with suppress(OSError):
            partial.unlink()
        raise
