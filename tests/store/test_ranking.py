"""Search by relevance (issue 14): a person the words name first, then the words together, then
the words anywhere; newest first within each; and `why` says where each meeting matched.

The book is the sample plus a draft made from seed report 002, whose text says "khẳng định",
"đình công" and "Nguyễn ..." but never names Nguyễn Đình Khang: the case the issue was filed on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import store
from store.search import tiers
from store.why_matched import why
from tests.helpers import SAMPLE, a_meeting, downgraded

KHANG = {
    "seed-000-ky-ket-quy-che-dukdn-tld-2022",
    "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022",
    "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024",
}


@pytest.fixture
def book(db: str) -> Iterator[store.Book]:
    opened = store.open_book(db)
    opened.import_files([str(SAMPLE)])
    report = Path(__file__).parents[1] / "extract_devset" / "seed_002_107dd93cdbd04994.txt"
    draft = opened.draft_from_report(report.read_text(encoding="utf-8"), source="seed 002")
    drafted = {**draft.record, "status": "draft"}  # as `import --from-report` keeps it
    opened.add(store.validate_record(drafted, source="seed 002"))  # type: ignore[arg-type]
    yield opened
    opened.close()


def uids(book: store.Book, ids: list[int]) -> list[str]:
    return [book.meeting(i).uid or "" for i in ids]


def draft_id(book: store.Book) -> int:
    return book.search("status:draft").ids[0]


@pytest.mark.parametrize("typed", ["nguyen dinh khang", "khang"])
def test_the_person_named_comes_before_meetings_that_only_hold_the_words(
    book: store.Book, typed: str
) -> None:
    found = book.search(typed).ids
    assert set(uids(book, found[:3])) == KHANG
    if draft_id(book) in found:
        assert found.index(draft_id(book)) >= 3


def test_newest_first_is_still_there(book: store.Book) -> None:
    newest = book.search("khang", order="newest").ids
    dates = [book.meeting(i).date.start for i in newest]
    assert dates == sorted(dates, reverse=True)


def test_a_structured_query_keeps_its_newest_first_order(book: store.Book) -> None:
    assert (
        book.search('person:"nguyen dinh khang"').ids
        == book.search('person:"nguyen dinh khang"', order="newest").ids
    )


def test_pages_by_relevance_join_up(book: store.Book) -> None:
    whole = book.search("nguyen", limit=None).ids
    pages = [book.search("nguyen", limit=2, offset=start).ids for start in range(0, len(whole), 2)]
    assert [i for page in pages for i in page] == whole
    assert len(set(whole)) == len(whole)
    assert book.search("nguyen", limit=2).total == len(whole)


def test_each_tier_is_inside_the_next() -> None:
    ranked = tiers(store.parse_query("nguyen dinh khang "))
    assert len(ranked) == 3
    assert ranked[-1] == store.parse_query("nguyen dinh khang ")
    assert ranked[0].person and ranked[1].text[0].phrase


def test_a_name_holding_the_last_word_whole_comes_before_one_it_only_begins() -> None:
    ranked = tiers(store.parse_query("ngọ"))
    assert [t.person[0].prefix for t in ranked[:2]] == [False, True]


def test_why_names_the_person_the_words_name(book: store.Book) -> None:
    found = book.search("nguyen dinh khang").ids[0]
    matched = why(book.meeting(found), store.parse_query("nguyen dinh khang"))
    assert matched is not None and matched.field == "person"
    assert matched.name == "Nguyễn Đình Khang" and matched.role
    assert [matched.text[a:b] for a, b in matched.spans] == ["Nguyễn", "Đình", "Khang"]


def test_why_shows_a_line_of_the_text_the_words_were_found_in(book: store.Book) -> None:
    query = store.parse_query("dinh cong")
    matched = why(book.meeting(draft_id(book)), query)
    assert matched is not None and matched.field != "person"
    assert [matched.text[a:b].lower() for a, b in matched.spans] == ["đình", "công"]
    assert len(matched.text) <= 100 and "\n" not in matched.text
    assert matched.as_json()["highlights"] == [list(span) for span in matched.spans]


def test_why_reads_marks_as_typed(book: store.Book) -> None:
    # Typed with marks, Khang is not khẳng: the draft holds khẳng, never Khang.
    draft = book.meeting(draft_id(book))
    for typed, shows_khang in [("Nguyễn Đình Khang", False), ("nguyen dinh khang", True)]:
        matched = why(draft, store.parse_query(typed))
        assert matched is not None
        shown = {matched.text[a:b].lower() for a, b in matched.spans}
        assert ("khẳng" in shown) is shows_khang, (typed, matched)


def test_why_shows_the_abbreviation_an_expansion_was_found_through(book: store.Book) -> None:
    """The index holds "lien doan lao dong" for "LĐLĐ" (and "ldld" for it spelled out): a
    meeting found so says where, the abbreviation marked (it was `matched: null`)."""
    lam = {"name": "Trần Văn Lâm", "role": "attendee", "title": "Chủ tịch LĐLĐ tỉnh Nghệ An"}
    found = book.add(a_meeting(title="Hội nghị phối hợp", participants=[lam]))
    spelled = book.add(a_meeting(title="Hội nghị Liên đoàn Lao động tỉnh", date="2024-03-16"))
    for typed in ('"lao dong"', "lien doan lao", "ldld"):
        assert found in book.search(typed).ids, typed
        matched = why(book.meeting(found), store.parse_query(typed))
        assert matched is not None and matched.field == "title of a person", typed
        assert {matched.text[a:b] for a, b in matched.spans} == {"LĐLĐ"}, typed
    matched = why(book.meeting(spelled), store.parse_query("ldld"))
    assert matched is not None and matched.field == "title"
    assert [matched.text[a:b] for a, b in matched.spans] == ["Liên đoàn Lao động"]


def test_a_book_from_before_marked_words_gets_them_when_upgraded(db: str) -> None:
    book = store.open_book(db)
    book.import_files([str(SAMPLE)])
    book.close()
    downgraded(db, "0006")
    book = store.open_book(db)
    assert set(uids(book, book.search("Nguyễn Đình Khang").ids)) == KHANG
    signed = book.search('"ký kết"').ids  # words with marks, read off the filled-in column
    assert signed and signed == book.search('"ky ket"').ids
    assert book.verify() == []
    book.close()


def test_a_renamed_person_is_found_by_the_new_name_typed_with_marks(book: store.Book) -> None:
    book.rename_person(book.find_person("Nguyễn Đình Khang"), "Nguyễn Đình Khẩn")
    assert set(uids(book, book.search('"Đình Khẩn"').ids)) == KHANG
