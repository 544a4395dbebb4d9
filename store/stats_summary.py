"""Summaries of the committee's figures kept in the book: meetings by month and kind, each
body's meetings by month, and each person's attendance, so that the figures of all time or of
whole months (a year, a quarter) read a few thousand summed rows instead of every meeting,
organiser and participation of the period.

Kept exact by the database's own triggers on `meeting`, `meeting_organiser` and `participation`
(SQLite triggers, PostgreSQL plpgsql), so every write path (a save, an import, trash and restore,
a merge, `db copy`, a history restore) keeps them without knowing:

* `stats_meetings (year, month, kind, meetings)` (migration 0012), keyed by the month of a
  meeting's date (`month` 0: dated only to the year, never January's); `kind` '' for none;
* `stats_bodies (organisation_id, year, month, meetings)` (0012): the meetings a body organised,
  each meeting once however many times it names the body;
* `stats_people (person_id, present, absent, chaired)` (0013): over the whole book, as
  `store.stats_attendance` counts them (a meeting once, whatever roles the person held there).

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

from store.models import StatsBodies, StatsMeetings, StatsPeople
from store.query import Query

SM = StatsMeetings.__table__
SB = StatsBodies.__table__
SP = StatsPeople.__table__
SUMMARIES = (SM, SB, SP)


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


def body_months(
    conn: Any, query: Query, bodies: list[int]
) -> list[tuple[int, int | None, int, int]]:
    """(year, month or None, body id, meetings) of `bodies` in the period."""
    statement = select(SB.c.year, SB.c.month, SB.c.organisation_id, SB.c.meetings)
    statement = statement.where(SB.c.organisation_id.in_(bodies), SB.c.meetings > 0)
    rows = conn.execute(statement.where(*period_where(SB, query)))
    return [(year, month or None, org, count) for year, month, org, count in rows]


# --- kept by the database --------------------------------------------------------------------

# A meeting's keys from its row (`r`: NEW or OLD, or a table alias), in each backend's SQL.
_KEYS = {
    "sqlite": (
        "CAST(substr({r}.date_start, 1, 4) AS INTEGER)",
        "CASE WHEN {r}.date_precision = 'year' THEN 0"
        " ELSE CAST(substr({r}.date_start, 6, 2) AS INTEGER) END",
    ),
    "postgresql": (
        "CAST(EXTRACT(YEAR FROM {r}.date_start) AS INTEGER)",
        "CASE WHEN {r}.date_precision = 'year' THEN 0"
        " ELSE CAST(EXTRACT(MONTH FROM {r}.date_start) AS INTEGER) END",
    ),
}


def _keys(dialect: str, row: str) -> tuple[str, str]:
    year, month = _KEYS[dialect]
    return year.format(r=row), month.format(r=row)


def _statements(dialect: str) -> dict[str, list[str]]:
    """The SQL each trigger runs, by trigger name (`NEW`/`OLD` as each backend says them)."""
    ny, nm = _keys(dialect, "NEW")
    oy, om = _keys(dialect, "OLD")
    my, mm = _keys(dialect, "m")
    add_meeting = (
        "INSERT INTO stats_meetings (year, month, kind, meetings)"
        f" VALUES ({ny}, {nm}, COALESCE(NEW.kind, ''), 1)"
        " ON CONFLICT (year, month, kind) DO UPDATE SET meetings = stats_meetings.meetings + 1"
    )
    drop_meeting = [
        f"UPDATE stats_meetings SET meetings = meetings - 1 WHERE year = {oy} AND month = {om}"
        " AND kind = COALESCE(OLD.kind, '')",
        f"DELETE FROM stats_meetings WHERE year = {oy} AND month = {om}"
        " AND kind = COALESCE(OLD.kind, '') AND meetings <= 0",
    ]
    # A meeting's bodies, each once; moved from one month to another with their meeting.
    bodies_out = [
        f"UPDATE stats_bodies SET meetings = meetings - 1 WHERE year = {oy} AND month = {om}"
        " AND organisation_id IN (SELECT organisation_id FROM meeting_organiser"
        " WHERE meeting_id = OLD.id)",
        f"DELETE FROM stats_bodies WHERE year = {oy} AND month = {om} AND meetings <= 0",
    ]
    bodies_in = (
        "INSERT INTO stats_bodies (organisation_id, year, month, meetings)"
        f" SELECT DISTINCT organisation_id, {ny}, {nm}, 1 FROM meeting_organiser"
        " WHERE meeting_id = NEW.id"
        " ON CONFLICT (organisation_id, year, month)"
        " DO UPDATE SET meetings = stats_bodies.meetings + 1"
    )
    # One organiser row: counted when it is the meeting's only row naming its body. Its triggers
    # run BEFORE the row is written: one statement writing several rows of a meeting (its bodies
    # deleted at once) then has each trigger see the rows done before it, on PostgreSQL too,
    # whose AFTER row triggers all run once the statement is done and would each see none.
    organiser_in = (
        "INSERT INTO stats_bodies (organisation_id, year, month, meetings)"
        f" SELECT NEW.organisation_id, {my}, {mm}, 1 FROM meeting m WHERE m.id = NEW.meeting_id"
        " AND NOT EXISTS (SELECT 1 FROM meeting_organiser o WHERE o.meeting_id = NEW.meeting_id"
        " AND o.organisation_id = NEW.organisation_id)"
        " ON CONFLICT (organisation_id, year, month)"
        " DO UPDATE SET meetings = stats_bodies.meetings + 1"
    )
    alone = (
        "NOT EXISTS (SELECT 1 FROM meeting_organiser o WHERE o.meeting_id = OLD.meeting_id"
        " AND o.organisation_id = OLD.organisation_id AND o.position <> OLD.position)"
    )
    organiser_out = [
        "UPDATE stats_bodies SET meetings = meetings - 1"
        " WHERE organisation_id = OLD.organisation_id"
        f" AND (year, month) = (SELECT {my}, {mm} FROM meeting m WHERE m.id = OLD.meeting_id)"
        f" AND {alone}",
        "DELETE FROM stats_bodies WHERE organisation_id = OLD.organisation_id AND meetings <= 0",
    ]
    if dialect == "sqlite":  # an INSERT … SELECT's ON CONFLICT needs a WHERE to be read as such
        bodies_in = bodies_in.replace(" ON CONFLICT", " AND true ON CONFLICT")
        organiser_in = organiser_in.replace(" ON CONFLICT", " AND true ON CONFLICT")
    return {
        "stats_meeting_added": [add_meeting],
        # Before the meeting goes: its bodies go first, each counted out while its date is known
        # (a cascade would remove them after the meeting, with no date left to say where from).
        "stats_meeting_removed": ["DELETE FROM meeting_organiser WHERE meeting_id = OLD.id",
                                  *drop_meeting],
        "stats_meeting_moved": [*drop_meeting, add_meeting, *bodies_out, bodies_in],
        "stats_organiser_added": [organiser_in],
        "stats_organiser_removed": organiser_out,
        "stats_organiser_changed": [*organiser_out, organiser_in],
    }  # fmt: skip


def _people_statements() -> dict[str, list[str]]:
    """The SQL of the triggers on `participation` (the same on both backends).

    A person is present at a meeting when they hold any role there but absent, absent when named
    absent and nothing else, so one row changes the counts only by what the person's other rows
    at that meeting (`seen`: present in another role, named absent) leave to it. The triggers run
    BEFORE the row is written, as the organisers' do, so each sees the rows of its statement done
    before it; a row's own id is left out of `seen` when it is replaced (an update)."""

    def seen(row: str, besides: str) -> str:
        mine = f"o.meeting_id = {row}.meeting_id AND o.person_id = {row}.person_id{besides}"
        return (
            f"(SELECT EXISTS (SELECT 1 FROM participation o WHERE {mine} AND o.role <> 'absent')"
            f" AS other, EXISTS (SELECT 1 FROM participation o WHERE {mine}"
            " AND o.role = 'absent') AS away) AS seen"
        )

    def change(row: str, sign: str, besides: str) -> str:
        undo = "-" if sign == "+" else "+"
        present = f"CASE WHEN {row}.role <> 'absent' AND NOT seen.other THEN {sign}1 ELSE 0 END"
        absent = (
            f"CASE WHEN seen.other THEN 0 WHEN {row}.role = 'absent'"
            f" THEN (CASE WHEN seen.away THEN 0 ELSE {sign}1 END)"
            f" WHEN seen.away THEN {undo}1 ELSE 0 END"
        )
        chaired = f"CASE WHEN {row}.role = 'chair' THEN {sign}1 ELSE 0 END"
        return (
            "INSERT INTO stats_people (person_id, present, absent, chaired)"
            f" SELECT {row}.person_id, {present}, {absent}, {chaired} FROM {seen(row, besides)}"
            " WHERE true ON CONFLICT (person_id) DO UPDATE SET"
            " present = stats_people.present + excluded.present,"
            " absent = stats_people.absent + excluded.absent,"
            " chaired = stats_people.chaired + excluded.chaired"
        )

    def emptied(row: str) -> str:
        return (
            f"DELETE FROM stats_people WHERE person_id = {row}.person_id"
            " AND present = 0 AND absent = 0 AND chaired = 0"
        )

    out = [change("OLD", "-", " AND o.id <> OLD.id"), emptied("OLD")]
    return {
        "stats_participation_added": [change("NEW", "+", "")],
        "stats_participation_removed": out,
        "stats_participation_changed": [*out, change("NEW", "+", " AND o.id <> OLD.id")],
    }


