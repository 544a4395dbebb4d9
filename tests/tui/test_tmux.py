"""The real `minutebook` command in a real terminal (tmux): open, search, read the screen, quit.

The command is the console script installed beside this Python: without it the test fails with
the install hint (a missing install must not pass for a green run). tmux is installed by .ci/run
where it is missing; without it the test fails saying so, rather than passing unseen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers import SAMPLE, console_script, wait_until

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py

TMUX = shutil.which("tmux")


@pytest.fixture(autouse=True)
def _tmux_is_there() -> None:
    if TMUX is None:
        pytest.fail("tmux is not installed: apt-get install tmux (.ci/run does it)")


# The terminal's own size, not the test run's COLUMNS, must decide the layout.
TERMINAL_ENV = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}


def tmux(*args: str) -> str:
    # stdin from /dev/null: a tmux server started under pytest's captured stdin exits at once.
    return subprocess.run(
        [TMUX or "tmux", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=True,
        env=TERMINAL_ENV,
    ).stdout


def screen_contains(session: str, text: str, timeout: float = 15) -> str:
    """Wait until the terminal shows `text`; the screen then."""
    shown = {"screen": ""}

    def found() -> bool:
        shown["screen"] = tmux("capture-pane", "-p", "-t", session)
        return text in shown["screen"]

    try:
        wait_until(found, timeout, what=f"{text!r} on the screen")
    except AssertionError as exc:
        raise AssertionError(f"{exc}; the screen was:\n{shown['screen']}") from None
    return shown["screen"]


def search_box(session: str) -> str:
    """The search box's three lines at the top, colours included (the focus changes them)."""
    return tmux("capture-pane", "-p", "-e", "-t", session, "-S", "0", "-E", "2")


def still_screen(session: str, calm: float = 0.4) -> str:
    """Wait until the terminal has stopped changing for `calm` seconds (a busy machine may still
    be drawing the first screen, a frame at a time); the screen then, colours included."""
    seen = {"screen": "", "since": 0.0}

    def calm_for_a_while() -> bool:
        screen = tmux("capture-pane", "-p", "-e", "-t", session)
        now = time.monotonic()
        if screen != seen["screen"]:
            seen.update(screen=screen, since=now)
        return now - seen["since"] >= calm

    wait_until(calm_for_a_while, what="the screen to be still")
    return seen["screen"]


def test_search_in_a_real_terminal(db: str, tmp_path: Path) -> None:
    script = console_script()
    env = {**os.environ, "MINUTEBOOK_DB": db, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    subprocess.run([script, "import", str(SAMPLE)], env=env, check=True, capture_output=True)
    session = f"mb-test-{os.getpid()}"
    done = tmp_path / "exit-code"
    # Written aside and renamed: the shell creates `done` before it writes the status into it.
    command = f"{script} --lang en; echo $? > {done}.part; mv {done}.part {done}"
    tmux(
        "new-session", "-d", "-s", session, "-x", "140", "-y", "40",
        "-e", f"MINUTEBOOK_DB={db}", "-e", f"XDG_CONFIG_HOME={tmp_path / 'config'}",
        command,
    )  # fmt: skip
    try:
        screen_contains(session, "5 meetings")
        still_screen(session)
        # Type only once the box has the focus: keys sent with the `/` would reach the list.
        unfocused = search_box(session)
        tmux("send-keys", "-t", session, "/")
        wait_until(lambda: search_box(session) != unfocused, what="the search box's focus")
        tmux("send-keys", "-t", session, "-l", "nguyen dinh khang")
        screen_contains(session, "nguyen dinh khang")
        screen = screen_contains(session, "3 meetings")
        assert "Hội nghị lần thứ Tư Ban Chấp hành" in screen
        assert "Hội nghị đánh giá kết quả" not in screen  # filtered out
        tmux("send-keys", "-t", session, "C-q")
        wait_until(done.exists, 10, what="the program to end")
        assert done.read_text().strip() == "0"
    finally:
        subprocess.run([TMUX or "tmux", "kill-session", "-t", session], capture_output=True)
