"""Undoing a merge of two people, in the store, on both backends: exactly what was, back; the
meetings' history says so; refused, changing nothing, when a meeting changed since."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import store
from store.i18n import CATALOGS
from tests.helpers import a_meeting

HAI, HAI_PLAIN = "Nguyễn Văn Hải", "Nguyen Van Hai"


@pytest.fixture
def book(db: str) -> Iterator[store.Book]:
    opened = store.open_book(db)
    yield opened
    opened.close()


def person(name: str, role: str = "attendee", title: str | None = None) -> dict[str, Any]:
    return {"name": name, "role": role, "title": title}


def add(book: store.Book, title: str, day: str, *people: dict[str, Any]) -> int:
    return book.add(a_meeting(title=title, date=day, participants=list(people)))


def content(record: store.MeetingRecord) -> dict[str, Any]:
    data = record.to_json()
    for bookkeeping in ("version", "updated_at"):
        data.pop(bookkeeping, None)
    return data


@pytest.fixture
def merged(book: store.Book) -> dict[str, Any]:
    """Two spellings of one man, and a third person: one meeting only the duplicate's, one where
    both sat in the same role (the duplicate's title the only one known) and one more role."""
    only = add(book, "Họp tổ nữ công", "2024-05-06", person(HAI_PLAIN, title="Tổ viên"),
               person("Lê Thị Mai"))  # fmt: skip
    both = add(book, "Họp tổ Công đoàn", "2024-04-02", person("Lê Thị Mai", "chair"),
               person(HAI), person(HAI_PLAIN, title="Tổ trưởng"),
               person(HAI_PLAIN, "speaker"))  # fmt: skip
    keep, other = book.find_person(HAI), book.find_person(HAI_PLAIN)
    before = {mid: book.meeting(mid) for mid in (only, both)}
    assert book.merge_people(keep, other) == 2
    assert [p.name for p in book.people("van hai")] == [HAI]
    return {"only": only, "both": both, "keep": keep, "other": other, "before": before}


def test_undo_brings_back_the_person_and_every_meeting_exactly(
    book: store.Book, merged: dict[str, Any]
) -> None:
    last = book.last_merge()
    assert last is not None and (last.kept_name, last.removed_name) == (HAI, HAI_PLAIN)
    undone = book.undo_merge()
    assert (undone.removed_id, undone.removed_name, undone.meetings) == (
        merged["other"], HAI_PLAIN, 2,
    )  # fmt: skip
    assert book.find_person(HAI_PLAIN) == merged["other"]  # under their own number
    for meeting_id, before in merged["before"].items():
        now = book.meeting(meeting_id)
        assert content(now) == content(before)
        assert now.version == (before.version or 0) + 2  # the merge's, then the undo's
        actions = [(v.action, v.note) for v in book.history(meeting_id)[-2:]]
        assert actions == [("merged", f"{HAI_PLAIN} → {HAI}"),
                           ("merge undone", f"{HAI_PLAIN} ← {HAI}")]  # fmt: skip
    assert {a.meeting_id for a in book.timeline(merged["other"])} == {
        merged["only"], merged["both"],
    }  # fmt: skip
    assert book.search(f'person:"{HAI_PLAIN}"').ids  # findable again by the old spelling
    assert book.verify() == []
    assert book.last_merge() is None
    with pytest.raises(store.NotFound, match="no merge to undo"):
        book.undo_merge()
    # And it can be merged again, and undone again.
    book.merge_people(merged["keep"], merged["other"])
    assert book.undo_merge(HAI_PLAIN).removed_id == merged["other"]


def test_an_undo_is_refused_after_a_later_change_and_changes_nothing(
    book: store.Book, merged: dict[str, Any]
) -> None:
    both = book.meeting(merged["both"])
    book.save(merged["both"], both.model_copy(update={"title": "Đã sửa"}),
              expected_version=both.version)  # fmt: skip
    with pytest.raises(store.StoreError, match=rf"meeting #{merged['both']} has changed since"):
        book.undo_merge()
    assert [p.name for p in book.people("van hai")] == [HAI]
    assert book.meeting(merged["both"]).title == "Đã sửa"
    assert book.last_merge() is not None  # still there, to undo once the change is undone
    # The change undone (the meeting reverted to the merge's version, saved anew): it can be.
    after_merge = book.history(merged["both"])[-2].version
    book.revert(merged["both"], after_merge, expected_version=both.version + 1)
    assert book.undo_merge().removed_name == HAI_PLAIN
    assert content(book.meeting(merged["both"])) == content(merged["before"][merged["both"]])
    assert book.verify() == []


def test_the_person_comes_back_under_a_new_number_if_theirs_was_given_away(
    book: store.Book, merged: dict[str, Any]
) -> None:
    # SQLite gives a free highest number again (the person table keeps no AUTOINCREMENT).
    add(book, "Họp khác", "2024-08-01", person("Trần Văn Bình"))
    undone = book.undo_merge()
    assert book.find_person(HAI_PLAIN) == undone.removed_id
    assert {a.meeting_id for a in book.timeline(undone.removed_id)} == {
        merged["only"], merged["both"],
    }  # fmt: skip
    assert book.find_person("Trần Văn Bình") != undone.removed_id


def test_an_undo_is_refused_for_a_trashed_meeting_or_a_name_taken_again(
    book: store.Book, merged: dict[str, Any]
) -> None:
    book.delete(merged["only"])
    with pytest.raises(store.StoreError, match=rf"#{merged['only']} is in the trash"):
        book.undo_merge()
    book.restore(merged["only"])
    add(book, "Họp mới", "2024-07-01", person(HAI_PLAIN))  # the name is a person again
    with pytest.raises(store.StoreError, match="is in the directory again"):
        book.undo_merge()
    with pytest.raises(store.NotFound, match="no merge of 'Ai Đó' to undo"):
        book.undo_merge("Ai Đó")


def test_a_later_merge_undone_first_lets_the_earlier_be_undone(book: store.Book) -> None:
    hai_grave = "Nguyễn Văn Hài"
    meeting = add(book, "Họp", "2024-04-02", person(HAI), person(HAI_PLAIN), person(hai_grave))
    before = book.meeting(meeting)
    keep = book.find_person(HAI)
    book.merge_people(keep, book.find_person(HAI_PLAIN))
    book.merge_people(keep, book.find_person(hai_grave))
    with pytest.raises(store.StoreError, match="has changed since"):
        book.undo_merge(HAI_PLAIN)  # the later merge changed the meeting again
    assert book.undo_merge().removed_name == hai_grave
    assert book.undo_merge().removed_name == HAI_PLAIN
    assert content(book.meeting(meeting)) == content(before)
    assert book.verify() == []


def test_the_words_of_an_undo_are_in_vietnamese() -> None:
    assert "merge undone" in CATALOGS["vi"]  # said as `_(action)` in the history
