"""The extractor's decisions, conclusions and assignments, one kind of writing per test.

Each example is a short sentence written for the test (not taken from the evaluation set): the
item's text trimmed to the decision, its kind, owner and deadline, and its evidence span.
"""

from __future__ import annotations

from typing import Any

from store.extract import extract_report

LEAD = "Sáng 5/9/2024, tại Đà Lạt, Ban Thường vụ Công đoàn ngành Y tế tỉnh họp phiên thường kỳ.\n\n"


def _items(body: str) -> list[dict[str, Any]]:
    return extract_report(LEAD + body).record.get("decisions", [])


def test_a_numbered_list_after_a_conclusion_is_one_conclusion_an_item() -> None:
    items = _items(
        "Kết luận phiên họp, đồng chí Đặng Văn Lực đề nghị các công đoàn cơ sở tập trung:\n\n"
        "1. Rà soát danh sách đoàn viên khó khăn để thăm hỏi dịp lễ.\n"
        "2. Hoàn thành thu kinh phí công đoàn quý III."
    )
    assert [i["text"] for i in items] == [
        "Rà soát danh sách đoàn viên khó khăn để thăm hỏi dịp lễ",
        "Hoàn thành thu kinh phí công đoàn quý III",
    ]
    assert {i["kind"] for i in items} == {"conclusion"}
    assert items[0]["responsible"] == "các công đoàn cơ sở"


def test_lettered_and_bulleted_lists_after_an_agreement_are_decisions() -> None:
    items = _items(
        "Ban Thường vụ thống nhất:\n"
        "a) Tặng giấy khen cho 12 công đoàn cơ sở vững mạnh;\n"
        "b) Giao Văn phòng in ấn tài liệu tập huấn trước ngày 30/9/2024."
    )
    assert [i["kind"] for i in items] == ["decision", "assignment"]
    assert items[1]["due"] == "2024-09-30"
    bullets = _items("Hội nghị nhất trí các nội dung sau:\n- Mở lớp tập huấn kỹ năng đối thoại;\n"
                     "- Tổ chức hội thao công nhân vào tháng 11.")  # fmt: skip
    assert [i["text"] for i in bullets] == [
        "Mở lớp tập huấn kỹ năng đối thoại",
        "Tổ chức hội thao công nhân vào tháng 11",
    ]


def test_one_is_two_are_items_even_inside_one_paragraph() -> None:
    items = _items(
        "Kết luận hội nghị, đồng chí Đặng Văn Lực yêu cầu các cấp công đoàn: Một là, củng cố "
        "tổ chức công đoàn tại doanh nghiệp mới. Hai là, nâng cao chất lượng bữa ăn ca."
    )
    assert [i["text"] for i in items] == [
        "Củng cố tổ chức công đoàn tại doanh nghiệp mới",
        "Nâng cao chất lượng bữa ăn ca",
    ]


def test_a_conclusion_loses_its_lead_in_and_names_its_chair() -> None:
    draft = extract_report(
        "Chiều 2/10/2024, Công đoàn Khu kinh tế tỉnh tổ chức hội nghị giao ban quý III.\n\n"
        "Kết luận hội nghị, đồng chí Lâm Thị Thu yêu cầu các công đoàn cơ sở tăng cường "
        "đối thoại về tiền lương cuối năm."
    )
    (item,) = draft.record["decisions"]
    assert item["text"] == "Các công đoàn cơ sở tăng cường đối thoại về tiền lương cuối năm"
    assert item["kind"] == "conclusion"
    chairs = [p["name"] for p in draft.record["participants"] if p["role"] == "chair"]
    assert chairs == ["Lâm Thị Thu"] and "chair-from-conclusion" in draft.flags


