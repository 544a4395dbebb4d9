"""The `minutebook` command: thin Typer commands over `store`, printed with Rich.

Each command opens the book, calls one or two store functions and prints the result; what a
meeting is, how search works and what is valid all live in `store`. A user's mistake is one line on
stderr and an exit code (0 ok, 1 nothing found or invalid data, 2 usage error), never a traceback.
This module does not import textual: the CLI starts fast and runs where no terminal is.

Its annotations are evaluated as the module loads (no `from __future__ import annotations`):
Typer reads every command's hints at each start, and evaluating them from strings took 10 ms of
it. The few written as strings name what is loaded on first use (Rich, the importer).
"""

import contextlib
import functools
import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO, TypeVar

import typer
from sqlalchemy.exc import DBAPIError

import store
from store.cells import parse_citation, parse_decision, parse_person
from store.display import ROLE_HEADINGS, date_label, one_line, printable
from store.errors import InvalidRecord, StoreError
from store.query import QueryError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text as RichText

    from store.extract import Draft

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="minutebook",
    help="A minute book for meetings: record them, find them again in seconds.",
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)
people_app = typer.Typer(help="The people in the book: list, timeline, rename, merge.")
db_app = typer.Typer(help="The database file: where it is, upgrade, backup, check.")
app.add_typer(people_app, name="people")
app.add_typer(db_app, name="db")


class _LazyConsole:
    """A Rich console made when it is first used.

    Rich's console and text take a fifth of the start-up of `minutebook search --format json`,
    which prints with `json` alone; loading them on first use spares every such command.
    """

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    @property
    def console(self) -> "Console":
        """The console itself, for what takes one (a progress bar)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console, name)


def rich_text(text: str = "", style: str = "") -> "RichText":
    """User text as Rich text: printed as it is, never read as markup (see `_LazyConsole`)."""
    from rich.text import Text

    return Text(text, style=style)


# User text is data: never read as Rich markup, never highlighted as if it were code.
out = _LazyConsole(markup=False, highlight=False, emoji=False, soft_wrap=False)
err = _LazyConsole(stderr=True, markup=False, highlight=False, emoji=False, soft_wrap=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ShowFormat(StrEnum):
    """`show`'s formats: the screen's, the scripts', and the minutes to read (md) or print."""

    table = "table"
    json = "json"
    csv = "csv"
    md = "md"
    docx = "docx"


class ExportFormat(StrEnum):
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    md = "md"
    ics = "ics"
    docx = "docx"
    xlsx = "xlsx"


class ImportFormat(StrEnum):
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    xlsx = "xlsx"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLAlchemy URL or a SQLite file path. Default: $MINUTEBOOK_DB, "
        "else minutebook.db in your data directory (see `minutebook db path`).",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="table for people, json or csv for scripts.")
]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many.")]
F = TypeVar("F", bound=Callable[..., Any])


def plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def fail(message: str, code: int = EXIT_NOTHING) -> typer.Exit:
    err.print(rich_text("minutebook: " + one_line(message)))
    return typer.Exit(code)


def handles_errors(func: F) -> F:
    """Turn the store's typed errors into one line on stderr and an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except QueryError as exc:
            raise fail(f"bad query: {exc}", EXIT_USAGE) from None
        except InvalidRecord as exc:
            for problem in exc.problems:
                err.print(rich_text(one_line(str(problem))))
            shown = len(exc.problems)
            more = f" (first {shown} shown)" if exc.total > shown else ""
            raise fail(f"{plural(exc.total, 'problem')}{more}; nothing was written") from None
        except StoreError as exc:
            raise fail(str(exc)) from None
        except DBAPIError as exc:  # the server went away mid-command (opening is a StoreError)
            from store.db import connection_problem, resolve_url

            ctx = kwargs.get("ctx")
            url = resolve_url(ctx.obj["db"] if ctx is not None and ctx.obj else None)
            raise fail(f"the database failed: {connection_problem(exc, url)}") from None
        except KeyboardInterrupt:
            raise fail("interrupted; nothing more was written", 130) from None

    return wrapper  # type: ignore[return-value]


LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="en|vi",
        help="Language of the minute book's screens; default from your locale (LANG).",
        show_default=False,
    ),
]


@app.callback(invoke_without_command=True)
def main_callback(ctx: typer.Context, db: DbOption = None, lang: LangOption = None) -> None:
    """Record meetings, find them again. Without a command: open the minute book's screens."""
    ctx.obj = {"db": db}
    if lang is not None:
        from tui.i18n import LANGUAGES  # plain data: no Textual is loaded for this

        if lang not in LANGUAGES:
            raise fail(f"unknown language {lang!r}; use {' or '.join(LANGUAGES)}", EXIT_USAGE)
    if ctx.invoked_subcommand is None:
        if sys.stdin.isatty() and sys.stdout.isatty():
            open_tui(db, lang)
        else:  # piped or scripted: the list is what can be shown
            ctx.invoke(list_meetings, ctx=ctx, limit=20, fmt=Format.table)


@handles_errors
def open_tui(db: str | None, lang: str | None) -> None:
    # Imported here so that every other command starts without loading Textual; the language
    # is chosen first because the screens' key labels are translated when they are imported.
    from tui.i18n import set_language

    try:
        set_language(lang)
    except ValueError as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    from tui.app import make_app

    try:
        tui = make_app(db, lang=lang)
    except ValueError as exc:  # an unknown --lang
        raise fail(str(exc), EXIT_USAGE) from None
    try:
        tui.run()
    finally:
        tui.book.close()
    if tui.return_code:  # Textual ended the app on a bug; MinuteBookApp wrote the crash report
        from store.crash_report import EXIT_CRASH, crash_line

        print(crash_line(tui.crash_kind or "unknown", tui.crash_report), file=sys.stderr)
        raise typer.Exit(EXIT_CRASH)


@contextmanager
def opened(ctx: typer.Context) -> Iterator[store.Store]:
    book = store.open_store(ctx.obj["db"] if ctx.obj else None)
    try:
        yield book
    finally:
        book.close()


