"""The people of a party committee's or a party cell's Biên bản, in the shapes they take.

The chair under "Điều hành:" rather than "Chủ trì:", members in a table repeating the chair, who
concludes named by an office ("Đ/c Bí thư Đảng ủy phường kết luận"); a
party cell's list under one heading: a line counting the members with the absent one in
parentheses, labels after the list's dashes ("- Dự và chỉ đạo:"), the chair and the minute-taker
on one line, the others joined by commas; a member a task is given to by "Phân công đ/c A …";
members in a grid table whose borders are lines of "+", "-" and "="; the labels' other spellings
("Người chủ trì:", "Đồng chí thư ký:", "Thư ký ghi biên bản:", "Đảng viên dự họp:"); members
under a label naming their body ("Thành viên Hội đồng:" over a table), or told present by a
bare "dự" before a count ("Ủy viên BCH dự: 5/6 đ/c, gồm: …"). The example minutes are written
for these tests.
"""

from __future__ import annotations

import pytest

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

KẾT LUẬN
Đ/c Bí thư Đảng ủy phường kết luận, Ban Thường vụ thống nhất:
1. Giao đ/c Lục Văn Sằn hoàn thiện hồ sơ trước ngày 20/5/2026.
"""

CELL_LIST = """\
BIÊN BẢN
SINH HOẠT CHI BỘ THÁNG 9

Vào lúc 8 giờ 00, ngày 10/9/2025, tại Văn phòng Hợp tác xã Tân Lập, Chi bộ tổ chức sinh hoạt.

I. THÀNH PHẦN
- Tổng số đảng viên: 05 đồng chí; có mặt 04 đồng chí; vắng 01 đồng chí (đ/c Mã Văn Pao, đi viện).
- Dự và chỉ đạo: đ/c Nông Thị Hiên, Ủy viên Ban Thường vụ Đảng ủy xã.
- Đ/c Triệu Văn Thắng, Bí thư Chi bộ, chủ trì; đ/c Lò Thị Sen, Phó Bí thư Chi bộ, ghi biên bản.
- Các đảng viên có mặt khác: đ/c Hà Văn Páo (kế toán), đ/c Vi Thị Mỷ (thủ kho).

II. NỘI DUNG
Đ/c Triệu Văn Thắng báo cáo tình hình tháng 8.
"""


def _people(text: str, role: str) -> dict[str, str | None]:
    record = extract_minutes(text).record
    return {p["name"]: p.get("title") for p in record["participants"] if p["role"] == role}


def test_the_chair_under_dieu_hanh_is_chair_only() -> None:
    assert _people(RUN_BY, "chair") == {"Mạc Văn Toàn": "Bí thư Đảng ủy phường"}
    assert _people(RUN_BY, "attendee") == {"Lục Văn Sằn": "Phó Bí thư Đảng ủy phường"}
    assert _people(RUN_BY, "secretary") == {"Kha Thị Nụ": "Văn phòng Đảng ủy"}


def test_who_concludes_named_by_office_has_spoken() -> None:
    assert set(_people(RUN_BY, "speaker")) == {"Mạc Văn Toàn", "Lục Văn Sằn"}
    shared = RUN_BY.replace("Phó Bí thư Đảng ủy phường", "Bí thư Đảng ủy phường (thứ hai)")
    assert set(_people(shared, "speaker")) == {"Lục Văn Sằn"}  # two hold the office: nobody


def test_a_party_cells_list_under_one_heading() -> None:
    assert _people(CELL_LIST, "chair") == {"Triệu Văn Thắng": "Bí thư Chi bộ"}
    assert _people(CELL_LIST, "secretary") == {"Lò Thị Sen": "Phó Bí thư Chi bộ"}
    assert _people(CELL_LIST, "attendee") == {
        "Nông Thị Hiên": "Ủy viên Ban Thường vụ Đảng ủy xã",
        "Hà Văn Páo": "kế toán",
        "Vi Thị Mỷ": "thủ kho",
    }
    assert _people(CELL_LIST, "absent") == {"Mã Văn Pao": "đi viện"}


def test_a_member_given_a_task_by_phan_cong_owns_it() -> None:
    text = CELL_LIST + (
        "\nIII. KẾT LUẬN\n"
        "a) Phân công đ/c Hà Văn Páo đôn đốc thu đảng phí, xong trước ngày 30/9/2025.\n"
    )
    decisions = extract_minutes(text).record["decisions"]
    assert [(d["kind"], d["responsible"]) for d in decisions] == [("assignment", "Hà Văn Páo")]


GRID = """\
CÔNG ĐOÀN CƠ SỞ CÔNG TY MAY AN PHƯỚC
BIÊN BẢN
Họp Ban Chấp hành tháng 4

