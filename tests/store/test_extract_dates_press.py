"""The meeting's date as the press tells it: a weekday with the day set off after it.

"… diễn ra vào thứ Ba (8/4)" or "thứ Sáu, 11/4" under a later dateline names the day reported,
its year the dateline's; a dateline closed by the news agency's short name and a dash
("CẦN THƠ, ngày 9/5/2025 (TTXVN) -") is still the dateline; a month by its name ("Ngày 3
tháng Mười một") after "ngày" or a part of day; a lead behind the paper's short name and a dash
("KH - Chiều 4/6, …"), or behind the place it is filed from in capitals ("ĐẮK NÔNG - Ngày
3/10"), still opens with the meeting's day. A publication line holding more than its
day is still the dateline: a section or the author after it ("… 08:05 | Thời sự", "| Tác giả:
…", or both: "| Chuyên mục: … | …"), a bulletin's issue number and "phát hành" before it ("Số
04/2026 - phát hành ngày …"), brackets round it and a time before its weekday ("(Cập nhật lúc
09:10, Thứ Hai, 20/4/2026)"). A
day without a year weeks around a Tết the report names by its cycle name ("trước Tết Đinh Mùi")
takes that Tết's year, the year before it in November and December. A paragraph's sentences from
one that turns to another meeting ("Cũng trong tuần, sáng 12/3, Ban Thường vụ đã họp …") to its end
tell that meeting: their days are not the report's meeting's.
"""

from __future__ import annotations

import pytest

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


def test_a_lead_behind_the_papers_short_name_opens_with_the_meeting_day() -> None:
    text = (
        "Báo Khánh Hòa\n05/06/2025 06:00\n\n"
        "KH - Chiều 4/6, Ban Thường vụ Liên đoàn Lao động tỉnh làm việc với Công đoàn Khu kinh "
        "tế Vân Phong để rà soát các nội dung đã kết luận tại buổi làm việc ngày 10/1/2025.\n"
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2025-06-04"
    assert draft.record["part_of_day"] == "afternoon"


@pytest.mark.parametrize(
    "published",
    [
        "Thứ Hai, 20/4/2026 14:30 | Công đoàn",
        "Ngày đăng: 20/04/2026 | Tác giả: Thu Hà - Ban Tuyên giáo",
        "Số 04/2026 - phát hành ngày 20/4/2026",
        "Ngày đăng: 20/04/2026 | Chuyên mục: Hoạt động công đoàn | Công đoàn Dầu khí Việt Nam",
        "(Cập nhật lúc 09:10, Thứ Hai, 20/4/2026)",
    ],
)
def test_a_publication_line_with_more_than_its_day_gives_the_year(published: str) -> None:
    text = (
        f"{published}\n\n"
        "Chiều 17/4, Ban Chấp hành Công đoàn Công ty Cổ phần Gạch men Bình Minh họp phiên "
        "thường kỳ tại phòng họp tầng 3.\n"
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2026-04-17"
    assert "date-year-from-dateline" in draft.flags


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Chiều 28/1, Công đoàn Công ty May Hưng Hà trao 300 suất quà cho công nhân trước thềm "
            "Tết Đinh Mùi. Năm 2023, công ty từng phải giãn việc 200 lao động.",
            "2027-01-28",
        ),
        (
            "Sáng 20/12, Ban Thường vụ LĐLĐ huyện họp bàn việc chăm lo Tết Nguyên đán Ất Tỵ cho "
            "đoàn viên, như đã làm từ năm 2019.",
            "2024-12-20",
        ),
        (
            "Chiều 9/1, Ban Nữ công họp tổng kết; năm 2021 có 12 chị em được khen. Chương trình "
            "Xuân Bính Ngọ 2026 sẽ trao 80 suất quà.",
            "2026-01-09",
        ),
    ],
)
def test_a_day_without_its_year_takes_the_year_of_the_tet_named(text: str, day: str) -> None:
    draft = extract_report(text)
    assert draft.record["date"] == day
    assert "date-year-guessed" in draft.flags


def test_a_lead_behind_the_place_it_is_filed_from_opens_with_the_meeting_day() -> None:
    text = (
        "Công đoàn Đắk Nông sơ kết quý III\n\nTin hoạt động\n\n05/10/2025 08:00\n\n"
        "Nhiều chỉ tiêu vượt kế hoạch năm.\n\n"
        "ĐẮK NÔNG - Ngày 3/10, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết quý III. Hội nghị "
        "giao các công đoàn cơ sở báo cáo trước ngày 20/10/2025.\n"
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2025-10-03"


def test_a_day_told_in_the_account_of_another_meeting_is_not_the_meetings() -> None:
    text = (
        "HÀ NAM - Thứ Tư, 19/3/2025\n\nCông đoàn ngành Y tế chọn điểm nhấn Tháng Công nhân\n\n"
        "Đó là điều Ban Chấp hành Công đoàn ngành Y tế tỉnh thống nhất tại hội nghị diễn ra chiều "
        "thứ Sáu tuần trước (14/3) tại phòng họp Sở Y tế.\n\n"
        "Cũng trong tuần, sáng 12/3, Ban Thường vụ đã họp để chuẩn bị hội nghị. Sáng 18/3, Công "
        "đoàn ngành phối hợp với Sở Y tế tổ chức đối thoại với 60 điều dưỡng tại hội trường.\n"
    )
    draft = extract_report(text)
    assert draft.record["date"] == "2025-03-14"
    assert draft.record["part_of_day"] == "afternoon"
