"""Free words on PostgreSQL: how a page of them is read (`walk`) and a count chosen, for
`store.search`, which holds the query language's plans on every backend; the tests themselves
(full-text, word lists) are in `store.search_words_pg`.

Testing one meeting's words reads its vector, a few kilobytes kept out of line (10-15 µs); the
full-text index finds every match without reading one. So a page is read by testing the newest
meetings one by one only while the words are common enough in them to fill it soon, then through
the index; a count goes through the index, but for words in most meetings.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from math import ceil
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    any_,
    exists,
    func,
    literal_column,
    select,
)
from sqlalchemy.engine import Connection

from store.models import SORT_KEY_ID_MASK, Meeting, MeetingSearch, sort_key
from store.query import Query, TextMatch
from store.search_words_pg import (
    book_size,
    estimate,
    long_phrases,
    words_found,
    words_match,
)

M = Meeting.__table__
MS = MeetingSearch.__table__

# What one search has read so far, by what was asked (a statement's text, or a name for it):
# meeting ids and counts, and on SQLite a few meetings' word lists (`store.search_where`).
Memo = dict[str, list[Any]]


# The newest meetings a page of free words on PostgreSQL tests one by one before it asks the
# full-text index for the rest (`walk`), and the most it tests. Testing a meeting reads its vector
# (a few kilobytes, out of line): 10-15 µs. The index finds every match without reading a vector
# (but a phrase of three words or more, whose positions it checks in each vector it finds), and
# then reads the table for their dates: a word in a few thousand meetings costs less that way.
WALK = 150
MAX_WALK = 3000


def id_array(ids: Sequence[int]) -> ColumnElement[int]:
    """`= id_array(ids)`: the column is one of `ids`, an array written into the statement, so
    the planner sees the array itself (how many, which): a bound parameter is converted by the
    driver int by int (10 ms for 20,000), and text cast to an array is read again for every
    row. Only ints from the database go here."""
    return any_(literal_column(_array_text(tuple(ids))))


@lru_cache(maxsize=8)
def _array_text(ids: tuple[int, ...]) -> str:
    """An array of ids as SQL text, written once per search: a search's statements (its
    tiers, walk, count) carry the same list, 15,000 ids for `chair:tran`, 2 ms each time."""
    listed = ",".join(str(int(one)) for one in ids)
    return f"'{{{listed}}}'::integer[]"


# A linked condition too common to list (`person:nguyen`): its tests of one participation (or
# organiser, document) row, that row's meeting id column, and its meetings as an index reads
# them; probed per meeting found, or (the index's older matches) its meetings hashed once.
Probe = tuple[list[ColumnElement[bool]], ColumnElement[int], Select[tuple[int]]]


@dataclass(frozen=True)
class Walk:
    """A tier of free words on PostgreSQL read a page at a time: `words_plan`'s arguments."""

    plan: tuple[
        Query,
        list[ColumnElement[bool]],
        list[int] | None,
        tuple[list[int], list[int]],
        list[Probe],
    ]

    def stage(
        self,
        *,
        skip: int | None = None,
        size: int | None = None,
        scan: bool = False,
        checked: bool = True,
        hashed: bool = False,
        dense: frozenset[TextMatch] = frozenset(),
    ) -> Select[tuple[int]]:
        return words_plan(
            *self.plan,
            skip=skip,
            size=size,
            scan=scan,
            checked=checked,
            hashed=hashed,
            dense=dense,
        )

    def words_alone(self) -> Walk:
        """The same words (and dates) in every meeting: what their index finds."""
        query, _, _, long, _ = self.plan
        return Walk((query, [], None, long, []))


