"""An unexpected crash: one line naming the report, a non-zero exit, and a report that keeps the
stack but never the error's message (it may hold a meeting's content or a password).

The crashes are real: the program runs (in a fresh interpreter, under a terminal for the screens)
with one store function or screen method replaced by one that raises.
"""

from __future__ import annotations

import os
import re
import select
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import store.crash_report
from store.crash_report import EXIT_CRASH, crash_line, write_crash_report
from tests.helpers import ROOT

SECRET = "secret-title"
PASSWORD = "hunter2"
MESSAGE = f"{SECRET} postgresql://clerk:{PASSWORD}@server/minutes"
LINE = re.compile(r"minutebook: unexpected error \((\w+)\); the full report is in (\S+)")


@pytest.fixture(autouse=True)
def _private_log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports go to the test's folder, never the user's (Linux: XDG_STATE_HOME; macOS: HOME)."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("COLUMNS", raising=False)


def check_report(path: Path, tmp_path: Path, *frames: str) -> str:
    """The report is private, in the test's folder, has the stack and not the message."""
    assert path.is_relative_to(tmp_path), path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    text = path.read_text("utf-8")
    assert "RuntimeError" in text
    for frame in frames:
        assert frame in text, frame
    assert SECRET not in text
    assert PASSWORD not in text
    return text


# The command line ---------------------------------------------------------------------------------

CLI_CRASH = f"""
import sys
import store.db

def broken(*args, **kwargs):
    raise RuntimeError({MESSAGE!r})

store.db.resolve_url = broken  # every command that opens the book meets it
import cli
sys.argv = ["minutebook", *sys.argv[1:]]
cli.main()
"""


def run_cli(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_a_command_that_crashes_says_one_line_and_exits_70(tmp_path: Path) -> None:
    result = run_cli(CLI_CRASH, "--db", str(tmp_path / "book.db"), "search", "khang")
    assert result.returncode == EXIT_CRASH
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    found = LINE.fullmatch(lines[0])
    assert found, lines[0]
    assert found[1] == "RuntimeError"
    check_report(Path(found[2]), tmp_path, "broken", "resolve_url")
    assert SECRET not in result.stderr + result.stdout


def test_a_mistake_is_not_a_crash(tmp_path: Path) -> None:
    script = "import sys, cli; sys.argv = ['minutebook', *sys.argv[1:]]; cli.main()"
    result = run_cli(script, "--lang", "xx", "list")
    assert result.returncode == 2
    assert "unexpected error" not in result.stderr
    assert not (tmp_path / "state").exists()  # no report


# The screens --------------------------------------------------------------------------------------


@pytest.mark.sqlite_only
async def test_a_crash_in_the_screens_writes_the_report(
    tui_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.screens.browse import BrowseScreen

    def broken(self: object) -> None:
        raise RuntimeError(MESSAGE)

    monkeypatch.setattr(BrowseScreen, "action_new", broken)
    with pytest.raises(RuntimeError):  # run_test raises the app's crash again for tests
        async with tui_app.run_test() as pilot:
            await pilot.pause()
            await pilot.press("n")
            await pilot.pause()
    assert tui_app.return_code == 1
    assert tui_app.crash_kind == "RuntimeError"
    assert tui_app.crash_report is not None
    check_report(tui_app.crash_report, tmp_path, "broken")
    printed = capsys.readouterr()
    assert SECRET not in printed.out + printed.err  # no traceback with the message
    assert PASSWORD not in printed.out + printed.err


TUI_CRASH = f"""
import sys
from tui.screens.browse import BrowseScreen

def broken(self):
    raise RuntimeError({MESSAGE!r})

BrowseScreen.on_mount = broken
import cli
sys.argv = ["minutebook", *sys.argv[1:]]
cli.main()
"""


def run_in_terminal(args: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run `args` in a new 80x24 pseudo-terminal (stdin, stdout and stderr); its exit code and
    everything it wrote there."""
    import fcntl
    import pty
    import struct
    import termios

    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("LINES", None)
    process = subprocess.Popen(
        args, stdin=terminal, stdout=terminal, stderr=terminal, cwd=ROOT, env=env,
        start_new_session=True,
    )  # fmt: skip
    os.close(terminal)
    written = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(main, 65536)
                except OSError:  # EIO: the program and its terminal are gone
                    break
                if not chunk:
                    break
                written += chunk
            elif process.poll() is not None:
                break
        else:
            process.kill()
            pytest.fail(f"still running after {timeout} s:\n{written.decode(errors='replace')}")
        code = process.wait(timeout=10)
    finally:
        os.close(main)
    return code, written.decode("utf-8", errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_crash_in_the_screens_says_one_line_and_exits_70(tmp_path: Path) -> None:
    """`minutebook` in a terminal: the screens crash on opening; the user sees one line."""
    book = str(tmp_path / "book.db")
    code, screen = run_in_terminal(
        [sys.executable, "-c", TUI_CRASH, "--db", book, "--create", "--lang", "en"]
    )
    assert code == EXIT_CRASH, screen
    found = LINE.findall(screen)
    assert len(found) == 1, screen
    kind, report = found[0]
    assert kind == "RuntimeError"
    check_report(Path(report), tmp_path, "broken")
    assert "Traceback" not in screen
    assert SECRET not in screen
    assert PASSWORD not in screen


# The report itself --------------------------------------------------------------------------------


def test_the_report_names_each_exception_of_a_chain(tmp_path: Path) -> None:
    try:
        try:
            raise KeyError(SECRET)
        except KeyError as inner:
            raise RuntimeError(MESSAGE) from inner
    except RuntimeError as exc:
        path = write_crash_report(exc)
    assert path is not None
    text = check_report(path, tmp_path, "test_the_report_names_each_exception_of_a_chain")
    assert text.index("KeyError") < text.index("RuntimeError, raised here")


def test_no_report_when_the_log_folder_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setattr(store.crash_report, "log_dir", lambda: blocked / "log")
    assert write_crash_report(RuntimeError(SECRET)) is None
    assert crash_line("RuntimeError", None) == (
        "minutebook: unexpected error (RuntimeError); no report could be written"
    )