# Meetings: printing -------------------------------------------------------------------------------


def write_records(records: list[store.MeetingRecord], fmt: str, stream: TextIO) -> None:
    from store.formats import writer

    writer(fmt)(records, stream)


def print_summaries(rows: list[store.MeetingSummary], total: int) -> None:
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False, expand=False)
    table.add_column("#", justify="right")
    for header in ("Date", "Title", "Chaired by", "Place"):
        table.add_column(header)
    table.add_column("People", justify="right")
    for row in rows:
        table.add_row(
            str(row.id),
            date_label(row.date, row.part_of_day),
            rich_text(one_line(row.title))
            if row.status == "final"
            else rich_text(f"[{row.status}] ", style="bold yellow")
            + rich_text(one_line(row.title)),
            rich_text(", ".join(one_line(c) for c in row.chairs)),
            rich_text(one_line(row.location)),
            str(row.people),
        )
    out.print(table)
    if total > len(rows):
        out.print(
            rich_text(f"{len(rows)} of {total} meetings; use --limit to see more", style="dim")
        )


def show_page(ctx: typer.Context, query: store.Query, limit: int, fmt: Format) -> None:
    with opened(ctx) as book, book.session() as session:
        page = store.search(query, session=session, limit=limit)
        if not page.ids:
            if fmt is Format.json:
                sys.stdout.write("[]\n")  # still JSON for the script reading it; exit code 1
            if query.is_empty():
                raise fail(
                    "the book is empty; `minutebook add` or `minutebook import FILE` fills it"
                )
            raise fail(
                f"no meetings match {query.describe()}; check the spelling or use fewer words"
            )
        if fmt is Format.table:
            print_summaries(store.summaries(page.ids, session=session), page.total)
        else:
            records = store.load_records(page.ids, session=session)
            write_records([records[i] for i in page.ids], fmt.value, sys.stdout)


def print_meeting(meeting_id: int, record: store.MeetingRecord) -> None:
    heading = rich_text(f"#{meeting_id}  ", style="bold")
    heading.append(one_line(record.title), style="bold")
    out.print(heading)
    facts = [
        ("When", date_label(record.date, record.part_of_day)
         + (f" {record.start_time:%H:%M}" if record.start_time else "")
         + (f"–{record.end_time:%H:%M}" if record.end_time else "")
         + (" (inferred: the source did not state it in full)" if record.date_inferred else "")),
        ("Kind", record.kind), ("Where", record.location),
        ("Organisers", "; ".join(o.name for o in record.organisers)),
        ("Source", record.source), ("uid", f"{record.uid} (version {record.version})"),
        ("Status", None if record.status == "final" else
         f"{record.status}: to review; `minutebook edit {meeting_id} --status final` when checked"),
    ]  # fmt: skip
    for label, value in facts:
        if value:
            out.print(rich_text(f"{label:<11}", style="dim") + rich_text(one_line(value)))
    for role, heading_text in ROLE_HEADINGS.items():
        people = [p for p in record.participants if p.role == role]
        if people:
            out.print(rich_text(f"\n{heading_text}", style="bold"))
            for person in people:
                line = rich_text("  " + one_line(person.name))
                if person.title:
                    line.append(" — " + one_line(person.title), style="dim")
                out.print(line)
    if record.decisions:
        out.print(rich_text("\nDecisions", style="bold"))
        for number, decision in enumerate(record.decisions, start=1):
            line = rich_text(f"  {number}. [{decision.kind}, {decision.status}] ")
            line.append(one_line(decision.text))
            extra = [f"responsible: {decision.responsible}" if decision.responsible else "",
                     f"due: {decision.due.display()}" if decision.due else ""]  # fmt: skip
            if any(extra):
                line.append("  (" + "; ".join(e for e in extra if e) + ")", style="dim")
            out.print(line)
    if record.documents:
        out.print(rich_text("\nDocuments cited", style="bold"))
        for document in record.documents:
            line = rich_text(
                "  " + one_line(" ".join(filter(None, [document.kind, document.number])))
            )
            if document.date:
                line.append(f" ngày {document.date.display()}")
            if document.title:
                line.append(" — " + one_line(document.title), style="dim")
            out.print(line)
    if record.notes:
        out.print(rich_text("\nNotes", style="bold"))
        out.print(rich_text(printable(record.notes)))


# Meetings: commands -------------------------------------------------------------------------------


@app.command("list")
@handles_errors
def list_meetings(
    ctx: typer.Context, limit: LimitOption = 50, fmt: FormatOption = Format.table
) -> None:
    """The most recent meetings, newest first."""
    show_page(ctx, store.Query(), limit, fmt)


@app.command()
@handles_errors
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY...", help="Words and fields, see README.", show_default=False
        ),
    ],
    limit: LimitOption = 50,
    fmt: FormatOption = Format.table,
) -> None:
    """Find meetings: free words plus person: chair: org: place: kind: doc: date:.

    Without diacritics works too: `minutebook search chair:"nguyen dinh khang" date:2024`.
    """
    show_page(ctx, store.parse_query(" ".join(query)), limit, fmt)


@app.command()
@handles_errors
def show(
    ctx: typer.Context,
    meeting: Annotated[
        str, typer.Argument(metavar="MEETING", help="The meeting's number (from list) or uid.")
    ],
    fmt: Annotated[
        ShowFormat,
        typer.Option(
            "--format",
            "-f",
            help="table for people, json or csv for scripts, md or docx for the minutes.",
        ),
    ] = ShowFormat.table,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (docx needs one).", dir_okay=False),
    ] = None,
) -> None:
    """The whole record of one meeting; --format md or docx writes its minutes."""
    if fmt is ShowFormat.table and output is not None:
        raise fail("--output needs a file format: --format md, docx, json or csv", EXIT_USAGE)
    if output is None:
        refuse_binary_terminal(fmt.value)
    with opened(ctx) as book, book.session() as session:
        meeting_id = store.resolve_meeting(meeting, session=session)
        record = store.get_record(meeting_id, session=session)
    if fmt is ShowFormat.table:
        print_meeting(meeting_id, record)
        return
    write_output([record], fmt.value, output)
    if output is not None:
        err.print(rich_text(f"Wrote meeting #{meeting_id} to {output}."))


