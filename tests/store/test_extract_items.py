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
    items = _items("Đồng chí Đặng Văn Lực yêu cầu các cấp công đoàn chủ động nắm tình hình việc "
                   "làm của công nhân sau Tết.")  # fmt: skip
    assert [i["kind"] for i in items] == ["assignment"]
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
