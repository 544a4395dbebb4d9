"""Every screen as a picture at 80×24 (a common terminal) and at 160×45, each with assertions.

80×24 is first-class: the titles of the home list get the room (the preview gives way below 100
columns; columns drop place, then people, then chairs), dialogs keep their inputs visible, the
form's lines fit, and the footer shows whole keys, `?` last. Review a changed picture in the
report pytest prints before accepting it with `--snapshot-update`.

What changes from run to run is pinned: who saves (MINUTEBOOK_USER), when a version was saved
or a meeting deleted (`when_saved`), and today (the decisions' overdue marks).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import pytest

from tests.helpers import meeting_id
from tests.tui.test_snapshots import home_shows, settle
from tui.app import MinuteBookApp
from tui.widgets.meeting_list import MeetingList

SIZES = {"80x24": (80, 24), "160x45": (160, 45)}
KHANG_2024 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"
Steps = Callable[[Any], Awaitable[None]]


@pytest.fixture(autouse=True)
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    """Who saves and when, the same in every run (autouse: before the sample is imported)."""
    monkeypatch.setenv("MINUTEBOOK_USER", "Thư ký")
    monkeypatch.setattr("tui.screens.history.when_saved", lambda moment: "01/06/2024 09:00")
    monkeypatch.setattr("tui.screens.trash.when_saved", lambda moment: "01/06/2024 09:00")


async def home(pilot: Any) -> None:
    await settle(pilot, home_shows(pilot.app, ""), "every meeting")


async def search_results(pilot: Any) -> None:
    await home(pilot)
    await pilot.press("slash", *"khang", "escape")
    await settle(pilot, home_shows(pilot.app, "khang"), "the meetings of khang")
    assert len(pilot.app.screen.query_one(MeetingList).ids) == 3


async def preview_of_a_search(pilot: Any) -> None:
    """The preview says where the highlighted meeting matched (hidden below 100 columns)."""
    await search_results(pilot)
    await pilot.press("down")
    await settle(pilot, home_shows(pilot.app, "khang"), "the second meeting's preview")


async def meeting(pilot: Any) -> None:
    from tui.screens.meeting import MeetingScreen

    await home(pilot)
    screen = MeetingScreen(meeting_id(pilot.app, KHANG_2024))
    await pilot.app.push_screen(screen)
    await settle(pilot, lambda: screen.record is not None, "the meeting's record")


async def edit_form(pilot: Any) -> None:
    from tui.screens.edit import EditScreen

    await meeting(pilot)
    await pilot.press("e")
    await settle(
        pilot,
        lambda: isinstance(pilot.app.screen, EditScreen) and pilot.app.screen._baseline,
        "the form, filled",
    )


async def edit_form_people(pilot: Any) -> None:
    """The people and the decisions: a role is a choice shown in the row, with its key."""
    await edit_form(pilot)
    await pilot.press("ctrl+t", "shift+tab")  # the title held, in the last person's row
    await settle(pilot, lambda: True, "the row focused")
    assert "ctrl+o" in {binding.key for binding in _footer_keys(pilot.app)}


async def report_dialog(pilot: Any) -> None:
    from textual.widgets import TextArea

    from tui.screens.from_report import ReportDialog

    await home(pilot)
    await pilot.press("R")
    await settle(pilot, lambda: isinstance(pilot.app.screen, ReportDialog), "the dialog")
    paste = pilot.app.screen.query_one("#report-text", TextArea)
    assert paste.content_region.height >= 3  # room to see what was pasted


async def people(pilot: Any) -> None:
    from tui.screens.people import PeopleScreen

    await home(pilot)
    await pilot.press("p")
    await settle(
        pilot,
        lambda: isinstance(pilot.app.screen, PeopleScreen)
        and pilot.app.screen.shown_filter is not None,
        "the directory",
    )


async def person(pilot: Any) -> None:
    from tui.screens.person import PersonScreen

    await people(pilot)
    await pilot.press("enter")
    await settle(pilot, lambda: isinstance(pilot.app.screen, PersonScreen), "a person's page")


async def decisions(pilot: Any) -> None:
    from tui.screens.decisions import DecisionsScreen

    await home(pilot)
    screen = DecisionsScreen(today=date(2024, 6, 1))
    await pilot.app.push_screen(screen)
    await settle(pilot, lambda: screen.shown_filter == "", "the open decisions")


async def history(pilot: Any) -> None:
    from tui.screens.history import HistoryScreen

    await meeting(pilot)
    await pilot.press("h")
    await settle(pilot, lambda: isinstance(pilot.app.screen, HistoryScreen), "the history")


async def trash(pilot: Any) -> None:
    from tui.screens.dialogs import ConfirmDialog
    from tui.screens.trash import TrashScreen

    await home(pilot)
    await pilot.press("delete")
    await settle(pilot, lambda: isinstance(pilot.app.screen, ConfirmDialog), "the question")
    await pilot.click("#yes")
    await settle(pilot, lambda: len(pilot.app.book.trash()) == 1, "the meeting in the trash")
    await pilot.press("t")
    await settle(pilot, lambda: isinstance(pilot.app.screen, TrashScreen), "the trash")


async def help_keys(pilot: Any) -> None:
    from tui.screens.help import HelpScreen

    await home(pilot)
    await pilot.press("question_mark")
    await settle(pilot, lambda: isinstance(pilot.app.screen, HelpScreen), "the keys")


async def palette(pilot: Any) -> None:
    from textual.command import CommandPalette

    await home(pilot)
    await pilot.press("ctrl+p")
    await settle(pilot, lambda: isinstance(pilot.app.screen, CommandPalette), "the palette")
    await pilot.press(*"report")
    await pilot.pause(0.3)  # the palette's providers search as a timer fires
    await settle(pilot, lambda: True, "the commands found")


def _footer_keys(app: MinuteBookApp) -> list[Any]:
    from textual.widgets._footer import FooterKey

    return list(app.screen.query(FooterKey))


SCREENS: dict[str, Steps] = {
    "home": home,
    "search_results": search_results,
    "preview": preview_of_a_search,
    "meeting": meeting,
    "edit_form": edit_form,
    "edit_form_people": edit_form_people,
    "report_dialog": report_dialog,
    "people": people,
    "person": person,
    "decisions": decisions,
    "history": history,
    "trash": trash,
    "help": help_keys,
    "palette": palette,
}


# Twenty-eight pictures of the same sample book: the screens on PostgreSQL are the other TUI tests'.
@pytest.mark.same_on_every_backend
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", SCREENS)
def test_every_screen(snap_compare: Any, tui_app: MinuteBookApp, screen: str, size: str) -> None:
    width, height = SIZES[size]

    async def show(pilot: Any) -> None:
        await SCREENS[screen](pilot)
        footer = _footer_keys(pilot.app)
        # Whole keys only: together they fit beside the palette's key.
        assert sum(key.size.width for key in footer) <= width
        if pilot.app.screen.query("KeyFooter") and screen not in ("report_dialog",):
            assert any(key.action == "help" for key in footer), "? or f1 is always shown"

    assert snap_compare(tui_app, terminal_size=(width, height), run_before=show)
