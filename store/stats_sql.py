"""The SQL of the committee's figures (`store.stats`): one aggregate statement per table.

The meetings a query matches are the search's own statement (`store.search`), used as a subquery:
every figure is a `GROUP BY` over them (dates, kinds, organisers, participations, decisions,
documents) on SQLite and PostgreSQL alike, and only the grouped rows reach Python. A query that
matches the whole book adds no condition at all, so "all time" reads each table once, in order.
The scope of the figures is `store.stats_scope`'s; a person's attendance and the decisions read by
month are `store.stats_months`'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import distinct, func, select
from sqlmodel import Session

from store import search as searching
from store import stats_documents, stats_summary
from store.models import (
    Decision,
    Meeting,
    MeetingOrganiser,
    Organisation,
    Participation,
    Person,
)
from store.query import Query, parse_query
from store.stats import (
    DEFAULT_FIGURES,
    FIGURES,
    Attendance,
    Attended,
    BodyRow,
    KindRow,
    PeriodRow,
    Stats,
    StatusCount,
    empty_stats,
    figure_query,
    holds_another,
    period_items,
    quoted,
    reviewed_only,
    stats_query,
    top_of,
)
from store.stats_attendance import attendance_counts
from store.stats_decisions import _decisions, _overdue_decisions
from store.stats_months import _attended, _period_decisions, _person, _person_months
from store.stats_scope import (
    _first,
    _last,
    _matching,
    _month,
    _naming,
    _Scope,
    _scoped,
    _year_month,
    draft_count,
)
from store.vocabulary import DECISION_STATUSES

M = Meeting.__table__
MO = MeetingOrganiser.__table__
O = Organisation.__table__  # noqa: E741
PA = Participation.__table__
P = Person.__table__
D = Decision.__table__


def book_stats(
    query: str | None = None,
    *,
    session: Session,
    period: str | None = None,
    members_of: str | None = None,
    today: date | None = None,
    top: int | None = 20,
    named: int | None = 100,
    person: int | None = None,
    figures: Collection[str] | None = None,
    drafts: bool = True,
) -> Stats:
    """The figures (`store.stats.Stats`) of the meetings `query` matches in `period` (see
    `stats_query`); attendance over the meetings `members_of` (a body, as `org:` takes it)
    organised among them. Lists cut at `top` (None: all); at most `named` overdue decisions.
    `person` (an id): only the meetings naming them, and their attendance in each period.
    `figures`: the lists to count (`store.stats.FIGURES`; None: `DEFAULT_FIGURES`), besides the
    meetings by period and kind. `drafts`: count the drafts too (the working figures); False:
    the record as reviewed (the report), the query joined to `REVIEWED`. Either way `drafts` of
    the result says how many drafts the query and period hold, off the status index."""
    today = today or date.today()
    counted = _figures(figures)
    whole = stats_query(query, period, today)
    parsed = parse_query(whole)
    members = " ".join(members_of.split()) if members_of and members_of.strip() else None
    conn = session.connection()
    named_as = _person(conn, person) if person is not None else None
    base, exact = whole, named_as is None or named_as[1]
    if named_as is not None:
        whole = figure_query(whole, f"person:{quoted(named_as[0])}")
    attended: dict[tuple[int, int | None], tuple[int, int, int]] | None = None
    meetings: dict[tuple[int, int | None, str | None], int] = {}
    in_draft, summed = 0, None
    try:
        scope = _scope_of(parsed, session, person)
        in_draft = draft_count(conn, scope)
        if in_draft and not drafts:  # the record as reviewed: the query, its period, no draft
            parsed = reviewed_only(parsed)
            scope = _scope_of(parsed, session, person)
        # All time, or whole months alone: the meetings by month and the bodies' off the
        # summaries (which count drafts: never for the record as reviewed).
        summed = parsed if stats_summary.serves(parsed, person) else None
        if person is not None:
            attended = _person_months(conn, scope, person)
        meetings = _dated(conn, scope) if summed is None else stats_summary.dated(conn, summed)
    except searching._Nothing:
        pass
    someone = None
    if named_as is not None and person is not None:
        someone = _attended(person, named_as, attended or {}, base)
    if not meetings:
        return empty_stats(whole, parsed, today, members, counted, someone, in_draft, drafts)
    kinds = _kinds(meetings, whole)
    bodies, bodies_total, body_counts = (
        _bodies(conn, scope, whole, top, summed) if "bodies" in counted else ([], 0, {})
    )
    body_names = tuple(row.name for row in bodies)
    kind_names = tuple(row.kind for row in kinds)
    decided = _period_decisions(conn, scope) if "decisions_by_period" in counted else None
    each = (meetings, body_counts, kind_names, body_names, parsed, whole, decided, attended, exact)
    months = _periods("month", *each)
    quarters = _periods("quarter", *each)
    attendance, people_total, body_meetings = (
        _attendance_of(conn, session, scope, whole, members, top, summed, parsed.status)
        if "attendance" in counted
        else ((), 0, None)
    )
    statuses, overdue_total, owners, owners_total = (
        _decisions(conn, scope, whole, today, top) if "decisions" in counted else ((), 0, (), 0)
    )
    documents, documents_total = (
        _documents(conn, scope, whole, top) if "documents" in counted else ((), 0)
    )
    return Stats(
        query=whole, date_from=parsed.date_from, date_to=parsed.date_to, today=today,
        meetings=sum(meetings.values()), kinds=kind_names, bodies=body_names, months=months,
        quarters=quarters, by_kind=kinds, by_body=bodies, bodies_total=bodies_total,
        members_of=members, body_meetings=body_meetings, attendance=attendance,
        people_total=people_total, decision_statuses=statuses, overdue_total=overdue_total,
        owners=owners, owners_total=owners_total,
        overdue=_overdue_decisions(conn, scope, today, named) if overdue_total else (),
        documents=documents, documents_total=documents_total, counted=counted,
        person=someone, drafts=in_draft, with_drafts=drafts,
    )  # fmt: skip


def _scope_of(parsed: Query, session: Session, person: int | None) -> _Scope:
    """The meetings `parsed` matches, those naming `person` among them when one is given."""
    scope = _matching(parsed, session)
    return scope if person is None else _naming(scope, person)


def _documents(
    conn: Any, scope: _Scope, whole: str, top: int | None
) -> tuple[tuple[Any, ...], int]:
    scoped = lambda statement, column: _scoped(statement, column, scope)  # noqa: E731
    return stats_documents.documents(conn, scoped, scope.ids is not None, whole, top)


def _figures(figures: Collection[str] | None) -> tuple[str, ...]:
    """The lists asked for, in `FIGURES`' order. Raises ValueError on a name it does not know."""
    if figures is None:
        return DEFAULT_FIGURES
    unknown = set(figures) - set(FIGURES)
    if unknown:
        raise ValueError(f"no such figure: {', '.join(sorted(unknown))} (one of {FIGURES})")
    return tuple(name for name in FIGURES if name in figures)


