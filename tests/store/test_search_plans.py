"""The plans a big book's searches take, tried on a generated book small enough for a test: each
gives the page and count the plain plan gives (the portable LIKE path, `backend="portable"`),
on both backends.

The branches: a linked condition (a person, a chair) whose meetings are read as a list and
walked newest first or fetched (PostgreSQL); the last tier read on past the page to count up to
a bound; free words tested on the word lists while walking, a phrase of three words or more
asked of the index as its pairs and checked in the word list, and a count of words in most
meetings made by reading them in turn (PostgreSQL). The thresholds that choose a branch at
100,000 meetings are lowered here, so a 400-meeting book takes every one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

import store
import store.search
import store.search_pg
import store.search_plan
import store.search_where
import store.search_words_pg
import store.text

QUERIES = [
    'person:"nguyen"',
    "chair:nguyen",
    "chair:tran hoi nghi",
    "chair:le ban chap",
    '"hoi nghi ban chap hanh"',
    '"ban chap hanh ldld"',
    '"cong doan viet nam"',
    '"hoi nghi ban chap hanh" tinh',
    "hoi nghi ban",
    "ban thuong vu",
    "nguyen van",
    "Hội nghị Ban Chấp hành",
    "tinh uy quang",
    "ng",
]


@pytest.fixture
def generated(generated_at: Any) -> Iterator[store.Book]:
    book = generated_at(400, seed=14)
    yield book
    book.close()


def page(book: store.Book, query: str, **asked: object) -> store.search.Page:
    with book._store.session() as session:
        parsed = store.parse_query(query)
        return store.search.search(parsed, session=session, **asked)  # type: ignore[arg-type]


# The plain plan's pages, asked once per book: every test's book is a copy of one generated book
# (the key holds its size, should another join it), and the plain plan takes none of the
# thresholds the tests lower.
_PLAIN: dict[tuple[str, int, str, int | None, int, int | None], store.search.Page] = {}


def plain(book: store.Book, query: str, limit: int | None, offset: int, bound: int | None) -> Any:
    key = (book.backend, page(book, "", limit=0).total, query, limit, offset, bound)
    if key not in _PLAIN:
        asked = {"limit": limit, "offset": offset, "count_up_to": bound}
        _PLAIN[key] = page(book, query, backend="portable", **asked)
    return _PLAIN[key]


def same_as_plain(book: store.Book, query: str) -> None:
    """Pages and counts of `query` as the plain plan gives them: the whole list, the first
    page counted up to bounds under and over the total, the second counted whole and up to a
    bound inside it (each search here is a few statements, and this runs ~300 times a run)."""
    whole = plain(book, query, None, 0, None)
    assert whole.ids, query
    assert page(book, query, limit=None) == whole, query
    asked_pages = [(0, bound) for bound in (None, 0, 3, 12, 1000)] + [(7, None), (7, 12)]
    for offset, bound in asked_pages:
        asked = {"limit": 7, "offset": offset, "count_up_to": bound}
        assert page(book, query, **asked) == plain(book, query, 7, offset, bound), (
            query,
            asked,
        )


@pytest.mark.parametrize("sizes", [(3, 40), (3, 2_000)])
def test_every_query_finds_what_the_plain_plan_finds_whatever_the_branch(
    generated: store.Book, sizes: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    small, linked = sizes
    # A person's or a chair's meetings: a few are sorted, more are walked newest first and
    # looked up in the list, past LINKED (LARGE on SQLite) they are probed per meeting.
    monkeypatch.setattr(store.search_plan, "SMALL", small)
    monkeypatch.setattr(store.search_plan, "LINKED", linked)
    monkeypatch.setattr(store.search_plan, "LARGE", linked)
    # A few meetings tested one by one, then the index (PostgreSQL's walk).
    monkeypatch.setattr(store.search_pg, "WALK", 4)
    monkeypatch.setattr(store.search_pg, "MAX_WALK", 30)
    for query in QUERIES:
        same_as_plain(generated, query)


@pytest.mark.parametrize("small", [3, 2_000])
def test_a_name_typed_as_words_needs_no_test_of_its_words_on_its_people_s_meetings(
    generated: store.Book, small: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first tier of a name typed as words is its people's meetings; their names are among
    # those meetings' words, so SQLite tests the words no more (`search_where.not_implied`):
    # the pages and counts stay the plain plan's, with marks, without, and while typing.
    monkeypatch.setattr(store.search_plan, "SMALL", small)
    everyone = generated.people()
    people = everyone[:: max(1, len(everyone) // 2)][:2]
    assert len(people) == 2
    for person in people:
        name = person.name
        for query in (name, store.text.fold(name), name.lower()[:-1]):
            same_as_plain(generated, query)
    with generated._store.session() as session:
        words = store.parse_query(people[0].name)
        tier = store.search.tiers(words)[0]
        assert store.search_where.not_implied(tier, session.connection()) == []
        assert store.search_where.not_implied(words, session.connection()) == list(words.text)


def statements(book: store.Book, query: str, **asked: object) -> list[str]:
    """The SQL one search runs."""
    return [sql for sql, _ in ran_with_values(book, query, **asked)]


def ran_with_values(book: store.Book, query: str, **asked: object) -> list[tuple[str, str]]:
    """The SQL one search runs, each with its parameters' values as text."""
    seen: list[tuple[str, str]] = []

    def keep(*args: object) -> None:
        seen.append((str(args[2]), repr(args[3])))

    event.listen(book._store.engine, "before_cursor_execute", keep)
    try:
        page(book, query, **asked)
    finally:
        event.remove(book._store.engine, "before_cursor_execute", keep)
    return seen