def words_plan(
    query: Query,
    where: list[ColumnElement[bool]],
    known: list[int] | None,
    long: tuple[list[int], list[int]],
    probes: list[Probe],
    *,
    skip: int | None = None,
    size: int | None = None,
    scan: bool = False,
    checked: bool = True,
    hashed: bool = False,
    dense: frozenset[TextMatch] = frozenset(),
) -> Select[tuple[int]]:
    """Free words on PostgreSQL, from `meeting_search`, the other conditions joined in.

    `size`: `size` meetings (in the date range) after the newest `skip`, each tested on its word
    list (`words_found`), newest first. `scan`: every meeting tested so, in no order (counting
    words in most meetings, read in turn until enough match). `skip` alone: the meetings older
    than the newest `skip`, found through the full-text index (a bitmap, no vector read) and
    sorted; `walk` asks it when walking did not fill the page. Left to itself the planner walks
    the whole book when it overrates a word or a pair of words (a phrase, a name typed as
    words), or a word's meetings are old. Neither: every match, found through the index (a
    count, a whole list). `known`: the only meetings the linked conditions
    (people, organisers, documents) allow (`store.search`), or None; without `size` or `scan`
    each meeting the index finds is looked up in it. `probes`: linked conditions tested on each
    meeting found (`Probe`), or with `hashed` each one's meetings read once and looked up (a
    semi-join, which `index_only(hashed=True)` makes the planner hash). `checked=False`: a long
    phrase is not looked for in the word lists; `dense`: words being typed tested there
    (`words_match`).
    """
    bounds: list[ColumnElement[bool]] = []
    # The date range bounds sort_key too, so a walk skips what is outside it.
    if query.date_from is not None:
        bounds.append(MS.c.sort_key >= sort_key(query.date_from - timedelta(days=366), 0))
    if query.date_to is not None:
        bounds.append(MS.c.sort_key <= sort_key(query.date_to, SORT_KEY_ID_MASK))
    listed = [] if known is None else [MS.c.meeting_id == id_array(known)]
    newest = select(MS).where(*bounds, *listed).order_by(MS.c.sort_key.desc())
    rows: FromClause = MS
    order: ColumnElement[int] = MS.c.sort_key
    if size is not None:
        rows = newest.offset(skip).limit(size).subquery("newest")
        bounds = []
    elif skip:
        last = newest.with_only_columns(MS.c.sort_key).offset(skip - 1).limit(1)
        # `sort_key + 0`: neither the index's order (that would be the walk again) nor its
        # range (its every row's vector read): the full-text index alone finds the rows.
        order = MS.c.sort_key + 0
        bounds.append(order < last.scalar_subquery())
    if size is None and scan:
        order = MS.c.sort_key + 0  # a list's meetings fetched by key and sorted, not the walk
    if size is None and known is not None:
        # `meeting_id + 0` unless every listed meeting is tested: the index finds the words'
        # meetings and each is looked up in the list (hashed). Left to itself the planner read
        # the list's meetings by their key and tested each one's vector (8 kB out of line) to
        # count; `scan` reads them so, but tests their word lists.
        bounds.append(listed[0] if scan else MS.c.meeting_id + 0 == id_array(known))
    matches = [m for m in query.text if m.tokens]
    found = words_found(matches, rows) if size is not None or scan else None
    # `meeting_id + 0`: the probe follows the words; on the key, the planner walked the whole
    # table in its order (a merge with the probed rows), reading every vector it passed.
    probed = [
        (rows.c.meeting_id + 0).in_(ids)
        if hashed
        else exists().where(column == rows.c.meeting_id + 0, *tests)
        for tests, column, ids in probes
    ]
    statement = select(rows.c.meeting_id.label("id")).where(
        *bounds,
        *(found if found is not None else words_match(matches, rows, long, checked, dense)),
        *probed,
    )
    if where:
        statement = statement.join(M, M.c.id == rows.c.meeting_id).where(*where)
    if size is not None:
        return statement.order_by(rows.c.sort_key.desc())
    return statement.order_by(order.desc())


