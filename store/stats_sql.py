"""The SQL of the committee's figures (`store.stats`): one aggregate statement per table.

The meetings a query matches are the search's own statement (`store.search`), used as a subquery:
every figure is a `GROUP BY` over them (dates, kinds, organisers, participations, decisions,
documents) on SQLite and PostgreSQL alike, and only the grouped rows reach Python. A query that
matches the whole book adds no condition at all, so "all time" reads each table once, in order.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, distinct, extract, func, literal, select
from sqlmodel import Session

from store import search as searching
from store.decisions import _columns, _decision, _order, _overdue
from store.models import (
    Decision,
    DocumentRef,
    Meeting,
    MeetingOrganiser,
    Organisation,
    Participation,
    Person,
)
from store.query import Query, parse_query
from store.stats import (
    Attendance,
    BodyRow,
    DocumentRow,
    KindRow,
    OwnerRow,
    PeriodRow,
    Stats,
    StatusCount,
    empty_stats,
    figure_query,
    holds_another,
    period_items,
    quoted,
    stats_query,
)
from store.text import doc_key
from store.vocabulary import DECISION_STATUSES

M = Meeting.__table__
MO = MeetingOrganiser.__table__
O = Organisation.__table__  # noqa: E741
PA = Participation.__table__
P = Person.__table__
D = Decision.__table__
DR = DocumentRef.__table__


def _matching(query: Query, session: Session) -> Any:
    """The ids of the meetings `query` matches, as a statement (None: every meeting). Raises
    the search's `_Nothing` when a condition matches nothing."""
    if query.is_empty():
        return None
    conn = session.connection()
    (statement,) = searching._plan(query, conn.dialect.name, conn, page=False)
    return statement.order_by(None)


def _within(column: Any, ids: Any) -> list[ColumnElement[bool]]:
    return [] if ids is None else [column.in_(ids)]


def _top(rows: list[Any], top: int | None) -> list[Any]:
    return rows if top is None else rows[:top]


def book_stats(
    query: str | None = None,
    *,
    session: Session,
    period: str | None = None,
    members_of: str | None = None,
    today: date | None = None,
    top: int | None = 20,
    named: int | None = 100,
) -> Stats:
    """The figures (`store.stats.Stats`) of the meetings `query` matches in `period` (see
    `stats_query`); attendance over the meetings `members_of` (a body, as `org:` takes it)
    organised among them. Lists cut at `top` (None: all); at most `named` overdue decisions."""
    today = today or date.today()
    whole = stats_query(query, period, today)
    parsed = parse_query(whole)
    members = " ".join(members_of.split()) if members_of and members_of.strip() else None
    try:
        ids = _matching(parsed, session)
    except searching._Nothing:
        return empty_stats(whole, parsed, today, members)
    conn = session.connection()
    meetings = _dated(conn, ids)
    if not meetings:
        return empty_stats(whole, parsed, today, members)
    kinds = _kinds(meetings, whole)
    bodies, bodies_total, body_counts = _bodies(conn, ids, whole, top)
    body_names = tuple(row.name for row in bodies)
    kind_names = tuple(row.kind for row in kinds)
    months = _periods("month", meetings, body_counts, kind_names, body_names, parsed, whole)
    quarters = _periods("quarter", meetings, body_counts, kind_names, body_names, parsed, whole)
    attendance_query, body_meetings = whole, None
    attended_ids = ids
    if members is not None:
        attendance_query = figure_query(whole, f"org:{quoted(members)}")
        try:
            attended_ids = _matching(parse_query(attendance_query), session)
            body_meetings = _count(conn, attended_ids)
        except searching._Nothing:
            attended_ids, body_meetings = None, 0
    attendance, people_total = (
        _attendance(conn, attended_ids, attendance_query, body_meetings, top)
        if body_meetings != 0
        else ((), 0)
    )
    statuses, overdue_total, owners, owners_total = _decisions(conn, ids, whole, today, top)
    documents, documents_total = _documents(conn, ids, whole, top)
    return Stats(
        query=whole, date_from=parsed.date_from, date_to=parsed.date_to, today=today,
        meetings=sum(meetings.values()), kinds=kind_names, bodies=body_names, months=months,
        quarters=quarters, by_kind=kinds, by_body=bodies, bodies_total=bodies_total,
        members_of=members, body_meetings=body_meetings, attendance=attendance,
        people_total=people_total, decision_statuses=statuses, overdue_total=overdue_total,
        owners=owners, owners_total=owners_total,
        overdue=_overdue_decisions(conn, ids, today, named) if overdue_total else (),
        documents=documents, documents_total=documents_total,
    )  # fmt: skip


_YEAR = extract("year", M.c.date_start)
# A meeting dated only to the year has no month: NULL, never January.
_MONTH = case((M.c.date_precision == "year", literal(None)), else_=extract("month", M.c.date_start))


def _dated(conn: Any, ids: Any) -> dict[tuple[int, int | None, str | None], int]:
    """Meetings by (year, month or None, kind)."""
    statement = (
        select(_YEAR, _MONTH, M.c.kind, func.count())
        .where(*_within(M.c.id, ids))
        .group_by(_YEAR, _MONTH, M.c.kind)
    )
    return {(int(y), None if m is None else int(m), k): n for y, m, k, n in conn.execute(statement)}


