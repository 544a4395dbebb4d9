"""A meeting's history, from the meeting screen (`h`): the versions, their changes, going back.

Driven by Textual's Pilot on the sample book; the edits are made through the app's `store.Book`,
as another window or the CLI would make them, and the checks read the book back.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

import store
from tests.helpers import meeting_id, record_of, settle, until
from tui.app import MinuteBookApp
from tui.i18n import CATALOGS
from tui.screens.dialogs import ConfirmDialog
from tui.screens.history import ACTIONS, FIELDS, HistoryScreen, diff_lines
from tui.screens.meeting import MeetingScreen

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py

SIZE = (140, 40)
NQ02 = "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"
SPEAKER = "Ngọ Duy Hiểu (speaker) — Phó Chủ tịch Tổng LĐLĐ Việt Nam"


def plain(renderable: Any, width: int = 120) -> str:
    """What a renderable shows, as plain text."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()


def shown_changes(screen: HistoryScreen) -> str:
    return plain(screen.query_one("#version-diff", Static).content)


def edit_twice(app: MinuteBookApp) -> tuple[int, store.MeetingRecord]:
    """Two saves of NQ02 (a title, then a title and a speaker less); its number and version 1."""
    book = app.book
    number = meeting_id(app, NQ02)
    first = book.meeting(number)
    book.save(number, first.model_copy(update={"title": "Buổi làm việc [bold]v2[/]"}),
              expected_version=first.version)  # fmt: skip
    second = book.meeting(number)
    people = [p for p in second.participants if p.name != "Ngọ Duy Hiểu"]
    third = second.model_copy(update={"title": "Buổi làm việc v3", "participants": people})
    book.save(number, third, expected_version=second.version)
    return number, first


async def open_history(app: MinuteBookApp, pilot: Pilot[None], number: int) -> HistoryScreen:
    """The meeting screen, then `h`: the history, read."""
    await settle(app, pilot)
    meeting = MeetingScreen(number)
    app.push_screen(meeting)
    await until(pilot, lambda: meeting.record is not None, what="the meeting")
    await pilot.press("h")
    screen = app.screen
    assert isinstance(screen, HistoryScreen)
    await until(pilot, lambda: bool(screen.versions), what="the history")
    await settle(app, pilot)
    return screen


def rows(screen: HistoryScreen) -> list[list[str]]:
    table = screen.query_one("#versions", DataTable)
    return [[str(value) for value in table.get_row_at(i)] for i in range(table.row_count)]


