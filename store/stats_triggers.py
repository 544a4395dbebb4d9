"""The triggers that keep the committee's figures' summaries (`store.stats_summary`) exact: the
SQL each runs, for SQLite (triggers) and PostgreSQL (plpgsql functions), and how the migrations
create and drop them (0012: meetings and bodies by month; 0013: attendance).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

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


def _people_statements(dialect: str) -> dict[str, list[str]]:
    """The SQL of the triggers that keep each person's attendance (migration 0013).

    A person is present at a meeting when they hold any role there but absent, absent when named
    absent and nothing else, so one participation changes the counts only by what the person's
    other rows at that meeting (`seen`: present in another role, named absent) leave to it. The
    triggers on `participation` run BEFORE the row is written, as the organisers' do, so each
    sees the rows of its statement done before it; a row's own id is left out of `seen` when it
    is replaced (an update). The month's counts follow the meeting: its people are counted out of
    the old month and into the new when its date moves, and out before it is deleted (its
    participations, deleted by the cascade after it, then find no meeting and no month)."""
    my, mm = _keys(dialect, "m")

    def seen(row: str, besides: str) -> str:
        mine = f"o.meeting_id = {row}.meeting_id AND o.person_id = {row}.person_id{besides}"
        # One look at the person's few rows there (the unique index's), for both questions.
        return (
            "(SELECT coalesce(max(CASE WHEN o.role <> 'absent' THEN 1 ELSE 0 END), 0) AS other,"
            " coalesce(max(CASE WHEN o.role = 'absent' THEN 1 ELSE 0 END), 0) AS away"
            f" FROM participation o WHERE {mine}) AS seen"
        )

    def change(row: str, sign: str, besides: str) -> list[str]:
        undo = "-" if sign == "+" else "+"
        present = f"CASE WHEN {row}.role <> 'absent' AND seen.other = 0 THEN {sign}1 ELSE 0 END"
        absent = (
            f"CASE WHEN seen.other = 1 THEN 0 WHEN {row}.role = 'absent'"
            f" THEN (CASE WHEN seen.away = 1 THEN 0 ELSE {sign}1 END)"
            f" WHEN seen.away = 1 THEN {undo}1 ELSE 0 END"
        )
        chaired = f"CASE WHEN {row}.role = 'chair' THEN {sign}1 ELSE 0 END"
        return [
            "INSERT INTO stats_people (person_id, present, absent, chaired)"
            f" SELECT {row}.person_id, {present}, {absent}, {chaired} FROM {seen(row, besides)}"
            f" WHERE true {_ADDED.format(table='stats_people', key='person_id')}",
            "INSERT INTO stats_attendance (year, month, person_id, present, absent, chaired)"
            f" SELECT {my}, {mm}, {row}.person_id, {present}, {absent}, {chaired}"
            f" FROM meeting m, {seen(row, besides)} WHERE m.id = {row}.meeting_id"
            f" {_ADDED.format(table='stats_attendance', key='year, month, person_id')}",
        ]

    def emptied(row: str) -> list[str]:
        return [
            f"DELETE FROM stats_people WHERE person_id = {row}.person_id AND {_NOTHING}",
            f"DELETE FROM stats_attendance WHERE person_id = {row}.person_id"
            f" AND (year, month) = (SELECT {my}, {mm} FROM meeting m WHERE m.id = {row}.meeting_id)"
            f" AND {_NOTHING}",
        ]

    def moved(row: str, sign: str) -> list[str]:
        """The meeting `row`'s people counted into (+) or out of (-) its month."""
        year, month = _keys(dialect, row)
        was = "each.present" if sign == "+" else "-each.present"
        away = "1 - each.present" if sign == "+" else "each.present - 1"
        chaired = "each.chaired" if sign == "+" else "-each.chaired"
        statements = [
            "INSERT INTO stats_attendance (year, month, person_id, present, absent, chaired)"
            f" SELECT {year}, {month}, each.person_id, {was}, {away}, {chaired} FROM"
            " (SELECT person_id, max(CASE WHEN role <> 'absent' THEN 1 ELSE 0 END) AS present,"
            " max(CASE WHEN role = 'chair' THEN 1 ELSE 0 END) AS chaired FROM participation"
            f" WHERE meeting_id = {row}.id GROUP BY person_id) AS each"
            f" WHERE true {_ADDED.format(table='stats_attendance', key='year, month, person_id')}",
        ]
        if sign == "-":
            statements.append(
                f"DELETE FROM stats_attendance WHERE year = {year} AND month = {month}"
                f" AND {_NOTHING}"
            )
        return statements

    out = [*change("OLD", "-", " AND o.id <> OLD.id"), *emptied("OLD")]
    return {
        "stats_participation_added": change("NEW", "+", ""),
        "stats_participation_removed": out,
        "stats_participation_changed": [*out, *change("NEW", "+", " AND o.id <> OLD.id")],
        "stats_attendance_moved": [*moved("OLD", "-"), *moved("NEW", "+")],
        "stats_attendance_removed": moved("OLD", "-"),
    }


# Adds a row's counts to the summary row of its key (one statement, whether or not it is there).
_ADDED = (
    "ON CONFLICT ({key}) DO UPDATE SET present = {table}.present + excluded.present,"
    " absent = {table}.absent + excluded.absent, chaired = {table}.chaired + excluded.chaired"
)
_NOTHING = "present = 0 AND absent = 0 AND chaired = 0"


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
    (
        "stats_attendance_moved", "AFTER", "UPDATE", "meeting",
        "OLD.date_start <> NEW.date_start OR OLD.date_precision <> NEW.date_precision",
    ),
    ("stats_attendance_removed", "BEFORE", "DELETE", "meeting", None),
]  # fmt: skip
PEOPLE_TRIGGERS = tuple(name for name, *_rest in _TRIGGERS if name not in BODY_TRIGGERS)  # 0013's


def create_triggers(conn: Any, names: tuple[str, ...]) -> None:
    """The triggers `names` that keep the summaries (`BODY_TRIGGERS`, `PEOPLE_TRIGGERS`)."""
    dialect = conn.dialect.name
    statements = {**_statements(dialect), **_people_statements(dialect)}
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