class _Sizes:
    """The planner's estimates a walk may ask for, each asked once: how many meetings hold the
    words (what the index path reads) and how many the book holds."""

    def __init__(self, walk: Walk, conn: Connection, memo: Memo | None = None) -> None:
        self.walk, self.conn = walk, conn
        self.memo = {} if memo is None else memo
        self._words: float | None = None

    def words(self) -> float:
        if self._words is None:
            # What the index finds: a long phrase's pairs, all read whether it holds or not.
            alone = self.walk.words_alone().stage(checked=False)
            self._words = estimate(self.conn, alone)
        return self._words

    def meetings(self) -> float:
        return book_size(self.conn, self.memo)

    def walk_cheaper(self, walked: int) -> bool:
        """Whether testing `walked` meetings newest first reads fewer rows than half of what
        the index path reads and sorts: every meeting holding the words, or of the list (`known`)
        if that is shorter. Walking a list's meetings reads the book's rows between them."""
        known = self.walk.plan[2]
        if known is None:
            return walked < self.words() / 2
        rows = walked * self.meetings() / max(len(known), 1)
        return rows < min(len(known), self.words()) / 2


def walk(walk: Walk, conn: Connection, seen: dict[int, None], wanted: int) -> None:
    """Add a tier of free words on PostgreSQL to `seen` until it holds `wanted` ids: the newest
    WALK meetings tested one by one; while the words were found often enough in them that the
    page will be full within MAX_WALK meetings (or within fewer rows than the index path would
    read, `_Sizes.walk_cheaper`), as many more as that should take; then the rest through the
    full-text index."""
    sizes = _Sizes(walk, conn)
    skip, size = 0, WALK
    while True:
        statement = walk.stage(skip=skip, size=size).limit(wanted + len(seen))
        before = len(seen)
        for meeting_id in conn.execute(statement).scalars():
            seen.setdefault(int(meeting_id))
            if len(seen) >= wanted:
                return
        skip += size
        if len(seen) == before:
            break
        size = ceil((wanted - len(seen)) * 1.5 * size / (len(seen) - before))
        if skip + size > MAX_WALK and not sizes.walk_cheaper(skip + size):
            break
    # The older matches, sorted: every meeting of the list read and its word list tested, when
    # that costs less than the words' meetings the index would read instead (SCAN_COST each:
    # `chair:le nam`'s 9,234 listed meetings took 87 ms, the index's 13,786 rows 18).
    known = walk.plan[2]
    scan = known is not None and len(known) * SCAN_COST < sizes.words()
    if not scan and long_phrases(walk.plan[0].text):
        older_in_order(walk, conn, skip, seen, wanted)
        return
    # A linked condition's meetings probed one by one cost 3 µs each on all the words' older
    # matches (8,400 for `chair:hai trung`'s name tier, 40 ms); hashed once, 20 ms.
    hashed = bool(walk.plan[4]) and not scan
    with index_only(conn, walk.plan[0], "postgresql", hashed=hashed):
        stage = walk.stage(skip=skip, scan=scan, hashed=hashed).limit(wanted + len(seen))
        for meeting_id in conn.execute(stage).scalars():
            seen.setdefault(int(meeting_id))
            if len(seen) >= wanted:
                return


# A phrase of three words or more is asked of the index as its pairs (`words_match`), which far
# more meetings hold than the phrase (`"voi tinh uy"`: 15,500 its pairs, 1,800 the phrase). The
# older matches of a page were every such meeting's word list tested (5 µs each, read and
# decompressed), then sorted: 80 ms for 50 rows. They are the pairs' meetings sorted first by
# key (no word list read), then tested newest first, PART of them at a time, until the page is
# full: 430 tested for `"voi tinh uy"`.
PART = 200


def older_in_order(
    walk: Walk, conn: Connection, skip: int, seen: dict[int, None], wanted: int
) -> None:
    """`walk`'s older matches added to `seen` until it holds `wanted`: the meetings the index
    finds for a long phrase's pairs, newest first, tested a part at a time."""
    query, where, _, long, probes = walk.plan  # (the list, if any, narrowed what was found)
    with index_only(conn, query, "postgresql"):
        found = conn.execute(walk.stage(skip=skip, checked=False)).scalars().all()
    start, size = 0, PART
    while start < len(found):
        part = list(found[start : start + size])
        tested = words_plan(query, where, part, long, probes, scan=True)
        for meeting_id in conn.execute(tested.limit(wanted + len(seen))).scalars():
            seen.setdefault(int(meeting_id))
            if len(seen) >= wanted:
                return
        start, size = start + size, size * 2


