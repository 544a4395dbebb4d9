"""Ctrl+C noted where it lands, so that the error it leaves is told as the interruption it is.

During an import's writes, SIGINT mostly lands in Python that SQLite is running: the word pairs'
function its triggers call (`store.word_pairs`). SQLite reports any exception raised there as
"user-defined function raised exception", which the store said as "the database failed" (exit
1), and a secretary read an interruption as a damaged book. A face's main thread has SIGINT
noted while it works (`noting_interrupts`); the store's error handling asks `interrupted()`.
The KeyboardInterrupt itself is raised as before: only the note is added.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_noted = False


def _note(signum: int, frame: FrameType | None) -> None:
    global _noted
    _noted = True
    raise KeyboardInterrupt


@contextmanager
def noting_interrupts() -> Iterator[None]:
    """SIGINT noted (and raised as KeyboardInterrupt, as by default) while inside; the handler
    before is put back after. Outside the main thread, where no handler can be set, nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    global _noted
    _noted = False
    before = signal.signal(signal.SIGINT, _note)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def interrupted() -> bool:
    """Whether ctrl+c was pressed since last asked (and forget it): a database error that
    follows it is that interruption."""
    global _noted
    was, _noted = _noted, False
    return was
