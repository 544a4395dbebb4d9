"""A Biên bản's sections as a conference's minutes name them.

The minutes are written for these tests: a resolution section headed "IV. NGHỊ QUYẾT HỘI NGHỊ"
over a numbered list, led in by a vote over "các nội dung:" that names no text of its own (the
lead-in is not an item, the list's lines are).
"""

from __future__ import annotations

from store.extract.bien_ban import extract_minutes

MINUTES = (
    "TRƯỜNG THPT CHU VĂN AN\n\nBIÊN BẢN\nHỘI NGHỊ VIÊN CHỨC NĂM HỌC 2025 - 2026\n\n"
    "Hôm nay, hồi 8 giờ 00 ngày 20/9/2025, tại phòng hội đồng nhà trường.\n\n"
    "I. THÀNH PHẦN\n- Có mặt: 64/66 viên chức.\n\n"
    "II. DIỄN BIẾN HỘI NGHỊ\n1. Ông Trần Văn Định trình bày báo cáo năm học.\n\n"
    "III. NGHỊ QUYẾT HỘI NGHỊ\n"
    "Hội nghị biểu quyết thông qua (63/64, đạt 98,4%) các nội dung:\n"
    "1. Thông qua Quy chế chi tiêu nội bộ năm học 2025 - 2026.\n"
    "2. Tổ chuyên môn Toán xây dựng chuyên đề bồi dưỡng học sinh giỏi trong học kỳ I.\n\n"
    "Hội nghị kết thúc lúc 10 giờ 30 cùng ngày.\n"
)


def test_the_resolution_section_lists_the_items_under_its_vote() -> None:
    items = extract_minutes(MINUTES).record.get("decisions", [])
    assert [i["text"][:30] for i in items] == [
        "Thông qua Quy chế chi tiêu nội",
        "Tổ chuyên môn Toán xây dựng ch",
    ]
