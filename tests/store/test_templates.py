"""`template_from()`: a new meeting from an earlier one keeps what recurs and nothing else."""

from __future__ import annotations

from datetime import date

import store
import store.db
import store.repo
from store.templates import template_from


def stored(book: store.db.Store, uid: str) -> store.MeetingRecord:
    with book.session() as session:
        return store.repo.get_record(
            store.repo.resolve_meeting(uid, session=session), session=session
        )


def test_keeps_bodies_place_chairs_and_attendees_with_their_titles(
    sample_book: store.db.Store,
) -> None:
    earlier = stored(sample_book, "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022")
    template = template_from(earlier, today=date(2025, 1, 9))
    assert template.title == earlier.title
    assert template.kind == earlier.kind
    assert template.location == earlier.location
    assert template.organisers == earlier.organisers
    assert [(p.name, p.role, p.title) for p in template.participants] == [
        ("Bùi Thị Minh Hoài", "chair", "Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương"),
        (
            "Nguyễn Đình Khang",
            "chair",
            "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Đảng đoàn, Chủ tịch Tổng LĐLĐ Việt Nam",
        ),
        (
            "Phạm Tất Thắng",
            "attendee",
            "Ủy viên Ban Chấp hành Trung ương Đảng, Phó Trưởng Ban Thường trực",
        ),
        ("Trần Thanh Hải", "attendee", "Phó Chủ tịch Thường trực Tổng LĐLĐ Việt Nam"),
        # Spoke last time and held no other role: still a member, so listed as attending.
        ("Ngọ Duy Hiểu", "attendee", "Phó Chủ tịch Tổng LĐLĐ Việt Nam"),
    ]


def test_leaves_out_what_belongs_to_the_one_meeting(sample_book: store.db.Store) -> None:
    earlier = stored(sample_book, "seed-003-hoi-nghi-quy-che-chinh-phu-tld-tb249-2024")
    assert earlier.decisions and earlier.documents and earlier.notes and earlier.source
    template = template_from(earlier, today=date(2025, 1, 9))
    assert template.date == store.PartialDate(2025, 1, 9)
    assert template.date_inferred is False
    assert template.decisions == [] and template.documents == []
    assert template.notes is None and template.source is None
    assert template.uid is None and template.version is None
    assert template.created_at is None and template.updated_at is None


def test_keeps_times_and_part_of_day_and_saves_as_a_new_meeting(
    sample_book: store.db.Store,
) -> None:
    earlier = store.MeetingRecord(
        title="Giao ban quý",
        date="2024-03-15",
        part_of_day="chiều",
        start_time="14:00",
        end_time="16:30",
        location="Phòng họp tầng 2",
        participants=[
            {"name": "Lê Văn A", "role": "chair", "title": "Chủ tịch"},
            {"name": "Trần Thị B", "role": "absent", "title": "Ủy viên"},
            {"name": "Lê Văn A", "role": "speaker"},
        ],
    )
    template = template_from(earlier)
    assert template.date == store.PartialDate(*date.today().timetuple()[:3])
    assert (template.part_of_day, template.start_time, template.end_time) == (
        earlier.part_of_day,
        earlier.start_time,
        earlier.end_time,
    )
    assert [(p.name, p.role) for p in template.participants] == [
        ("Lê Văn A", "chair"),
        ("Trần Thị B", "attendee"),
    ]
    with sample_book.session() as session:
        old_id = store.repo.create_meeting(earlier, session=session)
        new_id = store.repo.create_meeting(template, session=session)
        assert new_id != old_id
        assert store.repo.get_record(new_id, session=session).title == "Giao ban quý"
