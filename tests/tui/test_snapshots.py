"""Snapshots of the key screens at a fixed size, each paired with assertions on state.

Review a changed snapshot in the HTML report pytest prints before accepting it with
`python -m pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests import helpers as tui_helpers
from tests.helpers import meeting_id, until
from tui.app import MinuteBookApp
from tui.screens.browse import BrowseScreen
from tui.widgets.meeting_list import MeetingList

SIZE = (120, 36)


async def settle(pilot: Any, ready: Callable[[], object], what: str) -> None:
    """Wait until the screen shows what the picture is of, and everything it started is done."""
    from textual.widgets import Input

    app = pilot.app
    await until(pilot, ready, what=what)
    await tui_helpers.settle(app, pilot)
    # A blinking cursor would make the picture depend on the moment it is taken.
    for field in app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def home_shows(app: MinuteBookApp, text: str) -> Callable[[], bool]:
    """The home list shows the whole result of `text`, and the preview its highlighted meeting."""

    def ready() -> bool:
        screen = app.screen
        return (
            isinstance(screen, BrowseScreen)
            and screen._shown_query == text
            and screen.previewed == screen.query_one(MeetingList).current_id
        )

    return ready


def test_browse_filtered_by_a_name(snap_compare: Any, tui_app: MinuteBookApp) -> None:
    async def search(pilot: Any) -> None:
        await settle(pilot, home_shows(pilot.app, ""), "every meeting")
        await pilot.press("slash", *"khang", "escape")
        await settle(pilot, home_shows(pilot.app, "khang"), "the meetings of khang")
        assert len(pilot.app.screen.query_one(MeetingList).ids) == 3

    assert snap_compare(tui_app, terminal_size=SIZE, run_before=search)


def test_meeting_screen(snap_compare: Any, tui_app: MinuteBookApp) -> None:
    from tui.screens.meeting import MeetingScreen

    async def open_meeting(pilot: Any) -> None:
        await settle(pilot, home_shows(pilot.app, ""), "every meeting")
        target = meeting_id(pilot.app, "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024")
        screen = MeetingScreen(target)
        await pilot.app.push_screen(screen)
        await settle(pilot, lambda: screen.record is not None, "the meeting's record")
        assert pilot.app.screen is screen

    assert snap_compare(tui_app, terminal_size=SIZE, run_before=open_meeting)


def test_new_meeting_screen(snap_compare: Any, tui_app: MinuteBookApp) -> None:
    from tui.screens.edit import EditScreen

    async def open_form(pilot: Any) -> None:
        await settle(pilot, home_shows(pilot.app, ""), "every meeting")
        await pilot.press("n")
        await settle(
            pilot,
            lambda: isinstance(pilot.app.screen, EditScreen) and pilot.app.screen._baseline,
            "the empty form",
        )

    assert snap_compare(tui_app, terminal_size=SIZE, run_before=open_form)


def test_delete_dialog(snap_compare: Any, tui_app: MinuteBookApp) -> None:
    from textual.widgets import Button

    from tui.screens.dialogs import ConfirmDialog

    async def ask(pilot: Any) -> None:
        await settle(pilot, home_shows(pilot.app, ""), "every meeting")
        await pilot.press("delete")
        await settle(pilot, lambda: isinstance(pilot.app.screen, ConfirmDialog), "the question")
        focused = pilot.app.screen.focused
        assert isinstance(focused, Button) and focused.id == "no"  # Keep, not Delete

    assert snap_compare(tui_app, terminal_size=SIZE, run_before=ask)
