"""Saving, loading, editing and deleting meetings; people and organisations shared by name."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from sqlalchemy import text

import store
import store.db
import store.db_check
import store.repo
import store.search
from store.people import find_person, list_people, merge_people, possible_duplicates, timeline


def record(**fields: Any) -> store.MeetingRecord:
    data: dict[str, Any] = {"title": "Hội nghị Ban Chấp hành", "date": "15/3/2024"} | fields
    result = store.validate_record(data)
    assert isinstance(result, store.MeetingRecord), result
    return result


_numbers = itertools.count(1)


def save(book: store.db.Store, **fields: Any) -> int:
    fields.setdefault("uid", f"t-{next(_numbers)}")
    with book.session() as session:
        return store.repo.create_meeting(record(**fields), session=session)


def people_names(book: store.db.Store) -> list[str]:
    with book.session() as session:
        return [p.name for p in list_people(session=session)]


def test_a_saved_meeting_loads_back_with_everything(book: store.db.Store) -> None:
    meeting_id = save(
        book,
        kind="hội nghị",
        part_of_day="Chiều",
        start_time="14h",
        end_time="16:30",
        location="Hà Nội",
        organisers=[{"name": "Tổng Liên đoàn Lao động Việt Nam", "short_forms": ["Tổng LĐLĐ"]}],
        participants=[
            {"name": "Nguyễn Đình Khang", "role": "chủ trì", "title": "Chủ tịch"},
            {"name": "Ngọ Duy Hiểu", "title": "Phó Chủ tịch"},
        ],
        decisions=[{"text": "Tăng thêm 1 triệu đoàn viên", "kind": "kết luận", "due": "2024"}],
        documents=[{"number": "02-NQ/TW", "date": "12/6/2021"}],
    )
    with book.session() as session:
        loaded = store.repo.get_record(meeting_id, session=session)
    assert loaded.part_of_day == "afternoon"
    assert (loaded.start_time.isoformat(), loaded.end_time.isoformat()) == ("14:00:00", "16:30:00")
    assert [(p.name, p.role, p.title) for p in loaded.participants] == [
        ("Nguyễn Đình Khang", "chair", "Chủ tịch"),
        ("Ngọ Duy Hiểu", "attendee", "Phó Chủ tịch"),
    ]
    assert loaded.decisions[0].kind == "conclusion" and loaded.decisions[0].due.iso() == "2024"
    assert loaded.documents[0].kind == "Nghị quyết"  # inferred from the symbol NQ
    assert loaded.documents[0].date.iso() == "2021-06-12"
    assert loaded.organisers[0].short_forms == ["Tổng LĐLĐ"]
    assert loaded.version == 1 and loaded.uid


def test_one_person_per_spelling_ignoring_case_and_spacing(book: store.db.Store) -> None:
    save(book, participants=[{"name": "Nguyễn Văn Hải"}])
    save(book, participants=[{"name": "nguyễn  văn HẢI"}])
    # Decomposed (NFD) input is the same letters after NFC.
    save(book, participants=[{"name": "Nguye\u0302\u0303n Va\u0306n Ha\u0309i"}])
    assert people_names(book) == ["Nguyễn Văn Hải"]


def test_names_differing_by_a_mark_stay_apart_and_are_listed_as_possible_twins(
    book: store.db.Store,
) -> None:
    save(book, participants=[{"name": "Nguyễn Văn Hải"}, {"name": "Nguyễn Văn Hài"}])
    save(book, participants=[{"name": "Nguyễn Văn Hai"}])
    assert len(people_names(book)) == 3
    with book.session() as session:
        groups = possible_duplicates(session=session)
    assert [sorted(p.name for p in group) for group in groups] == [
        ["Nguyễn Văn Hai", "Nguyễn Văn Hài", "Nguyễn Văn Hải"]
    ]


def test_merge_moves_meetings_and_keeps_one_row_per_role(book: store.db.Store) -> None:
    both = save(book, participants=[{"name": "Kha Văn Tám"}, {"name": "Kha Van Tam"}])
    save(book, participants=[{"name": "Kha Van Tam", "role": "chair"}])
    with book.session() as session:
        keep = find_person("Kha Văn Tám", session=session)
        other = find_person("Kha Van Tam", session=session)
        assert merge_people(keep, other, session=session) == 2
    with book.session() as session:
        assert [p.name for p in store.repo.get_record(both, session=session).participants] == [
            "Kha Văn Tám"
        ]
        assert {a.role for a in timeline(keep, session=session)} == {"attendee", "chair"}
        # The search words follow the merge: the old spelling's meetings now carry the kept name.
        hits = store.search.search(store.parse_query('chair:"kha van tam"'), session=session)
        assert len(hits.ids) == 1


def test_short_forms_accumulate_on_one_organisation(book: store.db.Store) -> None:
    save(
        book, organisers=[{"name": "Liên đoàn Lao động tỉnh Nghệ An", "short_forms": ["LĐLĐ tỉnh"]}]
    )
    save(book, organisers=[{"name": "Liên đoàn Lao động tỉnh Nghệ An", "short_forms": ["LĐLĐ NA"]}])
    with book.session() as session:
        conn = session.connection()
        assert conn.execute(text("SELECT count(*) FROM organisation")).scalar() == 1
        ids = store.search.search(store.parse_query("org:na"), session=session).ids
    assert len(ids) == 2


def test_update_checks_the_version_and_bumps_it(book: store.db.Store) -> None:
    meeting_id = save(book, participants=[{"name": "Ngọ Duy Hiểu"}])
    with book.session() as session:
        version = store.repo.update_meeting(
            meeting_id, record(title="Đã sửa"), expected_version=1, session=session
        )
    assert version == 2
    with pytest.raises(store.VersionConflict, match="changed elsewhere"), book.session() as session:
        store.repo.update_meeting(
            meeting_id, record(title="Cũ"), expected_version=1, session=session
        )
    with book.session() as session:
        loaded = store.repo.get_record(meeting_id, session=session)
        assert (loaded.title, loaded.version, loaded.participants) == ("Đã sửa", 2, [])


def test_delete_removes_the_meeting_and_its_search_words(book: store.db.Store) -> None:
    meeting_id = save(book, title="Giao ban quý ba", participants=[{"name": "Thái Thu Xương"}])
    keep_id = save(book, title="Giao ban quý tư")
    with book.session() as session:
        removed = store.repo.delete_meeting(meeting_id, session=session)
    assert removed.title == "Giao ban quý ba"
    with book.session() as session:
        assert store.search.search(store.parse_query("giao ban"), session=session).ids == [keep_id]
        assert store.search.search(store.parse_query("xuong"), session=session).ids == []
        counts = session.connection().execute(
            text(
                "SELECT (SELECT count(*) FROM participation), (SELECT count(*) FROM meeting_search)"
            )
        )
        assert tuple(counts.one()) == (0, 1)
    report = store.db_check.check(book)
    assert report.ok, report.problems


def test_missing_meeting_is_a_clear_error(book: store.db.Store) -> None:
    with pytest.raises(store.NotFound, match="no meeting"), book.session() as session:
        store.repo.resolve_meeting("42", session=session)


def test_the_same_meeting_typed_twice_is_noticed(book: store.db.Store) -> None:
    save(book, uid=None, location="Hà Nội")
    with pytest.raises(store.StoreError, match="same date, title and place"):
        save(book, uid=None, location="Ha Noi ")  # the same place, spelled loosely
    save(book, uid=None, location="Vinh")  # elsewhere: another meeting


def test_a_deleted_meetings_number_is_not_given_again(book: store.db.Store) -> None:
    first = save(book)
    with book.session() as session:
        store.repo.delete_meeting(first, session=session)
    assert save(book) == first + 1


def test_a_rename_bumps_the_version_of_the_meetings_it_touches(book: store.db.Store) -> None:
    from store.people import rename_person

    meeting_id = save(book, participants=[{"name": "Kha Van Tam"}])
    with book.session() as session:
        assert rename_person(
            find_person("Kha Van Tam", session=session), "Kha Văn Tám", session=session
        )
    with book.session() as session:
        assert store.repo.get_record(meeting_id, session=session).version == 2
        with pytest.raises(store.VersionConflict):
            store.repo.update_meeting(meeting_id, record(), expected_version=1, session=session)


def test_a_name_with_a_title_stuck_to_it_is_refused() -> None:
    result = store.validate_record(
        {"title": "Họp", "date": "2024", "participants": [{"name": "Trần Thị Lan (Chủ tịch"}]}
    )
    assert isinstance(result, list) and result[0].field == "participants[1].name"
