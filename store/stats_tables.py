"""The committee's figures as tables of plain values: what `minutebook stats` prints, its workbook's
sheets, and the quarterly report's tables (`Stats.tables()`).

Each table has a stable `name` (`months`, `attendance`, ...: the sheet's and the JSON's key), a
title and headers in the interface's language, and rows of strings and numbers; `bar` is the
column of the counts a terminal draws as bars, `queries` the query that finds each row's meetings.
Numbers and dates are written by `number` and the labels here, the Vietnamese way under `vi`
(`1.234`, `5/2024`, `quý 2/2024`, docs/glossary.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.i18n import _, grouped

if TYPE_CHECKING:
    from store.stats import PeriodRow, Stats


@dataclass(frozen=True)
class StatsTable:
    """One table: `rows` of plain values under `headers`; `bar` the index of the column a
    terminal draws as bars (None: none); `queries` one query text per row."""

    name: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str | int | None, ...], ...]
    bar: int | None
    queries: tuple[str, ...]


def drafts_said(drafts: int) -> str:
    """What follows a count of meetings that holds drafts, counted but not yet reviewed: ` (1
    draft, not yet reviewed)`; nothing without. `stats` and the Overview say the same."""
    if not drafts:
        return ""
    if drafts == 1:
        return _(" (1 draft, not yet reviewed)")
    return _(" ({count} drafts, not yet reviewed)", count=grouped(drafts))


def period_label(row: PeriodRow) -> str:
    """`5/2024`, `Q2 2024` (`quý 2/2024`), or `2024 (month not known)`."""
    if row.number is None:
        return _("{year} (month not known)", year=row.year)
    if row.span == "month":
        return f"{row.number}/{row.year}"
    return _("Q{quarter} {year}", quarter=row.number, year=row.year)


def day(value: object) -> str:
    """A date as Vietnamese writes it, without leading zeros: `30/5/2024`, `5/2024`, `2024`."""
    parts = [getattr(value, name, None) for name in ("day", "month", "year")]
    return "/".join(str(part) for part in parts if part is not None)


def period_of(stats: Stats) -> str:
    """The period the figures cover: `1/1/2024 – 31/12/2024`, or `all dates`."""
    start, end = stats.date_from, stats.date_to
    if start is None and end is None:
        return _("all dates")
    shown_start = day(start) if start else "…"
    shown_end = day(end) if end else "…"
    return f"{shown_start} – {shown_end}"


def _kind(kind: str | None) -> str:
    return kind if kind else _("(no kind)")


def stats_tables(stats: Stats) -> list[StatsTable]:
    """Every table of `stats`, in the order a report reads them; empty ones left out."""
    tables = [
        _periods("months", _("Meetings by month"), _("Month"), stats, stats.months),
        _periods("quarters", _("Meetings by quarter"), _("Quarter"), stats, stats.quarters),
        StatsTable(
            "kinds", _("Meetings by kind"), (_("Kind"), _("Meetings")),
            tuple((_kind(row.kind), row.meetings) for row in stats.by_kind), 1,
            tuple(row.query for row in stats.by_kind),
        ),
        StatsTable(
            "bodies", _("Meetings by organising body"), (_("Organising body"), _("Meetings")),
            tuple((row.name, row.meetings) for row in stats.by_body), 1,
            tuple(row.query for row in stats.by_body),
        ),
        _attendance(stats),
        StatsTable(
            "decisions", _("Decisions by status"), (_("Status"), _("Decisions")),
            (
                *((_(count.status), count.decisions) for count in stats.decision_statuses),
                # Overdue decisions are open ones: said so, or the rows seem to add up to more.
                *([(_("of the open, overdue"), stats.overdue_total)]
                  if stats.decision_statuses else []),
            ),
            1, (),
        ),
        StatsTable(
            "owners", _("Decisions by responsible"),
            (_("Responsible"), _("open"), _("overdue"), _("done"), _("dropped")),
            tuple(
                (row.responsible or _("(no one named)"), row.open, row.overdue, row.done,
                 row.dropped)
                for row in stats.owners
            ),
            1, tuple(row.query for row in stats.owners),
        ),
        StatsTable(
            "overdue", _("Overdue decisions"),
            (_("Due"), _("Responsible"), _("Decision"), _("Meeting")),
            tuple(
                (day(item.due), item.responsible, item.text,
                 f"#{item.meeting_id} {day(item.meeting_date)} {item.meeting_title}")
                for item in stats.overdue
            ),
            None, tuple(f"#{item.meeting_id}" for item in stats.overdue),
        ),
        StatsTable(
            "documents", _("Documents cited most"), (_("Document"), _("Kind"), _("Meetings")),
            tuple((row.number, row.kind, row.meetings) for row in stats.documents), 2,
            tuple(row.query for row in stats.documents),
        ),
    ]  # fmt: skip
    return [table for table in tables if table.rows]


def totals_table(stats: Stats) -> StatsTable:
    """The period, its meetings and how many of those are drafts (read from a report, not yet
    reviewed): one row, whatever the count, so a script finds it every time."""
    return StatsTable(
        "totals", _("Meetings"), (_("Period"), _("Meetings"), _("Drafts")),
        ((period_of(stats), stats.meetings, stats.drafts),), None, (stats.query,),
    )  # fmt: skip


def _periods(name: str, title: str, header: str, stats: Stats, rows: tuple[PeriodRow, ...]
             ) -> StatsTable:  # fmt: skip
    kinds = tuple(_kind(kind) for kind in stats.kinds)
    return StatsTable(
        name, title, (header, _("Meetings"), *kinds),
        tuple((period_label(row), row.meetings, *row.by_kind) for row in rows), 1,
        tuple(row.query for row in rows),
    )  # fmt: skip


def _attendance(stats: Stats) -> StatsTable:
    body = stats.members_of is not None
    headers = (_("Person"), _("Attended"), _("Absent"), _("Chaired"))
    if body:
        headers = (*headers, _("Not named"))
    rows = tuple(
        (row.name, row.present, row.absent, row.chaired, *([row.not_named] if body else []))
        for row in stats.attendance
    )
    title = (
        _("Attendance at the meetings of {body}", body=stats.members_of)
        if body
        else _("Attendance by person")
    )
    return StatsTable(
        "attendance", title, headers, rows, 1, tuple(r.query for r in stats.attendance)
    )
