"""The committee's figures read by month (`store.stats_sql`): one person's attendance (present,
absent, chaired) and the decisions of each month by status, both grouped in SQL and folded into
periods by `store.stats_sql._periods`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import case, func, select

from store.models import Decision, Meeting, Participation, Person
from store.stats import Attendance, figure_query, holds_another, quoted
from store.stats_scope import _month, _Scope, _scoped, _year_month
from store.vocabulary import DECISION_STATUSES

M = Meeting.__table__
PA = Participation.__table__
P = Person.__table__
D = Decision.__table__


def _person(conn: Any, person: int) -> tuple[str, bool] | None:
    """The person's name, and whether `person:"name"` finds only their meetings (no other name
    holds its words). None: there is no such person (their figures are then empty)."""
    names = dict(conn.execute(select(P.c.id, P.c.name)).all())
    if person not in names:
        return None
    name = names.pop(person)
    return name, not holds_another(name, list(names.values()))


def _person_months(
    conn: Any, scope: _Scope, person: int
) -> dict[tuple[int, int | None], tuple[int, int, int]]:
    """The person's meetings present, absent and chaired by (year, month or None), in `scope`:
    present at a meeting with any role but absent, absent with no other role."""
    month = _month(conn)
    present = func.max(case((PA.c.role != "absent", 1), else_=0))
    chaired = func.max(case((PA.c.role == "chair", 1), else_=0))
    each = (
        select(month.label("month"), present.label("present"), chaired.label("chaired"))
        .join(M, M.c.id == PA.c.meeting_id)
        .where(PA.c.person_id == person)
    )
    each = _scoped(each, PA.c.meeting_id, scope, joined=True)
    each = each.group_by(PA.c.meeting_id, month).subquery()
    statement = select(
        each.c.month, func.sum(each.c.present), func.count(), func.sum(each.c.chaired)
    ).group_by(each.c.month)
    return {
        _year_month(said): (int(was), int(meetings) - int(was), int(chairs))
        for said, was, meetings, chairs in conn.execute(statement)
    }


def _attended(
    person: int,
    named_as: tuple[str, bool],
    months: dict[tuple[int, int | None], tuple[int, int, int]],
    base: str,
) -> Attendance:
    """The person's attendance in all, from theirs by month; `base` the figures' query without
    them."""
    name, alone = named_as
    present, absent, chaired = (sum(row[index] for row in months.values()) for index in range(3))
    return Attendance(
        person_id=person, name=name, present=present, absent=absent, chaired=chaired,
        not_named=None, query=figure_query(base, f"person:{quoted(name)}"),
        chair_query=figure_query(base, f"chair:{quoted(name)}"), exact=alone and absent == 0,
    )  # fmt: skip


def _period_decisions(conn: Any, scope: _Scope) -> dict[tuple[int, int | None], dict[str, int]]:
    """Decisions by (year, month or None) and status. Grouped by the meeting's date as the date
    index gives them (no sort), each status a column, the days folded into months here."""
    each = [func.sum(case((D.c.status == code, 1), else_=0)) for code in DECISION_STATUSES]
    statement = select(M.c.date_start, M.c.date_precision, *each, func.count())
    statement = statement.select_from(M).join(D, D.c.meeting_id == M.c.id)
    statement = _scoped(statement, D.c.meeting_id, scope, joined=True)
    statement = statement.group_by(M.c.date_start, M.c.date_precision)
    found: dict[tuple[int, int | None], dict[str, int]] = defaultdict(dict)
    others = False
    for start, precision, *counts, total in conn.execute(statement):
        cell = found[(start.year, None if precision == "year" else start.month)]
        for code, count in zip(DECISION_STATUSES, counts, strict=True):
            if count:
                cell[code] = cell.get(code, 0) + int(count)
        others = others or int(total) > sum(int(count) for count in counts)
    if others:  # a status the vocabulary does not know (an older book): counted by name
        statement = select(M.c.date_start, M.c.date_precision, D.c.status, func.count())
        statement = statement.select_from(M).join(D, D.c.meeting_id == M.c.id)
        statement = _scoped(statement, D.c.meeting_id, scope, joined=True)
        statement = statement.where(D.c.status.not_in(DECISION_STATUSES))
        rows = statement.group_by(M.c.date_start, M.c.date_precision, D.c.status)
        for start, precision, status, count in conn.execute(rows):
            cell = found[(start.year, None if precision == "year" else start.month)]
            cell[status] = cell.get(status, 0) + int(count)
    return found