def test_an_assignment_has_its_owner_and_its_span() -> None:
    text = LEAD + (
        "Ban Thường vụ giao Ban Tài chính chủ trì, phối hợp với Văn phòng kiểm tra quỹ xã hội, "
        "báo cáo trước ngày 15/10/2024."
    )
    draft = extract_report(text)
    (item,) = draft.record["decisions"]
    assert item["kind"] == "assignment" and item["responsible"] == "Ban Tài chính"
    assert item["text"].startswith("giao Ban Tài chính chủ trì, phối hợp")
    assert item["due"] == "2024-10-15"
    (span,) = draft.evidence_for("decisions")
    assert text[span.start : span.end].startswith("giao Ban Tài chính")
    assert draft.evidence_for("decision_responsible")[0].value == "Ban Tài chính"


def test_one_sentence_with_two_decisions_is_two_items() -> None:
    items = _items(
        "Hội nghị biểu quyết thông qua quy chế chi tiêu nội bộ và giao Văn phòng công bố quy chế "
        "tới các đơn vị; đề nghị Công đoàn ngành khen thưởng 5 tập thể."
    )
    assert [i["kind"] for i in items] == ["decision", "assignment", "decision"]
    assert items[0]["text"] == "biểu quyết thông qua quy chế chi tiêu nội bộ"


def test_quoted_speech_and_questions_are_not_decisions() -> None:
    items = _items(
        'Đồng chí Đặng Văn Lực nói: "Hội nghị thống nhất là phải làm ngay, không chờ".\n\n'
        "PV: Hội nghị đã quyết định những gì?\n\n"
        "Hỏi: Ban Thường vụ có thống nhất tăng mức hỗ trợ không?"
    )
    assert items == []


def test_a_request_to_all_levels_is_an_item() -> None:
    # A request is a conclusion (only "giao …" assigns), as the evaluation rounds' writers read it.
    items = _items("Đồng chí Đặng Văn Lực yêu cầu các cấp công đoàn chủ động nắm tình hình việc "
                   "làm của công nhân sau Tết.")  # fmt: skip
    assert [i["kind"] for i in items] == ["conclusion"]
    assert items[0]["text"].startswith("Các cấp công đoàn chủ động nắm")


def test_a_weekly_meeting_and_a_hand_over_are_not_assignments() -> None:
    items = _items("Hằng tuần, lãnh đạo giao ban vào sáng thứ Hai; hai đơn vị đã bàn giao hồ sơ.")
    assert items == []


def test_organisers_named_as_a_pair_between_two_bodies() -> None:
    record = extract_report(
        "Sáng 8/8/2024, Hội nghị liên tịch giữa UBND tỉnh Lâm Đồng và LĐLĐ tỉnh Lâm Đồng được "
        "tổ chức tại Đà Lạt."
    ).record
    assert [o["name"] for o in record["organisers"]] == [
        "Ủy ban nhân dân tỉnh Lâm Đồng",
        "Liên đoàn Lao động tỉnh Lâm Đồng",
    ]


def test_two_bodies_that_sign_are_the_organisers() -> None:
    record = extract_report(
        "Chiều 9/8/2024, tại Đà Lạt, Công đoàn ngành Y tế và Sở Du lịch ký kết chương trình "
        "phối hợp chăm lo cho đoàn viên."
    ).record
    assert [o["name"] for o in record["organisers"]] == ["Công đoàn ngành Y tế", "Sở Du lịch"]
    assert record["decisions"][0]["text"].startswith("ký kết chương trình phối hợp")


def test_a_collective_agreement_signed_is_the_decision_without_the_place() -> None:
    record = extract_report(
        "Sáng 12/3/2025, Công đoàn Khu kinh tế tỉnh tổ chức Lễ ký kết Thỏa ước lao động tập thể "
        "ngành dệt may năm 2025 tại Khu công nghiệp Phú Bài."
    ).record
    assert [d["text"] for d in record["decisions"]] == [
        "ký kết Thỏa ước lao động tập thể ngành dệt may năm 2025"
    ]


def test_how_to_begin_a_task_said_next_in_a_speech_is_part_of_it() -> None:
    items = _items(
        "Phát biểu chỉ đạo, đồng chí Y Biêr Niê đề nghị các công đoàn cơ sở rà soát đoàn viên nghỉ "
        "việc. Trước mắt, căn cứ danh sách của bảo hiểm xã hội, lập sổ theo dõi từng người."
    )
    assert len(items) == 1
    assert items[0]["text"].endswith("lập sổ theo dõi từng người")