def _participants(role_lists: dict[str, list[str] | None]) -> list[dict[str, Any]]:
    people = []
    for role, entries in role_lists.items():
        for entry in entries or []:
            people.append({**parse_person(entry), "role": role})
    return people


def _checked(data: dict[str, Any], source: str) -> store.MeetingRecord:
    result = store.validate_record(data, source=source)
    if isinstance(result, list):
        raise InvalidRecord(result)
    return result


PersonOpt = Annotated[list[str] | None, typer.Option(metavar="'NAME | TITLE'", show_default=False)]


@app.command()
@handles_errors
def add(
    ctx: typer.Context,
    title: Annotated[
        str, typer.Option(metavar="TEXT", help="What the meeting was.", show_default=False)
    ],
    date: Annotated[
        str,
        typer.Option(
            metavar="TEXT", help="15/3/2024, 2024-03-15, 3/2024 or 2024.", show_default=False
        ),
    ],
    kind: Annotated[
        str | None, typer.Option(metavar="TEXT", help="hội nghị, buổi làm việc, lễ ký kết, ...")
    ] = None,
    part_of_day: Annotated[
        str | None, typer.Option(metavar="TEXT", help="sáng, trưa, chiều, tối.")
    ] = None,
    start: Annotated[str | None, typer.Option(metavar="TEXT", help="Start time, 14:00.")] = None,
    end: Annotated[str | None, typer.Option(metavar="TEXT", help="End time, 16:30.")] = None,
    place: Annotated[str | None, typer.Option(metavar="TEXT", help="Where it was held.")] = None,
    org: Annotated[
        list[str] | None, typer.Option(metavar="TEXT", help="An organising body (repeatable).")
    ] = None,
    chair: PersonOpt = None,
    attendee: PersonOpt = None,
    speaker: PersonOpt = None,
    secretary: PersonOpt = None,
    representative: PersonOpt = None,
    absent: PersonOpt = None,
    decision: Annotated[
        list[str] | None,
        typer.Option(metavar="'[KIND:] TEXT [| responsible: X] [| due: D]'", show_default=False),
    ] = None,
    doc: Annotated[
        list[str] | None, typer.Option(metavar="'Thông báo số 249/TB-VPCP'", show_default=False)
    ] = None,
    notes: Annotated[
        str | None, typer.Option(metavar="TEXT", help="The minutes body (Markdown).")
    ] = None,
    source: Annotated[
        str | None, typer.Option(metavar="TEXT", help="A URL or file the record came from.")
    ] = None,
    date_inferred: Annotated[bool, typer.Option(help="The date was not stated in full.")] = False,
    uid: Annotated[
        str | None, typer.Option(metavar="TEXT", help="A stable id; generated if absent.")
    ] = None,
) -> None:
    """Record a new meeting. People as 'Name | title' or 'Name (title)', repeatable."""
    data = {
        "uid": uid, "title": title, "kind": kind, "date": date, "date_inferred": date_inferred,
        "part_of_day": part_of_day, "start_time": start, "end_time": end, "location": place,
        "organisers": org or [],
        "participants": _participants({
            "chair": chair, "attendee": attendee, "speaker": speaker, "secretary": secretary,
            "representative": representative, "absent": absent,
        }),
        "decisions": [parse_decision(d) for d in decision or []],
        "documents": [parse_citation(d) for d in doc or []],
        "notes": notes, "source": source,
    }  # fmt: skip
    record = _checked(data, "add")
    with opened(ctx) as book, book.session() as session:
        meeting_id = store.create_meeting(record, session=session)
    out.print(rich_text(f"Added meeting #{meeting_id}: {one_line(record.title)}"))


