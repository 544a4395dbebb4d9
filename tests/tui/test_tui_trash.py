"""The Trash screen (`t` on the home screen): the deleted meetings, restoring, emptying.

Driven by Textual's Pilot on the sample book; meetings are deleted through the app, as the home
screen and the meeting screen delete them, and the checks read the book back.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

import store
from tests.helpers import meeting_id, record_of, searched, settle, until
from tui.app import MinuteBookApp
from tui.screens.browse import BrowseScreen
from tui.screens.dialogs import ConfirmDialog
from tui.screens.meeting import MeetingScreen
from tui.screens.trash import TrashScreen
from tui.widgets.meeting_list import MeetingList

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py

SIZE = (140, 40)
NQ02 = "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"
TB249 = "seed-003-hoi-nghi-quy-che-chinh-phu-tld-tb249-2024"


def plain(renderable: Any, width: int = 120) -> str:
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()


def rows(screen: TrashScreen) -> list[list[str]]:
    table = screen.query_one("#trash-list", DataTable)
    return [[str(value) for value in table.get_row_at(i)] for i in range(table.row_count)]


def palette_matches(app: MinuteBookApp) -> int:
    from textual.command import CommandList

    found = app.screen.query(CommandList)
    return found.first().option_count if found else 0


def messages(app: MinuteBookApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def open_trash(app: MinuteBookApp, pilot: Pilot[None]) -> TrashScreen:
    await searched(app, pilot, "")
    await pilot.press("t")
    screen = app.screen
    assert isinstance(screen, TrashScreen)
    await until(pilot, lambda: screen.loaded, what="the trash read")
    await settle(app, pilot)
    return screen


def delete_two(app: MinuteBookApp) -> tuple[store.MeetingRecord, store.MeetingRecord]:
    """Delete NQ02, then TB249 (the latest deletion); their records as they were."""
    first, second = record_of(app, NQ02), record_of(app, TB249)
    app.delete_meeting(meeting_id(app, NQ02))
    app.delete_meeting(meeting_id(app, TB249))
    return first, second


async def test_lists_the_deleted_meetings_with_a_preview(tui_app: MinuteBookApp) -> None:
    numbers = meeting_id(tui_app, NQ02), meeting_id(tui_app, TB249)
    nq02, tb249 = delete_two(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_trash(tui_app, pilot)
        shown = rows(screen)
        assert [row[0] for row in shown] == [f"#{numbers[1]}", f"#{numbers[0]}"]  # latest first
        assert shown[0][1] == "2024" and shown[1][1] == "2022"  # the record's own dates
        assert shown[0][2].startswith("Hội nghị đánh giá")
        assert all(row[3] and row[4] for row in shown)  # deleted when, by whom
        assert str(screen.query_one("#trash-title", Static).content) == "Trash: 2 meetings"
        preview = plain(screen.query_one("#trash-record", Static).content)
        assert preview.startswith(tb249.title[:40])
        await pilot.press("down")
        await settle(tui_app, pilot)
        preview = plain(screen.query_one("#trash-record", Static).content)
        assert "Bùi Thị Minh Hoài" in preview and nq02.title[:40] in preview
        await pilot.press("escape")
        assert isinstance(tui_app.screen, BrowseScreen)


async def test_enter_restores_the_same_meeting_and_opens_it(tui_app: MinuteBookApp) -> None:
    number = meeting_id(tui_app, NQ02)
    nq02, _tb249 = delete_two(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        await open_trash(tui_app, pilot)
        await pilot.press("down", "enter")
        await until(pilot, lambda: isinstance(tui_app.screen, MeetingScreen))
        opened = tui_app.screen
        assert isinstance(opened, MeetingScreen) and opened.meeting_id == number
        assert record_of(tui_app, number).to_json() == nq02.to_json()  # identical, same number
        assert number not in [entry.meeting_id for entry in tui_app.book.trash()]
        assert number not in [n for n, _record in tui_app.deleted]  # `u` no longer offers it
        # Back home, the list has its cursor on the meeting brought back.
        await pilot.press("escape")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, BrowseScreen)
        assert tui_app.screen.query_one(MeetingList).current_id == number


async def test_r_restores_too(tui_app: MinuteBookApp) -> None:
    number = meeting_id(tui_app, TB249)
    _nq02, tb249 = delete_two(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        await open_trash(tui_app, pilot)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(tui_app.screen, MeetingScreen))
        assert record_of(tui_app, number).to_json() == tb249.to_json()
        assert f"Restored: #{number} {tb249.title}" in messages(tui_app)
        assert len(tui_app.book.trash()) == 1


async def test_emptying_asks_how_many_then_destroys_them(tui_app: MinuteBookApp) -> None:
    delete_two(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_trash(tui_app, pilot)
        await pilot.press("E")
        dialog = tui_app.screen
        assert isinstance(dialog, ConfirmDialog)
        question = str(dialog.query_one(Static).content)
        assert "2 meetings will be destroyed for good" in question
        assert dialog.focused is dialog.query_one("#no")  # Keep has the focus
        await pilot.press("enter")  # Enter keeps them
        await settle(tui_app, pilot)
        assert len(tui_app.book.trash()) == 2
        await pilot.press("E", "y")
        await until(pilot, lambda: screen.entries == [], what="the trash emptied")
        assert tui_app.book.trash() == []
        assert "2 meetings destroyed for good." in messages(tui_app)
        assert str(screen.query_one("#trash-title", Static).content).startswith(
            "The trash is empty"
        )
        await pilot.press("E")
        assert tui_app.screen is screen  # nothing to ask
        assert "The trash is already empty." in messages(tui_app)
        # The session's undo list forgot them: `u` says so instead of failing.
        await pilot.press("escape", "u")
        await settle(tui_app, pilot)
        assert messages(tui_app)[-1] == "Nothing to undo."


async def test_trash_is_in_the_command_palette_and_help(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await searched(tui_app, pilot, "")
        home = tui_app.screen
        assert "Trash" in [command.title for command in tui_app.get_system_commands(home)]
        await pilot.press("ctrl+p", *"Trash")
        await until(pilot, lambda: palette_matches(tui_app) > 0, what="a command found")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(tui_app.screen, TrashScreen), what="the trash")
        ids = {active.binding.id for active in tui_app.screen.active_bindings.values()}
        assert {"trash.back", "trash.restore", "trash.empty"} <= ids


async def test_user_text_in_the_trash_is_literal(tui_app: MinuteBookApp) -> None:
    record = store.validate_record({"title": "[bold]Họp[/] \x1b[2J", "date": "2030"})
    assert isinstance(record, store.MeetingRecord)
    tui_app.delete_meeting(tui_app.book.add(record))
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_trash(tui_app, pilot)
        title = rows(screen)[0][2]
        assert title.startswith("[bold]Họp[/] \\x1b[2J")
        preview = plain(screen.query_one("#trash-record", Static).content)
        assert "[bold]Họp[/]" in preview and "\x1b" not in preview
