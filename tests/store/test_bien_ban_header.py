"""Who held the meeting, read from a Biên bản's header (Nghị định 30/2020, appendix I): the
issuing body under its upper-level body, a party branch named with its party committee, and one
name wrapped over two lines.

Each header is written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

import pytest

from store.extract.bien_ban import extract_minutes

BODY = (
    "\nBIÊN BẢN\nHọp thường kỳ tháng 10\n"
    "Thời gian: 8 giờ 00, ngày 10/10/2024\nĐịa điểm: Phòng họp số 1\n"
    "Chủ trì: Ông Nguyễn Văn An - Chủ tịch\nThư ký: Bà Lê Thị Bình - Ủy viên\n"
    "Nội dung: Bàn công tác tháng 11.\n"
)


@pytest.mark.parametrize(
    ("header", "organisers"),
    [
        (
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "LIÊN ĐOÀN LAO ĐỘNG HUYỆN CAN LỘC              Độc lập - Tự do - Hạnh phúc\n"
            "Số: 15/BB-LĐLĐ                      Can Lộc, ngày 10 tháng 10 năm 2024\n",
            ["Liên Đoàn Lao Động huyện Can Lộc"],
        ),
        (
            "ĐẢNG BỘ KHỐI CƠ QUAN TỈNH HÀ TĨNH          ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "CHI BỘ VĂN PHÒNG SỞ NỘI VỤ\n"
            "                                   Hà Tĩnh, ngày 10 tháng 10 năm 2024\n",
            ["Chi Bộ Văn Phòng Sở Nội Vụ, Đảng Bộ Khối Cơ Quan tỉnh Hà Tĩnh"],
        ),
        (
            "CÔNG ĐOÀN CƠ SỞ                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "NHÀ MÁY BIA HÀ TĨNH                        Độc lập - Tự do - Hạnh phúc\n",
            ["Công Đoàn Cơ Sở Nhà Máy Bia Hà Tĩnh"],
        ),
    ],
)
def test_the_header_names_the_body_that_held_the_meeting(
    header: str, organisers: list[str]
) -> None:
    record = extract_minutes(header + BODY).record
    assert [o["name"].casefold() for o in record["organisers"]] == [
        o.casefold() for o in organisers
    ]
