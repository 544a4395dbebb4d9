"""The meetings: list, search, show, add, delete (to the trash). Changing one is
`commands/editing.py`; its history, the trash and restoring are `commands/keeping.py`.

`show` lays a meeting out with the store's one renderer of a meeting's words (`meeting_words`,
`as_rich_text`, the same the minute book's screens use), plus what only the command line says: the
meeting's number, its uid and version, where it stands (a draft to mark final, approved minutes
with their approval line, locked minutes to amend).
"""

import dataclasses
import re
import shlex
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

import store
from commands.options import (
    Format,
    FormatOption,
    LimitOption,
    MeetingArgument,
    PersonOption,
    Sort,
    SortOption,
    opened,
    role_entries,
    valid,
)
from commands.output import (
    EXIT_USAGE,
    err,
    fail,
    named_format,
    on_a_terminal,
    out,
    print_summaries,
    refuse_binary_terminal,
    rich_text,
    write_matched_json,
    write_output,
)
from store.i18n import _, plural

app = typer.Typer()


class ShowFormat(StrEnum):
    """`show`'s formats: the screen's, the scripts', and the minutes to read (md) or print."""

    table = "table"
    json = "json"
    csv = "csv"
    md = "md"
    docx = "docx"


# Reading ----------------------------------------------------------------------------------------


def show_page(
    ctx: typer.Context,
    query: "store.Query",
    limit: int,
    fmt: Format,
    *,
    order: Sort = Sort.newest,
    matched: bool = False,
    typed: str = "",
    apart: list[str] | None = None,
) -> None:
    """The first `limit` meetings `query` finds, in `order`, as a table, JSON or CSV; with
    `matched` (a search), where each one matched: under its title, or JSON's `matched`.
    `apart`: the search's arguments with its phrases' words apart, offered when they find some
    where the phrases found none."""
    with opened(ctx) as book:
        page = book.search(query, limit=limit, order=order.value)
        if not page.ids:
            if fmt is Format.json:
                sys.stdout.write("[]\n")  # still JSON for the script reading it; exit code 1
            if query.is_empty():
                raise fail(
                    _("the book is empty; `minutebook add` or `minutebook import FILE` fills it")
                )
            # The query as the person typed it, not the parser's reading of it.
            shown = _shown(typed) if typed else query.describe()
            found_apart = _found_apart(book, apart) if apart else 0
            if found_apart:
                raise fail(
                    plural(
                        found_apart,
                        "no meetings match {query}: an argument in quotes is one phrase; as "
                        "separate words, `{command}` finds {count} meeting",
                        "no meetings match {query}: an argument in quotes is one phrase; as "
                        "separate words, `{command}` finds {count} meetings",
                        query=shown,
                        command=_command(apart or []),
                    )
                )
            if not any(match.tokens for match in query.text):  # fields only: nothing to spell
                raise fail(_("no meetings match {query}", query=shown))
            raise fail(
                _("no meetings match {query}; check the spelling or use fewer words",
                  query=shown)
            )  # fmt: skip
        # A chunk at a time: a page of a million meetings is never in memory at once.
        chunks = [page.ids[at : at + CHUNK] for at in range(0, len(page.ids), CHUNK)]
        if fmt is Format.table:
            rows = book.summaries(page.ids)
            why = dict(_matched(book, query, chunks)) if matched and _explains(query) else None
            print_summaries(rows, page.total, why)
        elif fmt is Format.json and matched:
            records = (
                (number, record, store.why(record, query) if _explains(query) else None)
                for chunk in chunks
                for number, record in _numbered(book, chunk)
            )
            write_matched_json(records, sys.stdout)
        else:
            book.write((r for chunk in chunks for r in book.meetings(chunk)), fmt.value, sys.stdout)


CHUNK = 500  # records read at once


def _shown(typed: str) -> str:
    """The query text between curly quotes, unless its own quotes already bound it: a phrase
    argument reads `"khang quý 1/2024"`, not `“"khang quý 1/2024"”`."""
    typed = typed.strip()
    return typed if typed.startswith('"') or typed.endswith('"') else f"“{typed}”"


def _found_apart(book: "store.Book", apart: list[str]) -> int:
    """How many meetings the arguments find with their phrases' words apart (0 if they cannot
    be read: the phrase's own message stands then)."""
    try:
        query = store.parse_query(store.query_from_arguments(apart))
    except store.QueryError:
        return 0
    return 0 if query.is_empty() else book.search(query, limit=1).total


# What a shell takes as it is; anything else in a word is quoted for the command shown.
_SHELL_PLAIN = re.compile(r"[\w/.,:+@%=-]+")


def _command(arguments: list[str]) -> str:
    """`minutebook search` and `arguments` as one would type them in a shell."""
    words = [a if _SHELL_PLAIN.fullmatch(a) else shlex.quote(a) for a in arguments]
    return " ".join(["minutebook search", *words])


