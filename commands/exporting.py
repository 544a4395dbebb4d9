"""`minutebook export`: the whole book or a search, oldest first, in a format to carry records
(JSON, NDJSON, CSV, XLSX) or a document for people (Markdown, an ICS calendar, DOCX minutes).

The format comes from `--format`, else from the output file's name; a document of nothing is a
mistake rather than an empty file, and a calendar says how many meetings it left out (those known
only to the month or year, which the calendar writer skips). The files made for people to open in
a spreadsheet (`--format xlsx`, `--format csv --excel`) are in the interface language, or the one
`--headers` pins: their column names, and in Vietnamese their cells' words and day-first dates
(`store.exchange.cell_words`); the round-trip files keep the column names and the codes.
"""

import contextlib
import itertools
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

import store
from commands.options import opened
from commands.output import (
    EXIT_USAGE,
    err,
    fail,
    named_format,
    refuse_binary_terminal,
    rich_text,
    write_output,
)
from store.i18n import _, current_language, plural

app = typer.Typer()


class ExportFormat(StrEnum):
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    md = "md"
    ics = "ics"
    docx = "docx"
    xlsx = "xlsx"


class HeaderLanguage(StrEnum):
    en = "en"
    vi = "vi"


# Formats that are documents for people: an empty one is a mistake, not an empty list.
DOCUMENT_FORMATS = (ExportFormat.md, ExportFormat.ics, ExportFormat.docx)


def export_format(given: ExportFormat | None, output: Path | None) -> ExportFormat:
    """The format asked for, else the one the output file's name says, else JSON; a file whose
    extension names another format is refused rather than filled with the wrong kind."""
    aliases = {"markdown": "md", "ical": "ics", "jsonl": "ndjson"}
    return named_format(ExportFormat, given, output, aliases) or ExportFormat.json


def write_calendar(
    records: "Iterable[store.MeetingRecord]", output: Path | None, book: "store.Book"
) -> tuple[int, int]:
    """The calendar of `records` to `output` (or stdout), an event at a time: (events written,
    meetings left out). The store writes nothing when no meeting is dated to the day."""
    seen = 0

    def counted() -> "Iterator[store.MeetingRecord]":
        nonlocal seen
        for record in records:
            seen += 1
            yield record

    count = write_output(counted(), ExportFormat.ics.value, output, book=book)
    return count, seen - count


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=_(
                "json, ndjson, csv or xlsx to carry records; md, ics, docx or xlsx to read "
                "them. Default: from the --output file's extension, else json."
            ),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help=_("File; default stdout (docx, xlsx: a file or a pipe)."),
        ),
    ] = None,
    query: Annotated[
        str | None,
        typer.Option("--query", "-q", metavar="QUERY", help=_("Only meetings matching.")),
    ] = None,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel",
            help=_(
                "CSV for Excel: a UTF-8 byte-order mark, ';' and CRLF, and no cell run as a "
                "formula. It imports back as well."
            ),
        ),
    ] = False,
    headers: Annotated[
        HeaderLanguage | None,
        typer.Option(
            "--headers",
            help=_(
                "Language of an xlsx or csv --excel file: its column names and the words in "
                "its cells (chiều, có, 15/03/2024). Default: the interface language (--lang). "
                "Either imports back."
            ),
            show_default=False,
        ),
    ] = None,
) -> None:
    """Write the whole book (or a search), oldest first: JSON, NDJSON, CSV, Markdown minutes,
    an ICS calendar, DOCX minutes (Biên bản, one meeting a page) or an XLSX workbook."""
    fmt = export_format(fmt, output)
    if excel and fmt is not ExportFormat.csv:
        raise fail(_("--excel is for CSV files, not {format}", format=fmt.value), EXIT_USAGE)
    for_people = excel or fmt is ExportFormat.xlsx
    if headers is not None and not for_people:
        # The round-trip files are read by programs: their column names never change.
        said = _("--headers is for xlsx and csv --excel files, not {format}", format=fmt.value)
        raise fail(said, EXIT_USAGE)
    if output is None:
        refuse_binary_terminal(fmt.value)
    parsed = store.parse_query(query) if query else None
    left_out = 0
    # The book's reading is closed with the command, also when the writing fails half way (a
    # full disk): its transaction ends here, not whenever Python collects it.
    with opened(ctx) as book, contextlib.ExitStack() as reading:
        # Streamed in one snapshot, a chunk at a time, whatever selects the meetings.
        records: Iterable[store.MeetingRecord] = book.iter_meetings(parsed)
        close = getattr(records, "close", None)  # the generator's: its transaction ends
        if close is not None:
            reading.callback(close)
        if parsed is not None:
            records = iter(records)
            first = next(records, None)
            if first is None:
                raise fail(_("no meetings match {query}; nothing written",
                             query=parsed.describe()))  # fmt: skip
            records = itertools.chain([first], records)
        if fmt in DOCUMENT_FORMATS:
            records = iter(records)
            first = next(records, None)
            if first is None:
                raise fail(_("the book is empty; nothing written"))
            records = itertools.chain([first], records)
        if fmt is ExportFormat.ics:
            count, left_out = write_calendar(records, output, book)
        else:
            written = "csv-excel" if excel else fmt.value
            if for_people:  # headed in the language a person reads (see store's registry)
                written += f":{headers or current_language()}"
            count = write_output(records, written, output, book=book)
    wrote = (
        _("Wrote {meetings} to {file}", meetings=plural(count, "1 meeting", "{count} meetings"),
          file=output)
        if output is not None
        else ""
    )  # fmt: skip
    skipped = (
        plural(left_out, "1 meeting dated only to the month or year left out of the calendar",
               "{count} meetings dated only to the month or year left out of the calendar")
        if left_out
        else ""
    )  # fmt: skip
    if wrote or skipped:
        err.print(rich_text("; ".join(filter(None, [wrote, skipped])) + "."))
