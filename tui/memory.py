"""The C allocator's one setting for an app process: at most two malloc arenas.

Every thread worker of the app (a search as you type, a preview, a form's record) is a new
thread, and glibc gives threads malloc arenas of their own, up to eight per core. Memory freed
in one arena serves no other, so a session of searches on the 100,000-meeting book held about
90 MB it no longer used (peak RSS 184 MB against 89 MB before the first search; Python's own
objects were some 50 MB of it). With two arenas, one for the app's thread and one its workers
share, the same session peaks at about 138 MB, and the workers lose nothing: they hold the GIL for
most of their work, so they seldom wait on each other for an arena. `bench/tui_bench.py`'s RSS
row is this figure.
"""

from __future__ import annotations

import ctypes
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


__all__ = ["limit_malloc_arenas"]
