"""How free words are tested on PostgreSQL, one statement's conditions at a time: the LIKE
patterns every backend's word lists answer (`like_all`), the same test as `strpos` on a row's
word list (`words_found`), and the full-text tests over `meeting_search`'s stored vectors
(migration 0008, `store.rows.search_vector`: `words_match`), with the meetings whose vectors
could not hold their words exactly (`long_ids`). Also the planner's estimate of a statement's
rows (`estimate`). `store.search_pg` reads pages and counts with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    String,
    and_,
    cast,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.engine import Connection

from store.match import LIKE_ESCAPE
from store.models import MeetingSearch
from store.query import TextMatch
from store.rows import LONG, MAX_WORD, lexeme, tsquery_text
from store.text import CHAIR

MS = MeetingSearch.__table__


def like_patterns(match: TextMatch) -> list[str]:
    """LIKE patterns over a space-wrapped word list: one per word, or one for a phrase; the
    words with their marks when the match was typed with marks."""
    words = list(match.marked or match.tokens)
    if not words:
        return []
    tail = "%" if match.prefix else " %"
    if match.phrase:
        return ["% " + " ".join(words) + tail]
    return [f"% {word} %" for word in words[:-1]] + [f"% {words[-1]}{tail}"]


def like_all(
    column: ColumnElement[str], match: TextMatch, marked: ColumnElement[str] | None = None
) -> ColumnElement[bool]:
    """`match` over a space-wrapped word list: `column`'s folded words, or `marked`'s words with
    their marks when the match was typed with marks (where there is such a column)."""
    if match.marked is not None and marked is not None:
        column = marked
    elif match.marked is not None:
        match = replace(match, marked=None)  # no marked form kept here: marks are ignored
    # A chair's words (`store.text.CHAIR`) hold `_`, LIKE's one-character wildcard: escaped.
    return and_(
        *(
            column.like(pattern.replace("_", "\\_"), escape=LIKE_ESCAPE) if "_" in pattern
            else column.like(pattern)
            for pattern in like_patterns(match)
        )
    )  # fmt: skip


def words_found(matches: Sequence[TextMatch], rows: FromClause) -> list[ColumnElement[bool]]:
    """`like_all` of each match over `rows`' word lists (`body`, or `marked` for words typed with
    marks), as `strpos`: the same test (a pattern `% w1 w2 %` is the text ` w1 w2 ` anywhere in
    the space-wrapped list; words hold no wildcard), found by a plain search of the text, which
    LIKE's matcher is several times slower at. A word list is ~2 kB kept in its row, where a
    vector (~8 kB) is out of line: testing a meeting's list costs a few µs, its vector 10-20.

    Each test decompresses the list again (it is kept compressed, 1 kB for 2.3: 6 µs of the
    7), and PostgreSQL stops at the first that fails, in the order given: a chair's words,
    rarer than most free words (`chair:nhung cua`: "_c_nhung" in 1% of meetings, "cua" in most),
    are tested first."""
    tests: list[ColumnElement[bool]] = []
    for match in sorted(matches, key=lambda m: not m.tokens or not m.tokens[0].startswith(CHAIR)):
        column = rows.c.marked if match.marked is not None else rows.c.body
        for pattern in like_patterns(match):
            tests.append(func.strpos(column, literal(pattern.strip("%"), String)) > 0)
    return tests


def words_match(
    matches: Sequence[TextMatch],
    rows: FromClause,
    long: tuple[list[int], list[int]],
    checked: bool = True,
    dense: frozenset[TextMatch] = frozenset(),
) -> list[ColumnElement[bool]]:
    """Free words on PostgreSQL: one full-text test per vector column of `rows` (the folded
    words, the ones typed with marks), exact for every meeting but the few whose vector carries
    LONG (`long`: their ids, per column, read once by `long_ids`), whose word lists are checked
    by LIKE. Without such meetings the test is the index's alone: no row's vector is read twice.

    A phrase of three words or more is two pairs or more: `<->` between them would have every
    vector the index finds read for the pairs' positions (190 ms for `"voi tinh uy"`, whose
    pairs 15,000 meetings hold and the phrase 1,800). The index is asked for the pairs with
    `&`, and the phrase is then found in the row's word list (`words_found`); `checked=False`
    leaves that out (what the index alone finds: `older_in_order`). `dense`: matches whose last
    word, being typed, is in most meetings (`dense_prefixes`): the index is asked for their
    other words only, and each meeting it finds has its word list tested for them."""
    conditions: list[ColumnElement[bool]] = []
    for marked, vector, words, longs in (
        (False, rows.c.body_words, rows.c.body, long[0]),
        (True, rows.c.marked_words, rows.c.marked, long[1]),
    ):
        mine = [m for m in matches if (m.marked is not None) == marked]
        if not mine:
            continue
        asked = [m for m in (_begun_left_out(m) if m in dense else m for m in mine) if m.tokens]
        query = cast(literal(tsquery_text(asked, long=bool(longs), loose=True), String), TSQUERY)
        conditions.append(vector.bool_op("@@")(query))
        conditions.extend(words_found([_begun(m) for m in mine if m in dense], rows))
        if checked:
            conditions.extend(words_found(long_phrases(mine), rows))
        if longs:
            exact = and_(*(like_all(words, m, words) for m in mine))
            conditions.append(or_(rows.c.meeting_id.not_in(longs), exact))
    return conditions


def _begun(match: TextMatch) -> TextMatch:
    """`match`'s last word alone (the one being typed): the index is asked for the others."""
    marked = None if match.marked is None else match.marked[-1:]
    return replace(match, tokens=match.tokens[-1:], marked=marked)


