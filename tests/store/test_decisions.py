"""store.decisions: the open decisions across the book, their order, the filter, marking done."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import store
import store.db
import store.repo
from store.decisions import open_decisions, set_decision_status

TODAY = date(2024, 6, 15)


def add(book: store.db.Store, title: str, day: str, *decisions: dict[str, Any]) -> int:
    record = store.validate_record({"title": title, "date": day, "decisions": list(decisions)})
    assert isinstance(record, store.MeetingRecord), record
    with book.session() as session:
        return store.repo.create_meeting(record, session=session)


@pytest.fixture
def agenda(book: store.db.Store) -> dict[str, int]:
    return {
        "old": add(
            book,
            "Họp tháng Một",
            "2024-01-10",
            {"text": "Nộp báo cáo quý", "responsible": "Nguyễn Văn Hải", "due": "2024-03-31"},
            {"text": "Đã xong từ lâu", "responsible": "Nguyễn Văn Hải", "status": "done"},
            {"text": "Không có hạn cũ", "responsible": "Ban Tuyên giáo"},
        ),
        "new": add(
            book,
            "Họp tháng Năm",
            "2024-05-20",
            {"text": "Tổng kết năm", "responsible": "Liên đoàn Lao động tỉnh", "due": "2024"},
            {"text": "Kiểm tra tháng Sáu", "responsible": "Ủy ban Kiểm tra", "due": "2024-06"},
            {"text": "Gửi công văn", "responsible": "Trần Thị Đào", "due": "2024-06-01"},
            {"text": "Không có hạn mới", "responsible": "Văn phòng"},
            {"text": "Bỏ việc này", "status": "dropped"},
        ),
    }


def texts(found: list[store.decisions.OpenDecision]) -> list[str]:
    return [d.text for d in found]


def test_only_open_ones_overdue_first_then_by_deadline_then_newest_meeting(
    book: store.db.Store, agenda: dict[str, int]
) -> None:
    with book.session() as session:
        found = open_decisions(session=session, today=TODAY)
    assert texts(found) == [
        "Nộp báo cáo quý",  # overdue since 31/03
        "Gửi công văn",  # overdue since 01/06
        "Kiểm tra tháng Sáu",  # due 06/2024: by 30/06, not yet overdue
        "Tổng kết năm",  # due 2024: by 31/12
        "Không có hạn mới",  # no due date: newest meeting first
        "Không có hạn cũ",
    ]
    assert [d.overdue for d in found] == [True, True, False, False, False, False]
    first = found[0]
    assert first.meeting_id == agenda["old"] and first.position == 0
    assert first.meeting_title == "Họp tháng Một"
    assert first.meeting_date == store.PartialDate(2024, 1, 10)
    assert first.due == store.PartialDate(2024, 3, 31)
    assert first.status == "open" and first.kind == "decision"


def test_a_month_or_year_due_is_overdue_only_after_its_last_day(
    book: store.db.Store, agenda: dict[str, int]
) -> None:
    with book.session() as session:
        on_last_day = open_decisions(session=session, today=date(2024, 6, 30))
        after = open_decisions(session=session, today=date(2024, 7, 1))
    assert not next(d for d in on_last_day if d.text == "Kiểm tra tháng Sáu").overdue
    assert next(d for d in after if d.text == "Kiểm tra tháng Sáu").overdue
    with book.session() as session:
        new_years_eve = open_decisions(session=session, today=date(2024, 12, 31))
        new_year = open_decisions(session=session, today=date(2025, 1, 1))
    assert [d.text for d in new_years_eve if d.overdue] == [
        "Nộp báo cáo quý", "Gửi công văn", "Kiểm tra tháng Sáu",
    ]  # fmt: skip
    assert [d.text for d in new_year if d.overdue] == [
        "Nộp báo cáo quý", "Gửi công văn", "Kiểm tra tháng Sáu", "Tổng kết năm",
    ]  # fmt: skip


def test_limit_keeps_the_order(book: store.db.Store, agenda: dict[str, int]) -> None:
    with book.session() as session:
        assert texts(open_decisions(session=session, today=TODAY, limit=1)) == ["Nộp báo cáo quý"]
        five = open_decisions(session=session, today=TODAY, limit=5)
    assert texts(five)[-1] == "Không có hạn mới"
    assert len(five) == 5


@pytest.mark.parametrize("typed", ["Nguyễn Văn Hải", "nguyen van hai", "NGUYEN hai", "ngu"])
def test_filter_by_responsible_with_or_without_diacritics(
    book: store.db.Store, agenda: dict[str, int], typed: str
) -> None:
    with book.session() as session:
        found = open_decisions(session=session, responsible=typed, today=TODAY)
    assert texts(found) == ["Nộp báo cáo quý"]


def test_filter_matches_whole_words_and_abbreviations(
    book: store.db.Store, agenda: dict[str, int]
) -> None:
    with book.session() as session:
        assert texts(open_decisions(session=session, responsible="dao", today=TODAY)) == [
            "Gửi công văn",  # Đào, not "đoàn" (which does not start with dao)
        ]
        assert texts(open_decisions(session=session, responsible="ldld", today=TODAY)) == [
            "Tổng kết năm"
        ]
        assert open_decisions(session=session, responsible="hải phòng", today=TODAY) == []


def test_marking_done_bumps_the_version_and_leaves_the_open_list(
    book: store.db.Store, agenda: dict[str, int]
) -> None:
    with book.session() as session:
        target = next(d for d in open_decisions(session=session) if d.text == "Gửi công văn")
        before = store.repo.get_record(agenda["new"], session=session).version
        assert target.meeting_version == before
        version = set_decision_status(
            target.meeting_id, target.position, "done", expected_version=before, session=session
        )
    assert version == before + 1
    with book.session() as session:
        record = store.repo.get_record(agenda["new"], session=session)
        remaining = texts(open_decisions(session=session))
    assert record.version == version
    assert record.decisions[2].status == "done"
    assert [d.status for d in record.decisions] == ["open", "open", "done", "open", "dropped"]
    assert "Gửi công văn" not in remaining
    assert len(remaining) == 5


def test_vietnamese_status_words_are_accepted_and_bad_ones_refused(
    book: store.db.Store, agenda: dict[str, int]
) -> None:
    with book.session() as session:
        set_decision_status(agenda["old"], 2, "hoàn thành", expected_version=None, session=session)
        assert store.repo.get_record(agenda["old"], session=session).decisions[2].status == "done"
        with pytest.raises(store.InvalidRecord):
            set_decision_status(agenda["old"], 0, "maybe", expected_version=None, session=session)
        with pytest.raises(store.NotFound):
            set_decision_status(agenda["old"], 9, "done", expected_version=None, session=session)


def test_a_stale_version_is_a_conflict_and_changes_nothing(
    book: store.db.Store, agenda: dict[str, int]
) -> None:
    with book.session() as session:
        stale = store.repo.get_record(agenda["old"], session=session).version
        set_decision_status(agenda["old"], 2, "done", expected_version=stale, session=session)
    with pytest.raises(store.VersionConflict), book.session() as session:
        set_decision_status(agenda["old"], 0, "done", expected_version=stale, session=session)
    with book.session() as session:
        record = store.repo.get_record(agenda["old"], session=session)
    assert record.decisions[0].status == "open"
    assert record.version == (stale or 0) + 1


def test_a_responsible_typed_with_marks_means_those_marks(
    book: store.db.Store, agenda: dict[str, int]
) -> None:
    with book.session() as session:
        def found(typed: str) -> list[str]:
            return texts(open_decisions(session=session, responsible=typed, today=TODAY))

        assert found("hai") == found("Hải") == ["Nộp báo cáo quý"]
        assert found("Hài") == []  # issue 14: Hải is not Hài
        assert found("LĐLĐ") == ["Tổng kết năm"]  # an abbreviation stands for other words