def _attendance_of(
    conn: Any,
    session: Session,
    scope: _Scope,
    whole: str,
    members: str | None,
    top: int | None,
    summed: Query | None,
    status: tuple[tuple[str, ...], ...] = (),
) -> tuple[tuple[Attendance, ...], int, int | None]:
    """Attendance in `scope`, or at the meetings the body `members` organised among them; and
    how many meetings that body organised (None: no body asked). `summed`: the period, when the
    summaries hold its figures (`store.stats_summary.serves`); `status`: the parsed query's
    statuses, which its text may not say (the record as reviewed)."""
    attendance_query, body_meetings, attended = whole, None, scope
    if members is not None:
        attendance_query = figure_query(whole, f"org:{quoted(members)}")
        body_query = replace(parse_query(attendance_query), status=status)
        try:
            attended = _narrowed(_matching(body_query, session), scope)
            body_meetings = _count(conn, attended)
        except searching._Nothing:
            attended, body_meetings = _Scope(), 0
    if body_meetings == 0:
        return (), 0, body_meetings
    if members is not None:
        summed = None  # a body's meetings: counted from the rows
    shown, people_total = _attendance(conn, attended, attendance_query, body_meetings, top, summed)
    return shown, people_total, body_meetings


def _narrowed(found: _Scope, scope: _Scope) -> _Scope:
    """`found` within `scope` when `scope` holds a person's meetings (the only ids `found`, the
    search's own, does not already say)."""
    if scope.person is None:
        return found
    return _naming(found, scope.person)


