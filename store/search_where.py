"""A parsed query's conditions as SQL: tests on the meeting row itself (`_own`) and, for each
condition on linked rows (people, chairs, organisers, documents), the statement reading its
meetings and its test of one row (`_linked`), with the name look-ups they rest on.

Kept apart from `store.search`, which decides how these are combined and read (the plans per
backend, tiers by relevance, pages and counts): what a condition means does not depend on how
a search is run, and the two together had grown past the house's 500 lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    String,
    and_,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.engine import Connection

from store.models import (
    DocumentRef,
    Meeting,
    MeetingOrganiser,
    MeetingSearch,
    Organisation,
    Participation,
    Person,
)
from store.query import Query, TextMatch
from store.search_pg import Memo, Probe
from store.search_words_pg import like_all, like_patterns
from store.text import CHAIR, fold, marked_tokens
from store.word_pairs import PAIRS, pairs_expression

M = Meeting.__table__
MS = MeetingSearch.__table__
PA = Participation.__table__
P = Person.__table__
MO = MeetingOrganiser.__table__
O = Organisation.__table__  # noqa: E741
DR = DocumentRef.__table__

MAX_NAMES = 10_000  # people or bodies a word may match before they are left to the database


def chairs_as_words(query: Query) -> Query:
    """A query with free words, its `chair:` conditions as words too: the words of the chairs'
    parts of the word lists (`store.text.CHAIR`, `store.rows.chair_parts`), each as it was
    typed (a phrase, a prefix, with marks or not). The chairs then take no reading of their
    meetings one by one: the words' index answers them with the other words, in the book's
    order (`chair:hien cong` at 100,000 meetings, warm: 23 ms to the first page and a count,
    9-13 ms as words). A query without free words keeps its conditions: a chair's newest
    meetings come off the date index."""
    if not query.chair or not any(match.tokens for match in query.text):
        return query
    chairs = tuple(
        TextMatch(
            tuple(CHAIR + token for token in match.tokens),
            phrase=match.phrase,
            prefix=match.prefix,
            marked=None if match.marked is None else tuple(CHAIR + word for word in match.marked),
        )
        for match in query.chair
        if match.tokens
    )
    kept = tuple(match for match in query.chair if not match.tokens)
    return replace(query, chair=kept, text=query.text + chairs)


def _spaced(column: ColumnElement[str]) -> ColumnElement[str]:
    """A name key (`nguyễn đình khang`) as a space-wrapped word list, for `like_all`."""
    return literal(" ") + column + literal(" ")


def _linked(
    query: Query, conn: Connection, memo: Memo | None = None
) -> list[tuple[Select[tuple[int]], list[ColumnElement[bool]], ColumnElement[int]]]:
    """Each linked-row condition as (its meeting ids, its test of one row, the meeting id column).
    In the test, `person_id + 0`: a meeting's few participations are read by meeting and each
    checked against the people, not one index seek per person (thousands for "nguyen").
    `memo`: names looked up earlier in this search (every tier asks for the same ones)."""
    linked = []
    for match, role in [(m, None) for m in query.person] + [(m, "chair") for m in query.chair]:
        # Every tier of a search has the same conditions but one: each is built once, and
        # the same statement then has its text compiled once (`_key`).
        kept = f"linked {role} {match!r}"
        if memo is not None and kept in memo:
            linked.append(memo[kept][0])
            continue
        named = like_all(P.c.search_key, match, _spaced(P.c.name_key))
        people = _names(select(P.c.id).where(named), conn, memo)
        roles = [PA.c.role == role] if role else []
        ids = select(PA.c.meeting_id).where(_among(PA.c.person_id, people), *roles)
        linked.append((ids, [_among(PA.c.person_id + 0, people), *roles], PA.c.meeting_id))
        if memo is not None:
            memo[kept] = [linked[-1]]
    for match in query.org:
        named = like_all(O.c.search_key, match, _spaced(O.c.name_key))
        orgs = _names(select(O.c.id).where(named), conn, memo)
        tests = [_among(MO.c.organisation_id, orgs)]
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


def _probed(probes: Sequence[Probe], meeting: ColumnElement[int]) -> list[ColumnElement[bool]]:
    """Each probed linked condition as a test of the meeting `meeting` names, reading only the
    linked table's index: `SELECT *` in the EXISTS had SQLite read each participation's row
    besides (`chair:nguyen tw ve`: 2,600 meetings probed to count to 1,001, 22 -> 12 ms)."""
    return [select(column).where(column == meeting, *tests).exists() for tests, column, _ in probes]


# Free words among a linked condition's few meetings (up to SMALL: a chair's or a person's) are
# tested on their word lists in Python, each list read once per search: every tier of the search
# (the name, the phrase, the words) and its count test the same meetings, and as statements each
# read all their word lists again (~7 µs a meeting: the list is past the row's first page), three
# times 1,900 for `chair:thai chinh sach`. A test here is the LIKE patterns' (`like_patterns`)
# as plain substrings of the space-wrapped list, which is what they match: words hold no
# wildcard, and both sides are lower case. Each meeting's `sort_key` comes with its lists: the
# meetings found are put in the book's order without reading them again (`store.search_plan`).
def found_in_word_lists(
    ids: Select[tuple[int]], words: Sequence[TextMatch], conn: Connection, memo: Memo
) -> tuple[str, list[tuple[int, int]]]:
    """The key it is kept under in `memo`, and (sort_key, id) of the meetings of `ids` whose
    word lists hold every one of `words` (`like_all`), in no order."""
    marked = any(match.marked is not None for match in words)
    folded = any(match.marked is None for match in words)
    columns = [MS.c.body] * folded + [MS.c.marked] * marked  # only the lists asked: ~1 µs/kB
    wanted = [
        (2 + (folded and match.marked is not None), pattern.strip("%"))
        for match in words
        for pattern in like_patterns(match)
    ]
    read = select(MS.c.meeting_id, MS.c.sort_key, *columns).where(MS.c.meeting_id.in_(ids))
    key = f"word lists {[c.name for c in columns]} of {_key(ids, conn, memo)}"
    if key not in memo:
        memo[key] = conn.execute(read).all()
    tested = f"found {wanted!r} in {key}"
    if tested not in memo:  # a tier's page and its count test the same words
        found = []
        for row in memo[key]:
            for at, text in wanted:
                if text not in row[at]:
                    break
            else:
                found.append((row[1], row[0]))
        memo[tested] = found
    return tested, memo[tested]


def fts_expression(matches: Sequence[TextMatch]) -> str:
    """An FTS5 MATCH expression equal to the LIKE patterns: folded words in the `body` column,
    words typed with marks in the `marked` one.

    Folded words are asked of both columns, which finds the same meetings: `marked` holds
    `body`'s words in the same places, each with its marks (`store.rows.search_marked`: a word
    whose fold is its `body` word, or that word itself), so folded words found in a row of
    `marked` are its folded words, found in `body` too. Without a column filter FTS5 reads each
    word's positions as they are stored, instead of copying out one column's: 15-25% less for a
    phrase of words in most meetings (`"lao dong tinh nam"`, read whole to count its 717).

    A word typed with marks that folding changes (`lợi`, `định`) is never in `body`, whose words
    are all folded: it needs no column filter either, nor does a phrase holding one (a phrase
    lies in one column). Only a word typed with marks that has none (`minh` in `Nguyễn Hoàng
    Minh Lợi`, meaning that word unmarked) is asked of `marked` alone. Without the filter, words
    ANDed are matched on their lists of meetings, their positions unread: 25-40% less for a
    name typed with marks in thousands of meetings, read on to count it."""
    parts = []
    for match in matches:
        words = list(match.marked or match.tokens)
        star = "*" if match.prefix else ""
        if match.phrase:
            where = _column(match, *words)
            parts.append(f'{where}"' + " ".join(words) + '"' + star)
        else:
            parts.extend(f'{_column(match, word)}"{word}"' for word in words[:-1])
            parts.append(f'{_column(match, words[-1])}"{words[-1]}"{star}')
    return " AND ".join(parts)


def _column(match: TextMatch, *words: str) -> str:
    """The column filter `words` of `match` need in FTS5 (see `fts_expression`)."""
    if match.marked is None or any(fold(word) != word for word in words):
        return ""
    return "marked : "


FTS = table("meeting_fts", column("rowid", BigInteger), column("meeting_fts"))


def fts_match(
    matches: Sequence[TextMatch], conn: Connection, memo: Memo
) -> tuple[ColumnElement[int], ColumnElement[bool], ColumnElement[bool] | None]:
    """Where SQLite finds `matches`: (the rowid, which is `sort_key`, the MATCH, and a test of
    the meeting's `meeting_search` row, or None).

    One phrase of two words or more is read off the word pairs (`store.word_pairs`), where it
    is exact for its folded words; typed with marks, it is then looked for in the meeting's
    marked word list, as PostgreSQL does with pairs (`words_found`). But a phrase whose last
    word is being typed (`cong doan…`) and that most meetings hold is left to the words' own
    index: FTS5 merges every pair the prefix begins into one list before reading any (5.7 ms
    for `cong_doan*`, in 90% of the book), where the words' index, read newest first, has a
    page and a count of such a phrase after a thousand meetings or so (`_share`).
    Anything else is read off the words' own index (`fts_expression`)."""
    if len(matches) == 1 and matches[0].phrase:
        match = matches[0]
        pairs = pairs_expression(match.tokens, match.prefix)
        dense = match.prefix and (_share(matches, conn, memo) or 0.0) >= DENSE
        if pairs is not None and not dense:
            marks = None
            if match.marked is not None:
                (pattern,) = like_patterns(match)
                marks = func.instr(MS.c.marked, literal(pattern.strip("%"), String)) > 0
            return PAIRS.c.rowid, PAIRS.c.meeting_pairs.op("MATCH")(pairs), marks
    return FTS.c.rowid, FTS.c.meeting_fts.op("MATCH")(fts_expression(matches)), None


# A phrase being typed in this share of the newest meetings or more is read off the words'
# index (`fts_match`): at 2.5 µs a meeting read, its thousand matches cost 2.5 ms / share there,
# against about 6 ms × share for its pairs merged (it is in at least that share of the book).
DENSE = 0.3


# Words counted among a linked condition's meetings (up to LARGE, a chair's thousands) are found
# through their index, each match looked up in the set, or by testing the set's word lists, until
# the bound is reached: whichever reads less. A word list costs about LIST_COST rows of the
# index (two pages of the table against a few bytes of a list: 6-10 µs against 0.3-0.5).
# `chair:giang quan`: `quan` is in 90% of the book and the chair's 2,000 meetings 2%, so the
# index read 49,000 rows to count to 1,001 (12 ms) where 1,100 word lists held them (6 ms).
# How common the words are is read off the newest SAMPLE meetings.
LIST_COST = 20
SAMPLE = 1000


def lists_cheaper(
    size: int, words: Sequence[TextMatch], conn: Connection, memo: Memo, bound: int
) -> bool:
    """Whether counting `words` up to `bound` among a set of `size` meetings reads less by
    testing the set's word lists than through the words' index."""
    share = _share(words, conn, memo)
    if share is None:  # a book this small is read quickly either way
        return False
    book = memo["sample"][1]
    index_rows = book * min(share, bound / size)
    list_rows = min(size, bound / share) if share else size
    return list_rows * LIST_COST < index_rows


def _share(words: Sequence[TextMatch], conn: Connection, memo: Memo) -> float | None:
    """The share of the newest SAMPLE meetings holding `words`, read off the words' index (a
    thousandth of the book: a millisecond or less), or None in a book of fewer meetings."""
    if "sample" not in memo:
        newest = select(MS.c.sort_key).order_by(MS.c.sort_key.desc())
        edge = conn.execute(newest.offset(SAMPLE - 1).limit(1)).scalar()
        memo["sample"] = [edge, conn.execute(select(func.max(MS.c.meeting_id))).scalar()]
    edge = memo["sample"][0]
    if edge is None:
        return None
    key = "share " + fts_expression(words)
    if key not in memo:
        matched = FTS.c.meeting_fts.op("MATCH")(fts_expression(words))
        found = select(FTS.c.rowid).where(matched, FTS.c.rowid >= edge).subquery()
        memo[key] = [conn.execute(select(func.count()).select_from(found)).scalar_one() / SAMPLE]
    return float(memo[key][0])


def _among(column: ColumnElement[int], ids: list[int] | Select[tuple[int]]) -> ColumnElement[bool]:
    """`column IN ids`, a list of ids written into the statement as numbers: as bound
    parameters, a name's thousand people (`nguyen`) cost the driver and the compiler more
    than the search itself, each time the statement runs. Only ints from the database go here."""
    if isinstance(ids, Select):
        return column.in_(ids)
    listed = ",".join(str(int(one)) for one in ids)
    return column.op("IN")(literal_column(f"({listed})"))


def _names(
    ids: Select[tuple[int]], conn: Connection, memo: Memo | None = None
) -> list[int] | Select[tuple[int]]:
    """The ids of the people (or bodies) a name matches, read once: inside a per-meeting test
    SQLite would otherwise run the LIKE over the whole directory again for every meeting."""
    first = ids.limit(MAX_NAMES + 1)
    key = "names " + _key(first, conn)
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = list(conn.execute(first).scalars())
    if memo is not None:
        memo[key] = found
    if not found:
        raise _Nothing
    return ids if len(found) > MAX_NAMES else found


def _key(statement: Select[tuple[int]], conn: Connection, memo: Memo | None = None) -> str:
    """A statement with its parameters, as the key of its rows in a search's memo: the hash of
    SQLAlchemy's cache key for it (its structure, literal text such as a name's thousand people
    written in, and the values of its parameters). Compiling it to text took ~0.3 ms, 17 times
    a search for a name typed with marks: 5 ms of its 30; the cache key takes ~0.04 ms. With
    `memo`, this very statement's key is kept there, asked for by every tier."""
    kept = f"compiled {id(statement)}"
    if memo is not None and kept in memo and memo[kept][0] is statement:
        return str(memo[kept][1])
    cache = statement._generate_cache_key()
    if cache is None:  # an element SQLAlchemy cannot cache (none of ours): its text, as before
        compiled = statement.compile(dialect=conn.dialect)
        text = repr((str(compiled), sorted(compiled.params.items())))
    else:
        values = tuple(
            tuple(value) if isinstance(value, list) else value
            for value in (bound.effective_value for bound in cache.bindparams)
        )
        text = f"{hash((cache.key, values)):x}"
    if memo is not None:  # the statement is kept too: its id is not another's while kept
        memo[kept] = [statement, text]
    return text


def _own(query: Query, backend: str) -> list[ColumnElement[bool]]:
    """Conditions on the meeting row itself (and, off SQLite and PostgreSQL, its free words)."""
    where: list[ColumnElement[bool]] = []
    if backend not in ("sqlite", "postgresql") and any(m.tokens for m in query.text):
        words = [like_all(MS.c.body, m, MS.c.marked) for m in query.text if m.tokens]
        where.append((M.c.id + 0).in_(select(MS.c.meeting_id).where(*words)))
    where.extend(like_all(M.c.location_key, m) for m in query.place)
    where.extend(like_all(M.c.kind_key, m) for m in query.kind)
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


def not_implied(query: Query, conn: Connection, memo: Memo | None = None) -> list[TextMatch]:
    """The query's free words that still need testing on its meetings' text: those a `person:`
    condition of the same query already implies are left out (the first tier of a name typed as
    words is the person's meetings with those words: `store.search.tiers`).

    A participant's name is among a meeting's words (`store.rows._searchable`): a person found by
    words of their name is in meetings holding those words, folded as the directory folds them
    (`search_key` is `words_key` of the name, as the meeting's text is). With marks, the name is
    matched in its casefolded form and the meeting's marked words are `marked_tokens` of it, the
    same words unless the name's words cannot be lined up (then the text keeps them folded):
    the words are left out only when every person matched lines up."""
    words = [m for m in query.text if m.tokens]
    kept = []
    for match in words:
        by = next((p for p in query.person if _holds(p, match)), None)
        if by is None or (match.marked is not None and not _lined_up(by, conn, memo)):
            kept.append(match)
    return kept


def _holds(person: TextMatch, match: TextMatch) -> bool:
    """`person`'s name match finds only names holding every word of `match`, as `match` asks: a
    word it wants whole is whole in the name match, a word it begins (the last, being typed) is
    whole there or begun the same way."""
    if person.phrase or match.phrase:
        return False
    if match.marked is not None and person.marked is None:
        return False
    words, named = (
        (match.marked, person.marked) if match.marked is not None else (match.tokens, person.tokens)
    )
    assert named is not None
    whole = set(named[:-1] if person.prefix else named)
    begun = named[-1] if person.prefix else None
    wanted = words[:-1] if match.prefix else words
    if not set(wanted) <= whole:
        return False
    return not match.prefix or words[-1] in whole or words[-1] == begun


def _lined_up(person: TextMatch, conn: Connection, memo: Memo | None) -> bool:
    """Every name `person` matches has its marked words lined up with its folded ones."""
    names = select(P.c.name).where(like_all(P.c.search_key, person, _spaced(P.c.name_key)))
    key = "lined up " + _key(names, conn)
    if memo is not None and key in memo:
        return bool(memo[key][0])
    lined = all(marked_tokens(name) is not None for name in conn.execute(names).scalars())
    if memo is not None:
        memo[key] = [int(lined)]
    return lined
