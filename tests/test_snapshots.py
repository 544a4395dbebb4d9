"""Snapshots of the key screens at a fixed size, each paired with assertions on state.

Review a changed snapshot in the HTML report pytest prints before accepting it with
`python -m pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from typing import Any

import store
from tui.app import MinuteBookApp
from tui.widgets.meeting_list import MeetingList

SIZE = (120, 36)


async def settle(pilot: Any) -> None:
    from textual.widgets import Input

    app = pilot.app
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause(0.15)
    # A blinking cursor would make the picture depend on the moment it is taken.
    for field in app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def meeting_id(app: MinuteBookApp, uid: str) -> int:
    with app.book.session() as session:
        return store.repo.resolve_meeting(uid, session=session)


def test_browse_filtered_by_a_name(snap_compare: Any, tui_app: MinuteBookApp) -> None:
    async def search(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("slash", *"khang", "escape")
        await settle(pilot)
        assert len(pilot.app.screen.query_one(MeetingList).ids) == 3

    assert snap_compare(tui_app, terminal_size=SIZE, run_before=search)


def test_meeting_screen(snap_compare: Any, tui_app: MinuteBookApp) -> None:
    from tui.screens.meeting import MeetingScreen

    async def open_meeting(pilot: Any) -> None:
        await settle(pilot)
        target = meeting_id(pilot.app, "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024")
        await pilot.app.push_screen(MeetingScreen(target))
        await settle(pilot)
        assert isinstance(pilot.app.screen, MeetingScreen)

    assert snap_compare(tui_app, terminal_size=SIZE, run_before=open_meeting)


def test_new_meeting_screen(snap_compare: Any, tui_app: MinuteBookApp) -> None:
    from tui.screens.edit import EditScreen

    async def open_form(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(pilot.app.screen, EditScreen)

    assert snap_compare(tui_app, terminal_size=SIZE, run_before=open_form)
