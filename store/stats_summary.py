"""Summaries of the committee's figures kept in the book: meetings by month and kind, each
body's meetings by month, and each person's attendance, so that the figures of all time or of
whole months (a year, a quarter) read a few thousand summed rows instead of every meeting,
organiser and participation of the period.

Kept exact by the database's own triggers on `meeting`, `meeting_organiser` and `participation`
(SQLite triggers, PostgreSQL plpgsql; `store.stats_triggers`), so every write path (a save, an
import, trash and restore, a merge, `db copy`, a history restore) keeps them without knowing:

* `stats_meetings (year, month, kind, meetings)` (migration 0012), keyed by the month of a
  meeting's date (`month` 0: dated only to the year, never January's); `kind` '' for none;
* `stats_bodies (organisation_id, year, month, meetings)` (0012): the meetings a body organised,
  each meeting once however many times it names the body;
* `stats_people (person_id, present, absent, chaired)` (0013): over the whole book, as
  `store.stats_attendance` counts them (a meeting once, whatever roles the person held there);
* `stats_attendance (year, month, person_id, present, absent, chaired)` (0013): the same by the
  month of the meetings, keyed as `stats_meetings` is.

A meeting counts in a period when its whole date lies in it (`store.stats_scope._within`): for a
period of whole months that is its month for one dated to the day or month, and its whole year
for one dated to the year, so these keys say it exactly (`period_where`). A period that starts or
ends inside a month, or any other condition, is counted from the rows (`store.stats_sql`).
`recount` says where the summaries differ from the rows (`minutebook db check`); `rebuild` makes
them again from the rows.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, func, or_, select, text

from store.models import StatsAttendance, StatsBodies, StatsMeetings, StatsPeople
from store.query import Query
from store.stats_triggers import _keys

SM = StatsMeetings.__table__
SB = StatsBodies.__table__
SP = StatsPeople.__table__
SA = StatsAttendance.__table__
SUMMARIES = (SM, SB, SP, SA)


def serves(query: Query, person: int | None) -> bool:
    """Whether the summaries give the figures of `query` exactly: a period alone (or none),
    starting on a month's first day and ending on a month's last, and no one person's."""
    if person is not None or replace_dates(query) != Query():
        return False
    start, end = query.date_from, query.date_to
    if start is not None and start.day != 1:
        return False
    return end is None or (end + timedelta(days=1)).day == 1


def replace_dates(query: Query) -> Query:
    from dataclasses import replace

    return replace(query, date_from=None, date_to=None)


def period_where(table: Table, query: Query) -> list[ColumnElement[bool]]:
    """The summary rows of the meetings whose whole date lies in `query`'s period of whole
    months: a month's row when that month is in it, a year's (`month` 0) when all of it is."""
    where: list[ColumnElement[bool]] = []
    start, end = query.date_from, query.date_to
    key = table.c.year * 100 + table.c.month
    dated_to_month = table.c.month > 0
    if start is not None:
        first_year = start.year if start.month == 1 else start.year + 1
        where.append(
            or_(
                and_(dated_to_month, key >= start.year * 100 + start.month),
                and_(~dated_to_month, table.c.year >= first_year),
            )
        )
    if end is not None:
        last_year = end.year if end.month == 12 else end.year - 1
        where.append(
            or_(
                and_(dated_to_month, key <= end.year * 100 + end.month),
                and_(~dated_to_month, table.c.year <= last_year),
            )
        )
    return where


def dated(conn: Any, query: Query) -> dict[tuple[int, int | None, str | None], int]:
    """Meetings by (year, month or None, kind), as `store.stats_sql._dated` counts them."""
    statement = select(SM.c.year, SM.c.month, SM.c.kind, SM.c.meetings)
    rows = conn.execute(statement.where(SM.c.meetings > 0, *period_where(SM, query)))
    return {(year, month or None, kind or None): count for year, month, kind, count in rows}


def body_totals(conn: Any, query: Query) -> dict[int, int]:
    """Each body's meetings in the period, by body id."""
    statement = select(SB.c.organisation_id, func.sum(SB.c.meetings))
    statement = statement.where(SB.c.meetings > 0, *period_where(SB, query))
    return {
        org: int(count) for org, count in conn.execute(statement.group_by(SB.c.organisation_id))
    }