# (trigger, when, event, table, condition)
_TRIGGERS = [
    ("stats_meeting_added", "AFTER", "INSERT", "meeting", None),
    ("stats_meeting_removed", "BEFORE", "DELETE", "meeting", None),
    (
        "stats_meeting_moved", "AFTER", "UPDATE", "meeting",
        "OLD.date_start <> NEW.date_start OR OLD.date_precision <> NEW.date_precision"
        " OR COALESCE(OLD.kind, '') <> COALESCE(NEW.kind, '')",
    ),
    ("stats_organiser_added", "BEFORE", "INSERT", "meeting_organiser", None),
    ("stats_organiser_removed", "BEFORE", "DELETE", "meeting_organiser", None),
    (
        "stats_organiser_changed", "BEFORE", "UPDATE", "meeting_organiser",
        "OLD.meeting_id <> NEW.meeting_id OR OLD.organisation_id <> NEW.organisation_id",
    ),
]  # fmt: skip
BODY_TRIGGERS = tuple(name for name, *_rest in _TRIGGERS)  # migration 0012's
_TRIGGERS += [
    ("stats_participation_added", "BEFORE", "INSERT", "participation", None),
    ("stats_participation_removed", "BEFORE", "DELETE", "participation", None),
    (
        "stats_participation_changed", "BEFORE", "UPDATE", "participation",
        "OLD.meeting_id <> NEW.meeting_id OR OLD.person_id <> NEW.person_id"
        " OR OLD.role <> NEW.role",
    ),
]  # fmt: skip
PEOPLE_TRIGGERS = tuple(name for name, *_rest in _TRIGGERS if name not in BODY_TRIGGERS)  # 0013's


