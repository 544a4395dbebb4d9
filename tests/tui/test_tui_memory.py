"""The app's memory (tui/memory.py): an app process asks glibc for at most two malloc arenas
and leaves a `MALLOC_ARENA_MAX` the user set alone (each case in a process of its own: the
setting is process-wide, and glibc lists its arenas with `malloc_stats` on standard error); the
garbage collector is held off while the edit form is built, and given back."""

from __future__ import annotations

import gc
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

glibc_only = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="malloc arenas are glibc's",
)

ROOT = Path(__file__).resolve().parents[2]

# Eight threads, alive at once, each taking memory from the C allocator: glibc gives each
# a new arena unless it was told how many there may be.
THREADS = """
import ctypes, sys, threading
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
if sys.argv[1] == "app":
    from tui.app import make_app
    make_app(sys.argv[2], create=True).book.close()
together = threading.Barrier(8)
def take():
    together.wait()
    libc.malloc(4096)
    together.wait()
threads = [threading.Thread(target=take) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
libc.malloc_stats()
"""


def arenas(how: str, book: Path, **env: str) -> int:
    environment = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"} | env
    done = subprocess.run(
        [sys.executable, "-c", THREADS, how, str(book)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        check=True,
    )
    return sum(line.startswith("Arena ") for line in done.stderr.splitlines())


@glibc_only
def test_without_the_app_threads_take_arenas_of_their_own(tmp_path: Path) -> None:
    assert arenas("bare", tmp_path / "book.db") > 2  # what the app's setting is against


@glibc_only
def test_the_app_keeps_to_two_arenas(tmp_path: Path) -> None:
    assert arenas("app", tmp_path / "book.db") <= 2


@glibc_only
def test_the_users_own_setting_stands(tmp_path: Path) -> None:
    assert arenas("app", tmp_path / "book.db", MALLOC_ARENA_MAX="4") == 4


async def test_no_collection_while_a_form_is_built(tmp_path: Path) -> None:
    from tests.helpers import settle, until
    from tui.app import make_app
    from tui.screens.edit import EditScreen

    app = make_app(str(tmp_path / "book.db"), create=True, settings_folder=tmp_path / "config")
    try:
        async with app.run_test() as pilot:
            await settle(app, pilot)
            assert gc.isenabled()
            await app.push_screen(EditScreen())
            assert not gc.isenabled() and app.collection.holding
            await until(pilot, gc.isenabled, timeout=3, what="the collector back")
            await pilot.press("escape")  # an untouched form leaves without asking
            await until(pilot, lambda: not isinstance(app.screen, EditScreen))
            await app.push_screen(EditScreen())
            assert not gc.isenabled()
            app.exit()  # before the pause ends: the app gives the collector back as it goes
        assert gc.isenabled() and not app.collection.holding
    finally:
        gc.enable()
        app.book.close()


async def test_a_collector_turned_off_elsewhere_stays_off(tmp_path: Path) -> None:
    from tests.helpers import settle
    from tui.app import make_app
    from tui.screens.edit import EditScreen

    app = make_app(str(tmp_path / "book.db"), create=True, settings_folder=tmp_path / "config")
    try:
        async with app.run_test() as pilot:
            await settle(app, pilot)
            gc.disable()
            await app.push_screen(EditScreen())
            assert not app.collection.holding
            await pilot.pause(0.7)
            assert not gc.isenabled()
    finally:
        gc.enable()
        app.book.close()
