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
from store.rows import LONG, lexeme, tsquery_text
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
) -> list[ColumnElement[bool]]:
    """Free words on PostgreSQL: one full-text test per vector column of `rows` (the folded
    words, the ones typed with marks), exact for every meeting but the few whose vector carries
    LONG (`long`: their ids, per column, read once by `long_ids`), whose word lists are checked
    by LIKE. Without such meetings the test is the index's alone: no row's vector is read twice.

    A phrase of three words or more is two pairs or more: `<->` between them would have every
    vector the index finds read for the pairs' positions (190 ms for `"voi tinh uy"`, whose
    pairs 15,000 meetings hold and the phrase 1,800). The index is asked for the pairs with
    `&`, and the phrase is then found in the row's word list (`words_found`); `checked=False`
    leaves that out (what the index alone finds: `older_in_order`)."""
    conditions: list[ColumnElement[bool]] = []
    for marked, vector, words, longs in (
        (False, rows.c.body_words, rows.c.body, long[0]),
        (True, rows.c.marked_words, rows.c.marked, long[1]),
    ):
        mine = [m for m in matches if (m.marked is not None) == marked]
        if not mine:
            continue
        query = cast(literal(tsquery_text(mine, long=bool(longs), loose=True), String), TSQUERY)
        conditions.append(vector.bool_op("@@")(query))
        if checked:
            conditions.extend(words_found(long_phrases(mine), rows))
        if longs:
            checked = and_(*(like_all(words, m, words) for m in mine))
            conditions.append(or_(rows.c.meeting_id.not_in(longs), checked))
    return conditions


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
