"""The small things a secretary trips over in the screens (issue 19), driven by Textual's Pilot
on the sample book: each test asserts on what the screen shows and on the book."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Button, DataTable, Input, OptionList, Static, TextArea

import store
import tui
from tests.helpers import (
    a_meeting,
    filtered,
    meeting_id,
    searched,
    settle,
    type_into,
    until,
)
from tui.app import MinuteBookApp
from tui.i18n import CATALOGS, english
from tui.key_help import what_it_does
from tui.screens.browse import BrowseScreen
from tui.screens.dialogs import ConfirmDialog, DirectoryChooser, WriteFileDialog
from tui.screens.edit import EditScreen
from tui.screens.from_report import ReportDialog
from tui.screens.meeting import MeetingScreen, markdown_labels
from tui.screens.people import PeopleScreen
from tui.screens.person import PersonScreen
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


# The palette says what each command does -----------------------------------------------------


def every_binding() -> list[Binding]:
    """Every key the screens and widgets declare (each module of the TUI imported)."""
    bindings = []
    for module_info in pkgutil.walk_packages(tui.__path__, "tui."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                declared = vars(value).get("BINDINGS", [])
                bindings += [binding for binding in declared if isinstance(binding, Binding)]
    return bindings


def test_every_key_says_what_it_does_in_both_languages() -> None:
    bindings = [binding for binding in every_binding() if binding.id and binding.description]
    assert len(bindings) > 70
    for binding in bindings:
        name, does = english(binding.description)[0], english(what_it_does(binding))[0]
        assert does != name, f"{binding.id}: says only {name!r}"
        assert does in CATALOGS["vi"], f"{binding.id}: {does!r} has no Vietnamese"


async def test_the_palette_shows_what_a_command_does(vi_app: MinuteBookApp) -> None:
    async with vi_app.run_test(size=SIZE) as pilot:
        await settle(vi_app, pilot)
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(vi_app.screen, CommandPalette), what="the palette")
        await pilot.press(*"ket luan")
        commands = vi_app.screen.query_one(CommandList)
        await until(pilot, lambda: commands.option_count > 0, what="a command offered")
        await settle(vi_app, pilot)
        lines = str(commands.get_option_at_index(0).prompt).split("\n")
        assert lines == [
            "Quyết định, kết luận",
            "Các quyết định, kết luận đang thực hiện, của mọi cuộc họp",
        ]


# The "New from report" dialog: Tab and paste -------------------------------------------------


async def report_dialog(app: MinuteBookApp, pilot: Pilot[Any]) -> ReportDialog:
    await settle(app, pilot)
    await pilot.press("R")
    await until(pilot, lambda: isinstance(app.screen, ReportDialog), what="the dialog")
    await settle(app, pilot)
    dialog = app.screen
    assert isinstance(dialog, ReportDialog)
    return dialog


async def test_tab_goes_from_the_paste_box_to_read_then_cancel(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        dialog = await report_dialog(tui_app, pilot)
        assert dialog.focused is dialog.query_one("#report-text", TextArea)
        await pilot.press("tab")
        assert dialog.focused is dialog.query_one("#read", Button)
        await pilot.press("tab")
        assert dialog.focused is dialog.query_one("#cancel", Button)


async def test_a_paste_anywhere_in_the_dialog_lands_in_the_paste_box(
    tui_app: MinuteBookApp,
) -> None:
    report = "Sáng 12/3, Công đoàn tổ chức hội nghị.\nĐồng chí Khang chủ trì."
    async with tui_app.run_test(size=SIZE) as pilot:
        dialog = await report_dialog(tui_app, pilot)
        box = dialog.query_one("#report-text", TextArea)
        await pilot.press("tab", "tab")  # on Cancel, as a secretary found it
        tui_app.post_message(events.Paste(report))  # as the terminal sends a paste
        await until(pilot, lambda: box.text == report, what="the report in the paste box")
        assert dialog.focused is box
        # A report pasted into the path box goes to the paste box too; a path stays.
        box.text = ""
        path = dialog.query_one("#report-path", Input)
        path.focus()
        await pilot.pause()
        tui_app.post_message(events.Paste(report))
        await until(pilot, lambda: box.text == report, what="the report in the paste box")
        assert path.value == ""
        path.focus()
        await pilot.pause()
        tui_app.post_message(events.Paste("/tmp/report.html"))
        await until(pilot, lambda: path.value == "/tmp/report.html", what="the path")
        assert box.text == report


# People: a merge, said before, and the directory after ----------------------------------------


def add_meeting(app: MinuteBookApp, title: str, day: str, name: str) -> int:
    return app.book.add(a_meeting(title=title, date=day, participants=[{"name": name}]))


async def test_a_merge_says_what_it_destroys_and_returns_to_the_directory(
    tui_app: MinuteBookApp,
) -> None:
    add_meeting(tui_app, "Họp tổ Công đoàn", "2024-04-02", "Nguyễn Văn Hải")
    add_meeting(tui_app, "Họp tổ nữ công", "2024-05-06", "Nguyen Van Hai")
    add_meeting(tui_app, "Họp tổ bảo hộ", "2024-06-07", "Nguyen Van Hai")
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        await pilot.press("p")
        await until(pilot, lambda: isinstance(tui_app.screen, PeopleScreen), what="people")
        people = tui_app.screen
        assert isinstance(people, PeopleScreen)
        await settle(tui_app, pilot)
        await pilot.press("d")  # the possible duplicates
        await settle(tui_app, pilot)
        table = people.query_one("#people", DataTable)
        names = [str(table.get_row_at(row)[0]) for row in range(table.row_count)]
        table.move_cursor(row=names.index("Nguyễn Văn Hải"))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(tui_app.screen, PersonScreen), what="the person")
        await settle(tui_app, pilot)
        await pilot.press("m")
        await until(pilot, lambda: isinstance(tui_app.screen, DirectoryChooser), what="chooser")
        await settle(tui_app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(tui_app.screen, ConfirmDialog), what="question")
        question = str(tui_app.screen.query(Static).first().render())
        assert question == (
            "Merge Nguyen Van Hai into Nguyễn Văn Hải? 2 meetings will name Nguyễn Văn Hải "
            "instead of Nguyen Van Hai, and Nguyen Van Hai leaves the directory. "
            "Press u in the people directory to undo it."
        )
        await pilot.press("y")
        await settle(tui_app, pilot)
        assert [p.name for p in tui_app.book.people("van hai")] == ["Nguyễn Văn Hải"]
        await pilot.press("escape")
        await until(pilot, lambda: tui_app.screen is people, what="the people list")
        assert not people.duplicates_only  # the whole directory again
        await pilot.press("slash", *"khang")
        await filtered(pilot, people, "khang")
        status = str(people.query_one("#people-status", Static).render())
        assert "duplicates" not in status
        assert [str(table.get_row_at(0)[0])] == ["Nguyễn Đình Khang"]


@pytest.mark.parametrize("size", [(140, 40), (80, 24)])
async def test_the_merge_picker_shows_one_line_a_person(
    tui_app: MinuteBookApp, size: tuple[int, int]
) -> None:
    title = "Phó Chủ tịch Thường trực Ban Chấp hành Công đoàn Viên chức Việt Nam, nhiệm kỳ 2023"
    names = (  # long names: with the title, more than a line
        "Nguyễn Thị Hoàng Phương Thảo",
        "Nguyen Thi Hoang Phuong Thao",
        "Nguyễn Thị Hoàng Phương Thao",
    )
    for day, name in enumerate(names, 1):
        people = [{"name": name, "title": title}]
        tui_app.book.add(a_meeting(date=f"2024-03-0{day}", participants=people))
    thao = tui_app.book.person_named(names[0])
    assert thao is not None
    async with tui_app.run_test(size=size) as pilot:
        await tui_app.push_screen(PersonScreen(thao))
        await settle(tui_app, pilot)
        await pilot.press("m")
        await until(pilot, lambda: isinstance(tui_app.screen, DirectoryChooser), what="it")
        await settle(tui_app, pilot)
        options = tui_app.screen.query_one(OptionList)
        assert options.option_count == 2
        width = options.scrollable_content_region.width - 2
        for index in range(options.option_count):
            prompt = options.get_option_at_index(index).prompt
            assert isinstance(prompt, Text)
            assert prompt.cell_len <= width and str(prompt).endswith("…")
        assert options.virtual_size.height == options.option_count  # no line wrapped


# Copy as Markdown: honest about the clipboard, and a file instead ------------------------------


async def test_copy_says_it_may_not_arrive_and_w_writes_the_markdown_to_a_file(
    tui_app: MinuteBookApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    number = meeting_id(tui_app, "seed-000-ky-ket-quy-che-dukdn-tld-2022")
    markdown = store.record_markdown(tui_app.book.meeting(number), markdown_labels())
    async with tui_app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(tui_app, pilot)
        tui_app.open_meeting(number)
        await until(pilot, lambda: isinstance(tui_app.screen, MeetingScreen), what="it")
        await settle(tui_app, pilot)
        await pilot.press("c")
        await settle(tui_app, pilot)
        assert tui_app.clipboard == markdown
        said = toasts(tui_app)[-1]
        assert "Copied" not in said and "Not every terminal accepts it" in said
        assert "press w to write it to a file" in said
        await pilot.press("w")
        await until(pilot, lambda: isinstance(tui_app.screen, WriteFileDialog), what="dialog")
        path = tui_app.screen.query_one("#write-path", Input)
        assert path.value == str(tmp_path / f"meeting-{number}.md")  # in the home folder
        # A folder that is not there: said in the dialog, which stays.
        path.value = str(tmp_path / "nowhere" / "m.md")
        await pilot.press("enter")
        said_there = tui_app.screen.query_one("#write-said", Static)
        await until(pilot, lambda: "does not exist" in str(said_there.render()), what="refusal")
        path.value = str(tmp_path / f"meeting-{number}.md")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(tui_app.screen, MeetingScreen), what="written")
        written = tmp_path / f"meeting-{number}.md"
        assert written.read_text(encoding="utf-8") == markdown
        assert f"Written to {written}" in toasts(tui_app)
        # Again: the file is there, so it is replaced only when asked twice.
        written.write_text("older", encoding="utf-8")
        await pilot.press("w")
        await until(pilot, lambda: isinstance(tui_app.screen, WriteFileDialog), what="dialog")
        await pilot.press("enter")
        await settle(tui_app, pilot)
        said_there = tui_app.screen.query_one("#write-said", Static)
        assert "exists: Write again to replace it" in str(said_there.render())
        assert written.read_text(encoding="utf-8") == "older"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(tui_app.screen, MeetingScreen), what="replaced")
        assert written.read_text(encoding="utf-8") == markdown
