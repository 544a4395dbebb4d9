"""Under Vietnamese the screens say nothing in English: every screen walked, its text read.

A fresh interpreter (as `minutebook --lang vi` is) chooses Vietnamese before any screen module is
imported, because key labels are translated when their modules load. It walks every screen of the
program with Pilot on the sample book (home, search, preview, a meeting, its history, the edit
form, the new-from-report dialog, the people directory, a person, the decisions, the trash, help,
the command palette with a query that finds commands, one that finds none, and Textual's theme
picker) and prints, for each step, the text on the terminal: what a person reads, the screens
underneath a dialog included. Each step is then one test: no word of `ENGLISH` may be in it.

What is left out of the check is data or code, never words: the book's own content (the sample
book is Vietnamese), key names (`ctrl+s`, `esc`), the dotted binding ids the help screen lists
for keymap.toml (`browse.search`) and file names (`keymap.toml`).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import store
import store.db
import store.importer
from tests.helpers import ROOT, SAMPLE

# One worker runs every test here: the screens are walked once (about 8 s).
pytestmark = pytest.mark.xdist_group("no-english-walk")

SIZE = (160, 45)

WORD = re.compile(r"[^\W\d_]+")

# Words that are English and not Vietnamese, nor key names, nor words of the sample book (`to`,
# `in`, `than` are left out: Vietnamese writes them too, as in "Phóng to"). Function words first,
# then every word the tester saw and the words of Textual's own widgets (bindings, system
# commands, palette), then the minute book's English labels.
ENGLISH = frozenset(
    WORD.findall("""
    the and of for with from by on at is are was be not no yes or this that it its you your
    all any every more less only then when where what which who how why here there
    meeting meetings minutes people person decision decisions document documents notes title
    open close closed done dropped draft final approved locked save saved cancel delete deleted
    edit new back search searching filter sort found matches match matched keys key help quit
    theme themes screenshot maximize minimize palette command commands up down first last page
    next previous top bottom select toggle copy paste cut undo redo scroll left right home end
    trash history restore version versions refresh rename merge duplicates report read
    date time place kind source status role name organisers chair attendee speaker secretary
    representative absent responsible due overdue attended spoke loading empty show hide
    """)
)

# Not words to check: key names as the footer and help show them, the help screen's binding ids
# (`browse.search`, for keymap.toml) and file names.
KEY_NAMES = re.compile(r"\b(?:ctrl|shift|alt|esc|escape|enter|tab|del|delete|home|end|pgup|pgdn)"
                       r"(?:\+\w+)?\b", re.IGNORECASE)  # fmt: skip
DOTTED = re.compile(r"\b\w+(?:\.\w+)+\b")


def english_words(text: str) -> list[str]:
    """The words of `text` that are English, in the order they come."""
    kept = DOTTED.sub(" ", KEY_NAMES.sub(" ", text))
    return [word for word in WORD.findall(kept) if word.lower() in ENGLISH]


# The walk, run in a fresh interpreter ----------------------------------------------------------

WALK = """
import asyncio, json, sys
from store.i18n import set_language
set_language("vi")
from tests.tui.test_tui_no_english import walk
print(json.dumps(asyncio.run(walk(sys.argv[1], sys.argv[2])), ensure_ascii=False))
"""


def screen_text(app: Any) -> str:
    """The terminal's text as a person reads it: the screen, and those a dialog is over."""
    import io

    from rich.console import Console

    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True,
                      force_terminal=True, legacy_windows=False, safe_box=False)  # fmt: skip
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return console.export_text()


def nothing_found(app: Any) -> bool:
    """The palette says it found nothing (Textual's one disabled option, after half a second)."""
    from textual.command import CommandList

    options = app.screen.query_one(CommandList)
    return bool(options.option_count) and options.get_option_at_index(0).id == "--no-matches"


