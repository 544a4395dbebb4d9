"""Attendance for the committee's figures (`store.stats_sql`): each person's meetings present,
absent and chaired, most present first, without deduplicating every participation of the book.

A person holds several roles at one meeting (chair and speaker), so "meetings present" is a count
of distinct meetings: exact, it groups every participation by meeting and person, which for all
time is the book's 1.1 million rows through a sort. The list shows only the first `top` people,
so the counts are read first per person and role (`GROUP BY person_id, role` straight off the
`(person_id, role, meeting_id)` index), which bounds each person's meetings present: at least
their most frequent role's count, at most the sum of their roles' counts. Whoever's upper bound is
below the `top`-th best lower bound cannot be shown; the exact count is taken for the rest only.
The figures are the same as counting everyone exactly, the order too (ties included).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select

from store.models import Participation

PA = Participation.__table__

# Past this many people the exact count is taken for everyone: an `IN` list that long costs more
# than it saves (a book whose attendance is flat, or a small `top` over many equals).
MOST_CANDIDATES = 2000


def attendance_counts(
    conn: Any, scoped: Any, top: int | None, *, bounded: bool, dated: Any = None
) -> tuple[list[tuple], int]:
    """Each shown person as (person id, present, absent, chaired), in the list's order (most
    present, most chaired, least absent, lowest id) and cut at `top`, and how many people in all.
    `scoped(statement, column)` narrows a statement over participations to the figures' meetings;
    `bounded`: bound first, then count the candidates (see the module), worth it over the whole
    book. A period's participations are read once, through the meetings' date index, instead:
    `dated`, the meetings' (date, id) columns joined by `scoped`, lets them be grouped as read.
    """
    if not bounded or top is None:
        return _exact(conn, scoped, None, top, dated)
    by_role = select(PA.c.person_id, PA.c.role, func.count().label("meetings"))
    by_role = scoped(by_role, PA.c.meeting_id).group_by(PA.c.person_id, PA.c.role).subquery()
    attended = case((by_role.c.role != "absent", by_role.c.meetings), else_=0)
    bounds = select(by_role.c.person_id, func.max(attended), func.sum(attended))
    low: dict[int, int] = {}  # the most frequent role's meetings, absent apart
    high: dict[int, int] = {}  # every role's meetings, absent apart
    for person_id, least, most in conn.execute(bounds.group_by(by_role.c.person_id)):
        low[person_id], high[person_id] = int(least), int(most)
    candidates = None
    if len(low) > top:
        bar = sorted(low.values(), reverse=True)[top - 1]
        chosen = [person for person in low if high[person] >= bar]
        candidates = chosen if len(chosen) <= MOST_CANDIDATES else None
    return _exact(conn, scoped, candidates, top)[0], len(low)


def _exact(
    conn: Any, scoped: Any, candidates: list[int] | None, top: int | None, dated: Any = None
) -> tuple[list[tuple], int]:
    """(person id, present, absent, chaired) of `candidates` (None: everyone), counted by
    meeting (present at a meeting with any role but absent, absent with no other role), in the
    list's order and cut at `top`; and how many people there were (candidates or everyone)."""
    present = func.max(case((PA.c.role != "absent", 1), else_=0))
    chaired = func.max(case((PA.c.role == "chair", 1), else_=0))
    each = select(PA.c.person_id, present.label("present"), chaired.label("chaired"))
    each = scoped(each, PA.c.meeting_id)
    if candidates is not None:
        each = each.where(PA.c.person_id.in_(candidates))
    # By meeting and person; in the date index's order when the meetings are read through it,
    # so the groups come as the rows are read, with no sort (the same groups: a meeting has one
    # date).
    meeting = (PA.c.meeting_id,) if dated is None else dated
    each = each.group_by(*meeting, PA.c.person_id).subquery()
    was_present, was_chair, meetings = (
        func.sum(each.c.present), func.sum(each.c.chaired), func.count()
    )  # fmt: skip
    statement = (
        select(each.c.person_id, was_present, meetings, was_chair, func.count().over())
        .group_by(each.c.person_id)
        .order_by(was_present.desc(), was_chair.desc(), meetings - was_present, each.c.person_id)
    )
    if top is not None:
        statement = statement.limit(top)
    found = conn.execute(statement).all()
    rows = [(pid, int(p), int(n) - int(p), int(c)) for pid, p, n, c, _people in found]
    return rows, int(found[0][4]) if found else 0
