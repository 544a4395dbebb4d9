"""A Biên bản's sections as a conference's minutes name them.

The minutes are written for these tests: a resolution section headed "IV. NGHỊ QUYẾT HỘI NGHỊ"
over a numbered list, led in by a vote over "các nội dung:" that names no text of its own (the
lead-in is not an item, the list's lines are); a bargaining session's results, where the points
the sides did not agree are no items and what they agreed after them is; a group's conclusions
whose lines hold a second outcome; a briefing's list of conclusions closed by a line worded
otherwise than "Cuộc họp kết thúc …"; a conclusions heading carrying an aside in parentheses
or written as the agreeing verb alone ("THỐNG NHẤT"); a party cell's list led in by a sentence
whose vote count in brackets comes before its colon; a joint meeting's heading naming who agreed
without a colon ("3. Hai bên thống nhất") over items numbered at two levels, one adopting a text
with a deadline (a decision still) and one a point left unagreed.
"""

from __future__ import annotations

import pytest

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


# A standing committee's minutes, invented for this test: each agenda item closes on an inline
# "Kết luận:" and a "Giao:" (or "Phân công:") line that hands the follow-up to a department.
LABELLED = (
    "CÔNG ĐOÀN NGÀNH XÂY DỰNG TỈNH\n\nBIÊN BẢN\nHỌP BAN THƯỜNG VỤ\n\n"
    "Thời gian: 8 giờ 00, ngày 04/11/2025.\nĐịa điểm: Phòng họp số 2.\n\n"
    "Chủ trì: Ông Vương Đình Khoa, Chủ tịch.\nThư ký: Bà Mạc Thị Yến, Văn phòng.\n\n"
    "NỘI DUNG\n\n"
    "1. Kế hoạch thăm công trình dịp cuối năm\n"
    "Ông Lò Văn Sính trình bày kế hoạch.\n"
    "Kết luận: Thống nhất thăm 12 công trình trọng điểm trong tháng 12.\n"
    "Giao: Ban Chính sách chuẩn bị quà, hoàn thành trước ngày 20/11/2025.\n\n"
    "2. Quỹ trợ vốn\n"
    "Kết luận: Nâng mức cho vay tối đa lên 30 triệu đồng một hộ.\n"
    "Phân công: Văn phòng sửa quy chế quỹ, trình Thường trực trong quý I năm 2026.\n\n"
    "Cuộc họp kết thúc lúc 10 giờ 15 cùng ngày.\n"
)


def test_a_giao_line_after_an_inline_conclusion_is_an_assignment() -> None:
    items = extract_minutes(LABELLED).record.get("decisions", [])
    assert [(i["text"][:20], i["kind"]) for i in items] == [
        ("Thống nhất thăm 12 c", "decision"),
        ("Ban Chính sách chuẩn", "assignment"),
        ("Nâng mức cho vay tối", "decision"),
        ("Văn phòng sửa quy ch", "assignment"),
    ]
    assert items[1]["responsible"] == "Ban Chính sách"
    assert items[1]["due"] == "2025-11-20"


# A monthly meeting's minutes, invented for this test: the conclusions go on under a numbered
# heading that closes on a colon, and a line leads into a table of tasks.
HEADINGS = (
    "CÔNG ĐOÀN NGÀNH GIAO THÔNG TỈNH\n\nBIÊN BẢN\nGIAO BAN THÁNG 11\n\n"
    "Thời gian: 14 giờ 00, ngày 02/12/2025.\nĐịa điểm: Phòng họp tầng 1.\n\n"
    "Chủ trì: Ông Đàm Văn Lực, Chủ tịch.\nThư ký: Bà Khổng Thị Nga, Văn phòng.\n\n"
    "KẾT LUẬN\n"
    "1. Kết quả tháng 11 được đánh giá đạt yêu cầu.\n"
    "2. Nhiệm vụ tháng 12/2025:\n"
    "Hoàn thành quyết toán kinh phí công đoàn năm 2025.\n"
    "Phân công thực hiện như sau:\n"
    "| TT | Nội dung | Người thực hiện | Thời hạn |\n"
    "| 1 | Tổng hợp danh sách đoàn viên khó khăn | Ban Nữ công | 15/12/2025 |\n\n"
    "Cuộc họp kết thúc lúc 16 giờ 00 cùng ngày.\n"
)


def test_a_line_closing_on_a_colon_heads_what_follows_and_is_no_item() -> None:
    items = extract_minutes(HEADINGS).record.get("decisions", [])
    assert [i["text"][:20] for i in items] == [
        "Kết quả tháng 11 đượ",
        "Hoàn thành quyết toá",
        "Tổng hợp danh sách đ",
    ]


