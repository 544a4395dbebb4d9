"""The people of a Biên bản named in part in its content, and titles given once.

In a school's or a small union's minutes the content names people by given name and an
abbreviated title ("Đ/c Lâm (HT) thông qua …", "đ/c Nga đề nghị …"): each is the one person
listed whose name ends so; a given name nobody listed has names nobody. A speaker's name stops at
a comma ("Đ/c Lò Văn Sình, Ủy viên …"). The secretary named without a title ("Thư ký: đ/c A.")
takes the one the list of those present gives. A school's teachers are named "Thầy A", "Cô B":
an honorific, part of neither the name nor the title. The committee's members listed under a
label naming them ("Ủy viên BCH: A, …; B, …"), without "có mặt", were there; so were those
under "Danh sách <whose members> có mặt:", however long the members' body is written.
A presidium on its own label ("ĐOÀN CHỦ TỊCH (…): A, …; B, …") chairs. One who opens an item
by honorific ("Thầy A báo cáo …", "- Chị B: đề xuất …") spoke.

The example minutes are written for these tests (not taken from the evaluation set).
"""

from __future__ import annotations

from store.extract.bien_ban import extract_minutes

SCHOOL = """\
TRƯỜNG TIỂU HỌC HÒA LỢI
BCH CÔNG ĐOÀN CƠ SỞ

BIÊN BẢN HỌP LIÊN TỊCH

Thời gian: 15 giờ 00, ngày 12/9/2024.
Địa điểm: Phòng Hội đồng nhà trường.

Thành phần:
1. Phạm Văn Lâm - HT
2. Trương Thị Nga - CTCĐ
3. Ngô Minh Khôi - PHT
4. Hà Thị Lệ - UV BCH, thủ quỹ

Chủ trì: đ/c Phạm Văn Lâm (HT).
Thư ký: đ/c Hà Thị Lệ.

Nội dung:
1. Đ/c Lâm (HT) thông qua kế hoạch năm học: 24 lớp, 812 HS.
2. Ý kiến: đ/c Nga đề nghị tăng chi thăm hỏi; đ/c Khôi (PHT) cho rằng cần tính lại kinh phí; \
đ/c Tâm góp ý về lịch họp.

Kết luận:
- Thống nhất kế hoạch năm học.

Cuộc họp kết thúc 16 giờ 30 cùng ngày.
"""

BRANCH = """\
BIÊN BẢN
HỌP CHI BỘ THÁNG 5

Thời gian: 8 giờ ngày 06/5/2024.
Địa điểm: Hội trường cơ quan.
Chủ trì: đ/c Lò Văn Sình, Bí thư Chi bộ.
Thư ký: đ/c Quàng Văn Ơn, đảng viên.

Nội dung:
Đ/c Lò Văn Sình, Bí thư Chi bộ, báo cáo tình hình tháng 4.
Đ/c Quàng Văn Ơn đề nghị tăng cường sinh hoạt chuyên đề.
"""


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    record = extract_minutes(text).record
    return {(p["name"], p["role"], p.get("title")) for p in record["participants"]}


def test_given_names_in_the_content_are_the_people_listed() -> None:
    speakers = {name for name, role, _title in _rows(SCHOOL) if role == "speaker"}
    assert speakers == {"Phạm Văn Lâm", "Trương Thị Nga", "Ngô Minh Khôi"}


def test_a_secretary_named_bare_takes_the_title_the_list_gives() -> None:
    assert ("Hà Thị Lệ", "secretary", "UV BCH, thủ quỹ") in _rows(SCHOOL)


def test_a_speakers_name_stops_at_a_comma() -> None:
    speakers = {name for name, role, _title in _rows(BRANCH) if role == "speaker"}
    assert speakers == {"Lò Văn Sình", "Quàng Văn Ơn"}


GUESTS = """\
BIÊN BẢN HỌP BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ

Thời gian: 14 giờ, ngày 20/3/2024.
Địa điểm: Văn phòng Công đoàn Công ty.
Chủ trì: đ/c Đinh Văn Tường (CTCĐ) và đ/c Mai Thị Quế (PCTCĐ).
Thư ký: đ/c Lý Thị Hoan.
Đại biểu cấp trên dự: đ/c Vương Đức Thịnh, Phó Chủ tịch LĐLĐ huyện.
Mời dự: đ/c Tạ Minh Luân, Giám đốc Công ty.

Nội dung:
Đ/c Tường báo cáo tình hình quý I.
"""


def test_co_chairs_on_one_line_and_guests_under_their_own_labels() -> None:
    """Two chairs joined by "và" on the Chủ trì line are two chairs; "Đại biểu cấp trên dự"
    and "Mời dự" list people present."""
    rows = _rows(GUESTS)
    chairs = {name for name, role, _title in rows if role == "chair"}
    assert chairs == {"Đinh Văn Tường", "Mai Thị Quế"}
    present = {name for name, role, _title in rows if role == "attendee"}
    assert {"Vương Đức Thịnh", "Tạ Minh Luân"} <= present