Thời gian: 14 giờ 00, ngày 10/4/2026.
Địa điểm: Phòng họp Công ty.
Thành phần:
+-----+--------------+-------------------+---------+
| STT | Họ và tên    | Chức vụ           | Ghi chú |
+=====+==============+===================+=========+
| 1   | Phan Văn Lộc | Chủ tịch CĐCS     | Chủ trì |
+-----+--------------+-------------------+---------+
| 2   | Vũ Thị Mai   | Ủy viên BCH       | Thư ký  |
+-----+--------------+-------------------+---------+
| 3   | Hồ Văn Sơn   | Phó Chủ tịch CĐCS |         |
+-----+--------------+-------------------+---------+

Nội dung:
Đồng chí Hồ Văn Sơn báo cáo tình hình quý I.
"""


def test_members_in_a_grid_table_between_its_borders() -> None:
    assert _people(GRID, "chair") == {"Phan Văn Lộc": "Chủ tịch CĐCS"}
    assert _people(GRID, "secretary") == {"Vũ Thị Mai": "Ủy viên BCH"}
    assert _people(GRID, "attendee") == {"Hồ Văn Sơn": "Phó Chủ tịch CĐCS"}


@pytest.mark.parametrize(
    ("chair", "secretary"),
    [
        (
            "Người chủ trì: đ/c Tô Văn Khoa - Bí thư Chi bộ.",
            "Thư ký ghi biên bản: đ/c Mạc Thị Huế.",
        ),
        ("Đồng chí chủ trì: Tô Văn Khoa - Bí thư Chi bộ.", "Đồng chí thư ký: Mạc Thị Huế."),
    ],
)
def test_other_spellings_of_the_labels(chair: str, secretary: str) -> None:
    text = (
        "BIÊN BẢN\nSinh hoạt chi bộ tháng 5\n\nThời gian: 16 giờ 00, ngày 05/5/2026.\n"
        f"{chair}\n{secretary}\n"
        "Đảng viên dự họp: 05/06 đồng chí; vắng 01 đồng chí (đ/c Lưu Văn Bình, ốm).\n"
        "Nội dung:\nĐ/c Mạc Thị Huế báo cáo.\n"
    )
    assert _people(text, "chair") == {"Tô Văn Khoa": "Bí thư Chi bộ"}
    assert set(_people(text, "secretary")) == {"Mạc Thị Huế"}
    assert set(_people(text, "absent")) == {"Lưu Văn Bình"}


COUNTED_HEADINGS = """\
BIÊN BẢN
Họp Ban Chấp hành Công đoàn cơ sở tháng 4

Thời gian: 15 giờ 00, ngày 08/4/2026.
Địa điểm: Hội trường nhà máy.
Ủy viên Ban Chấp hành có mặt 5/7 đồng chí, gồm đồng chí chủ trì và:
- Đ/c Lâm Thị Yến, Phó Chủ tịch Công đoàn;
- Đ/c Mai Đức Toản, Tổ trưởng tổ sản xuất.
Khách mời gồm có: Ông Kiều Văn Hưng, Giám đốc nhà máy.
Chủ trì: đ/c Tăng Văn Lực, Chủ tịch Công đoàn.
Thư ký: đ/c Lâm Thị Yến.