def attendance(conn: Any, query: Query, top: int | None) -> tuple[list[tuple], int]:
    """Each person's (id, present, absent, chaired) in the period, in the attendance list's order
    (most present, most chaired, least absent, lowest id) and cut at `top`, and how many people
    there were: all time off `stats_people`, whole months summed off `stats_attendance`."""
    if query.date_from is None and query.date_to is None:
        present, absent, chaired = SP.c.present, SP.c.absent, SP.c.chaired
        each = select(SP.c.person_id.label("person_id"), present, absent, chaired)
        each = each.where(present + absent > 0).subquery()
    else:
        names = ("present", "absent", "chaired")
        present, absent, chaired = (func.sum(SA.c[name]) for name in names)
        each = select(
            SA.c.person_id.label("person_id"), present.label("present"),
            absent.label("absent"), chaired.label("chaired"),
        ).where(*period_where(SA, query)).group_by(SA.c.person_id)  # fmt: skip
        each = each.having(present + absent > 0).subquery()
    statement = select(
        each.c.person_id, each.c.present, each.c.absent, each.c.chaired, func.count().over()
    ).order_by(each.c.present.desc(), each.c.chaired.desc(), each.c.absent, each.c.person_id)
    if top is not None:
        statement = statement.limit(max(top, 0))
    found = conn.execute(statement).all()
    rows = [(pid, int(was), int(away), int(chairs)) for pid, was, away, chairs, _ in found]
    if found:
        return rows, int(found[0][4])
    people = conn.execute(select(func.count()).select_from(each)).scalar_one()
    return rows, int(people)


def body_months(
    conn: Any, query: Query, bodies: list[int]
) -> list[tuple[int, int | None, int, int]]:
    """(year, month or None, body id, meetings) of `bodies` in the period."""
    statement = select(SB.c.year, SB.c.month, SB.c.organisation_id, SB.c.meetings)
    statement = statement.where(SB.c.organisation_id.in_(bodies), SB.c.meetings > 0)
    rows = conn.execute(statement.where(*period_where(SB, query)))
    return [(year, month or None, org, count) for year, month, org, count in rows]


def _counted(conn: Any) -> dict[Table, Any]:
    """The summaries' rows as counted from the book's rows, a statement each."""
    y, m = _keys(conn.dialect.name, "meeting")
    meetings = text(
        f"SELECT {y} AS year, {m} AS month, COALESCE(kind, '') AS kind,"
        f" count(*) AS meetings FROM meeting GROUP BY 1, 2, 3"
    )
    bodies = text(
        f"SELECT organisation_id, {y} AS year, {m} AS month,"
        " count(DISTINCT meeting_id) AS meetings FROM meeting_organiser"
        " JOIN meeting ON meeting.id = meeting_organiser.meeting_id GROUP BY 1, 2, 3"
    )
    # Each person at each meeting once: present in any role but absent, chaired or not.
    each = (
        "(SELECT meeting_id, person_id,"
        " max(CASE WHEN role <> 'absent' THEN 1 ELSE 0 END) AS present,"
        " max(CASE WHEN role = 'chair' THEN 1 ELSE 0 END) AS chaired"
        " FROM participation GROUP BY meeting_id, person_id) AS each"
    )
    counts = (
        "sum(each.present) AS present, count(*) - sum(each.present) AS absent,"
        " sum(each.chaired) AS chaired"
    )
    people = text(f"SELECT each.person_id, {counts} FROM {each} GROUP BY each.person_id")
    monthly = text(
        f"SELECT {y} AS year, {m} AS month, each.person_id, {counts} FROM {each}"
        " JOIN meeting ON meeting.id = each.meeting_id GROUP BY 1, 2, 3"
    )
    return {SM: meetings, SB: bodies, SP: people, SA: monthly}


def rebuild(conn: Any, tables: tuple[Table, ...] = SUMMARIES) -> None:
    """The summaries `tables` made again from the book's rows (the migrations fill them so)."""
    counted = _counted(conn)
    for table in tables:
        conn.execute(table.delete())
        columns = ", ".join(column.name for column in table.c)
        conn.execute(text(f"INSERT INTO {table.name} ({columns}) {counted[table].text}"))


def recount(conn: Any) -> list[str]:
    """Where the summaries differ from the rows, a line each (none: they are exact); an older
    book's (a read-only one is not upgraded) only those its schema has."""
    problems = []
    for table, counted in _counted(conn).items():
        if not conn.dialect.has_table(conn, table.name):
            continue
        width = len(table.primary_key.columns)
        kept = {
            tuple(row[:width]): tuple(row[width:])
            for row in conn.execute(select(table))
            if any(row[width:])
        }
        found = {tuple(row[:width]): tuple(row[width:]) for row in conn.execute(counted)}
        for key in sorted(set(kept) | set(found), key=str):
            if kept.get(key) != found.get(key):
                problems.append(
                    f"{table.name} {key}: {_said(kept.get(key))} kept,"
                    f" {_said(found.get(key))} in the rows"
                )
    return problems


def _said(counts: tuple[int, ...] | None) -> str:
    if counts is None:
        return "0"
    return str(counts[0]) if len(counts) == 1 else "/".join(str(number) for number in counts)
