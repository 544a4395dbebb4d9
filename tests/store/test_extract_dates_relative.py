"""The meeting's date when a report says it relative to the dateline, or bounds the year by a term.

"hôm qua", "sáng qua" and a deadline in the report; a dateline after the paper's name; a notice
dated after its meeting; "khóa IV (2023 - 2028)" without the word "nhiệm kỳ"; a date written with
dots and its full year ("HÀ NỘI, 20.5.2025 - …"), not a quantity ("5.600 lao động", "1.7"); a day
without a year in a report naming a school year ("năm học 2025 - 2026") falls inside it;
a date told after a day word against the dateline ("hôm 4/3", "sáng thứ Ba tuần trước (4/3)",
"chiều thứ Hai vừa qua (3/3)"), not a later date the report names; a dateline behind the
paper's name and its section ("BÁO X | Xã hội | 19/04/2024"); the part of day said apart from
the date, as a session ("phiên chiều"), a whole part given over ("trọn buổi sáng") or a weekday's
part ("vào sáng Chủ nhật"); "hôm qua" and "nay" after a dateline run into the lead.
"""

from __future__ import annotations

import pytest

from store.extract import extract_report


@pytest.mark.parametrize(
    ("text", "date", "part"),
    [
        (
            "Thứ Năm, 13/03/2025 - 07:10\n\nChiều hôm qua, Ban Thường vụ LĐLĐ tỉnh họp phiên "
            "thường kỳ. Đồng chí X đề nghị hoàn thành trước ngày 25/3/2025.",
            "2025-03-12",
            "afternoon",
        ),
        ("01/03/2025 06:30\n\nSáng qua, Thường trực Tỉnh ủy họp.", "2025-02-28", "morning"),
        ("15/01/2025 05:45\n\nHôm qua, LĐLĐ tỉnh tổ chức hội nghị.", "2025-01-14", None),
        ("24/02/2025 16:05\n\nSáng nay, LĐLĐ tỉnh tổ chức hội nghị.", "2025-02-24", "morning"),
    ],
)
def test_today_and_yesterday_count_from_the_dateline(
    text: str, date: str, part: str | None
) -> None:
    draft = extract_report(text)
    assert draft.record["date"] == date
    assert draft.record.get("part_of_day") == part
    assert "date-from-dateline" in draft.flags


def test_a_deadline_or_an_effective_date_is_not_the_meeting_date() -> None:
    text = (
        "Sáng 6/3/2025, Sở Nội vụ tổ chức hội nghị. Luật có hiệu lực từ ngày 1/7/2025; "
        "giao Sở báo cáo trước ngày 30/4/2025."
    )
    assert extract_report(text).record["date"] == "2025-03-06"
    assert extract_report("Chiều hôm qua, Ban Thường vụ họp; báo cáo trước ngày 25/3/2025.").flags


def test_a_dateline_after_the_papers_name_gives_the_year() -> None:
    draft = extract_report("Báo Quảng Ninh - 31/03/2025 06:00\n\nChiều 28/3, LĐLĐ tỉnh họp.")
    assert draft.record["date"] == "2025-03-28"
    assert "date-year-from-dateline" in draft.flags
    draft = extract_report("Cập nhật lúc 10:05, 20/02/2025\n\nChiều 15/2, Công ty tổ chức họp.")
    assert draft.record["date"] == "2025-02-15"


@pytest.mark.parametrize(
    "dateline",
    [
        "Thứ sáu, 19/04/2024 08:15 (GMT+07:00)",
        "Ngày đăng: 19/04/2024 | Lượt xem: 1.234",
        "HÀ NỘI, 19/04/2024",
        "Cập nhật: 08:15 ngày 19/04/2024",
        "Ngày cập nhật 19/04/2024",
        "Thứ Sáu, 19/04/2024, 06:00 [GMT+7]",
        "HÀ NỘI, 19.4.2024",
        "TẠP CHÍ LAO ĐỘNG | Xã hội | 19/04/2024",
        "Cổng TTĐT tỉnh | Tin tức - Sự kiện | Thứ Sáu, 19/04/2024",
    ],
)
def test_datelines_as_pages_write_them(dateline: str) -> None:
    draft = extract_report(f"{dateline}\n\nChiều 18/4, LĐLĐ tỉnh tổ chức hội nghị.")
    assert draft.record["date"] == "2024-04-18"
    assert "date-year-from-dateline" in draft.flags