async def test_the_versions_and_what_each_changed(tui_app: MinuteBookApp) -> None:
    number, _first = edit_twice(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_history(tui_app, pilot, number)
        shown = rows(screen)
        assert [(row[0], row[3]) for row in shown] == [
            ("1", "imported"), ("2", "edited"), ("3", "edited"),
        ]  # fmt: skip
        assert all(row[2] for row in shown)  # who saved it
        assert "History of meeting #" in str(screen.query_one("#history-title", Static).content)
        # The latest version is highlighted: its title and the speaker removed.
        changes = shown_changes(screen)
        assert "Version 3 · edited" in changes
        assert "Title: Buổi làm việc [bold]v2[/] → Buổi làm việc v3" in changes  # literal
        assert f"− {SPEAKER}" in changes
        assert "+ " not in changes
        assert "Bùi Thị Minh Hoài (chair)" in changes  # the unchanged items, for reading
        await pilot.press("up")
        await settle(tui_app, pilot)
        assert "Version 2 · edited" in shown_changes(screen)
        assert "People at the meeting" not in shown_changes(screen)
        await pilot.press("up")
        await settle(tui_app, pilot)
        assert "nothing before it to compare" in shown_changes(screen)


async def test_restore_version_1_makes_a_new_version(tui_app: MinuteBookApp) -> None:
    number, first = edit_twice(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_history(tui_app, pilot, number)
        meeting = tui_app.screen_stack[-2]
        assert isinstance(meeting, MeetingScreen)
        await pilot.press("up", "up", "r")
        assert isinstance(tui_app.screen, ConfirmDialog)
        assert tui_app.screen.focused is tui_app.screen.query_one("#no")  # Keep, not Restore
        await pilot.press("n")  # no: nothing changes
        await settle(tui_app, pilot)
        assert record_of(tui_app, number).title == "Buổi làm việc v3"
        await pilot.press("r", "y")
        await until(pilot, lambda: len(screen.versions) == 4, what="the new version listed")
        await settle(tui_app, pilot)
        restored = record_of(tui_app, number)
        assert restored.title == first.title
        assert [p.name for p in restored.participants] == [p.name for p in first.participants]
        assert restored.version == 4
        history = tui_app.book.history(number)
        assert [v.action for v in history] == ["imported", "edited", "edited", "reverted"]
        assert rows(screen)[-1][3:] == ["earlier version restored", "to version 1"]
        assert f"+ {SPEAKER}" in shown_changes(screen)
        messages = [str(n.message) for n in tui_app._notifications]
        assert "Version 1 restored as version 4." in messages
        # The meeting screen underneath followed the change.
        await pilot.press("escape")
        await until(pilot, lambda: meeting.record is not None and meeting.record.version == 4)
        facts = str(meeting.query_one("#meeting-facts", Static).content)
        assert facts.startswith(f"#{number}  {first.title}")


async def test_a_change_made_meanwhile_is_a_conflict_in_one_line(tui_app: MinuteBookApp) -> None:
    number, _first = edit_twice(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_history(tui_app, pilot, number)
        # Another window saves while the history is shown (the app is not told).
        latest = tui_app.book.meeting(number)
        tui_app.book.save(number, latest.model_copy(update={"title": "Sửa ở nơi khác"}),
                          expected_version=latest.version)  # fmt: skip
        await pilot.press("up", "up", "r", "y")
        await until(pilot, lambda: len(screen.versions) == 4, what="the history read again")
        errors = [n for n in tui_app._notifications if n.severity == "error"]
        assert len(errors) == 1
        message = str(errors[0].message)
        assert "\n" not in message
        assert message == (
            f"Not restored: meeting #{number} changed meanwhile (now version 4); "
            "its history is read again."
        )
        assert record_of(tui_app, number).title == "Sửa ở nơi khác"  # nothing overwritten
        assert [v.action for v in tui_app.book.history(number)][-1] == "edited"


async def test_the_current_version_is_not_restored(tui_app: MinuteBookApp) -> None:
    number, _first = edit_twice(tui_app)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_history(tui_app, pilot, number)
        await pilot.press("r")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen  # no question asked
        messages = [str(n.message) for n in tui_app._notifications]
        assert "This is the current version: there is nothing to restore." in messages
        assert len(tui_app.book.history(number)) == 3


async def test_the_history_key_is_in_help_and_the_footer(tui_app: MinuteBookApp) -> None:
    from tui.screens.help import HelpScreen

    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        meeting = MeetingScreen(meeting_id(tui_app, NQ02))
        tui_app.push_screen(meeting)
        await until(pilot, lambda: meeting.record is not None)
        keys = {b.binding.id: key for key, b in meeting.active_bindings.items()}
        assert keys["meeting.history"] == "h"
        assert meeting.active_bindings["h"].binding.show
        await pilot.press("question_mark")
        assert isinstance(tui_app.screen, HelpScreen)
        listed = plain(tui_app.screen.query(Static)[1].content)
        assert "History" in listed and "meeting.history" in listed


def test_list_changes_are_marked_line_by_line() -> None:
    before = "\n".join(f"Người {n}" for n in range(30))
    after = before.replace("Người 10\n", "").replace("Người 20", "Người hai mươi")
    lines = diff_lines(before, after)
    assert ("−", "Người 10") in lines
    assert lines[lines.index(("−", "Người 20")) + 1] == ("+", "Người hai mươi")
    # A long list shows its changes with two lines around them, the rest left out.
    assert lines[0] == ("…", "") and lines[-1] == ("…", "")
    assert (" ", "Người 5") not in lines and (" ", "Người 9") in lines
    short = diff_lines("A\nB\nC", "A\nC\nD")
    assert short == [(" ", "A"), ("−", "B"), (" ", "C"), ("+", "D")]


def test_every_action_and_field_has_vietnamese() -> None:
    words = [*ACTIONS.values(), *FIELDS.values(), "yes", "no"]
    assert [word for word in words if word not in CATALOGS["vi"]] == []
    # Every action the store records and every field it compares has its words.
    from store.history import ACTIONS as RECORDED
    from store.history import COMPARED

    assert set(ACTIONS) == set(RECORDED)
    assert set(FIELDS) == set(COMPARED)
