"""A thread's result reaches its screen only while that screen is open (`tui.threads`).

A search or a record read runs in a thread that cannot be cancelled: when it ends after its
screen was closed, what it hands back is dropped instead of drawn into widgets already gone
(a CI run once failed on the home screen's preview, looked for while the app was quitting).
"""

from __future__ import annotations

import asyncio

from tests.helpers import meeting_id, settle
from tui.app import MinuteBookApp
from tui.screens.meeting import MeetingScreen
from tui.threads import hand_back
from tui.widgets.meeting_list import MeetingList

SIZE = (120, 36)
NQ02 = "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"


async def test_a_result_for_a_closed_screen_is_dropped(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        screen = MeetingScreen(meeting_id(tui_app, NQ02))
        tui_app.push_screen(screen)
        await settle(tui_app, pilot)
        landed: list[str] = []
        await asyncio.to_thread(hand_back, screen, landed.append, "while open")
        tui_app.pop_screen()
        await settle(tui_app, pilot)
        await asyncio.to_thread(hand_back, screen, landed.append, "after it closed")
        assert landed == ["while open"]


async def test_a_widget_on_a_covered_screen_still_gets_its_result(
    tui_app: MinuteBookApp,
) -> None:
    """The home list under an open meeting is still on the stack: its rows are still kept."""
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        meetings = tui_app.screen.query_one(MeetingList)
        tui_app.push_screen(MeetingScreen(meeting_id(tui_app, NQ02)))
        await settle(tui_app, pilot)
        landed: list[int] = []
        await asyncio.to_thread(hand_back, meetings, landed.append, 1)
        assert landed == [1]


async def test_an_awaitable_callback_runs_to_its_end(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        landed: list[str] = []

        async def later(word: str) -> None:
            await asyncio.sleep(0)
            landed.append(word)

        await asyncio.to_thread(hand_back, tui_app.screen, later, "done")
        assert landed == ["done"]
