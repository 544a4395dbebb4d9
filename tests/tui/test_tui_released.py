"""A closed screen leaves nothing behind: the meeting screen and the edit form, once left, are
freed, so a long session does not grow and every full garbage collection stays short.

Textual keeps a closed screen alive through the app's signals and watchers until they next fire
(a save, a change of theme); the screens let go of them when they close (tui/screens/base.py,
tui/screens/edit.py). Driven by Textual's Pilot on the sample book; what is alive is asked of
Python's garbage collector.
"""

from __future__ import annotations

import asyncio
import gc
import weakref

from textual.widgets import TextArea

from tests.helpers import meeting_id, settle
from tui.app import MinuteBookApp
from tui.recovery import DELAY
from tui.screens.edit import EditScreen
from tui.screens.meeting import MeetingScreen

ROWS = "seed-002-ky-ket-quy-che-ldld-nghe-an-2022"


async def open_and_leave(app: MinuteBookApp, pilot: object) -> list[weakref.ref[object]]:
    """Open a meeting and its form, leave both (untouched: nothing asked); what was opened."""
    app.open_meeting(meeting_id(app, ROWS))
    await settle(app, pilot)
    meeting = app.screen
    assert isinstance(meeting, MeetingScreen)
    await pilot.press("e")  # type: ignore[attr-defined]
    await settle(app, pilot)
    form = app.screen
    assert isinstance(form, EditScreen) and form._baseline is not None
    opened = [weakref.ref(node) for node in (meeting, form, *form.query(TextArea))]
    await pilot.press("escape", "escape")  # type: ignore[attr-defined]
    await settle(app, pilot)
    return opened


async def test_screens_left_are_freed(tui_app: MinuteBookApp) -> None:
    opened: list[weakref.ref[object]] = []
    async with tui_app.run_test(size=(160, 45)) as pilot:
        await settle(tui_app, pilot)
        home = tui_app.screen
        for _ in range(3):
            opened += await open_and_leave(tui_app, pilot)
        assert tui_app.screen is home
        # Textual's worker threads each keep the last worker they ran, and with it its screen,
        # until they run another: with them ended, only the running app could hold on.
        await asyncio.get_running_loop().shutdown_default_executor()
        # A timer the form set (its recovery copy's, DELAY after a change) is cancelled when it
        # closes, but asyncio keeps a cancelled timer, and the context it was set in (the form),
        # until its time comes: wait that long, as a long session does between forms.
        await asyncio.sleep(DELAY + 0.2)
        gc.collect()
        alive = [type(node).__name__ for ref in opened if (node := ref()) is not None]
    assert alive == []
