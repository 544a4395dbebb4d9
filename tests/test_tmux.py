"""The real `minutebook` command in a real terminal (tmux): open, search, read the screen, quit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import SAMPLE

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")


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
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")


def test_search_in_a_real_terminal(db: str, tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "minutebook"
    env = {**os.environ, "MINUTEBOOK_DB": db, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    subprocess.run([script, "import", str(SAMPLE)], env=env, check=True, capture_output=True)
    session = f"mb-test-{os.getpid()}"
    done = tmp_path / "exit-code"
    command = f"{script} --lang en; echo $? > {done}"
    tmux(
        "new-session", "-d", "-s", session, "-x", "140", "-y", "40",
        "-e", f"MINUTEBOOK_DB={db}", "-e", f"XDG_CONFIG_HOME={tmp_path / 'config'}",
        command,
    )  # fmt: skip
    try:
        screen_contains(session, "5 meetings")
        time.sleep(0.5)  # let the first search finish drawing before typing
        tmux("send-keys", "-t", session, "/")
        time.sleep(0.3)
        tmux("send-keys", "-t", session, "-l", "nguyen dinh khang")
        screen = screen_contains(session, "3 meetings")
        assert "Hội nghị lần thứ Tư Ban Chấp hành" in screen
        assert "Hội nghị đánh giá kết quả" not in screen  # filtered out
        tmux("send-keys", "-t", session, "C-q")
        deadline = time.monotonic() + 10
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done.read_text().strip() == "0"
    finally:
        subprocess.run([TMUX or "tmux", "kill-session", "-t", session], capture_output=True)
