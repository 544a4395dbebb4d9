"""People named in part after their first mention, and names the family-name lists lack.

A report names someone in full once, then by given name after an honorific ("đồng chí Thu
Hằng", "ông Khoa"); that is the same person, not a second one. After an honorific, capitalised
words are a name even when the first syllable is no Kinh family name ("cô Ka Nhung", "bà Thông
Thị Hoa"); Cơ Ho and Chu Ru names of Lâm Đồng start "Ka", "Bon Niêng", ... Such a name, met once
after an honorific, is a name later without one ("Chủ tịch LĐLĐ huyện Phàng Thị Dính đề nghị").

Each example is a short sentence written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

from store.extract import extract_report

LEAD = "Sáng 8/10/2024, tại Đà Lạt, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết quý III.\n\n"


def _rows(body: str) -> set[tuple[str, str, str | None]]:
    record = extract_report(LEAD + body).record
    return {(p["name"], p["role"], p.get("title")) for p in record.get("participants", [])}


def _names(body: str) -> set[str]:
    return {row[0] for row in _rows(body)}


def test_a_given_name_after_an_honorific_is_the_person_named_in_full() -> None:
    rows = _rows(
        "Đồng chí Phan Thị Thu Hằng, Chủ tịch LĐLĐ tỉnh, chủ trì hội nghị. Dự có ông Trịnh Đăng "
        "Khoa, Phó Giám đốc Sở Nội vụ.\n\nKết luận hội nghị, đồng chí Thu Hằng đề nghị các cấp "
        "công đoàn rà soát đoàn viên. Ông Khoa cho biết Sở sẽ phối hợp."
    )
    assert ("Phan Thị Thu Hằng", "speaker", "Chủ tịch LĐLĐ tỉnh") in rows
    assert ("Trịnh Đăng Khoa", "speaker", "Phó Giám đốc Sở Nội vụ") in rows
    assert _names_of(rows) == {"Phan Thị Thu Hằng", "Trịnh Đăng Khoa"}


def _names_of(rows: set[tuple[str, str, str | None]]) -> set[str]:
    return {row[0] for row in rows}


def test_a_given_name_that_starts_like_a_family_name_joins_the_full_name() -> None:
    names = _names(
        "Tham dự có bà Đặng Thị Kim Thoa, Chủ tịch Công đoàn ngành Y tế. Phát biểu tại hội nghị, "
        "bà Kim Thoa cho biết ngành còn thiếu 40 bác sĩ."
    )
    assert names == {"Đặng Thị Kim Thoa"}


def test_a_given_name_shared_by_two_people_is_left_alone() -> None:
    names = _names(
        "Dự có ông Lê Văn Hòa, Phó Chủ tịch LĐLĐ tỉnh, và ông Trần Văn Hòa, Giám đốc Sở Xây dựng. "
        "Ông Hòa cho biết tỉnh có 12 khu nhà trọ."
    )
    assert names == {"Lê Văn Hòa", "Trần Văn Hòa"}


def test_a_lone_capitalised_word_after_an_honorific_names_nobody_new() -> None:
    names = _names(
        "Dự có đồng chí Mai Xuân Lộc, Phó Chủ tịch LĐLĐ tỉnh. Đồng chí Thường trực cho biết quỹ "
        "còn 300 triệu đồng."
    )
    assert names == {"Mai Xuân Lộc"}


def test_a_name_the_family_name_list_lacks_is_read_after_an_honorific() -> None:
    rows = _rows(
        "Tham dự có bà Thông Thị Hoa - Phó Chủ tịch Ủy ban MTTQ tỉnh. Cô Ka Nhung, giáo viên "
        "Trường Tiểu học Đạ Sar, chia sẻ: trường thiếu giáo viên."
    )
    assert ("Thông Thị Hoa", "attendee", "Phó Chủ tịch Ủy ban MTTQ tỉnh") in rows
    assert ("Ka Nhung", "speaker", "giáo viên Trường Tiểu học Đạ Sar") in rows


def test_a_chu_ru_name_in_a_list_is_read_whole() -> None:
    rows = _rows(
        "Chủ trì hội nghị gồm các đồng chí: Phạm Văn Sơn - Chủ tịch LĐLĐ tỉnh; Bon Niêng Ha Mai - "
        "Phó Chủ tịch LĐLĐ tỉnh."
    )
    assert ("Bon Niêng Ha Mai", "chair", "Phó Chủ tịch LĐLĐ tỉnh") in rows
    assert "Ha Mai" not in _names_of(rows)


def test_has_and_miss_fold_alike_but_only_the_marked_one_is_an_honorific() -> None:
    names = _names(
        "Dự hội nghị có Trung tâm Văn hóa tỉnh và đồng chí Đào Duy Trung, Giám đốc Trung tâm."
    )
    assert names == {"Đào Duy Trung"}


def test_a_name_met_after_an_honorific_is_found_later_after_a_title_alone() -> None:
    body = (
        "Đồng chí Phàng Thị Dính, Chủ tịch LĐLĐ huyện, chủ trì hội nghị. Dự có ông Lê Văn "
        "Hải, Phó Chủ tịch UBND huyện.\n\nKết luận hội nghị, Chủ tịch LĐLĐ huyện Phàng Thị "
        "Dính đề nghị các công đoàn cơ sở rà soát đoàn viên."
    )
    assert ("Phàng Thị Dính", "speaker", "Chủ tịch LĐLĐ huyện") in _rows(body)
    assert _names(body) == {"Phàng Thị Dính", "Lê Văn Hải"}


def test_an_office_alone_before_a_given_name_names_who_was_met_in_full() -> None:
    rows = _rows(
        "Đồng chí Lương Thị Thu Thủy, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị. Dự có đồng chí Đào "
        "Minh Đức, Phó Giám đốc Sở Nội vụ. Phát biểu, Phó Giám đốc Đức đề nghị rà soát quỹ. "
        "Kết luận, Chủ tịch Thu Thủy yêu cầu hoàn thành trong quý IV."
    )
    assert ("Lương Thị Thu Thủy", "speaker", "Chủ tịch LĐLĐ tỉnh") in rows
    assert ("Đào Minh Đức", "speaker", "Phó Giám đốc Sở Nội vụ") in rows
    assert {row[0] for row in rows} == {"Lương Thị Thu Thủy", "Đào Minh Đức"}


def test_a_given_name_after_an_office_with_its_body_is_a_place() -> None:
    names = _names(
        "Dự có đồng chí Trần Hà Nam, Phó Chủ tịch LĐLĐ tỉnh. Đồng chí nhắc lại chỉ đạo của Bí "
        "thư Tỉnh ủy Hà Nam về nhà ở công nhân."
    )
    assert names == {"Trần Hà Nam"}


def test_a_highland_name_whose_first_syllable_ends_in_an_apostrophe() -> None:
    rows = _rows(
        "Dự có bà K' Bình, Trưởng Ban Nữ công, và ông R' Chơn Sa, Phó Chủ tịch LĐLĐ huyện. "
        "Bà K' Bình chia sẻ về nhà trẻ cho con công nhân."
    )
    assert ("K' Bình", "attendee", "Trưởng Ban Nữ công") in rows
    assert ("K' Bình", "speaker", "Trưởng Ban Nữ công") in rows
    assert ("R' Chơn Sa", "attendee", "Phó Chủ tịch LĐLĐ huyện") in rows


def test_a_nickname_in_brackets_is_the_person_named_in_full_beside_it() -> None:
    # A southern nickname (a birth-order word with a given name or a place), told once in
    # brackets and then used alone: one person, with the title written after the bracket.
    rows = _rows(
        "Hội nghị do ông Lê Văn Năm (Năm Cần Đước), Chủ tịch LĐLĐ huyện chủ trì. Dự có bà Đoàn "
        "Thị Xuân (Út Xuân), Phó Chủ tịch UBND xã.\n\nKết luận, ông Năm Cần Đước đề nghị các "
        "công đoàn cơ sở rà soát đoàn viên. Bà Út Xuân cho biết xã sẽ hỗ trợ."
    )
    assert ("Lê Văn Năm", "chair", "Chủ tịch LĐLĐ huyện") in rows
    assert ("Đoàn Thị Xuân", "speaker", "Phó Chủ tịch UBND xã") in rows
    assert _names_of(rows) == {"Lê Văn Năm", "Đoàn Thị Xuân"}
