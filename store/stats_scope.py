"""The meetings the committee's figures are over, as SQL (`store.stats_sql`'s scope), and a
meeting's month read off its row.

A query's meetings are either conditions on the meeting row alone (a period, a status: joined to
each table, so a year is read through the date index) or the search's own statement of their ids
(words, people, bodies, documents); a person's figures narrow either to the meetings naming them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select
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
    """The scope of `query`. Raises the search's `_Nothing` when a condition matches nothing."""
    if query.is_empty():
        return _Scope()
    conn = session.connection()
    backend = conn.dialect.name
    linked = query.text or query.person or query.chair or query.org or query.doc
    if not linked:
        if query.date_from is None or query.date_from.day != 1:
            return _Scope(own=tuple(searching._own(query, backend)))
        undated = replace(query, date_from=None, date_to=None)
        return _Scope(own=(*searching._own(undated, backend), *_overlapping(query)))
    (statement,) = searching._plan(query, backend, conn, page=False)
    return _Scope(ids=statement.order_by(None))


def _overlapping(query: Query) -> list[ColumnElement[bool]]:
    """The search's date rule (a meeting's period overlaps the query's) for a period starting on
    the first of a month, read off the date index alone: a meeting dated to the day or the month
    overlaps it exactly when it starts in it, one dated to the year when its year is the period's
    first year or later. (The search's own rule reads each meeting's end date from its row.)"""
    assert query.date_from is not None
    start = query.date_from
    where = [M.c.date_start >= date(start.year, 1, 1)]
    if query.date_to is not None:
        where.append(M.c.date_start <= query.date_to)
    if (start.month, start.day) != (1, 1):
        where.append(or_(M.c.date_start >= start, M.c.date_precision == "year"))
    return where


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
