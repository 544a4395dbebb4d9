"""The form's kind follows the title while the person gives none, as `minutebook add` without
`--kind` takes the kind the title names. Textual's Pilot on a real book."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

import store
from tests.helpers import record_of, settle, type_into
from tui.app import MinuteBookApp
from tui.screens.edit import EditScreen

SIZE = (80, 24)


async def test_a_new_meetings_kind_follows_its_title_until_one_is_typed(
    tui_app: MinuteBookApp,
) -> None:
    results: list[Any] = []
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        screen = EditScreen()
        await tui_app.push_screen(screen, results.append)
        await settle(tui_app, pilot)
        title, kind = screen.query_one("#title", Input), screen.query_one("#kind", Input)
        await pilot.press(*"Hoi nghi")  # typed key by key, as a secretary does
        assert kind.value == "hội nghị"
        await type_into(pilot, title, "Buổi làm việc với Sở Lao động")
        assert kind.value == "buổi làm việc"  # still the title's: it follows
        await type_into(pilot, title, "Tổng kết năm")
        assert kind.value == ""  # a title that names no kind
        await type_into(pilot, title, "Hội nghị Ban Chấp hành lần thứ 5")
        await type_into(pilot, screen.query_one("#date", Input), "15/3/2024")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert record_of(tui_app, results[0]).kind == "hội nghị"

        await tui_app.push_screen(EditScreen(), results.append)
        await settle(tui_app, pilot)
        screen = tui_app.screen
        assert isinstance(screen, EditScreen)
        title, kind = screen.query_one("#title", Input), screen.query_one("#kind", Input)
        await type_into(pilot, kind, "phiên họp")  # the person's own kind stays
        await type_into(pilot, title, "Hội nghị sơ kết")
        assert kind.value == "phiên họp"


async def test_a_kind_the_record_came_with_stays(tui_app: MinuteBookApp) -> None:
    record = store.validate_record({"title": "Giao ban", "kind": "giao ban", "date": "2024"})
    assert isinstance(record, store.MeetingRecord)
    meeting = tui_app.book.add(record)
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        screen = EditScreen(meeting)
        await tui_app.push_screen(screen)
        await settle(tui_app, pilot)
        await type_into(pilot, screen.query_one("#title", Input), "Hội nghị giao ban quý 1")
        assert screen.query_one("#kind", Input).value == "giao ban"
