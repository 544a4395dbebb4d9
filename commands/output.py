"""What the commands print with and through: the consoles, the table printers, `fail`.

User text is data: it is printed as plain text (never read as Rich markup), made printable and
kept on one line (`store.one_line`). Where a search result matched (`store.Why`) is drawn the same
way, its matched words styled by their character spans (`store.highlighted`), never by markup. Rich
is loaded when something is first printed, so a command that prints JSON alone (`minutebook
search ... --format json`) does not pay for it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import typer

import store
from store.i18n import _, plural

E = TypeVar("E", bound=StrEnum)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
# The reader of stdout went away (`| head`): as a shell says a process SIGPIPE ended, quietly.
EXIT_PIPE = 141


class _LazyConsole:
    """A Rich console made when it is first used.

    Rich's console and text take a fifth of the start-up of `minutebook search --format json`,
    which prints with `json` alone; loading them on first use spares every such command.
    """

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        """The console itself, for what takes one (a progress bar)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
            # Rich exits 1 on a closed pipe; raised instead, it ends as every other write does.
            self._console.on_broken_pipe = _broken_pipe  # type: ignore[method-assign]
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console, name)


def _broken_pipe() -> None:
    raise BrokenPipeError


def rich_text(text: str = "", style: str = "") -> Text:
    """User text as Rich text: printed as it is, never read as markup (see `_LazyConsole`)."""
    from rich.text import Text

    return Text(text, style=style)


# User text is data: never read as Rich markup, never highlighted as if it were code.
out = _LazyConsole(markup=False, highlight=False, emoji=False, soft_wrap=False)
err = _LazyConsole(stderr=True, markup=False, highlight=False, emoji=False, soft_wrap=True)


def on_a_terminal() -> bool:
    """Whether a person is there to answer a question (stdin is a terminal, not a script)."""
    return sys.stdin.isatty()


def fail(message: str, code: int = EXIT_NOTHING) -> typer.Exit:
    """Say `message` as the one line of a failed command; the exit to raise with `code`."""
    err.print(rich_text("minutebook: " + store.one_line(message)))
    return typer.Exit(code)


def nothing_written(total: int, shown: int, skip_invalid: bool = False) -> str:
    """`3 problems (first 2 shown); nothing was written`; with --skip-invalid, why it stopped."""
    problems = plural(total, "1 problem", "{count} problems")
    if total > shown:
        problems += _(" (first {shown} shown)", shown=shown)
    if skip_invalid:
        return _("{problems}; a file that cannot be read stops the whole import, even with "
                 "--skip-invalid; nothing was written", problems=problems)  # fmt: skip
    return _("{problems}; nothing was written", problems=problems)


def print_problems(problems: Iterable[store.Problem], prefix: str = "") -> None:
    """One line on stderr for each problem: where it is (file, line, field) and why."""
    for problem in problems:
        err.print(rich_text(prefix + store.one_line(str(problem))))


# Tables -----------------------------------------------------------------------------------------


NARROW = 120  # terminal columns under which a meeting's chairs are its first and a count
NO_PLACE = 100  # ... and under which the list leaves the place out (`show` has it)


