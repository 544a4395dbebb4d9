"""A parsed query's conditions as SQL: tests on the meeting row itself (`_own`) and, for each
condition on linked rows (people, chairs, organisers, documents), the statement reading its
meetings and its test of one row (`_linked`), with the name look-ups they rest on.

Kept apart from `store.search`, which decides how these are combined and read (the plans per
backend, tiers by relevance, pages and counts): what a condition means does not depend on how
a search is run, and the two together had grown past the house's 500 lines.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import ColumnElement, Select, and_, literal, literal_column, or_, select
from sqlalchemy.engine import Connection

from store.models import (
    DocumentRef,
    Meeting,
    MeetingOrganiser,
    MeetingSearch,
    Organisation,
    Participation,
    Person,
)
from store.query import Query
from store.search_pg import like_all

M = Meeting.__table__
MS = MeetingSearch.__table__
PA = Participation.__table__
P = Person.__table__
MO = MeetingOrganiser.__table__
O = Organisation.__table__  # noqa: E741
DR = DocumentRef.__table__

MAX_NAMES = 10_000  # people or bodies a word may match before they are left to the database


def _spaced(column: ColumnElement[str]) -> ColumnElement[str]:
    """A name key (`nguyễn đình khang`) as a space-wrapped word list, for `like_all`."""
    return literal(" ") + column + literal(" ")


def _linked(
    query: Query, conn: Connection, memo: dict[str, list[int]] | None = None
) -> list[tuple[Select[tuple[int]], list[ColumnElement[bool]], ColumnElement[int]]]:
    """Each linked-row condition as (its meeting ids, its test of one row, the meeting id column).
    In the test, `person_id + 0`: a meeting's few participations are read by meeting and each
    checked against the people, not one index seek per person (thousands for "nguyen").
    `memo`: names looked up earlier in this search (every tier asks for the same ones)."""
    linked = []
    for match, role in [(m, None) for m in query.person] + [(m, "chair") for m in query.chair]:
        named = like_all(P.c.search_key, match, _spaced(P.c.name_key))
        people = _names(select(P.c.id).where(named), conn, memo)
        roles = [PA.c.role == role] if role else []
        ids = select(PA.c.meeting_id).where(_among(PA.c.person_id, people), *roles)
        linked.append((ids, [_among(PA.c.person_id + 0, people), *roles], PA.c.meeting_id))
    for match in query.org:
        named = like_all(O.c.search_key, match, _spaced(O.c.name_key))
        orgs = _names(select(O.c.id).where(named), conn, memo)
        tests = [_among(MO.c.organisation_id, orgs)]
        linked.append((select(MO.c.meeting_id).where(*tests), tests, MO.c.meeting_id))
    for key in query.doc:
        # doc:02 finds 02-NQ/TW and 02/CTr-BCH but not 020/...: the number, then a separator.
        # As ranges ('-' < '.' and '/' < '0' in code point order) the number_key index serves them.
        tests = [
            or_(
                DR.c.number_key == key,
                and_(DR.c.number_key >= key + "-", DR.c.number_key < key + "."),
                and_(DR.c.number_key >= key + "/", DR.c.number_key < key + "0"),
            )
        ]
        linked.append((select(DR.c.meeting_id).where(*tests), tests, DR.c.meeting_id))
    return linked


def _among(column: ColumnElement[int], ids: list[int] | Select[tuple[int]]) -> ColumnElement[bool]:
    """`column IN ids`, a list of ids written into the statement as numbers: as bound
    parameters, a name's thousand people (`nguyen`) cost the driver and the compiler more
    than the search itself, each time the statement runs. Only ints from the database go here."""
    if isinstance(ids, Select):
        return column.in_(ids)
    listed = ",".join(str(int(one)) for one in ids)
    return column.op("IN")(literal_column(f"({listed})"))


def _names(
    ids: Select[tuple[int]], conn: Connection, memo: dict[str, list[int]] | None = None
) -> list[int] | Select[tuple[int]]:
    """The ids of the people (or bodies) a name matches, read once: inside a per-meeting test
    SQLite would otherwise run the LIKE over the whole directory again for every meeting."""
    first = ids.limit(MAX_NAMES + 1)
    key = "names " + _key(first, conn)
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = list(conn.execute(first).scalars())
    if memo is not None:
        memo[key] = found
    if not found:
        raise _Nothing
    return ids if len(found) > MAX_NAMES else found


def _key(statement: Select[tuple[int]], conn: Connection) -> str:
    """A statement with its parameters as text: the key of its rows in a search's memo."""
    compiled = statement.compile(dialect=conn.dialect)
    return repr((str(compiled), sorted(compiled.params.items())))


def _own(query: Query, backend: str) -> list[ColumnElement[bool]]:
    """Conditions on the meeting row itself (and, off SQLite and PostgreSQL, its free words)."""
    where: list[ColumnElement[bool]] = []
    if backend not in ("sqlite", "postgresql") and any(m.tokens for m in query.text):
        words = [like_all(MS.c.body, m, MS.c.marked) for m in query.text if m.tokens]
        where.append((M.c.id + 0).in_(select(MS.c.meeting_id).where(*words)))
    where.extend(like_all(M.c.location_key, m) for m in query.place)
    where.extend(like_all(M.c.kind_key, m) for m in query.kind)
    where.extend(M.c.status.in_(codes) for codes in query.status)
    # A meeting matches a date range when its period overlaps it: "05/2022" is found by
    # date:2022-05-15 as well as by date:2022.
    if query.date_from is not None:
        where.append(M.c.date_end >= query.date_from)
        # No period is longer than a year, so this bound changes no answer; it lets the
        # date_start index skip everything older instead of reading it.
        where.append(M.c.date_start >= query.date_from - timedelta(days=366))
    if query.date_to is not None:
        where.append(M.c.date_start <= query.date_to)
    return where


class _Nothing(Exception):
    """A condition matches no meeting at all: the answer is known without asking more."""