@app.command()
@handles_errors
def edit(
    ctx: typer.Context,
    meeting: Annotated[str, typer.Argument(metavar="MEETING", help="The meeting's number or uid.")],
    title: Annotated[str | None, typer.Option(metavar="TEXT", help="New title.")] = None,
    date: Annotated[str | None, typer.Option(metavar="TEXT", help="New date.")] = None,
    kind: Annotated[str | None, typer.Option(metavar="TEXT", help="New kind.")] = None,
    part_of_day: Annotated[
        str | None, typer.Option(metavar="TEXT", help="sáng, trưa, chiều, tối; '' clears.")
    ] = None,
    start: Annotated[
        str | None, typer.Option(metavar="TEXT", help="Start time; '' clears.")
    ] = None,
    end: Annotated[str | None, typer.Option(metavar="TEXT", help="End time; '' clears.")] = None,
    place: Annotated[str | None, typer.Option(metavar="TEXT", help="New place; '' clears.")] = None,
    org: Annotated[
        list[str] | None, typer.Option(metavar="TEXT", help="Add an organising body.")
    ] = None,
    chair: PersonOpt = None,
    attendee: PersonOpt = None,
    speaker: PersonOpt = None,
    secretary: PersonOpt = None,
    representative: PersonOpt = None,
    absent: PersonOpt = None,
    remove_person: Annotated[
        list[str] | None,
        typer.Option(metavar="TEXT", help="Remove this person from the meeting (every role)."),
    ] = None,
    decision: Annotated[
        list[str] | None, typer.Option(metavar="TEXT", help="Add a decision.")
    ] = None,
    decision_status: Annotated[
        list[str] | None, typer.Option(metavar="'N=done'", help="Set decision N's status.")
    ] = None,
    remove_decision: Annotated[
        list[int] | None, typer.Option(metavar="N", help="Remove decision N (as `show` numbers).")
    ] = None,
    doc: Annotated[
        list[str] | None, typer.Option(metavar="TEXT", help="Add a cited document.")
    ] = None,
    remove_doc: Annotated[
        list[str] | None, typer.Option(metavar="NUMBER", help="Remove a cited document.")
    ] = None,
    remove_org: Annotated[
        list[str] | None, typer.Option(metavar="TEXT", help="Remove an organising body.")
    ] = None,
    notes: Annotated[str | None, typer.Option(metavar="TEXT", help="Replace the notes.")] = None,
    source: Annotated[str | None, typer.Option(metavar="TEXT", help="Replace the source.")] = None,
    status: Annotated[
        str | None,
        typer.Option(metavar="draft|final", help="draft: to review; final: checked and kept."),
    ] = None,
) -> None:
    """Change a meeting. Scalar flags replace; people, decisions and documents are added
    (and --remove-... takes them away)."""
    with opened(ctx) as book, book.session() as session:
        meeting_id = store.resolve_meeting(meeting, session=session)
        record = store.get_record(meeting_id, session=session)
        data = record.to_json()
        changes = {
            "title": title, "date": date, "kind": kind, "part_of_day": part_of_day,
            "start_time": start, "end_time": end, "location": place, "notes": notes,
            "source": source, "status": status,
        }  # fmt: skip
        data.update({key: value for key, value in changes.items() if value is not None})
        removed = {" ".join(n.casefold().split()) for n in remove_person or []}
        present = {" ".join(p["name"].casefold().split()) for p in data["participants"]}
        for name in remove_person or []:
            if " ".join(name.casefold().split()) not in present:
                raise StoreError(f"--remove-person {name!r}: not in meeting {meeting_id}")
        data["participants"] = [
            p for p in data["participants"] if " ".join(p["name"].casefold().split()) not in removed
        ] + _participants({"chair": chair, "attendee": attendee, "speaker": speaker,
                           "secretary": secretary, "representative": representative,
                           "absent": absent})  # fmt: skip
        data["organisers"] = _without(data["organisers"], remove_org, "name", "--remove-org")
        data["organisers"] += org or []
        _set_statuses(data["decisions"], decision_status or [])
        data["decisions"] = _without_numbers(data["decisions"], remove_decision or [])
        data["decisions"] += [parse_decision(d) for d in decision or []]
        data["documents"] = _without(data["documents"], remove_doc, "number", "--remove-doc")
        data["documents"] += [parse_citation(d) for d in doc or []]
        updated = _checked(data, f"edit {meeting}")
        if updated.to_json() == record.to_json():
            out.print(rich_text(f"Meeting #{meeting_id} unchanged."))
            return
        version = store.update_meeting(
            meeting_id, updated, expected_version=record.version, session=session
        )
    out.print(rich_text(f"Saved meeting #{meeting_id} (version {version})."))


def _without(
    items: list[dict[str, Any]], names: list[str] | None, key: str, flag: str
) -> list[dict[str, Any]]:
    """`items` less those whose `key` is one of `names` (case and spacing aside)."""

    def norm(text: str) -> str:
        return " ".join(text.casefold().split())

    wanted = {norm(name): name for name in names or []}
    present = {norm(item[key]) for item in items}
    for missing in wanted.keys() - present:
        raise StoreError(f"{flag} {wanted[missing]!r}: not in this meeting")
    return [item for item in items if norm(item[key]) not in wanted]


def _without_numbers(items: list[dict[str, Any]], numbers: list[int]) -> list[dict[str, Any]]:
    for number in numbers:
        if not 1 <= number <= len(items):
            raise StoreError(f"--remove-decision {number}: there are {len(items)} decisions")
    return [item for i, item in enumerate(items, start=1) if i not in numbers]


def _set_statuses(decisions: list[dict[str, Any]], settings: list[str]) -> None:
    for setting in settings:
        number, sep, status = setting.partition("=")
        if not sep or not number.strip().isdigit():
            raise StoreError(f"--decision-status {setting!r}: write N=STATUS, e.g. 2=done")
        index = int(number) - 1
        if not 0 <= index < len(decisions):
            raise StoreError(f"--decision-status {setting!r}: there are {len(decisions)} decisions")
        decisions[index]["status"] = status.strip()


