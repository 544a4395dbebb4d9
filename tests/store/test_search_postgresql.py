"""Free words through PostgreSQL's full-text index: the vectors and tsqueries built from the
words, hostile input, words too long for the index, and the index actually serving the search.

Every test that opens a book runs on both backends (the `db` fixture): on SQLite the same inputs
go through FTS5, and each answer is compared with the portable LIKE path's.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

import store
import store.db
import store.importer
import store.record
import store.repo
from store.query import TextMatch
from store.rows import (
    LONG,
    MAX_POSITIONS,
    MAX_WORD,
    _any_words_vector,
    _short_words_vector,
    lexeme,
    search_vector,
)
from store.search import tsquery_text
from store.text import PART
from tests.postgres import Server

QUOTED = lexeme(LONG)
SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "meetings.json"


@pytest.fixture
def pg_book(pg_server: Server) -> Iterator[store.db.Store]:
    """The sample book on PostgreSQL, for what only PostgreSQL has (its plans)."""
    name = pg_server.take_database()
    book = store.db.open_store(pg_server.url(name))
    store.importer.import_files([str(SAMPLE)], store=book)
    yield book
    book.close()
    pg_server.give_back(name)


def uids(book: store.db.Store, query: str, *, backend: str | None = None) -> list[str]:
    with book.session() as session:
        page = store.search.search(
            store.parse_query(query), session=session, limit=None, backend=backend
        )
        return [s.uid for s in store.repo.summaries(page.ids, session=session)]


def test_words_become_quoted_lexemes_all_required_the_last_a_prefix_when_typed_so() -> None:
    assert tsquery_text([TextMatch(("hoi", "nghi"))]) == "(('hoi' & 'nghi')) | '_long'"
    typing = TextMatch(("hoi", "ngh"), prefix=True)
    assert tsquery_text([typing]) == "(('hoi' & 'ngh':*)) | '_long'"
    # A phrase is its pairs of neighbours, one after the other (store.rows.search_vector).
    phrase = TextMatch(("ky", "ket", "hop"), phrase=True, prefix=True)
    assert tsquery_text([phrase, typing]) == (
        "(('ky_ket' <-> 'ket_hop':*) & ('hoi' & 'ngh':*)) | '_long'"
    )
    marked = TextMatch(("khang",), marked=("khẳng",))
    assert tsquery_text([marked]) == "(('khẳng')) | '_long'"


def test_a_vector_holds_each_word_and_pair_at_its_positions() -> None:
    assert search_vector(" nguyen dinh khang nguyen dinh ") == (
        "'nguyen':1,4 'nguyen_dinh':1,4 'dinh':2,5 'dinh_khang':2 'khang':3 'khang_nguyen':3"
    )
    assert search_vector("") == ""
    assert search_vector(" a " + "x" * (MAX_WORD + 1) + " b ").endswith("'_long'")
    assert search_vector(" a'b ") == "'a''b':1"


def test_short_words_make_the_same_vector_by_the_quicker_path() -> None:
    """Most word lists take the quicker path (`_short_words_vector`): on any such list it gives
    what the path keeping every limit gives, repeated words past the positions kept included."""
    rng = random.Random(2026)
    vocabulary = [
        "nguyen",
        "dinh",
        "khang",
        "nguyễn",
        "đình",
        "a'b",
        "c\\d",
        "hoi",
        "x" * 255,
        PART,
    ]
    for size in [0, 1, 2, 3, 50, MAX_POSITIONS + 5, 2 * MAX_POSITIONS + 1]:
        for _ in range(20):
            listed = [rng.choice(vocabulary) for _ in range(size)]
            words = f" {' '.join(listed)} " if listed else ""
            assert _short_words_vector(words, listed) == _any_words_vector(listed), listed[:9]
            assert search_vector(words) == _any_words_vector(listed)
    repeated = " hoi" * (MAX_POSITIONS + 1) + " "
    assert search_vector(repeated).endswith(QUOTED)  # positions past the kept ones: LONG


def test_quotes_and_backslashes_are_escaped_even_though_no_word_holds_one() -> None:
    hostile = TextMatch(("a'b", "c\\d"))
    assert tsquery_text([hostile]) == "(('a''b' & 'c\\\\d')) | '_long'"


def test_a_word_too_long_to_index_is_asked_for_as_long() -> None:
    x = "x" * MAX_WORD
    assert tsquery_text([TextMatch((x + "y",))]) == f"(({QUOTED})) | {QUOTED}"
    assert tsquery_text([TextMatch(("ok", x + "y" * 5000), prefix=True)]) == (
        f"(('ok' & {QUOTED})) | {QUOTED}"
    )
    assert tsquery_text([TextMatch((x,))]) == f"(('{x}')) | {QUOTED}"
    assert tsquery_text([]) == QUOTED


HOSTILE = [
    "'",
    "''",
    '"it\'s"',
    '"&|!():*"',
    "\\",
    "\\'",
    "&|!():*<>",
    "a & b | !c",
    "hoi:* & nghi",
    "(hoi) <-> (nghi)",
    "'hoi' <2> 'nghi'",
    "!!!khang",
    "ky:*ket",
    "_long",
    "'_long'",
    "hoi\x00nghi",
    "\x00",
    "khang\x00",
    "x" * 3000,
    "khang " + "y" * 600,
    "hội " + "ả" * 800,
    "a" * 2047 + "b",
    "nguyen " * 200,
    "🙂 khang",
    "Ｋｈａｎｇ",
    "ﬁ ß İ",
    "nghi\u0301",
    "person:'khang' chair:\\",
    "date:2024 '&'",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_is_never_a_query_error_and_every_path_agrees(
    sample_book: store.db.Store, query: str
) -> None:
    try:
        parsed = store.parse_query(query)
    except store.QueryError:
        return  # the user's mistake, said in one line (`hoi:*` is an unknown field)
    for order in store.search.ORDERS:
        with sample_book.session() as session:
            page = store.search.search(parsed, session=session, order=order, count_up_to=2)
            assert page.total >= len(page.ids)
    assert uids(sample_book, query) == uids(sample_book, query, backend="portable")


@pytest.mark.parametrize(
    "tokens", [("a'b",), ("c\\d", "e"), ("x&y", "(z)"), ("w:*",), ("<->", "!"), ("'",)]
)
@pytest.mark.parametrize("prefix", [False, True])
def test_words_the_parser_never_makes_are_still_no_query_error(
    sample_book: store.db.Store, tokens: tuple[str, ...], prefix: bool
) -> None:
    """Below the parser: a word holding tsquery's own syntax is a lexeme like any other."""
    for phrase in (False, True):
        match = TextMatch(tokens, phrase=phrase, prefix=prefix)
        with sample_book.session() as session:
            page = store.search.search(store.Query(text=(match,)), session=session)
        assert page.ids == [] and page.total == 0


