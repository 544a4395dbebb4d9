"""How one tier of a search is read on each backend: `_plan` turns a parsed query (`store.query`)
into the statements (or, for free words on PostgreSQL, the walk: `store.search_pg`) giving every
matching meeting id in the book's order, newest first.

What is chosen here: how a linked condition's meetings (a person's, a chair's, a document's)
are used — fetched as a few ids, collected as a list, probed per meeting — and whether free
words are read off SQLite's FTS5 index, tested on a few meetings' word lists, or handed to
PostgreSQL's walk. Kept apart from `store.search`, which ranks the tiers and reads pages and
counts off these plans; what each condition means is in `store.search_where`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.engine import Connection

from store.models import SORT_KEY_ID_MASK, Meeting, MeetingSearch, sort_key
from store.query import Query
from store.search_pg import Memo, Probe, Walk, id_array
from store.search_where import (
    _among,
    _key,
    _linked,
    _Nothing,
    _own,
    _probed,
    chairs_as_words,
    found_in_word_lists,
    fts_match,
    lists_cheaper,
    not_implied,
)
from store.search_words_pg import like_all, long_ids

M = Meeting.__table__
MS = MeetingSearch.__table__


@dataclass(frozen=True)
class Ordered:
    """Every matching id of a tier, already in the book's order (newest first): found among a
    linked condition's few meetings in Python, where a statement would read each one's row
    again to sort them (1,000-2,000 rows for a chair, twice when a name's whole last word and
    the names it begins are the same people)."""

    ids: tuple[int, ...]


Stage = Select[tuple[int]] | Ordered


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
) -> list[Stage] | Walk:
    """Every matching meeting id, newest first (a partial date by the start of its period), as
    one statement or, for a page of free words on PostgreSQL, a walk (`store.search_pg.walk`).
    `page`: the caller wants the first rows only (see SMALL). `memo`: the linked conditions'
    meetings read so far in this search (every tier of a search reads the same ones). `bounded`:
    only the first rows of the whole are read, this many (N + 1 for a count up to N); free
    words on PostgreSQL are then a walk too, which the count makes one statement of
    (`store.search_pg.counted_by_scan` says how)."""
    query = chairs_as_words(query)
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
        key = "first of " + _key(ids, conn, memo)
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
                probes.append((tests, meeting_id, ids))
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
) -> list[Stage]:
    """`_plan` on SQLite: every matching id in the book's order, as one statement. A set past
    LARGE is probed per meeting when only the first rows are read (`page`, `bounded`); words
    counted up to `bounded` among a set's meetings are tested on their word lists when that
    reads less than their index (`lists_cheaper`)."""
    where = _own(query, "sqlite")
    sets = []
    for ids, tests, meeting_id in _linked(query, conn, memo):
        key = "size " + _key(ids, conn, memo)
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
            probes.append((tests, meeting_id, ids))
        else:
            where.append((M.c.id + 0).in_(ids))
    words = not_implied(query, conn, memo)
    few = first is not None and sets[0][0] <= SMALL
    several = not words and not where and len(sets) > 1 and sets[-1][0] <= LARGE
    if several and not few and (page or bounded) and _expected(sets, conn, memo) < FEW_IN_COMMON:
        return [_intersected(sets, conn, memo)]
    # Without words to test (a name's tier that implies them), only the sort keys are read, and
    # only when a further condition is looked up in them: a single set's first page is its
    # newest meetings, which walking the date index finds without reading all of them.
    ordered = words or len(sets) > 1
    if few and query.text and ordered and (page or bounded) and not where and not probes:
        assert first is not None
        found = found_in_word_lists(first, words, conn, memo)
        return [_in_order(found, sets[1 : 1 + len(listed)], conn, memo)]
    if words and few:
        assert first is not None
        _, found = found_in_word_lists(first, words, conn, memo)
        if not found:
            raise _Nothing
        where.extend((M.c.id + 0).in_(ids) for ids in listed)
        where.extend(_probed(probes, M.c.id))
        newest = (M.c.date_start.desc(), M.c.id.desc())
        found_ids = [meeting for _, meeting in found]
        return [select(M.c.id).where(_among(M.c.id, found_ids), *where).order_by(*newest)]
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
        return [_fts_plan(query, where, few, probes, conn, memo)]
    if first is not None:  # `id + 0`: only the first set is read through; the others probed
        where.append(M.c.id.in_(first))
    where.extend((M.c.id + 0).in_(ids) for ids in listed)
    where.extend(_probed(probes, M.c.id))
    return [select(M.c.id).where(*where).order_by(M.c.date_start.desc(), M.c.id.desc())]


# Two linked conditions of thousands of meetings each (`chair:tam` and a person named Cao: a name
# typed after a chair's is that person's tier) have few meetings in common, often none: a walk
# of the date index probing both read the whole book to fill a page or count (20 ms), where the
# two sets, read off their covering indexes and intersected, cost 2-3 ms. Below FEW_IN_COMMON
# meetings expected in common, if the conditions were independent, the sets are intersected.
FEW_IN_COMMON = 1000


def _expected(sets: Sequence[tuple[int, Any, Any, Any]], conn: Connection, memo: Memo) -> float:
    """How many meetings the linked conditions of `sets` (with their sizes) would have in
    common if each held its meetings at random among the book's."""
    if "book size" not in memo:
        memo["book size"] = [conn.execute(select(func.max(M.c.id))).scalar() or 0]
    (book,) = memo["book size"]
    expected = float(book)
    for size, *_ in sets:
        expected *= size / book if book else 0.0
    return expected


