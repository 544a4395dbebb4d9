"""The app's memory: at most two malloc arenas, and no garbage collection while a form is built.

Every thread worker of the app (a search as you type, a preview, a form's record) is a new
thread, and glibc gives threads malloc arenas of their own, up to eight per core. Memory freed
in one arena serves no other, so a session of searches on the 100,000-meeting book held about
90 MB it no longer used (peak RSS 184 MB against 89 MB before the first search; Python's own
objects were some 50 MB of it). With two arenas, one for the app's thread and one its workers
share, the same session peaks at about 138 MB, and the workers lose nothing: they hold the GIL for
most of their work, so they seldom wait on each other for an arena. `bench/tui_bench.py`'s RSS
row is this figure.

`CollectionPause` keeps Python's cyclic garbage collector out of the moment the edit form is
built. Each form is some 90 widgets whose objects form cycles (parent and child) and outlive the
young generations, so a form left becomes garbage that only a full collection frees, and its
allocations are what most often set one off: after a session of searches a full
collection walked 100,000-200,000 objects and took 70-190 ms, landing inside the wait for the next
form (`e` → form settled p50 262 ms, max 360 ms, 30 forms after 48 searches). Held off until
half a second after the form is asked for, the collection comes once the form is on the screen,
and there are fewer of them (the same session: full collections 7.5 s in all → 3.4 s; `e` p50
132 ms, max 146 ms).
"""

from __future__ import annotations

import asyncio
import contextvars
import ctypes
import gc
import os
import sys

M_ARENA_MAX = -8  # glibc's mallopt parameter, from malloc.h
ARENAS = 2


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Ask glibc for at most `arenas` malloc arenas; True if it took the setting.

    Not on other systems or C libraries (nothing to do there), and not when the user set
    `MALLOC_ARENA_MAX` themselves: theirs stands.
    """
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the interpreter runs on
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(M_ARENA_MAX, arenas))


class CollectionPause:
    """Holds the cyclic garbage collector off for a moment, at most one pause at a time."""

    def __init__(self) -> None:
        self.holding = False
        self._end: asyncio.TimerHandle | None = None

    def hold(self, seconds: float = 0.5) -> None:
        """No collection for `seconds` from now (a pause under way is made to last as long).
        A collector that someone else turned off stays off, and is not turned on by us.
        Called on the app's event loop."""
        if not self.holding and not gc.isenabled():
            return
        if self._end is not None:
            self._end.cancel()
        gc.disable()
        self.holding = True
        # In an empty context: a callback keeps the context it was scheduled in, and the
        # screen that asked (the form being built) would stay alive in it until the end.
        loop = asyncio.get_running_loop()
        self._end = loop.call_later(seconds, self.release, context=contextvars.Context())

    def release(self) -> None:
        """The collector runs again (at once, when the app ends: see MinuteBookApp)."""
        if self._end is not None:
            self._end.cancel()
            self._end = None
        if self.holding:
            self.holding = False
            gc.enable()


__all__ = ["CollectionPause", "limit_malloc_arenas"]