def print_summaries(
    rows: list[store.MeetingSummary],
    total: int,
    matched: Mapping[int, store.Why | None] | None = None,
) -> None:
    """The list of meetings: number, date, title (a draft marked), chairs, place, people; with
    `matched` (a search's), where each meeting matched, under its title (`title_cell`).

    On a narrow terminal the title keeps the room: the number and the date are never wrapped
    (at 80 columns "30/05/2022 chiều" took two lines), the chairs are the first one and how many
    more, the count is kept narrow, and under NO_PLACE columns the place is left out."""
    from rich.table import Table

    one_line = store.one_line
    narrow, place = out.width < NARROW, out.width >= NO_PLACE
    table = Table(show_edge=False, pad_edge=False, expand=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(_("Date"), no_wrap=True)
    table.add_column(_("Title"), min_width=24 if narrow else None)
    table.add_column(_("Chaired by"), max_width=18 if narrow else None)
    if place:
        table.add_column(_("Place"), max_width=14 if narrow else None)
    table.add_column(_("People present"), justify="right", max_width=7 if narrow else None)
    for row in rows:
        title = title_cell(row.title, matched.get(row.id) if matched else None)
        if row.status != "final":
            title = rich_text(f"[{_(row.status)}] ", style="bold yellow") + title
        chairs = [one_line(c) for c in row.chairs]
        if narrow and len(chairs) > 1:
            chairs = [_("{first} and {count} more", first=chairs[0], count=len(chairs) - 1)]
        cells = [str(row.id), store.date_label(row.date, row.part_of_day), title,
                 rich_text(", ".join(chairs))]  # fmt: skip
        if place:
            cells.append(rich_text(one_line(row.location)))
        table.add_row(*cells, str(row.people))
    out.print(table)
    if total > len(rows):
        out.print(
            rich_text(
                plural(
                    total,
                    "{shown} of 1 meeting; use --limit to see more",
                    "{shown} of {count} meetings; use --limit to see more",
                    shown=len(rows),
                ),
                style="dim",
            )
        )


# Where a search result matched ------------------------------------------------------------------


def matched_line(why: store.Why) -> Text:
    """One dim line: the person and the part they took (`chair: Nguyễn Đình Khang`), or the
    field and its snippet (`notes: …ký kết…`), the matched words highlighted."""
    if why.name is not None:
        name = len(why.name)
        spans = [(a, min(b, name)) for a, b in why.spans if a < name]
        label, text = f"{_(why.role)}: ", why.text[:name]
    else:
        label, text, spans = f"{_(why.field)}: ", why.text, list(why.spans)
    return rich_text("↳ " + label, style="dim") + store.highlighted(text, spans, style="dim")


def title_cell(title: str, why: store.Why | None) -> Text:
    """A meeting's title; matched in the title itself, its words highlighted there; matched
    elsewhere, the title and under it where (`matched_line`)."""
    line = " ".join(title.split())
    if why is None:
        return rich_text(store.one_line(title))
    if why.field == "title":
        spans = _in_title(line, why)
        if spans is not None:
            return store.highlighted(line, spans)
    return rich_text(store.one_line(title)) + rich_text("\n") + matched_line(why)


def _in_title(line: str, why: store.Why) -> list[tuple[int, int]] | None:
    """`why`'s spans moved from its snippet to the whole title, when the snippet is one stretch
    of it (a title is short: nearly always); None when it was cut into several."""
    lead = 1 if why.text.startswith("…") else 0
    core = why.text[lead:]
    if core.endswith("…"):
        core = core[:-1]
    at = line.find(core) if core else -1
    if at < 0:
        return None
    shift = at - lead
    return [(a + shift, b + shift) for a, b in why.spans]


def write_matched_json(
    records: Iterable[tuple[int, store.MeetingRecord, store.Why | None]], stream: IO[str]
) -> int:
    """Meetings as `--format json` writes them (the export's shape and layout), each after its
    `number` (what `show` and `edit` take, the table's #) and with a `matched` field: where it
    matched (`store.Why.as_json()`), or null. One meeting at a time, so memory holds one,
    however many there are."""
    import json

    count = 0
    for number, record, why in records:
        found = {"number": number} | record.to_json() | {"matched": why.as_json() if why else None}
        text = json.dumps(found, ensure_ascii=False, indent=2)
        stream.write("[\n  " if count == 0 else ",\n  ")
        stream.write(text.replace("\n", "\n  "))
        count += 1
    stream.write("[]\n" if count == 0 else "\n]\n")
    return count


def print_rows(rows: list[dict[str, Any]], fmt: str, headers: list[str]) -> None:
    """Rows of plain values as JSON, CSV or (`table`) a table under `headers`."""
    import csv
    import json

    if fmt == "json":
        out.file.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out.file, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        from rich.table import Table

        table = Table(show_edge=False, pad_edge=False)
        for header in headers:
            table.add_column(header)
        for row in rows:
            table.add_row(
                *(rich_text(store.one_line("" if v is None else str(v))) for v in row.values())
            )
        out.print(table)


# Files ------------------------------------------------------------------------------------------


def refuse_binary_terminal(fmt: str) -> None:
    """A docx or xlsx goes to a file or a pipe: its bytes would only garble a terminal."""
    if fmt in store.BINARY_FORMATS and sys.stdout.isatty():
        raise fail(_("{format} is a binary file: write it with -o FILE.{format}", format=fmt),
                   EXIT_USAGE)  # fmt: skip


def write_output(
    records: Iterable[store.MeetingRecord],
    fmt: str,
    output: Path | None,
    *,
    book: store.Book | None = None,
) -> int:
    """Write `records` as `fmt` to `output`, else to stdout; return how many were written."""
    return write_to(
        output,
        binary=fmt in store.BINARY_FORMATS,
        write=lambda stream: store.Book.write(records, fmt, stream),
        book=book,
    )


def named_format(
    formats: Iterable[E], given: E | None, output: Path | None, aliases: Mapping[str, str] = {}
) -> E | None:
    """The format asked for, else the one the output file's name says (None: neither); a file
    whose extension names another of `formats` than the one asked for is refused rather than
    filled with the wrong kind."""
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    named = aliases.get(suffix, suffix)
    by_name = next((one for one in formats if one.value == named), None)
    if given is None:
        return by_name
    if by_name is not None and by_name is not given:
        raise fail(
            _("{file} is named like a .{named} file but --format is {format}; rename the file "
              "or change --format", file=output, named=by_name.value, format=given.value),
            EXIT_USAGE,
        )  # fmt: skip
    return given


def write_to(
    output: Path | None,
    *,
    binary: bool,
    write: Callable[[IO[Any]], int],
    book: store.Book | None = None,
) -> int:
    """Run `write` on `output`, else on stdout; what it returns.

    A file is written whole or not at all (`store.output_file`: a temporary file renamed into
    place when complete), never over the open `book` itself; one that cannot be written (a full
    disk, a missing folder, no permission) is one line, `cannot write FILE: no space left on
    device`, and an older file of that name is left as it was.
    """
    if output is None:
        try:
            if not binary:
                return write(sys.stdout)
            sys.stdout.flush()
            count = write(sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return count
        except BrokenPipeError:
            raise  # not a failure to report: the reader stopped (MinutebookGroup.invoke)
        except OSError as exc:
            reason = _reason(exc)
            _forget_quietly(exc)
            discard_stdout()
            raise store.StoreError(
                _("cannot write to standard output: {reason}", reason=reason)
            ) from None
    opening = (
        book.output_file(output, binary=binary)
        if book
        else store.output_file(output, binary=binary)
    )
    try:
        with opening as stream:
            return write(stream)
    except store.StoreError as exc:
        _forget_quietly(exc)  # the half-done writer hangs from the error's context
        raise


def _forget_quietly(exc: BaseException) -> None:
    """Let go of a writer cut short by `exc`, now and quietly: what it left half done (a
    workbook's zip, its row generators) fails again as it is collected, and Python would print
    each of those failures ("Exception ignored in ...") after our one line."""
    import gc

    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        seen: BaseException | None = exc
        while seen is not None:  # the frames of the writer hang from the tracebacks
            seen.__traceback__ = None
            seen = seen.__context__
        gc.collect()
    finally:
        sys.unraisablehook = hook


def discard_stdout() -> None:
    """What is still buffered for a stdout that cannot take it is dropped, so that Python's
    last flush at exit does not print a second error (the advice of Python's `signal` docs)."""
    import os

    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _reason(exc: OSError) -> str:
    """`No space left on device` → `no space left on device`: the end of a sentence."""
    return store.os_reason(exc)
