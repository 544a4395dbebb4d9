"""The form's date and start time do what `minutebook edit` does with them: a date typed is
stated (the inferred mark cleared) and a start time moves the part of day, or is named as a
problem beside one it cannot be in. Textual's Pilot at 80×24, on a real book."""

from __future__ import annotations

from datetime import time
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Select, Static

import store
from tests.helpers import record_of, settle, type_into
from tui.app import MinuteBookApp
from tui.screens.edit import EditScreen

SIZE = (80, 24)


def inferred_morning_meeting(app: MinuteBookApp) -> int:
    record = store.validate_record(
        {"title": "Kỳ họp thứ 14", "date": "2025-04-22", "date_inferred": True,
         "part_of_day": "sáng", "start_time": "08:00"}
    )  # fmt: skip
    assert isinstance(record, store.MeetingRecord)
    return app.book.add(record)


async def open_form(app: MinuteBookApp, pilot: Pilot[Any], meeting: int) -> EditScreen:
    await settle(app, pilot)
    screen = EditScreen(meeting)
    await app.push_screen(screen)
    await settle(app, pilot)
    assert app.screen is screen and screen._baseline is not None
    return screen


def part(screen: EditScreen) -> str | None:
    return screen.query_one("#part_of_day", Select).selection


def inferred(screen: EditScreen) -> bool:
    return screen.query_one("#date_inferred", Checkbox).value


async def test_a_typed_date_is_stated_unless_the_box_is_ticked_in_the_form(
    tui_app: MinuteBookApp,
) -> None:
    meeting = inferred_morning_meeting(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_form(tui_app, pilot, meeting)
        date = screen.query_one("#date", Input)
        assert inferred(screen)
        await type_into(pilot, date, "10/1/2025")
        assert not inferred(screen)  # typed by the person: stated
        await type_into(pilot, date, "22/04/2025")
        assert inferred(screen)  # the date as loaded: the mark as loaded
        await type_into(pilot, date, "2025")
        box = screen.query_one("#date_inferred", Checkbox)
        box.focus()
        await pilot.press("space")  # the person's own tick
        assert inferred(screen)
        await type_into(pilot, date, "3/2025")
        assert inferred(screen)  # kept: the person said so in this form
        await pilot.press("space")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is not screen, "saved"
    saved = record_of(tui_app, meeting)
    assert (saved.date, saved.date_inferred) == (store.PartialDate(2025, 3, None), False)


async def test_a_new_date_saved_is_no_longer_inferred(tui_app: MinuteBookApp) -> None:
    meeting = inferred_morning_meeting(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_form(tui_app, pilot, meeting)
        await type_into(pilot, screen.query_one("#date", Input), "10/1/2025")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
    saved = record_of(tui_app, meeting)
    assert (saved.date, saved.date_inferred) == (store.PartialDate(2025, 1, 10), False)


async def test_the_part_of_day_follows_the_start_time_as_it_is_typed(
    tui_app: MinuteBookApp,
) -> None:
    meeting = inferred_morning_meeting(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_form(tui_app, pilot, meeting)
        start = screen.query_one("#start_time", Input)
        start.focus()
        await pilot.press("end", *["backspace"] * 5, "2", "h")
        assert part(screen) == "morning"  # 2h: in the morning, nothing to move
        await pilot.press("space", *"chiều")
        assert start.value == "2h chiều" and part(screen) == "afternoon"  # the part it says
        await pilot.press(*["backspace"] * 8, *"15:00")
        assert part(screen) == "afternoon"  # only chiều holds 15:00
        await pilot.press(*["backspace"] * 5, *"9h")
        assert part(screen) == "morning"  # worked out from the box's own part, not the last
        await pilot.press(*["backspace"] * 2, *"2h chiều")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is not screen, "saved"
    saved = record_of(tui_app, meeting)
    assert (saved.part_of_day, saved.start_time) == ("afternoon", time(14, 0))


async def test_a_start_two_parts_could_hold_is_named_on_saving(tui_app: MinuteBookApp) -> None:
    meeting = inferred_morning_meeting(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_form(tui_app, pilot, meeting)
        start = screen.query_one("#start_time", Input)
        await type_into(pilot, start, "13:00")
        assert part(screen) == "morning"  # trưa or chiều: not guessed
        screen.query_one("#title", Input).focus()
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen, "not saved"
        line = str(screen.query_one("#start_time-error", Static).render())
        assert line == "13:00 is not morning: choose noon/afternoon above"
        assert screen.focused is start
        screen.query_one("#part_of_day", Select).value = "noon"  # the person's choice
        await pilot.pause()
        assert not screen.query_one("#start_time-error", Static).has_class("shown")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is not screen, "saved"
    saved = record_of(tui_app, meeting)
    assert (saved.part_of_day, saved.start_time) == ("noon", time(13, 0))


async def test_a_part_chosen_in_the_form_is_kept_and_a_start_outside_it_named(
    tui_app: MinuteBookApp,
) -> None:
    meeting = inferred_morning_meeting(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_form(tui_app, pilot, meeting)
        screen.query_one("#part_of_day", Select).value = "evening"
        await pilot.pause()
        await type_into(pilot, screen.query_one("#start_time", Input), "15:00")
        assert part(screen) == "evening"  # chosen by the person: not moved
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen, "not saved"
        line = str(screen.query_one("#start_time-error", Static).render())
        assert line == "15:00 is not evening: choose afternoon above"
    assert record_of(tui_app, meeting).start_time == time(8, 0)  # nothing written


async def test_the_start_time_problem_in_vietnamese(vi_app: MinuteBookApp) -> None:
    meeting = inferred_morning_meeting(vi_app)
    async with vi_app.run_test(size=SIZE) as pilot:
        screen = await open_form(vi_app, pilot, meeting)
        await type_into(pilot, screen.query_one("#start_time", Input), "13:00")
        await pilot.press("ctrl+s")
        await settle(vi_app, pilot)
        line = str(screen.query_one("#start_time-error", Static).render())
        assert line == "13:00 không thuộc buổi sáng: hãy chọn buổi trưa/chiều ở trên"
