"""The meeting's date as the press tells it: a weekday with the day set off after it.

"… diễn ra vào thứ Ba (8/4)" or "thứ Sáu, 11/4" under a later dateline names the day reported,
its year the dateline's; a weekday not set off ("lần thứ hai 5/7") is no date.
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
