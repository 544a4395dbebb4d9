"""The meetings the committee's figures are over, as SQL (`store.stats_sql`'s scope), and a
meeting's month read off its row; how many of them are drafts (`draft_count`).

A query's meetings are either conditions on the meeting row alone (a period, a status: joined to
each table, so a year is read through the date index) or the search's own statement of their ids
(words, people, bodies, documents); a person's figures narrow either to the meetings naming them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlmodel import Session

from store import search as searching
from store.models import Meeting, Participation
from store.query import Query

M = Meeting.__table__
PA = Participation.__table__


@dataclass(frozen=True)
class _Scope:
    """The meetings a query matches, as SQL: `own`, conditions on the meeting row alone (a
    period, a status: joined to each table, so a year is read through the date index), or `ids`,
    the search's statement of their ids (words, people, bodies, documents). Neither: the book."""

    own: tuple[ColumnElement[bool], ...] = ()
    ids: Any = None
    person: int | None = None  # `ids` are the meetings naming this person (within the query's)

    @property
    def whole(self) -> bool:
        """The whole book: no condition at all."""
        return not self.own and self.ids is None


def _matching(query: Query, session: Session) -> _Scope:
    """The scope of `query`. Raises the search's `_Nothing` when a condition matches nothing.

    Figures count the meetings known to fall in the query's period (`_within`), where the search
    finds those that may (a meeting dated only to 2024 is found by a search for May 2024, but
    is not one of May's or the second quarter's meetings: it goes in the year's figures alone).
    """
    if query.is_empty():
        return _Scope()
    conn = session.connection()
    backend = conn.dialect.name
    dated = query.date_from is not None or query.date_to is not None
    linked = query.text or query.person or query.chair or query.org or query.doc
    if not linked:
        undated = replace(query, date_from=None, date_to=None)
        return _Scope(own=(*searching._own(undated, backend), *_within(query)))
    (statement,) = searching._plan(query, backend, conn, page=False)
    ids = statement.order_by(None)
    if dated:
        ids = select(M.c.id).where(M.c.id.in_(ids), *_within(query))
    return _Scope(ids=ids)


def _within(query: Query) -> list[ColumnElement[bool]]:
    """The meetings whose whole period lies in the query's, read off the date index alone (a
    meeting's start and precision): one dated to the day when that day is in it, to the month
    when the whole month is, to the year when the whole year is. A period's end is the last day
    a meeting's may be: the month's (or year's) start must come early enough for it to end in
    time."""
    start, end = query.date_from, query.date_to
    where: list[ColumnElement[bool]] = []
    if start is not None:
        where.append(M.c.date_start >= start)  # a month or year starts on the first of it
    if end is None:
        return where
    where.append(M.c.date_start <= end)
    if (end.month, end.day) == (12, 31):
        return where  # a year's end is a month's: whatever starts by then ends by then
    last_year = date(end.year - 1, 1, 1)  # the last year to end in time
    if (end + timedelta(days=1)).day == 1:  # a month's end (a quarter's, a month's)
        where.append(or_(M.c.date_precision != "year", M.c.date_start <= last_year))
        return where
    where.append(or_(
        M.c.date_precision == "day",
        and_(M.c.date_precision == "month", M.c.date_start <= _month_before(end)),
        and_(M.c.date_precision == "year", M.c.date_start <= last_year),
    ))  # fmt: skip
    return where


def _month_before(day: date) -> date:
    """The first day of the month before `day`'s."""
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def _scoped(statement: Any, column: Any, scope: _Scope, *, joined: bool = False) -> Any:
    """`statement` (rows whose meeting is `column`) narrowed to `scope`; `joined`: it reads the
    meeting table already."""
    if scope.ids is not None:
        return statement.where(column.in_(scope.ids))
    if not scope.own:
        return statement
    if not joined and column is not M.c.id:
        statement = statement.join(M, M.c.id == column)
    return statement.where(*scope.own)


def _naming(scope: _Scope, person: int) -> _Scope:
    """`scope` narrowed to the meetings naming `person` (present or absent), read off the
    participations' `(person_id, role, meeting_id)` index: a person's few meetings, not a
    period's many."""
    ids = select(PA.c.meeting_id).where(PA.c.person_id == person)
    if scope.ids is not None:
        ids = ids.where(PA.c.meeting_id.in_(scope.ids))
    elif scope.own:
        ids = ids.join(M, M.c.id == PA.c.meeting_id).where(*scope.own)
    return _Scope(ids=ids, person=person)


def _month(conn: Any, start: Any = M.c.date_start, precision: Any = M.c.date_precision) -> Any:
    """A meeting's month as text, `2024-05`; `2024` when it is dated only to the year (never
    January). Cut from the stored ISO text on SQLite, where parsing each date costs more.
    `start`, `precision`: the date's columns where a subquery gives them, not the meeting's."""
    if conn.dialect.name == "sqlite":
        year, month = func.substr(start, 1, 4), func.substr(start, 1, 7)
    else:
        year = func.to_char(start, "YYYY")
        month = func.to_char(start, "YYYY-MM")
    return case((precision == "year", year), else_=month)


def _year_month(text: str) -> tuple[int, int | None]:
    return int(text[:4]), int(text[5:7]) if len(text) > 4 else None


def counted_ids(query: Query, session: Session) -> list[int]:
    """The meetings figures over `query` count (`_matching`), newest first: what a figure's bar
    or row opens, so that the list shows as many meetings as the bar says."""
    try:
        scope = _matching(query, session)
    except searching._Nothing:
        return []
    statement = _scoped(select(M.c.id), M.c.id, scope, joined=True)
    statement = statement.order_by(M.c.date_start.desc(), M.c.id.desc())
    return list(session.connection().execute(statement).scalars())


def draft_count(conn: Any, scope: _Scope) -> int:
    """How many of `scope`'s meetings are drafts: a probe of the status index
    (`ix_meeting_status`: status, date_start, id), the period a range within `draft`'s entries,
    a search's ids checked for those few; never a read of the period's every meeting."""
    statement = select(func.count()).select_from(M).where(M.c.status == "draft")
    if scope.ids is not None:
        # The drafts first, then each checked against the search's ids (`+ 0`: never the ids
        # first, each meeting looked up by its key: 0.6 s for `hội nghị` in a year of 100k).
        return int(conn.execute(statement.where((M.c.id + 0).in_(scope.ids))).scalar_one())
    return int(conn.execute(_scoped(statement, M.c.id, scope, joined=True)).scalar_one())


def _first(parsed: Query, known: list[tuple[int, int | None]], size: int) -> tuple[int, int] | None:
    if parsed.date_from is not None:
        return parsed.date_from.year, (parsed.date_from.month - 1) // size + 1
    if not known:
        return None
    year, number = known[0]
    return year, number or 1


def _last(parsed: Query, known: list[tuple[int, int | None]], size: int) -> tuple[int, int] | None:
    if parsed.date_to is not None:
        return parsed.date_to.year, (parsed.date_to.month - 1) // size + 1
    if not known:
        return None
    year, number = known[-1]
    return year, number or 1
