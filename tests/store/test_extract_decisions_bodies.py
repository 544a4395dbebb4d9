"""Decisions whose subject is a body named in full, and the words that only look like one.

The example reports are written for these tests: "UBND tỉnh thống nhất …" after a conclusion,
"Sau khi thảo luận, Ủy ban Kiểm tra Công đoàn ngành Y tế quyết định:" over a dashed list, a
proposal "ban hành hướng dẫn thống nhất" (an adjective), a body that "thống nhất tại phiên họp"
(which meeting, not what), a person's title before the verb, "… và thống nhất" after a
person's name, what a body "cũng cần" do in a concluding speech (not "Ban cán sự"), and a body
(the "Đoàn Chủ tịch", no title) taking opinions on board "để hoàn thiện" its texts; the heads of
two sides agreeing a list ("ông A và bà B thống nhất: …"), as "Hai bên thống nhất: …"; bodies
named in their clause launching an emulation ("… và Sở X phát động phong trào thi đua …"), but
not what bodies in general launch, nor a speech that launches ("Phát biểu phát động, …").
"""

from __future__ import annotations

from typing import Any

from store.extract import extract_report

LEAD = (
    "Sáng 8/5/2025, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Kon Tum làm việc với Liên đoàn Lao "
    "động tỉnh.\n\n"
)


def _texts(body: str) -> list[str]:
    return [i["text"] for i in _items(body)]


def _items(body: str) -> list[dict[str, Any]]:
    return extract_report(LEAD + body).record.get("decisions", [])


def test_a_provinces_committee_that_agrees_after_a_conclusion_decides() -> None:
    items = _items(
        "Kết luận buổi làm việc, Chủ tịch UBND tỉnh đánh giá cao sự chủ động của công đoàn. UBND "
        "tỉnh thống nhất bố trí 2 ha đất xây nhà văn hóa công nhân tại xã Đăk Cấm."
    )
    assert [(i["text"], i["kind"]) for i in items] == [
        (
            "UBND tỉnh thống nhất bố trí 2 ha đất xây nhà văn hóa công nhân tại xã Đăk Cấm",
            "decision",
        )
    ]


def test_a_long_bodys_decision_opens_its_list() -> None:
    texts = _texts(
        "Sau khi thảo luận, Ủy ban Kiểm tra Công đoàn ngành Y tế tỉnh quyết định:\n"
        "- Khiển trách Ban Chấp hành Công đoàn cơ sở Bệnh viện huyện Sa Thầy;\n"
        "- Thông qua kế hoạch kiểm tra năm 2026 của Ủy ban."
    )
    assert texts == [
        "Khiển trách Ban Chấp hành Công đoàn cơ sở Bệnh viện huyện Sa Thầy",
        "Thông qua kế hoạch kiểm tra năm 2026 của Ủy ban",
    ]


def test_a_unified_guidance_asked_for_is_no_decision() -> None:
    assert (
        _texts(
            "Liên đoàn Lao động tỉnh kiến nghị Tổng Liên đoàn sớm ban hành hướng dẫn thống nhất về "
            "thu kinh phí công đoàn."
        )
        == []
    )


def test_which_meeting_a_body_agreed_at_is_not_what_it_agreed() -> None:
    assert (
        _texts(
            "Tăng quà Tết lên 1 triệu đồng là nội dung Ban Thường vụ Liên đoàn Lao động tỉnh thống "
            "nhất tại phiên họp tuần trước."
        )
        == []
    )


def test_a_person_who_agrees_in_discussion_is_not_a_body() -> None:
    assert (
        _texts("Phó Chủ tịch UBND tỉnh Y Ngọc thống nhất với ý kiến của Sở Xây dựng về quỹ đất.")
        == []
    )
    assert (
        _texts(
            "Theo bà Lê Thị Hoa, Ban Thường vụ LĐLĐ tỉnh đã họp dưới sự chủ trì của Chủ tịch LĐLĐ "
            "tỉnh A Thoong và thống nhất trích 100 triệu đồng hỗ trợ công nhân."
        )
        == []
    )


def test_an_item_that_asks_is_a_conclusion_in_a_list_of_decisions() -> None:
    items = _items(
        "Sau khi thảo luận, Ban Thường vụ quyết định:\n"
        "- Thông qua danh sách 20 đoàn viên được hỗ trợ xây nhà;\n"
        "- Yêu cầu Công đoàn cơ sở Công ty Cao su hoàn trả khoản chi sai trước ngày 30/6/2025."
    )
    assert [i["kind"] for i in items] == ["decision", "conclusion"]