def create_triggers(conn: Any, names: tuple[str, ...]) -> None:
    """The triggers `names` that keep the summaries (`BODY_TRIGGERS`, `PEOPLE_TRIGGERS`)."""
    dialect = conn.dialect.name
    statements = {**_statements(dialect), **_people_statements()}
    for name, when, event, table, condition in _TRIGGERS:
        if name not in names:
            continue
        body = "".join(f"  {statement};\n" for statement in statements[name])
        if dialect == "sqlite":
            guard = f" WHEN {condition}" if condition else ""
            conn.execute(text(
                f"CREATE TRIGGER {name} {when} {event} ON {table} FOR EACH ROW{guard}\n"
                f"BEGIN\n{body}END"
            ))  # fmt: skip
            continue
        returned = "OLD" if event == "DELETE" else "NEW"
        conn.execute(text(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n{body}"
            f"  RETURN {returned};\nEND\n$$"
        ))  # fmt: skip
        guard = f" WHEN ({condition})" if condition else ""
        conn.execute(text(
            f"CREATE TRIGGER {name} {when} {event} ON {table} FOR EACH ROW{guard}"
            f" EXECUTE FUNCTION {name}()"
        ))  # fmt: skip


def drop_triggers(conn: Any, names: tuple[str, ...]) -> None:
    for name, _when, _event, table, _condition in _TRIGGERS:
        if name not in names:
            continue
        if conn.dialect.name == "sqlite":
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        else:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            conn.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))


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
    people = text(
        "SELECT person_id, sum(present) AS present, count(*) - sum(present) AS absent,"
        " sum(chaired) AS chaired FROM (SELECT person_id,"
        " max(CASE WHEN role <> 'absent' THEN 1 ELSE 0 END) AS present,"
        " max(CASE WHEN role = 'chair' THEN 1 ELSE 0 END) AS chaired"
        " FROM participation GROUP BY meeting_id, person_id) AS each GROUP BY person_id"
    )
    return {SM: meetings, SB: bodies, SP: people}


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
