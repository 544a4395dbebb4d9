"""`minutebook stats` and `minutebook report`: the committee's figures over a query and a period,
as tables (with bars on a terminal), JSON, CSV or a workbook; and the quarterly report (Báo cáo)
as DOCX or Markdown. The figures count drafts and say how many; the report counts the record as
reviewed unless `--include-drafts`.

The figures are `Book.stats` (counted in the store); this module only chooses the period, lays the
tables out and writes the file whole or not at all (`write_to`).
"""

import json
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any

import typer

import store
from commands.options import opened
from commands.output import (
    EXIT_USAGE,
    err,
    fail,
    named_format,
    out,
    refuse_binary_terminal,
    rich_text,
    write_to,
)
from commands.periods import newest_year, nothing_in, period_of
from store.i18n import _, grouped

app = typer.Typer()


class StatsFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


class ReportFormat(StrEnum):
    docx = "docx"
    md = "md"


QueryOption = Annotated[
    str | None,
    typer.Option("--query", "-q", metavar="QUERY", help=_("Only the meetings this query finds.")),
]
YearOption = Annotated[
    int | None, typer.Option("--year", metavar="YYYY", help=_("A whole year: --year 2024."))
]
QuarterOption = Annotated[
    str | None,
    typer.Option("--quarter", metavar="Q/YYYY", help=_("A quarter: --quarter 2/2024.")),
]
MonthOption = Annotated[
    str | None, typer.Option("--month", metavar="M/YYYY", help=_("A month: --month 5/2024."))
]
AllOption = Annotated[
    bool, typer.Option("--all", help=_("Every date (without a period: this year)."))
]
MembersOption = Annotated[
    str | None,
    typer.Option(
        "--members-of",
        metavar="BODY",
        help=_(
            "Attendance at this body's meetings only (as org: takes it), and who was not named."
        ),
    ),
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help=_("Write to this file."))
]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return grouped(value)
    return store.one_line(str(value))


_EIGHTHS = " ▏▎▍▌▋▊▉█"


def bar(value: int, largest: int, width: int = 20) -> str:
    """`value` as a bar of block characters, `width` long for `largest`."""
    if largest <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value * width * 8 / largest))
    return "█" * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")


def print_tables(tables: list[Any], stats: Any) -> None:
    from rich.table import Table

    # One meeting is "1 meeting" (a quarter of one said "1 meetings"); numbers as the language
    # writes them (9.909 in Vietnamese).
    meetings = (_("1 meeting") if stats.meetings == 1
                else _("{count} meetings", count=_cell(stats.meetings)))  # fmt: skip
    meetings += store.drafts_said(stats.drafts)  # counted, as every working figure counts them
    decisions = (_("1 decision") if stats.decisions == 1
                 else _("{count} decisions", count=_cell(stats.decisions)))  # fmt: skip
    overdue = _cell(stats.overdue_total)
    said = _("{meetings}, {decisions} ({overdue} overdue); {period}", meetings=meetings,
             decisions=decisions, overdue=overdue, period=_period(stats))  # fmt: skip
    out.print(rich_text(said, style="bold"))
    bars = out.is_terminal
    for table in tables:
        shown = Table(title=rich_text(table.title), title_justify="left", show_edge=False,
                      pad_edge=False)  # fmt: skip
        for index, header in enumerate(table.headers):
            numeric = bool(table.rows) and isinstance(table.rows[0][index], int)
            shown.add_column(rich_text(header), justify="right" if numeric else "left",
                             overflow="fold", max_width=None if numeric else 60)  # fmt: skip
            if bars and index == table.bar:
                shown.add_column("")
        largest = max((row[table.bar] or 0 for row in table.rows), default=0) if (
            table.bar is not None) else 0  # fmt: skip
        for row in table.rows:
            cells = []
            for index, value in enumerate(row):
                cells.append(rich_text(_cell(value)))
                if bars and index == table.bar:
                    cells.append(rich_text(bar(int(value or 0), largest), style="cyan"))
            shown.add_row(*cells)
        out.print()
        out.print(shown)
        more = _cut_off(table.name, len(table.rows), stats)
        if more:
            # A list cut at --top said nothing of it: a newcomer missed the secretary of a
            # meeting, eleventh in attendance, and took the list for all who attended.
            out.print(rich_text(_("… and {count} more (--top {total} lists them all)",
                                  count=_cell(more), total=more + len(table.rows))),
                      style="dim")  # fmt: skip