LONG_WORD = "bien" + "q" * 700  # folds and splits as one word of 704 letters


def long_record(uid: str, notes: str) -> dict[str, object]:
    return {
        "uid": uid,
        "title": "Họp giao ban",
        "date": "2024-05-06",
        "notes": notes,
    }


@pytest.mark.parametrize(
    "query",
    [
        "bien",  # a prefix of the long word: found through it
        LONG_WORD,
        LONG_WORD[:600],
        f'"giao ban {LONG_WORD}"',
        "giao ban",
        "hop giao",
        "tong ket",
        "zzz",
    ],
)
def test_a_meeting_with_a_word_too_long_for_the_index_is_still_found(
    book: store.db.Store, query: str
) -> None:
    records = [
        long_record("long-word", f"Giao ban {LONG_WORD} tong ket"),  # the phrase in one part
        long_record("plain", "tong ket nam"),
    ]
    store.importer.import_records(
        [store.record.MeetingRecord.model_validate(r) for r in records], store=book
    )
    found = uids(book, query)
    assert found == uids(book, query, backend="portable")
    if query.startswith(("bien", '"giao ban', LONG_WORD[:10])):
        assert found == ["long-word"]


def test_a_meeting_whose_words_are_too_many_for_a_vector_is_still_found(
    book: store.db.Store,
) -> None:
    # Over a million bytes of words: indexed as a long list, found by LIKE.
    notes = ("doan ket " * 120_000)[: store.record.MAX_TEXT - 20] + " hiepthuong"
    records = [long_record("big", notes), long_record("small", "doan ket")]
    store.importer.import_records(
        [store.record.MeetingRecord.model_validate(r) for r in records], store=book
    )
    assert uids(book, "hiepthuong") == ["big"]
    assert uids(book, "hiepthu") == ["big"]
    assert set(uids(book, '"doan ket"')) == {"big", "small"}
    assert uids(book, "ket hiepthuong") == uids(book, "ket hiepthuong", backend="portable")


def test_words_typed_with_marks_are_found_in_the_marked_words(sample_book: store.db.Store) -> None:
    for query in ("Nguyễn Đình Khang", "khẳng định", "Đảng đoàn", "hội ngh"):
        assert uids(sample_book, query) == uids(sample_book, query, backend="portable"), query


@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("thoa uoc", "ix_meeting_search_body_words"),
        ("khan", "ix_meeting_search_body_words"),
        ('"ky ket"', "ix_meeting_search_body_words"),
        ("Khẳng định", "ix_meeting_search_marked_words"),
    ],
)
def test_free_words_are_read_from_the_full_text_index_on_postgresql(
    pg_book: store.db.Store, query: str, index: str
) -> None:
    """The planner *can* answer from the full-text index (reading whole tables is switched off:
    a book this small is read whole by a sensible planner); docs/postgresql.md has the plans it
    chooses at 100,000 meetings."""
    from store.search import _plan

    with pg_book.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        conn.execute(text("SET LOCAL enable_indexscan = off"))
        statement = (
            _plan(store.parse_query(query), "postgresql", conn, page=True).stage(skip=1).limit(50)
        )
        sql = statement.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
        plan = "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {sql}", ()))
    assert index in plan, plan
    assert "_trgm" not in plan, plan


@pytest.mark.parametrize(
    "query", ["hoi nghi", '"hoi nghi"', "nguyen", "ban chap hanh", "chair:nguyen hoi", "ky"]
)
def test_a_page_walked_then_read_from_the_index_is_the_whole_answers_first_page(
    pg_book: store.db.Store, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walking a few meetings at a time, then asking the index for the rest (store.search_pg.walk),
    gives the first rows of the whole answer in the same order, on every page."""
    import store.search_pg

    whole = uids(pg_book, query)
    assert whole, query
    for walk, most in ((1, 2), (2, 9), (3, 1000)):
        monkeypatch.setattr(store.search_pg, "WALK", walk)
        monkeypatch.setattr(store.search_pg, "MAX_WALK", most)
        for offset in (0, 2, 5):
            with pg_book.session() as session:
                page = store.search.search(
                    store.parse_query(query), session=session, limit=3, offset=offset
                )
                found = [s.uid for s in store.repo.summaries(page.ids, session=session)]
            assert found == whole[offset : offset + 3], (query, walk, most, offset)