def analysed_on_postgresql(book: store.Book, what: str) -> None:
    """Skip on SQLite (`what` is tried on PostgreSQL only); on PostgreSQL, the planner's
    statistics made fresh, as a big book's are, so its estimates choose the plans."""
    if book.backend != "postgresql":
        pytest.skip(what)
    book._store.engine.dispose()
    with book._store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


def test_a_count_read_with_the_page_runs_no_count_of_its_own(generated: store.Book) -> None:
    # A quoted phrase's tiers end with itself: the page reads on past its rows to the bound.
    query = '"hoi nghi ban chap hanh"'
    if generated.backend == "postgresql":
        query = "chair:nguyen"  # free words on PostgreSQL are walked, then counted apart
    counted = statements(generated, query, limit=3, count_up_to=1000)
    assert not [sql for sql in counted if "count(" in sql.lower()], counted
    assert page(generated, query, limit=3, count_up_to=1000) == page(
        generated, query, limit=3, count_up_to=1000, backend="portable"
    )


def test_words_in_most_meetings_are_counted_on_their_word_lists_on_postgresql(
    generated: store.Book,
) -> None:
    analysed_on_postgresql(generated, "PostgreSQL's count of common words")
    # Over 50 times the bound match: read in turn, each meeting's word list tested.
    counted = statements(generated, "hoi nghi", limit=1, count_up_to=1)
    (count,) = [sql for sql in counted if "count(" in sql.lower()]
    assert "strpos" in count and "@@" not in count, count
    same_as_plain(generated, "hoi nghi")


def test_a_long_phrase_is_asked_of_the_index_as_its_pairs_on_postgresql(
    generated: store.Book,
) -> None:
    if generated.backend != "postgresql":
        pytest.skip("PostgreSQL's full-text index")
    query = '"hoi nghi ban chap hanh"'
    counted = statements(generated, query, limit=None)
    tested = [sql for sql in counted if "@@" in sql and "strpos" in sql]
    assert tested, counted
    same_as_plain(generated, query)


