"""The app on a read-only book, as a read-only browser session runs it (Textual Pilot, the real
store): the keys that write are in no footer, help or palette and do nothing when pressed; the
app says it is read-only; what still reaches the store (Enter in the trash) is refused there.
The same book opened for writing shows and runs those keys, so the checks can fail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.table import Table
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Static
from textual.widgets._footer import FooterKey

import store
from tests.helpers import SAMPLE, searched, settle, until
from tui.app import WRITING_KEYS, MinuteBookApp
from tui.screens.browse import BrowseScreen
from tui.screens.help import HelpScreen
from tui.screens.meeting import MeetingScreen
from tui.screens.trash import TrashScreen

pytestmark = pytest.mark.sqlite_only  # about the app, not the backend: the store's test has both
SIZE = (140, 40)
REASON = "this browser session is read-only (the server was not started with --allow-edit)"


@pytest.fixture
def book_path(db: str) -> str:
    """The sample book with one meeting in the trash."""
    with store.open_book(db) as book:
        book.import_files([str(SAMPLE)])
        book.delete(2)
    return db


def app_on(db: str, tmp_path: Path, *, read_only: bool) -> MinuteBookApp:
    book = store.open_book(db, read_only=REASON if read_only else False)
    return MinuteBookApp(book, settings_folder=tmp_path / "config")


@pytest.fixture
def reading(book_path: str, tmp_path: Path) -> Iterator[MinuteBookApp]:
    app = app_on(book_path, tmp_path, read_only=True)
    yield app
    app.book.close()


@pytest.fixture
def writing(book_path: str, tmp_path: Path) -> Iterator[MinuteBookApp]:
    app = app_on(book_path, tmp_path, read_only=False)
    yield app
    app.book.close()


def footer(app: MinuteBookApp) -> set[str]:
    return {key.action for key in app.screen.query(FooterKey)}


def offered_ids(app: MinuteBookApp) -> set[str]:
    """The binding ids of the keys the current screen offers (footer, `?` and palette all list
    `active_bindings`)."""
    return {
        active.binding.id for active in app.screen.active_bindings.values() if active.binding.id
    }


async def help_ids(app: MinuteBookApp, pilot: Pilot[None]) -> set[str]:
    """The ids `?` lists (the third column of its table)."""
    await pilot.press("question_mark")
    await until(pilot, lambda: isinstance(app.screen, HelpScreen), what="the keys")
    tables = [s.content for s in app.screen.query(Static) if isinstance(s.content, Table)]
    ids = {str(cell) for table in tables for cell in table.columns[2].cells}
    await pilot.press("escape")
    return ids


async def palette_names(app: MinuteBookApp, pilot: Pilot[None]) -> list[str]:
    """Every command the palette lists before anything is typed."""
    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(app.screen, CommandPalette), what="the palette")
    commands = app.screen.query_one(CommandList)
    await until(pilot, lambda: commands.option_count > 5, what="the commands listed")
    names = [
        str(commands.get_option_at_index(i).prompt).split("\n")[0]
        for i in range(commands.option_count)
    ]
    await pilot.press("escape")
    return names


async def test_a_read_only_book_offers_no_key_that_writes(reading: MinuteBookApp) -> None:
    async with reading.run_test(size=SIZE) as pilot:
        await searched(reading, pilot, "")
        assert reading.sub_title == "read-only"
        assert [n.message for n in reading._notifications] == [REASON]
        assert "browse.search" in offered_ids(reading)
        assert not offered_ids(reading) & WRITING_KEYS
        assert not footer(reading) & {"new", "delete", "undo_delete", "new_from"}
        assert "browse.search" in await help_ids(reading, pilot)
        assert not (await help_ids(reading, pilot)) & WRITING_KEYS
        names = await palette_names(reading, pilot)
        assert "People" in names and "New" not in names and "New from report" not in names
        for key in ("n", "N", "R", "delete", "u"):  # none of them does anything
            await pilot.press(key)
            await settle(reading, pilot)
            assert isinstance(reading.screen, BrowseScreen), key

        await pilot.press("enter")
        await until(pilot, lambda: isinstance(reading.screen, MeetingScreen), what="a meeting")
        await settle(reading, pilot)
        assert "history" in footer(reading) and not footer(reading) & {"edit", "delete"}
        for key in ("e", "r", "delete"):
            await pilot.press(key)
            await settle(reading, pilot)
            assert isinstance(reading.screen, MeetingScreen), key


async def test_what_still_asks_the_store_to_write_is_refused_there(reading: MinuteBookApp) -> None:
    async with reading.run_test(size=SIZE) as pilot:
        await searched(reading, pilot, "")
        await pilot.press("t")
        screen = reading.screen
        assert isinstance(screen, TrashScreen)
        await until(pilot, lambda: screen.loaded, what="the trash read")
        assert not footer(reading) & {"restore", "empty"}
        await pilot.press("enter")  # the row, not a key of ours: it asks the store to restore
        refusal = f"the book can be read but not written: {REASON}"
        await until(pilot, lambda: refusal in [str(n.message) for n in reading._notifications])
        assert isinstance(reading.screen, TrashScreen)
    assert [entry.meeting_id for entry in reading.book.trash()] == [2]


async def test_a_writable_book_offers_them(writing: MinuteBookApp) -> None:
    async with writing.run_test(size=SIZE) as pilot:
        await searched(writing, pilot, "")
        assert writing.sub_title == "" and not writing._notifications
        assert {"browse.new", "browse.delete"} <= offered_ids(writing)
        assert {"new", "delete"} <= footer(writing)
        assert "browse.new" in await help_ids(writing, pilot)
        assert "New" in await palette_names(writing, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(writing.screen, MeetingScreen), what="a meeting")
        await settle(writing, pilot)
        assert "edit" in footer(writing)
        await pilot.press("e")
        await until(pilot, lambda: not isinstance(writing.screen, MeetingScreen), what="the form")
