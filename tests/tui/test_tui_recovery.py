"""Nothing typed is lost: quitting asks, the form keeps a recovery copy, the next start offers it.

Pilot tests drive the real app (make_app) and assert on the files in the user's data folder
(the test's own, see conftest) as well as on the screens; two tests run the program for real in a
pseudo-terminal and stop it as the world does: `kill -9` mid-typing, and SIGTERM.
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tests.helpers import ROOT, meeting_id, record_of, settle, type_into, until, wait_until
from tui.app import MinuteBookApp, make_app
from tui.recovery import RecoveryOffer, book_key
from tui.screens.conflict import ConflictScreen
from tui.screens.dialogs import ConfirmDialog
from tui.screens.edit import EditScreen

SIZE = (140, 40)
SMALL = "seed-000-ky-ket-quy-che-dukdn-tld-2022"
FAST = 0.1  # seconds after the last key before a copy is written (the program waits 2 s)


def copies(tmp_path: Path) -> list[Path]:
    """The recovery copies in the test's data folder, whatever book they belong to."""
    return sorted((tmp_path / "xdg-data" / "minutebook" / "recovery").glob("*/*.json"))


def question(app: MinuteBookApp) -> str:
    return str(app.screen.query_one(Static).render())


async def new_form(app: MinuteBookApp, pilot: Pilot[Any]) -> EditScreen:
    await settle(app, pilot)
    await pilot.press("n")
    await settle(app, pilot)
    form = app.screen
    assert isinstance(form, EditScreen)
    return form


# Quitting -----------------------------------------------------------------------------------------


async def test_quitting_with_typing_in_the_new_form_asks_first(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        form = await new_form(tui_app, pilot)
        await pilot.press(*"Họp khẩn")
        await pilot.press("ctrl+q")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, ConfirmDialog)  # asked, naming what would be lost
        assert "Quit without saving?" in question(tui_app)
        assert "the new meeting “Họp khẩn”" in question(tui_app)
        await pilot.press("n")  # stay
        await settle(tui_app, pilot)
        assert tui_app.screen is form and tui_app.is_running
        assert form.query_one("#title", Input).value == "Họp khẩn"
        # ctrl+c where it does not copy text, and the palette's Quit, ask the same.
        form.query_one("#date_inferred").focus()
        await pilot.press("ctrl+c")
        await settle(tui_app, pilot)
        assert "the new meeting “Họp khẩn”" in question(tui_app)
        await pilot.press("escape")
        await settle(tui_app, pilot)
        await tui_app.run_action("app.quit")  # what the palette's Quit runs
        await settle(tui_app, pilot)
        assert "the new meeting “Họp khẩn”" in question(tui_app)
        await pilot.press("y")  # discard: the app ends
        await until(pilot, lambda: not tui_app.is_running, what="the app to end")
    assert copies(tui_app.settings_folder.parent) == []  # a discard leaves no copy


