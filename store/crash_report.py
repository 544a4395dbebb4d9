"""Crash reports: what an unexpected error leaves behind for whoever fixes it.

When the CLI or the minute book's screens meet an exception nothing expected, the user sees one
line (`crash_line`) and the whole story goes to a report file in the user's log folder
(`~/.local/state/minutebook/log/` on Linux): the exception's type and, for each frame of its
stack, the file, line, function and source line. Left out on purpose: the exception's message and
the frames' local variables, either of which may hold a meeting's content or a database password.
The folder is the owner's alone (0700) and so is each report (0600).
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

EXIT_CRASH = 70  # EX_SOFTWARE (sysexits.h): an internal error, not the user's mistake


def log_dir() -> Path:
    """Where crash reports go: the user's log folder for minutebook."""
    from platformdirs import user_log_path

    return user_log_path("minutebook", appauthor=False)


def type_name(exc: BaseException) -> str:
    """`RuntimeError`, `sqlalchemy.exc.OperationalError`: builtins by their bare name."""
    kind = type(exc)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or while handling, outermost last."""
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return chain[::-1]


def report_text(exc: BaseException) -> str:
    """The report: where and when, then each exception's type and stack, never its message."""
    try:
        from importlib.metadata import version

        ours = version("minutebook")
    except Exception:
        ours = "unknown"
    lines = [
        "minutebook crash report",
        f"time: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"minutebook {ours}, Python {platform.python_version()}, {platform.platform()}",
        f"command: {Path(sys.argv[0]).name if sys.argv else '?'}"
        f" ({len(sys.argv) - 1} arguments, not recorded)",
        "",
        "Exception messages and local variables are left out: they may hold a meeting's",
        "content or a password.",
    ]
    for position, link in enumerate(_chain(exc)):
        if position:
            lines += ["", "which led to:"]
        lines += ["", f"{type_name(link)}, raised here (most recent call last):"]
        for frame in traceback.extract_tb(link.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines) + "\n"


def write_crash_report(exc: BaseException) -> Path | None:
    """Write `exc`'s report to a new file in the log folder; its path, or None if it could not
    be written (the crash is then reported without it: this never raises)."""
    try:
        folder = log_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        path = folder / f"crash-{stamp}-{os.getpid()}.txt"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(path, flags, 0o600)
        with open(descriptor, "w", encoding="utf-8") as file:
            file.write(report_text(exc))
        return path
    except Exception:
        return None


def crash_line(kind: str, report: Path | None) -> str:
    """What the user sees of a crash: one line, the error's type and where the report is."""
    where = f"the full report is in {report}" if report else "no report could be written"
    return f"minutebook: unexpected error ({kind}); {where}"