# A wage bargaining session's minutes, invented for this test: the results split into what the
# two sides agreed, a numbered heading over the points they did not (lettered under it), then
# more numbered points agreed; a not-agreed point told inline, followed by what they agreed.
BARGAINING = (
    "CÔNG TY TNHH CƠ KHÍ MINH PHÁT\nCÔNG ĐOÀN CƠ SỞ\n\nBIÊN BẢN\nPHIÊN THƯƠNG LƯỢNG TẬP THỂ\n\n"
    "Thời gian: 9 giờ 00, ngày 10/10/2025.\nĐịa điểm: Phòng họp Công ty.\n\n"
    "Chủ trì: Ông Đinh Văn Lực, Chủ tịch Công đoàn cơ sở.\n"
    "Thư ký: Bà Mai Thị Ngà, Ủy viên Ban Chấp hành.\n\n"
    "KẾT QUẢ\n"
    "1. Các nội dung hai bên thống nhất:\n"
    "   a) Tăng phụ cấp độc hại lên 400.000 đồng/tháng từ ngày 01/11/2025;\n"
    "   b) Bổ sung 2 ngày nghỉ mát cho người lao động làm đủ năm.\n"
    "2. Các điểm chưa thống nhất:\n"
    "   a) Tiền chuyên cần: Bên B đề nghị 500.000 đồng, Bên A chỉ nhận 300.000 đồng;\n"
    "   b) Xe đưa đón công nhân: Bên A xin lùi sang năm sau.\n"
    "3. Hai bên thống nhất họp phiên thứ hai vào ngày 24/10/2025.\n\n"
    "Chưa thống nhất: mức ăn ca ngày lễ. "
    "Hai bên thống nhất giao Phòng Nhân sự tính lại chi phí.\n\n"
    "Phiên họp kết thúc lúc 11 giờ 00 cùng ngày.\n"
)


def test_the_points_not_agreed_are_no_items_and_what_is_agreed_after_them_is() -> None:
    items = extract_minutes(BARGAINING).record.get("decisions", [])
    assert [i["text"][:24] for i in items] == [
        "Tăng phụ cấp độc hại lên",
        "Bổ sung 2 ngày nghỉ mát ",
        "Hai bên thống nhất họp p",
        "Hai bên thống nhất giao ",
    ]


# A trade-union group's minutes, invented for this test: conclusion lines that hold a second
# sentence which is an outcome of its own (a task handed out, one side's task, a limit), and one
# whose second sentence only goes on with the first.
TWO_SENTENCES = (
    "CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HÒA BÌNH\n\nBIÊN BẢN\nHỌP BAN CHẤP HÀNH\n\n"
    "Thời gian: 15 giờ 00, ngày 12/11/2025.\nĐịa điểm: Phòng hội đồng.\n\n"
    "Chủ trì: Bà Lương Thị Thu, Chủ tịch Công đoàn.\nThư ký: Ông Vi Văn Tám, Ủy viên.\n\n"
    "KẾT LUẬN\n"
    "1. Tổ chức hội thi nấu ăn ngày 20/11/2025 tại sân trường. Giao đ/c Tám chuẩn bị giải thưởng.\n"
    "2. Mỗi tổ đóng góp một tiết mục văn nghệ. Không tổ chức liên hoan sau hội thi.\n"
    "3. Bổ sung sách cho thư viện. Các đầu sách hoàn thành trước ngày 30/11/2025.\n\n"
    "Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày.\n"
)


def test_a_conclusion_lines_second_outcome_is_an_item_of_its_own() -> None:
    items = extract_minutes(TWO_SENTENCES).record.get("decisions", [])
    assert [i["text"][:24] for i in items] == [
        "Tổ chức hội thi nấu ăn n",
        "Giao đ/c Tám chuẩn bị gi",
        "Mỗi tổ đóng góp một tiết",
        "Không tổ chức liên hoan ",
        "Bổ sung sách cho thư việ",
    ]


# A monthly briefing's minutes, invented for this test: a numbered list of conclusions, then, after
# a blank line, a task handed out by one side (an item) and a closing line worded otherwise than
# "Cuộc họp kết thúc …" (no item).
CLOSED = (
    "CÔNG ĐOÀN CÔNG TY CP GẠCH MEN THANH SƠN\n\nBIÊN BẢN\nGIAO BAN THÁNG 10\n\n"
    "Thời gian: 14 giờ 00, ngày 03/11/2025.\nĐịa điểm: Văn phòng Công đoàn.\n\n"
    "Chủ trì: Ông Hà Văn Thịnh, Chủ tịch Công đoàn.\nThư ký: Bà Lò Thị Yên, Ủy viên.\n\n"
    "KẾT LUẬN\n"
    "1. Hoàn thành bình xét thi đua quý III trước ngày 15/11/2025.\n"
    "2. Tổ chức khám sức khỏe cho nữ công nhân trong tháng 12.\n\n"
    "Bên A giao Phòng Kế toán bố trí kinh phí khám sức khỏe.\n\n"
    "Giao ban xong lúc 16 giờ.\n"
)


