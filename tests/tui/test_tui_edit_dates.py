"""The form's date and times as secretaries write them (`chiều 12/11/26`, `2h chiều`), driven by
Textual's Pilot on the sample book, with what was saved read back from the book."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Any

from textual.widgets import Input, Select, Static

from store import PartialDate
from tests.helpers import count_meetings, record_of, settle, type_into
from tui.app import MinuteBookApp, make_app
from tui.screens.edit import EditScreen

SIZE = (140, 40)


def date_line(screen: EditScreen) -> Static:
    return screen.query_one("#date-error", Static)


async def new_form(app: MinuteBookApp, pilot: Any, results: list[Any]) -> EditScreen:
    await settle(app, pilot)
    screen = EditScreen()
    await app.push_screen(screen, results.append)
    await settle(app, pilot)
    await type_into(pilot, screen.query_one("#title", Input), "Giao ban công đoàn")
    return screen


async def test_the_date_box_reads_the_year_in_full_and_takes_the_part_of_day(
    tui_app: MinuteBookApp,
) -> None:
    results: list[Any] = []
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await new_form(tui_app, pilot, results)
        part = screen.query_one("#part_of_day", Select)
        await type_into(pilot, screen.query_one("#date", Input), "12/11/26")
        assert "Read as: 12/11/2026 (to the day)" in str(date_line(screen).render())
        assert part.selection is None  # nothing said, nothing chosen
        await type_into(pilot, screen.query_one("#date", Input), "chiều 12/11/26")
        assert "Read as: 12/11/2026, afternoon (to the day)" in str(date_line(screen).render())
        assert part.value == "afternoon"  # taken from the date
        await type_into(pilot, screen.query_one("#start_time", Input), "2h chiều")
        await type_into(pilot, screen.query_one("#end_time", Input), "4 giờ rưỡi chiều")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert results and isinstance(results[0], int), "saved"
    saved = record_of(tui_app, results[0])
    assert (saved.date, saved.part_of_day) == (PartialDate(2026, 11, 12), "afternoon")
    assert (saved.start_time, saved.end_time) == (time(14, 0), time(16, 30))


async def test_a_date_after_the_part_of_day_replaces_it(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await new_form(tui_app, pilot, [])
        part = screen.query_one("#part_of_day", Select)
        part.value = "morning"
        await type_into(pilot, screen.query_one("#date", Input), "12/11/2026 tối")
        assert part.value == "evening"  # the last thing typed wins
        assert "Read as: 12/11/2026, evening (to the day)" in str(date_line(screen).render())


async def test_two_parts_of_day_are_refused_under_the_date(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await new_form(tui_app, pilot, [])
        total = count_meetings(tui_app)
        date = screen.query_one("#date", Input)
        await type_into(pilot, date, "chiều 12/11/2026")
        screen.query_one("#part_of_day", Select).value = "morning"  # chosen after: a clash
        await pilot.pause()
        screen.query_one("#title", Input).focus()
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        line = str(date_line(screen).render())
        assert "'chiều 12/11/2026' says chiều but the part of day is 'morning'" in line
        assert screen.focused is date
        assert count_meetings(tui_app) == total


async def test_a_wrong_date_with_a_part_of_day_says_what_is_wrong(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await new_form(tui_app, pilot, [])
        await type_into(pilot, screen.query_one("#date", Input), "chiều 31/2/2026")
        line = date_line(screen)
        assert line.has_class("error")
        assert "'31/2/2026' is not a date: February 2026 has 28 days" in str(line.render())
        assert screen.query_one("#part_of_day", Select).selection is None


async def test_the_reading_in_vietnamese(sample_book: object, db: str, tmp_path: Path) -> None:
    app = make_app(db, lang="vi", settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await new_form(app, pilot, [])
            assert "Ngày, tháng hoặc năm" in str(date_line(screen).render())
            await type_into(pilot, screen.query_one("#date", Input), "chiều 12/11/26")
            assert "Hiểu là: 12/11/2026, buổi chiều (đủ ngày)" in str(date_line(screen).render())
    finally:
        app.book.close()
