"""The meeting's date as the press tells it: a weekday with the day set off after it.

"… diễn ra vào thứ Ba (8/4)" or "thứ Sáu, 11/4" under a later dateline names the day reported,
its year the dateline's; a dateline closed by the news agency's short name and a dash
("CẦN THƠ, ngày 9/5/2025 (TTXVN) -") is still the dateline; a month by its name ("Ngày 3
tháng Mười một") after "ngày" or a part of day.
"""

from __future__ import annotations

from store.extract import extract_report


def test_a_weekday_with_its_day_in_brackets_is_the_meeting_day() -> None:
    text = (
        "Báo Công đoàn Long An\n10/04/2025 08:15\n\n"
        "Công nhân Công ty TNHH Giày Đức Hòa được nhận thêm tiền xăng xe sau buổi đối thoại giữa "
        "Ban Giám đốc và Công đoàn cơ sở diễn ra vào thứ Ba (8/4), tại phòng họp của Công ty.\n"
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2025-04-08"
    assert "date-year-from-dateline" in draft.flags


def test_a_dateline_closed_by_the_agency_in_brackets_gives_the_year() -> None:
    text = (
        "CÀ MAU, ngày 9/5/2025 (TTXVN) -\n\n"
        "Chiều 7/5, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết công tác nữ công.\n"
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2025-05-07"
    assert "date-year-from-dateline" in draft.flags


def test_a_month_told_by_its_name_after_ngay() -> None:
    text = (
        "Ngày 3 tháng Mười một, Ban Chấp hành Công đoàn ngành Y tế tỉnh Hậu Giang họp phiên "
        "thường kỳ quý IV năm 2025 tại trụ sở Sở Y tế.\n"
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2025-11-03"
