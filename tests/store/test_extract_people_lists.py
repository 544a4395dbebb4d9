"""The extractor's people written as lists under one title, co-chairs, photo slugs, and a body's
people after its name ("Ban Tuyên giáo có đồng chí Trưởng ban A và hai Phó Trưởng ban là B và C"),
signatories listed after a shared lead ("Ký kết … có đại diện của 3 doanh nghiệp: ông A, …"), and
a guest the meeting invited ("Hội nghị mời ông A - title"), a listed name whose family name no list
of family names holds ("các Phó Chủ tịch …: A, Hiagl Lan và B"), a list after "các đ/c [title]:",
a visit's hosts ("Tiếp đoàn có …"), companions ("Cùng đi với đoàn có …") and a signing's
witnesses, who attended though they speak later; a clause then "có" and a colon ("Dự giao ban có
các đồng chí: …", "Tham gia tọa đàm có: …").

Each example is a short sentence written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

from store.extract import extract_report

LEAD = "Sáng 4/6/2024, tại Vinh, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết.\n\n"


def _people(body: str) -> dict[str, tuple[str, str | None]]:
    record = extract_report(LEAD + body).record
    return {p["name"]: (p["role"], p.get("title")) for p in record["participants"]}


def test_a_title_before_a_colon_list_is_each_persons() -> None:
    people = _people(
        "Chủ trì hội nghị có đồng chí Lý Văn Toàn - Chủ tịch LĐLĐ tỉnh; các Phó Chủ tịch LĐLĐ "
        "tỉnh: Đỗ Thị Hạnh, Mai Quốc Bảo, Tạ Thu Trang."
    )
    for name in ("Đỗ Thị Hạnh", "Mai Quốc Bảo", "Tạ Thu Trang"):
        assert people[name] == ("chair", "Phó Chủ tịch LĐLĐ tỉnh")
    assert people["Lý Văn Toàn"] == ("chair", "Chủ tịch LĐLĐ tỉnh")


def test_two_deputies_named_after_la_share_the_title() -> None:
    people = _people("Dự hội nghị có hai Phó Giám đốc Sở Nội vụ là Hà Minh Đức và Vương Thị Lan.")
    assert people["Hà Minh Đức"] == ("attendee", "Phó Giám đốc Sở Nội vụ")
    assert people["Vương Thị Lan"] == ("attendee", "Phó Giám đốc Sở Nội vụ")


def test_the_middle_person_of_co_chairs_keeps_the_title_after_the_pair() -> None:
    people = _people(
        "Đồng chí Lý Văn Toàn - Chủ tịch UBND tỉnh; Đỗ Văn Hưng và Mai Quốc Bảo - Phó Chủ tịch "
        "UBND tỉnh đồng chủ trì hội nghị."
    )
    assert {name for name, (role, _) in people.items() if role == "chair"} == {
        "Lý Văn Toàn", "Đỗ Văn Hưng", "Mai Quốc Bảo"
    }  # fmt: skip
    assert people["Đỗ Văn Hưng"][1] == "Phó Chủ tịch UBND tỉnh"


def test_chairs_under_dieu_hanh_and_a_presidium() -> None:
    people = _people(
        "Hội nghị diễn ra dưới sự điều hành của đồng chí Lý Văn Toàn, Chủ tịch LĐLĐ tỉnh."
    )
    assert people["Lý Văn Toàn"][0] == "chair"
    people = _people(
        "Đoàn Chủ tịch đại hội gồm các đồng chí: Đỗ Thị Hạnh, Chủ tịch LĐLĐ huyện; Mai Quốc Bảo, "
        "Phó Chủ tịch LĐLĐ huyện."
    )
    assert people["Đỗ Thị Hạnh"][0] == "chair" and people["Mai Quốc Bảo"][0] == "chair"


def test_a_caption_slug_without_marks_is_not_a_second_person() -> None:
    people = _people(
        "Đồng chí Lý Văn Toàn - Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.\n\n"
        "Chu tich LDLD tinh Ly Van Toan phat bieu - Anh 1\n\n"
        "Đồng chí Ly Van Toan nhấn mạnh vai trò của công đoàn cơ sở."
    )
    assert list(people) == ["Lý Văn Toàn"]


def test_a_bodys_people_after_its_name_and_has_are_present() -> None:
    people = _people(
        "Đồng chí Hà Minh Châu, Bí thư Huyện ủy chủ trì. Cùng dự có đồng chí Lục Thị Nga, Phó Bí "
        "thư Huyện ủy. Ban Tuyên giáo Huyện ủy có đồng chí Trưởng ban Nông Văn Kiên và hai Phó "
        "Trưởng ban là Hoàng Thị Yến và Vi Văn Cường.\n\nĐồng chí Nông Văn Kiên đề nghị tăng cường "
        "tuyên truyền."
    )
    assert people["Vi Văn Cường"] == ("attendee", "Phó Trưởng ban")
    record = extract_report(
        LEAD + "Ban Tuyên giáo Huyện ủy có đồng chí Trưởng ban Nông Văn Kiên. Đồng chí Nông Văn "
        "Kiên đề nghị tăng cường tuyên truyền."
    ).record
    roles = {(p["name"], p["role"]) for p in record["participants"]}
    assert roles == {("Nông Văn Kiên", "attendee"), ("Nông Văn Kiên", "speaker")}


def test_a_body_that_has_members_is_no_list_of_those_present() -> None:
    people = _people(
        "Đồng chí Hà Minh Châu, Bí thư Huyện ủy chủ trì. Công đoàn ngành có 3.000 đoàn viên; đồng "
        "chí Nông Văn Kiên cho biết ngành thiếu giáo viên."
    )
    assert people["Nông Văn Kiên"][0] == "speaker"


def test_signatories_listed_after_a_shared_lead_were_there() -> None:
    record = extract_report(
        LEAD + "Ký kết thỏa thuận có đại diện của 3 doanh nghiệp: ông Lâm Văn Phúc, Giám đốc Công "
        "ty TNHH Thép Hòa Phong; bà Tạ Thị Hằng, Phó Giám đốc Công ty Cổ phần Dệt Nam Phước. Ông "
        "Lâm Văn Phúc cho biết công ty sẽ tăng lương từ tháng 7."
    ).record
    rows = {(p["name"], p["role"], p.get("title")) for p in record["participants"]}
    assert ("Lâm Văn Phúc", "attendee", "Giám đốc Công ty TNHH Thép Hòa Phong") in rows
    assert ("Lâm Văn Phúc", "speaker", "Giám đốc Công ty TNHH Thép Hòa Phong") in rows
    assert ("Tạ Thị Hằng", "attendee", "Phó Giám đốc Công ty Cổ phần Dệt Nam Phước") in rows


def test_a_guest_the_meeting_invited_attends() -> None:
    record = extract_report(
        LEAD + "Dự hội nghị có đồng chí Lý Văn Toàn, Chủ tịch LĐLĐ tỉnh. Hội nghị mời ông Đặng "
        "Hữu Phước - Giám đốc Công ty Cơ khí Hồng Lam. Ông Phước cho biết công ty có 300 lao động."
    ).record
    roles = {(p["name"], p["role"]) for p in record["participants"]}
    assert {("Đặng Hữu Phước", "attendee"), ("Đặng Hữu Phước", "speaker")} <= roles


def test_a_listed_name_with_a_rare_family_name_under_a_shared_title() -> None:
    people = _people(
        "Dự hội nghị có các Phó Chủ tịch LĐLĐ tỉnh: Đỗ Thị Hạnh, Hiagl Lan và Mai Quốc Bảo; cùng "
        "25 ủy viên Ban Chấp hành."
    )
    for name in ("Đỗ Thị Hạnh", "Hiagl Lan", "Mai Quốc Bảo"):
        assert people[name] == ("attendee", "Phó Chủ tịch LĐLĐ tỉnh")


def test_a_list_after_the_abbreviated_comrades_shares_their_title() -> None:
    people = _people(
        "Dự hội nghị có đ/c Hà Thị Lụa, Phó Giám đốc Sở Nội vụ; các đ/c PCT LĐLĐ tỉnh: Mai Văn "
        "Quế (PCT Thường trực), Đàm Thị Nhung; cùng 30 đ/c ủy viên Ban Chấp hành."
    )
    assert people["Mai Văn Quế"] == ("attendee", "PCT LĐLĐ tỉnh, PCT Thường trực")
    assert people["Đàm Thị Nhung"] == ("attendee", "PCT LĐLĐ tỉnh")


def test_a_visits_hosts_its_companions_and_a_signings_witness_attended() -> None:
    record = extract_report(
        LEAD + "Đoàn công tác do ông Lạc Văn Tùng, Phó Chủ tịch Công đoàn Dệt May Việt Nam làm "
        "trưởng đoàn. Cùng đi với đoàn có bà Khổng Thị Mơ, Phó Chánh Văn phòng. Tiếp và làm việc "
        "với đoàn có ông Âu Văn Lạng, Giám đốc Công ty; bà Doãn Thị Lê, Chủ tịch Công đoàn cơ sở. "
        "Chứng kiến lễ ký kết có ông Bạch Văn Khải, Phó Giám đốc Sở Nội vụ.\n\nBà Khổng Thị Mơ "
        "cho biết ngành có 900 đoàn viên. Ông Âu Văn Lạng khẳng định giữ việc làm. Bà Doãn Thị Lê "
        "đề nghị tăng lương. Ông Bạch Văn Khải đánh giá cao thỏa ước."
    ).record
    attended = {
        p["name"]: p.get("title") for p in record["participants"] if p["role"] == "attendee"
    }
    assert attended["Khổng Thị Mơ"] == "Phó Chánh Văn phòng"
    assert attended["Âu Văn Lạng"] == "Giám đốc Công ty"
    assert attended["Doãn Thị Lê"] == "Chủ tịch Công đoàn cơ sở"
    assert attended["Bạch Văn Khải"] == "Phó Giám đốc Sở Nội vụ"


def test_who_signs_for_each_side_after_ben_a_la_attended() -> None:
    # "Bên A (…) là ông X, title; Bên B (…) là bà Y, title": the signatories were there, not
    # only heard when they speak later.
    record = extract_report(
        LEAD
        + "Ký thỏa ước, Bên A (đại diện người sử dụng lao động) là ông Giáp Văn Trọng, Giám đốc "
        "Công ty; Bên B (đại diện tập thể người lao động) là bà Ninh Thị Khuyên, Chủ tịch Công "
        "đoàn cơ sở.\n\nTheo bà Khuyên, thỏa ước có 30 điều. Ông Trọng cho biết sẽ tăng lương."
    ).record
    attended = {
        p["name"]: p.get("title") for p in record["participants"] if p["role"] == "attendee"
    }
    assert attended == {
        "Giáp Văn Trọng": "Giám đốc Công ty",
        "Ninh Thị Khuyên": "Chủ tịch Công đoàn cơ sở",
    }


def test_lines_under_a_heading_of_those_present_attended() -> None:
    record = extract_report(
        "Sáng 3/4/2025, tại Yên Bái, Công đoàn ngành Y tế tổ chức hội nghị.\n\n"
        "Bà Hà Thị Vân, Chủ tịch Công đoàn ngành, chủ trì hội nghị.\n\n"
        "Tham dự hội nghị có:\n"
        "- Ông Bế Văn Chung, Phó Giám đốc Sở Y tế;\n"
        "- Bà Mông Thị Hậu - Trưởng Ban Nữ công LĐLĐ tỉnh.\n\n"
        "Ông Chung đề nghị các bệnh viện bố trí phòng nghỉ cho điều dưỡng."
    ).record
    rows = {(p["name"], p["role"]) for p in record["participants"]}
    assert ("Bế Văn Chung", "attendee") in rows
    assert ("Mông Thị Hậu", "attendee") in rows


def test_a_shared_title_after_a_body_ending_in_a_count_word() -> None:
    record = extract_report(
        "Sáng 3/4/2025, tại Hà Nội, Công đoàn Dệt May tổ chức hội nghị.\n\n"
        "Về phía Công đoàn Dệt May Việt Nam có các PCT: Khổng Văn Thành, Lã Thị Yến."
    ).record
    rows = {(p["name"], p["role"], p.get("title")) for p in record["participants"]}
    assert ("Khổng Văn Thành", "attendee", "PCT") in rows
    assert ("Lã Thị Yến", "attendee", "PCT") in rows


def test_people_after_a_clause_and_co_were_there_though_they_speak_later() -> None:
    # "Phía doanh nghiệp có ông A, bà B (title)", "Dự và giúp Ban Chấp hành có bà C, title": a
    # clause naming a side or a part, then "có" and people by honorific, lists who was there.
    record = extract_report(
        LEAD
        + "Phía nhà máy có ông Khổng Văn Lực, Phó Giám đốc; bà Lã Thị Duyên (Trưởng phòng Hành "
        "chính). Cùng ngồi với tổ thương lượng có bà Vi Thị Hoa, Phó Chủ tịch Công đoàn ngành."
        "\n\nBà Duyên trình bày quỹ lương năm tới. Bà Vi Thị Hoa đề nghị tăng phụ cấp. Ông Lực "
        "cho biết nhà máy đồng ý."
    ).record
    attended = {
        p["name"]: p.get("title") for p in record["participants"] if p["role"] == "attendee"
    }
    assert attended == {
        "Khổng Văn Lực": "Phó Giám đốc",
        "Lã Thị Duyên": "Trưởng phòng Hành chính",
        "Vi Thị Hoa": "Phó Chủ tịch Công đoàn ngành",
    }


def test_a_clause_then_co_and_a_colon_lists_who_was_there() -> None:
    # "Dự và trao thưởng có các đồng chí: …", "Dự giao ban có các đồng chí: …", "Tham gia tọa đàm
    # có: …" (dev15_09, dev16_08, dev18_10): the colon after "có" or after the honorific; the
    # first of the list, who speaks later, attended too.
    for opening in (
        "Dự và trao thưởng có các đồng chí: ",
        "Dự giao ban có các đồng chí: ",
        "Tham gia tọa đàm có: ông ",
    ):
        record = extract_report(
            LEAD + opening + "Lê Văn Sáng, Phó Bí thư Tỉnh ủy; Hoàng Thị Oanh, Phó Chủ tịch "
            "HĐND tỉnh.\n\nĐồng chí Lê Văn Sáng phát biểu tại hội nghị."
        ).record
        roles = {(p["name"], p["role"], p.get("title")) for p in record["participants"]}
        assert ("Lê Văn Sáng", "attendee", "Phó Bí thư Tỉnh ủy") in roles, opening
        assert ("Hoàng Thị Oanh", "attendee", "Phó Chủ tịch HĐND tỉnh") in roles, opening
