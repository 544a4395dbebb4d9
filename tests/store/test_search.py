"""Search on the sample book: the issue's questions, both search paths, ordering and dates."""

from __future__ import annotations

import importlib

import pytest

import store
import store.db
import store.repo
import store.search  # the module: the package loads only its names on first use
from tests.helpers import a_meeting

search_plan = importlib.import_module("store.search_plan")  # where the thresholds live

KHANG = {
    "seed-000-ky-ket-quy-che-dukdn-tld-2022",
    "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022",
    "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024",
}


def found(book: store.db.Store, text: str, *, backend: str | None = None) -> list[str]:
    """The uids a query finds, in result order."""
    with book.session() as session:
        page = store.search.search(
            store.parse_query(text), session=session, limit=None, backend=backend
        )
        return [s.uid for s in store.repo.summaries(page.ids, session=session)]


@pytest.mark.parametrize(
    "text", ["nguyen dinh khang", "Nguyễn Đình Khang", "NGUYEN DINH KHANG", "nguyễn đình KHANG"]
)
def test_a_name_with_or_without_marks_finds_exactly_his_meetings(
    sample_book: store.db.Store, text: str
) -> None:
    assert set(found(sample_book, text)) == KHANG


def test_a_period_typed_with_marks_leaves_the_other_words_unmarked(
    sample_book: store.db.Store,
) -> None:
    # Only "khẳng định" holds the syllable: `khang` typed without marks finds it, however the
    # quarter is spelled; the name typed with marks does not.
    notes = "Giám đốc Sở khẳng định sẽ ưu tiên nguồn kinh phí."
    record = a_meeting(
        title="Hội nghị Công đoàn ngành", date="2025-01-10", notes=notes, participants=[]
    )
    with sample_book.session() as session:
        store.repo.create_meeting(record, session=session)
    khang = found(sample_book, "khang q1/2025")
    assert len(khang) == 1
    assert found(sample_book, "khang quý 1/2025") == found(sample_book, "khang quy 1/2025") == khang
    assert found(sample_book, "khang quý 1/2025", backend="portable") == khang
    assert found(sample_book, "Nguyễn Đình Khang quý 1/2025") == []


def test_person_field_matches_any_role_and_chair_only_chairs(sample_book: store.db.Store) -> None:
    assert set(found(sample_book, 'person:"nguyen dinh khang"')) == KHANG
    assert set(found(sample_book, "chair:khang")) == {
        "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022",
        "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024",
    }
    assert found(sample_book, "chair:khang date:2024") == [
        "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"
    ]


def test_the_last_word_typed_is_a_prefix(sample_book: store.db.Store) -> None:
    assert set(found(sample_book, "nguyen dinh khan")) >= KHANG
    assert found(sample_book, "chair:khan") == found(sample_book, "chair:khang")
    # Followed by a space, the word is complete: "khan" is then a word of its own.
    assert found(sample_book, "chair:khan ") == []


def test_dang_doan_folds_the_stroked_d(sample_book: store.db.Store) -> None:
    hits = found(sample_book, "dang doan")
    assert "seed-000-ky-ket-quy-che-dukdn-tld-2022" in hits
    assert hits == found(sample_book, "Đảng đoàn")


def test_month_finds_day_and_coarser_meetings_that_overlap_it(sample_book: store.db.Store) -> None:
    # 15/03/2024 is in March; the meeting dated only "2024" may have been in March too.
    assert found(sample_book, "date:2024-03") == [
        "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024",
        "seed-003-hoi-nghi-quy-che-chinh-phu-tld-tb249-2024",
    ]
    assert found(sample_book, "date:3/2024") == found(sample_book, "date:2024-03")
    assert found(sample_book, "date:15/3/2024") == found(sample_book, "date:2024-03-15")


def test_ranges_and_open_ranges(sample_book: store.db.Store) -> None:
    assert set(found(sample_book, "date:..2023")) == {
        "seed-000-ky-ket-quy-che-dukdn-tld-2022",
        "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022",
        "seed-002-ky-ket-quy-che-ldld-nghe-an-2022",
    }
    assert len(found(sample_book, "date:2024..")) == 2
    assert found(sample_book, "date:1/1/2022..31/1/2022") == [
        "seed-002-ky-ket-quy-che-ldld-nghe-an-2022",
        "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022",
    ]


