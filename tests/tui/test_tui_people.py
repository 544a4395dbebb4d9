"""The people directory and a person's page, driven by Textual's Pilot on the sample book."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import DataTable, Input, OptionList, Static

import store
from tests.helpers import filtered, settle
from tui.app import MinuteBookApp, make_app
from tui.i18n import set_language
from tui.screens.dialogs import ConfirmDialog, DirectoryChooser
from tui.screens.people import PeopleScreen
from tui.screens.person import PersonScreen, RenameDialog

SIZE = (140, 40)
KHANG = "Nguyễn Đình Khang"


def cells(table: DataTable[Any], column: int) -> list[str]:
    return [
        str(getattr(cell, "plain", cell))
        for cell in (table.get_row_at(row)[column] for row in range(table.row_count))
    ]


def shown(table: DataTable[Any]) -> str:
    """What the table draws on screen, line by line."""
    return "\n".join(table.render_line(y).text for y in range(table.size.height))


def person_id(app: MinuteBookApp, name: str) -> int:
    return app.book.find_person(name)


def add_meeting(book: store.Book, title: str, day: str, *people: dict[str, str]) -> int:
    record = store.validate_record({"title": title, "date": day, "participants": list(people)})
    assert isinstance(record, store.MeetingRecord), record
    return book.add(record)


async def test_the_directory_lists_everyone_with_counts(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(PeopleScreen())
        await settle(tui_app, pilot)
        screen = tui_app.screen
        assert isinstance(screen, PeopleScreen)
        table = screen.query_one("#people", DataTable)
        names = cells(table, 0)
        assert len(names) == len(tui_app.book.people())
        row = table.get_row(str(person_id(tui_app, KHANG)))
        assert row[0].plain == KHANG
        assert row[1].plain == "3"
        assert row[2].plain.startswith("Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch")
        assert row[3].plain == "15/03/2024"  # day first
        status = str(screen.query_one("#people-status", Static).render())
        assert f"{len(names)} people" in status


async def test_typing_filters_without_diacritics_and_enter_opens_the_person(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(PeopleScreen())
        await settle(tui_app, pilot)
        await pilot.press("slash", *"nguyen dinh")
        await filtered(pilot, tui_app.screen, "nguyen dinh")
        table = tui_app.screen.query_one("#people", DataTable)
        assert set(cells(table, 0)) == {KHANG, "Nguyễn Đình Hùng"}
        await pilot.press("enter")  # leaves the box for the list
        assert tui_app.screen.focused is table
        table.move_cursor(row=cells(table, 0).index(KHANG))
        await pilot.press("enter")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, PersonScreen)
        assert tui_app.screen.person_id == person_id(tui_app, KHANG)


async def test_the_timeline_shows_each_meeting_with_the_title_held_then(
    tui_app: MinuteBookApp,
) -> None:
    khang = person_id(tui_app, KHANG)
    expected = tui_app.book.timeline(khang)
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(PersonScreen(khang))
        await settle(tui_app, pilot)
        screen = tui_app.screen
        table = screen.query_one("#timeline", DataTable)
        assert table.row_count == len(expected) == 6  # two roles at each of three meetings
        assert cells(table, 0)[0] == "15/03/2024"
        assert cells(table, 1)[:2] == ["chair", "speaker"]
        for drawn, appearance in zip(cells(table, 2), expected, strict=True):
            assert appearance.held_title and appearance.held_title.startswith(drawn.rstrip("…"))
        rows = list(zip(cells(table, 0), cells(table, 1), cells(table, 2), strict=True))
        # At the 2022 meeting he chaired as a member of the Executive Committee, then spoke as a
        # member of the Central Committee: each row carries the title held in that role.
        assert rows[2][:2] == ("30/05/2022", "attendee")
        assert rows[4][:2] == ("2022", "chair")
        assert rows[4][2].startswith("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư")
        assert rows[5][:2] == ("2022", "speaker")
        assert rows[5][2].startswith("Ủy viên Trung ương Đảng, Bí thư")
        table.move_cursor(row=5)
        await pilot.pause()
        detail = str(screen.query_one("#person-detail", Static).render())
        assert "Chủ tịch Tổng LĐLĐ Việt Nam" in detail  # the whole title, never cut
        assert "Buổi làm việc giữa Ban Dân vận Trung ương" in detail
        assert str(screen.query_one("#person-name", Static).render()) == KHANG
        assert "3 meetings" in str(screen.query_one("#person-about", Static).render())


async def test_roles_are_shown_in_vietnamese(
    sample_book: object, db: str, tmp_path: Path
) -> None:
    app = make_app(db, lang="vi", settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await app.push_screen(PersonScreen(person_id(app, KHANG)))
            await settle(app, pilot)
            roles = cells(app.screen.query_one("#timeline", DataTable), 1)
            assert roles[:2] == ["chủ trì", "phát biểu"]
            assert "3 cuộc họp" in str(app.screen.query_one("#person-about", Static).render())
    finally:
        set_language("en")
        app.book.close()


async def test_rename_through_the_dialog_changes_the_book_and_the_lists(
    tui_app: MinuteBookApp,
) -> None:
    anh = person_id(tui_app, "Phan Văn Anh")
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(PeopleScreen())
        await settle(tui_app, pilot)
        await tui_app.push_screen(PersonScreen(anh))
        await settle(tui_app, pilot)
        await pilot.press("r")
        await pilot.pause()
        dialog = tui_app.screen
        assert isinstance(dialog, RenameDialog)
        box = dialog.query_one(Input)
        assert box.value == "Phan Văn Anh"
        box.value = "Phan Văn Ánh"
        await pilot.press("enter")
        await settle(tui_app, pilot)
        assert tui_app.book.person_name(anh) == "Phan Văn Ánh"
        assert str(tui_app.screen.query_one("#person-name", Static).render()) == "Phan Văn Ánh"
        await pilot.press("escape")
        await settle(tui_app, pilot)
        names = cells(tui_app.screen.query_one("#people", DataTable), 0)
        assert "Phan Văn Ánh" in names and "Phan Văn Anh" not in names


async def test_renaming_to_another_persons_name_suggests_a_merge(tui_app: MinuteBookApp) -> None:
    anh = person_id(tui_app, "Phan Văn Anh")
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(PersonScreen(anh))
        await settle(tui_app, pilot)
        await pilot.press("r")
        await pilot.pause()
        tui_app.screen.query_one(Input).value = "nguyễn đình KHANG"
        await pilot.press("enter")
        await settle(tui_app, pilot)
        status = tui_app.screen.query_one("#person-status", Static)
        assert status.has_class("error")
        assert "press m to merge" in str(status.render())
        assert tui_app.book.person_name(anh) == "Phan Văn Anh"


async def test_merge_two_spellings_moves_the_meetings(tui_app: MinuteBookApp) -> None:
    add_meeting(tui_app.book, "Họp tổ Công đoàn", "2024-04-02", {"name": "Nguyễn Văn Hải"})
    add_meeting(tui_app.book, "Họp tổ nữ công", "2024-05-06", {"name": "Nguyen Van Hai"})
    hai = person_id(tui_app, "Nguyễn Văn Hải")
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(PersonScreen(hai))
        await settle(tui_app, pilot)
        await pilot.press("m")
        await settle(tui_app, pilot)
        picker = tui_app.screen
        assert isinstance(picker, DirectoryChooser)
        assert picker.query_one(Input).value == "nguyen van hai"
        options = picker.query_one(OptionList)
        assert options.option_count == 1  # the other spelling; never the person themselves
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(tui_app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, PersonScreen)
        people = tui_app.book.people("nguyen van hai")
        assert [(p.id, p.name, p.meetings) for p in people] == [(hai, "Nguyễn Văn Hải", 2)]
        assert tui_app.screen.query_one("#timeline", DataTable).row_count == 2


async def test_the_duplicates_view_lists_names_equal_without_diacritics(
    tui_app: MinuteBookApp,
) -> None:
    add_meeting(tui_app.book, "Họp tổ Công đoàn", "2024-04-02", {"name": "Nguyễn Văn Hải"})
    add_meeting(tui_app.book, "Họp tổ nữ công", "2024-05-06", {"name": "Nguyen Van Hai"})
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(PeopleScreen())
        await settle(tui_app, pilot)
        table = tui_app.screen.query_one("#people", DataTable)
        everyone = table.row_count
        await pilot.press("d")
        await settle(tui_app, pilot)
        assert sorted(cells(table, 0)) == ["Nguyen Van Hai", "Nguyễn Văn Hải"]
        await pilot.press("d")
        await settle(tui_app, pilot)
        assert table.row_count == everyone


async def test_user_text_shows_literally(tui_app: MinuteBookApp) -> None:
    add_meeting(
        tui_app.book,
        "[bold]Họp[/] \x1b[2J",
        "2024-04-02",
        {"name": "Lê Thị Mai", "title": "[bold]X[/] \x1b[2J"},
        {"name": "Đỗ Mai\x1bAn"},  # a name cannot hold brackets, but a control character slips by
    )
    mai = person_id(tui_app, "Lê Thị Mai")
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(PeopleScreen())
        await settle(tui_app, pilot)
        await pilot.press("slash", *"mai")
        await filtered(pilot, tui_app.screen, "mai")
        directory = shown(tui_app.screen.query_one("#people", DataTable))
        assert "[bold]X[/] \\x1b[2J" in directory
        assert "Đỗ Mai\\x1bAn" in directory
        await tui_app.push_screen(PersonScreen(mai))
        await settle(tui_app, pilot)
        drawn = shown(tui_app.screen.query_one("#timeline", DataTable))
        assert "[bold]Họp[/] \\x1b[2J" in drawn
        assert "[bold]X[/] \\x1b[2J" in drawn


async def test_escape_from_duplicates_returns_to_the_directory(tui_app: MinuteBookApp) -> None:
    from tui.screens.people import PeopleScreen

    async with tui_app.run_test(size=(140, 40)) as pilot:
        await tui_app.push_screen(PeopleScreen())
        await tui_app.workers.wait_for_complete()
        await pilot.pause()
        screen = tui_app.screen
        screen.query_one("#people").focus()
        await pilot.press("d")
        assert screen.duplicates_only
        await pilot.press("escape")
        assert tui_app.screen is screen and not screen.duplicates_only


async def test_enter_in_the_filter_opens_the_only_person_it_leaves(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(PeopleScreen())
        await settle(tui_app, pilot)
        await pilot.press("slash", *"dinh khang")
        await filtered(pilot, tui_app.screen, "dinh khang")
        await pilot.press("enter")  # one person left: their page, without a second Enter
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, PersonScreen)
        assert tui_app.screen.person_id == person_id(tui_app, KHANG)


async def test_enter_typed_before_the_list_comes_still_opens_the_only_person(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(PeopleScreen())
        await settle(tui_app, pilot)
        await pilot.press("slash", *"dinh khang", "enter")  # within the debounce
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, PersonScreen)
        assert tui_app.screen.person_id == person_id(tui_app, KHANG)