def test_a_congress_numbered_with_its_years_bounds_a_missing_year() -> None:
    draft = extract_report(
        "Sáng 18/4, Công đoàn tỉnh tổ chức Đại hội lần thứ XVII (2031 - 2036) tại Vinh."
    )
    assert draft.record["date"] == "2031-04-18" and "date-year-missing" in draft.flags


def test_a_notice_dated_after_its_meeting_gives_the_meetings_date() -> None:
    text = (
        "Ngày 24/2/2025, Văn phòng Huyện ủy ban hành Thông báo số 215-TB/HU kết luận của Ban "
        "Thường vụ Huyện ủy tại phiên họp ngày 20/2/2025."
    )
    assert extract_report(text).record["date"] == "2025-02-20"


@pytest.mark.parametrize(
    ("term", "first", "last"),
    [
        ("Ban Chấp hành Công đoàn Viên chức tỉnh khóa IV (2023 - 2028)", 2023, 2028),
        ("Thành ủy khóa XVII (2020 - 2025)", 2020, 2025),
        ("Ban Chấp hành khóa XII, nhiệm kỳ 2020 - 2025", 2020, 2025),
    ],
)
def test_a_term_named_with_khoa_bounds_a_missing_year(term: str, first: int, last: int) -> None:
    draft = extract_report(f"Ngày 14/1, {term} tổ chức hội nghị lần thứ 5.")
    assert "date-year-missing" in draft.flags
    assert first <= int(draft.record["date"][:4]) <= last


