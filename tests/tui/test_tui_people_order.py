"""The people directory in Vietnamese name order, and `s` to list by the whole name instead,
driven by Textual's Pilot on the sample book (both backends)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import DataTable, Static

import store
from tests.helpers import filtered, settle, until
from tui.app import MinuteBookApp, make_app
from tui.screens.people import PeopleScreen

SIZE = (140, 40)

# The sample book's people, by given name (then middle and family name) and by the whole name.
BY_NAME = [
    "Phan Văn Anh",
    "Nguyễn Quang Dương",
    "Nguyễn Long Hải",
    "Trần Thanh Hải",
    "Nguyễn Tất Hoài Hiệp",
    "Ngọ Duy Hiểu",
    "Bùi Thị Minh Hoài",
    "Nguyễn Đình Hùng",
    "Nguyễn Xuân Hùng",
    "Y Thanh Hà Niê Kđăm",
    "Nguyễn Đình Khang",
    "Chu Bá Long",
    "Ngọc Kim Nam",
    "Kha Văn Tám",
    "Phạm Tất Thắng",
    "Phạm Tuấn Vinh",
    "Huỳnh Thanh Xuân",
    "Thái Thu Xương",
]
BY_FULL_NAME = sorted(BY_NAME, key=store.vietnamese_key)


def names(screen: PeopleScreen) -> list[str]:
    table: DataTable[Any] = screen.query_one("#people", DataTable)
    return [table.get_row_at(row)[0].plain for row in range(table.row_count)]


def status(screen: PeopleScreen) -> str:
    return str(screen.query_one("#people-status", Static).render())


async def open_directory(app: MinuteBookApp, pilot: Any) -> PeopleScreen:
    await app.push_screen(PeopleScreen())
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, PeopleScreen)
    return screen


async def test_the_directory_goes_by_given_name_and_s_switches(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_directory(tui_app, pilot)
        assert names(screen) == BY_NAME
        assert status(screen) == "18 people · by given name"
        table: DataTable[Any] = screen.query_one("#people", DataTable)
        table.move_cursor(row=BY_NAME.index("Nguyễn Đình Khang"))
        await pilot.press("s")
        await until(pilot, lambda: screen.order == "full" and names(screen) == BY_FULL_NAME)
        assert BY_FULL_NAME[:3] == ["Bùi Thị Minh Hoài", "Chu Bá Long", "Huỳnh Thanh Xuân"]
        assert status(screen) == "18 people · by full name"
        assert screen.current_id == tui_app.book.find_person("Nguyễn Đình Khang")  # stays on him
        await pilot.press("s")
        await until(pilot, lambda: screen.order == "name" and names(screen) == BY_NAME)


async def test_a_filtered_list_keeps_the_order_chosen(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_directory(tui_app, pilot)
        await pilot.press("s")
        await until(pilot, lambda: names(screen) == BY_FULL_NAME)
        await pilot.press("slash", *"nguyen")
        await filtered(pilot, screen, "nguyen")
        assert names(screen) == [name for name in BY_FULL_NAME if name.startswith("Nguyễn")]
        await pilot.press("escape", "s")  # back to the list, then by given name again
        await until(pilot, lambda: screen.order == "name")
        await until(pilot, lambda: names(screen) == [n for n in BY_NAME if n.startswith("Nguyễn")])


async def test_the_order_is_said_in_vietnamese(
    sample_book: object, db: str, tmp_path: Path
) -> None:
    app = make_app(db, lang="vi", settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_directory(app, pilot)
            assert status(screen) == "18 người · xếp theo tên"
            await pilot.press("s")
            await until(pilot, lambda: "xếp theo họ và tên" in status(screen))
    finally:
        app.book.close()