def test_a_speechs_next_sentence_with_no_subject_goes_on_with_its_task() -> None:
    items = _items(
        "Kết luận hội nghị, đồng chí Lò Văn Muôn nhấn mạnh các công đoàn cơ sở cần nắm chắc tâm "
        "tư của công nhân. Thường xuyên, chủ động đối thoại với người sử dụng lao động. Hội nghị "
        "đã thành công tốt đẹp."
    )
    assert len(items) == 1
    assert items[0]["text"].endswith(
        "tâm tư của công nhân. Thường xuyên, chủ động đối thoại với người sử dụng lao động"
    )


def test_the_same_task_said_twice_is_one_item_in_its_longer_words() -> None:
    items = _items(
        "Phát biểu chỉ đạo, đồng chí Lê Minh Hoan nhấn mạnh, các cấp công đoàn cần tiếp tục rà "
        "soát nhà trọ công nhân trong khu công nghiệp trước mùa mưa bão.\n\n"
        "Một nội dung khác là các cấp công đoàn cần tiếp tục rà soát nhà trọ công nhân trong khu "
        "công nghiệp trước mùa mưa bão, phối hợp với chính quyền sửa chữa những phòng xuống cấp."
    )
    assert [i["text"] for i in items] == [
        "Tiếp tục rà soát nhà trọ công nhân trong khu công nghiệp trước mùa mưa bão, phối hợp với "
        "chính quyền sửa chữa những phòng xuống cấp"
    ]


def test_a_two_day_meeting_is_dated_by_its_first_day() -> None:
    record = extract_report("Trong hai ngày 9 và 10/5/2024, tại Huế, Công đoàn ngành Giao thông "
                            "tổ chức hội nghị tổng kết.").record  # fmt: skip
    assert record["date"] == "2024-05-09"


def test_no_year_but_a_congress_term_gives_the_terms_first_year() -> None:
    draft = extract_report(
        "Trong 2 ngày 20-21/7, Công đoàn huyện Gia Lâm tổ chức Đại hội đại biểu lần thứ IX, "
        "nhiệm kỳ 2023 - 2028. Đại hội đặt mục tiêu đến năm 2028 có 8.000 đoàn viên."
    )
    assert draft.record["date"] == "2023-07-20"
    assert "date-year-missing" in draft.flags


def test_the_first_trigger_of_a_sentence_starts_the_item() -> None:
    items = _items(
        "Phát biểu chỉ đạo, đồng chí Hoàng Xuân Tân yêu cầu các sở, ngành tuyên truyền luật mới "
        "đến người lao động; giao Sở Nội vụ rà soát các doanh nghiệp nợ đóng bảo hiểm."
    )
    assert [i["text"][:20] for i in items] == ["Các sở, ngành tuyên ", "giao Sở Nội vụ rà so"]
    assert items[1]["responsible"] == "Sở Nội vụ"


def test_a_bodys_name_holding_giao_is_not_an_assignment_and_giao_phong_is() -> None:
    items = _items(
        "Ban Tuyên giáo Thành ủy chủ trì buổi họp. Ông Bùi Đức Thịnh giao phòng Hành chính lắp "
        "quạt ở xưởng may trước ngày 15/10."
    )
    assert [(i["text"], i.get("responsible"), i.get("due")) for i in items] == [
        ("giao phòng Hành chính lắp quạt ở xưởng may trước ngày 15/10", "phòng Hành chính",
         "2024-10-15"),
    ]  # fmt: skip