def test_a_notice_signed_by_order_of_a_body_is_not_the_meeting() -> None:
    text = (
        "Ngày 12/6/2025, thừa lệnh Ban Thường vụ Huyện ủy, đồng chí Lê Văn Tâm, Chánh Văn "
        "phòng Huyện ủy ký ban hành Thông báo kết luận. Buổi làm việc diễn ra ngày 5/6/2025 tại "
        "Phòng họp Huyện ủy."
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2025-06-05"
    assert draft.record["location"].startswith("Phòng họp")


def test_a_day_just_past_takes_the_datelines_year() -> None:
    text = (
        "Thứ Hai, 10/03/2025\n\nPhóng viên trao đổi với Chủ tịch Công đoàn ngành. Hội nghị "
        "Ban Chấp hành Công đoàn ngành lần thứ 4, ngày 6/3 vừa qua đã thông qua kế hoạch năm."
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2025-03-06"
    assert "date-year-from-dateline" in draft.flags


@pytest.mark.parametrize(
    ("held", "part"),
    [("diễn ra từ 14 giờ", "afternoon"), ("diễn ra trong buổi sáng", "morning")],
)
def test_the_part_of_day_and_place_said_apart_from_the_date(held: str, part: str) -> None:
    text = (
        "20/03/2025 07:00\n\nHôm qua, Ban Thường vụ Công đoàn ngành họp phiên thường kỳ. "
        f"Phiên họp do đồng chí Trần Văn Nam chủ trì, {held} tại trụ sở cơ quan ở phường "
        "Tân An. Công nhân tan ca lúc 9 giờ tối."
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2025-03-19"
    assert draft.record["part_of_day"] == part
    assert draft.record["location"] == "trụ sở cơ quan ở phường Tân An"


def test_a_date_with_dots_and_its_full_year_opening_the_report() -> None:
    text = (
        "ĐÀ NẴNG, 14.8.2025 - Liên đoàn Lao động thành phố tổ chức hội nghị đối thoại với 5.600 "
        "công nhân, mức tăng lương 1.7 lần."
    )
    assert extract_report(text).record["date"] == "2025-08-14"
    assert "date-missing" in extract_report("Công ty có 5.600 lao động, lương tăng 1.7 lần.").flags


def test_a_meeting_over_two_days_is_dated_by_its_first_day_not_by_a_session() -> None:
    # The range states the whole meeting; a session's own day and part of day ("Chiều 12/11,
    # phiên thứ hai …") fall inside it and are not the meeting's.
    text = (
        "Trong hai ngày 12 và 13/11/2025, tại Nhà khách Tỉnh ủy, Công đoàn ngành Xây dựng tỉnh "
        "tổ chức hội nghị tập huấn cán bộ công đoàn. Hội nghị khai mạc lúc 8 giờ.\n\n"
        "Chiều 12/11, phiên thứ hai do đồng chí Lý Văn Cường điều hành."
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2025-11-12"
    assert draft.record.get("part_of_day") is None
    assert draft.record["location"] == "Nhà khách Tỉnh ủy"


@pytest.mark.parametrize(
    ("day", "date"),
    [("Chiều 14/3", "2026-03-14"), ("Sáng 28/10", "2025-10-28")],
)
def test_a_day_without_a_year_falls_in_the_school_year_the_report_names(
    day: str, date: str
) -> None:
    text = (
        f"{day}, Công đoàn ngành Giáo dục huyện tổ chức hội nghị sơ kết năm học 2025 - 2026, "
        "nhiệm kỳ 2023 - 2028. Năm 2025, toàn ngành kết nạp 300 đoàn viên."
    )
    draft = extract_report(text)
    assert draft.record["date"] == date
    assert "date-year-guessed" in draft.flags


@pytest.mark.parametrize(
    ("lead", "date", "part"),
    [
        (
            "Phiên họp thường kỳ của Ban Thường vụ LĐLĐ huyện diễn ra hôm 4/3 tại hội trường",
            "2025-03-04",
            None,
        ),
        (
            "Sáng thứ Ba tuần trước (4/3), Ban Thường vụ LĐLĐ huyện họp thường kỳ tại hội trường",
            "2025-03-04",
            "morning",
        ),
        (
            "Chiều thứ Hai vừa qua (3/3), Ban Thường vụ LĐLĐ huyện họp thường kỳ tại hội trường",
            "2025-03-03",
            "afternoon",
        ),
    ],
)
def test_a_date_after_a_day_word_against_the_dateline(
    lead: str, date: str, part: str | None
) -> None:
    text = (
        f"10/03/2025 08:15\n\n{lead}. Hội nghị thống nhất tổ chức trao quà cho con đoàn viên "
        "vào chiều 20/3 tại nhà văn hóa."
    )
    draft = extract_report(text)
    assert draft.record["date"] == date
    assert draft.record.get("part_of_day") == part


@pytest.mark.parametrize(
    ("told", "part"),
    [
        ("Cũng tại phiên chiều, hội nghị biểu quyết thông qua quy chế thi đua.", "afternoon"),
        ("Hội nghị đã dành trọn buổi sáng cho việc nghe công nhân kiến nghị.", "morning"),
        ("Công ty chọn tổ chức hội nghị vào sáng Chủ nhật để hai ca cùng dự.", "morning"),
        ("Công nhân ca 3 nghỉ từ sáng sớm; hội nghị bàn về ca đêm.", None),
    ],
)
def test_the_part_of_day_named_as_a_session_or_a_weekdays_part(told: str, part: str | None) -> None:
    # No part of day beside the date; a later sentence names the session, the whole part of
    # the day given over, or the part of a weekday.
    text = (
        "Ngày 21/2/2026, tại hội trường Công ty CP Cơ khí Đông Anh, Công đoàn cơ sở phối hợp "
        "với Giám đốc Công ty tổ chức hội nghị người lao động năm 2026. "
        "Ông Hà Minh Tuấn, Giám đốc Công ty chủ trì.\n\n" + told
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2026-02-21"
    assert draft.record.get("part_of_day") == part


@pytest.mark.parametrize(
    ("text", "date", "part"),
    [
        (
            "(Tin Công đoàn ngành) Thứ Hai, 03/03/2025 - Chiều hôm qua, Công ty Cấp nước "
            "tổ chức hội nghị người lao động tại hội trường Công ty.",
            "2025-03-02",
            "afternoon",
        ),
        (
            "Cần Thơ, ngày 01/01/2026 - Tối qua, LĐLĐ thành phố tổ chức gặp mặt đoàn viên.",
            "2025-12-31",
            "evening",
        ),
        (
            "Vĩnh Long, 05/06/2025 - Sáng nay, Công đoàn Viên chức tỉnh họp Ban Chấp hành.",
            "2025-06-05",
            "morning",
        ),
    ],
)
def test_a_day_told_against_a_dateline_run_into_the_lead(text: str, date: str, part: str) -> None:
    draft = extract_report(text)
    assert draft.record["date"] == date
    assert draft.record.get("part_of_day") == part
