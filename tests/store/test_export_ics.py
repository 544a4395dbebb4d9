"""`export --format ics`: a search as a calendar, read back with the `icalendar` parser.

The real CLI on a real SQLite book: the samples, plus meetings added with `add` where a test needs
hours, a secretary or an absentee. Every check is made on what `icalendar` parses from the file.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

import store
import store.db
import store.repo
from store.documents.calendar import person_address
from tests.helpers import ok, one_error

DAY_DATED = {
    "seed-000-ky-ket-quy-che-dukdn-tld-2022": date(2022, 5, 30),
    "seed-002-ky-ket-quy-che-ldld-nghe-an-2022": date(2022, 1, 20),
    "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024": date(2024, 3, 15),
}
SEED_004 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"


def events(path: Path) -> dict[str, Any]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def attendees(event: Any) -> dict[str, Any]:
    """CN -> the ATTENDEE address (with its parameters)."""
    found = event.get("ATTENDEE", [])
    found = found if isinstance(found, list) else [found]
    return {str(address.params["CN"]): address for address in found}


def records_by_uid(book: store.db.Store) -> dict[str, store.MeetingRecord]:
    with book.session() as session:
        return {record.uid or "": record for record in store.repo.iter_records(session=session)}


@pytest.fixture
def exported(sample_book: store.db.Store, cli: Any, tmp_path: Path) -> tuple[Path, Any]:
    target = tmp_path / "book.ics"
    return target, ok(cli("export", "--format", "ics", "-o", str(target)))


def test_one_event_per_day_dated_meeting(exported: tuple[Path, Any]) -> None:
    target, result = exported
    found = events(target)
    assert set(found) == set(DAY_DATED)
    # The two meetings known only to the year are left out, and the command says so.
    assert "Wrote 3 meetings" in result.stderr
    assert "2 meetings dated only to the month or year left out" in result.stderr


def test_all_day_events_on_the_recorded_day(exported: tuple[Path, Any]) -> None:
    for uid, event in events(exported[0]).items():
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert not isinstance(start, datetime) and start == DAY_DATED[uid]
        assert end == DAY_DATED[uid] + timedelta(days=1)  # DTEND is exclusive: one day


def test_vietnamese_text_and_people_survive(
    exported: tuple[Path, Any], sample_book: store.db.Store
) -> None:
    records = records_by_uid(sample_book)
    for uid, event in events(exported[0]).items():
        record = records[uid]
        assert str(event["SUMMARY"]) == record.title
        assert str(event.get("LOCATION", "")) == (record.location or "")
        assert set(attendees(event)) == {p.name for p in record.participants}
        description = str(event.get("DESCRIPTION", ""))
        for decision in record.decisions:
            assert decision.text in description
    khang = events(exported[0])[SEED_004]
    assert str(khang["ORGANIZER"].params["CN"]) == "Nguyễn Đình Khang"  # the first chair
    assert attendees(khang)["Nguyễn Đình Khang"].params["ROLE"] == "CHAIR"
    description = str(khang["DESCRIPTION"])
    assert "đơn vị/người thực hiện: Các cấp công đoàn" in description
    assert "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam" in description


def test_a_person_has_one_address_in_every_event(exported: tuple[Path, Any]) -> None:
    found = events(exported[0])
    addresses = {
        str(attendees(event)["Nguyễn Đình Khang"])
        for event in found.values()
        if "Nguyễn Đình Khang" in attendees(event)
    }
    assert addresses == {person_address("Nguyễn Đình Khang")}
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", addresses.pop())
    assert person_address("NGUYỄN  ĐÌNH KHANG") == person_address("Nguyễn Đình Khang")
    assert person_address("Nguyễn Văn Hai") != person_address("Nguyễn Văn Hải")


def test_the_file_is_well_formed_and_the_same_each_time(
    exported: tuple[Path, Any], cli: Any, tmp_path: Path
) -> None:
    data = exported[0].read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded, as RFC 5545 asks
    assert b"\n" not in data.replace(b"\r\n", b"")
    again = tmp_path / "again.ics"
    ok(cli("export", "--format", "ics", "-o", str(again)))
    assert again.read_bytes() == data  # DTSTAMP is the record's updated_at, not the clock
    calendar = Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0"
    zone = calendar.walk("VTIMEZONE")[0]
    assert str(zone["TZID"]) == "Asia/Ho_Chi_Minh"
    assert zone.walk("STANDARD")[0].decoded("TZOFFSETTO") == timedelta(hours=7)


def test_recorded_hours_make_a_timed_event_in_vietnam_time(cli: Any, tmp_path: Path) -> None:
    ok(cli("add", "--title", "Họp Ban Thường vụ LĐLĐ tỉnh, quý II", "--date", "15/3/2024",
           "--start", "14:00", "--end", "16:30", "--place", "Vinh",
           "--chair", "Kha Văn Tám | Chủ tịch", "--secretary", "Nguyễn Thị Thu | Chánh Văn phòng",
           "--absent", "Chu Bá Long", "--uid", "timed"))  # fmt: skip
    ok(cli("add", "--title", "Giao ban", "--date", "16/3/2024", "--start", "8:00", "--uid", "open"))
    target = tmp_path / "timed.ics"
    ok(cli("export", "-f", "ics", "-q", "date:2024-03", "-o", str(target)))
    found = events(target)
    timed = found["timed"]
    start, end = timed.decoded("DTSTART"), timed.decoded("DTEND")
    assert (start.year, start.month, start.day, start.hour, start.minute) == (2024, 3, 15, 14, 0)
    assert start.utcoffset() == timedelta(hours=7)
    assert (end - start) == timedelta(hours=2, minutes=30)
    assert "TZID=Asia/Ho_Chi_Minh" in target.read_text(encoding="utf-8")
    people = attendees(timed)
    assert people["Chu Bá Long"].params["PARTSTAT"] == "DECLINED"
    assert people["Nguyễn Thị Thu"].params["PARTSTAT"] == "ACCEPTED"
    assert str(timed["ORGANIZER"].params["CN"]) == "Kha Văn Tám"
    # A start with no recorded end: no end is invented.
    assert found["open"].decoded("DTSTART").hour == 8 and "DTEND" not in found["open"]
    assert "ORGANIZER" not in found["open"]  # nobody chaired it


def test_a_query_of_month_or_year_dates_only_writes_nothing(
    sample_book: store.db.Store, cli: Any, tmp_path: Path
) -> None:
    target = tmp_path / "none.ics"
    line = one_error(cli("export", "-f", "ics", "-q", "doc:249/TB-VPCP", "-o", str(target)), 1)
    assert "none dated to the day" in line
    assert not target.exists()


def test_to_stdout_the_left_out_count_goes_to_stderr(sample_book: store.db.Store, cli: Any) -> None:
    result = ok(cli("export", "-f", "ics", "-q", "date:2022"))
    assert set(events_from_text(result.stdout)) == {
        "seed-000-ky-ket-quy-che-dukdn-tld-2022",
        "seed-002-ky-ket-quy-che-ldld-nghe-an-2022",
    }
    assert result.stderr.strip() == (
        "1 meeting dated only to the month or year left out of the calendar."
    )


def events_from_text(text: str) -> dict[str, Any]:
    calendar = Calendar.from_ical(text)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_an_empty_book_writes_no_calendar(cli: Any, tmp_path: Path) -> None:
    assert "empty" in one_error(cli("export", "-f", "ics", "-o", str(tmp_path / "x.ics")), 1)
    assert not (tmp_path / "x.ics").exists()


def test_a_draft_is_marked_and_approved_minutes_say_so(cli: Any, db: str, tmp_path: Path) -> None:
    for uid, day in (("draft", "15/3/2024"), ("approved", "16/3/2024"), ("kept", "17/3/2024")):
        ok(cli("add", "--title", f"Họp chi bộ ({uid})", "--date", day, "--uid", uid))
    ok(cli("edit", "draft", "--status", "draft"))
    ok(cli("edit", "approved", "--status", "approved", "--approved-on", "20/3/2024",
           "--approved-by", "Hội nghị BCH"))  # fmt: skip
    target = tmp_path / "marked.ics"
    ok(cli("export", "-f", "ics", "-o", str(target)))
    found = events(target)
    assert str(found["draft"]["SUMMARY"]) == "[DỰ THẢO] Họp chi bộ (draft)"
    assert str(found["approved"]["SUMMARY"]) == "Họp chi bộ (approved)"
    assert str(found["kept"]["SUMMARY"]) == "Họp chi bộ (kept)"
    assert str(found["approved"]["DESCRIPTION"]).splitlines()[0] == (
        "Biên bản đã được thông qua ngày 20 tháng 3 năm 2024 bởi Hội nghị BCH."
    )
    assert "DESCRIPTION" not in found["kept"] and "DESCRIPTION" not in found["draft"]
