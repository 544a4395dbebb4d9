"""Attendance for the committee's figures (`store.stats_sql`): each person's meetings present,
absent and chaired, most present first, without deduplicating every participation of the book.

A person holds several roles at one meeting (chair and speaker), so "meetings present" is a count
of distinct meetings. The whole book's and whole months' are kept by the database (migration
0013, `store.stats_summary`); any other set of meetings is counted here: exact, it
groups every participation by meeting and person, and then the (meeting, person) groups by person,
which SQLite can only do through a sort. Over a period on SQLite, as the list shows only the first
`top` people, each person's participations are counted first (one `GROUP BY person_id`): no one is
present at more meetings than they have participations. The exact counts are taken for the
`2 × top` people with the most participations; whoever has fewer participations than the `top`-th
best of those is present at fewer meetings than `top` people and cannot be shown, and the exact
counts are taken for the rest only, usually none. The figures are the same as counting everyone
exactly, the order too (ties included).
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
    conn: Any, scoped: Any, top: int | None, *, dated: Any = None
) -> tuple[list[tuple], int]:
    """Each shown person as (person id, present, absent, chaired), in the list's order (most
    present, most chaired, least absent, lowest id) and cut at `top`, and how many people in all.
    `scoped(statement, column)` narrows a statement over participations to the figures' meetings;
    `dated`: the meetings' (date, id) columns joined by `scoped` (a period read through the date
    index), by which a period's participations are grouped as read (bounded first on SQLite).
    Otherwise everyone is counted exactly at once (a search's meetings, which a second statement
    would search again).
    """
    # A period on PostgreSQL: one exact pass costs less there than the two passes over the
    # period's participations that bounding takes (about 130 ms against 160 for a year of the
    # 100k book). `top` 0 over a period: no one, and 0 people, as it always said.
    periods = dated is not None and conn.dialect.name == "sqlite"
    if top is None or not periods or top <= 0:
        return _exact(conn, scoped, None, top, dated)
    named = scoped(select(PA.c.person_id, func.count()), PA.c.meeting_id)
    most = dict(conn.execute(named.group_by(PA.c.person_id)).all())  # ≥ meetings present
    if not most:
        return [], 0
    people = sorted(most, key=most.__getitem__, reverse=True)  # equals in any order: the bar

    def exact(candidates: list[int]) -> list[tuple]:
        if len(candidates) > MOST_CANDIDATES or len(candidates) == len(people):
            return _exact(conn, scoped, None, None, dated)[0]  # everyone
        return _exact(conn, scoped, candidates, None, dated)[0]

    counted = exact(people[: 2 * top])
    if len(counted) < len(people):
        bar = sorted((row[1] for row in counted), reverse=True)[top - 1]
        rest = [person for person in people[2 * top :] if most[person] >= bar]
        if len(rest) > MOST_CANDIDATES:
            counted = exact(people)
        elif rest:
            counted += exact(rest)
    counted.sort(key=lambda row: (-row[1], -row[3], row[2], row[0]))
    return counted[:top], len(most)


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
        # `+ 0`: the candidates are checked on each row read through the meetings, not looked
        # up at each meeting one by one (a seek per candidate per meeting).
        each = each.where((PA.c.person_id + 0).in_(candidates))
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