def _count(conn: Any, ids: Any) -> int:
    return int(conn.execute(select(func.count()).where(*_within(M.c.id, ids))).scalar_one())


def _kinds(meetings: dict[tuple[int, int | None, str | None], int], whole: str) -> list[KindRow]:
    counted: dict[str | None, int] = defaultdict(int)
    for (_year, _month, kind), count in meetings.items():
        counted[kind] += count
    named = [kind for kind in counted if kind]
    rows = []
    for kind, count in counted.items():
        if kind is None:  # the language has no "no kind": the whole query, wider
            rows.append(KindRow(None, count, whole, exact=len(counted) == 1))
            continue
        folded = holds_another(kind, named, marks=False)
        rows.append(KindRow(kind, count, figure_query(whole, f"kind:{quoted(kind)}"), not folded))
    rows.sort(key=lambda row: (-row.meetings, row.kind or ""))
    return rows


def _bodies(
    conn: Any, ids: Any, whole: str, top: int | None
) -> tuple[list[BodyRow], int, dict[tuple[int, int | None, str], int]]:
    """The bodies by meetings organised (cut at `top`), how many in all, and the shown ones'
    meetings by (year, month or None, name)."""
    statement = (
        select(_YEAR, _MONTH, MO.c.organisation_id, func.count(distinct(MO.c.meeting_id)))
        .join(M, M.c.id == MO.c.meeting_id)
        .where(*_within(MO.c.meeting_id, ids))
        .group_by(_YEAR, _MONTH, MO.c.organisation_id)
    )
    by_period: dict[tuple[int, int | None, int], int] = {}
    totals: dict[int, int] = defaultdict(int)
    for year, month, org, count in conn.execute(statement):
        by_period[(int(year), None if month is None else int(month), org)] = count
        totals[org] += count
    names = dict(conn.execute(select(O.c.id, O.c.name).where(O.c.id.in_(list(totals)))).all())
    every = list(names.values())
    ordered = sorted(totals, key=lambda org: (-totals[org], names[org]))
    shown = _top(ordered, top)
    rows = [
        BodyRow(
            names[org], totals[org], figure_query(whole, f"org:{quoted(names[org])}"),
            exact=not holds_another(names[org], every),
        )
        for org in shown
    ]  # fmt: skip
    kept = set(shown)
    counts = {(y, m, names[org]): n for (y, m, org), n in by_period.items() if org in kept}
    return rows, len(totals), counts


def _periods(
    span: str,
    meetings: dict[tuple[int, int | None, str | None], int],
    bodies: dict[tuple[int, int | None, str], int],
    kinds: tuple[str | None, ...],
    names: tuple[str, ...],
    parsed: Query,
    whole: str,
) -> tuple[PeriodRow, ...]:
    """One row per month (or quarter) from the period's first to its last (the data's, where the
    query leaves it open), empty ones included; then each year's meetings dated only to it."""
    size = 1 if span == "month" else 3

    def part(month: int | None) -> int | None:
        return None if month is None else (month - 1) // size + 1

    by_kind: dict[tuple[int, int | None], dict[str | None, int]] = defaultdict(dict)
    for (year, month, kind), count in meetings.items():
        cell = by_kind[(year, part(month))]
        cell[kind] = cell.get(kind, 0) + count
    by_body: dict[tuple[int, int | None], dict[str, int]] = defaultdict(dict)
    for (year, month, name), count in bodies.items():
        cell = by_body[(year, part(month))]
        cell[name] = cell.get(name, 0) + count
    known = sorted(key for key in by_kind if key[1] is not None)
    first = _first(parsed, known, size)
    last = _last(parsed, known, size)
    keys: list[tuple[int, int | None]] = []
    if first is not None and last is not None:
        year, number = first
        while (year, number) <= last:
            keys.append((year, number))
            number += 1
            if number > 12 // size:
                year, number = year + 1, 1
    year_only = sorted(key for key in by_kind if key[1] is None)
    years_unsure = {year for year, _ in year_only}
    rows = []
    for year, number in [*keys, *year_only]:
        kind_cell = by_kind.get((year, number), {})
        body_cell = by_body.get((year, number), {})
        rows.append(
            PeriodRow(
                span=span, year=year, number=number, meetings=sum(kind_cell.values()),
                by_kind=tuple(kind_cell.get(kind, 0) for kind in kinds),
                by_body=tuple(body_cell.get(name, 0) for name in names),
                query=figure_query(whole, period_items(year, number, size)),
                exact=number is not None and year not in years_unsure,
            )
        )  # fmt: skip
    return tuple(rows)


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


