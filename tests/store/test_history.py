"""Keeping the record, in the store: history, trash, the lifecycle, merges and `verify`."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import store
import store.db
from store.i18n import set_language
from store.lifecycle import LockedMeeting
from tests.helpers import SAMPLE, a_meeting


@pytest.fixture
def book(db: str) -> Any:
    opened = store.open_book(db)
    yield opened
    opened.close()


def edited(book: store.Book, meeting_id: int, **changes: Any) -> int:
    current = book.meeting(meeting_id)
    return book.save(
        meeting_id, current.model_copy(update=changes), expected_version=current.version
    )


def exported(book: store.Book, meeting_id: int) -> str:
    return json.dumps(book.meeting(meeting_id).to_json(), ensure_ascii=False)


def test_every_save_keeps_the_state_it_replaces(book: store.Book) -> None:
    meeting_id = book.add(a_meeting())
    edited(book, meeting_id, title="Hội nghị Ban Chấp hành lần thứ 5")
    edited(book, meeting_id, location="Hà Nội")
    versions = book.history(meeting_id)
    assert [(v.version, v.action) for v in versions] == [
        (1, "created"), (2, "edited"), (3, "edited"),
    ]  # fmt: skip
    assert versions[0].changes == ()
    assert [(c.field, c.before, c.after) for c in versions[1].changes] == [
        ("title", "Hội nghị Ban Chấp hành", "Hội nghị Ban Chấp hành lần thứ 5")
    ]
    assert [(c.field, c.after) for c in versions[2].changes] == [("location", "Hà Nội")]
    assert all(v.saved_by for v in versions)
    assert book.version(meeting_id, 1).title == "Hội nghị Ban Chấp hành"
    assert book.verify() == []


def test_reverting_makes_a_new_version_with_the_old_content(book: store.Book) -> None:
    meeting_id = book.add(a_meeting())
    edited(book, meeting_id, title="Sai tên")
    version = book.revert(meeting_id, 1, expected_version=2)
    assert version == 3
    assert book.meeting(meeting_id).title == "Hội nghị Ban Chấp hành"
    assert [v.action for v in book.history(meeting_id)] == ["created", "edited", "reverted"]
    assert book.verify() == []


def test_the_notes_the_store_writes_are_said_in_the_interface_language(book: store.Book) -> None:
    decided = {"text": "Triển khai quy chế", "kind": "conclusion"}
    meeting_id = book.add(a_meeting(decisions=[decided]))
    edited(book, meeting_id, title="Sai tên")
    book.revert(meeting_id, 1, expected_version=2)
    book.set_decision_status(meeting_id, 0, "done", expected_version=3)
    edited(book, meeting_id, title="Tên mới")
    versions = book.history(meeting_id)
    # Stored as written, in English: the data does not change with the language.
    assert [v.note for v in versions[2:4]] == ["to version 1", "decision 1: done"]
    said = [store.note_said(v) for v in versions]
    assert said == ["", "", "to version 1", "decision 1: done", ""]
    set_language("vi")
    try:
        said = [store.note_said(v) for v in versions[2:4]]
    finally:
        set_language("en")
    assert said == ["về phiên bản 1", "quyết định thứ 1: đã hoàn thành"]


def test_reverting_to_what_it_is_already_saves_nothing(book: store.Book) -> None:
    # A newcomer's `revert 6 4`, 4 being the current version, saved a version 5 of no change.
    meeting_id = book.add(a_meeting())
    edited(book, meeting_id, title="Sai tên")
    edited(book, meeting_id, title="Hội nghị Ban Chấp hành")  # back as it was at 1, by hand
    assert book.revert(meeting_id, 3, expected_version=3) is None  # the current version
    assert book.revert(meeting_id, 1, expected_version=3) is None  # the same content
    assert [v.action for v in book.history(meeting_id)] == ["created", "edited", "edited"]
    assert book.meeting(meeting_id).version == 3
    assert book.revert(meeting_id, 2, expected_version=3) == 4
    assert book.verify() == []

def test_people_changes_in_a_meeting_are_field_by_field(book: store.Book) -> None:
    meeting_id = book.add(a_meeting())
    current = book.meeting(meeting_id)
    people = [*current.participants, store.Participant(name="Trần Văn Lý", role="attendee",
                                                       title="Ủy viên")]  # fmt: skip
    book.save(meeting_id, current.model_copy(update={"participants": people}), expected_version=1)
    change = book.history(meeting_id)[-1].changes
    assert [(c.field, c.after.splitlines()[-1]) for c in change] == [
        ("participants", "Trần Văn Lý (attendee) — Ủy viên")
    ]


def test_delete_goes_to_the_trash_and_comes_back_the_same(book: store.Book) -> None:
    book.import_files([str(SAMPLE)])
    before = exported(book, 3)
    book.delete(3)
    assert 3 not in book.search("", limit=None).ids
    assert [entry.meeting_id for entry in book.trash()] == [3]
    assert book.trashed(3).to_json() == json.loads(before)
    with pytest.raises(store.StoreError, match="in the trash"):
        book.history(3)
    book.restore(3)
    assert exported(book, 3) == before
    assert book.trash() == []
    assert [v.action for v in book.history(3)][-2:] == ["deleted", "undeleted"]
    assert book.verify() == []


def test_restoring_what_is_not_in_the_trash_is_one_clear_error(book: store.Book) -> None:
    meeting_id = book.add(a_meeting())
    with pytest.raises(store.StoreError, match="is in the book, not in the trash"):
        book.restore(meeting_id)
    with pytest.raises(store.NotFound, match="not in the trash"):
        book.restore(999)


def test_a_restore_meets_a_uid_taken_meanwhile(book: store.Book) -> None:
    meeting_id = book.add(a_meeting(uid="m-1"))
    book.delete(meeting_id)
    book.add(a_meeting(uid="m-1", title="Cuộc họp khác"))
    with pytest.raises(store.StoreError, match="uid 'm-1' is already in the book"):
        book.restore(meeting_id)
    assert [entry.meeting_id for entry in book.trash()] == [meeting_id]  # nothing changed


def test_emptying_the_trash_purges_only_what_is_old_enough(book: store.Book) -> None:
    first, second = book.add(a_meeting(title="Một")), book.add(a_meeting(title="Hai"))
    book.delete(first)
    book.delete(second)
    assert book.empty_trash(older_than=timedelta(days=30)) == []
    assert sorted(book.empty_trash()) == [first, second]
    assert book.trash() == []
    assert book.verify() == []
    with pytest.raises(store.NotFound):
        book.restore(first)


def test_a_rename_and_a_merge_are_in_each_meetings_history(book: store.Book) -> None:
    book.import_files([str(SAMPLE)])
    khang = book.find_person("Nguyễn Đình Khang")
    book.rename_person(khang, "NGUYỄN ĐÌNH KHANG")
    renamed = [m for m in book.search("", limit=None).ids
               if book.history(m)[-1].action == "renamed"]  # fmt: skip
    assert len(renamed) == 3
    assert book.verify() == []


def test_the_lifecycle_holds_in_the_store(book: store.Book) -> None:
    meeting_id = book.add(a_meeting(status="draft"))
    approval = {"status": "approved", "approved_on": store.parse_partial_date("20/3/2024"),
                "approved_by": "Hội nghị BCH ngày 20/3/2024"}  # fmt: skip
    with pytest.raises(store.StoreError, match="is a draft: check it and mark it final"):
        edited(book, meeting_id, **approval)
    edited(book, meeting_id, status="final")
    edited(book, meeting_id, **approval)
    edited(book, meeting_id, status="locked")
    with pytest.raises(LockedMeeting, match=r"is locked \(approved on 20/03/2024"):
        edited(book, meeting_id, title="Sửa lén")
    with pytest.raises(LockedMeeting):
        book.delete(meeting_id)
    current = book.meeting(meeting_id)
    with pytest.raises(store.UsageError, match="needs a reason"):
        book.amend_record(meeting_id, current, reason=" ", expected_version=current.version)
    fixed = current.model_copy(update={"title": "Hội nghị Ban Chấp hành (đính chính)"})
    book.amend_record(meeting_id, fixed, reason="Sai tên hội nghị", expected_version=4)
    last = book.history(meeting_id)[-1]
    assert (last.action, last.note, book.meeting(meeting_id).status) == (
        "amended", "Sai tên hội nghị", "locked",
    )  # fmt: skip
    assert [v.action for v in book.history(meeting_id)] == [
        "created", "edited", "approved", "locked", "amended",
    ]  # fmt: skip
    assert book.search("status:locked").ids == [meeting_id]


def test_two_saves_of_one_meeting_merge_field_by_field(book: store.Book) -> None:
    meeting_id = book.add(a_meeting())
    base = book.meeting(meeting_id)
    mine = base.model_copy(update={"title": "Tên của tôi", "location": "Hà Nội"})
    edited(book, meeting_id, title="Tên của họ", notes="Ghi chú của họ")
    with pytest.raises(store.VersionConflict):
        book.save(meeting_id, mine, expected_version=base.version)
    theirs, clashes = book.conflicts(meeting_id, base, mine)
    assert [(c.field, c.before, c.after) for c in clashes] == [
        ("title", "Tên của họ", "Tên của tôi")
    ]
    book.save_merged(meeting_id, base, mine, theirs, keep_mine=["title"])
    kept = book.meeting(meeting_id)
    # Mine where I chose it, mine where only I changed it, theirs where only they did.
    assert (kept.title, kept.location, kept.notes) == ("Tên của tôi", "Hà Nội", "Ghi chú của họ")
    assert kept.version == 3


def test_verify_names_a_meeting_changed_behind_the_programs_back(db: str) -> None:
    book = store.open_book(db)
    book.import_files([str(SAMPLE)])
    book.delete(5)
    assert book.verify() == []
    book.close()
    raw = store.db.open_store(db)
    with raw.engine.begin() as conn:
        conn.execute(text("UPDATE meeting SET title = 'Sửa lén' WHERE id = 2"))
        conn.execute(
            text("UPDATE decision SET status = 'done' WHERE meeting_id = 4 AND position = 0")
        )
        conn.execute(text("UPDATE trashed_meeting SET record = replace(record, 'Hà Nội', 'Huế')"))
    raw.close()
    book = store.open_book(db)
    problems = book.verify()
    assert problems == [
        "meeting #2: its record was changed outside the program",
        "meeting #4: its record was changed outside the program",
        "meeting #5: its record in the trash was changed outside the program",
    ]
    book.close()


def test_verify_names_a_history_row_changed_or_removed(db: str) -> None:
    book = store.open_book(db)
    meeting_id = book.add(a_meeting())
    edited(book, meeting_id, title="Lần hai")
    edited(book, meeting_id, title="Lần ba")
    book.close()
    raw = store.db.open_store(db)
    with raw.engine.begin() as conn:
        conn.execute(text("UPDATE meeting_history SET saved_by = 'ai đó' WHERE version = 2"))
    raw.close()
    book = store.open_book(db)
    assert book.verify() == [f"meeting #{meeting_id}: its history was changed outside the "
                             "program (version 2)"]  # fmt: skip
    book.close()


def test_a_copy_carries_the_history_and_the_trash(db: str, tmp_path: Path) -> None:
    source = store.open_book(db)
    source.import_files([str(SAMPLE)])
    edited(source, 1, title="Đã sửa")
    source.delete(2)
    target = store.open_book(str(tmp_path / "copy.db"), create=True)
    source.copy_to(target)
    assert [v.action for v in target.history(1)] == ["imported", "edited"]
    assert [entry.meeting_id for entry in target.trash()] == [2]
    assert target.verify() == []
    target.restore(2)
    assert target.verify() == []
    source.close()
    target.close()


@pytest.mark.sqlite_only
def test_a_book_from_before_history_is_recorded_when_upgraded(db_path: Path) -> None:
    old = store.db.open_store(str(db_path), upgrade=False, create=True)
    store.db.upgrade_schema(old, "0005")
    with old.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO meeting (uid, title, date_start, date_end, date_precision, date_inferred,"
            " created_at, updated_at, version, kind_key, location_key, status) VALUES ('m-old',"
            " 'Họp cũ', '2020-01-01', '2020-12-31', 'year', 0, '2020-01-01 00:00:00',"
            " '2020-01-01 00:00:00', 1, '', '', 'final')"
        ))  # fmt: skip
        conn.execute(text("INSERT INTO meeting_search (meeting_id, sort_key, body) VALUES "
                          "(1, 1, ' hop cu ')"))  # fmt: skip
    old.close()
    book = store.open_book(str(db_path))
    assert [v.action for v in book.history(1)] == ["recorded"]
    assert book.verify() == []
    book.close()


def test_history_says_who_saved_by_the_configured_name(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MINUTEBOOK_USER", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "config" / "minutebook").mkdir(parents=True)
    (tmp_path / "config" / "minutebook" / "minutebook.toml").write_text(
        'name = "Nguyễn Thị Lan"\n', encoding="utf-8"
    )
    book = store.open_book(db)
    meeting_id = book.add(a_meeting())
    monkeypatch.setenv("MINUTEBOOK_USER", "Trần Văn Lý")
    edited(book, meeting_id, title="Lần hai")
    assert [v.saved_by for v in book.history(meeting_id)] == ["Nguyễn Thị Lan", "Trần Văn Lý"]
    book.close()


def test_an_import_does_not_rewrite_locked_minutes(book: store.Book, tmp_path: Path) -> None:
    meeting_id = book.add(a_meeting(uid="m-lock"))
    approval = {"status": "approved", "approved_on": store.parse_partial_date("20/3/2024")}
    edited(book, meeting_id, **approval, approved_by="Hội nghị BCH")
    edited(book, meeting_id, status="locked")
    before = book.meeting(meeting_id).to_json()
    unapproved = {"status": "final", "approved_on": None, "approved_by": None}
    changed = dict(before, title="Sửa qua tệp", **unapproved, version=None)
    source = tmp_path / "m.json"
    source.write_text(json.dumps([changed], ensure_ascii=False), encoding="utf-8")
    with pytest.raises(store.InvalidRecord) as caught:
        book.import_files([str(source)], on_conflict="update")
    assert "is locked: an import does not change it" in str(caught.value.problems[0])
    assert book.meeting(meeting_id).to_json() == before


def test_a_trip_to_the_trash_changes_nothing_in_the_history(book: store.Book) -> None:
    meeting_id = book.add(a_meeting())
    edited(book, meeting_id, notes="Ghi chú thêm")
    book.delete(meeting_id)
    book.restore(meeting_id)
    versions = book.history(meeting_id)
    assert [(v.action, [c.field for c in v.changes]) for v in versions] == [
        ("created", []), ("edited", ["notes"]), ("deleted", []), ("undeleted", []),
    ]  # fmt: skip
    assert book.verify() == []


def test_a_save_after_a_change_behind_the_programs_back_keeps_both(db: str) -> None:
    book = store.open_book(db)
    meeting_id = book.add(a_meeting())
    book.close()
    raw = store.db.open_store(db)
    with raw.engine.begin() as conn:
        conn.execute(text(f"UPDATE meeting SET title = 'Sửa lén' WHERE id = {meeting_id}"))
    raw.close()
    book = store.open_book(db)
    edited(book, meeting_id, notes="Ghi chú")
    versions = book.history(meeting_id)
    assert [v.action for v in versions] == ["created", "changed outside", "edited"]
    assert [(c.field, c.after) for c in versions[-1].changes] == [("notes", "Ghi chú")]
    assert [p.split(" (")[0] for p in book.verify()] == [
        f"meeting #{meeting_id}: its record was changed outside the program before version 1"
    ]
    book.close()