@app.command()
@handles_errors
def delete(
    ctx: typer.Context,
    meeting: Annotated[str, typer.Argument(metavar="MEETING", help="The meeting's number or uid.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Delete a meeting and everything recorded with it."""
    with opened(ctx) as book, book.session() as session:
        meeting_id = store.resolve_meeting(meeting, session=session)
        record = store.get_record(meeting_id, session=session)
        label = f"#{meeting_id} {date_label(record.date)} {one_line(record.title)}"
        if not yes:
            if not sys.stdin.isatty():
                raise fail(f"not deleting {label}: add --yes to confirm", EXIT_USAGE)
            if not typer.confirm(f"Delete {label}?", default=False):
                raise fail("nothing deleted")
        store.delete_meeting(meeting_id, session=session)
    out.print(rich_text(f"Deleted {label}."))


# Import and export --------------------------------------------------------------------------------


class SummaryFormat(StrEnum):
    text = "text"
    json = "json"


MAX_LISTED = 20  # likely duplicates, name twins and rejected meetings shown in a text summary


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
            def render(self, task: Any) -> "RichText":
                elapsed = task.elapsed or 0.0
                rate = task.fields["meetings"] / elapsed if elapsed > 0.1 else 0.0
                return rich_text(f"{task.fields['meetings']:,} meetings, {rate:,.0f}/s")

        self.offsets: dict[str, int] = {}
        total: int | None = 0
        for path, kind in zip(files, kinds, strict=True):
            source = "<stdin>" if path == "-" else path
            self.offsets[source] = total or 0
            lines = count_lines(path) if kind not in (None, "xlsx") else None
            total = None if total is None or lines is None else total + lines
        self.progress = Progress(
            TextColumn("Importing"),
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


def import_kinds(files: list[str], fmt: str | None) -> list[str | None]:
    """Each file's format as the import will read it (None where it cannot tell; it says why)."""
    from store.formats import detect_format

    kinds: list[str | None] = []
    for path in files:
        try:
            kinds.append(detect_format(path, fmt) if path != "-" or fmt else None)
        except StoreError:
            kinds.append(None)
    return kinds


def import_summary_json(report: "store.ImportReport", written: bool) -> str:
    import json

    def problem(found: store.Problem) -> dict[str, Any]:
        return {"source": found.source, found.unit: found.record, "field": found.field,
                "reason": found.reason}  # fmt: skip

    summary = {
        "written": written,
        "dry_run": report.dry_run,
        "read": report.read,
        "inserted": report.inserted,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "skipped": report.skipped,
        "rejected": len(report.rejected),
        "rejects_file": report.rejects_file,
        "reasons_file": report.reasons_file,
        "likely_duplicates": [
            {"source": d.source, d.unit: d.number, "meeting": d.meeting_id, "uid": d.uid}
            for d in report.likely_duplicates
        ],
        "people": {
            "new": report.people_new,
            "known": report.people_known,
            "possible_duplicates": report.people_twins,
        },
        "warnings": [str(w) for w in report.warnings],
        "problem_count": report.problem_count,
        "problems": [problem(p) for p in report.problems],
    }
    return json.dumps(summary, ensure_ascii=False, indent=2)


def print_import_summary(report: "store.ImportReport", rejects: Path | None) -> None:
    def say(text: "RichText") -> None:
        out.print(text, soft_wrap=True)  # whole lines: paths and names stay greppable

    verb = "would be" if report.dry_run else "were"
    changed = report.inserted or report.updated
    outcome = f"changes {verb} written" if changed else "the book is as it was"
    parts = [f"{report.inserted} new", f"{report.updated} updated", f"{report.unchanged} unchanged"]
    if report.skipped:
        parts.append(
            f"{len(report.skipped)} skipped (already in the book with other content; "
            "--on-conflict update replaces them)"
        )
    if report.likely_duplicates:
        parts.append(f"{len(report.likely_duplicates)} likely duplicates (not imported)")
    if report.rejected:
        parts.append(f"{len(report.rejected)} rejected")
    say(rich_text(f"{', '.join(parts)} — {plural(report.read, 'meeting')} read; {outcome}."))
    if report.people_new or report.people_known:
        say(
            rich_text(
                f"People: {report.people_new} new, {report.people_known} already in the book."
            )
        )
    if rejects is not None and not report.rejected:
        say(rich_text(f"No meeting was rejected; {rejects} was not written."))
    elif rejects is not None and report.dry_run:
        say(rich_text(f"The rejected meetings would go to {rejects}; a dry run writes nothing."))
    if report.rejects_file:
        say(
            rich_text(
                f"Rejected meetings are in {report.rejects_file} as they were given, why in "
                f"{report.reasons_file}: fix them there and import {report.rejects_file} again."
            )
        )
    listed = report.likely_duplicates[:MAX_LISTED]
    if listed:
        say(rich_text("Likely duplicates of meetings in the book, not imported:"))
        for duplicate in listed:
            say(rich_text("  " + one_line(str(duplicate))))
        more = len(report.likely_duplicates) - len(listed)
        if more:
            say(rich_text(f"  ... and {more} more (--summary json lists them all)"))
    if report.people_twins:
        say(
            rich_text(
                "Names that differ only by their marks (the same person? `minutebook people "
                "merge KEEP OTHER` joins them; `minutebook people duplicates` lists them):"
            )
        )
        for names in report.people_twins[:MAX_LISTED]:
            say(rich_text("  " + " | ".join(one_line(name) for name in names)))


@app.command("import")
@handles_errors
def import_(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(metavar="FILE...", help="JSON, NDJSON, CSV or XLSX files; - for stdin."),
    ],
    fmt: Annotated[
        ImportFormat | None,
        typer.Option("--format", "-f", help="The files' format, when the extension says another."),
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="Check and report; write nothing.")] = False,
    on_conflict: Annotated[
        str,
        typer.Option(
            metavar="TEXT", help="A known uid with different content: skip, update or fail."
        ),
    ] = "skip",
    encoding: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="The files' text encoding when it has no byte-order mark (default UTF-8), "
            "e.g. cp1258 for old Vietnamese Windows programs.",
            show_default=False,
        ),
    ] = None,
    delimiter: Annotated[
        str | None,
        typer.Option(
            metavar="CHAR",
            help="CSV separator: ';', ',', tab or any one character (default: the header's).",
            show_default=False,
        ),
    ] = None,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid", help="Write the valid meetings; put the invalid ones in --rejects."
        ),
    ] = False,
    rejects: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="With --skip-invalid: where invalid meetings go, in the input's format, to fix "
            "and import again; why, beside it (loi.csv: loi.reasons.txt).",
            show_default=False,
        ),
    ] = None,
    summary: Annotated[
        SummaryFormat,
        typer.Option("--summary", help="The summary: text for people, json for scripts."),
    ] = SummaryFormat.text,
    from_report: Annotated[
        bool,
        typer.Option(
            "--from-report",
            help="The files are news reports (text or HTML): read each into a meeting and save "
            "it as a draft to review (`search status:draft`); `extract` shows them first.",
        ),
    ] = False,
) -> None:
    """Import meetings. All or nothing: one invalid record and nothing is written (unless
    --skip-invalid, which writes the valid ones and keeps the others in --rejects)."""
    from store.formats.csv_format import check_delimiter
    from store.formats.sources import check_encoding
    from store.importer import ImportFailed

    if from_report:
        if fmt or encoding or delimiter or skip_invalid or rejects or dry_run:
            raise fail(
                "--from-report reads reports, not records: --format, --encoding, --delimiter, "
                "--skip-invalid, --rejects and --dry-run do not apply (`minutebook extract "
                "FILE` shows the drafts without saving them)",
                EXIT_USAGE,
            )
        import_reports(ctx, files, on_conflict, summary)
        return
    if skip_invalid != (rejects is not None):
        raise fail(
            "--skip-invalid needs --rejects FILE, where the invalid meetings are kept to fix and "
            "import again"
            if skip_invalid
            else "--rejects goes with --skip-invalid",
            EXIT_USAGE,
        )
    try:
        if encoding is not None:
            check_encoding(encoding)
        if delimiter is not None:
            check_delimiter(delimiter)
    except StoreError as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    input_format = fmt.value if fmt else None
    bar = ImportBar(files, import_kinds(files, input_format)) if err.is_terminal else None
    try:
        with opened(ctx) as book, bar or contextlib.nullcontext():
            report = store.import_files(
                files, store=book, fmt=input_format, dry_run=dry_run, on_conflict=on_conflict,
                encoding=encoding, delimiter=delimiter, skip_invalid=skip_invalid,
                rejects=rejects, progress=bar,
            )  # fmt: skip
    except ImportFailed as failed:
        report = failed.report
    for warning in report.warnings:
        err.print(rich_text("warning: " + one_line(str(warning))))
    if summary is SummaryFormat.json:
        sys.stdout.write(import_summary_json(report, not report.problem_count and not dry_run))
        sys.stdout.write("\n")
    if report.problem_count:
        for problem in report.problems:
            err.print(rich_text(one_line(str(problem))))
        shown = len(report.problems)
        more = f" (first {shown} shown)" if report.problem_count > shown else ""
        stops = (
            "; a file that cannot be read stops the whole import, even with --skip-invalid"
            if skip_invalid
            else ""
        )
        raise fail(f"{plural(report.problem_count, 'problem')}{more}{stops}; nothing was written")
    for entry in report.rejected[:MAX_LISTED]:
        for problem in entry.problems:
            err.print(rich_text("rejected: " + one_line(str(problem))))
    if len(report.rejected) > MAX_LISTED:
        where = f", every reason in {report.reasons_file}" if report.reasons_file else ""
        err.print(rich_text(f"rejected: ... and {len(report.rejected) - MAX_LISTED} more{where}"))
    if report.read == 0:
        raise fail(f"no meetings in {', '.join(files)}; nothing to import")
    if summary is SummaryFormat.text:
        print_import_summary(report, rejects)