def test_two_decisions_joined_by_va_and_a_person_after_a_semicolon() -> None:
    items = _items(
        "Đoàn Chủ tịch nhất trí dành 5 tỷ đồng hỗ trợ giáo viên vùng bão, và quyết định tuyên "
        "dương 100 nhà giáo tiêu biểu. Đại hội đã bầu Ban Chấp hành gồm 5 đồng chí; đồng chí "
        "Nguyễn Thị Bình tái đắc cử Chủ tịch."
    )
    assert [i["text"] for i in items] == [
        "Đoàn Chủ tịch nhất trí dành 5 tỷ đồng hỗ trợ giáo viên vùng bão",
        "quyết định tuyên dương 100 nhà giáo tiêu biểu",
        "bầu Ban Chấp hành gồm 5 đồng chí",
    ]


def test_a_bare_concluding_header_opens_a_lettered_list_whose_items_name_owners() -> None:
    items = _items(
        "Ban Thường vụ Huyện ủy kết luận:\n\n"
        "a) Giao UBND huyện chỉ đạo các xã lập chốt kiểm dịch, báo cáo trước ngày 10/10/2024.\n"
        "b) Đề nghị Ủy ban MTTQ huyện tuyên truyền để nhân dân không giấu dịch."
    )
    assert [(i["kind"], i.get("responsible"), i.get("due")) for i in items] == [
        ("assignment", "UBND huyện", "2024-10-10"),
        ("conclusion", "Ủy ban MTTQ huyện", None),
    ]


def test_a_directing_speech_asks_bodies_but_a_ceremony_speech_does_not() -> None:
    items = _items(
        "Phát biểu tại buổi làm việc, đồng chí Thái Thu Xương đề nghị LĐLĐ tỉnh quan tâm phát "
        "triển đoàn viên trong doanh nghiệp FDI, đồng thời nghiên cứu mô hình công đoàn cho lao "
        "động tự do."
    )
    assert [i["text"] for i in items] == [
        "LĐLĐ tỉnh quan tâm phát triển đoàn viên trong doanh nghiệp FDI",
        "Nghiên cứu mô hình công đoàn cho lao động tự do",
    ]
    assert not _items(
        "Phát biểu tại buổi lễ, đồng chí Rơ Mah Tuấn đề nghị Công ty tiếp tục quan tâm nhà ở "
        "cho công nhân."
    )


def test_what_bodies_need_to_do_in_a_directing_speech_until_another_speaker() -> None:
    items = _items(
        "Phát biểu chỉ đạo tại hội nghị, đồng chí Nguyễn Đình Khang nhấn mạnh nhiều nội dung.\n\n"
        "Các cấp công đoàn cần tiếp tục nắm bắt tình hình việc làm sau Tết. Cùng với đó, đẩy "
        "mạnh phát triển đoàn viên.\n\nTrao đổi tại hội nghị, đồng chí Lê Văn Hiệp cho biết các "
        "đơn vị cần thêm kinh phí."
    )
    assert [(i["text"], i["kind"]) for i in items] == [
        ("Tiếp tục nắm bắt tình hình việc làm sau Tết", "assignment"),
        ("Đẩy mạnh phát triển đoàn viên", "assignment"),
    ]


def test_thanks_say_nothing_to_do_and_a_quotation_goes_on_over_sentences() -> None:
    items = _items(
        'Đồng chí Ngọc Kim Nam nói: "Sự có mặt của các đồng chí là quý. Hai bên thống nhất phối '
        'hợp nhịp nhàng." Kết luận hội nghị, đồng chí Kha Văn Tám cảm ơn các đơn vị. Đồng chí '
        "mong muốn các đơn vị chỉ đạo sâu sát các nội dung của quy chế."
    )
    assert [i["text"] for i in items] == ["Các đơn vị chỉ đạo sâu sát các nội dung của quy chế"]