def _begun_left_out(match: TextMatch) -> TextMatch:
    """`match` without its last word (the one being typed)."""
    marked = None if match.marked is None else match.marked[:-1]
    return replace(match, tokens=match.tokens[:-1], marked=marked, prefix=False)


# A word being typed (`ho` in `chair:nguyen ho`) is asked of the full-text index as every word it
# begins (`ho:*`: hoi, hop, hoc, hoat, ..., whose lists of meetings are read whole and merged:
# 10-40 ms at 100,000 meetings, however few meetings the other words are in). When the planner
# expects it in this share of the book or more (its estimate of a prefix is drawn from the
# commonest words, and good for a common one), a count asks the index for the other words alone
# and tests each meeting's word list for it (2-3 µs): it stops at its bound, having read about
# that many over this share (`chair:ho doan`: 6 ms against 17; `chair:nguyen ho` 12 against
# 34). Not a sorted read: it would test every meeting of the other words (`chair:tam hop`, 5,000
# of them: 27 ms against 13).
DENSE = 0.8


def dense_prefixes(
    matches: Sequence[TextMatch], conn: Connection, memo: dict[str, list[int]]
) -> frozenset[TextMatch]:
    """The matches of free words whose last word, being typed, is better tested on the word
    lists than asked of the full-text index (DENSE), when another word is left to ask it for.
    Words typed with marks are left to the index: a marked prefix begins few words (`tài:*`),
    and the marked word lists, longer, are kept out of line (`Trần Việt Tài`: 13 ms to
    count through the index, 40 testing them). `memo` keeps the estimates a search asks for."""
    dense = set()
    mine = [m for m in matches if m.tokens and m.marked is None]
    for match in mine:
        word = match.tokens[-1]
        other_words = sum(len(m.tokens) for m in mine) > 1
        if not match.prefix or match.phrase or not other_words or len(word) > MAX_WORD:
            continue
        key = f"begun {word}"
        if key not in memo:
            begun = cast(literal(lexeme(word) + ":*", String), TSQUERY)
            in_book = select(MS.c.meeting_id).where(MS.c.body_words.bool_op("@@")(begun))
            memo[key] = [int(estimate(conn, in_book))]
        if memo[key][0] >= DENSE * book_size(conn, memo):
            dense.add(match)
    return frozenset(dense)


def long_phrases(matches: Sequence[TextMatch]) -> list[TextMatch]:
    """The phrases of three words or more, which the index finds as their pairs only."""
    return [m for m in matches if m.phrase and len(m.tokens) > 2]


def long_ids(conn: Connection) -> tuple[list[int], list[int]]:
    """The meetings whose vectors carry LONG (`store.rows.search_vector`), per column: usually
    none, read off the full-text index in well under a millisecond."""
    long = cast(literal(lexeme(LONG), String), TSQUERY)
    body, marked = MS.c.body_words.bool_op("@@")(long), MS.c.marked_words.bool_op("@@")(long)
    found = conn.execute(select(MS.c.meeting_id, body, marked).where(or_(body, marked))).all()
    return [row[0] for row in found if row[1]], [row[0] for row in found if row[2]]


def estimate(conn: Connection, statement: Select[tuple[int]]) -> float:
    """How many rows the planner expects `statement` to give (on PostgreSQL; 0 elsewhere)."""
    if conn.dialect.name != "postgresql":
        return 0
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    explained = conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params)
    return float(explained.scalar_one()[0]["Plan"]["Plan Rows"])


def book_size(conn: Connection, memo: dict[str, list[int]]) -> int:
    """How many meetings the planner thinks the book holds, asked once a search (`memo`)."""
    if "meetings" not in memo:
        memo["meetings"] = [int(estimate(conn, select(MS.c.meeting_id)))]
    return memo["meetings"][0]
