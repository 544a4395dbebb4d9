"""The people of a Biên bản written in the shapes working minutes take.

Two sides (Bên A / Bên B) each with its own list, names and titles in space-aligned columns, the
chair and minute-taker marked after a title inside a side's list, a witness, a guest "Dự họp:",
speakers named in the content after a list's marker or "Ý kiến của", and a speakers' label over
prose or over "- Đ/c A (title): …" lines, who asks and answers in a dialogue ("Hỏi (chị X): …"),
each side's people under its heading ("1. Đại diện người sử dụng lao động:") in a dialogue's
minutes, with its "NỘI DUNG ĐỐI THOẠI" and "KẾT QUẢ ĐỐI THOẠI" sections, and a group headed on its
people's own line ("Phía Ban Giám đốc: ông A, …; bà B, …"), each side headed by a numbered line
naming the body alone ("2. Công ty TNHH …:"), a document cited in a person's line, people
numbered within their numbered side ("2.1. Ông A, …").
The example minutes are written for these tests.
"""

from __future__ import annotations

from store.extract.bien_ban import extract_minutes
from store.extract.bien_ban_people import person_line, role_after_title
from store.text import fold

TWO_SIDES = """\
BIÊN BẢN LÀM VIỆC
(V/v thỏa thuận tiền thưởng Tết tại Công ty Cổ phần Dệt Hòa Bình)

Vào lúc 9 giờ 00, ngày 03 tháng 12 năm 2025, tại văn phòng Công ty, đã diễn ra buổi làm việc giữa:

BÊN A: CÔNG ĐOÀN KHU CÔNG NGHIỆP PHÚ MỸ
- Ông Lương Văn Hiếu       Chủ tịch Công đoàn KCN - chủ trì buổi làm việc
- Bà Tạ Thị Lan  Cán bộ Ban Chính sách - ghi biên bản
- Ông Ninh Quốc Bảo        Cán bộ Văn phòng

BÊN B: CÔNG TY CỔ PHẦN DỆT HÒA BÌNH
- Bà Kim Ngọc Trâm         Giám đốc Nhân sự

Chứng kiến: Ông Hà Văn Đức - Chánh Thanh tra Sở Nội vụ.

Nội dung làm việc:
Bà Kim Ngọc Trâm trình bày phương án thưởng Tết.
Ông Lương Văn Hiếu đề nghị Công ty công khai phương án trước ngày 10/12/2025.
"""

SPEAKERS_IN_CONTENT = """\
BIÊN BẢN
Họp Ban Chấp hành tháng 3

Thời gian: 14 giờ ngày 05/3/2025.
Địa điểm: Hội trường Liên đoàn Lao động huyện.
Chủ trì: đồng chí Phan Văn Lộc, Chủ tịch LĐLĐ huyện
Thư ký: đồng chí Vũ Thị Mai, chuyên viên
Dự họp: đồng chí Đoàn Minh Châu - Phó Trưởng ban Dân vận Huyện ủy (theo dõi địa bàn).

Nội dung:
1. Đồng chí Hồ Văn Sơn báo cáo kết quả quý I.
Ý kiến thảo luận:
- Đồng chí Lý Thị Hoa đề nghị tăng mức hỗ trợ.
+ Ý kiến của đ/c Trần Văn Bình: cần thu quỹ sớm.
- Thảo luận: đồng chí Đoàn Minh Châu đề nghị phối hợp với UBND huyện.
"""

LISTED_SPEAKERS = """\
BIÊN BẢN
Họp chi bộ tháng 4

Thời gian: 19 giờ ngày 05/4/2025.
Địa điểm: Nhà văn hóa thôn 2.
Chủ trì: đồng chí Phan Văn Lộc, Bí thư Chi bộ
Ý kiến phát biểu:
- Đ/c Hồ Văn Sơn (Phó Bí thư Chi bộ): đề nghị sửa đường thôn.
- Đ/c Lý Thị Hoa – đảng viên: nhất trí.
"""