def test_a_numbered_item_runs_over_its_sentences_and_its_dashed_sub_list() -> None:
    items = _items(
        "Hội nghị thống nhất năm nhiệm vụ:\n"
        "1- Quan tâm chăm lo đời sống đoàn viên. Đẩy mạnh đối thoại tại doanh nghiệp.\n"
        "2- Đẩy mạnh nghiên cứu chính sách về lao động:\n"
        "- Tham mưu sửa đổi Luật Công đoàn;\n"
        "- Tham gia xây dựng chính sách an sinh.\n"
        "3- Thực hiện tốt vai trò cầu nối của Công đoàn."
    )
    assert [i["text"][:40] for i in items] == [
        "Quan tâm chăm lo đời sống đoàn viên. Đẩy",
        "Đẩy mạnh nghiên cứu chính sách về lao độ",
        "Thực hiện tốt vai trò cầu nối của Công đ",
    ]
    assert items[1]["text"].endswith("Tham gia xây dựng chính sách an sinh")


def test_a_deadline_in_a_month_or_without_a_year() -> None:
    items = _items(
        "Hội nghị giao Sở Tài chính hoàn thiện dự thảo, trình trong tháng 11/2024; giao Văn "
        "phòng tổng hợp ý kiến trước ngày 20/9."
    )
    assert [i.get("due") for i in items] == ["2024-11", "2024-09-20"]


def test_review_rows_put_each_decisions_owner_and_deadline_under_it() -> None:
    from store.extract.review import review_rows

    draft = extract_report(LEAD + "Hội nghị giao Văn phòng tổng hợp ý kiến trước ngày 30/9/2024.")
    rows = [(r.field, r.value) for r in review_rows(draft) if r.field.startswith("decision")]
    assert rows == [
        ("decisions", "giao Văn phòng tổng hợp ý kiến trước ngày 30/9/2024"),
        ("decision_responsible", "Văn phòng"),
        ("decision_due", "30/09/2024"),
    ]


def test_the_body_asked_is_the_owner_of_a_conclusion_trimmed_after_its_verb() -> None:
    items = _items(
        "Kết luận hội nghị, đồng chí Lê Văn An yêu cầu Ban Tổ chức hoàn thiện đề án trước ngày "
        "30/6/2024."
    )
    assert [(i["text"], i.get("responsible")) for i in items] == [
        ("Ban Tổ chức hoàn thiện đề án trước ngày 30/6/2024", "Ban Tổ chức")
    ]


def test_numbers_in_brackets_inline_a_commitment_and_a_request_after_a_time() -> None:
    items = _items(
        "Hội nghị đã thống nhất các nội dung sau: (1) tăng mức hỗ trợ đoàn viên lên 2 triệu "
        "đồng; (2) giao Ban Tài chính hướng dẫn thủ tục trước ngày 30/6/2024. Hai bên cam kết "
        "phối hợp chặt chẽ trong tuyên truyền. Đồng chí Lê Văn Bình đề nghị thời gian tới, các "
        "cấp công đoàn tập trung chăm lo Tết cho công nhân."
    )
    assert [(i["text"], i.get("responsible")) for i in items] == [
        ("Tăng mức hỗ trợ đoàn viên lên 2 triệu đồng", None),
        ("giao Ban Tài chính hướng dẫn thủ tục trước ngày 30/6/2024", "Ban Tài chính"),
        ("Hai bên cam kết phối hợp chặt chẽ trong tuyên truyền", None),
        ("Các cấp công đoàn tập trung chăm lo Tết cho công nhân", "các cấp công đoàn"),
    ]


def test_a_deadline_without_a_year_has_no_date_when_the_meetings_year_is_a_guess() -> None:
    # No year anywhere: the meeting's year is guessed, so "trước ngày 15/4" gives no due date.
    report = (
        "Chiều 12/3, tại trụ sở Huyện ủy, Ban Thường vụ Huyện ủy làm việc với Liên đoàn Lao động "
        "huyện.\n\nHội nghị giao Văn phòng Huyện ủy tổng hợp ý kiến trước ngày 15/4."
    )
    draft = extract_report(report)
    assert "date-year-guessed" in draft.flags
    assert [i.get("due") for i in draft.record["decisions"]] == [None]
    dated = extract_report(report.replace("Chiều 12/3,", "Chiều 12/3/2025,"))
    assert [i.get("due") for i in dated.record["decisions"]] == ["2025-04-15"]