def _explains(query: "store.Query") -> bool:
    """Whether `store.why` can say anything for `query`: it has free words or people (a date,
    a document number or a status alone is its own explanation)."""
    return bool(query.person or query.chair or any(m.tokens for m in query.text))


def _matched(
    book: "store.Book", query: "store.Query", chunks: list[list[int]]
) -> "Iterator[tuple[int, store.Why | None]]":
    """Each meeting's id and where it matched, reading the records a chunk at a time and
    keeping only the answers."""
    for chunk in chunks:
        ids = {summary.uid: summary.id for summary in book.summaries(chunk)}
        for record in book.meetings(chunk):
            if record.uid in ids:
                yield ids[record.uid], store.why(record, query)


def _numbered(book: "store.Book", ids: list[int]) -> list[tuple[int, "store.MeetingRecord"]]:
    """The records of `ids` with their numbers (what `show`, `edit` and the table's # take)."""
    numbers = {line.uid: line.id for line in book.summaries(ids)}
    return [(numbers[record.uid], record) for record in book.meetings(ids) if record.uid in numbers]

def print_meeting(meeting_id: int, record: "store.MeetingRecord") -> None:
    """The whole record as the store's renderer words it, with the command line's own lines:
    the uid and version, where the record stands, and under the title the approval line of
    approved or locked minutes."""
    words = store.meeting_words(record, _)
    extra = [
        (
            "uid",
            store.one_line(_("{uid} (version {version})", uid=record.uid, version=record.version)),
        ),
        (_("Status"), status_words(meeting_id, record.status)),
    ]
    words = dataclasses.replace(words, facts=(*words.facts, *extra))
    text = store.as_rich_text(words, status_line=words.approval)
    out.print(store.Hanging(rich_text(f"#{meeting_id}  ", style="bold") + text))


def status_words(meeting_id: int, status: str) -> str:
    """Where a record stands, and what the secretary does next with it."""
    if status == "draft":
        return _(
            "draft: to review; `minutebook edit {id} --status final` when checked", id=meeting_id
        )
    if status == "locked":
        return _(
            "locked: corrected only by `minutebook amend {id} --reason TEXT ...`", id=meeting_id
        )
    return _(status)


@app.command("list")
def list_meetings(
    ctx: typer.Context, limit: LimitOption = 50, fmt: FormatOption = Format.table
) -> None:
    """The most recent meetings, newest first."""
    show_page(ctx, store.Query(), limit, fmt, order=Sort.newest)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY...",
            help=_(
                "Words and fields (README: The query language); an argument in quotes is one "
                "phrase, or after field: one value."
            ),
            show_default=False,
        ),
    ],
    limit: LimitOption = 50,
    fmt: FormatOption = Format.table,
    sort: SortOption = Sort.relevance,
) -> None:
    """Find meetings: free words plus person: chair: org: place: kind: doc: date: status:.

    `minutebook search chair:"nguyen dinh khang" date:2024` finds the meetings he chaired in
    2024; `minutebook search "ky ket" quý 2/2024` the words ký kết together, April-June 2024.
    Without marks a word matches any marks; typed with marks (Nguyễn Đình Khang) it means them.
    Under each title (json: `matched`), where the meeting matched: the person, or the words.
    """
    # Each argument back into query text: the shell took off the quotes that grouped its words.
    typed = store.query_from_arguments(query)
    parsed = store.parse_query(typed)
    apart = store.arguments_apart(query)
    show_page(ctx, parsed, limit, fmt, order=sort, matched=True, typed=typed, apart=apart)


