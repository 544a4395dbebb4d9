"""What the browser tests share: a sample book, `minutebook serve` run for real on a free loopback
port, headless Chromium (the distribution's, driven by Playwright), and a reader of the screen
the app sends over its websocket.

The app draws on a canvas, so the text a test waits for is read from the websocket's frames
(the terminal bytes, escape sequences taken out) rather than from the page.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import store
from tests.helpers import ROOT, SAMPLE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
TOKEN = "a-test-secret-that-is-long-enough-42"
SIZE = {"width": 1200, "height": 700}
ANSI = re.compile(
    rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1bP[^\x1b]*\x1b\\|\x1b."
)


def chromium_or_skip() -> None:
    if not Path(CHROMIUM).is_file():
        pytest.skip("no Chromium: install the distribution's chromium package (.ci/run does)")
    pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")


TRASHED = "Bản sao để thử thùng rác"  # the title of the meeting the sample book has in its trash


@pytest.fixture(scope="session")
def sample_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five sample meetings, and in the trash a sixth (a copy of the first, retitled)."""
    path = tmp_path_factory.mktemp("served") / "book.db"
    with store.open_book(str(path), create=True) as book:
        book.import_files([str(SAMPLE)])
        copy = book.meeting(1).model_copy(update={"uid": None, "title": TRASHED})
        book.delete(book.add(copy))
    return path


class Served:
    """A running `minutebook serve`: its link, its log, its app processes."""

    def __init__(self, book: Path, folder: Path, *options: str) -> None:
        self.book = book
        self.log_path = folder / f"serve-{time.monotonic_ns()}.log"
        env = {**os.environ, "MINUTEBOOK_SERVE_TOKEN": TOKEN}
        command = [sys.executable, "-m", "cli", "--db", str(book), "serve", "--port", "0"]
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [*command, *options], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=log
            )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().decode()  # said once listening
        found = re.search(r"http://127\.0\.0\.1:(\d+)(/\S*?)\?token=", line)
        assert found, f"no link in {line!r}; log: {self.log()}"
        self.base = f"http://127.0.0.1:{found[1]}{found[2]}"
        self.link = f"{self.base}?token={TOKEN}"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def children(self) -> list[int]:
        """The app processes running now (the server's children)."""
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                fields = stat.rpartition(")")[2].split()
                if int(fields[1]) == self.process.pid and fields[0] != "Z":
                    found.append(int(entry.name))
        return found

    def leftovers(self) -> list[int]:
        """Every process on the machine serving this book, the server's children or not (an
        app process that outlived its server, or escaped it, is found here too)."""
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and int(entry.name) != self.process.pid:
                try:
                    environment = (entry / "environ").read_bytes().split(b"\0")
                except OSError:
                    continue  # ended meanwhile, or another user's
                book = str(self.book).encode()
                if any(v.startswith(b"MINUTEBOOK_DB=") and v.endswith(book) for v in environment):
                    found.append(int(entry.name))
        return found

    def rss_kb(self, pid: int | None = None) -> int:
        status = Path(f"/proc/{pid or self.process.pid}/status").read_text()
        return int(re.search(r"VmRSS:\s+(\d+)", status)[1])  # type: ignore[index]

    def until_children(self, count: int, within_s: float = 10.0) -> None:
        end = time.monotonic() + within_s
        while time.monotonic() < end:
            if len(self.children()) == count:
                return
            time.sleep(0.05)
        raise AssertionError(f"{len(self.children())} app processes, not {count}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="module")
def served(sample_book: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The book served read-only, at most two browsers at once."""
    server = Served(sample_book, tmp_path_factory.mktemp("log"), "--max-sessions", "2")
    yield server
    server.stop()


def open_tab(context: object, url: str) -> Terminal:
    """A new tab on `url`, its page loaded (the app starts behind it)."""
    terminal = Terminal(context.new_page())  # type: ignore[attr-defined]
    terminal.page.set_viewport_size(SIZE)  # type: ignore[attr-defined]
    terminal.page.goto(url)  # type: ignore[attr-defined]
    return terminal


class Terminal:
    """One browser tab running the app: keys in, the screen's text out."""

    def __init__(self, page: object) -> None:
        self.page = page
        self.frames: list[bytes] = []
        page.on("websocket", self._follow)  # type: ignore[attr-defined]

    def _follow(self, websocket: object) -> None:
        def received(frame: object) -> None:
            self.frames.append(frame if isinstance(frame, bytes) else str(frame).encode())

        websocket.on("framereceived", received)  # type: ignore[attr-defined]

    def mark(self) -> int:
        return len(self.frames)

    def text(self, since: int = 0) -> str:
        return ANSI.sub(b"", b"".join(self.frames[since:])).decode("utf-8", "replace")

    def wait_for(self, words: str, since: int = 0, within_s: float = 15.0) -> None:
        end = time.monotonic() + within_s
        while time.monotonic() < end:
            if words in self.text(since):
                return
            self.page.wait_for_timeout(30)  # type: ignore[attr-defined]
        raise AssertionError(f"{words!r} never appeared; last: {self.text(since)[-400:]!r}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.page.keyboard.press(key)  # type: ignore[attr-defined]
            # A key may move the focus (`/` to the search box), which the app does between
            # frames; and escape must arrive alone, not as the start of alt+key.
            self.page.wait_for_timeout(300)  # type: ignore[attr-defined]

    def type(self, text: str) -> None:
        self.page.keyboard.type(text, delay=20)  # type: ignore[attr-defined]


def open_app(context: object, url: str, name: str | None = None) -> Terminal:
    """A new tab on `url`, once the home screen shows the sample's five meetings; with `name`,
    signed in under it first (the name form of `--allow-edit`)."""
    terminal = open_tab(context, url)
    if name is not None:
        terminal.page.fill("#name", name)  # type: ignore[attr-defined]
        terminal.page.click("button[type=submit]")  # type: ignore[attr-defined]
    terminal.wait_for("5 meetings")
    terminal.page.locator(".xterm-helper-textarea").focus()  # type: ignore[attr-defined]
    terminal.page.wait_for_timeout(300)  # type: ignore[attr-defined]  # the app takes the focus
    return terminal


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()