def _cut_off(name: str, shown: int, stats: Any) -> int:
    """How many rows of the list `name` the table leaves out (cut at --top), or 0."""
    totals = {
        "bodies": stats.bodies_total, "attendance": stats.people_total,
        "owners": stats.owners_total, "overdue": stats.overdue_total,
        "documents": stats.documents_total,
    }  # fmt: skip
    return max(0, totals.get(name, shown) - shown)


def _period(stats: Any) -> str:
    start, end = stats.date_from, stats.date_to
    if start is None and end is None:
        return _("all dates")
    return f"{_day(start) if start else '…'} – {_day(end) if end else '…'}"


def _day(value: Any) -> str:
    return f"{value.day}/{value.month}/{value.year}"


def figures_json(stats: Any) -> dict[str, Any]:
    """The figures for a script: codes and numbers, never translated."""

    def period(row: Any) -> dict[str, Any]:
        return {"period": row.key, "meetings": row.meetings,
                "by_kind": dict(zip([k or "" for k in stats.kinds], row.by_kind, strict=True)),
                "by_body": dict(zip(stats.bodies, row.by_body, strict=True)),
                "query": row.query, "exact": row.exact}  # fmt: skip

    return {
        "query": stats.query,
        "from": stats.date_from.isoformat() if stats.date_from else None,
        "to": stats.date_to.isoformat() if stats.date_to else None,
        "meetings": stats.meetings,
        "drafts": stats.drafts,
        "months": [period(row) for row in stats.months],
        "quarters": [period(row) for row in stats.quarters],
        "kinds": [vars(row) for row in stats.by_kind],
        "bodies": [vars(row) for row in stats.by_body],
        "bodies_total": stats.bodies_total,
        "members_of": stats.members_of,
        "body_meetings": stats.body_meetings,
        "attendance": [vars(row) for row in stats.attendance],
        "people_total": stats.people_total,
        "decisions": {count.status: count.decisions for count in stats.decision_statuses},
        "overdue_total": stats.overdue_total,
        "owners": [vars(row) | {"decisions": row.decisions} for row in stats.owners],
        "owners_total": stats.owners_total,
        "overdue": [
            {
                "meeting": item.meeting_id,
                "meeting_title": item.meeting_title,
                "meeting_date": item.meeting_date.iso(),
                "decision": item.position + 1,
                "text": item.text,
                "kind": item.kind,
                "responsible": item.responsible,
                "due": item.due.iso() if item.due else None,
            }
            for item in stats.overdue
        ],
        "documents": [vars(row) for row in stats.documents],
        "documents_total": stats.documents_total,
    }