def test_document_numbers(sample_book: store.db.Store) -> None:
    assert found(sample_book, "doc:249/TB-VPCP") == [
        "seed-003-hoi-nghi-quy-che-chinh-phu-tld-tb249-2024"
    ]
    assert found(sample_book, "doc:249/tb-vpcp") == found(sample_book, "doc:249/TB-VPCP")
    assert found(sample_book, "doc:565-CV/ĐĐTLĐ") == [
        "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"
    ]
    # A bare number finds every symbol it starts: 02-NQ/TW, 02/Ctr-BCH, ...
    assert len(found(sample_book, "doc:02")) >= 3
    assert found(sample_book, "doc:2") == []


def test_organisations_by_name_or_short_form(sample_book: store.db.Store) -> None:
    # "Tổng LĐLĐ Việt Nam" is a short form of the Tổng Liên đoàn in the sample records, and
    # LĐLĐ is expanded, so the long spelling finds everything the short one does, and more:
    # seed-004's organiser is written only in full.
    by_short = set(found(sample_book, 'org:"tong ldld"'))
    by_long = set(found(sample_book, 'org:"tong lien doan lao dong"'))
    assert by_short and by_short < by_long
    assert "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024" in by_long - by_short


def test_place_and_kind(sample_book: store.db.Store) -> None:
    assert set(found(sample_book, 'place:"ha noi"')) == {
        "seed-000-ky-ket-quy-che-dukdn-tld-2022",
        "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024",
    }
    assert "seed-002-ky-ket-quy-che-ldld-nghe-an-2022" in found(sample_book, 'kind:"ky ket"')


def test_results_are_newest_first_partial_dates_by_period_start(
    sample_book: store.db.Store,
) -> None:
    assert found(sample_book, "") == [
        "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024",  # 2024-03-15
        "seed-003-hoi-nghi-quy-che-chinh-phu-tld-tb249-2024",  # 2024 → 1 Jan 2024
        "seed-000-ky-ket-quy-che-dukdn-tld-2022",  # 2022-05-30
        "seed-002-ky-ket-quy-che-ldld-nghe-an-2022",  # 2022-01-20
        "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022",  # 2022 → 1 Jan 2022
    ]


QUERIES = [
    "nguyen dinh khang",
    "khan",
    "dang doan",
    '"hoi nghi"',
    '"ban chap hanh" tong',
    "nha o",
    "quy che phoi hop",
    '"ky ket quy"',
    "nghe an",
    "249 tb vpcp",
    "249/TB-VPCP",
    "ldld",
    "lien doan lao dong",
    "cong doan date:2022",
    "person:hai",
    "zzz",
]


@pytest.mark.parametrize("text", QUERIES)
def test_fts_and_portable_like_paths_agree(sample_book: store.db.Store, text: str) -> None:
    assert found(sample_book, text) == found(sample_book, text, backend="portable")


def test_pages_and_totals(sample_book: store.db.Store) -> None:
    with sample_book.session() as session:
        first = store.search.search(store.Query(), session=session, limit=2)
        second = store.search.search(store.Query(), session=session, limit=2, offset=2)
    assert first.total == second.total == 5
    assert len(first.ids) == len(second.ids) == 2
    assert not set(first.ids) & set(second.ids)


PLANNED = [
    "person:hai",
    "chair:khang",
    "chair:khang date:2024",
    "org:ldld",
    "doc:02-nq/tw",
    "cong doan person:khang",
    "person:khang org:tld",
    "person:zzz",
    "hoi nghi person:nguyen date:2022..",
]


@pytest.mark.parametrize("text", [*PLANNED, "nguyen dinh khang", "chair:khang hoi nghi"])
@pytest.mark.parametrize("backend", [None, "portable"])
@pytest.mark.parametrize("large", [None, 0])
def test_large_sets_are_planned_differently_with_the_same_answers(
    sample_book: store.db.Store,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    backend: str | None,
    large: int | None,
) -> None:
    """The sample book's sets are all small; with SMALL = 0 every set counts as large, so the
    per-meeting tests (first page) and the collected sets (count, whole list) run instead. With
    LARGE = 0 too (SQLite), every set is probed per meeting rather than looked up in."""
    small = found(sample_book, text, backend=backend)
    monkeypatch.setattr(search_plan, "SMALL", 0)
    if large is not None:
        monkeypatch.setattr(search_plan, "LARGE", large)
    assert found(sample_book, text, backend=backend) == small
    with sample_book.session() as session:
        page = store.search.search(
            store.parse_query(text), session=session, limit=1, backend=backend
        )
        first = [s.uid for s in store.repo.summaries(page.ids, session=session)]
    assert first == small[:1]
    assert page.total == len(small)
