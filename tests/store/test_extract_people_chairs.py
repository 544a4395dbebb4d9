"""Chairs named in ways the extractor must read: by delegation ("… - được ủy quyền chủ trì") and
as one of several ("…, một trong hai người chủ trì hội nghị").

Each example is a short sentence written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

from store.extract import extract_report

LEAD = "Sáng 14/3/2024, tại Hà Nội, Ban Chấp hành Công đoàn Tổng Công ty tổ chức kỳ họp thứ 9.\n\n"


def _rows(body: str) -> set[tuple[str, str, str | None]]:
    record = extract_report(LEAD + body).record
    return {(p["name"], p["role"], p.get("title")) for p in record.get("participants", [])}


def _chairs(body: str) -> set[str]:
    return {name for name, role, _title in _rows(body) if role == "chair"}


def test_a_chair_by_delegation() -> None:
    body = (
        "Do đồng chí Chủ tịch đi công tác, đồng chí Vương Thị Hằng - Phó Chủ tịch Thường trực "
        "Công đoàn Tổng Công ty - được ủy quyền chủ trì kỳ họp. Dự kỳ họp có ông Tạ Văn Long."
    )
    assert _chairs(body) == {"Vương Thị Hằng"}


def test_one_of_two_chairs_named_in_apposition() -> None:
    body = (
        "Phóng viên đã trao đổi với ông Lưu Đức Bình, Chủ tịch Công đoàn Tổng Công ty, một trong "
        "hai người chủ trì kỳ họp."
    )
    assert _chairs(body) == {"Lưu Đức Bình"}


def test_a_deputy_given_a_task_is_not_a_chair() -> None:
    body = "Dự kỳ họp có bà Hà Thu Trang, Phó Chủ tịch Công đoàn, được phân công theo dõi thi đua."
    assert _chairs(body) == set()
