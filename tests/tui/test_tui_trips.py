"""The small things a secretary trips over in the screens (issue 19), driven by Textual's Pilot
on the sample book: each test asserts on what the screen shows and on the book."""

from __future__ import annotations

from textual.widgets import Input

from tests.helpers import searched, settle, type_into, until
from tui.app import MinuteBookApp
from tui.screens.browse import BrowseScreen
from tui.screens.edit import EditScreen
from tui.widgets.meeting_list import MeetingList

SIZE = (140, 40)


def toasts(app: MinuteBookApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_a_new_meeting_is_shown_and_named_though_the_search_hid_it(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("slash", *"khang")
        await searched(tui_app, pilot, "khang")
        await pilot.press("escape", "n")
        await until(pilot, lambda: isinstance(tui_app.screen, EditScreen), what="the form")
        await settle(tui_app, pilot)
        form = tui_app.screen
        # A title with markup's brackets and a line break: said as typed, on one line.
        await type_into(pilot, form.query_one("#title", Input), "Họp tổ [bold]nữ công[/]")
        await type_into(pilot, form.query_one("#date", Input), "15/3/2024")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(tui_app.screen, BrowseScreen), what="home")
        home = tui_app.screen
        await searched(tui_app, pilot, "")
        new = max(tui_app.book.search("", limit=None).ids)
        meetings = home.query_one(MeetingList)
        assert home.query_one("#search", Input).value == ""  # the search that hid it is gone
        assert new in meetings.ids
        assert meetings.current_id == new
        assert f"Saved meeting #{new}: Họp tổ [bold]nữ công[/]" in toasts(tui_app)


async def test_a_new_meeting_the_search_shows_keeps_the_search(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"tổ")
        await searched(tui_app, pilot, "tổ")
        await pilot.press("escape", "n")
        await until(pilot, lambda: isinstance(tui_app.screen, EditScreen), what="the form")
        await settle(tui_app, pilot)
        await type_into(pilot, tui_app.screen.query_one("#title", Input), "Họp tổ công đoàn")
        await type_into(pilot, tui_app.screen.query_one("#date", Input), "15/3/2024")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(tui_app.screen, BrowseScreen), what="home")
        await settle(tui_app, pilot)
        new = max(tui_app.book.search("", limit=None).ids)
        assert tui_app.screen.query_one("#search", Input).value == "tổ"
        assert tui_app.screen.query_one(MeetingList).current_id == new
