"""Run a parsed query (`store.query.Query`) against the database: the one search of the book.

A text condition typed without marks is a match on folded words (`store.text`): `nguyen dinh
khang` finds Nguyễn Đình Khang. One typed with marks matches the words with their marks
(`meeting_search.marked`, a person's or body's `name_key`): `Khang` is then not `khẳng`. Free
words are looked up in `meeting_search`: through the FTS5 index on SQLite, through its full-text
index on PostgreSQL (`store.search_pg`: stored vectors with positions and pairs of neighbours, a
page read by testing the newest meetings, then through the index), through `LIKE` alone
elsewhere. All read the same space-separated word lists, so they agree on every query (whole
words; the last word typed may be a prefix). Results come by relevance (`tiers`) or newest
first; a partial date sorts by the start of its period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import (
    ColumnElement,
    Select,
    exists,
    func,
    select,
)
from sqlalchemy.engine import Connection
from sqlmodel import Session

from store.models import (
    SORT_KEY_ID_MASK,
    Meeting,
    MeetingSearch,
    sort_key,
)
from store.query import Query, TextMatch
from store.rows import tsquery_text
from store.search_pg import (
    Memo,
    Probe,
    Walk,
    counted_by_scan,
    id_array,
    index_only,
    like_all,
    like_patterns,
    long_ids,
    walk,
    whole_list,
)
from store.search_where import (
    FTS,
    _among,
    _key,
    _linked,
    _Nothing,
    _own,
    _probed,
    found_in_word_lists,
    fts_expression,
    lists_cheaper,
    not_implied,
)

M = Meeting.__table__
MS = MeetingSearch.__table__


@dataclass(frozen=True)
class Page:
    """One page of results: meeting ids in result order, and how many matched in all.

    `exact` is False when `total` is only a lower bound: at least that many matched, maybe more
    (the count stopped at `count_up_to`, or was not asked for past a full page).
    """

    ids: list[int]
    total: int
    offset: int
    limit: int | None
    exact: bool = True


# A condition on linked rows (people, organisers, documents) is first read as its set of meeting
# ids, at most SMALL + 1 of them (a covering index makes this a millisecond or two). A small set is
# best used as it is: fetch those meetings and sort them. For a page of a large one, each meeting
# is checked while walking the date index newest first, which stops as soon as the page is full;
# collecting tens of thousands of ids first costs more than the whole page. For every match of a
# large one (a count, the whole list), collecting the set once is cheapest.
SMALL = 2000
# With free words on PostgreSQL a linked condition's meetings are collected up to this many (a
# few milliseconds) and given to the full-text search as a list of ids: the words are then
# tested on those meetings only, or the list and the words' index are intersected as bitmaps,
# instead of the words read in every meeting and the condition checked after.
LINKED = 20_000


def _plan(
    query: Query,
    backend: str,
    conn: Connection,
    *,
    page: bool,
    memo: Memo | None = None,
    bounded: int | None = None,
) -> list[Select[tuple[int]]] | Walk:
    """Every matching meeting id, newest first (a partial date by the start of its period), as
    one statement or, for a page of free words on PostgreSQL, a walk (`store.search_pg.walk`).
    `page`: the caller wants the first rows only (see SMALL). `memo`: the linked conditions'
    meetings read so far in this search (every tier of a search reads the same ones). `bounded`:
    only the first rows of the whole are read, this many (N + 1 for a count up to N); free
    words on PostgreSQL are then a walk too, which the count makes one statement of
    (`store.search_pg.counted_by_scan` says how)."""
    if backend == "sqlite":
        memo = {} if memo is None else memo
        return _sqlite_plan(query, conn, page=page, memo=memo, bounded=bounded)
    postgresql = backend == "postgresql"
    if postgresql and any(m.tokens for m in query.text):
        # The words a `person:` condition of the tier implies are not tested again: the first
        # tier of a name typed as words (Nguyễn Thị Phương, in 2,000 meetings) then reads its
        # people's meetings by date, where testing each one's marked words took 100 ms.
        query = replace(query, text=tuple(not_implied(query, conn, memo)))
    words = postgresql and any(m.tokens for m in query.text)
    where = _own(query, backend)
    few: list[Select[tuple[int]]] = []
    known: set[int] | None = None
    probes: list[Probe] = []
    for ids, tests, meeting_id in _linked(query, conn, memo):
        first = ids.limit((LINKED if postgresql else SMALL) + 1)
        key = _key(first, conn)
        rows = memo.get(key) if memo is not None else None
        if rows is None and postgresql:  # as one array: thousands of rows cost more to fetch
            listed = conn.execute(select(func.array_agg(first.subquery().c[0]))).scalar_one()
            rows = listed or []
        if rows is None:
            rows = list(conn.execute(first).scalars())
        if memo is not None:
            memo[key] = rows
        if not rows:
            raise _Nothing
        if postgresql and len(rows) <= LINKED:
            known = set(rows) if known is None else known & set(rows)
            if not known:
                raise _Nothing
        elif len(rows) <= SMALL and not postgresql:  # (on PostgreSQL, LINKED is larger)
            few.append(ids)
        elif page or bounded:
            if words:
                # Over LINKED meetings (`chair:nguyen`, 38,000 at 100,000): each meeting the
                # words find is probed until the page or the bound is reached, where collecting
                # the set to hash it read and sorted all of them (300 ms to count to 1,001).
                probes.append((tests, meeting_id))
            else:
                where.append(exists().where(meeting_id == M.c.id, *tests))
        else:
            # `id + 0`: keep the date index for the order, probing the collected set per row.
            where.append((M.c.id + 0).in_(ids))
    if words:
        if memo is not None and "long" not in memo:
            memo["long"], memo["long marked"] = long_ids(conn)
        long = (memo["long"], memo["long marked"]) if memo is not None else long_ids(conn)
        walk = Walk((query, where, None if known is None else sorted(known), long, probes))
        return walk if page or bounded else [walk.stage()]
    if known is not None:
        # The linked conditions' meetings, as numbers in the statement: a few are fetched by
        # id and sorted; past SMALL, a page walks the date index newest first and looks each
        # meeting up in the list (hashed), instead of probing the linked table per meeting
        # (18,000 probes for a person in thousands of old meetings).
        among = id_array(sorted(known))
        where.append(M.c.id == among if len(known) <= SMALL or not page else M.c.id + 0 == among)
    where.extend(M.c.id.in_(ids) for ids in few)
    return [select(M.c.id).where(*where).order_by(M.c.date_start.desc(), M.c.id.desc())]


# On SQLite a linked condition's meetings are counted up to LARGE + 1 (a covering index: a
# millisecond or two). Up to SMALL, the search starts from them: their rows are sorted, or their
# word lists tested with LIKE, as the portable path does (a name's hundred meetings, where the
# index would read every meeting holding its common syllables). Up to LARGE, the book is read
# in its order (the date index, or the words' index by rowid) and each meeting looked up in
# the set, built once: far cheaper than a probe of the linked table per meeting, and for a
# person in thousands of old meetings, cheaper than sorting them all.
LARGE = 20_000


def _sqlite_plan(
    query: Query, conn: Connection, *, page: bool, memo: Memo, bounded: int | None
) -> list[Select[tuple[int]]]:
    """`_plan` on SQLite: every matching id in the book's order, as one statement. A set past
    LARGE is probed per meeting when only the first rows are read (`page`, `bounded`); words
    counted up to `bounded` among a set's meetings are tested on their word lists when that
    reads less than their index (`lists_cheaper`)."""
    where = _own(query, "sqlite")
    sets = []
    for ids, tests, meeting_id in _linked(query, conn, memo):
        key = "size " + _key(ids, conn)
        if key not in memo:
            counted = select(func.count()).select_from(ids.limit(LARGE + 1).subquery())
            memo[key] = [int(conn.execute(counted).scalar_one())]
        (size,) = memo[key]
        if not size:
            raise _Nothing
        sets.append((size, ids, tests, meeting_id))
    sets.sort(key=lambda linked: linked[0])
    first = sets[0][1] if sets and sets[0][0] <= (LARGE if not page else SMALL) else None
    listed: list[Select[tuple[int]]] = []
    probes: list[Probe] = []
    for size, ids, tests, meeting_id in sets[1 if first is not None else 0 :]:
        if size <= LARGE:
            listed.append(ids)
        elif page or bounded:
            probes.append((tests, meeting_id))
        else:
            where.append((M.c.id + 0).in_(ids))
    words = not_implied(query, conn, memo)
    if words and first is not None and sets[0][0] <= SMALL:
        found = found_in_word_lists(first, words, conn, memo)
        if not found:
            raise _Nothing
        where.extend((M.c.id + 0).in_(ids) for ids in listed)
        where.extend(_probed(probes, M.c.id))
        newest = (M.c.date_start.desc(), M.c.id.desc())
        return [select(M.c.id).where(_among(M.c.id, found), *where).order_by(*newest)]
    if (
        words
        and first is not None
        and bounded
        and lists_cheaper(sets[0][0], words, conn, memo, bounded)
    ):
        tested = [like_all(MS.c.body, m, MS.c.marked) for m in words]
        tested.extend(_probed(probes, MS.c.meeting_id))
        statement = select(MS.c.meeting_id.label("id")).where(MS.c.meeting_id.in_(first), *tested)
        where.extend((M.c.id + 0).in_(ids) for ids in listed)
        if where:
            statement = statement.join(M, M.c.id == MS.c.meeting_id).where(*where)
        return [statement.order_by(MS.c.sort_key.desc())]
    if words:
        query = replace(query, text=tuple(words))
        few = [*listed, *([first] if first is not None else [])]
        return [_fts_plan(query, where, few, probes)]
    if first is not None:  # `id + 0`: only the first set is read through; the others probed
        where.append(M.c.id.in_(first))
    where.extend((M.c.id + 0).in_(ids) for ids in listed)
    where.extend(_probed(probes, M.c.id))
    return [select(M.c.id).where(*where).order_by(M.c.date_start.desc(), M.c.id.desc())]


def _fts_plan(
    query: Query,
    where: list[ColumnElement[bool]],
    few: list[Select[tuple[int]]],
    probes: Sequence[Probe] = (),
) -> Select[tuple[int]]:
    """Free words read off the FTS5 index in its rowid order, which is the book's order (the
    rowid is `sort_key`): newest first, and a page stops the read as soon as it is full. `few`:
    sets of meeting ids each row's meeting is looked up in. `probes`: linked conditions tested
    on each row's meeting, by its id (no join to `meeting` for them: reading its row for each
    match cost a third of `chair:nguyen` + words)."""
    rowid = FTS.c.rowid
    meeting_id = rowid.op("&")(SORT_KEY_ID_MASK)
    expression = fts_expression([m for m in query.text if m.tokens])
    statement = select(meeting_id.label("id")).where(FTS.c.meeting_fts.op("MATCH")(expression))
    # The date range bounds the rowid too, so the index skips what is outside it.
    if query.date_from is not None:
        statement = statement.where(rowid >= sort_key(query.date_from - timedelta(days=366), 0))
    if query.date_to is not None:
        statement = statement.where(rowid <= sort_key(query.date_to, SORT_KEY_ID_MASK))
    statement = statement.where(*(meeting_id.in_(ids) for ids in few))
    statement = statement.where(*_probed(probes, meeting_id))
    if where:
        statement = statement.join(M, M.c.id == meeting_id).where(*where)
    return statement.order_by(rowid.desc())


ORDERS = ("relevance", "newest")


def tiers(query: Query) -> list[Query]:
    """The queries whose matches make up `query`'s results by relevance, best first; each one's
    matches are among the next one's, and the last is `query` itself.

    Free words that form a person's name find the meetings that person took part in first (a
    name holding the last word whole before one it only begins); then the words found together,
    in their order (a phrase); then the words anywhere. Within a tier, newest first. Structured
    items (`person:`, `date:`, ...) keep their meaning in every tier: they only narrow. Without
    free words there is one tier, newest first.
    """
    words = [m for m in query.text if m.tokens]
    if not words:
        return [query]
    joined = _joined(words)
    ranked = []
    if len(joined.tokens) <= MAX_NAME_WORDS:
        named = replace(joined, phrase=False)
        if named.prefix:  # a name's whole last word (Ngọ) before the names it begins (Ngọc)
            ranked.append(replace(query, person=(*query.person, replace(named, prefix=False))))
        ranked.append(replace(query, person=(*query.person, named)))
    if len(joined.tokens) > 1 and not (len(words) == 1 and words[0].phrase):
        ranked.append(replace(query, text=(joined,)))
    return [*ranked, query]


MAX_NAME_WORDS = 5  # a Vietnamese name has two to five words: more is not a name


def _joined(words: list[TextMatch]) -> TextMatch:
    """The free words, in the order typed, as one phrase (the last one's prefix kept)."""
    tokens = tuple(token for match in words for token in match.tokens)
    marked = [match.marked for match in words]
    typed = tuple(w for m in marked for w in m or ()) if None not in marked else None
    return TextMatch(tokens, phrase=True, prefix=words[-1].prefix, marked=typed)


def search(
    query: Query,
    *,
    session: Session,
    limit: int | None = 50,
    offset: int = 0,
    backend: str | None = None,
    count: bool = True,
    order: str = "relevance",
    count_up_to: int | None = None,
) -> Page:
    """The page of meetings matching `query` and the total count: by relevance (`tiers`), or
    newest first (`order="newest"`).

    `backend` forces the portable LIKE path on SQLite and PostgreSQL (any other value): the tests
    use it to show every path gives the same answers. `count=False` skips counting a full page's
    total (it is then a lower bound): the first page of a common word is then only that page's
    work. `count_up_to=N` counts at most N + 1 matches: a total over N is a lower bound ("more
    than N", `Page.exact` False), and a word in every meeting costs no more than N rows to count.
    """
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}; use {' or '.join(ORDERS)}")
    if count_up_to is not None and count_up_to < 0:
        raise ValueError(f"count_up_to must be 0 or more, not {count_up_to}")
    conn = session.connection()
    backend = backend or conn.dialect.name
    try:
        ranked = tiers(query) if order == "relevance" else [query]
        memo: Memo = {}
        bound = count_up_to + 1 if count and count_up_to is not None else None
        ids, read = _ranked_ids(
            ranked, backend, conn, limit=limit, offset=offset, memo=memo, count_to=bound
        )
        seen = offset + len(ids)
        counting = count and limit is not None and (len(ids) == limit or offset)
        if counting and read is not None and bound is not None:
            # The last tier, the query itself, was read on past the page: its rows are the count
            # when they ended before the rows asked for (at least the bound).
            rows, whole = read
            exact = whole and rows < bound
            total = rows if exact else max(bound, seen)
        elif counting:
            total = _count(query, backend, conn, memo, count_up_to)
            exact = count_up_to is None or total <= count_up_to
            total = max(total, seen) if not exact else total
        else:
            # Not counted: exact only when this page is the end of the results.
            total = seen
            exact = limit is None or (len(ids) < limit and (bool(ids) or not offset))
    except _Nothing:
        return Page(ids=[], total=0, offset=offset, limit=limit)
    return Page(ids=ids, total=total, offset=offset, limit=limit, exact=exact)