def _dated(conn: Any, scope: _Scope) -> dict[tuple[int, int | None, str | None], int]:
    """Meetings by (year, month or None, kind). Grouped first by day, precision and kind, the
    order of the `(date_start, date_precision, kind)` index, so the book's 100,000 meetings are
    counted as that index is read, with no sort and no meeting row; only those few thousand
    groups are then summed by month (grouped by month at once, SQLite read every meeting's row
    and sorted them all: four times slower)."""
    columns = (M.c.date_start, M.c.date_precision, M.c.kind)
    by_day = _scoped(select(*columns, func.count().label("meetings")), M.c.id, scope)
    by_day = by_day.group_by(*columns).subquery()
    month = _month(conn, by_day.c.date_start, by_day.c.date_precision)
    statement = select(month, by_day.c.kind, func.sum(by_day.c.meetings))
    rows = conn.execute(statement.group_by(month, by_day.c.kind))
    return {(*_year_month(said), kind): int(count) for said, kind, count in rows}


def _count(conn: Any, scope: _Scope) -> int:
    return int(conn.execute(_scoped(select(func.count()), M.c.id, scope)).scalar_one())


def _kinds(meetings: dict[tuple[int, int | None, str | None], int], whole: str) -> list[KindRow]:
    counted: dict[str | None, int] = defaultdict(int)
    for (_year, _said, kind), count in meetings.items():
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
    conn: Any, scope: _Scope, whole: str, top: int | None, summed: Query | None = None
) -> tuple[list[BodyRow], int, dict[tuple[int, int | None, str], int]]:
    """The bodies by meetings organised (cut at `top`), how many in all, and the shown ones'
    meetings by (year, month or None, name). Totals first, then the months of the shown bodies
    only, so all time sorts and reads back a few thousand rows, not every body's every month;
    under a search's ids (which would run twice) every body's months at once. `summed`: the
    query's period, counted off the summaries (`store.stats_summary`)."""
    if summed is not None:
        totals = stats_summary.body_totals(conn, summed)
        rows, shown, names = _body_rows(conn, totals, whole, top)
        kept = stats_summary.body_months(conn, summed, shown) if shown else []
        counts = {(year, month, names[org]): count for year, month, org, count in kept}
        return rows, len(totals), counts
    meetings = func.count(distinct(MO.c.meeting_id))
    month = _month(conn)
    meeting_id, body = M.c.id, MO.c.organisation_id
    if scope.ids is None and conn.dialect.name == "sqlite":
        # Each meeting's organisers off their index, in the order of the meeting's date index
        # (`+ 0`: never each meeting's row by id, a row holds the notes: pages of text to read
        # past; nor a look-up of each meeting for each shown body).
        meeting_id, body = meeting_id + 0, body + 0
    by_month = select(month, MO.c.organisation_id, meetings).join(M, meeting_id == MO.c.meeting_id)
    by_month = _scoped(by_month, MO.c.meeting_id, scope, joined=True)
    if scope.whole and conn.dialect.name == "sqlite":
        # A condition every meeting meets: without one SQLite reads the meetings themselves
        # (pages of notes) rather than their (date, precision, kind) index; 1.5× slower.
        by_month = by_month.where(M.c.date_start >= date.min)
    by_month = by_month.group_by(month, MO.c.organisation_id)
    months: list[tuple[str, int, int]] = []
    totals: dict[int, int] = defaultdict(int)
    if scope.ids is None:
        statement = select(MO.c.organisation_id, meetings).group_by(MO.c.organisation_id)
        totals.update(conn.execute(_scoped(statement, MO.c.meeting_id, scope)).all())
    else:
        months = list(conn.execute(by_month))
        for _said, org, count in months:
            totals[org] += count
    rows, shown, names = _body_rows(conn, totals, whole, top)
    if scope.ids is None:
        months = list(conn.execute(by_month.where(body.in_(shown))))
    kept = set(shown)
    counts = {(*_year_month(said), names[org]): count for said, org, count in months if org in kept}
    return rows, len(totals), counts