async def walk(db: str, config: str) -> dict[str, str]:
    """Every screen, in Vietnamese: the step's name → the text on the terminal."""
    from textual.command import CommandPalette
    from textual.widgets import Input

    from tests.helpers import searched, settle, until
    from tui.app import make_app
    from tui.screens.edit import EditScreen
    from tui.screens.help import HelpScreen

    app = make_app(db, lang="vi", settings_folder=Path(config))
    shown: dict[str, str] = {}

    async def step(name: str, ready: Any = None) -> None:
        if ready is not None:
            await until(pilot, ready, what=name)
        await settle(app, pilot)
        for field in app.screen.query(Input):
            field.cursor_blink = False
        shown[name] = screen_text(app)

    async def back_home() -> None:
        while len(app.screen_stack) > 2:  # Textual's default screen, then the home list
            app.pop_screen()
        await settle(app, pilot)

    book = app.book
    meeting = book.resolve("seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024")
    gone = book.resolve("seed-000-ky-ket-quy-che-dukdn-tld-2022")
    async with app.run_test(size=SIZE) as pilot:
        await searched(app, pilot, "")
        await step("home list and preview")
        await pilot.press("slash", *"khang")
        await searched(app, pilot, "khang")
        await step("search")
        await pilot.press("escape")
        await back_home()

        app.open_meeting(meeting)
        await step("meeting", lambda: getattr(app.screen, "record", None) is not None)
        await pilot.press("h")
        await step("history", lambda: type(app.screen).__name__ == "HistoryScreen")
        await back_home()

        app.edit_meeting(meeting)
        form_ready = lambda: isinstance(app.screen, EditScreen) and app.screen._version  # noqa: E731
        await step("edit form", form_ready)
        app.action_help()  # `?` would be typed into the title
        await step("help on the edit form", lambda: isinstance(app.screen, HelpScreen))
        app.pop_screen()
        app.screen.query_one("#title", Input).value = ""
        await pilot.press("ctrl+s")
        await step("edit form with a validation error")
        await pilot.press("escape", "y")
        await back_home()

        app.new_from_report()
        await step("new from report")
        await back_home()

        app.open_people()
        await step("people directory", lambda: getattr(app.screen, "shown_filter", None) == "")
        app.open_person(book.find_person("Nguyễn Đình Khang"))
        await step("person", lambda: getattr(app.screen, "name_shown", None))
        await back_home()

        app.open_decisions()
        await step("decisions", lambda: getattr(app.screen, "shown_filter", None) == "")
        await back_home()

        app.delete_meeting(gone)
        app.changed()
        app.open_trash()
        await step("trash", lambda: getattr(app.screen, "loaded", False))
        await back_home()

        await pilot.press("question_mark")
        await step("help", lambda: isinstance(app.screen, HelpScreen))
        app.pop_screen()

        await pilot.press("ctrl+p")
        await step("command palette", lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"t")
        await step("command palette, a query typed")
        await pilot.press(*"qqqq")
        await until(pilot, lambda: nothing_found(app), what="the palette finding nothing")
        await step("command palette, nothing found")
        await pilot.press("escape")
        await settle(app, pilot)
        app.action_change_theme()
        await step("theme picker", lambda: isinstance(app.screen, CommandPalette))
        await pilot.press("escape")
    book.close()
    return shown


@pytest.fixture(scope="module")
def walked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("no-english")
    db = str(folder / "book.db")
    book = store.db.open_store(db, create=True)
    store.importer.import_files([str(SAMPLE)], store=book)
    book.close()
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "data"),
           "XDG_STATE_HOME": str(folder / "state"), "LANGUAGE": "", "LANG": "C.UTF-8"}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", WALK, db, str(folder / "config")],
        cwd=ROOT, capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown: dict[str, str] = json.loads(result.stdout.splitlines()[-1])
    return shown


STEPS = [
    "home list and preview",
    "search",
    "meeting",
    "history",
    "edit form",
    "help on the edit form",
    "edit form with a validation error",
    "new from report",
    "people directory",
    "person",
    "decisions",
    "trash",
    "help",
    "command palette",
    "command palette, a query typed",
    "command palette, nothing found",
    "theme picker",
]


@pytest.mark.parametrize("step", STEPS)
def test_no_english_under_vietnamese(walked: dict[str, str], step: str) -> None:
    text = walked[step]
    found = english_words(text)
    assert not found, f"English on {step!r}: {sorted(set(found))}\n{text}"


def test_the_check_sees_english() -> None:
    """The check itself: it finds what the tester found and lets key names and ids pass."""
    assert english_words("^p palette  ctrl+s Lưu  esc Quay lại") == ["palette"]
    assert english_words("No matches found") == ["No", "matches", "found"]
    assert english_words("browse.search  keymap.toml  enter  Tìm") == []