def _intersected(
    sets: Sequence[tuple[int, Select[tuple[int]], list[ColumnElement[bool]], ColumnElement[int]]],
    conn: Connection,
    memo: Memo,
) -> Select[tuple[int]]:
    """The meetings every linked condition of `sets` (smallest first, each up to LARGE) holds,
    in the book's order: the smallest set read whole, each next one asked only of the meetings
    still in common when that reads fewer rows than its own index (as `_in_order` does)."""
    common: list[int] | None = None
    key = "common"
    for size, ids, tests, meeting_id in sets:
        held = ids
        if common is not None and size > len(common) * ROWS_PER_MEETING:
            held = select(meeting_id).where(_among(meeting_id, common), *tests)
        key += " of " + _key(ids, conn, memo)
        if key not in memo:  # as one text: thousands of rows cost more to fetch one by one
            listed = conn.execute(select(func.group_concat(held.subquery().c[0]))).scalar()
            found = {int(one) for one in listed.split(",")} if listed else set()
            memo[key] = sorted(found if common is None else found & set(common))
        common = memo[key]
        if not common:
            raise _Nothing
    assert common is not None
    newest = (M.c.date_start.desc(), M.c.id.desc())
    return select(M.c.id).where(_among(M.c.id, common)).order_by(*newest)


# A meeting has about this many rows in a linked table (participations; one or two organisers
# or documents): whether meetings found are looked up there one by one, or the condition's own
# meetings are read off its index, is chosen by which reads fewer rows.
ROWS_PER_MEETING = 10


def _in_order(
    found: tuple[str, list[tuple[int, int]]],
    others: Sequence[tuple[int, Select[tuple[int]], list[ColumnElement[bool]], ColumnElement[int]]],
    conn: Connection,
    memo: Memo,
) -> Ordered:
    """The meetings `found_in_word_lists` found (its memo key, (sort_key, id) pairs) in the
    book's order, kept only if each of `others` (further linked conditions, up to LARGE meetings
    each, with their sizes) holds them: the meetings found are looked up in the linked table by
    id (`+ 0` on the condition's own columns keeps that index), or the condition's meetings
    are read whole, whichever reads fewer rows."""
    key = "in order " + found[0]
    if key not in memo:
        memo[key] = [meeting for _, meeting in sorted(found[1], reverse=True)]
    ordered = memo[key]
    for size, ids, tests, meeting_id in others:
        if not ordered:
            break
        held = ids
        if size > len(ordered) * ROWS_PER_MEETING:
            held = select(meeting_id).where(_among(meeting_id, ordered), *tests)
        key += " held " + _key(ids, conn, memo)
        if key not in memo:  # as one text: thousands of rows cost more to fetch one by one
            listed = conn.execute(select(func.group_concat(held.subquery().c[0]))).scalar()
            memo[key] = [int(one) for one in listed.split(",")] if listed else []
        kept = set(memo[key])
        ordered = [meeting for meeting in ordered if meeting in kept]
    if not ordered:
        raise _Nothing
    return Ordered(tuple(ordered))


def _fts_plan(
    query: Query,
    where: list[ColumnElement[bool]],
    few: list[Select[tuple[int]]],
    probes: Sequence[Probe],
    conn: Connection,
    memo: Memo,
) -> Select[tuple[int]]:
    """Free words read off the FTS5 index in its rowid order, which is the book's order (the
    rowid is `sort_key`): newest first, and a page stops the read as soon as it is full. `few`:
    sets of meeting ids each row's meeting is looked up in. `probes`: linked conditions tested
    on each row's meeting, by its id (no join to `meeting` for them: reading its row for each
    match cost a third of `chair:nguyen` + words)."""
    rowid, matched, marks = fts_match([m for m in query.text if m.tokens], conn, memo)
    meeting_id = rowid.op("&")(SORT_KEY_ID_MASK)
    statement = select(meeting_id.label("id")).where(matched)
    if marks is not None:
        statement = statement.join(MS, MS.c.sort_key == rowid).where(marks)
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