# Who opens an item of the content speaks, even when a later item lists the discussion's speakers.
ITEMS_THEN_LISTED = """\
BIÊN BẢN
Họp Ban Chấp hành Công đoàn cơ sở mở rộng

Thời gian: 8 giờ ngày 12/6/2025.
Địa điểm: Phòng họp Công ty.
Chủ trì: đồng chí Khúc Thị Yên, Chủ tịch Công đoàn cơ sở
Nội dung:
1. Đ/c Khúc Thị Yên phổ biến kế hoạch tổ chức Tháng Công nhân.
2. Đ/c Mạc Đình Quý thông tin: Công ty hỗ trợ 20 triệu đồng cho hội thao.
3. Ý kiến thảo luận:
- Đ/c Âu Thị Nhàn: đề nghị tổ chức thi nấu ăn.
"""


def _people(text: str, role: str) -> dict[str, str | None]:
    record = extract_minutes(text).record
    return {p["name"]: p.get("title") for p in record["participants"] if p["role"] == role}


def test_two_sides_in_columns_with_the_chair_and_minute_taker_marked_in_a_list() -> None:
    assert _people(TWO_SIDES, "chair") == {"Lương Văn Hiếu": "Chủ tịch Công đoàn KCN"}
    assert _people(TWO_SIDES, "secretary") == {"Tạ Thị Lan": "Cán bộ Ban Chính sách"}
    assert _people(TWO_SIDES, "attendee") == {
        "Ninh Quốc Bảo": "Cán bộ Văn phòng",
        "Kim Ngọc Trâm": "Giám đốc Nhân sự",
        "Hà Văn Đức": "Chánh Thanh tra Sở Nội vụ",  # a witness attends
    }
    assert set(_people(TWO_SIDES, "speaker")) == {"Kim Ngọc Trâm", "Lương Văn Hiếu"}


def test_speakers_after_list_markers_and_a_guest_who_attends() -> None:
    assert set(_people(SPEAKERS_IN_CONTENT, "attendee")) == {"Đoàn Minh Châu"}
    assert set(_people(SPEAKERS_IN_CONTENT, "speaker")) == {
        "Hồ Văn Sơn", "Lý Thị Hoa", "Trần Văn Bình", "Đoàn Minh Châu",
    }  # fmt: skip


def test_a_speakers_list_keeps_titles_without_what_was_said() -> None:
    assert _people(LISTED_SPEAKERS, "speaker") == {
        "Hồ Văn Sơn": "Phó Bí thư Chi bộ",
        "Lý Thị Hoa": "đảng viên",
    }


def test_a_role_after_a_title_only_when_set_apart() -> None:
    assert role_after_title("Phó Chủ tịch LĐLĐ huyện - chủ trì buổi làm việc") == (
        "Phó Chủ tịch LĐLĐ huyện", "chair",
    )  # fmt: skip
    assert role_after_title("Chuyên viên (thư ký)") == ("Chuyên viên", "secretary")
    assert role_after_title("Thư ký Tòa soạn") == ("Thư ký Tòa soạn", None)
    assert role_after_title("Ủy viên, Thư ký Hội đồng") == ("Ủy viên, Thư ký Hội đồng", None)


def test_a_name_and_title_in_columns_of_two_spaces() -> None:
    line = "- Bà Tạ Thị Lan  Cán bộ Ban Chính sách"
    assert person_line(line, fold(line)) == ("Tạ Thị Lan", "Cán bộ Ban Chính sách", 5)


DIALOGUE = """\
BIÊN BẢN ĐỐI THOẠI TẠI NƠI LÀM VIỆC

Hôm nay, lúc 14 giờ 00 ngày 12/9/2025, tại Hội trường Công ty TNHH Bao bì Tân Hưng.
Chủ trì: Ông Lữ Văn Tài - Giám đốc
Thư ký: Bà Mạc Thị Yên - nhân viên

Nội dung:
Hỏi (chị Đoàn Thị Nga, tổ đóng gói): Ca đêm có được thêm bữa phụ không?
Đáp (ông Lữ Văn Tài): Từ tháng 10 có bữa phụ.
Hỏi (anh Ninh Văn Hậu): Xe đưa đón có thêm tuyến không?
"""