PHRASES = [
    '"hoi nghi ban chap hanh"',
    "hoi nghi ban",
    "ban chap ha",
    "Hội nghị Ban Chấp hành",
    "chair:tran hoi nghi",
    'chair:le "ban chap hanh"',
]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("dense", [0.0, 2.0], ids=["every phrase dense", "none dense"])
def test_a_phrase_read_off_the_word_pairs_or_the_words_finds_what_the_plain_plan_finds(
    generated: store.Book, dense: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A phrase being typed in most meetings is read off the words' index, any other off the
    # word pairs' (`search_where.fts_match`); the newest SAMPLE meetings say which.
    monkeypatch.setattr(store.search_where, "SAMPLE", 50)
    monkeypatch.setattr(store.search_where, "DENSE", dense)
    for query in PHRASES:
        same_as_plain(generated, query)
    typed = statements(generated, "ban chap ha", limit=7, count_up_to=1000)
    assert any("meeting_pairs" in sql for sql in typed) == (dense > 1), typed
    quoted = statements(generated, '"ban chap hanh"', limit=7, count_up_to=1000)
    assert any("meeting_pairs" in sql for sql in quoted), quoted


# A person's meetings with words (a chair's are words of the index: test_search_chair_words.py).
LISTED = [
    "person:tran hoi nghi",
    "person:nguyen ban chap",
    'person:le "ban chap hanh"',
    "person:van ng",
]


@pytest.mark.parametrize(
    "estimates",
    [(0.0, 1.0), (1e12, 1.0), (0.0, 1e12), (1e12, 1e12)],
    ids=["rare words, small book", "common words, small book", "rare, big", "common, big"],
)
@pytest.mark.parametrize("linked", [3, 2_000])
def test_a_listed_or_probed_condition_with_words_finds_what_the_plain_plan_finds(
    generated: store.Book,
    estimates: tuple[float, float],
    linked: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # PostgreSQL's choices for free words with a person's or a chair's meetings, each taken by
    # the estimates they rest on: a list read whole (page and count in one statement) or walked
    # newest first, walked past MAX_WALK or not, its older matches read through the list or the
    # index, its count by word lists or the index; past LINKED, each meeting found is probed.
    words, meetings = estimates
    monkeypatch.setattr(store.search_plan, "LINKED", linked)
    monkeypatch.setattr(store.search_pg, "WALK", 4)
    monkeypatch.setattr(store.search_pg, "MAX_WALK", 30)
    monkeypatch.setattr(store.search_pg._Sizes, "words", lambda self: words)
    monkeypatch.setattr(store.search_pg._Sizes, "meetings", lambda self: meetings)
    for query in LISTED:
        same_as_plain(generated, query)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("cost", [0, 10**9], ids=["word lists", "index"])
def test_words_counted_among_a_set_by_its_word_lists_or_their_index_find_the_same_on_sqlite(
    generated: store.Book, cost: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite counts words among a person's meetings (past SMALL) by testing the meetings' word
    # lists or through the words' index, by how common the words are in the newest SAMPLE
    # meetings; a set up to SMALL is tested in Python, its word lists read once per search.
    monkeypatch.setattr(store.search_plan, "SMALL", 3)
    monkeypatch.setattr(store.search_where, "SAMPLE", 40)
    monkeypatch.setattr(store.search_where, "LIST_COST", cost)
    for query in [*LISTED, "person:nguyen hoi nghi", 'person:nguyen "ban chap"']:
        same_as_plain(generated, query)
    counted = statements(generated, "person:tran hoi nghi", limit=3, count_up_to=1000)
    count = [sql for sql in counted if "count(" in sql.lower()][-1]  # after the sets' sizes
    assert ("body LIKE" in count) == (cost == 0), count
    monkeypatch.setattr(store.search_plan, "SMALL", 2_000)
    for query in LISTED:
        same_as_plain(generated, query)


def test_a_person_in_many_meetings_is_probed_per_meeting_the_words_find_on_postgresql(
    generated: store.Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    if generated.backend != "postgresql":
        pytest.skip("PostgreSQL's probes")
    monkeypatch.setattr(store.search_plan, "LINKED", 3)
    counted = statements(generated, "person:nguyen hoi nghi", limit=3, count_up_to=1000)
    (count,) = [sql for sql in counted if "count(" in sql.lower()]
    assert "EXISTS" in count and "meeting_id + " in count and "JOIN meeting " not in count, count
    same_as_plain(generated, "person:nguyen hoi nghi")


def test_the_older_matches_of_a_probed_condition_hash_its_meetings_on_postgresql(
    generated: store.Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past the walk, each of the words' older matches was probed for the person (8,400 probes
    # for a chair's name tier at 100,000 meetings); their people's meetings are read once and
    # hashed instead, with the same pages and counts.
    if generated.backend != "postgresql":
        pytest.skip("PostgreSQL's walk")
    monkeypatch.setattr(store.search_plan, "LINKED", 3)
    monkeypatch.setattr(store.search_pg, "WALK", 1)  # the newest meeting, then the index
    monkeypatch.setattr(store.search_pg, "MAX_WALK", 1)
    # Words rare in the book: past the first meeting the index is cheaper than walking.
    monkeypatch.setattr(store.search_pg._Sizes, "words", lambda self: 0.0)
    monkeypatch.setattr(store.search_pg._Sizes, "meetings", lambda self: 1e12)
    ran = statements(generated, "person:nguyen hoi nghi", limit=7, count_up_to=1000)
    older = [sql for sql in ran if "< (SELECT" in sql and "IN (SELECT participation" in sql]
    assert older and not [sql for sql in older if "EXISTS" in sql], ran
    assert any("set_config('enable_nestloop', 'off', true)" in sql for sql in ran), ran
    same_as_plain(generated, "person:nguyen hoi nghi")

def chaired(book: store.Book) -> list[str]:
    """`chair:` a chair's surname, then the given name of someone else at that meeting (the
    name's tiers are then the chair's meetings held with that person), typed whole and being
    typed; and the same with a word of the title."""
    with book._store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT chair.search_key, other.search_key, meeting.title FROM participation AS led "
            "JOIN person AS chair ON chair.id = led.person_id "
            "JOIN participation AS was ON was.meeting_id = led.meeting_id "
            "AND was.person_id <> led.person_id JOIN person AS other ON other.id = was.person_id "
            "JOIN meeting ON meeting.id = led.meeting_id "
            "WHERE led.role = 'chair' ORDER BY led.id, was.id LIMIT 2"
        ).all()
    queries = []
    for chair, other, title in rows:
        given = other.split()[-1]
        word = store.text.fold(title).split()[0]
        queries += [f"chair:{chair.split()[0]} {given} ", f"chair:{chair.split()[0]} {given}"]
        queries.append(f"chair:{chair.split()[-1]} {word} {given}")
    return queries


@pytest.mark.parametrize("rows", [0, 10**9], ids=["sets read whole", "meetings looked up"])
@pytest.mark.parametrize("small", [3, 2_000])
def test_a_chair_s_meetings_with_a_name_typed_as_words_find_what_the_plain_plan_finds(
    generated: store.Book, rows: int, small: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first tiers of a name typed after `chair:` are that person's meetings, read whole or
    # looked up per meeting found (ROWS_PER_MEETING), their few meetings' word lists (up to
    # SMALL) read once per search; the chair is a word of the index with the others, so its
    # meetings are never sorted by date nor their word lists read for it.
    monkeypatch.setattr(store.search_plan, "SMALL", small)
    monkeypatch.setattr(store.search_plan, "ROWS_PER_MEETING", rows)
    queries = chaired(generated)
    for query in queries:
        same_as_plain(generated, query)
    if generated.backend != "sqlite":
        return
    counted = statements(generated, queries[0], limit=3, count_up_to=1000)
    assert not [sql for sql in counted if "ORDER BY meeting.date_start" in sql], counted
    assert not [sql for sql in counted if "role" in sql and "meeting_search.body" in sql]
    assert any("MATCH" in sql for sql in counted), counted


@pytest.mark.sqlite_only
@pytest.mark.parametrize("common", [0, 10**9], ids=["walked", "intersected"])
def test_two_large_sets_with_few_meetings_in_common_are_intersected_on_sqlite(
    generated: store.Book, common: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A chair's meetings and a name's (the first tier of a name typed after `chair:`), each past
    # SMALL: when few meetings are expected in both, the two sets are read and intersected,
    # else the date index is walked and each meeting looked up in both.
    monkeypatch.setattr(store.search_plan, "SMALL", 3)
    monkeypatch.setattr(store.search_plan, "FEW_IN_COMMON", common)
    queries = chaired(generated)
    for query in [*queries, "chair:nguyen person:van", "person:tran person:le"]:
        same_as_plain(generated, query)
    counted = statements(generated, "chair:nguyen person:van", limit=3, count_up_to=1000)
    assert any("group_concat" in sql for sql in counted) == bool(common), counted


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("Nguyễn Hoàng Minh Lợi", '"nguyễn" AND "hoàng" AND marked : "minh" AND "lợi"*'),
        ('"lê anh định" ban', '"lê anh định" AND "ban"*'),
        ('"Văn Minh" Hà', '"văn minh" AND "hà"*'),
        ("hoi nghi", '"hoi" AND "nghi"*'),
    ],
)
def test_only_words_typed_with_marks_that_have_none_are_asked_of_the_marked_column(
    query: str, expression: str
) -> None:
    # `body` holds folded words only: a word whose marks folding removes is never there, and a
    # column filter would make FTS5 read every match's positions (SQLite).
    assert store.search_where.fts_expression(store.parse_query(query).text) == expression


@pytest.mark.sqlite_only
@pytest.mark.parametrize("period", ["date:2019-02", "tháng 2/2019", "date:q2/2019"])
def test_a_period_is_read_off_the_date_index_alone(generated: store.Book, period: str) -> None:
    # A meeting may last a year: the period's meetings are read from a year before its start,
    # and each one's last day is in the index (0016), not in its row (a page each).
    ran: list[tuple[str, Any]] = []

    def keep(_conn: object, _cursor: object, sql: str, parameters: Any, *_: object) -> None:
        ran.append((sql, parameters))

    event.listen(generated._store.engine, "before_cursor_execute", keep)
    try:
        page(generated, period, limit=50, count_up_to=1000)
    finally:
        event.remove(generated._store.engine, "before_cursor_execute", keep)
    plans = []
    with generated._store.engine.connect() as conn:
        for sql, parameters in ran:
            if sql.lstrip().upper().startswith("SELECT"):
                explained = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, parameters)
                plans.extend(str(row[3]) for row in explained)
    read = [plan for plan in plans if "meeting" in plan and "INDEX" in plan]
    assert read and all("COVERING INDEX ix_meeting_date" in plan for plan in read), plans


@pytest.mark.parametrize("dense", [0.8, 2.0], ids=["tested on word lists", "asked of the index"])
def test_a_word_being_typed_in_most_meetings_is_counted_on_the_word_lists_on_postgresql(
    generated: store.Book, dense: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `ho` begins a word of nearly every meeting (hoi nghi): the index would read and merge the
    # lists of every word it begins; the count asks it for the chair's word alone and tests
    # each meeting's word list for `ho`.
    analysed_on_postgresql(generated, "PostgreSQL's full-text index")
    monkeypatch.setattr(store.search_words_pg, "DENSE", dense)
    chair = next(q.split()[0] for q in chaired(generated))
    ran = ran_with_values(generated, f"{chair} ho", limit=3, count_up_to=1000)
    counts = [(sql, values) for sql, values in ran if "count(" in sql.lower()]
    assert counts, ran
    sql, values = counts[-1]
    assert "@@" in sql, sql
    assert ("strpos" in sql and ":*" not in values) == (dense <= 1), (sql, values)
    same_as_plain(generated, f"{chair} ho")


def test_a_list_is_read_whole_past_the_walk_only_when_far_shorter_than_the_words_on_postgresql(
    generated: store.Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Testing a listed meeting's word list costs about SCAN_COST times a row the index finds:
    # a person's meetings, half as many as the words', are found through the index, not read.
    if generated.backend != "postgresql":
        pytest.skip("PostgreSQL's walk")
    monkeypatch.setattr(store.search_pg, "WALK", 1)
    monkeypatch.setattr(store.search_pg, "MAX_WALK", 1)
    listed = lambda self: len(self.walk.plan[2] or ())  # noqa: E731
    monkeypatch.setattr(store.search_pg._Sizes, "meetings", lambda self: 1e12)
    for share, read in ((2.0, False), (2 * store.search_pg.SCAN_COST, True)):
        monkeypatch.setattr(store.search_pg._Sizes, "words", lambda self, s=share: s * listed(self))
        ran = statements(generated, "person:nguyen hoi nghi", limit=7)
        older = [sql for sql in ran if "ORDER BY meeting_search.sort_key + " in sql]
        assert older, ran
        assert ("strpos" in older[-1]) == read, (share, older[-1])
        same_as_plain(generated, "person:nguyen hoi nghi")


def test_a_chair_s_words_are_tested_first_in_a_word_list() -> None:
    # PostgreSQL stops at the first test that fails, each decompressing the list again: the
    # chair's word ("_c_nhung", in few meetings) before "cua", in most.
    from store.models import MeetingSearch
    from store.query import TextMatch

    rows = MeetingSearch.__table__
    chair = TextMatch((store.text.CHAIR + "nhung",))
    tests = store.search_words_pg.words_found([TextMatch(("cua",)), chair], rows)
    texts = [str(test.compile(compile_kwargs={"literal_binds": True})) for test in tests]
    assert "_c_nhung" in texts[0] and "cua" in texts[1], texts
