"""The command palette (ctrl+p) finds commands with the book's one matcher (issue 14).

Typed as a secretary types, with or without marks: under `--lang vi`, `bai bao` finds "Tạo từ bài
báo" and choosing it opens the report dialog; a command's English name finds it too; a word that
is in no command's name offers nothing. Keys are pressed one by one into the real palette of the
real app on the sample book (Textual Pilot).
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.command import CommandInput, CommandList, CommandPalette
from textual.content import Content
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from tests.helpers import settle, until
from tui.app import MinuteBookApp
from tui.screens.decisions import DecisionsScreen
from tui.screens.from_report import ReportDialog
from tui.screens.help import HelpScreen
from tui.screens.overview import OverviewScreen
from tui.screens.people import PeopleScreen
from tui.screens.trash import TrashScreen

SIZE = (120, 40)


def palette(app: MinuteBookApp) -> CommandPalette:
    screen = app.screen
    assert isinstance(screen, CommandPalette)
    return screen


def offered(app: MinuteBookApp) -> list[str]:
    """The names of the commands the palette lists (each option: the name, then its help)."""
    commands = palette(app).query_one(CommandList)
    options = [commands.get_option_at_index(i) for i in range(commands.option_count)]
    return [str(option.prompt).split("\n")[0] for option in options if not option.disabled]


def nothing_found(app: MinuteBookApp) -> bool:
    """The palette's own "No matches found" is shown: the search is over and found nothing."""
    commands = palette(app).query_one(CommandList)
    return any(
        commands.get_option_at_index(i).id == "--no-matches" for i in range(commands.option_count)
    )


async def type_in_palette(app: MinuteBookApp, pilot: Pilot[Any], text: str) -> None:
    """ctrl+p, then `text` key by key."""
    await settle(app, pilot)
    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(app.screen, CommandPalette), what="the palette")
    await pilot.press(*("space" if character == " " else character for character in text))
    assert palette(app).query_one(CommandInput).value == text


async def offers(app: MinuteBookApp, pilot: Pilot[Any], text: str, name: str) -> list[str]:
    """Type `text` and wait until `name` is offered; all that is offered, best first."""
    await type_in_palette(app, pilot, text)
    await until(pilot, lambda: name in offered(app), what=f"{name!r} offered for {text!r}")
    await settle(app, pilot)
    return offered(app)


@pytest.mark.parametrize("typed", ["bai bao", "tao tu bai", "bài báo", "BAI BAO"])
async def test_new_from_report_is_found_with_or_without_marks(
    vi_app: MinuteBookApp, typed: str
) -> None:
    async with vi_app.run_test(size=SIZE) as pilot:
        assert await offers(vi_app, pilot, typed, "Tạo từ bài báo") == ["Tạo từ bài báo"]
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(vi_app.screen, ReportDialog), what="the dialog")


async def test_the_words_typed_are_highlighted_in_the_name(vi_app: MinuteBookApp) -> None:
    async with vi_app.run_test(size=SIZE) as pilot:
        await offers(vi_app, pilot, "bai bao", "Tạo từ bài báo")
        first = palette(vi_app).query_one(CommandList).get_option_at_index(0)
        prompt = first.prompt
        assert isinstance(prompt, Content)  # built from spans, not from markup
        name = str(prompt).split("\n")[0]
        marked = [name[span.start : span.end] for span in prompt.spans]
        assert "bài" in marked and "báo" in marked
        assert "Tạo" not in marked


@pytest.mark.parametrize(
    ("typed", "name", "opens"),
    [
        ("danh ba", "Danh bạ", PeopleScreen),
        ("thung rac", "Thùng rác", TrashScreen),
        ("ket luan", "Quyết định, kết luận", DecisionsScreen),
        ("tong quan", "Tổng quan", OverviewScreen),  # a key from home only, listed there
    ],
)
async def test_vietnamese_commands_without_marks_run(
    vi_app: MinuteBookApp, typed: str, name: str, opens: type[Screen[Any]]
) -> None:
    async with vi_app.run_test(size=SIZE) as pilot:
        assert (await offers(vi_app, pilot, typed, name))[0] == name
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(vi_app.screen, opens), what=opens.__name__)


async def test_the_english_name_finds_the_command_in_vietnamese_too(
    vi_app: MinuteBookApp,
) -> None:
    # The README's "ctrl+p → New from report", followed under --lang vi.
    async with vi_app.run_test(size=SIZE) as pilot:
        assert await offers(vi_app, pilot, "new from report", "Tạo từ bài báo") == [
            "Tạo từ bài báo"
        ]
        help_line = str(palette(vi_app).query_one(CommandList).get_option_at_index(0).prompt)
        assert "New from report" in help_line  # why a Vietnamese name was offered
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(vi_app.screen, ReportDialog), what="the dialog")


async def test_textuals_own_commands_speak_vietnamese(vi_app: MinuteBookApp) -> None:
    async with vi_app.run_test(size=SIZE) as pilot:
        assert "Giao diện" in await offers(vi_app, pilot, "giao dien", "Giao diện")
        assert palette(vi_app).query_one(CommandInput).placeholder == "Tìm lệnh…"
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(vi_app.screen, CommandPalette))
        # Quit is said once, not as Textual's "Quit" beside the app's "Thoát".
        everything = await offers(vi_app, pilot, "t", "Thoát")
        assert everything.count("Thoát") == 1 and "Quit" not in everything


@pytest.mark.parametrize("typed", ["bien ban", "xyz", "%"])
async def test_a_word_in_no_command_offers_nothing(vi_app: MinuteBookApp, typed: str) -> None:
    async with vi_app.run_test(size=SIZE) as pilot:
        await type_in_palette(vi_app, pilot, typed)
        await until(pilot, lambda: nothing_found(vi_app), what="no matches")
        assert offered(vi_app) == []


async def test_english_names_in_english(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        assert await offers(tui_app, pilot, "new rep", "New from report") == ["New from report"]
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(tui_app.screen, CommandPalette))
        # Vietnamese names are not the English interface's.
        await type_in_palette(tui_app, pilot, "bai bao")
        await until(pilot, lambda: nothing_found(tui_app), what="no matches")
        assert offered(tui_app) == []


async def test_the_overview_is_a_command_and_a_key_listed_from_home(tui_app: MinuteBookApp) -> None:
    # The README's "o from home, or ctrl+p → Overview": the palette and the key list are on
    # top when they ask which keys home has, and `o` is one of them.
    async with tui_app.run_test(size=SIZE) as pilot:
        assert "Overview" in await offers(tui_app, pilot, "overview", "Overview")
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(tui_app.screen, CommandPalette))
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(tui_app.screen, HelpScreen), what="the keys")
        from tests.tui.test_tui_history import plain

        listed = plain(tui_app.screen.query(Static)[1].content)
        assert "Overview" in listed and "app.overview" in listed
        await pilot.press("o")  # a key of home, not of the list over it
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, HelpScreen)