# Reports: drafting records from news reports -----------------------------------------------------


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"


DRAFT_LABELS = {
    "title": "Title", "kind": "Kind", "date": "Date", "location": "Place",
    "organisers": "Organiser", "chair": "Chair", "attendee": "Attended", "speaker": "Spoke",
    "secretary": "Secretary", "representative": "Representative", "absent": "Absent",
    "decisions": "Decision", "documents": "Document",
}  # fmt: skip


def read_drafts(files: list[str], known_people: list[str]) -> tuple[list[tuple[str, "Draft"]], int]:
    """Each readable report's draft, by file; a file that cannot be read is one line on stderr.
    Returns the drafts and how many files could not be read."""
    from store.drafts import read_report
    from store.extract import extract_report

    stdin_text = sys.stdin.read() if "-" in files else None
    drafts, unread = [], 0
    for path in files:
        try:
            text, html = read_report(path, stdin_text=stdin_text)
        except StoreError as exc:
            err.print(rich_text("minutebook: " + one_line(str(exc))))
            unread += 1
            continue
        source = None if path == "-" else path
        drafts.append(
            (path, extract_report(text, source=source, html=html, known_people=known_people))
        )
    return drafts, unread


def known_people(book: store.Store) -> list[str]:
    """The directory's names: the extractor spells a person it recognises as the book does."""
    from store.people import list_people

    with book.session() as session:
        return [person.name for person in list_people(session=session)]


def print_draft(path: str, draft: "Draft") -> None:
    """One draft for a secretary: each value, how sure the reading is, and what to check."""
    from rich.table import Table

    from store.drafts import flag_lines, review_rows

    heading = rich_text(one_line(path), style="bold")
    heading.append("  draft: check it before it goes into the book", style="dim")
    out.print(heading)
    table = Table(show_edge=False, pad_edge=False, box=None, padding=(0, 2, 0, 0))
    for header in ("Field", "Value", "Sure", ""):
        table.add_column(header)
    for row in review_rows(draft):
        sure = "—" if row.confidence is None else f"{row.confidence:.0%}"
        mark = rich_text("check", style="bold yellow") if row.guessed else rich_text("")
        table.add_row(DRAFT_LABELS.get(row.field, row.field), rich_text(one_line(row.value)),
                      sure, mark)  # fmt: skip
    out.print(table)
    lines = flag_lines(draft.flags)
    if lines:
        out.print(rich_text("To check:", style="bold"))
        for line in lines:
            out.print(rich_text("  - " + one_line(line)))
    out.print()


@app.command()
@handles_errors
def extract(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(metavar="FILE...", help="News reports: text or .html files; - for stdin."),
    ],
    fmt: Annotated[
        ExtractFormat,
        typer.Option(
            "--format",
            "-f",
            help="table: each value, how sure, what to check; json: records for `import`.",
        ),
    ] = ExtractFormat.table,
) -> None:
    """Read news reports of meetings into draft records and print them; nothing is saved.

    `minutebook extract r.txt --format json > m.json && minutebook import m.json` saves them
    as they are; `minutebook import --from-report r.txt` saves them marked as drafts to review.
    """
    with opened(ctx) as book:
        names = known_people(book)
    drafts, unread = read_drafts(files, names)
    if fmt is ExtractFormat.json:
        from store.extract import drafts_json

        if drafts:
            sys.stdout.write(drafts_json(draft for _, draft in drafts))
    else:
        for path, draft in drafts:
            print_draft(path, draft)
    if unread:
        raise typer.Exit(EXIT_NOTHING)  # each file that could not be read has had its line


def import_reports(
    ctx: typer.Context, files: list[str], on_conflict: str, summary: SummaryFormat
) -> None:
    """`import --from-report`: every report read into a record marked draft, all or nothing."""
    import dataclasses

    from store.drafts import draft_record

    with opened(ctx) as book:
        drafts, unread = read_drafts(files, known_people(book))
        if unread:
            raise fail(f"{plural(unread, 'report')} could not be read; nothing was written")
        records = [_checked(draft_record(draft), path) for path, draft in drafts]
        report = store.import_records(records, store=book, on_conflict=on_conflict)
    # The importer numbers records in the order given: name each by its report instead.
    report.likely_duplicates = [
        dataclasses.replace(d, source=drafts[d.number - 1][0], number=1)
        for d in report.likely_duplicates
    ]
    if summary is SummaryFormat.json:
        sys.stdout.write(import_summary_json(report, True) + "\n")
        return
    print_import_summary(report, None)
    if report.inserted or report.updated:
        out.print(
            rich_text(
                "Saved as drafts to review: `minutebook search status:draft` lists them, "
                "`minutebook edit N --status final` marks one checked."
            ),
            soft_wrap=True,
        )