def test_who_asks_and_who_answers_in_a_dialogue_spoke() -> None:
    assert set(_people(DIALOGUE, "speaker")) == {"Đoàn Thị Nga", "Lữ Văn Tài", "Ninh Văn Hậu"}


SIDES_UNDER_HEADINGS = """\
BIÊN BẢN ĐỐI THOẠI ĐỊNH KỲ

Hôm nay, lúc 8 giờ 30 ngày 03/10/2025, tại Phòng họp Công ty Cổ phần Gạch men Thanh Hải.

I. THÀNH PHẦN
1. Đại diện người sử dụng lao động:
- Ông Tô Văn Định - Giám đốc, chủ trì đối thoại;
- Bà Khúc Thị Hằng - Trưởng phòng Hành chính.
2. Đại diện tập thể lao động:
- Ông Lò Văn Nhất - Chủ tịch Công đoàn cơ sở;
- Bà Tăng Thị Mến - công nhân tổ nung.
3. Thư ký: Bà Kiều Thị Thu - nhân viên.

II. NỘI DUNG ĐỐI THOẠI
1. Bà Tăng Thị Mến đề nghị lắp quạt ở tổ nung.
2. Ông Tô Văn Định đồng ý lắp trong tháng 11.

III. KẾT QUẢ ĐỐI THOẠI
1. Lắp 4 quạt công nghiệp tại tổ nung.
"""


def test_each_sides_people_under_its_representatives_heading() -> None:
    assert _people(SIDES_UNDER_HEADINGS, "chair") == {"Tô Văn Định": "Giám đốc"}
    assert _people(SIDES_UNDER_HEADINGS, "attendee") == {
        "Khúc Thị Hằng": "Trưởng phòng Hành chính",
        "Lò Văn Nhất": "Chủ tịch Công đoàn cơ sở",
        "Tăng Thị Mến": "công nhân tổ nung",
    }
    assert set(_people(SIDES_UNDER_HEADINGS, "speaker")) == {"Tăng Thị Mến", "Tô Văn Định"}
    record = extract_minutes(SIDES_UNDER_HEADINGS).record
    assert [d["text"] for d in record["decisions"]] == ["Lắp 4 quạt công nghiệp tại tổ nung."]


def test_who_opens_a_content_item_spoke_though_a_later_item_lists_speakers() -> None:
    assert set(_people(ITEMS_THEN_LISTED, "speaker")) == {
        "Khúc Thị Yên",
        "Mạc Đình Quý",
        "Âu Thị Nhàn",
    }


BOARD_ELECTED = """\
CÔNG TY CỔ PHẦN CẤP NƯỚC PHÚ THỌ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

BIÊN BẢN HỘI NGHỊ NGƯỜI LAO ĐỘNG NĂM 2025

Hôm nay, hồi 8 giờ 00 ngày 17/01/2025, tại Hội trường Công ty, Công ty tổ chức Hội nghị người \
lao động năm 2025.

I. THÀNH PHẦN
- Đại biểu cấp trên: ông Đinh Công Lý - Phó Chủ tịch LĐLĐ tỉnh; bà Hà Thu Thủy - Phó \
Giám đốc Sở Xây dựng.

II. ĐOÀN CHỦ TỊCH, THƯ KÝ
Hội nghị biểu quyết nhất trí (96/96) bầu Đoàn Chủ tịch gồm 02 đồng chí:
1. Ông Bùi Quang Vinh - Tổng Giám đốc;
2. Bà Lê Thị Én - Chủ tịch Công đoàn cơ sở.
Đoàn Chủ tịch cử bà Trịnh Thu Trang - nhân viên Phòng Kế toán làm thư ký hội nghị.

III. DIỄN BIẾN HỘI NGHỊ
1. Ông Bùi Quang Vinh báo cáo kết quả sản xuất kinh doanh năm 2024.
"""


