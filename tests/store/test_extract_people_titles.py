"""People named by a title alone after their first mention, and titles cut right.

A report names someone in full with several offices ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
then says "Kết luận hội nghị, Chủ tịch UBND tỉnh …" or "…, đồng chí Chủ tịch UBND tỉnh đã giao":
the one person holding that office spoke, also inside a Q&A answer. "Tỉnh ủy viên" starts a
title; "thì" ends one. A headline "Kết luận của Bộ trưởng X …" names whose conclusions a notice
gives: X did not speak. A guest the meeting "vinh dự đón" attended; an office named by its
leading words ("Giám đốc Sở …", "đ/c CT Hội Nông dân tỉnh") names its one holder. "chuyên viên
Ban …" (an officer of a department) is a title.

Each example is a short sentence written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

from store.extract import extract_report

LEAD = (
    "Chiều 5/3/2024, tại Sơn La, UBND tỉnh tổ chức buổi làm việc với Liên đoàn Lao động tỉnh.\n\n"
)


def _rows(body: str) -> set[tuple[str, str, str | None]]:
    record = extract_report(LEAD + body).record
    return {(p["name"], p["role"], p.get("title")) for p in record.get("participants", [])}


def _speakers(body: str) -> set[str]:
    return {name for name, role, _title in _rows(body) if role == "speaker"}


CHAIRED = (
    "Đồng chí Cầm Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì. Dự có đồng chí Lê Thị "
    "Vân, Phó Chủ tịch UBND tỉnh; đồng chí Đào Minh Quân, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh.\n\n"
)


def test_one_office_of_several_names_the_person_who_holds_it() -> None:
    speakers = _speakers(
        CHAIRED + "Báo cáo tại buổi làm việc, Chủ tịch LĐLĐ tỉnh cho biết có 900 đoàn viên mới.\n\n"
        "Kết luận buổi làm việc, đồng chí Chủ tịch UBND tỉnh đã giao Sở Xây dựng rà soát quỹ đất."
    )
    assert speakers == {"Đào Minh Quân", "Cầm Văn Hùng"}


def test_a_deputy_is_not_the_holder_of_the_office_itself() -> None:
    speakers = _speakers(
        CHAIRED + "Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh đề nghị các sở phối hợp."
    )
    assert speakers == {"Lê Thị Vân"}


def test_an_office_named_in_a_qa_answer() -> None:
    speakers = _speakers(
        CHAIRED + "PV: Kết quả ra sao?\n\nÔng Đào Minh Quân: Kết luận hội nghị, đồng chí Chủ tịch "
        "UBND tỉnh đã giao Sở Nội vụ rà soát chế độ."
    )
    assert "Cầm Văn Hùng" in speakers


def test_a_provincial_committee_member_is_a_title() -> None:
    rows = _rows(CHAIRED)
    assert ("Đào Minh Quân", "attendee", "Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh") in rows


def test_thi_before_a_verb_ends_a_title() -> None:
    rows = _rows(
        CHAIRED + "Anh Lò Văn Thắng, công nhân Công ty Cổ phần Chè Sơn La thì phản ánh lương chậm."
    )
    assert ("Lò Văn Thắng", "speaker", "công nhân Công ty Cổ phần Chè Sơn La") in rows


def test_a_headline_naming_whose_conclusions_they_are_is_no_speech() -> None:
    text = (
        "BÁO XÂY DỰNG\nChính sách\n\nKết luận của Bộ trưởng Đặng Quốc Khánh về quỹ nhà ở công "
        "nhân\n\n20/11/2024 10:05\n\n(BXD) - Văn phòng Bộ vừa ban hành thông báo kết luận cuộc "
        "họp ngày 4/11/2024 do Bộ trưởng Đặng Quốc Khánh chủ trì.\n\nBộ trưởng yêu cầu các Cục "
        "rà soát quỹ đất."
    )
    record = extract_report(text).record
    roles = {(p["name"], p["role"]) for p in record["participants"]}
    assert roles == {("Đặng Quốc Khánh", "chair")}


def test_an_abbreviated_title_is_a_title() -> None:
    rows = _rows(
        "Đ/c Mùa A Vảng, HUV, CT LĐLĐ huyện chủ trì hội nghị. Dự có đ/c Lầu Thị Xá, UV BTV "
        "Huyện ủy; đ/c Cứ Văn Dếnh, PCT LĐLĐ huyện.\n\n"
    )
    assert ("Mùa A Vảng", "chair", "HUV, CT LĐLĐ huyện") in rows
    assert ("Lầu Thị Xá", "attendee", "UV BTV Huyện ủy") in rows
    assert ("Cứ Văn Dếnh", "attendee", "PCT LĐLĐ huyện") in rows


def test_a_guest_the_meeting_was_honoured_to_welcome_attended() -> None:
    rows = _rows(
        "Hội nghị vinh dự đón đồng chí Hà Văn Sơn, Giám đốc Sở Nông nghiệp. Đồng chí Hà Văn Sơn "
        "phát biểu về mùa vụ.\n\n"
    )
    assert ("Hà Văn Sơn", "attendee", "Giám đốc Sở Nông nghiệp") in rows
    assert ("Hà Văn Sơn", "speaker", "Giám đốc Sở Nông nghiệp") in rows


def test_an_office_named_by_its_leading_words_names_its_holder() -> None:
    speakers = _speakers(
        "Đồng chí Lò Văn Tiến, Giám đốc Sở Nông nghiệp và Môi trường chủ trì. Dự có đồng chí Vì "
        "Thị Hoa, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh; đồng chí Cầm Văn Ơn, Phó Chủ "
        "tịch UBND huyện; đ/c Quàng Thị Sen, CT Hội Nông dân tỉnh.\n\n"
        "Giám đốc Sở nhấn mạnh phải giữ rừng đầu nguồn.\n\n"
        "Giải đáp các kiến nghị, Phó Chủ tịch Thường trực cho biết sẽ hỗ trợ nhà ở.\n\n"
        "Kết luận, đ/c CT Hội Nông dân tỉnh đề nghị các xã rà soát hộ nghèo."
    )
    assert speakers == {"Lò Văn Tiến", "Vì Thị Hoa", "Quàng Thị Sen"}


def test_a_title_in_brackets_runs_to_the_bracket() -> None:
    rows = _rows(
        "Dự có ông Khúc Văn Toàn (Chủ tịch Công đoàn Công ty TNHH Giày Mộc Sương) và bà Lại Thị "
        "Yên (Giám đốc Hợp tác xã rau sạch Chiềng Mung). Ông Toàn nêu khó khăn về nhà trọ."
    )
    titles = {name: title for name, role, title in rows if role == "attendee"}
    assert titles["Khúc Văn Toàn"] == "Chủ tịch Công đoàn Công ty TNHH Giày Mộc Sương"
    assert titles["Lại Thị Yên"] == "Giám đốc Hợp tác xã rau sạch Chiềng Mung"


def test_a_lecturer_and_a_commissar_are_titles() -> None:
    rows = _rows(
        "Dự có TS. Văn Thị Ngà, giảng viên Khoa Xã hội học, Trường Đại học Tây Bắc. Báo cáo do "
        "Trung tá Cầm Văn Inh, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh trình bày."
    )
    titles = {name: title for name, _role, title in rows}
    assert titles["Văn Thị Ngà"] == "giảng viên Khoa Xã hội học, Trường Đại học Tây Bắc"
    assert titles["Cầm Văn Inh"] == "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"


def test_an_officer_of_a_department_has_that_as_a_title() -> None:
    rows = _rows(
        "Đồng chí Cầm Văn Hùng, Chủ tịch LĐLĐ tỉnh chủ trì. Đoàn Thư ký gồm đồng chí Lò Thị "
        "Ngọc, chuyên viên Ban Tổ chức, và đồng chí Vì Văn Ấm, chuyên viên Văn phòng LĐLĐ tỉnh."
    )
    assert ("Lò Thị Ngọc", "secretary", "chuyên viên Ban Tổ chức") in rows
    assert ("Vì Văn Ấm", "secretary", "chuyên viên Văn phòng LĐLĐ tỉnh") in rows