async def test_quitting_with_nothing_unsaved_does_not_ask(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        mid = meeting_id(tui_app, SMALL)
        await tui_app.push_screen(EditScreen(mid))
        await settle(tui_app, pilot)
        await pilot.press("ctrl+q")  # a form opened and not changed: nothing to lose
        await until(pilot, lambda: not tui_app.is_running, what="the app to end")


# The recovery copy --------------------------------------------------------------------------------


async def test_a_copy_is_kept_while_typing_and_the_next_start_reopens_it(
    tui_app: MinuteBookApp, db: str, tmp_path: Path
) -> None:
    tui_app.recovery.delay = FAST
    async with tui_app.run_test(size=SIZE) as pilot:
        form = await new_form(tui_app, pilot)
        await type_into(pilot, form.query_one("#title", Input), "Họp khẩn [b]Ban[/b]")
        await type_into(pilot, form.query_one("#location", Input), "Vinh")
        await until(pilot, lambda: copies(tmp_path), what="the recovery copy")
        (path,) = copies(tmp_path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
        kept = json.loads(path.read_text(encoding="utf-8"))
        # No date yet: the record is not valid, so the fields' texts are kept.
        assert kept["record"] is None and kept["meeting_id"] is None
        assert kept["fields"]["title"] == "Họp khẩn [b]Ban[/b]"
        assert kept["fields"]["location"] == "Vinh"
        assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left
        tui_app.exit()  # as a crash would: nothing saved, nothing discarded
    assert copies(tmp_path) == [path]

    again = make_app(db, lang="en", settings_folder=tmp_path / "config")
    try:
        async with again.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: isinstance(again.screen, RecoveryOffer), what="the offer")
            offer = str(again.screen.query_one(Static).render())
            listed = "\n".join(str(w.render()) for w in again.screen.query(Static))
            assert "Unsaved typing was kept" in offer
            assert "New meeting “Họp khẩn [b]Ban[/b]”" in listed  # literal, never markup
            await pilot.press("r")
            await settle(again, pilot)
            form = again.screen
            assert isinstance(form, EditScreen)
            assert form.query_one("#title", Input).value == "Họp khẩn [b]Ban[/b]"
            assert form.query_one("#location", Input).value == "Vinh"
            heading = str(form.query_one("#edit-heading", Static).render())
            assert heading == "New meeting (recovered, not saved yet)"
            await type_into(pilot, form.query_one("#date", Input), "15/3/2024")
            await pilot.press("ctrl+s")
            await settle(again, pilot)
            assert again.screen is not form
            assert copies(tmp_path) == []  # saved: the copy is gone
            titles = [r.title for r in again.book.iter_meetings()]
            assert "Họp khẩn [b]Ban[/b]" in titles
    finally:
        again.book.close()


async def test_a_copy_of_an_edit_is_its_record_and_a_save_still_checks_the_version(
    tui_app: MinuteBookApp, db: str, tmp_path: Path
) -> None:
    tui_app.recovery.delay = FAST
    mid = meeting_id(tui_app, SMALL)
    loaded = record_of(tui_app, mid)
    async with tui_app.run_test(size=SIZE) as pilot:
        await tui_app.push_screen(EditScreen(mid))
        await settle(tui_app, pilot)
        form = tui_app.screen
        assert isinstance(form, EditScreen)
        await type_into(pilot, form.query_one("#title", Input), "Ký kết Quy chế (bản sửa)")
        await until(pilot, lambda: copies(tmp_path), what="the recovery copy")
        kept = json.loads(copies(tmp_path)[0].read_text(encoding="utf-8"))
        assert (kept["meeting_id"], kept["version"]) == (mid, loaded.version)
        assert kept["record"]["title"] == "Ký kết Quy chế (bản sửa)" and kept["fields"] is None
        tui_app.exit()
    # Meanwhile someone else changes the place.
    changed = loaded.model_copy(update={"location": "Trụ sở mới"})
    tui_app.book.save(mid, changed, expected_version=loaded.version)

    again = make_app(db, lang="en", settings_folder=tmp_path / "config")
    try:
        async with again.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: isinstance(again.screen, RecoveryOffer), what="the offer")
            await pilot.press("r")
            await settle(again, pilot)
            form = again.screen
            assert isinstance(form, EditScreen)
            assert form.query_one("#title", Input).value == "Ký kết Quy chế (bản sửa)"
            assert form.query_one("#location", Input).value == loaded.location
            await pilot.press("ctrl+s")  # typed on the old version: compared, not overwritten
            await settle(again, pilot)
            assert isinstance(again.screen, ConflictScreen)
            await pilot.press("ctrl+s")
            await settle(again, pilot)
            assert copies(tmp_path) == []
        final = again.book.meeting(mid)
        assert (final.title, final.location) == ("Ký kết Quy chế (bản sửa)", "Trụ sở mới")
    finally:
        again.book.close()