def _role(record: dict, role: str) -> list[str]:
    return [p["name"] for p in record["participants"] if p["role"] == role]


def test_a_presiding_board_elected_over_a_list_chairs_and_names_its_secretary() -> None:
    record = extract_minutes(BOARD_ELECTED).record
    assert _role(record, "chair") == ["Bùi Quang Vinh", "Lê Thị Én"]
    assert _role(record, "secretary") == ["Trịnh Thu Trang"]
    assert not record.get("decisions")  # electing the board is how the meeting opened


def test_the_upper_levels_delegates_attend() -> None:
    assert _role(extract_minutes(BOARD_ELECTED).record, "attendee") == [
        "Đinh Công Lý",
        "Hà Thu Thủy",
    ]


def test_a_side_headed_by_what_it_is_with_its_letter_lists_its_people() -> None:
    text = (
        "BIÊN BẢN PHIÊN HỌP THƯƠNG LƯỢNG TẬP THỂ\n\n"
        "Hôm nay, lúc 14 giờ 00 ngày 05/12/2024, tại phòng họp Công ty TNHH Gỗ Tân Phước, hai "
        "bên tiến hành phiên thương lượng thứ nhất.\n\n"
        "Bên người sử dụng lao động (Bên A):\n"
        "Họ và tên\tChức vụ\tVai trò\n"
        "Ông Lâm Chí Thiện\tPhó Tổng Giám đốc\tTrưởng đoàn\n"
        "Bà Vòng Thị Nga\tTrưởng phòng Nhân sự\tThành viên\n\n"
        "Bên tập thể người lao động (Bên B):\n"
        "Họ và tên\tChức vụ\tVai trò\n"
        "Bà Triệu Thị Lụa\tChủ tịch CĐCS\tTrưởng đoàn, chủ trì phiên họp\n"
    )
    record = extract_minutes(text).record
    assert _role(record, "chair") == ["Triệu Thị Lụa"]
    assert sorted(_role(record, "attendee")) == ["Lâm Chí Thiện", "Vòng Thị Nga"]


GROUPS_ON_THEIR_OWN_LINE = """\
BIÊN BẢN ĐỐI THOẠI
Hôm nay, lúc 8 giờ 00 ngày 03/3/2025, tại Nhà ăn Công ty, Công ty tổ chức đối thoại.

I. THÀNH PHẦN
Phía Ban Giám đốc: ông Trịnh Quốc Khánh, Giám đốc (chủ trì); bà Lò Thị Nga, Trưởng phòng Nhân sự.
+ Ban Chấp hành CĐCS: bà Kha Thị Huệ - Chủ tịch CĐCS; ông Đàm Văn Lực - Ủy viên.
Thư ký: bà Mông Thị Thu, nhân viên Phòng Nhân sự.

II. NỘI DUNG
Bà Kha Thị Huệ trình bày các kiến nghị của người lao động.
"""


def test_a_group_headed_on_its_peoples_own_line_names_nobody_and_its_people_attend() -> None:
    # "Phía Ban Giám đốc: ông A, …; bà B, …": the heading is the group's, the first person is read.
    draft = extract_minutes(GROUPS_ON_THEIR_OWN_LINE)
    people = {(p["name"], p["role"], p["title"]) for p in draft.record["participants"]}
    assert ("Trịnh Quốc Khánh", "chair", "Giám đốc") in people
    assert ("Kha Thị Huệ", "attendee", "Chủ tịch CĐCS") in people
    assert ("Lò Thị Nga", "attendee", "Trưởng phòng Nhân sự") in people
    assert ("Đàm Văn Lực", "attendee", "Ủy viên") in people
    assert not any(p["name"].startswith(("Phía", "Ban")) for p in draft.record["participants"])


