"""Reading a file a person names, within bounds: a size cap that does not trust the file's own
size, and only regular files (a device such as /dev/zero never ends; a FIFO blocks forever).

Used for report files (`extract`, `import --from-report`), standard input, and small settings
files such as keymap.toml. Import files are read as streams by `store.exchange.decoding`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from store.errors import StoreError, os_reason
from store.i18n import _


def read_limited(path: str | Path, limit: int, *, what: str = "file") -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them; else one StoreError.

    `what` is said through the catalog (`file`, `report file`, `key map`, `settings file`)."""
    name = str(path)
    try:
        info = os.stat(name)
    except OSError as exc:
        said = _("{name}: cannot read it: {reason}", name=name, reason=os_reason(exc))
        raise StoreError(said) from None
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(_("{name}: is a folder, not a {what}", name=name, what=_(what)))
    if not stat.S_ISREG(info.st_mode):
        said = _(
            "{name}: is not a regular file (a device or a pipe), not a {what}",
            name=name,
            what=_(what),
        )
        raise StoreError(said)
    try:
        # O_NONBLOCK: should the path have become a FIFO since the check, opening cannot hang.
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                said = _("{name}: is not a regular file, not a {what}", name=name, what=_(what))
                raise StoreError(said)
            return _bounded(file, limit, name, what)
    except OSError as exc:
        said = _("{name}: cannot read it: {reason}", name=name, reason=os_reason(exc))
        raise StoreError(said) from None


def read_stream_limited(stream: BinaryIO, limit: int, *, name: str | None = None,
                        what: str = "file") -> bytes:  # fmt: skip
    """At most `limit` bytes of `stream` (standard input); more is one StoreError."""
    return _bounded(stream, limit, name or _("standard input"), what)


def _bounded(stream: BinaryIO, limit: int, name: str, what: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        size = limit // (1024 * 1024) or 1
        said = _(
            "{name}: more than {size} MB is too big to be a {what}",
            name=name,
            size=size,
            what=_(what),
        )
        raise StoreError(said)
    return data
