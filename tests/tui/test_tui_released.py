"""A closed screen leaves nothing behind: the meeting screen and the edit form, once left, are
freed, so a long session does not grow and every full garbage collection stays short.

Textual keeps a closed screen alive through the app's signals and watchers until they next fire
(a save, a change of theme); the screens let go of them when they close (tui/screens/base.py,
tui/screens/edit.py). Driven by Textual's Pilot on the sample book; what is alive is asked of
Python's garbage collector.
"""

from __future__ import annotations

import gc
import weakref

from textual.widgets import TextArea

from tests.helpers import meeting_id, settle
from tui.app import MinuteBookApp
from tui.screens.edit import EditScreen
from tui.screens.meeting import MeetingScreen

ROWS = "seed-002-ky-ket-quy-che-ldld-nghe-an-2022"


async def leave_and_count(app: MinuteBookApp, pilot: object, times: int) -> list[str]:
    """Open a meeting and its form `times` times, leaving both; then what is still alive of
    every screen and TextArea opened so far (by type)."""
    for _ in range(times):
        app.open_meeting(meeting_id(app, ROWS))
        await settle(app, pilot)
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        await pilot.press("e")  # type: ignore[attr-defined]
        await settle(app, pilot)
        form = app.screen
        assert isinstance(form, EditScreen) and form._baseline is not None
        OPENED.extend(weakref.ref(node) for node in (meeting, form, *form.query(TextArea)))
        del meeting, form
        await pilot.press("escape", "escape")  # type: ignore[attr-defined]
        await settle(app, pilot)
    gc.collect()
    return sorted(type(node).__name__ for ref in OPENED if (node := ref()) is not None)


OPENED: list[weakref.ref[object]] = []


async def test_screens_left_do_not_pile_up(tui_app: MinuteBookApp) -> None:
    OPENED.clear()
    async with tui_app.run_test(size=(160, 45)) as pilot:
        await settle(tui_app, pilot)
        home = tui_app.screen
        # Textual keeps the last worker each of its threads ran, and with it its screen, until
        # the thread runs another: a screen or two may outlive their closing, but four more
        # openings must leave no more alive than two did.
        after_two = await leave_and_count(tui_app, pilot, 2)
        after_six = await leave_and_count(tui_app, pilot, 4)
        assert tui_app.screen is home
    assert len(after_six) <= len(after_two), (after_two, after_six)
