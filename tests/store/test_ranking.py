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
from tests.helpers import SAMPLE

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