# Free words in this many times the bound's meetings or more (the planner's estimate) are
# counted on PostgreSQL by reading meetings in turn and testing their word lists until the bound
# is passed (two thousand rows or so, 3-14 µs each), not through their index, whose lists for a
# word in most meetings (or every word a prefix begins) take 30-50 ms to read whole. Lower, the
# estimate of several words (taken as independent) sent names typed as words to a 100 ms scan.
COMMON = 50


# Testing a listed meeting's word list (found by key, decompressed, searched) costs about this
# many times a meeting read off the index's bitmap in the table's order (its id only): 13 µs
# against 3-4 at 100,000 meetings (`chair:minh phien hop`, 8,600 tested to count to 1,001).
SCAN_COST = 3


def counted_by_scan(walk: Walk, conn: Connection, bound: int, memo: Memo) -> bool:
    """Whether `walk`'s tier is counted up to `bound` by testing meetings' word lists in turn
    (`words_plan`'s `scan`) rather than through the full-text index.

    Without a list of meetings: when the words are in over COMMON times `bound` meetings. With
    one (a person's or a chair's, up to 20,000): when testing the list's meetings until the
    bound is reached (all of them, or `bound` over the words' share of the book) costs less
    than reading the words' meetings off the index until as many are in the list (SCAN_COST).
    Left to the planner, such a count probed the list's meetings one by one and read each
    one's vector (8 kB out of line). Both figures are estimates made without the list:
    planning a statement that holds 15,000 ids takes milliseconds."""
    known = walk.plan[2]
    if known is None:
        return estimate(conn, walk.stage()) > COMMON * bound
    sizes = _Sizes(walk, conn, memo)
    words, meetings = max(sizes.words(), 1), sizes.meetings()
    tested = min(len(known), bound * meetings / words)
    read = min(words, bound * meetings / max(len(known), 1))
    return tested * SCAN_COST < read


def whole_list(walk: Walk, conn: Connection, bound: int, memo: Memo) -> bool:
    """Whether the last tier of a search limited to a list of meetings (`known`) is read as one
    statement, its page and its count up to `bound` together: every meeting of the list fetched
    by key, its word list tested, sorted. So when a count would read them all anyway (the words
    are in more meetings than the list holds, and in too few of the list to reach the bound
    before its end: `counted_by_scan`): a walk and a count each read the whole list again
    (3 times 3,500 meetings for `chair:lan chuyen de`)."""
    known = walk.plan[2]
    if known is None:
        return False
    sizes = _Sizes(walk, conn, memo)
    every = len(known) * sizes.words() <= bound * sizes.meetings()
    return every and counted_by_scan(walk, conn, bound, memo)


@contextmanager
def index_only(
    conn: Connection, query: Query, backend: str, needed: bool = True, *, hashed: bool = False
) -> Iterator[None]:
    """Free words on PostgreSQL found through the full-text index, never by reading the table
    through: a sequential scan reads every vector it passes (10-15 µs each), and the planner
    picks one for a word it thinks common, to count or sort a few thousand matches. `hashed`:
    no nested loop either, so a linked condition's meetings (`words_plan`'s `hashed`) are read
    once and hashed: the planner, sure a chair's lexeme is rare (500 meetings for 8,454), probed
    each match."""
    if not (needed and backend == "postgresql" and any(m.tokens for m in query.text)):
        yield
        return
    settings = ["enable_seqscan", *(["enable_nestloop"] if hashed else [])]
    asked = ", ".join(f"current_setting('{s}'), set_config('{s}', 'off', true)" for s in settings)
    before = conn.exec_driver_sql(f"SELECT {asked}").one()
    # Not on an error: the transaction is then lost, and the setting with it.
    yield
    restored = [func.set_config(name, before[2 * i], True) for i, name in enumerate(settings)]
    conn.execute(select(*restored)).close()