Nội dung:
- Đ/c Tăng Văn Lực báo cáo tình hình quý I.
"""


def test_a_heading_with_a_count_and_gom_before_its_colon_lists_attendees() -> None:
    attendees = _people(COUNTED_HEADINGS, "attendee")
    assert attendees.get("Mai Đức Toản") == "Tổ trưởng tổ sản xuất"
    assert attendees.get("Kiều Văn Hưng") == "Giám đốc nhà máy"


COUNTED_MEMBERS = """\
BIÊN BẢN
Họp Ban Chấp hành Công đoàn Trường tháng 9

Thời gian: 8 giờ 00, ngày 12/9/2026.
Địa điểm: Phòng Hội đồng nhà trường.
Chủ trì: đ/c Quách Văn Định - Chủ tịch Công đoàn Trường.
Có mặt 05/06 đồng chí Ủy viên Ban Chấp hành, gồm đồng chí chủ trì và các đồng chí:
- Đinh Thị Nguyệt - Phó Chủ tịch;
- Hứa Văn Bảy - Ủy viên, Trưởng ban Nữ công.
Thư ký: đ/c Hứa Văn Bảy.

Nội dung:
- Đ/c Đinh Thị Nguyệt báo cáo kế hoạch năm học.
"""


def test_a_count_naming_whose_members_and_the_chair_besides_lists_attendees() -> None:
    assert set(_people(COUNTED_MEMBERS, "chair")) == {"Quách Văn Định"}
    assert _people(COUNTED_MEMBERS, "attendee").get("Đinh Thị Nguyệt") == "Phó Chủ tịch"


COUNCIL_TABLE = """\
BIÊN BẢN
Phiên họp Hội đồng Khen thưởng Công ty

Thời gian: 14 giờ 00, ngày 03/12/2026.
Chủ trì: đ/c Mẫn Văn Thức - Giám đốc Công ty.
Thư ký: đ/c Ông Thị Nga - chuyên viên Phòng Nhân sự.

Thành viên Hội đồng:
| STT | Họ và tên | Chức vụ | Ghi chú |
|---|---|---|---|
| 1 | Mẫn Văn Thức | Giám đốc Công ty | Chủ trì |
| 2 | Quản Thị Liễu | Chủ tịch Công đoàn | |
| 3 | Khúc Văn Sơn | Trưởng phòng Kỹ thuật | |

Nội dung:
- Đ/c Quản Thị Liễu trình bày danh sách đề nghị khen thưởng.
"""


def test_members_under_a_label_naming_their_council_attended() -> None:
    attendees = _people(COUNCIL_TABLE, "attendee")
    assert attendees.get("Khúc Văn Sơn") == "Trưởng phòng Kỹ thuật"
    assert "Quản Thị Liễu" in attendees
    assert set(_people(COUNCIL_TABLE, "chair")) == {"Mẫn Văn Thức"}


DEGREES_AND_ROLES = """\
BIÊN BẢN
Họp Hội đồng Khoa học tháng 10

Thời gian: 9 giờ 00, ngày 14/10/2026.
Thành viên có mặt:
1) TS. Khổng Minh Đạt (Phó Hiệu trưởng) - Chủ tịch Hội đồng;
2) Bà Ngạc Thị Thoa (Trưởng phòng Đào tạo) - Ủy viên Hội đồng;
3) PGS.TS. Âu Văn Kiệt (Trưởng khoa Luật) - Ủy viên Hội đồng.
Thư ký: bà Ngạc Thị Thoa.

Nội dung:
- ThS. Âu Văn Kiệt nêu ý kiến về giáo trình.
"""


def test_a_degree_before_a_listed_name_is_worn_like_an_honorific() -> None:
    attendees = _people(DEGREES_AND_ROLES, "attendee")
    assert {"Khổng Minh Đạt", "Âu Văn Kiệt"} <= set(attendees)
    assert "Âu Văn Kiệt" in _people(DEGREES_AND_ROLES, "speaker")


def test_an_office_in_brackets_and_a_role_after_a_dash_are_one_title() -> None:
    attendees = _people(DEGREES_AND_ROLES, "attendee")
    assert attendees["Khổng Minh Đạt"] == "Phó Hiệu trưởng, Chủ tịch Hội đồng"


DELEGATED = """\
BIÊN BẢN
Họp Hội đồng Lương tháng 2

