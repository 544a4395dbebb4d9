"""A book opened read-only (`open_book(db, read_only=...)`, as each read-only browser session of
`minutebook serve` opens it) refuses every kind of write in one line saying why, changes nothing,
and goes on reading; its connections refuse a write that went round the store."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import store
from store.db import open_store
from tests.helpers import SAMPLE

REASON = "this browser session is read-only (the server was not started with --allow-edit)"


@pytest.fixture
def prepared(db: str) -> str:
    """The sample book with something to undo in each place: a merge, a meeting in the trash."""
    with store.open_book(db) as book:
        book.import_files([str(SAMPLE)])
        first, second = (person.id for person in book.people()[:2])
        book.merge_people(first, second)
        book.delete(2)
    return db


@pytest.fixture
def read_only(prepared: str) -> Iterator[store.Book]:
    with store.open_book(prepared, read_only=REASON) as book:
        yield book


def state(book: store.Book) -> tuple[object, ...]:
    """Everything a write could change: each meeting with its version, history, trash, people."""
    ids = book.search("", limit=None, count=False).ids
    return (
        {meeting_id: book.meeting(meeting_id) for meeting_id in ids},
        {meeting_id: [v.version for v in book.history(meeting_id)] for meeting_id in ids},
        [entry.meeting_id for entry in book.trash()],
        [(person.id, person.name) for person in book.people()],
        book.last_merge(),
    )


def writes(book: store.Book) -> dict[str, Callable[[], object]]:
    """One attempt of every kind of write the faces can ask for."""
    record = book.meeting(1)
    version = record.version
    people = book.people()
    approve = store.MeetingChanges(status="approved", approved_on="20/3/2024",
                                   approved_by="Hội nghị BCH")  # fmt: skip
    return {
        "add": lambda: book.add(record),
        "save": lambda: book.save(1, record, expected_version=version),
        "edit": lambda: book.edit("1", store.MeetingChanges(title="Đổi tên")),
        "approve": lambda: book.edit("1", approve),
        "amend": lambda: book.amend_record(1, record, reason="sửa lỗi", expected_version=version),
        "revert": lambda: book.revert(1, 1, expected_version=version),
        "save merged": lambda: book.save_merged(1, record, record, record, keep_mine=()),
        "decision": lambda: book.set_decision_status(1, 1, "done", expected_version=version),
        "delete": lambda: book.delete(1),
        "restore": lambda: book.restore(2),
        "empty the trash": lambda: book.empty_trash(),
        "import files": lambda: book.import_files([str(SAMPLE)]),
        "import records": lambda: book.import_records([record]),
        "rename": lambda: book.rename_person(people[0].id, "Người Khác"),
        "merge": lambda: book.merge_people(people[0].id, people[1].id),
        "undo merge": lambda: book.undo_merge(),
        "upgrade": lambda: book.upgrade(),
    }


def test_every_kind_of_write_is_refused_saying_why(read_only: store.Book) -> None:
    assert read_only.read_only == REASON
    before = state(read_only)
    for what, attempt in writes(read_only).items():
        with pytest.raises(store.StoreError) as refused:
            attempt()
        assert str(refused.value) == f"the book can be read but not written: {REASON}", what
    assert state(read_only) == before


def test_reading_goes_on(read_only: store.Book) -> None:
    assert read_only.search("khang").ids == [5, 1]  # his third meeting is in the trash
    assert read_only.meeting(1).title
    assert [v.action for v in read_only.history(1)] == ["imported", "merged"]
    assert read_only.trashed(2).title
    assert {decision.meeting_id for decision in read_only.open_decisions()} == {1, 3, 4, 5}


def test_the_same_book_opened_for_writing_is_not_read_only(prepared: str) -> None:
    with store.open_book(prepared) as book:
        assert book.read_only is None
        assert book.rename_person(book.people()[0].id, "Người Khác")
    with (
        store.open_book(prepared, read_only=True) as book,
        pytest.raises(store.StoreError, match="it was opened read-only"),
    ):
        book.delete(1)


def test_a_write_round_the_store_is_refused_by_the_database(prepared: str) -> None:
    opened = open_store(prepared, read_only=REASON)
    try:
        with pytest.raises(DBAPIError), opened.engine.begin() as conn:
            conn.execute(text("DELETE FROM meeting"))
        with opened.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM meeting")).scalar_one() == 4
    finally:
        opened.close()