def refuse_binary_terminal(fmt: str) -> None:
    """A docx or xlsx goes to a file or a pipe: its bytes would only garble a terminal."""
    from store.formats import BINARY_FORMATS

    if fmt in BINARY_FORMATS and sys.stdout.isatty():
        raise fail(f"{fmt} is a binary file: write it with -o FILE.{fmt}", EXIT_USAGE)


def write_output(records: Iterable[store.MeetingRecord], fmt: str, output: Path | None) -> int:
    """Write `records` as `fmt` to `output`, else to stdout; return how many were written."""
    from store.formats import BINARY_FORMATS, writer

    write = writer(fmt)
    binary = fmt in BINARY_FORMATS
    if output is None:
        if not binary:
            return write(records, sys.stdout)
        sys.stdout.flush()
        count = write(records, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return count
    try:
        stream = output.open("wb") if binary else output.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise StoreError(f"cannot write {output}: {exc.strerror or exc}") from None
    with stream:
        return write(records, stream)


# Formats that are documents for people: an empty one is a mistake, not an empty list.
DOCUMENT_FORMATS = (ExportFormat.md, ExportFormat.ics, ExportFormat.docx)


def _export_format(given: ExportFormat | None, output: Path | None) -> ExportFormat:
    """The format asked for, else the one the output file's name says, else JSON; a file whose
    extension names another format is refused rather than filled with the wrong kind."""
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    named = {"markdown": "md", "ical": "ics", "jsonl": "ndjson"}.get(suffix, suffix)
    by_name = ExportFormat(named) if named in ExportFormat.__members__ else None
    if given is None:
        return by_name or ExportFormat.json
    if by_name is not None and by_name is not given:
        raise fail(
            f"{output} is named like a .{by_name.value} file but --format is {given.value}; "
            "rename the file or change --format",
            EXIT_USAGE,
        )
    return given


@app.command()
@handles_errors
def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="json, ndjson, csv or xlsx to carry records; md, ics, docx or xlsx to read "
            "them. Default: from the --output file's extension, else json.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File; default stdout (docx, xlsx: a file or a pipe)."),
    ] = None,
    query: Annotated[
        str | None, typer.Option("--query", "-q", help="Only meetings matching.")
    ] = None,
) -> None:
    """Write the whole book (or a search), oldest first: JSON, NDJSON, CSV, Markdown minutes,
    an ICS calendar, DOCX minutes (Biên bản, one meeting a page) or an XLSX workbook."""
    fmt = _export_format(fmt, output)
    if output is None:
        refuse_binary_terminal(fmt.value)
    parsed = store.parse_query(query) if query else None
    left_out = 0
    with opened(ctx) as book, book.session() as session:
        if parsed is None:
            records: Any = store.iter_records(session=session)
        else:
            from store.search import search_all_ids

            ids = list(reversed(search_all_ids(parsed, session=session)))
            if not ids:
                raise fail(f"no meetings match {parsed.describe()}; nothing written")
            loaded = store.load_records(ids, session=session)
            records = [loaded[i] for i in ids]
        if fmt is ExportFormat.ics:
            from store.formats.ics_format import in_calendar

            records = list(records)
            left_out = sum(not in_calendar(record) for record in records)
            if records and left_out == len(records):
                raise fail(
                    f"{plural(len(records), 'meeting')} found, none dated to the day: a calendar "
                    "needs days; nothing written"
                )
        if fmt in DOCUMENT_FORMATS:
            records = iter(records)
            first = next(records, None)
            if first is None:
                raise fail("the book is empty; nothing written")
            records = itertools.chain([first], records)
        count = write_output(records, fmt.value, output)
    wrote = f"Wrote {plural(count, 'meeting')} to {output}" if output is not None else ""
    skipped = (
        f"{plural(left_out, 'meeting')} dated only to the month or year left out of the calendar"
        if left_out
        else ""
    )
    if wrote or skipped:
        err.print(rich_text("; ".join(filter(None, [wrote, skipped])) + "."))


# People -------------------------------------------------------------------------------------------


