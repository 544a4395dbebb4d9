"""The people of a party committee's or a party cell's Biên bản, in the shapes they take.

The chair under "Điều hành:" rather than "Chủ trì:", members in a table repeating the chair. The
example minutes are written for these tests.
"""

from __future__ import annotations

from store.extract.bien_ban import extract_minutes

RUN_BY = """\
ĐẢNG ỦY PHƯỜNG HÒA LẠC
BIÊN BẢN
Họp Ban Thường vụ Đảng ủy phường tháng 5

Thời gian: 14h00, ngày 06/5/2026.
Địa điểm: Phòng họp Đảng ủy phường.
Điều hành: đ/c Mạc Văn Toàn - Bí thư Đảng ủy phường.
Thư ký: đ/c Kha Thị Nụ - Văn phòng Đảng ủy.
Thành phần:
TT\tHọ và tên\tChức vụ
1\tMạc Văn Toàn\tBí thư Đảng ủy phường
2\tLục Văn Sằn\tPhó Bí thư Đảng ủy phường

Nội dung:
- Đ/c Sằn báo cáo công tác phát triển đảng viên.
"""


def _people(text: str, role: str) -> dict[str, str | None]:
    record = extract_minutes(text).record
    return {p["name"]: p.get("title") for p in record["participants"] if p["role"] == role}


def test_the_chair_under_dieu_hanh_is_chair_only() -> None:
    assert _people(RUN_BY, "chair") == {"Mạc Văn Toàn": "Bí thư Đảng ủy phường"}
    assert _people(RUN_BY, "attendee") == {"Lục Văn Sằn": "Phó Bí thư Đảng ủy phường"}
    assert _people(RUN_BY, "secretary") == {"Kha Thị Nụ": "Văn phòng Đảng ủy"}