TEACHERS = """\
BIÊN BẢN HỌP TỔ CÔNG ĐOÀN KHỐI 5

Thời gian: 16 giờ 30, ngày 04/10/2024.
Địa điểm: Phòng họp tầng 2, nhà A.
Chủ trì: Thầy Nông Văn Quyết, Tổ trưởng tổ công đoàn.
Thư ký: Cô Hà Thị Thắm, giáo viên lớp 5A.
Mời dự: Cô Vi Thị Hảo, Phó Hiệu trưởng.

Nội dung:
Thầy Quyết báo cáo tình hình đoàn viên khối 5.
"""


def test_a_teachers_honorific_is_no_part_of_the_name() -> None:
    rows = _rows(TEACHERS)
    assert ("Nông Văn Quyết", "chair", "Tổ trưởng tổ công đoàn") in rows
    assert ("Hà Thị Thắm", "secretary", "giáo viên lớp 5A") in rows
    assert ("Vi Thị Hảo", "attendee", "Phó Hiệu trưởng") in rows


MEMBERS = """\
BIÊN BẢN HỌP BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ

Thời gian: 9 giờ 00, ngày 15/4/2025.
Địa điểm: Văn phòng Công đoàn.
Thành phần:
- Chủ trì: đ/c Sầm Văn Tuấn, Chủ tịch CĐCS.
- Thư ký: đ/c Lục Thị Vân, Ủy viên BCH.
- Ủy viên BCH: đ/c Hoàng Văn Khâm, Phó Chủ tịch CĐCS; đ/c Nông Thị Duyên, Ủy viên BCH.

Nội dung:
Đ/c Tuấn báo cáo tình hình quý I.
"""


def test_members_listed_under_their_label_without_co_mat_attended() -> None:
    rows = _rows(MEMBERS)
    assert ("Lục Thị Vân", "secretary", "Ủy viên BCH") in rows
    assert ("Hoàng Văn Khâm", "attendee", "Phó Chủ tịch CĐCS") in rows
    assert ("Nông Thị Duyên", "attendee", "Ủy viên BCH") in rows


LISTED_AFTER_A_COUNT = """\
BIÊN BẢN HỌP BAN THƯỜNG VỤ CÔNG ĐOÀN VIÊN CHỨC TỈNH

Thời gian: 14 giờ 00, ngày 03/3/2026.
Địa điểm: Phòng họp số 2.
II. THÀNH PHẦN
Tổng số Ủy viên Ban Thường vụ: 05 đồng chí; có mặt: 04 đồng chí.
Danh sách Ủy viên Ban Thường vụ Công đoàn tỉnh có mặt:
1. Ông Kha Văn Lịch – Chủ tịch Công đoàn Viên chức tỉnh
2. Bà Ninh Thị Hoa – Phó Chủ tịch Công đoàn Viên chức tỉnh
3. Ông Đàm Quang Vũ – Trưởng Ban Tổ chức
Chủ trì: Ông Kha Văn Lịch – Chủ tịch Công đoàn Viên chức tỉnh.

III. NỘI DUNG
Bà Ninh Thị Hoa báo cáo công tác quý I.
"""


def test_a_list_headed_by_whose_members_were_present_is_of_attendees() -> None:
    rows = _rows(LISTED_AFTER_A_COUNT)
    assert ("Ninh Thị Hoa", "attendee", "Phó Chủ tịch Công đoàn Viên chức tỉnh") in rows
    assert ("Đàm Quang Vũ", "attendee", "Trưởng Ban Tổ chức") in rows
    assert ("Đàm Quang Vũ", "speaker", "Trưởng Ban Tổ chức") not in rows


PRESIDIUM = """\
BIÊN BẢN
HỘI NGHỊ VIÊN CHỨC, NGƯỜI LAO ĐỘNG NĂM 2025

Vào lúc 8 giờ ngày 14/3/2025, tại hội trường Trường Tiểu học Ea Tu.

ĐOÀN CHỦ TỊCH (hội nghị nhất trí 38/38): thầy Lê Quang Vinh, Hiệu trưởng; cô H'Mai Byă, \
Chủ tịch Công đoàn trường.
THƯ KÝ: cô Đinh Thị Ngọc, giáo viên.
"""


def test_a_presidium_labelled_in_minutes_chairs() -> None:
    chairs = {(name, title) for name, role, title in _rows(PRESIDIUM) if role == "chair"}
    assert chairs == {
        ("Lê Quang Vinh", "Hiệu trưởng"),
        ("H'Mai Byă", "Chủ tịch Công đoàn trường"),
    }


TEACHERS_SPEAK = """\
BIÊN BẢN HỌP BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG

Thời gian: 15 giờ 00, ngày 20/10/2025.
Địa điểm: Phòng họp nhà trường.
Chủ trì: thầy Văn Đức Toàn, Chủ tịch Công đoàn trường.
Thư ký: cô Lý Thị Quyên, Ủy viên BCH.

Nội dung:
1. Thầy Văn Đức Toàn quán triệt kế hoạch tháng 11.
2. Cô Lý Thị Quyên báo cáo quỹ còn 12.000.000 đồng.
- Chị Hầu Thị Sen: đề xuất thăm đoàn viên ốm.
Có Ban Thanh tra nhân dân theo dõi việc chi quỹ.
"""


def test_a_teacher_or_a_member_opening_an_item_by_honorific_spoke() -> None:
    speakers = {name for name, role, _title in _rows(TEACHERS_SPEAK) if role == "speaker"}
    assert speakers == {"Văn Đức Toàn", "Lý Thị Quyên", "Hầu Thị Sen"}