@app.command()
def show(
    ctx: typer.Context,
    meeting: Annotated[
        str, typer.Argument(metavar="MEETING", help=_("The meeting's number (from list) or uid."))
    ],
    given: Annotated[
        ShowFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=_("table for people, json or csv for scripts, md or docx for the minutes"
                   " (default: by --output's ending, else table)."),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help=_("Write to this file (docx needs one)."),
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """The whole record of one meeting; --format md or docx writes its minutes."""
    fmt = named_format(ShowFormat, given, output, {"markdown": "md"}) or ShowFormat.table
    if fmt is ShowFormat.table and output is not None:
        raise fail(_("--output needs a file format: --format md, docx, json or csv"), EXIT_USAGE)
    if output is None:
        refuse_binary_terminal(fmt.value)
    with opened(ctx) as book:
        meeting_id = book.resolve(meeting)
        record = book.meeting(meeting_id)
    if fmt is ShowFormat.table:
        print_meeting(meeting_id, record)
        return
    write_output([record], fmt.value, output, book=book)
    if output is not None:
        err.print(rich_text(_("Wrote meeting #{id} to {file}.", id=meeting_id, file=output)))


# Writing ----------------------------------------------------------------------------------------


@app.command()
def add(
    ctx: typer.Context,
    title: Annotated[
        str, typer.Option(metavar="TEXT", help=_("What the meeting was."), show_default=False)
    ],
    date: Annotated[
        str,
        typer.Option(
            metavar="TEXT", help=_("15/3/2024, 2024-03-15, 3/2024 or 2024."), show_default=False
        ),
    ],
    kind: Annotated[
        str | None,
        typer.Option(metavar="TEXT", help=_("hội nghị, buổi làm việc, lễ ký kết, ... Default: the "
                                            "kind the title names (Hội nghị ...).")),
    ] = None,
    part_of_day: Annotated[
        str | None, typer.Option(metavar="TEXT", help=_("sáng, trưa, chiều, tối."))
    ] = None,
    start: Annotated[str | None, typer.Option(metavar="TEXT", help=_("Start time, 14:00."))] = None,
    end: Annotated[str | None, typer.Option(metavar="TEXT", help=_("End time, 16:30."))] = None,
    place: Annotated[str | None, typer.Option(metavar="TEXT", help=_("Where it was held."))] = None,
    org: Annotated[
        list[str] | None, typer.Option(metavar="TEXT", help=_("An organising body (repeatable)."))
    ] = None,
    chair: PersonOption = None,
    attendee: PersonOption = None,
    speaker: PersonOption = None,
    secretary: PersonOption = None,
    representative: PersonOption = None,
    absent: PersonOption = None,
    decision: Annotated[
        list[str] | None,
        typer.Option(metavar="'[KIND:] TEXT [| responsible: X] [| due: D]'", show_default=False),
    ] = None,
    doc: Annotated[
        list[str] | None, typer.Option(metavar="'Thông báo số 249/TB-VPCP'", show_default=False)
    ] = None,
    notes: Annotated[
        str | None, typer.Option(metavar="TEXT", help=_("The minutes body (Markdown)."))
    ] = None,
    source: Annotated[
        str | None, typer.Option(metavar="TEXT", help=_("A URL or file the record came from."))
    ] = None,
    date_inferred: Annotated[
        bool, typer.Option(help=_("The date was not stated in full."))
    ] = False,
    uid: Annotated[
        str | None, typer.Option(metavar="TEXT", help=_("A stable id; generated if absent."))
    ] = None,
) -> None:
    """Record a new meeting. People as 'Name | title' or 'Name (title)', repeatable."""
    people = role_entries(
        chair=chair, attendee=attendee, speaker=speaker, secretary=secretary,
        representative=representative, absent=absent,
    )  # fmt: skip
    # No --kind: the kind the title names, as a draft reads it (`Hội nghị ...`: hội nghị).
    from_title = store.read_kind(title) if kind is None else None
    data: dict[str, Any] = {
        "uid": uid, "title": title, "kind": from_title or kind, "date": date,
        "date_inferred": date_inferred, "part_of_day": part_of_day, "start_time": start,
        "end_time": end, "location": place, "organisers": org or [],
        "participants": [{**store.parse_person(text), "role": role} for role, text in people],
        "decisions": [store.parse_decision(d) for d in decision or []],
        "documents": [store.parse_citation(d) for d in doc or []],
        "notes": notes, "source": source,
    }  # fmt: skip
    record = valid(data, "add")
    with opened(ctx) as book:
        meeting_id = book.add(record)
    out.print(rich_text(_("Added meeting #{id}: {title}", id=meeting_id,
                          title=store.one_line(record.title))))  # fmt: skip
    if from_title:
        out.print(rich_text(_("Kind: {kind}, from the title (--kind gives another).",
                              kind=from_title)))  # fmt: skip


@app.command()
def delete(
    ctx: typer.Context,
    meeting: MeetingArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=_("Do not ask."))] = False,
) -> None:
    """Move a meeting to the trash, whole and under its number; `minutebook restore` brings it
    back."""
    with opened(ctx) as book:
        meeting_id = book.resolve(meeting)
        record = book.meeting(meeting_id)
        label = f"#{meeting_id} {store.date_label(record.date)} {store.one_line(record.title)}"
        if not yes:
            if not on_a_terminal():
                raise fail(_("not moving {meeting} to the trash: add --yes to confirm",
                             meeting=label), EXIT_USAGE)  # fmt: skip
            if not typer.confirm(_("Move {meeting} to the trash?", meeting=label), default=False):
                raise fail(_("nothing moved to the trash"))
        book.delete(meeting_id)
    said = _("Moved {meeting} to the trash; `minutebook restore {id}` brings it back.",
             meeting=label, id=meeting_id)  # fmt: skip
    out.print(rich_text(said), soft_wrap=True)  # the command to copy stays on one line