def _count(
    query: Query,
    backend: str,
    conn: Connection,
    memo: Memo,
    count_up_to: int | None,
) -> int:
    """How many meetings match `query`, up to `count_up_to` + 1."""
    plan = _plan(
        query,
        backend,
        conn,
        page=False,
        memo=memo,
        bounded=None if count_up_to is None else count_up_to + 1,
    )
    scan = False
    if isinstance(plan, Walk):  # free words on PostgreSQL, up to a bound
        assert count_up_to is not None
        scan = counted_by_scan(plan, conn, count_up_to + 1, memo)
        every = plan.stage(scan=scan)
    else:
        every = plan[0]
    every = every.order_by(None)
    if count_up_to is not None:
        every = every.limit(count_up_to + 1)
    with index_only(conn, query, backend, not scan):
        counted = conn.execute(select(func.count()).select_from(every.subquery()))
        return int(counted.scalar_one())


def _ranked_ids(
    ranked: list[Query],
    backend: str,
    conn: Connection,
    *,
    limit: int | None,
    offset: int,
    memo: Memo | None = None,
    count_to: int | None = None,
) -> tuple[list[int], tuple[int, bool] | None]:
    """The ids of `ranked`'s tiers in turn, each tier newest first and without the ids an
    earlier tier gave, sliced to the page; and, when `count_to` is given and the last tier
    was read on for it, how many rows it gave (at least `count_to`, or all of them) and
    whether that was all (else None).

    A tier is read only as far as the page needs: the first page of a name is the first tier's
    newest few rows. A tier holds every earlier tier's matches, so reading `wanted + len(seen)`
    of its rows always yields enough new ones. The last tier is the query itself: when the page
    reaches it and its count would run the same statement, it is read on up to `count_to` rows
    instead, which counts it in the same pass (a count would read those rows again).
    """
    wanted = None if limit is None else offset + limit
    seen: dict[int, None] = {}
    memo = {} if memo is None else memo
    read: int | None = None
    asked = 0
    for number, tier in enumerate(ranked, start=1):
        if wanted is not None and len(seen) >= wanted:
            break
        try:
            stages = _plan(tier, backend, conn, page=wanted is not None, memo=memo)
        except _Nothing:
            continue
        last = count_to is not None and wanted is not None and number == len(ranked)
        listed = False
        if isinstance(stages, Walk):
            assert wanted is not None
            if not (last and count_to is not None and whole_list(stages, conn, count_to, memo)):
                walk(stages, conn, seen, wanted)
                continue
            stages, counted, listed = [stages.stage(scan=True)], True, True
        else:
            counted = last and _counts_alike(tier, backend, conn, stages, memo, count_to)
        for statement in stages:
            if wanted is not None:
                rows = wanted + len(seen)
                if counted and count_to is not None:
                    rows, read = max(rows, count_to), 0
                statement, asked = statement.limit(rows), rows
            with index_only(conn, tier, backend, wanted is None or listed):
                for found in conn.execute(statement).scalars():
                    if read is not None:
                        read += 1
                        if len(seen) >= wanted:  # the page is full: only counting now
                            continue
                    seen.setdefault(int(found))
                    if wanted is not None and len(seen) >= wanted and read is None:
                        break
    ids = list(seen)
    counted_rows = None if read is None else (read, read < asked)
    return (ids[offset:] if wanted is None else ids[offset:wanted]), counted_rows


def _counts_alike(
    query: Query,
    backend: str,
    conn: Connection,
    stages: list[Select[tuple[int]]],
    memo: Memo,
    bound: int | None,
) -> bool:
    """Whether counting `query` up to `bound` would run `stages` (the page's plan) as it is."""
    try:
        counting = _plan(query, backend, conn, page=False, memo=memo, bounded=bound or 1)
    except _Nothing:
        return False
    if isinstance(counting, Walk) or len(counting) != 1 or len(stages) != 1:
        return False
    return _key(counting[0].order_by(None), conn) == _key(stages[0].order_by(None), conn)


def search_all_ids(query: Query, *, session: Session) -> list[int]:
    """Every matching id, newest first (for exports of a search)."""
    return search(query, session=session, limit=None, order="newest").ids


__all__ = [
    "ORDERS",
    "Page",
    "fts_expression",
    "like_patterns",
    "search",
    "search_all_ids",
    "tiers",
    "tsquery_text",
]
