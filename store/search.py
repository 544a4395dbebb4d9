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

Here: the tiers of relevance, and how a page and its count are read off them (`search`). How
one tier is read on each backend is `store.search_plan`'s; what each condition means,
`store.search_where`'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlmodel import Session

from store.query import Query, TextMatch
from store.rows import tsquery_text
from store.search_pg import Memo, Walk, counted_by_scan, index_only, walk, whole_list
from store.search_plan import Ordered, Stage, _plan
from store.search_where import _key, _Nothing, _own, fts_expression
from store.search_words_pg import dense_prefixes, like_patterns


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
        # Through the index, a word being typed that most meetings hold is tested on the word
        # lists of the others' meetings: a count stops at the bound, about as many rows read.
        dense = frozenset() if scan else dense_prefixes(plan.plan[0].text, conn, memo)
        every = plan.stage(scan=scan, dense=dense)
    elif isinstance(plan[0], Ordered):
        found = len(plan[0].ids)
        return found if count_up_to is None else min(found, count_up_to + 1)
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
    exhausted: set[str] = set()
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
        # A tier that is an earlier one again (a name's whole last word and the names it
        # begins are the same people) gives nothing new once that one was read to its end.
        again = _stages_key(stages, conn) if exhausted and not counted else None
        if again is not None and again in exhausted:
            continue
        ended = True
        for statement in stages:
            rows = None
            if wanted is not None:
                rows = wanted + len(seen)
                if counted and count_to is not None:
                    rows, read = max(rows, count_to), 0
                asked = rows
            with index_only(conn, tier, backend, wanted is None or listed):
                for found in _rows(statement, conn, rows):
                    if read is not None:
                        read += 1
                        if len(seen) >= wanted:  # the page is full: only counting now
                            continue
                    seen.setdefault(int(found))
                    if wanted is not None and len(seen) >= wanted and read is None:
                        ended = False
                        break
        if ended and not counted and number < len(ranked):
            exhausted.add(again or _stages_key(stages, conn))
    ids = list(seen)
    counted_rows = None if read is None else (read, read < asked)
    return (ids[offset:] if wanted is None else ids[offset:wanted]), counted_rows


def _counts_alike(
    query: Query,
    backend: str,
    conn: Connection,
    stages: list[Stage],
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
    return _stages_key(counting, conn) == _stages_key(stages, conn)


def _stages_key(stages: list[Stage], conn: Connection) -> str:
    """A plan's statements as text with their parameters (in no order), or its ids."""
    return repr(
        [
            stage.ids if isinstance(stage, Ordered) else _key(stage.order_by(None), conn)
            for stage in stages
        ]
    )


def _rows(stage: Stage, conn: Connection, rows: int | None) -> Iterable[int]:
    """The ids a stage gives, the first `rows` of them (all if None)."""
    if isinstance(stage, Ordered):
        return stage.ids if rows is None else stage.ids[:rows]
    return conn.execute(stage if rows is None else stage.limit(rows)).scalars()


def search_all_ids(query: Query, *, session: Session) -> list[int]:
    """Every matching id, newest first (for exports of a search)."""
    return search(query, session=session, limit=None, order="newest").ids


__all__ = [
    "ORDERS",
    "Page",
    "_Nothing",
    "_own",
    "_plan",
    "fts_expression",
    "like_patterns",
    "search",
    "search_all_ids",
    "tiers",
    "tsquery_text",
]