def test_a_request_after_an_assignment_is_a_conclusion_but_after_a_decision_decided() -> None:
    items = _items(
        "Kết luận, đồng chí Y Ngọc giao Văn phòng hoàn thiện hồ sơ trong tuần; đồng thời đề nghị "
        "Liên đoàn Lao động tỉnh chỉ đạo rà soát các công đoàn cơ sở."
    )
    assert [i["kind"] for i in items] == ["assignment", "conclusion"]
    items = _items(
        "Ban Thường vụ thống nhất tặng Bằng khen cho 12 tập thể; đề nghị Tổng Liên đoàn tặng "
        "Bằng khen cho 3 cá nhân."
    )
    assert [i["kind"] for i in items] == ["decision", "decision"]


def test_what_a_body_named_in_full_needs_to_do_in_a_concluding_speech_is_a_task() -> None:
    body = (
        "Kết luận buổi làm việc, đồng chí A Pớt, Chủ tịch UBND tỉnh đánh giá cao kết quả năm qua. "
        "Liên đoàn Lao động tỉnh cũng cần chủ động tham mưu chính sách nhà ở cho công nhân. Ban "
        "cán sự đảng UBND tỉnh thường xuyên theo dõi việc này."
    )
    items = extract_report(LEAD + body).record["decisions"]
    assert [i["text"] for i in items] == ["Chủ động tham mưu chính sách nhà ở cho công nhân"]


def test_a_body_taking_opinions_on_board_to_finish_its_texts_concludes() -> None:
    body = (
        "Thảo luận tại hội nghị, nhiều ý kiến góp ý vào dự thảo quy chế. Thường trực Đoàn Chủ "
        "tịch Công đoàn ngành ghi nhận các ý kiến góp ý để hoàn thiện dự thảo quy chế chi tiêu."
    )
    items = extract_report(LEAD + body).record["decisions"]
    assert [(i["kind"], i["text"][:30]) for i in items] == [
        ("conclusion", "Thường trực Đoàn Chủ tịch Công")
    ]
    praise = "Thường trực Đoàn Chủ tịch Công đoàn ngành ghi nhận kết quả các cơ sở đạt được."
    assert not extract_report(LEAD + praise).record.get("decisions")


def test_the_heads_of_two_sides_agreeing_a_list_decide() -> None:
    items = _items(
        "Kết thúc buổi làm việc, ông Lạc Văn Tùng và bà Hà Thị Gấm thống nhất: Phòng Nhân sự "
        "niêm yết thỏa ước trước ngày 20/3/2026; Công đoàn cơ sở giám sát việc thực hiện.\n"
    )
    assert [i["kind"] for i in items] == ["decision", "decision"]
    assert "niêm yết thỏa ước" in items[0]["text"]
    one = _items("Ông Lạc Văn Tùng thống nhất: Phòng Nhân sự niêm yết thỏa ước.\n")
    assert not one  # one person's agreement is a view in discussion


def test_a_text_passed_by_a_body_told_in_the_passive_is_no_decision() -> None:
    # "… được Quốc hội thông qua ngày …": the text's history, not what this meeting agreed.
    text = (
        "Sáng 4/11/2024, tại Yên Bái, Liên đoàn Lao động tỉnh tổ chức hội nghị phổ biến Luật "
        "Bảo hiểm xã hội năm 2024.\n\nTheo báo cáo viên, Luật được Quốc hội khóa XV thông qua "
        "ngày 29/6/2024, có hiệu lực từ ngày 01/7/2025. Ban Thường vụ Liên đoàn Lao động tỉnh "
        "thống nhất in 2.000 cuốn tài liệu hỏi - đáp về Luật."
    )
    items = extract_report(text).record.get("decisions", [])
    assert [i["text"][:24] for i in items] == ["Ban Thường vụ Liên đoàn "]


def test_a_body_launching_an_emulation_at_the_meeting_decides_it() -> None:
    body = (
        "Tại buổi làm việc, Liên đoàn Lao động tỉnh và Sở Công Thương phát động phong trào thi "
        'đua "Tiết kiệm điện trong sản xuất" năm 2025.\n\n'
        "Các cấp công đoàn có nhiều đổi mới, phát động các phong trào thi đua sôi nổi.\n\n"
        "Phát biểu phát động, đồng chí Y Bơ Niê cho biết sẽ trao 20 giải.\n"
    )
    items = _items(body)
    assert [(i["kind"], i["text"][:30].casefold()) for i in items] == [
        ("decision", 'phát động phong trào thi đua "')
    ]