def _body_rows(
    conn: Any, totals: dict[int, int], whole: str, top: int | None
) -> tuple[list[BodyRow], list[int], dict[int, str]]:
    """The bodies' rows (most meetings first, cut at `top`), the shown ids, each body's name."""
    names = dict(conn.execute(select(O.c.id, O.c.name).where(O.c.id.in_(list(totals)))).all())
    every = list(names.values())
    shown = top_of(sorted(totals, key=lambda org: (-totals[org], names[org])), top)
    rows = [
        BodyRow(
            names[org], totals[org], figure_query(whole, f"org:{quoted(names[org])}"),
            exact=not holds_another(names[org], every),
        )
        for org in shown
    ]  # fmt: skip
    return rows, shown, names


def _periods(
    span: str,
    meetings: dict[tuple[int, int | None, str | None], int],
    bodies: dict[tuple[int, int | None, str], int],
    kinds: tuple[str | None, ...],
    names: tuple[str, ...],
    parsed: Query,
    whole: str,
    decided: dict[tuple[int, int | None], dict[str, int]] | None = None,
    attended: dict[tuple[int, int | None], tuple[int, int, int]] | None = None,
    exact: bool = True,
) -> tuple[PeriodRow, ...]:
    """One row per month (or quarter) from the period's first to its last (the data's, where the
    query leaves it open), empty ones included; then each year's meetings dated only to it.
    `decided`: decisions by month and status; `attended`: a person's (present, absent, chaired)
    by month; `exact`: False when `whole` says a wider set than the meetings counted."""
    size = 1 if span == "month" else 3

    def part(month: int | None) -> int | None:
        return None if month is None else (month - 1) // size + 1

    statuses: dict[tuple[int, int | None], dict[str, int]] = defaultdict(dict)
    for (year, month), counts in (decided or {}).items():
        summed = statuses[(year, part(month))]
        for code, count in counts.items():
            summed[code] = summed.get(code, 0) + count
    person: dict[tuple[int, int | None], tuple[int, int, int]] = {}
    for (year, month), three in (attended or {}).items():
        had = person.get((year, part(month)), (0, 0, 0))
        person[(year, part(month))] = (had[0] + three[0], had[1] + three[1], had[2] + three[2])

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
        status_cell = statuses.get((year, number), {})
        seen = None if attended is None else Attended(*person.get((year, number), (0, 0, 0)))
        ordered = [code for code in DECISION_STATUSES if code in status_cell]
        ordered += sorted(code for code in status_cell if code not in DECISION_STATUSES)
        rows.append(
            PeriodRow(
                span=span, year=year, number=number, meetings=sum(kind_cell.values()),
                by_kind=tuple(kind_cell.get(kind, 0) for kind in kinds),
                by_body=tuple(body_cell.get(name, 0) for name in names),
                query=figure_query(whole, period_items(year, number, size)),
                exact=exact and number is not None and year not in years_unsure,
                decisions=tuple(StatusCount(code, status_cell[code]) for code in ordered),
                attended=seen,
            )
        )  # fmt: skip
    return tuple(rows)


def _attendance(
    conn: Any,
    scope: _Scope,
    shown_in: str,
    body_meetings: int | None,
    top: int | None,
    summed: Query | None = None,
) -> tuple[tuple[Attendance, ...], int]:
    """Each person's meetings present, absent and chaired in `scope` (`shown_in`: its query
    text), most present first: off the summaries for `summed`'s period, else from the rows."""
    if summed is not None:
        shown, people_total = stats_summary.attendance(conn, summed, top)
    else:
        shown, people_total = attendance_counts(
            conn, lambda statement, column: _scoped(statement, column, scope), top,
            dated=(M.c.date_start, M.c.id) if scope.own else None,
        )  # fmt: skip
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
                query=figure_query(shown_in, f"person:{quoted(name)}"),
                chair_query=figure_query(shown_in, f"chair:{quoted(name)}"),
                exact=not wider and was_absent == 0,
            )
        )  # fmt: skip
    return tuple(result), people_total
