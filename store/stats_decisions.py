"""The decisions in the committee's figures (`store.stats_sql`): how many in each status, the
owners with the most overdue and open, and the overdue decisions themselves, longest overdue first
(read by deadline off the indexes, so only the first few are joined to their meetings).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import String, and_, case, func, select, type_coerce

from store.decisions import _columns, _decision, _order, _overdue
from store.models import Decision, Meeting
from store.stats import OwnerRow, StatusCount, figure_query, quoted, top_of
from store.stats_scope import _Scope, _scoped
from store.vocabulary import DECISION_STATUSES

M = Meeting.__table__
D = Decision.__table__


def _decisions(
    conn: Any, scope: _Scope, whole: str, today: date, top: int | None
) -> tuple[tuple[StatusCount, ...], int, tuple[OwnerRow, ...], int]:
    """Decisions by status, how many overdue, and by owner (most first): one row per owner with
    the owner's counts by status side by side (all time reads them in the owner index's order).
    Only the owners that can be shown reach Python, ranked in SQL with every owner tied with the
    last (the order's last key, the owner's text, is compared here, as SQL's collation may not);
    the totals come with them. The decisions in any other status are counted apart, if any."""
    shown = ("open", "done", "dropped")  # the statuses an owner's row counts
    late = and_(D.c.status == "open", _overdue(today))
    # `count(*) FILTER`, not `sum(CASE …)`: a quarter less work a row on SQLite.
    each = [func.count().filter(D.c.status == code).label(code) for code in shown]
    grouped = select(D.c.responsible, *each, func.count().filter(late).label("late"), func.count())
    grouped = _scoped(grouped.group_by(D.c.responsible), D.c.meeting_id, scope).subquery()
    opened, done, dropped, overdue, count = (grouped.c[index + 1] for index in range(5))
    order = (overdue.desc(), opened.desc(), (opened + done + dropped).desc())
    totals = [func.sum(column).over() for column in (opened, done, dropped, overdue, count)]
    rank = func.rank().over(order_by=order).label("rank")
    ranked = select(*grouped.c, rank, func.count().over(), *totals).subquery()
    statement = select(ranked)
    if top is not None:
        statement = statement.where(ranked.c.rank <= max(top, 1))
    owners: dict[str | None, tuple[int, int, int, int]] = {}
    sums: tuple[int, ...] = (0, 0, 0, 0, 0)
    owners_total = 0
    for row in conn.execute(statement):  # owner, 4 counts, all, rank, owners, 5 totals
        opened_, done_, dropped_, late_ = (int(number) for number in row[1:5])
        owners[row[0]] = (opened_, done_, dropped_, late_)
        owners_total, sums = int(row[7]), tuple(int(number or 0) for number in row[8:])
    statuses = {code: number for code, number in zip(shown, sums[:3], strict=True) if number}
    overdue_total = sums[3]
    if sums[4] > sum(sums[:3]):
        statement = select(D.c.status, func.count()).where(D.c.status.not_in(shown))
        statement = _scoped(statement, D.c.meeting_id, scope).group_by(D.c.status)
        statuses.update(conn.execute(statement).all())
    ordered = [code for code in DECISION_STATUSES if code in statuses]
    ordered += sorted(code for code in statuses if code not in DECISION_STATUSES)
    counts = tuple(StatusCount(code, statuses[code]) for code in ordered)

    def order_of(owner: str | None) -> tuple[int, int, int, str]:
        opened, done, dropped, late = owners[owner]
        return -late, -opened, -(opened + done + dropped), owner or ""

    rows = [
        OwnerRow(
            responsible=owner, open=opened, done=done, dropped=dropped, overdue=late,
            query=figure_query(whole, quoted(owner)) if owner and quoted(owner) != '""' else whole,
        )
        for owner in top_of(sorted(owners, key=order_of), top)
        for opened, done, dropped, late in (owners[owner],)
    ]  # fmt: skip
    return counts, overdue_total, tuple(rows), owners_total


def _overdue_decisions(conn: Any, scope: _Scope, today: date, named: int | None) -> tuple[Any, ...]:
    """The overdue decisions themselves, the longest overdue first (`store.decisions`' order).

    Only the first `named` are wanted, and the order is their deadline first: the deadlines are
    read off indexes alone, in order, up to the `named`-th and every decision due with it; only
    those are joined to their meetings (each a row to read; all time has tens of thousands
    overdue) and sorted. Under a search's ids the search would run twice: sorted at once there."""
    late = (D.c.status == "open", _overdue(today))
    statement = select(*_columns()).join(M, M.c.id == D.c.meeting_id).where(*late)
    statement = _scoped(statement.order_by(*_order(today)[1:]), D.c.meeting_id, scope, joined=True)
    if named is not None and scope.ids is None:
        statement = statement.where(D.c.id.in_(_due_first(conn, scope, today, named)))
    if named is not None:
        statement = statement.limit(named)
    return tuple(_decision(row, today) for row in conn.execute(statement))


def _due_first(conn: Any, scope: _Scope, today: date, named: int) -> list[int]:
    """The overdue decisions due first, `named` of them and every other due with the last: a
    superset of the first `named` in `store.decisions`' order (deadline first), off an index."""
    if conn.dialect.name == "sqlite":  # the deadline as ISO text, `2024-12-31` for a year
        precision, start = D.c.due_precision, D.c.due_start
        ends = case(
            (precision == "year", func.substr(start, 1, 4).op("||")("-12-31")),
            (precision == "month", func.substr(start, 1, 7).op("||")("-31")),
            else_=start,
        )
        deadline: tuple[Any, ...] = (type_coerce(ends, String),)
    else:
        deadline = _order(today)[2:5]  # (year, month or 12, day or 31)
    due = select(D.c.id, *deadline).where(D.c.status == "open", _overdue(today))
    due = _scoped(due, D.c.meeting_id, scope).order_by(*deadline)
    # A few more than `named`, so a tie at the last is seen; but on PostgreSQL a limit over a
    # period makes it read the whole book's deadlines in order, checking each one's meeting.
    wanted = named * 2 + 16 if scope.whole or conn.dialect.name == "sqlite" else None
    while True:
        first: list[int] = []
        last = None
        rows = conn.execute(due if wanted is None else due.limit(wanted)).all()
        for decision_id, *key in rows:
            if len(first) >= named and tuple(key) != last:
                return first
            first.append(decision_id)
            last = tuple(key)
        if wanted is None or len(rows) < wanted:
            return first
        wanted = None  # the last deadline is due by more than were read: read them all