async def test_later_keeps_the_copies_and_discard_removes_them(
    tui_app: MinuteBookApp, db: str, tmp_path: Path
) -> None:
    tui_app.recovery.delay = FAST
    async with tui_app.run_test(size=SIZE) as pilot:
        form = await new_form(tui_app, pilot)
        await type_into(pilot, form.query_one("#title", Input), "Họp khẩn")
        await until(pilot, lambda: copies(tmp_path), what="the recovery copy")
        tui_app.exit()
    kept = copies(tmp_path)
    for answer, left in (("l", kept), ("d", [])):
        await answer_offer(make_app(db, lang="en", settings_folder=tmp_path / "config"), answer)
        assert copies(tmp_path) == left


async def answer_offer(app: MinuteBookApp, answer: str) -> None:
    """Start `app`, answer the offer of the copies with the key `answer`."""
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: isinstance(app.screen, RecoveryOffer), what="the offer")
            await pilot.press(answer)
            await settle(app, pilot)
            assert not isinstance(app.screen, RecoveryOffer | EditScreen)
    finally:
        app.book.close()


async def test_leaving_the_form_on_purpose_removes_its_copy(
    tui_app: MinuteBookApp, tmp_path: Path
) -> None:
    tui_app.recovery.delay = FAST
    async with tui_app.run_test(size=SIZE) as pilot:
        form = await new_form(tui_app, pilot)
        await type_into(pilot, form.query_one("#title", Input), "Họp khẩn")
        await until(pilot, lambda: copies(tmp_path), what="the recovery copy")
        await pilot.press("escape", "y")  # leave, and lose it
        await settle(tui_app, pilot)
        assert copies(tmp_path) == []
        form = await new_form(tui_app, pilot)  # typed, then typed back: nothing to keep
        await type_into(pilot, form.query_one("#title", Input), "Họp")
        await until(pilot, lambda: copies(tmp_path), what="the recovery copy")
        await type_into(pilot, form.query_one("#title", Input), "")
        await until(pilot, lambda: not copies(tmp_path), what="the copy to go")


def test_two_books_never_share_copies(tmp_path: Path) -> None:
    one, other = tmp_path / "a.db", tmp_path / "b.db"
    assert book_key(one, "sqlite:///a.db") != book_key(other, "sqlite:///b.db")
    assert book_key(one, "x") == book_key(tmp_path / "." / "a.db", "y")  # the file decides
    masked = "postgresql://clerk:***@server/minutes"
    assert book_key(None, masked) != book_key(None, "postgresql://clerk:***@server/other")


# The real program, stopped as the world stops it ----------------------------------------------

PROGRAM = """
import sys
from pathlib import Path
from tui.app import make_app
make_app(sys.argv[1], lang="en", settings_folder=Path(sys.argv[2])).run()
"""
# Terminal control sequences: CSI, OSC, charset and keypad modes.
CONTROL = re.compile(
    r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]"
)


class Terminal:
    """The program in an 80x24 pseudo-terminal: keys in, what it drew out (escapes removed)."""

    def __init__(self, db: str, tmp_path: Path) -> None:
        import fcntl
        import pty
        import struct
        import termios

        self.main, terminal = pty.openpty()
        fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
        env.pop("LINES", None)
        env.pop("COLUMNS", None)
        self.process = subprocess.Popen(
            [sys.executable, "-c", PROGRAM, db, str(tmp_path / "config")],
            stdin=terminal, stdout=terminal, stderr=terminal, cwd=ROOT, env=env,
            start_new_session=True,
        )  # fmt: skip
        os.close(terminal)
        self.written = bytearray()
        self.mark = 0

    def read(self) -> None:
        while select.select([self.main], [], [], 0)[0]:
            try:
                chunk = os.read(self.main, 65536)
            except OSError:  # the program and its terminal are gone
                return
            if not chunk:
                return
            self.written += chunk

    def text(self) -> str:
        """What it drew since the last `press`."""
        self.read()
        return CONTROL.sub("", self.written[self.mark :].decode("utf-8", errors="replace"))

    def wait_for(self, words: str, timeout: float = 30) -> None:
        wait_until(lambda: words in self.text(), timeout, what=f"{words!r} on the terminal")

    def press(self, keys: str) -> None:
        self.read()
        self.mark = len(self.written)
        os.write(self.main, keys.encode("utf-8"))

    def exit_code(self, timeout: float = 30) -> int:
        """Wait for the program to end, reading what it draws meanwhile: a program that writes
        to a terminal nobody reads blocks once the terminal's buffer is full, and never ends."""
        wait_until(lambda: self.read() or self.process.poll() is not None, timeout,
                   what="the program to end")  # fmt: skip
        return self.process.wait(timeout=1)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        os.close(self.main)


