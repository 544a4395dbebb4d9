"""`suggest_people` (the person picker's autocomplete) and `last_title` (its title prefill)."""

from __future__ import annotations

import pytest

import store
import store.db
import store.repo
from store.people import last_title, list_people, suggest_people


def _add(book: store.db.Store, uid: str, date: str, people: list[dict[str, str]]) -> None:
    record = store.validate_record(
        {"uid": uid, "title": f"Họp {uid}", "date": date, "participants": people}
    )
    assert isinstance(record, store.MeetingRecord)
    with book.session() as session:
        store.repo.create_meeting(record, session=session)


def names(book: store.db.Store, text: str, limit: int = 8) -> list[str]:
    with book.session() as session:
        return [p.name for p in suggest_people(text, session=session, limit=limit)]


def test_a_word_without_diacritics_finds_the_full_name(sample_book: store.db.Store) -> None:
    assert names(sample_book, "khang") == ["Nguyễn Đình Khang"]
    assert names(sample_book, "KHANG") == ["Nguyễn Đình Khang"]
    assert names(sample_book, "Khăng") == []  # marks typed are marks meant (issue 14)
    assert names(sample_book, "Đình Kh") == ["Nguyễn Đình Khang"]
    assert names(sample_book, "kha") == ["Nguyễn Đình Khang", "Kha Văn Tám"]


def test_every_typed_word_must_start_a_word_of_the_name(sample_book: store.db.Store) -> None:
    found = names(sample_book, "nguyen d", limit=20)
    assert set(found) == {"Nguyễn Đình Khang", "Nguyễn Quang Dương", "Nguyễn Đình Hùng"}
    assert names(sample_book, "d nguyen", limit=20) == found  # order of words does not matter
    assert names(sample_book, "hang") == []  # inside a word is not a prefix
    assert names(sample_book, "") == []
    assert names(sample_book, "  ,  ") == []


def test_two_typed_words_need_two_words_of_the_name(sample_book: store.db.Store) -> None:
    _add(sample_book, "x1", "2024-05-01", [{"name": "Nguyễn Văn An"}])
    # "nguyen" and "ng" cannot both be the one word Nguyễn: Ngọ Duy Hiểu has no "nguyen".
    assert "Nguyễn Văn An" not in names(sample_book, "nguyen ng", limit=50)
    _add(sample_book, "x2", "2024-05-02", [{"name": "Nguyễn Ngọc Ánh"}])
    assert names(sample_book, "nguyen ng", limit=50) == ["Nguyễn Ngọc Ánh"]


def test_most_frequent_first_then_by_name(sample_book: store.db.Store) -> None:
    found = names(sample_book, "nguyen", limit=20)
    # Khang is in three meetings, the others in one each: those as a Vietnamese list of people
    # goes, by given name first (store.collation), then middle names.
    assert found == [
        "Nguyễn Đình Khang",
        "Nguyễn Quang Dương",
        "Nguyễn Long Hải",
        "Nguyễn Tất Hoài Hiệp",
        "Nguyễn Đình Hùng",
        "Nguyễn Xuân Hùng",
    ]
    with sample_book.session() as session:
        people = {p.name: p for p in suggest_people("nguyen", session=session, limit=20)}
    assert people["Nguyễn Đình Khang"].meetings == 3
    assert people["Nguyễn Long Hải"].meetings == 1
    assert names(sample_book, "nguyen", limit=2) == found[:2]


def test_hai_offers_hai_with_any_marks_and_hai_with_marks_only_those(
    sample_book: store.db.Store,
) -> None:
    _add(sample_book, "x3", "2024-06-01", [{"name": "Lê Văn Hai"}, {"name": "Phạm Hài"}])
    found = names(sample_book, "hai", limit=20)
    assert {"Nguyễn Long Hải", "Trần Thanh Hải", "Lê Văn Hai", "Phạm Hài"} <= set(found)
    assert "Ngọ Duy Hiểu" not in found
    # Typed with marks, the marks are meant (issue 14): Hải, not Hai or Hài.
    marked = names(sample_book, "hải", limit=20)
    assert {"Nguyễn Long Hải", "Trần Thanh Hải"} <= set(marked)
    assert not {"Lê Văn Hai", "Phạm Hài"} & set(marked)


def test_wildcards_are_typed_text_not_patterns(sample_book: store.db.Store) -> None:
    assert names(sample_book, "%") == []
    assert names(sample_book, "k_ang") == []


def test_a_suggestion_carries_the_last_title(sample_book: store.db.Store) -> None:
    with sample_book.session() as session:
        (khang,) = suggest_people("khang", session=session)
        listed = {p.name: p for p in list_people(session=session)}["Nguyễn Đình Khang"]
    assert khang == listed  # the same summary the people list shows


def test_last_title_is_the_most_recent_one(sample_book: store.db.Store) -> None:
    with sample_book.session() as session:
        title = last_title("Nguyễn Đình Khang", session=session)
        assert title is not None and title.startswith("Ủy viên Ban Chấp hành Trung ương Đảng")
        assert last_title("nguyễn  đình khang", session=session) == title  # case, spacing aside
        assert last_title("Nguyen Dinh Khang", session=session) is None  # another person
        assert last_title("Trần Thị Mới", session=session) is None
    # A later meeting without a title keeps the last title known; a later title replaces it.
    _add(sample_book, "x4", "2025-01-01", [{"name": "Nguyễn Đình Khang"}])
    with sample_book.session() as session:
        assert last_title("Nguyễn Đình Khang", session=session) == title
    _add(
        sample_book, "x5", "2025-02-01", [{"name": "Nguyễn Đình Khang", "title": "Nguyên Chủ tịch"}]
    )
    with sample_book.session() as session:
        assert last_title("Nguyễn Đình Khang", session=session) == "Nguyên Chủ tịch"


def test_a_person_named_with_marks_is_found_only_with_those_marks(
    sample_book: store.db.Store,
) -> None:
    from store.people import find_person

    with sample_book.session() as session:
        assert find_person("long hai", session=session) == find_person("Long Hải", session=session)
        with pytest.raises(store.NotFound):
            find_person("Long Hài", session=session)


def test_a_given_name_typed_comes_before_the_same_word_as_a_middle_name(
    book: store.db.Store,
) -> None:
    """`hoai`: Bùi Thị Minh Hoài (her given name) before Nguyễn Tất Hoài Hiệp (his middle
    name), even when he is in more meetings; each typed word still has to start a word."""
    hiep = {"name": "Nguyễn Tất Hoài Hiệp", "role": "attendee"}
    _add(book, "a", "2024-01-05", [hiep])
    _add(book, "b", "2024-02-05", [hiep, {"name": "Bùi Thị Minh Hoài", "role": "chair"}])
    assert names(book, "hoai") == ["Bùi Thị Minh Hoài", "Nguyễn Tất Hoài Hiệp"]
    assert names(book, "hoai h") == ["Nguyễn Tất Hoài Hiệp"]
    assert names(book, "minh hoai") == ["Bùi Thị Minh Hoài"]
