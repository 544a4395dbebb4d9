"""The progress bar of `minutebook import` on a terminal (`ImportBar`) and the line count it
measures a file by: what the import shows while it reads, apart from what it says when done.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from commands.output import err, rich_text
from store.i18n import _, grouped, plural

if TYPE_CHECKING:
    from rich.text import Text


class ImportBar:
    """The progress bar of an import on a terminal: meetings read, meetings/s and, when the
    files' sizes are known (not stdin, not .xlsx), how far through them and the time left.

    Progress is counted in lines (each record reports the line it starts on), so a count of the
    files' line breaks, taken first, is the whole; meetings/s is the meetings read over the time.
    """

    def __init__(self, files: list[str], kinds: list[str | None]) -> None:
        from rich.progress import (
            BarColumn,
            Progress,
            ProgressColumn,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )

        class Rate(ProgressColumn):
            def render(self, task: Any) -> "Text":
                elapsed = task.elapsed or 0.0
                rate = task.fields["meetings"] / elapsed if elapsed > 0.1 else 0.0
                meetings = task.fields["meetings"]
                said = plural(meetings, "1 meeting, {rate}/s", "{shown} meetings, {rate}/s",
                              shown=grouped(meetings), rate=grouped(round(rate)))  # fmt: skip
                return rich_text(said)

        self.offsets: dict[str, int] = {}
        total: int | None = 0
        for path, kind in zip(files, kinds, strict=True):
            source = "<stdin>" if path == "-" else path
            self.offsets[source] = total or 0
            lines = count_lines(path) if kind not in (None, "xlsx") else None
            if lines is not None and lines < 2:
                lines = None  # minified JSON, all on one line: progress in lines says 100% at once
            total = None if total is None or lines is None else total + lines
        self.progress = Progress(
            TextColumn(_("Importing")),
            BarColumn(),
            TaskProgressColumn(),
            Rate(),
            TimeRemainingColumn(),
            console=err.console,
            transient=True,
        )
        self.task = self.progress.add_task("import", total=total, meetings=0)

    def __enter__(self) -> "ImportBar":
        self.progress.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.progress.stop()

    def __call__(self, source: str, number: int, meetings: int) -> None:
        done = self.offsets.get(source, 0) + number
        self.progress.update(self.task, completed=done, meetings=meetings)


def count_lines(path: str) -> int | None:
    """How many lines a file has (its line breaks, plus a last line without one)."""
    try:
        with Path(path).open("rb") as stream:
            count, last = 0, b"\n"
            while chunk := stream.read(1 << 20):
                count += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return None  # the import itself says what is wrong with the file
    return count + (last != b"\n")