@pytest.mark.sqlite_only
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_kill_9_while_typing_and_the_next_start_offers_the_text(
    sample_book: object, db: str, tmp_path: Path
) -> None:
    first = Terminal(db, tmp_path)
    try:
        first.wait_for("Hội nghị")  # the home list, sample meetings shown
        first.press("n")
        first.wait_for("New meeting")
        first.press("Hopkhan42")
        wait_until(lambda: copies(tmp_path), 30, what="the recovery copy on disk")
        first.process.send_signal(signal.SIGKILL)
        assert first.process.wait(timeout=10) == -signal.SIGKILL
    finally:
        first.close()
    (path,) = copies(tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["fields"]["title"] == "Hopkhan42"

    second = Terminal(db, tmp_path)
    try:
        second.wait_for("Unsaved typing was kept")  # the offer
        second.press("r")
        second.wait_for("(recovered, not saved yet)")
        second.wait_for("Hopkhan42")  # the form, with the title typed before the kill
        second.press("\x11")  # ctrl+q: the question names what the form holds
        second.wait_for("Quit without saving?")
        second.wait_for("the new meeting “Hopkhan42”")
        second.press("y")
        assert second.exit_code() == 0
    finally:
        second.close()
    assert copies(tmp_path) == []  # quitting and discarding on purpose removes it


@pytest.mark.sqlite_only
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_sigterm_writes_the_copy_before_the_app_ends(
    sample_book: object, db: str, tmp_path: Path
) -> None:
    program = Terminal(db, tmp_path)
    try:
        program.wait_for("Hội nghị")  # the home list
        program.press("n")
        program.wait_for("New meeting")
        program.press("Stopped9")
        program.wait_for("Stopped9")
        assert copies(tmp_path) == []  # not yet: a copy waits 2 s after the last key
        program.process.send_signal(signal.SIGTERM)
        assert program.exit_code() == 0  # the app ended as it ends on ctrl+q
    finally:
        program.close()
    (path,) = copies(tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["fields"]["title"] == "Stopped9"


@pytest.mark.sqlite_only
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_terminal_that_goes_away_ends_the_program_with_its_copy_written(
    sample_book: object, db: str, tmp_path: Path
) -> None:
    """The window closed (the terminal's other end gone): the program writes the form's copy and
    ends. Once, a program whose hang-up raced its exit kept reading a terminal that was no
    longer there, holding a core, and the next start did not offer the copy it held."""
    program = Terminal(db, tmp_path)
    try:
        program.wait_for("Hội nghị")
        program.press("n")
        program.wait_for("New meeting")
        program.press("Hungup7")
        program.wait_for("Hungup7")
        os.close(program.main)  # the terminal's window closes
        program.main = os.open(os.devnull, os.O_RDONLY)  # for close() below
        # Ended by itself: as a hang-up ends it (0), or, when the terminal's end was read after
        # the app had let go of the signal, by the hang-up's own action; never left running.
        assert program.process.wait(timeout=15) in (0, -signal.SIGHUP)
    finally:
        program.close()
    (path,) = copies(tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["fields"]["title"] == "Hungup7"