BODIES_NUMBERED = """\
LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐỨC HÒA

BIÊN BẢN LÀM VIỆC
Về việc bố trí nhà ăn ca tại Công ty TNHH Bao bì Tân Phú

Hôm nay, hồi 14 giờ 00 ngày 12 tháng 3 năm 2025, tại Công ty TNHH Bao bì Tân Phú, chúng tôi gồm:

I. THÀNH PHẦN
1. Liên đoàn Lao động huyện Đức Hòa:
- Bà Quách Thị Duyên - Phó Chủ tịch, chủ trì buổi làm việc;
- Ông Tạ Minh Sang - cán bộ Ban Chính sách, ghi biên bản.
2. Công ty TNHH Bao bì Tân Phú:
- Ông Hứa Gia Vĩ - Giám đốc (theo Giấy ủy quyền số 07/UQ-TP ngày 10/3/2025);
- Bà Lục Thanh Trúc - Trưởng phòng Hành chính.

II. NỘI DUNG LÀM VIỆC
1. Bà Lục Thanh Trúc trình bày phương án bố trí nhà ăn tạm.

III. KẾT QUẢ
1. Công ty hoàn thành nhà ăn ca trước ngày 30/4/2025.
"""


def test_each_side_headed_by_a_numbered_line_naming_its_body() -> None:
    draft = extract_minutes(BODIES_NUMBERED)
    assert set(_people(BODIES_NUMBERED, "chair")) == {"Quách Thị Duyên"}
    assert set(_people(BODIES_NUMBERED, "secretary")) == {"Tạ Minh Sang"}
    assert set(_people(BODIES_NUMBERED, "attendee")) == {"Hứa Gia Vĩ", "Lục Thanh Trúc"}
    assert [d["number"] for d in draft.record["documents"]] == ["07/UQ-TP"]


# A dialogue's minutes, written for this test: each side under a numbered heading, its people
# numbered within it ("1.1.", "2.2."), the chair and minute-taker marked after their titles.
SUBNUMBERED = """\
CÔNG TY TNHH NHỰA KIM LONG
CÔNG ĐOÀN CƠ SỞ

BIÊN BẢN
ĐỐI THOẠI ĐỊNH KỲ QUÝ IV

Vào hồi 8h30, ngày 16/12/2025, tại phòng họp Công ty, hai bên tiến hành đối thoại.

I. THÀNH PHẦN
1. Đại diện người sử dụng lao động:
   1.1. Ông Kim Sang Woo, Tổng Giám đốc;
   1.2. Bà Tạ Thị Hiền, Trưởng phòng Nhân sự.
2. Đại diện tập thể người lao động:
   2.1. Ông Âu Văn Phát, Chủ tịch Công đoàn cơ sở, chủ trì;
   2.2. Bà Lã Thị Gấm, Ủy viên Ban Chấp hành - thư ký.

II. NỘI DUNG
Ông Âu Văn Phát nêu các kiến nghị của người lao động.
"""


def test_people_numbered_within_a_numbered_side_are_that_sides() -> None:
    assert _people(SUBNUMBERED, "attendee") == {
        "Kim Sang Woo": "Tổng Giám đốc",
        "Tạ Thị Hiền": "Trưởng phòng Nhân sự",
    }
    assert list(_people(SUBNUMBERED, "chair")) == ["Âu Văn Phát"]
    assert list(_people(SUBNUMBERED, "secretary")) == ["Lã Thị Gấm"]


# A joint meeting's minutes, written for this test: each side under a numbered "Về phía …:"
# heading, its co-chairs marked "- đồng chủ trì" after their titles.
JOINT_SIDES = """\
BIÊN BẢN
Hội nghị liên tịch giữa Hội Nông dân huyện và Liên đoàn Lao động huyện

Thời gian: 14 giờ 00, ngày 09/10/2025.
Địa điểm: Hội trường Huyện ủy.

THÀNH PHẦN
1. Về phía Hội Nông dân huyện:
   - Ông Mạc Văn Quyền, Chủ tịch - đồng chủ trì;
   - Bà Khổng Thị Lụa, Phó Chủ tịch.
2. Về phía Liên đoàn Lao động huyện:
   - Bà Ông Thị Duyên, Chủ tịch - đồng chủ trì;
   - Ông Hầu Minh Khang, Trưởng Ban Tổ chức.
Thư ký: bà Phí Thị Nguyệt, chuyên viên Văn phòng.

NỘI DUNG
Bà Khổng Thị Lụa trình bày dự thảo chương trình phối hợp.
"""