def _attendance(
    conn: Any, ids: Any, scope: str, body_meetings: int | None, top: int | None
) -> tuple[tuple[Attendance, ...], int]:
    """Each person's meetings present, absent and chaired among `ids`, most present first."""
    present = func.max(case((PA.c.role != "absent", 1), else_=0))
    chaired = func.max(case((PA.c.role == "chair", 1), else_=0))
    each = (
        select(PA.c.person_id, present.label("present"), chaired.label("chaired"))
        .where(*_within(PA.c.meeting_id, ids))
        .group_by(PA.c.meeting_id, PA.c.person_id)
        .subquery()
    )
    statement = select(
        each.c.person_id, func.sum(each.c.present), func.count(), func.sum(each.c.chaired)
    ).group_by(each.c.person_id)
    rows = [(pid, int(p), int(n) - int(p), int(c)) for pid, p, n, c in conn.execute(statement)]
    rows.sort(key=lambda row: (-row[1], -row[3], row[2], row[0]))
    shown = _top(rows, top)
    listed_ids = [row[0] for row in shown]
    names = dict(conn.execute(select(P.c.id, P.c.name).where(P.c.id.in_(listed_ids))).all())
    listed = [names[row[0]] for row in shown]
    result = []
    for person_id, was_present, was_absent, chairs in shown:
        name = names[person_id]
        wider = holds_another(name, listed)
        not_named = None if body_meetings is None else body_meetings - was_present - was_absent
        result.append(
            Attendance(
                person_id=person_id, name=name, present=was_present, absent=was_absent,
                chaired=chairs, not_named=not_named,
                query=figure_query(scope, f"person:{quoted(name)}"),
                chair_query=figure_query(scope, f"chair:{quoted(name)}"),
                exact=not wider and was_absent == 0,
            )
        )  # fmt: skip
    return tuple(result), len(rows)


def _decisions(
    conn: Any, ids: Any, whole: str, today: date, top: int | None
) -> tuple[tuple[StatusCount, ...], int, tuple[OwnerRow, ...], int]:
    """Decisions by status, how many overdue, and by owner (most first)."""
    late = case((_overdue(today), 1), else_=0)
    statement = (
        select(D.c.responsible, D.c.status, func.count(), func.sum(late))
        .where(*_within(D.c.meeting_id, ids))
        .group_by(D.c.responsible, D.c.status)
    )
    statuses: dict[str, int] = defaultdict(int)
    owners: dict[str | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    overdue_total = 0
    for responsible, status, count, overdue in conn.execute(statement):
        statuses[status] += count
        owners[responsible][status] += count
        if status == "open":
            owners[responsible]["overdue"] += int(overdue or 0)
            overdue_total += int(overdue or 0)
    ordered = [code for code in DECISION_STATUSES if code in statuses]
    ordered += sorted(code for code in statuses if code not in DECISION_STATUSES)
    counts = tuple(StatusCount(code, statuses[code]) for code in ordered)
    rows = [
        OwnerRow(
            responsible=owner, open=counted["open"], done=counted["done"],
            dropped=counted["dropped"], overdue=counted["overdue"],
            query=figure_query(whole, quoted(owner)) if owner and quoted(owner) != '""' else whole,
        )
        for owner, counted in owners.items()
    ]  # fmt: skip
    rows.sort(key=lambda row: (-row.overdue, -row.open, -row.decisions, row.responsible or ""))
    return counts, overdue_total, tuple(_top(rows, top)), len(rows)


def _overdue_decisions(conn: Any, ids: Any, today: date, named: int | None) -> tuple[Any, ...]:
    """The overdue decisions themselves, the longest overdue first (`store.decisions`' order)."""
    statement = (
        select(*_columns())
        .join(M, M.c.id == D.c.meeting_id)
        .where(D.c.status == "open", _overdue(today), *_within(D.c.meeting_id, ids))
        .order_by(*_order(today)[1:])
    )
    if named is not None:
        statement = statement.limit(named)
    return tuple(_decision(row, today) for row in conn.execute(statement))


def _documents(
    conn: Any, ids: Any, whole: str, top: int | None
) -> tuple[tuple[DocumentRow, ...], int]:
    """Documents by the meetings citing them (most first), as first cited."""
    meetings = func.count(distinct(DR.c.meeting_id))
    statement = (
        select(DR.c.number_key, meetings)
        .where(*_within(DR.c.meeting_id, ids))
        .group_by(DR.c.number_key)
    )
    counted = list(conn.execute(statement))
    keys = [key for key, _count in counted]
    counted.sort(key=lambda row: (-row[1], row[0]))
    shown = _top(counted, top)
    first: dict[str, Any] = {}
    cited = (
        select(DR.c.number_key, DR.c.number, DR.c.kind, DR.c.title)
        .where(DR.c.number_key.in_([key for key, _ in shown]), *_within(DR.c.meeting_id, ids))
        .order_by(DR.c.meeting_id, DR.c.position)
    )
    for key, number, kind, title in conn.execute(cited):
        known = first.setdefault(key, [number, kind, title])
        known[1] = known[1] or kind
        known[2] = known[2] or title
    rows = []
    for key, count in shown:
        number, kind, title = first[key]
        wider = (
            any(other.startswith((key + "-", key + "/")) for other in keys if other != key)
            or doc_key(number) != key
        )
        query = figure_query(whole, f"doc:{quoted(number)}")
        rows.append(DocumentRow(number, kind, title, count, query, exact=not wider))
    return tuple(rows), len(counted)