def test_a_marked_list_of_conclusions_ends_at_an_unmarked_line_after_a_blank() -> None:
    items = extract_minutes(CLOSED).record.get("decisions", [])
    assert [i["text"][:24] for i in items] == [
        "Hoàn thành bình xét thi ",
        "Tổ chức khám sức khỏe ch",
        "Bên A giao Phòng Kế toán",
    ]


def _headed(heading: str) -> str:
    """A residents' group's minutes, invented for this test, its conclusions under `heading`."""
    return (
        "CÔNG ĐOÀN CƠ SỞ HỢP TÁC XÃ MAY AN PHÚ\n\nBIÊN BẢN\nHỌP TỔ CÔNG ĐOÀN\n\n"
        "Thời gian: 17 giờ 00, ngày 14/11/2025.\nĐịa điểm: Nhà xưởng số 1.\n"
        "Chủ trì: Bà Khổng Thị Lụa, Tổ trưởng.\n\n"
        f"{heading}\n"
        "- Mỗi đoàn viên góp 50.000 đồng thăm chị Tuyết ốm.\n"
        "- Giao chị Lụa mua quà trước ngày 20/11/2025.\n"
    )


@pytest.mark.parametrize(
    "heading", ["KẾT LUẬN (biểu quyết 12/12 tán thành)", "THỐNG NHẤT", "Nhất trí:"]
)
def test_the_heading_of_the_conclusions_may_carry_an_aside_or_be_the_verb(heading: str) -> None:
    items = extract_minutes(_headed(heading)).record.get("decisions", [])
    assert [i["text"][:20] for i in items] == [
        "Mỗi đoàn viên góp 50",
        "Giao chị Lụa mua quà",
    ]


# A party cell's minutes, invented for this test: no conclusions label, the list led in by a
# sentence whose vote count in brackets comes before its colon.
COUNTED = (
    "CHI BỘ TRƯỜNG MẦM NON HOA SEN\n\nBIÊN BẢN\nSINH HOẠT CHI BỘ THÁNG 10\n\n"
    "Thời gian: 14 giờ 00, ngày 06/10/2025.\nĐịa điểm: Phòng họp nhà trường.\n"
    "Chủ trì: Đồng chí Nông Thị Hoa, Bí thư Chi bộ.\n\n"
    "PHẦN II. THẢO LUẬN\nĐồng chí Lý Văn Sơn nêu ý kiến về bếp ăn bán trú.\n\n"
    "PHẦN III. KẾT LUẬN VÀ NGHỊ QUYẾT\n"
    "Đồng chí Bí thư kết luận; chi bộ biểu quyết (11/11 đảng viên có mặt tán thành):\n"
    "1. Sửa chữa bếp ăn bán trú trước ngày 30/10/2025.\n"
    "2. Giao đồng chí Sơn theo dõi việc sửa chữa.\n\n"
    "Buổi sinh hoạt kết thúc hồi 16 giờ cùng ngày.\n"
)


def test_a_vote_count_in_brackets_before_the_lead_ins_colon() -> None:
    items = extract_minutes(COUNTED).record.get("decisions", [])
    assert [i["text"][:24] for i in items] == [
        "Sửa chữa bếp ăn bán trú ",
        "Giao đồng chí Sơn theo d",
    ]


# A joint review's minutes, invented for this test: the heading says who agreed, with no colon,
# over items numbered "3.1.", "3.2.", the last a point the sides did not agree.
JOINT = (
    "BIÊN BẢN\nHội nghị liên tịch Hội Cựu chiến binh và Công đoàn Viên chức huyện\n\n"
    "Thời gian: 09 giờ 00, ngày 14/11/2025.\nĐịa điểm: Hội trường Huyện ủy.\n\n"
    "NỘI DUNG\n1. Ông Giáp Văn Tư trình bày báo cáo một năm phối hợp.\n\n"
    "3. Hai bên thống nhất\n"
    "   3.1. Thông qua báo cáo một năm phối hợp; gửi Thường trực Huyện ủy trước ngày 30/11/2025.\n"
    "   3.2. Giao Văn phòng hai bên lập kế hoạch năm 2026 trước ngày 15/12/2025.\n"
    "   3.3. Về việc lập quỹ nghĩa tình: chưa thống nhất, bàn lại vào quý I.\n\n"
    "Hội nghị kết thúc lúc 11 giờ cùng ngày.\n"
)


def test_a_heading_naming_who_agreed_without_a_colon_heads_the_items() -> None:
    items = extract_minutes(JOINT).record.get("decisions", [])
    assert [(i["text"][:22], i["kind"]) for i in items] == [
        ("Thông qua báo cáo một ", "decision"),
        ("Giao Văn phòng hai bên", "assignment"),
    ]