Thời gian: 8 giờ 00, ngày 12/02/2026.
Thành phần:
Đồng chí Giám đốc đi công tác, ủy quyền cho đồng chí Hứa Văn Tài, Phó Giám đốc, chủ trì.
- Đ/c Mạc Thị Quyên, Kế toán trưởng;
- Đ/c Nông Văn Pảo, Chủ tịch Công đoàn.
Thư ký: đ/c Mạc Thị Quyên.

Nội dung:
- Đ/c Hứa Văn Tài báo cáo quỹ lương.
"""


def test_who_a_chair_hands_the_meeting_to_in_the_people_section_chaired() -> None:
    assert _people(DELEGATED, "chair") == {"Hứa Văn Tài": "Phó Giám đốc"}
    assert "Nông Văn Pảo" in _people(DELEGATED, "attendee")


CHAIR_CONCLUDES = """\
BIÊN BẢN
Họp Ban Chấp hành Công đoàn cơ sở quý I

Thời gian: 14 giờ 00, ngày 20/3/2026.
Chủ trì: đ/c Giàng Thị Mỷ, Chủ tịch Công đoàn.
Thư ký: đ/c Sần Văn Páo.
Thành phần: đ/c Lù Văn Chăn, Phó Chủ tịch.

Nội dung:
- Đ/c Lù Văn Chăn báo cáo tình hình đoàn viên.

Kết luận của đồng chí chủ trì:
1. Tổ chức tặng quà cho 20 đoàn viên khó khăn trước ngày 30/4/2026.
"""


def test_conclusions_in_the_chairs_words_make_the_chair_a_speaker() -> None:
    assert "Giàng Thị Mỷ" in _people(CHAIR_CONCLUDES, "speaker")


GUIDED_BY = """\
BIÊN BẢN
Sinh hoạt chi bộ tháng 5

Thời gian: 19 giờ 30, ngày 06/5/2026.
Chủ trì: đ/c Hầu A Lử, Bí thư Chi bộ.
Thư ký: đ/c Vàng Thị Dua.
Đến dự và chỉ đạo có đồng chí Thào Văn Chứ, Phó Bí thư Đảng ủy xã.
Khách mời có ông Lầu Bá Chính, Trưởng bản.

Nội dung:
- Đ/c Thào Văn Chứ phát biểu chỉ đạo.
"""


def test_a_people_label_followed_by_co_and_an_honorific_lists_attendees() -> None:
    attendees = _people(GUIDED_BY, "attendee")
    assert attendees.get("Thào Văn Chứ") == "Phó Bí thư Đảng ủy xã"
    assert attendees.get("Lầu Bá Chính") == "Trưởng bản"


MEMBERS_WHO_CAME = """\
BIÊN BẢN
Họp Ban Chấp hành Công đoàn Xí nghiệp Cơ khí tháng 4

Thời gian: 8 giờ 00, ngày 09/4/2026.
Chủ trì: đ/c Lã Văn Thịnh - Chủ tịch Công đoàn Xí nghiệp.
Ủy viên BCH dự: 4/5 đ/c, gồm: đ/c Âu Thị Lụa - Phó Chủ tịch; đ/c Nông Văn Tuyến - Ủy viên.
Thư ký: đ/c Âu Thị Lụa.

Nội dung:
- Đ/c Nông Văn Tuyến báo cáo công tác an toàn lao động quý I.
"""


def test_members_told_present_by_a_bare_du_before_a_count_attended() -> None:
    assert _people(MEMBERS_WHO_CAME, "attendee").get("Nông Văn Tuyến") == "Ủy viên"
