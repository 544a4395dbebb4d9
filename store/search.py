"""Run a parsed query (`store.query.Query`) against the database: the one search of the book.

A text condition typed without marks is a match on folded words (`store.text`): `nguyen dinh
khang` finds Nguyễn Đình Khang. One typed with marks matches the words with their marks
(`meeting_search.marked`, a person's or body's `name_key`): `Khang` is then not `khẳng`. Free
words are looked up in `meeting_search`: through the FTS5 index on SQLite, through its full-text
index on PostgreSQL (`body_words @@ tsquery`, migration 0008: stored vectors with positions and
pairs of neighbours, a phrase being its pairs; LIKE only for the rare vector marked LONG),
through `LIKE` alone elsewhere. All read the same space-separated
word lists, so they agree on every query (whole words; the last word typed may be a prefix).
Results come by relevance (`tiers`) or newest first; a partial date sorts by the start of its
period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from itertools import pairwise

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    String,
    and_,
    cast,
    column,
    exists,
    func,
    literal,
    or_,
    select,
    table,
)
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.engine import Connection
from sqlmodel import Session

from store.models import (
    SORT_KEY_ID_MASK,
    DocumentRef,
    Meeting,
    MeetingOrganiser,
    MeetingSearch,
    Organisation,
    Participation,
    Person,
    sort_key,
)
from store.query import Query, TextMatch
from store.rows import LONG, MAX_LEXEME, MAX_WORD, PAIR, lexeme

M = Meeting.__table__
MS = MeetingSearch.__table__
PA = Participation.__table__
P = Person.__table__
MO = MeetingOrganiser.__table__
O = Organisation.__table__  # noqa: E741
DR = DocumentRef.__table__


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


def _like_all(
    column: ColumnElement[str], match: TextMatch, marked: ColumnElement[str] | None = None
) -> ColumnElement[bool]:
    """`match` over a space-wrapped word list: `column`'s folded words, or `marked`'s words with
    their marks when the match was typed with marks (where there is such a column)."""
    if match.marked is not None and marked is not None:
        column = marked
    elif match.marked is not None:
        match = replace(match, marked=None)  # no marked form kept here: marks are ignored
    return and_(*(column.like(pattern) for pattern in like_patterns(match)))


def _spaced(column: ColumnElement[str]) -> ColumnElement[str]:
    """A name key (`nguyễn đình khang`) as a space-wrapped word list, for `_like_all`."""
    return literal(" ") + column + literal(" ")


def fts_expression(matches: Sequence[TextMatch]) -> str:
    """An FTS5 MATCH expression equal to the LIKE patterns: folded words in the `body` column,
    words typed with marks in the `marked` one."""
    parts = []
    for match in matches:
        words = list(match.marked or match.tokens)
        where = "marked" if match.marked is not None else "body"
        star = "*" if match.prefix else ""
        if match.phrase:
            parts.append(f'{where} : "' + " ".join(words) + '"' + star)
        else:
            parts.extend(f'{where} : "{word}"' for word in words[:-1])
            parts.append(f'{where} : "{words[-1]}"{star}')
    return " AND ".join(parts)


def tsquery_text(matches: Sequence[TextMatch]) -> str:
    """A tsquery (as text) over `meeting_search.body_words` or `.marked_words` (migration 0008)
    equal to the LIKE patterns: `&` between words, `<->` between the words of a phrase, `:*` on
    the last word when it is being typed; or LONG, which a vector too big to hold its words
    exactly carries (`store.rows.search_vector`), so such a meeting is found and its words are
    checked by LIKE (`_words_match`).

    The words are quoted as lexemes, never parsed, so no input makes a malformed query. A word
    over MAX_WORD characters is in no exact vector: it is asked for as LONG alone.
    """
    terms = []
    for match in matches:
        words = list(match.marked or match.tokens)
        # A word over MAX_WORD characters, or a pair over a lexeme's bytes, is in no exact
        # vector (store.rows.search_vector): only LONG may hold it.
        fits = [len(word) <= MAX_WORD for word in words]
        joint = " & "
        if match.phrase and len(words) > 1:  # neighbours as pairs (store.rows.search_vector)
            fits = [a and b for a, b in pairwise(fits)]
            words = [f"{a}{PAIR}{b}" for a, b in pairwise(words)]
            fits = [
                ok and len(word.encode()) <= MAX_LEXEME
                for ok, word in zip(fits, words, strict=True)
            ]
            joint = " <-> "
        quoted = []
        for number, (word, whole) in enumerate(zip(words, fits, strict=True), start=1):
            term = lexeme(word) if whole else lexeme(LONG)
            if match.prefix and number == len(words) and whole:
                term += ":*"
            quoted.append(term)
        terms.append(joint.join(quoted))
    both = " & ".join(f"({term})" for term in terms)
    return f"({both}) | {lexeme(LONG)}" if terms else lexeme(LONG)


def _words_match(matches: Sequence[TextMatch]) -> list[ColumnElement[bool]]:
    """Free words on PostgreSQL: one full-text test per vector column (the folded words, the
    ones typed with marks), exact for every meeting but the few whose vector carries LONG, whose
    word lists are checked by LIKE."""
    conditions: list[ColumnElement[bool]] = []
    for marked, vector, words in (
        (False, MS.c.body_words, MS.c.body),
        (True, MS.c.marked_words, MS.c.marked),
    ):
        mine = [m for m in matches if (m.marked is not None) == marked]
        if not mine:
            continue
        query = cast(literal(tsquery_text(mine), String), TSQUERY)
        conditions.append(vector.bool_op("@@")(query))
        long = cast(literal(lexeme(LONG), String), TSQUERY)
        checked = and_(*(_like_all(words, m, words) for m in mine))
        conditions.append(or_(~vector.bool_op("@@")(long), checked))
    return conditions


# A condition on linked rows (people, organisers, documents) is first read as its set of meeting
# ids, at most SMALL + 1 of them (a covering index makes this a millisecond or two). A small set is
# best used as it is: fetch those meetings and sort them. For a page of a large one, each meeting
# is checked while walking the date index newest first, which stops as soon as the page is full;
# collecting tens of thousands of ids first costs more than the whole page. For every match of a
# large one (a count, the whole list), collecting the set once is cheapest.
SMALL = 2000
MAX_NAMES = 10_000  # people or bodies a word may match before they are left to the database


def _linked(
    query: Query, conn: Connection
) -> list[tuple[Select[tuple[int]], list[ColumnElement[bool]], ColumnElement[int]]]:
    """Each linked-row condition as (its meeting ids, its test of one row, the meeting id column).
    In the test, `person_id + 0`: a meeting's few participations are read by meeting and each
    checked against the people, not one index seek per person (thousands for "nguyen")."""
    linked = []
    for match, role in [(m, None) for m in query.person] + [(m, "chair") for m in query.chair]:
        named = _like_all(P.c.search_key, match, _spaced(P.c.name_key))
        people = _names(select(P.c.id).where(named), conn)
        roles = [PA.c.role == role] if role else []
        ids = select(PA.c.meeting_id).where(PA.c.person_id.in_(people), *roles)
        linked.append((ids, [(PA.c.person_id + 0).in_(people), *roles], PA.c.meeting_id))
    for match in query.org:
        named = _like_all(O.c.search_key, match, _spaced(O.c.name_key))
        orgs = _names(select(O.c.id).where(named), conn)
        tests = [MO.c.organisation_id.in_(orgs)]
        linked.append((select(MO.c.meeting_id).where(*tests), tests, MO.c.meeting_id))
    for key in query.doc:
        # doc:02 finds 02-NQ/TW and 02/CTr-BCH but not 020/...: the number, then a separator.
        # As ranges ('-' < '.' and '/' < '0' in code point order) the number_key index serves them.
        tests = [
            or_(
                DR.c.number_key == key,
                and_(DR.c.number_key >= key + "-", DR.c.number_key < key + "."),
                and_(DR.c.number_key >= key + "/", DR.c.number_key < key + "0"),
            )
        ]
        linked.append((select(DR.c.meeting_id).where(*tests), tests, DR.c.meeting_id))
    return linked


def _names(ids: Select[tuple[int]], conn: Connection) -> list[int] | Select[tuple[int]]:
    """The ids of the people (or bodies) a name matches, read once: inside a per-meeting test
    SQLite would otherwise run the LIKE over the whole directory again for every meeting."""
    found = list(conn.execute(ids.limit(MAX_NAMES + 1)).scalars())
    if not found:
        raise _Nothing
    return ids if len(found) > MAX_NAMES else found


def _own(query: Query, backend: str) -> list[ColumnElement[bool]]:
    """Conditions on the meeting row itself (and, off SQLite and PostgreSQL, its free words)."""
    where: list[ColumnElement[bool]] = []
    if backend not in ("sqlite", "postgresql") and any(m.tokens for m in query.text):
        words = [_like_all(MS.c.body, m, MS.c.marked) for m in query.text if m.tokens]
        where.append((M.c.id + 0).in_(select(MS.c.meeting_id).where(*words)))
    where.extend(_like_all(M.c.location_key, m) for m in query.place)
    where.extend(_like_all(M.c.kind_key, m) for m in query.kind)
    where.extend(M.c.status.in_(codes) for codes in query.status)
    # A meeting matches a date range when its period overlaps it: "05/2022" is found by
    # date:2022-05-15 as well as by date:2022.
    if query.date_from is not None:
        where.append(M.c.date_end >= query.date_from)
        # No period is longer than a year, so this bound changes no answer; it lets the
        # date_start index skip everything older instead of reading it.
        where.append(M.c.date_start >= query.date_from - timedelta(days=366))
    if query.date_to is not None:
        where.append(M.c.date_start <= query.date_to)
    return where


class _Nothing(Exception):
    """A condition matches no meeting at all: the answer is known without asking more."""


def _plan(query: Query, backend: str, conn: Connection, *, page: bool) -> Select[tuple[int]]:
    """Every matching meeting id, newest first (a partial date by the start of its period).
    `page`: the caller wants the first rows only (see SMALL)."""
    where = _own(query, backend)
    few: list[Select[tuple[int]]] = []
    for ids, tests, meeting_id in _linked(query, conn):
        rows = list(conn.execute(ids.limit(SMALL + 1)).scalars())
        if not rows:
            raise _Nothing
        if len(rows) <= SMALL:
            few.append(ids)
        elif page:
            where.append(exists().where(meeting_id == M.c.id, *tests))
        else:
            # `id + 0`: keep the date index for the order, probing the collected set per row.
            where.append((M.c.id + 0).in_(ids))
    if backend == "sqlite" and any(m.tokens for m in query.text):
        return _fts_plan(query, where, few)
    if backend == "postgresql" and any(m.tokens for m in query.text):
        return _words_plan(query, where, few)
    where.extend(M.c.id.in_(ids) for ids in few)
    return select(M.c.id).where(*where).order_by(M.c.date_start.desc(), M.c.id.desc())


FTS = table("meeting_fts", column("rowid", BigInteger), column("meeting_fts"))


def _fts_plan(
    query: Query, where: list[ColumnElement[bool]], few: list[Select[tuple[int]]]
) -> Select[tuple[int]]:
    """Free words read off the FTS5 index in its rowid order, which is the book's order (the
    rowid is `sort_key`): newest first, and a page stops the read as soon as it is full."""
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
    if where:
        statement = statement.join(M, M.c.id == meeting_id).where(*where)
    return statement.order_by(rowid.desc())


def _words_plan(
    query: Query, where: list[ColumnElement[bool]], few: list[Select[tuple[int]]]
) -> Select[tuple[int]]:
    """Free words on PostgreSQL, read from `meeting_search` in `sort_key` order (the book's
    order, newest first), the other conditions joined in.

    The planner chooses, from the statistics of the stored vectors' words and pairs: words in
    many meetings walk the `sort_key` index newest first and stop once the page is full; words
    or a phrase in few are found through the full-text index and only those meetings sorted.
    """
    statement = select(MS.c.meeting_id.label("id")).where(
        *_words_match([m for m in query.text if m.tokens])
    )
    # The date range bounds sort_key too, so a walk skips what is outside it.
    if query.date_from is not None:
        statement = statement.where(
            MS.c.sort_key >= sort_key(query.date_from - timedelta(days=366), 0)
        )
    if query.date_to is not None:
        statement = statement.where(MS.c.sort_key <= sort_key(query.date_to, SORT_KEY_ID_MASK))
    statement = statement.where(*(MS.c.meeting_id.in_(ids) for ids in few))
    if where:
        statement = statement.join(M, M.c.id == MS.c.meeting_id).where(*where)
    return statement.order_by(MS.c.sort_key.desc())


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
        ids = _ranked_ids(ranked, backend, conn, limit=limit, offset=offset)
        seen = offset + len(ids)
        if count and limit is not None and (len(ids) == limit or offset):
            every = _plan(query, backend, conn, page=False).order_by(None)
            if count_up_to is not None:
                every = every.limit(count_up_to + 1)
            counted = conn.execute(select(func.count()).select_from(every.subquery()))
            total = int(counted.scalar_one())
            exact = count_up_to is None or total <= count_up_to
            total = max(total, seen) if not exact else total
        else:
            # Not counted: exact only when this page is the end of the results.
            total = seen
            exact = limit is None or (len(ids) < limit and (bool(ids) or not offset))
    except _Nothing:
        return Page(ids=[], total=0, offset=offset, limit=limit)
    return Page(ids=ids, total=total, offset=offset, limit=limit, exact=exact)


def _ranked_ids(
    ranked: list[Query], backend: str, conn: Connection, *, limit: int | None, offset: int
) -> list[int]:
    """The ids of `ranked`'s tiers in turn, each tier newest first and without the ids an
    earlier tier gave, sliced to the page.

    A tier is read only as far as the page needs: the first page of a name is the first tier's
    newest few rows. A tier holds every earlier tier's matches, so reading `wanted + len(seen)`
    of its rows always yields enough new ones.
    """
    wanted = None if limit is None else offset + limit
    seen: dict[int, None] = {}
    for tier in ranked:
        if wanted is not None and len(seen) >= wanted:
            break
        try:
            statement = _plan(tier, backend, conn, page=wanted is not None)
        except _Nothing:
            continue
        if wanted is not None:
            statement = statement.limit(wanted + len(seen))
        for found in conn.execute(statement).scalars():
            seen.setdefault(int(found))
            if wanted is not None and len(seen) >= wanted:
                break
    ids = list(seen)
    return ids[offset:] if wanted is None else ids[offset:wanted]


def search_all_ids(query: Query, *, session: Session) -> list[int]:
    """Every matching id, newest first (for exports of a search)."""
    return search(query, session=session, limit=None, order="newest").ids


__all__ = ["ORDERS", "Page", "fts_expression", "like_patterns", "search", "search_all_ids", "tiers"]