@people_app.callback(invoke_without_command=True)
@handles_errors
def people(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Option("--name", help="Only names with these words.")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Everyone in the book with how many meetings and their last title."""
    if ctx.invoked_subcommand is not None:
        return
    from store.people import list_people

    with opened(ctx) as book, book.session() as session:
        found = list_people(session=session, name=name)
    if not found:
        raise fail("no people found")
    rows = [
        {"name": p.name, "meetings": p.meetings, "last_title": p.last_title,
         "last_date": p.last_date.iso() if p.last_date else None}
        for p in found
    ]  # fmt: skip
    if fmt is Format.table:
        for row, person in zip(rows, found, strict=True):
            row["last_date"] = person.last_date.display() if person.last_date else None
    _print_rows(rows, fmt, ["Name", "Meetings", "Last title", "Last seen"])


def _print_rows(rows: list[dict[str, Any]], fmt: Format, headers: list[str]) -> None:
    import csv
    import json

    if fmt is Format.json:
        out.file.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.csv:
        writer = csv.DictWriter(out.file, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        from rich.table import Table

        table = Table(show_edge=False, pad_edge=False)
        for header in headers:
            table.add_column(header)
        for row in rows:
            table.add_row(*(rich_text(one_line("" if v is None else str(v))) for v in row.values()))
        out.print(table)


@people_app.command("show")
@handles_errors
def people_show(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="The person's name, with or without diacritics.")
    ],
    fmt: FormatOption = Format.table,
) -> None:
    """A person's meetings, newest first, with the role and the title held at each."""
    from store.people import find_person, person_name, timeline

    with opened(ctx) as book, book.session() as session:
        person_id = find_person(name, session=session)
        full_name = person_name(person_id, session=session)
        appearances = timeline(person_id, session=session)
    rows = [
        {"meeting": a.meeting_id, "date": a.date.iso(), "role": a.role,
         "title_held": a.held_title, "meeting_title": a.title}
        for a in appearances
    ]  # fmt: skip
    if fmt is Format.table:
        out.print(
            rich_text(
                f"{full_name}: {plural(len({a.meeting_id for a in appearances}), 'meeting')}",
                style="bold",
            )
        )
        for row, appearance in zip(rows, appearances, strict=True):
            row["date"] = appearance.date.display()
    if not rows:
        raise fail(f"{full_name} is in no meeting")
    _print_rows(rows, fmt, ["#", "Date", "Role", "Title held", "Meeting"])


@people_app.command("rename")
@handles_errors
def people_rename(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The name as it is now.")],
    new_name: Annotated[str, typer.Argument(metavar="NEW_NAME", help="The correct spelling.")],
) -> None:
    """Correct the spelling of a person's name in every meeting."""
    from store.people import find_person, rename_person

    with opened(ctx) as book, book.session() as session:
        changed = rename_person(find_person(name, session=session), new_name, session=session)
    if not changed:
        raise fail(f"{one_line(new_name)} is already spelled that way; nothing changed")
    out.print(rich_text(f"Renamed {one_line(name)} to {one_line(new_name)}."))


@people_app.command("merge")
@handles_errors
def people_merge(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(metavar="KEEP", help="The spelling to keep.")],
    other: Annotated[str, typer.Argument(metavar="OTHER", help="The duplicate to fold into it.")],
) -> None:
    """Make two spellings one person: OTHER's meetings move to KEEP."""
    from store.people import find_person, merge_people, person_name

    with opened(ctx) as book, book.session() as session:
        keep_id = find_person(keep, session=session)
        other_id = find_person(other, session=session)
        other_name = person_name(other_id, session=session)
        moved = merge_people(keep_id, other_id, session=session)
        kept_name = person_name(keep_id, session=session)
    out.print(rich_text(f"Merged {other_name} into {kept_name} ({plural(moved, 'meeting')})."))


@people_app.command("duplicates")
@handles_errors
def people_duplicates(ctx: typer.Context) -> None:
    """Names that are the same without diacritics (Hải, Hài, Hai): check, then merge if one."""
    from store.people import possible_duplicates

    with opened(ctx) as book, book.session() as session:
        groups = possible_duplicates(session=session)
    if not groups:
        raise fail("no possible duplicates")
    for group in groups:
        out.print(
            rich_text(" | ".join(f"{p.name} ({plural(p.meetings, 'meeting')})" for p in group))
        )


# Database -----------------------------------------------------------------------------------------


@db_app.command("path")
@handles_errors
def db_path(ctx: typer.Context) -> None:
    """Where the book is (a file path for SQLite, the URL without password otherwise)."""
    from store.db import resolve_url, safe_url, sqlite_file

    url = resolve_url(ctx.obj["db"] if ctx.obj else None)
    file = sqlite_file(url)
    out.print(rich_text(str(file) if file else safe_url(url)))


@db_app.command("upgrade")
@handles_errors
def db_upgrade(ctx: typer.Context) -> None:
    """Bring the schema to this version's (also done automatically on open)."""
    from store.db import HEAD_REVISION

    with opened(ctx) as book:
        out.print(rich_text(f"{book.display_url} is at schema {HEAD_REVISION}."))


@db_app.command("backup")
@handles_errors
def db_backup(
    ctx: typer.Context,
    target: Annotated[Path, typer.Argument(metavar="FILE", help="The new backup file.")],
) -> None:
    """Copy the book to FILE safely, even while someone is writing to it."""
    with opened(ctx) as book:
        store.backup(book, target)
    out.print(rich_text(f"Backed up to {target}."))


@db_app.command("copy")
@handles_errors
def db_copy(
    ctx: typer.Context,
    to: Annotated[
        str,
        typer.Option(
            "--to",
            metavar="URL",
            help="The empty database to copy into: a file path or a URL such as "
            "postgresql+psycopg://clerk@server/minutes.",
            show_default=False,
        ),
    ],
) -> None:
    """Copy the whole book into another, empty database (SQLite ↔ PostgreSQL), numbers kept."""
    from store.copy import copy_book

    with opened(ctx) as book:
        target = store.open_store(to)
        try:
            report = copy_book(book, target)
        finally:
            target.close()
    out.print(
        rich_text(
            f"Copied {plural(report.meetings, 'meeting')} ({report.people} people) "
            f"from {report.source} to {report.target}."
        )
    )


@db_app.command("check")
@handles_errors
def db_check(ctx: typer.Context) -> None:
    """Check integrity and schema version; exit 1 if anything is wrong."""
    with opened(ctx) as book:
        report = store.check(book)
    out.print(rich_text(f"Database: {report.url} ({report.backend})"))
    out.print(rich_text(f"Schema:   {report.revision} (this minutebook: {report.head})"))
    out.print(rich_text("Counts:   " + ", ".join(f"{v} {k}" for k, v in report.counts.items())))
    for problem in report.problems:
        err.print(rich_text("problem: " + one_line(problem)))
    if not report.ok:
        raise fail("check failed")
    out.print(rich_text("Integrity: ok"))


def main() -> None:
    """The `minutebook` command. A user's mistake is handled where it happens (one line, exit 1
    or 2); anything else escaping a command is a bug: one line naming the crash report, exit 70.
    """
    try:
        app()
    except Exception as exc:  # not SystemExit (typer.Exit ends as one) nor KeyboardInterrupt
        from store.crash_report import EXIT_CRASH, crash_line, type_name, write_crash_report

        report = write_crash_report(exc)
        print(crash_line(type_name(exc), report), file=sys.stderr)
        raise SystemExit(EXIT_CRASH) from None


if __name__ == "__main__":
    main()
