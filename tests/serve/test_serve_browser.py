"""`minutebook serve` as a person meets it: a real server on loopback, headless Chromium.

Read-only (the default): search `khang`, open a meeting; no key that writes, the page saying
read-only, and what still asks to write (Enter in the trash) refused by the store. With
`--allow-edit`: a browser signs in under a name, edits a meeting and saves, and the history names
it. Two browsers at most, the third told to wait; a killed browser's app process ends; an idle
session ends; six sessions opened and closed leave no process and no memory behind. The picture
of a served meeting is kept in `pictures/meeting.png` (reviewed by eye; `MINUTEBOOK_PICTURES=1`
writes it again).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

import store
from tests.helpers import wait_until
from tests.serve.conftest import CHROMIUM, TOKEN, TRASHED, Served, open_app, open_tab

pytestmark = pytest.mark.sqlite_only  # about the server, not the backend: once is enough
PICTURES = Path(__file__).parent / "pictures"
EDITOR = "Trần Thị Hoa"  # the name a browser signs in with under --allow-edit


def test_a_browser_searches_khang_and_opens_his_meeting(
    served: Served, chromium: object, tmp_path: Path
) -> None:
    context = chromium.new_context()  # type: ignore[attr-defined]
    terminal = open_app(context, served.link)
    assert "?token=" not in terminal.page.url  # the secret left the address bar
    mark = terminal.mark()
    terminal.keys("/")
    terminal.type("khang")
    terminal.wait_for("3 meetings", mark)
    terminal.wait_for("Nguyễn Đình Khang", mark)
    mark = terminal.mark()
    terminal.keys("Escape", "Enter")
    terminal.wait_for("Decisions", mark)
    terminal.wait_for("Hội nghị lần thứ Tư Ban Chấp hành", mark)
    terminal.page.wait_for_timeout(400)  # the last frame painted
    shot = tmp_path / "meeting.png"
    terminal.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000  # a screen of text, not a blank page
    if os.environ.get("MINUTEBOOK_PICTURES"):
        PICTURES.mkdir(exist_ok=True)
        shutil.copy(shot, PICTURES / "meeting.png")
    context.close()
    served.until_children(0)
    # The server logs the end once it has noticed the process gone, a moment after it is.
    wait_until(lambda: re.search(r"session \d+ closed", served.log()), what="the end logged")
    log = served.log()
    assert TOKEN not in log and "Khang" not in log and "Hội nghị" not in log
    assert re.search(r"session \d+ opened", log)


def test_a_read_only_session_offers_no_saving_and_its_store_refuses(
    served: Served, chromium: object
) -> None:
    context = chromium.new_context()  # type: ignore[attr-defined]
    terminal = open_app(context, served.link)
    assert "Read-only" in terminal.page.inner_text("#mode")
    mark = terminal.mark()
    terminal.keys("Enter")  # the newest meeting
    terminal.wait_for("History", mark)  # its keys, drawn with it
    assert "Edit" not in terminal.text(mark)
    mark = terminal.mark()
    terminal.keys("e", "Escape", "t")  # `e` opens no form; the trash
    terminal.wait_for(TRASHED, mark)
    assert "Save" not in terminal.text(mark)
    mark = terminal.mark()
    terminal.keys("Enter")  # restore it: the store says no
    terminal.wait_for("can be read but not written", mark)
    context.close()
    served.until_children(0)


def test_with_allow_edit_a_save_carries_the_name_signed_in_with(
    sample_book: Path, chromium: object, tmp_path: Path
) -> None:
    book = tmp_path / "book.db"
    with store.open_book(str(sample_book)) as sample:
        sample.backup(book)
        newest = sample.search("", order="newest").ids[0]
    server = Served(book, tmp_path, "--allow-edit")
    try:
        context = chromium.new_context()  # type: ignore[attr-defined]
        terminal = open_app(context, server.link, name=EDITOR)
        assert EDITOR in terminal.page.inner_text("#mode")
        mark = terminal.mark()
        terminal.keys("Enter")
        terminal.wait_for("History", mark)
        terminal.keys("e")
        terminal.wait_for("Save", mark)
        mark = terminal.mark()
        terminal.type(" (sửa)")
        # Saved only once the title shows every key typed: a loaded machine may still be
        # drawing the last one when ctrl+s is pressed.
        terminal.wait_for("(sửa)", mark)
        mark = terminal.mark()
        terminal.keys("Control+s")
        terminal.wait_for(f"Saved meeting #{newest}", mark)
        context.close()
        server.until_children(0)
    finally:
        server.stop()
    with store.open_book(str(book)) as edited:
        latest = edited.history(newest)[-1]
        assert (latest.action, latest.saved_by) == ("edited", EDITOR)
        assert edited.meeting(newest).title.endswith(" (sửa)")
    assert EDITOR not in server.log()


def test_the_third_browser_is_told_to_wait(served: Served, chromium: object) -> None:
    first, second, third = (chromium.new_context() for _ in range(3))  # type: ignore[attr-defined]
    open_app(first, served.link)
    open_app(second, served.link)
    assert len(served.children()) == 2
    page = third.new_page()
    response = page.goto(served.link)  # signs in, then meets the limit
    assert response is not None
    page.wait_for_selector("text=Please wait")
    assert "as many as this server allows" in page.inner_text("body")
    assert len(served.children()) == 2  # and no app process started for it
    first.close()
    served.until_children(1)
    page.reload()  # a place is free: the app opens
    terminal_text = page.wait_for_selector("#terminal")
    assert terminal_text is not None
    served.until_children(2)
    second.close()
    third.close()
    served.until_children(0)


def test_a_killed_browser_ends_its_app_process(
    served: Served, chromium: object, tmp_path: Path
) -> None:
    browser = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--remote-debugging-port=0",
         f"--user-data-dir={tmp_path / 'profile'}", "about:blank"],
        stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    try:
        assert browser.stderr is not None
        address = ""
        while not address:
            line = browser.stderr.readline().decode()
            assert line, "Chromium said nothing"
            address = line.partition("DevTools listening on ")[2].strip()
        # Its own Chromium, to kill: Playwright's launches have no process to kill.
        connected = chromium.browser_type.connect_over_cdp(address)  # type: ignore[attr-defined]
        open_app(connected.contexts[0], served.link)
        served.until_children(1)
        os.killpg(browser.pid, signal.SIGKILL)  # no goodbye: the connection just drops
        served.until_children(0, within_s=10)  # not after --idle (30 minutes): at once
        assert served.leftovers() == []
    finally:
        if browser.poll() is None:
            os.killpg(browser.pid, signal.SIGKILL)
        browser.wait()


def test_sessions_opened_and_closed_leave_nothing_behind(
    served: Served, chromium: object
) -> None:
    context = chromium.new_context()  # type: ignore[attr-defined]
    open_app(context, served.link).page.close()  # signed in, and the server warmed up
    served.until_children(0)
    before = served.rss_kb()
    # Six sessions, two at a time (the server's limit), both starting at once: ten cost the
    # suite 22 s, and six find a process left behind, or 2 MB kept per session, as well.
    for _ in range(3):
        tabs = [open_tab(context, served.base) for _ in range(2)]
        for tab in tabs:
            tab.wait_for("5 meetings")  # each wait bounded: the loop ends in bounded time
            tab.page.close()
        served.until_children(0)  # their places free again before the next two come
    assert served.leftovers() == []  # no app process, the server's child or not
    # kB: the server keeps nothing per session (it grows about 1 MB in all, at warming up).
    assert served.rss_kb() - before < 12_000
    context.close()


def test_an_idle_session_ends(sample_book: Path, chromium: object, tmp_path: Path) -> None:
    server = Served(sample_book, tmp_path, "--idle", "0.05")  # 3 s without a key
    try:
        context = chromium.new_context()  # type: ignore[attr-defined]
        open_app(context, server.link)
        server.until_children(0, within_s=10)  # ended by the server, the tab still open
        assert re.search(r"session \d+ idle for 0.05 minutes: ended", server.log())
        context.close()
    finally:
        server.stop()
