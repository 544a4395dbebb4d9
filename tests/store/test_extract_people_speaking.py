"""Ways a report says someone spoke, and gifts that are not taking part in a meeting.

"… giải thích: …", "… hỏi thẳng / hỏi về …", "Tuy nhiên, theo bà X, …" (what X said, in the middle
of a sentence), a speaker whose title ends in a company's name written partly in lower case
("Công ty TNHH May xuất khẩu Hòa An cho biết"). A worker named after "anh"/"chị" with no title
took part; but whoever a gift is handed to ("trao Mái ấm Công đoàn cho gia đình chị X và anh Y")
is neither an attendee nor a speaker; "để nghỉ hưu" (to retire) folds like "đề nghị" (to
propose) but is no speaking; "X bổ sung: …" is speaking, "bầu bổ sung X" is not; whom the
meeting heard ("nghe chị X chia sẻ", "ý kiến phát biểu của bà X") spoke; who advises ("… khuyến
cáo người dân …") spoke; so did who sets a body a task ("X giao Ban Thường vụ …"), not
who holds a briefing ("giao ban"); and who owns up to something ("X thừa nhận …"). A word or two of
manner, a colon and a quote ("Bà X thẳng thắn: “…”") is speaking; people listed by "anh"/"chị"
after a clause and "có" ("Ngồi quanh bàn có anh A (…), chị B (…)") were there. "thay mặt …" may
come between a speaker and the verb ("X thay mặt công nhân cảm ơn …"). Who "thông qua báo cáo"
(presents a text) spoke, the title ending before the verb. So did who "kể rằng …", "kể về …", or
"— X, …, kể." (tells), and who cites to the meeting ("X dẫn thực tế …", "dẫn một ví dụ"), not who
leads a delegation ("dẫn đầu").

Each example is a short sentence written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

from store.extract import extract_report

LEAD = "Sáng 20/7/2024, tại Vĩnh Long, Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại.\n\n"


def _rows(body: str) -> set[tuple[str, str, str | None]]:
    record = extract_report(LEAD + body).record
    return {(p["name"], p["role"], p.get("title")) for p in record.get("participants", [])}


def _roles(body: str, name: str) -> set[str]:
    return {role for who, role, _title in _rows(body) if who == name}


def test_explaining_is_speaking() -> None:
    body = (
        "Đồng chí Phạm Văn Lợi, Chủ tịch LĐLĐ huyện Long Hồ, giải thích: lao động phần lớn làm "
        "thời vụ."
    )
    assert _roles(body, "Phạm Văn Lợi") == {"speaker"}


def test_asking_straight_or_about_is_speaking_but_asking_after_is_not() -> None:
    body = (
        "Chị Thạch Thị Sa Phol, tổ may số 2, hỏi thẳng vì sao lương chậm. Anh Lê Văn Út, công nhân "
        "Công ty Cổ phần Thủy sản Mekong, hỏi về chế độ nghỉ mát."
    )
    assert _roles(body, "Thạch Thị Sa Phol") == {"speaker"}
    assert _roles(body, "Lê Văn Út") == {"speaker"}
    visit = "Sau hội nghị, ông Đặng Văn Bé, Giám đốc Sở Y tế, hỏi thăm công nhân bị ốm."
    assert "speaker" not in _roles(visit, "Đặng Văn Bé")


def test_according_to_someone_in_the_middle_of_a_sentence() -> None:
    body = (
        "Dự có bà Võ Thị Hạnh, Ủy viên Ủy ban Kiểm tra. Tuy nhiên, theo bà Võ Thị Hạnh, bản giải "
        "trình chưa làm rõ trách nhiệm."
    )
    assert _roles(body, "Võ Thị Hạnh") == {"attendee", "speaker"}


def test_a_company_name_partly_in_lower_case_ends_before_the_verb() -> None:
    rows = _rows(
        "Bà Trương Thị Mỹ, Chủ tịch Công đoàn Công ty TNHH May xuất khẩu Lê Minh cho biết, "
        "công ty chỉ còn làm 5 ngày mỗi tuần."
    )
    assert rows == {
        ("Trương Thị Mỹ", "speaker", "Chủ tịch Công đoàn Công ty TNHH May xuất khẩu Lê Minh")
    }


def test_a_name_after_a_company_name_is_still_a_name() -> None:
    rows = _rows("Giám đốc Công ty TNHH Cơ khí Lê Minh Trần Văn Lâm cho biết đơn hàng tăng.")
    assert {row[0] for row in rows} == {"Trần Văn Lâm"}


def test_a_worker_named_after_anh_or_chi_took_part() -> None:
    rows = _rows("Chị Thạch Thị Sa Phol, tổ may số 2, phát biểu: lương về chậm hai tháng.")
    assert rows == {("Thạch Thị Sa Phol", "speaker", None)}


def test_whom_a_gift_is_handed_to_did_not_take_part() -> None:
    rows = _rows(
        "Dự có ông Ngô Văn Tài, Phó Chủ tịch UBND tỉnh. Dịp này, Ban tổ chức trao 2 Mái ấm Công "
        "đoàn cho gia đình chị Kiên Thị Mai và anh Sơn Văn Hùng (Công ty TNHH Giày Sao Vàng)."
    )
    assert {row[0] for row in rows} == {"Ngô Văn Tài"}


def test_to_retire_is_not_to_propose_though_both_fold_alike() -> None:
    body = (
        "Dự có bà Hà Thị Nguyên, Phó Chủ tịch LĐLĐ tỉnh. Hội nghị đồng ý cho thôi Ủy viên Ban "
        "Chấp hành đối với bà Hà Thị Nguyên, Phó Chủ tịch LĐLĐ tỉnh, để nghỉ hưu từ tháng 9."
    )
    assert _roles(body, "Hà Thị Nguyên") == {"attendee"}
    asks = "Bà Hà Thị Nguyên, Phó Chủ tịch LĐLĐ tỉnh, đề nghị tăng mức hỗ trợ."
    assert _roles(asks, "Hà Thị Nguyên") == {"speaker"}


def test_adding_to_a_report_is_speaking_but_being_added_to_a_committee_is_not() -> None:
    body = (
        "Dự có ông Lò Văn Khiêm, Phó Chủ tịch LĐLĐ tỉnh. Ông Lò Văn Khiêm bổ sung: nhiều lao động "
        "làm việc tự do chưa vào công đoàn."
    )
    assert _roles(body, "Lò Văn Khiêm") == {"attendee", "speaker"}
    added = "Hội nghị bầu bổ sung ông Lò Văn Khiêm vào Ban Chấp hành."
    assert "speaker" not in _roles(added, "Lò Văn Khiêm")


def test_whom_the_meeting_heard_spoke() -> None:
    body = (
        "Dự có bà Lương Thị Vân, Phó Chủ tịch LĐLĐ tỉnh. Sau khi nghe ý kiến phát biểu của bà "
        "Lương Thị Vân, hội nghị thống nhất tăng mức hỗ trợ. Hội nghị cũng nghe chị Hà Thị Nhung, "
        "công nhân Xí nghiệp may số 3, chia sẻ về hoàn cảnh gia đình."
    )
    assert _roles(body, "Lương Thị Vân") == {"attendee", "speaker"}
    assert _roles(body, "Hà Thị Nhung") == {"speaker"}


def test_whose_directing_remarks_a_resolution_heard_spoke() -> None:
    # A resolution's preamble: "Sau khi nghe …; nghe ý kiến phát biểu chỉ đạo của đồng chí X …".
    body = (
        "Dự hội nghị có đồng chí Hà Văn Quyết, Phó Bí thư Huyện ủy. Sau khi nghe ý kiến phát biểu "
        "chỉ đạo của đồng chí Hà Văn Quyết và ý kiến thảo luận của các đại biểu, hội nghị thống "
        "nhất thông qua kế hoạch năm 2026."
    )
    assert _roles(body, "Hà Văn Quyết") == {"attendee", "speaker"}


def test_advising_is_speaking() -> None:
    body = (
        "Dự hội nghị có ông Kha Văn Trọng, Giám đốc Trung tâm Dịch vụ việc làm. Ông Kha Văn Trọng "
        "khuyến cáo người lao động chỉ ký hợp đồng với doanh nghiệp được cấp phép."
    )
    assert _roles(body, "Kha Văn Trọng") == {"attendee", "speaker"}


def test_raising_a_point_is_speaking_but_if_is_not() -> None:
    # "nêu thực trạng", "nêu ý kiến": a delegate covered only by a group speaks, not named present.
    body = (
        "Ông Hứa Văn Lâm, Chủ tịch Công đoàn Công ty Cảng Cái Mép, nêu thực trạng thiếu nhà ở cho "
        "công nhân. Bà Đỗ Thị Hiền, Phó Chủ tịch LĐLĐ tỉnh, nếu được phân công sẽ phụ trách."
    )
    assert _roles(body, "Hứa Văn Lâm") == {"speaker"}
    assert "speaker" not in _roles(body, "Đỗ Thị Hiền")


def test_an_office_then_an_adverb_of_manner_then_its_verb_and_a_colon_is_its_holder() -> None:
    # "Giám đốc Công ty lần lượt trả lời: …": the office's one holder spoke (not an answerer
    # named before a Q&A colon).
    body = (
        "Dự hội nghị có ông Triệu Văn Páo - Giám đốc Công ty; bà Nông Thị Mến - Chủ tịch Công "
        "đoàn cơ sở.\n\nGiám đốc Công ty lần lượt trả lời: tháng 6 sẽ nâng tiền ăn ca.\n\n"
        "Chủ tịch Công đoàn cơ sở thẳng thắn nêu những tồn tại trong việc trả lương làm thêm giờ."
    )
    assert "speaker" in _roles(body, "Triệu Văn Páo")
    assert "speaker" in _roles(body, "Nông Thị Mến")


def test_a_warning_given_at_the_meeting_is_speaking() -> None:
    # "Trung tá X cảnh báo …": a rank before the name, and a warning, which is speech.
    body = (
        "Dự hội nghị có Trung tá Kiều Văn Dũng, Phó Trưởng Công an huyện.\n\n"
        "Trung tá Kiều Văn Dũng cảnh báo các thủ đoạn lừa đảo qua mạng nhắm vào công nhân."
    )
    assert _roles(body, "Kiều Văn Dũng") == {"attendee", "speaker"}


def test_reading_out_a_speech_or_a_letter_is_speaking() -> None:
    record = extract_report(
        "Tối 2/9/2025, tại Lai Châu, Liên đoàn Lao động tỉnh tổ chức lễ kỷ niệm.\n\n"
        "Dự có bà Lò Thị Ban, Phó Chủ tịch LĐLĐ tỉnh, và ông Tao Văn Ổn, Chánh Văn phòng. "
        "Đọc diễn văn kỷ niệm, bà Lò Thị Ban ôn lại truyền thống. Thư chúc mừng của Bí thư "
        "Tỉnh ủy được ông Tao Văn Ổn đọc tại buổi lễ."
    ).record
    speakers = {p["name"] for p in record["participants"] if p["role"] == "speaker"}
    assert speakers == {"Lò Thị Ban", "Tao Văn Ổn"}


def test_a_title_then_an_aside_or_two_then_the_verb_is_speaking() -> None:
    # "Chị A, công nhân …, quê …, 9 năm làm ở xưởng, tâm sự: …": the asides (home province,
    # years of service) stand between the title and the verb; A spoke and was not listed.
    body = (
        "Chị Kiều Thị Mỹ Duyên, công nhân Công ty TNHH Thủy sản Phước An, quê Sóc Trăng, "
        'đã 9 năm làm ở xưởng fillet, tâm sự: "Tiền phòng trọ tăng mà lương chưa tăng".\n\n'
        "Ông Hồ Văn Thạnh, tổ trưởng tổ bốc xếp, người gắn bó với cảng từ ngày đầu, chia sẻ "
        "về những ca làm đêm."
    )
    assert _roles(body, "Kiều Thị Mỹ Duyên") == {"speaker"}
    assert _roles(body, "Hồ Văn Thạnh") == {"speaker"}


def test_an_aside_naming_someone_else_is_not_the_first_persons_speech() -> None:
    # "A, title, bà B, title, cho biết": B spoke; A, before her, only attended.
    body = (
        "Dự hội nghị có ông Lâm Tấn Phát, Giám đốc Sở Nội vụ, bà Võ Thị Kim Chi, Phó Giám đốc "
        "Sở Y tế, cho biết năm nay tỉnh khám sức khỏe cho 3.000 công nhân."
    )
    assert "speaker" not in _roles(body, "Lâm Tấn Phát")


def test_guiding_and_reminding_the_meeting_is_speaking_but_a_guideline_is_not() -> None:
    # "hướng dẫn cách …" and "nhắc các …" tell what a person said to those present; "Hướng dẫn
    # số …" is a document, and "nhắc đến" mentions someone.
    body = (
        "Ông Tạ Quốc Vinh, Phó Chánh Thanh tra Sở Nội vụ, hướng dẫn cách tính lương làm thêm giờ. "
        "Trung tá Lâm Hữu Nghĩa nhắc các công nhân khóa cửa phòng trọ khi đi làm.\n\n"
        "Bà Ngô Thị Thắm, Chủ tịch Công đoàn cơ sở, dự hội nghị. Văn bản do bà Ngô Thị Thắm "
        "nhắc đến đã được gửi."
    )
    assert _roles(body, "Tạ Quốc Vinh") == {"speaker"}
    assert _roles(body, "Lâm Hữu Nghĩa") == {"speaker"}
    assert _roles(body, "Ngô Thị Thắm") == {"attendee"}


def test_who_sets_a_body_a_task_at_the_meeting_spoke() -> None:
    body = (
        "Hội nghị do bà Đào Thị Lan, Chủ tịch Công đoàn ngành, điều hành. Về dự có ông Tạ Văn "
        "Khang, Giám đốc Công ty.\n\nKết thúc hội nghị, bà Đào Thị Lan giao Ban Thường vụ hoàn "
        "thành kế hoạch trước ngày 30/7/2024. Giám đốc Tạ Văn Khang giao Phòng Nhân sự rà soát "
        "ca đêm.\n\nÔng Mạc Văn Tú giao ban với các tổ trưởng hằng tuần."
    )
    assert "speaker" in _roles(body, "Đào Thị Lan")
    assert "speaker" in _roles(body, "Tạ Văn Khang")
    assert "speaker" not in _roles(body, "Mạc Văn Tú")


def test_who_owns_up_to_something_at_the_meeting_spoke() -> None:
    body = (
        "Dự có ông Kang Min-soo, Tổng Giám đốc Công ty. Ông Kang Min-soo thừa nhận giá suất ăn "
        "chưa tăng từ năm 2022. Chị Đỗ Thị Nụ, công nhân tổ may 4, thừa nhận nhiều người còn "
        "ngại góp ý."
    )
    assert "speaker" in _roles(body, "Kang Min-soo")
    assert "speaker" in _roles(body, "Đỗ Thị Nụ")


def test_a_word_of_manner_a_colon_and_a_quote_is_speaking() -> None:
    body = (
        "Bà Hứa Thị Mai thẳng thắn: “Tiền trọ tăng nhanh hơn lương”. Anh Giàng A Páo, công nhân "
        "đội chè số 2, xúc động: “Năm nay nhà tôi có mái mới”. Chị Lù Thị Dín rất thật thà: "
        "“Ngày tăng ca thì đói”."
    )
    for name in ("Hứa Thị Mai", "Giàng A Páo", "Lù Thị Dín"):
        assert _roles(body, name) == {"speaker"}


def test_people_listed_by_anh_or_chi_after_co_were_there_and_may_speak() -> None:
    body = (
        "Ngồi quanh bàn có anh Mai Văn Đông (Tổ trưởng Xưởng Cán), chị Lê Thị Thu (kế toán). Anh "
        "Đông hào hứng: “Xưởng em có đội nữ!”."
    )
    assert _roles(body, "Mai Văn Đông") == {"attendee", "speaker"}
    assert _roles(body, "Lê Thị Thu") == {"attendee"}


def test_who_speaks_for_others_before_the_verb_spoke() -> None:
    body = (
        "Anh Khổng Văn Tài, tổ trưởng tổ dệt, thay mặt công nhân cảm ơn Ban Giám đốc. Bà Lương "
        "Thị Nhàn thay mặt hai đơn vị chủ trì báo cáo kết quả."
    )
    assert "speaker" in _roles(body, "Khổng Văn Tài")
    assert "speaker" in _roles(body, "Lương Thị Nhàn")


def test_who_presents_a_text_to_the_meeting_spoke() -> None:
    body = (
        "Đồng chí Hà Thị Lương, Phó Bí thư Chi bộ thông qua báo cáo kết quả tháng 5. Hội nghị "
        "thông qua dự thảo nghị quyết."
    )
    assert ("Hà Thị Lương", "speaker", "Phó Bí thư Chi bộ") in _rows(body)


def test_who_tells_of_something_spoke() -> None:
    body = (
        "Chị Vương Thị Hạ, nhân viên buồng phòng, kể rằng nhiều hôm làm đến 23 giờ. Tiếp đó, anh "
        "Lục Văn Tòng, lái tàu, kể về những ca chạy đêm. \"Cả tháng không gặp con\" — anh Mạc Văn "
        "Sĩ, tổ trưởng bốc xếp, kể."
    )
    for name in ("Vương Thị Hạ", "Lục Văn Tòng", "Mạc Văn Sĩ"):
        assert _roles(body, name) == {"speaker"}


def test_who_cites_an_example_or_figures_spoke_but_not_who_leads_a_delegation() -> None:
    body = (
        "Đoàn do ông Cù Văn Lực dẫn đầu. ThS. Lã Thị Hiên, Trưởng Văn phòng Tư vấn pháp luật, dẫn "
        "thực tế 1.300 hồ sơ trợ cấp thất nghiệp. Ông Bế Văn Khải dẫn một ví dụ: có công ty nợ "
        "lương 3 tháng."
    )
    assert "speaker" in _roles(body, "Lã Thị Hiên")
    assert "speaker" in _roles(body, "Bế Văn Khải")
    assert "speaker" not in _roles(body, "Cù Văn Lực")