@app.command("stats")
def stats_command(
    ctx: typer.Context,
    query: QueryOption = None,
    year: YearOption = None,
    quarter: QuarterOption = None,
    month: MonthOption = None,
    every: AllOption = False,
    members_of: MembersOption = None,
    top: Annotated[
        int | None,
        typer.Option(
            "--top",
            min=1,
            help=_("Rows of each list (default: 10 in the table, all in json, csv, xlsx)."),
        ),
    ] = None,
    given: Annotated[
        StatsFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=_("table for people; json, csv or xlsx (needs -o); else the file's name."),
        ),
    ] = None,
    output: OutputOption = None,
) -> None:
    """Meetings by month, quarter, kind and body; attendance; decisions by status and
    responsible, overdue ones named; documents cited most. Default period: this year. The
    working figures: drafts are counted, the first line says how many."""
    # -o so-lieu.xlsx is a workbook, -o so-lieu.csv a CSV; other names get JSON, as before.
    fmt = named_format(StatsFormat, given, output) or (
        StatsFormat.table if output is None else StatsFormat.json
    )  # fmt: skip
    period = period_of(year, quarter, month, every)
    if members_of is not None and not members_of.strip():
        raise fail(_("--members-of: name a body, as org: takes it"), EXIT_USAGE)
    if fmt is StatsFormat.xlsx:
        refuse_binary_terminal("xlsx") if output is None else None
    with opened(ctx) as book:
        # A workbook or a script's file holds every row: cut silently at ten, a sheet of
        # attendance lacked eight of the eighteen people present.
        rows = top if top is not None else (10 if fmt is StatsFormat.table else None)
        stats = book.stats(query, period=period, members_of=members_of, top=rows)
        if not stats.meetings:
            loose = book.search(stats.query, limit=0).total if period else 0
            raise nothing_in(stats.query, period, newest=newest_year(book, query), loose=loose)
        if stats.members_of is not None and not stats.body_meetings:
            # Said, not failed: the other figures stand; a mistyped body must not pass unseen.
            err.print(rich_text(_(
                "No meeting here was organised by {body}, so no attendance is shown; the"
                " bodies' names are in the table of meetings by organising body.",
                body=stats.members_of,
            )))  # fmt: skip
        tables = stats.tables()
        if fmt is StatsFormat.table and output is None:
            print_tables(tables, stats)
            return
        tables = [stats.totals(), *tables]  # the headline's counts, drafts among them, as a row

        def write(stream: IO[Any]) -> int:
            if fmt is StatsFormat.xlsx:
                return store.write_stats_xlsx(tables, stream)
            if fmt is StatsFormat.csv:
                return store.write_stats_csv(tables, stream)
            text = json.dumps(figures_json(stats), ensure_ascii=False, indent=2, default=str)
            stream.write(text + "\n")
            return 1

        write_to(output, binary=fmt is StatsFormat.xlsx, write=write, book=book)


@app.command("report")
def report_command(
    ctx: typer.Context,
    quarter: QuarterOption = None,
    year: YearOption = None,
    month: MonthOption = None,
    query: QueryOption = None,
    body: Annotated[
        str | None,
        typer.Option("--body", metavar="NAME", help=_("The reporting body, as its heading.")),
    ] = None,
    fmt: Annotated[
        ReportFormat | None,
        typer.Option("--format", "-f", help=_("docx (needs -o) or md; else the file's name.")),
    ] = None,
    output: OutputOption = None,
    include_drafts: Annotated[
        bool,
        typer.Option(
            "--include-drafts",
            help=_("Count the drafts too, each marked (dự thảo); else the reviewed record only."),
        ),
    ] = False,
) -> None:
    """The report (Báo cáo) of a period, in Vietnamese: the figures as tables, the meetings with
    their conclusions, the open and overdue decisions. Default period: this year. It counts the
    record as reviewed (final, approved, locked) and says how many drafts it left out."""
    period = period_of(year, quarter, month, False)
    chosen = named_format(ReportFormat, fmt, output, {"markdown": "md"})
    if chosen is None and output is not None:  # bao-cao.pdf: neither a .docx nor a .md
        raise fail(
            _("{file}: a report is written as .docx or .md; name the file so, or give --format",
              file=output),
            EXIT_USAGE,
        )  # fmt: skip
    chosen = chosen or ReportFormat.md
    if chosen is ReportFormat.docx and output is None:
        refuse_binary_terminal("docx")
    with opened(ctx) as book:
        stats = book.stats(query, period=period, top=20, named=None, drafts=include_drafts)
        if not stats.meetings:
            raise nothing_in(stats.query, period, stats.drafts, newest_year(book, query))

        def write(stream: IO[Any]) -> int:
            records = book.iter_meetings(stats.counted_query())
            stats.write_report(records, chosen.value, stream, body=body)
            return 1

        write_to(output, binary=chosen is ReportFormat.docx, write=write, book=book)