def test_each_side_headed_by_a_numbered_ve_phia_line_lists_its_people() -> None:
    attendees = _people(JOINT_SIDES, "attendee")
    assert {"Khổng Thị Lụa", "Hầu Minh Khang"} <= set(attendees)
    assert attendees["Hầu Minh Khang"] == "Trưởng Ban Tổ chức"


def test_a_co_chair_marked_after_the_title_chairs() -> None:
    assert _people(JOINT_SIDES, "chair") == {
        "Mạc Văn Quyền": "Chủ tịch",
        "Ông Thị Duyên": "Chủ tịch",
    }
    assert "Mạc Văn Quyền" not in _people(JOINT_SIDES, "attendee")


NICKNAMED = """\
BIÊN BẢN HỌP BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ
Công ty TNHH Chế biến Gạo Mỹ Thới

Thời gian: 14 giờ 00, ngày 05 tháng 3 năm 2025.
Địa điểm: Phòng họp Công ty.
Thành phần: có mặt 5/5 đ/c, gồm:
 + đ/c Lâm Văn Sáu (Sáu Mỹ Thới) - Chủ tịch CĐCS, chủ trì
 + đ/c Kiều Thị Tám (Út Tám) - UV BCH, thư ký
 + đ/c Võ Hoàng Phúc - UV BCH

Nội dung:
- Đ/c Út Tám: báo cáo thu chi quỹ công đoàn quý I.
- Đ/c Sáu Mỹ Thới: đề nghị Công ty bố trí xe đưa đón ca đêm.
"""


def test_a_nickname_beside_a_listed_name_is_that_person_when_named_by_it() -> None:
    # The nickname in brackets is no part of the title, and the member later named by it alone
    # ("Đ/c Út Tám:") is the one listed, not a second person.
    assert _people(NICKNAMED, "chair") == {"Lâm Văn Sáu": "Chủ tịch CĐCS"}
    assert _people(NICKNAMED, "secretary") == {"Kiều Thị Tám": "UV BCH"}
    assert set(_people(NICKNAMED, "speaker")) == {"Lâm Văn Sáu", "Kiều Thị Tám"}


BULLETED_SIDES = """\
BIÊN BẢN LÀM VIỆC
Về việc giải quyết chế độ thai sản cho lao động nữ

Hồi 14 giờ 00 ngày 20/5/2025, tại văn phòng Công ty TNHH Gỗ Tân Lập, hai bên làm việc, gồm:

+ Về phía Công đoàn Khu công nghiệp:
- Ông Châu Minh Đạt - Phó Chủ tịch, chủ trì;
- Bà Lư Thị Mến - Cán bộ Ban Chính sách.

+ Về phía Công ty:
- Ông Khổng Văn Lành - Giám đốc Nhân sự.

NỘI DUNG LÀM VIỆC
Ông Khổng Văn Lành trình bày hồ sơ 12 lao động nữ nghỉ thai sản.
"""


def test_each_side_headed_by_a_bulleted_ve_phia_line_lists_its_people() -> None:
    # A side's heading is a list item of its own, bulleted here as others number it.
    assert _people(BULLETED_SIDES, "chair") == {"Châu Minh Đạt": "Phó Chủ tịch"}
    assert _people(BULLETED_SIDES, "attendee") == {
        "Lư Thị Mến": "Cán bộ Ban Chính sách",
        "Khổng Văn Lành": "Giám đốc Nhân sự",
    }
