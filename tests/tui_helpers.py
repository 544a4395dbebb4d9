"""What the TUI tests share: waiting on a condition (never a fixed sleep), settling the app after
a key, reading the book through the app's `store.Book`, and the installed console script.

`until()` pauses in short steps until a condition holds and fails saying what it waited for, so a
test waits as long as the machine needs and not a moment longer; `settle()` lets the workers a
key started finish and their results land on screen.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import store

STEP = 0.02  # seconds between two looks at the condition
INSTALL_HINT = "pip install -e '.[test]'"


async def until(
    pilot: Any, predicate: Callable[[], object], timeout: float = 5, *, what: str = ""
) -> None:
    """Pause in short steps until `predicate()` holds; fail after `timeout` seconds, saying
    `what` was awaited (or the predicate's source line)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what or _describe(predicate)}")
        await pilot.pause(STEP)


def wait_until(predicate: Callable[[], object], timeout: float = 15, *, what: str = "") -> None:
    """`until()` for a test outside the app (a real terminal): look every STEP seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what or _describe(predicate)}")
        time.sleep(STEP)


def _describe(predicate: Callable[[], object]) -> str:
    import inspect

    try:
        return inspect.getsource(predicate).strip()
    except (OSError, TypeError):
        return repr(predicate)


async def settle(app: Any, pilot: Any) -> None:
    """Let what the last key started finish: the messages, the workers, what they hand back."""
    for _ in range(2):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


async def searched(app: Any, pilot: Any, text: str) -> None:
    """Wait until the home list shows the whole result of searching `text`."""
    await until(pilot, lambda: app.screen._shown_query == text, what=f"the result of {text!r}")
    await settle(app, pilot)


async def filtered(pilot: Any, screen: Any, text: str) -> None:
    """Wait until a filtered list (people, decisions) shows what `text` filters it to."""
    await until(pilot, lambda: screen.shown_filter == text, what=f"the list filtered by {text!r}")
    await settle(pilot.app, pilot)


# The book, read through the app's store.Book --------------------------------------------------


def meeting_id(app: Any, uid: str) -> int:
    book: store.Book = app.book
    return book.resolve(uid)


def record_of(app: Any, meeting: int | str) -> store.MeetingRecord:
    """A meeting's record, by number or uid."""
    book: store.Book = app.book
    return book.meeting(meeting if isinstance(meeting, int) else book.resolve(meeting))


def every_meeting(app: Any) -> list[store.MeetingRecord]:
    book: store.Book = app.book
    return list(book.iter_meetings())


def count_meetings(app: Any) -> int:
    book: store.Book = app.book
    return len(book.search("", limit=None).ids)


# The edit form -----------------------------------------------------------------------------


async def type_into(pilot: Any, widget: Any, text: str) -> None:
    """Replace what an Input holds, as a paste would (keys are pressed where keys matter;
    moving the focus to each field would only slow the tests down)."""
    widget.value = text
    await pilot.pause()


async def pick(app: Any, pilot: Any, text: str, *keys: str) -> None:
    """Type `text` into the form's person picker, then `keys` (Enter: take the person)."""
    from tui.widgets.person_picker import PersonPicker

    app.screen.query_one(PersonPicker).focus()
    await pilot.press(*text, *keys)
    await settle(app, pilot)


def rows(screen: Any, section: str) -> list[Any]:
    """The rows of a list of the form: participants, decisions or documents."""
    from tui.widgets.decision_editor import RowList

    return screen.query_one(f"#{section}", RowList).rows()


# The installed program ------------------------------------------------------------------------


def console_script() -> Path:
    """The `minutebook` command installed beside this Python; a missing install fails the test."""
    script = Path(sys.executable).parent / "minutebook"
    if not script.exists():
        raise AssertionError(f"the minutebook console script is not installed: {INSTALL_HINT}")
    return script
