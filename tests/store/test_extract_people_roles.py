"""The extractor's people in the roles newcomers' reports give them: secretaries, shared titles
before names, Q&A labels, a title standing for a person, and people of another meeting.

Each example is a short sentence written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

import pytest

from store.extract import extract_report

LEAD = "Sáng 4/6/2024, tại Vinh, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết.\n\n"


def _rows(body: str) -> set[tuple[str, str, str | None]]:
    record = extract_report(LEAD + body).record
    return {(p["name"], p["role"], p.get("title")) for p in record.get("participants", [])}


def test_a_secretary_is_not_an_attendee() -> None:
    rows = _rows(
        "Đồng chí Trần Thị Minh Nguyệt, Bí thư Chi bộ chủ trì; đồng chí Lê Văn Đức, đảng viên, "
        "được cử làm thư ký. Đồng chí Trần Thị Thu, giáo viên, và đồng chí Võ Văn Quang, nhân viên "
        "kế toán, được cử làm thư ký đại hội."
    )
    assert ("Lê Văn Đức", "secretary", "đảng viên") in rows
    assert ("Trần Thị Thu", "secretary", "giáo viên") in rows
    assert ("Võ Văn Quang", "secretary", "nhân viên kế toán") in rows
    assert not {row for row in rows if row[1] == "attendee"}


def test_a_plural_title_before_names_without_a_colon_is_shared() -> None:
    rows = _rows(
        "Cùng dự có các Phó Chủ tịch LĐLĐ tỉnh Lê Thị Ngọc Hà, Phạm Văn Thủy và Trưởng Ban Tổ "
        "chức LĐLĐ tỉnh Nguyễn Thị Hồng Nhung. Dự có các Phó Chủ tịch Công đoàn ngành là bà Vũ "
        "Minh Đức và ông Nguyễn Xuân Trình."
    )
    for name in ("Lê Thị Ngọc Hà", "Phạm Văn Thủy"):
        assert (name, "attendee", "Phó Chủ tịch LĐLĐ tỉnh") in rows
    assert ("Nguyễn Thị Hồng Nhung", "attendee", "Trưởng Ban Tổ chức LĐLĐ tỉnh") in rows
    for name in ("Vũ Minh Đức", "Nguyễn Xuân Trình"):
        assert (name, "attendee", "Phó Chủ tịch Công đoàn ngành") in rows


def test_a_title_up_to_the_next_name_is_that_names() -> None:
    rows = _rows(
        "Cùng dự có Phó Bí thư Thường trực Thành ủy Lương Nguyễn Minh Triết, Chủ tịch UBND thành "
        "phố Lê Trung Chinh và lãnh đạo các sở. Bộ trưởng Phạm Thị Thanh Trà đề xuất sửa luật."
    )
    assert ("Lương Nguyễn Minh Triết", "attendee", "Phó Bí thư Thường trực Thành ủy") in rows
    assert ("Lê Trung Chinh", "attendee", "Chủ tịch UBND thành phố") in rows
    assert ("Phạm Thị Thanh Trà", "speaker", "Bộ trưởng") in rows  # "trưởng" is no "trường"


def test_common_nouns_that_are_names_in_place() -> None:
    rows = _rows(
        "Đồng chí Hoàng Văn Bộ, Bí thư Huyện ủy chủ trì. Dự có đồng chí Phạm Chí Tâm, Phó Chủ "
        "tịch LĐLĐ tỉnh. Kết luận, đồng chí Hoàng Văn Bộ yêu cầu các xã rà soát."
    )
    assert ("Hoàng Văn Bộ", "chair", "Bí thư Huyện ủy") in rows
    assert ("Phạm Chí Tâm", "attendee", "Phó Chủ tịch LĐLĐ tỉnh") in rows
    assert not {row for row in rows if row[0] == "Hoàng Văn"}


def test_verbs_after_a_title_attend_speak_and_lead_a_delegation() -> None:
    rows = _rows(
        "Đồng chí Hoàng Xuân Tân, Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo. Đoàn công tác "
        "do đồng chí Thái Thu Xương, Phó Chủ tịch Tổng Liên đoàn làm trưởng đoàn. Chị Đỗ Thị "
        "Lan, tổ trưởng tổ may số 7, đề nghị lắp quạt ở Khu công nghiệp Tằng Loỏng."
    )
    assert ("Hoàng Xuân Tân", "attendee", "Phó Chủ tịch UBND tỉnh") in rows
    assert ("Hoàng Xuân Tân", "speaker", "Phó Chủ tịch UBND tỉnh") in rows
    assert ("Thái Thu Xương", "attendee", "Phó Chủ tịch Tổng Liên đoàn") in rows
    assert {row[1] for row in rows if row[0] == "Đỗ Thị Lan"} == {"speaker"}
    assert not {row for row in rows if row[0] == "Tằng Loỏng"}


def test_the_one_who_answers_in_a_q_and_a_did_not_chair() -> None:
    rows = _rows(
        "PV: Ai chủ trì hội nghị?\n\nÔng Vũ Kiên Cường: Hội nghị do đồng chí Trần Thanh Hải, "
        "Chủ tịch Công đoàn Viên chức chủ trì."
    )
    assert {row[1] for row in rows if row[0] == "Vũ Kiên Cường"} == {"speaker", "attendee"}
    assert ("Trần Thanh Hải", "chair", "Chủ tịch Công đoàn Viên chức") in rows


def test_a_speaker_named_by_the_title_alone() -> None:
    rows = _rows(
        "Phó Thủ tướng Lê Thành Long chủ trì cuộc họp. Kết luận cuộc họp, Phó Thủ tướng giao "
        "Bộ Nội vụ hoàn thiện dự thảo."
    )
    assert ("Lê Thành Long", "speaker", "Phó Thủ tướng") in rows


def test_the_chair_of_another_meeting_the_report_recalls_is_left_out() -> None:
    rows = _rows(
        "Đồng chí Phạm Thị Hoa, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.\n\nTrước đó, ngày 25/3, "
        "Công đoàn ngành tổ chức tọa đàm, do đồng chí Lê Thanh Xuân, Chủ tịch Công đoàn ngành chủ "
        "trì. Tọa đàm kiến nghị tăng mức bồi dưỡng."
    )
    assert {row[0] for row in rows} == {"Phạm Thị Hoa"}


def test_a_title_stops_at_the_verb_and_who_signs_at_the_meeting_was_there() -> None:
    rows = _rows(
        "Đồng chí Nguyễn Thị Thu Hường, Phó Chủ tịch LĐLĐ tỉnh triển khai kế hoạch. Đồng chí Võ "
        "Văn Dũng, Giám đốc Sở ký kết chương trình. Tham dự có các đồng chí Phó Chủ tịch LĐLĐ "
        "tỉnh Hà Văn Tư và Đinh Thị Lý."
    )
    assert ("Nguyễn Thị Thu Hường", "attendee", "Phó Chủ tịch LĐLĐ tỉnh") in rows
    assert ("Võ Văn Dũng", "attendee", "Giám đốc Sở") in rows
    assert ("Đinh Thị Lý", "attendee", "Phó Chủ tịch LĐLĐ tỉnh") in rows


def test_according_to_someone_at_the_start_is_what_they_said() -> None:
    rows = _rows(
        "Theo đồng chí Lương Văn Long, Chủ tịch LĐLĐ tỉnh, năm qua có 20 vụ ngừng việc. Theo chỉ "
        "đạo của Thủ tướng Phạm Minh Chính, các địa phương rà soát."
    )
    assert rows == {("Lương Văn Long", "speaker", "Chủ tịch LĐLĐ tỉnh")}


def test_more_ways_of_naming_the_chairs() -> None:
    rows = _rows(
        "Cùng chủ trì hội nghị có các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Trần Văn Bình, Hồ Thị "
        "Cúc. Chủ tọa đại hội gồm 3 đồng chí: Ngô Văn Em, Lý Thị Phương và Cao Văn Giang. Hội "
        "nghị được điều hành bởi đồng chí Vương Văn Khánh, Chủ tịch Công đoàn ngành. Chủ trì "
        "buổi làm việc, về phía Sở có ông Lâm Văn Long, Giám đốc Sở; về phía LĐLĐ tỉnh có bà Tạ "
        "Thị Mơ, Chủ tịch LĐLĐ tỉnh."
    )
    chairs = {name for name, role, _ in rows if role == "chair"}
    assert chairs == {
        "Trần Văn Bình", "Hồ Thị Cúc", "Ngô Văn Em", "Lý Thị Phương", "Cao Văn Giang",
        "Vương Văn Khánh", "Lâm Văn Long", "Tạ Thị Mơ",
    }  # fmt: skip
    assert {role for _, role, _ in rows} == {"chair"}


def test_a_title_in_brackets_does_not_hide_the_verb_after_it() -> None:
    rows = _rows(
        "Ông Lê Văn Em (Chủ tịch LĐLĐ tỉnh); bà Trần Thị Phương (Giám đốc Sở Nội vụ) đồng chủ "
        "trì hội nghị. Ông Hà Văn Lộc (Phó Giám đốc Sở Tài chính) phát biểu."
    )
    assert rows == {
        ("Lê Văn Em", "chair", "Chủ tịch LĐLĐ tỉnh"),
        ("Trần Thị Phương", "chair", "Giám đốc Sở Nội vụ"),
        ("Hà Văn Lộc", "speaker", "Phó Giám đốc Sở Tài chính"),
    }


def test_companies_schools_and_communes_in_titles_are_not_names() -> None:
    rows = _rows(
        "Dự hội nghị có đồng chí Nguyễn Văn Tâm, Chủ tịch Công đoàn cơ sở Công ty TNHH May Hòa "
        "Thọ; Bí thư Đảng ủy xã Diễn Hồng Lê Văn Hải; đồng chí Đỗ Thị Hà, Hiệu trưởng Trường "
        "Cao đẳng Kỹ thuật Việt - Đức; đồng chí Trần Văn Nam, Trưởng ban Chính sách - Pháp luật "
        "LĐLĐ tỉnh."
    )
    assert rows == {
        ("Nguyễn Văn Tâm", "attendee", "Chủ tịch Công đoàn cơ sở Công ty TNHH May Hòa Thọ"),
        ("Lê Văn Hải", "attendee", "Bí thư Đảng ủy xã Diễn Hồng"),
        ("Đỗ Thị Hà", "attendee", "Hiệu trưởng Trường Cao đẳng Kỹ thuật Việt - Đức"),
        ("Trần Văn Nam", "attendee", "Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh"),
    }


def test_titles_stop_at_ve_and_noi_but_run_through_bao_ve_and_noi_bo() -> None:
    rows = _rows(
        "Đồng chí Lê Văn An, Phó Chủ tịch Tổng LĐLĐ Việt Nam về dự và chỉ đạo hội nghị. Đồng "
        "chí Trần Văn Bình, Trưởng ban Bảo vệ chính trị nội bộ Tỉnh ủy nói: “Phải làm ngay”. "
        "Đồng chí Lý Văn Cường, Giám đốc Sở Kế hoạch và Đầu tư dự hội nghị."
    )
    assert ("Lê Văn An", "attendee", "Phó Chủ tịch Tổng LĐLĐ Việt Nam") in rows
    assert ("Lê Văn An", "speaker", "Phó Chủ tịch Tổng LĐLĐ Việt Nam") in rows
    assert ("Trần Văn Bình", "speaker", "Trưởng ban Bảo vệ chính trị nội bộ Tỉnh ủy") in rows
    assert ("Lý Văn Cường", "attendee", "Giám đốc Sở Kế hoạch và Đầu tư") in rows


def test_a_school_named_after_a_person_is_no_title_for_that_name() -> None:
    rows = _rows(
        "Ban Tuyên giáo phối hợp với Trường Chính trị Lê Hồng Phong tổ chức lớp học. Dự có đồng "
        "chí Phạm Thị Thanh Mai, Hiệu trưởng Trường Chính trị Lê Hồng Phong."
    )
    assert {row[0] for row in rows} == {"Phạm Thị Thanh Mai"}


def test_a_title_holding_lao_dong_before_a_name_is_read_whole() -> None:
    # "Lao động tỉnh" folds as "đồng tình" (agree), a speaking verb: it must not cut the title.
    rows = _rows("Cùng dự có Chủ tịch Liên đoàn Lao động tỉnh Trịnh Thị Mai; lãnh đạo các sở.")
    assert ("Trịnh Thị Mai", "attendee", "Chủ tịch Liên đoàn Lao động tỉnh") in rows


def test_who_asks_or_speaks_moved_is_a_speaker_not_an_attendee() -> None:
    rows = _rows(
        'Anh Vũ Văn Hòa, công nhân Công ty TNHH Minh Long, hỏi: "Bao giờ có nhà trẻ?". Đại '
        "diện công nhân, chị Hà Thị Lan xúc động chia sẻ niềm vui."
    )
    assert {(n, r) for n, r, _ in rows} >= {("Vũ Văn Hòa", "speaker"), ("Hà Thị Lan", "speaker")}
    assert not {row for row in rows if row[1] == "attendee"}


def test_a_list_of_those_present_goes_on_after_trong_do_co() -> None:
    rows = _rows(
        "Tham dự có đại diện các sở, ngành. Trong đó có ông Đỗ Văn Hải, Giám đốc Sở Nội vụ. "
        "Báo cáo tại hội nghị, ông Đỗ Văn Hải cho biết tỷ lệ đạt 80%."
    )
    assert {("Đỗ Văn Hải", "attendee"), ("Đỗ Văn Hải", "speaker")} <= {(n, r) for n, r, _ in rows}


def test_who_answers_that_they_chaired_is_the_chair() -> None:
    rows = _rows(
        "* PV: Hội nghị diễn ra thế nào?\n\n- Ông Phan Văn Lợi: Hội nghị diễn ra buổi sáng, do "
        "tôi chủ trì. Cùng dự có bà Lưu Thị Hạnh, Phó Chủ tịch LĐLĐ tỉnh."
    )
    roles = {(n, r) for n, r, _ in rows}
    assert ("Phan Văn Lợi", "chair") in roles and ("Phan Văn Lợi", "attendee") not in roles


def test_a_secretariat_listed_in_a_report_are_secretaries() -> None:
    rows = _rows(
        "Đoàn Chủ tịch gồm đồng chí Lê Văn Hải, Chủ tịch LĐLĐ tỉnh; đồng chí Ngô Thị Hằng, Phó "
        "Chủ tịch LĐLĐ tỉnh. Đoàn Thư ký gồm đồng chí Đào Minh Tú, Ủy viên Ban Chấp hành, và đồng "
        "chí Lý Thị Mai, cán bộ Văn phòng LĐLĐ tỉnh."
    )
    assert ("Lê Văn Hải", "chair", "Chủ tịch LĐLĐ tỉnh") in rows
    assert ("Đào Minh Tú", "secretary", "Ủy viên Ban Chấp hành") in rows
    assert ("Lý Thị Mai", "secretary", "cán bộ Văn phòng LĐLĐ tỉnh") in rows
    assert not {row for row in rows if row[1] == "attendee"}


def test_people_the_meeting_acted_on_were_not_said_to_be_there() -> None:
    rows = _rows(
        "Hội nghị nhất trí bổ sung đồng chí Trịnh Văn Kiên, Chủ tịch Công đoàn Khu công nghiệp "
        "Bắc Vinh, vào Ban Chấp hành. Hội nghị cho thôi tham gia Ban Chấp hành đối với đồng chí "
        "Hà Văn Tùng và đồng chí Chu Thị Yến do nghỉ hưu."
    )
    assert not rows


def test_another_body_meeting_the_same_afternoon_is_not_this_meeting() -> None:
    rows = _rows(
        "Đồng chí Lê Văn Hải, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.\n\n"
        "Chiều cùng ngày, ngay sau hội nghị, Ủy ban Kiểm tra LĐLĐ tỉnh họp phiên thường kỳ dưới "
        "sự chủ trì của đồng chí Đinh Thị Thoa, Chủ nhiệm Ủy ban Kiểm tra."
    )
    assert rows == {("Lê Văn Hải", "chair", "Chủ tịch LĐLĐ tỉnh")}


def test_a_meeting_of_another_month_recalled_mid_paragraph_is_not_this_one() -> None:
    body = (
        "Đồng chí Vi Văn Tám, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị. Phát biểu, đồng chí Tám nhắc "
        "lại, tại buổi làm việc hồi tháng 4, ông Hà Quang Lợi, Giám đốc Sở Công Thương, đã đề "
        "nghị các doanh nghiệp chế biến gỗ tạo điều kiện lập công đoàn. Đồng chí Tám đề nghị "
        "các công đoàn cơ sở tăng cường đối thoại."
    )
    record = extract_report(LEAD + body).record
    assert {p["name"] for p in record["participants"]} == {"Vi Văn Tám"}
    texts = [d["text"] for d in record["decisions"]]
    assert not any("chế biến gỗ" in text for text in texts)
    assert any("đối thoại" in text for text in texts)


def test_an_office_alone_in_a_sentence_naming_others_is_its_one_holder() -> None:
    rows = _rows(
        "Đồng chí Ma Văn Thuận, Bí thư Đảng ủy xã chủ trì hội nghị. Dự có đồng chí Triệu Thị "
        "Hồng, Phó Chủ tịch LĐLĐ huyện.\n\nSau khi nghe đồng chí Triệu Thị Hồng báo cáo, đồng "
        "chí Bí thư Đảng ủy xã kết luận như sau:"
    )
    assert ("Ma Văn Thuận", "speaker", "Bí thư Đảng ủy xã") in rows
    assert ("Triệu Thị Hồng", "speaker", "Phó Chủ tịch LĐLĐ huyện") in rows


def test_who_asks_named_in_brackets_after_hoi_spoke_and_is_not_listed_present() -> None:
    rows = _rows(
        "Dự có ông Vương Đình Huệ, Giám đốc Sở Nội vụ.\n\nHỏi (anh Lầu Văn Sử, công nhân Công ty "
        "TNHH Đồ gỗ An Phát, quê Lào Cai): Tôi làm 3 năm nhưng chưa có sổ bảo hiểm?\n\nTrả lời: "
        "Ông Vương Đình Huệ cho biết, Sở sẽ kiểm tra công ty trong tháng này."
    )
    assert {row[:2] for row in rows if row[0] == "Lầu Văn Sử"} == {("Lầu Văn Sử", "speaker")}
    assert ("Vương Đình Huệ", "attendee", "Giám đốc Sở Nội vụ") in rows


# A guest present (Lý Thanh Tùng) beside people the report names who were not there.
NOT_THERE = {
    "sent greetings instead of coming": (
        "Dự hội nghị có đồng chí Lý Thanh Tùng, Phó Chủ tịch UBND tỉnh. Đồng chí Đoàn Minh "
        "Khôi, Bí thư Tỉnh ủy, vì bận công tác đã gửi thư chúc mừng. Chủ tịch Tổng Liên đoàn "
        "Hồ Thị Duyên gửi lẵng hoa chúc mừng hội nghị; ông Vi Văn Sơn gửi điện chúc mừng.",
        {"Đoàn Minh Khôi", "Hồ Thị Duyên", "Vi Văn Sơn"},
    ),
    "could not come, whether or not they sent word": (
        "Dự hội nghị có đồng chí Lý Thanh Tùng, Phó Chủ tịch UBND tỉnh. Đồng chí Đoàn Minh "
        "Khôi, Phó Chủ tịch Tổng Liên đoàn không về dự được, đã gửi thư chúc mừng. Bà Vi Thị "
        "Sen, Trưởng Ban Dân vận Tỉnh ủy, do bận công tác, không đến dự.",
        {"Đoàn Minh Khôi", "Vi Thị Sen"},
    ),
    "told absent, or expected but kept away": (
        "Dự hội nghị có đồng chí Lý Thanh Tùng, Phó Chủ tịch UBND tỉnh. Đồng chí Đoàn Minh "
        "Khôi, Phó Bí thư Thường trực, vắng mặt do đi học tập trung. Theo Ban Tổ chức, bà Vi Thị "
        "Sen, Trưởng Ban Dân vận Tỉnh ủy, dự kiến dự và phát biểu chỉ đạo nhưng do có lịch công "
        "tác đột xuất nên không thể về dự.",
        {"Đoàn Minh Khôi", "Vi Thị Sen"},
    ),
    "a party candidate (quần chúng) acted on": (
        "Đồng chí Lý Thanh Tùng, Bí thư Chi bộ chủ trì. Chi bộ xem xét hồ sơ của quần chúng Lê "
        "Thị Na, nhân viên Văn phòng, và giới thiệu quần chúng ưu tú Hà Văn Tỉnh, công nhân Phân "
        "xưởng 2, để Đảng ủy xem xét kết nạp.",
        {"Lê Thị Na", "Hà Văn Tỉnh"},
    ),
    "a beneficiary's family or a gift's owner told in its story": (
        "Dự buổi lễ có đồng chí Lý Thanh Tùng, Phó Chủ tịch UBND tỉnh. Chị Mẫn Thị Lài là công "
        "nhân may đã 14 năm. Chồng chị, anh Tạ Văn Bền, làm thuê theo mùa vụ. Chồng chị Lài là anh "
        "Hà Văn Ngọ, mất năm 2023. Chủ nhân ngôi nhà là anh Vàng A Sình, công nhân chè.",
        {"Tạ Văn Bền", "Hà Văn Ngọ", "Vàng A Sình"},
    ),
}


@pytest.mark.parametrize(("text", "absent"), NOT_THERE.values(), ids=NOT_THERE.keys())
def test_who_the_report_names_but_was_not_there_is_not_drafted(
    text: str, absent: set[str]
) -> None:
    names = {row[0] for row in _rows(text)}
    assert "Lý Thanh Tùng" in names  # the guest who was there, or the chair
    assert not names & absent


def test_a_secretary_the_meeting_itself_chose() -> None:
    rows = _rows(
        "Ông Hà Quang Vinh - Chủ tịch Công đoàn chủ trì. Chị Nông Thị Lụa - Ủy viên Ban Chấp hành "
        "được hội nghị cử làm thư ký; anh Ma Văn Tiến - tổ trưởng được chi bộ bầu làm thư ký."
    )
    assert ("Nông Thị Lụa", "secretary", "Ủy viên Ban Chấp hành") in rows
    assert not {row for row in rows if row[1] == "attendee"}


def test_who_sent_flowers_after_an_aside_was_not_there() -> None:
    rows = _rows(
        "Dự có ông Tống Văn Hải, Giám đốc Công ty. Trước đó, bà Lục Thị Mai - nguyên Chủ tịch "
        "Công đoàn Công ty, nay đã nghỉ hưu - gửi lẵng hoa chúc mừng hội nghị."
    )
    assert "Lục Thị Mai" not in {row[0] for row in rows}


def test_who_is_only_in_a_file_photo_is_not_in_the_record() -> None:
    rows = _rows(
        "Dự có ông Kha Văn Lâm, Phó Chủ tịch UBND tỉnh.\n\n"
        "Ảnh tư liệu: Bà Ninh Thị Hường, Phó Bí thư Tỉnh ủy, thăm công nhân ngày 2/5.\n\n"
        "Ông Vương Đình Khả, Chủ tịch UBND huyện, tặng quà cho công nhân (ảnh tư liệu)."
    )
    assert {row[0] for row in rows} == {"Kha Văn Lâm"}


def test_a_paragraph_set_apart_for_another_event_of_the_day_is_not_this_meeting() -> None:
    # "Cùng ngày, …", "Chiều cùng ngày, đoàn đến thăm, tặng quà …", "* Sáng nay (…), … tổ chức
    # …": another event told under the report; who is named there was not at this meeting.
    chair = "Đồng chí Lê Văn Hải, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.\n\n"
    asides = (
        "Cũng trong tối cùng ngày, đoàn đến thăm, tặng quà công nhân Nhà máy gạch Tuynel. Dự "
        "buổi tặng quà có ông Phí Văn Cường, Giám đốc nhà máy.",
        "* Cùng ngày, đoàn kiểm tra thứ hai do bà Khúc Thị Nga, Phó Chủ tịch LĐLĐ tỉnh làm "
        "trưởng đoàn đã kiểm tra tại Công ty May Hưng Phát. Tiếp đoàn có ông Phí Văn Cường.",
        "* Chiều nay (5/6), LĐLĐ tỉnh tiếp tục tổ chức lớp tập huấn cho 80 cán bộ công đoàn, "
        "do ông Phí Văn Cường, Trưởng Ban Tổ chức chủ trì.",
    )
    for aside in asides:
        assert _rows(chair + aside) == {("Lê Văn Hải", "chair", "Chủ tịch LĐLĐ tỉnh")}, aside


def test_the_meeting_going_on_later_that_day_is_still_this_meeting() -> None:
    rows = _rows(
        "Đồng chí Lê Văn Hải, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.\n\n"
        "Chiều cùng ngày, hội nghị thảo luận ở tổ; đồng chí Phí Văn Cường, Giám đốc Sở Nội vụ "
        "phát biểu."
    )
    assert ("Phí Văn Cường", "speaker", "Giám đốc Sở Nội vụ") in rows


def test_who_only_made_an_earlier_visit_the_same_day_was_not_at_this_meeting() -> None:
    # "Trước đó, chiều cùng ngày, X đã đến thăm …": another event; X named only there was not
    # at the meeting, while one named at both keeps the role the meeting gave.
    rows = _rows(
        "Dự hội nghị có bà Hồ Thị Lài, Phó Chủ tịch LĐLĐ tỉnh.\n\n"
        "Trước đó, chiều cùng ngày, bà Hồ Thị Lài và ông Đặng Quốc Khánh, Trưởng Ban Nữ công, đã "
        "đến thăm, tặng 30 phần quà cho công nhân ở trọ tại phường Hưng Dũng."
    )
    assert {row[0] for row in rows} == {"Hồ Thị Lài"}
    assert ("Hồ Thị Lài", "attendee", "Phó Chủ tịch LĐLĐ tỉnh") in rows
