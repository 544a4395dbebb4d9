"""What a report holds besides its outcome, that reads like a decision and is not one.

A photo's caption copied as an unaccented slug ("Dai bieu bieu quyet thong qua Nghi quyet …"):
folded, it reads as the sentence that agrees, but it only repeats the report. What an earlier
meeting agreed, recalled in the conclusion ("Kết luận, đồng chí X nhắc lại: tại hội nghị hồi tháng
5, … đã thống nhất …"). A decision taken elsewhere and announced ("Đảng ủy cũng công bố quyết định
của Ban Thường vụ …"). A quotation after a concluding lead-in ("Kết luận, X nhấn mạnh: "…"."). A
signing told as another event ("Trước đó, ngày 2/10, Ban X đã ký kết … với …"). What a time
clause says was done ("Sau khi hai bên ký kết …, bà A và ông B thống nhất giao …"). A meeting still
to come ("Dự kiến tháng 10, Ban Thường vụ sẽ tổ chức …, giao …"). The concluding person's verdict on
what was done ("Kết luận, X đánh giá Công đoàn đã …", "… ghi nhận vai trò của …"). The example
reports are written for these tests.
"""

from __future__ import annotations

from typing import Any

from store.extract import extract_report

LEAD = (
    "Sáng 12/3/2026, tại hội trường Công ty, Công đoàn Công ty May Hòa Thắng tổ chức Hội nghị "
    "người lao động năm 2026.\n\n"
)


def _items(body: str) -> list[str]:
    record: dict[str, Any] = extract_report(LEAD + body).record
    return [item["text"] for item in record.get("decisions", [])]


def test_a_caption_as_an_unaccented_slug_decides_nothing() -> None:
    body = (
        "Hội nghị đã biểu quyết thông qua thỏa ước lao động tập thể sửa đổi.\n\n"
        "dai-bieu-nhat-tri.jpg\n"
        "Dai bieu nhat tri thong qua ke hoach thi dua nam 2026. Anh: Minh Khoa\n\n"
        "Hội nghị biểu quyết thông qua kế hoạch thi đua.\n"
    )
    assert _items(body) == [
        "biểu quyết thông qua thỏa ước lao động tập thể sửa đổi",
        "biểu quyết thông qua kế hoạch thi đua",
    ]


def test_an_agreement_of_a_meeting_months_ago_recalled_in_the_conclusion() -> None:
    body = (
        "Kết luận hội nghị, đồng chí Chủ tịch Công đoàn nhắc lại: tại hội nghị hồi tháng 5, Ban "
        "Chấp hành đã thống nhất chọn năm 2026 là năm văn hóa doanh nghiệp.\n\n"
        "Hội nghị thống nhất tổ chức hội thao công nhân vào quý III.\n"
    )
    assert _items(body) == ["thống nhất tổ chức hội thao công nhân vào quý III"]


def test_a_decision_announced_at_the_meeting_was_taken_elsewhere() -> None:
    body = (
        "Hội nghị thống nhất tổ chức hội thao công nhân vào quý III.\n\n"
        "Dịp này, Đảng ủy xã cũng công bố quyết định của Ban Thường vụ Đảng ủy xã thành lập Chi "
        "bộ Công ty May Hòa Thắng, nâng tổng số chi bộ lên 12.\n"
    )
    assert _items(body) == ["thống nhất tổ chức hội thao công nhân vào quý III"]


def test_a_quotation_after_the_concluding_lead_in_is_what_was_said() -> None:
    body = (
        'Kết luận hội nghị, Chủ tịch Công đoàn Công ty nhấn mạnh: "Không để công nhân nào '
        'thiếu nước uống trong ca nóng". Hội nghị thống nhất lắp thêm 12 quạt hơi nước.\n'
    )
    assert _items(body) == ["thống nhất lắp thêm 12 quạt hơi nước"]


def test_a_signing_before_this_one_is_another_event() -> None:
    body = (
        "Hội nghị thống nhất lắp thêm 12 quạt hơi nước.\n\n"
        "Trước đó, ngày 2/3, Ban Chấp hành Công đoàn đã ký kết chương trình tương tự với "
        "Đoàn Thanh niên Công ty.\n"
    )
    assert _items(body) == ["thống nhất lắp thêm 12 quạt hơi nước"]


def test_what_a_time_clause_says_was_done_sets_the_scene() -> None:
    record: dict[str, Any] = extract_report(
        LEAD + "Sau khi hai bên ký kết thỏa ước, ông Lạc Văn Tùng và bà Hà Thị Gấm thống nhất giao "
        "Phòng Nhân sự niêm yết thỏa ước tại các xưởng trước ngày 20/3/2026.\n"
    ).record
    assert [(i["kind"], i["text"][:21]) for i in record["decisions"]] == [
        ("assignment", "giao Phòng Nhân sự ni")
    ]


def test_a_meeting_still_to_come_is_another_meeting() -> None:
    body = (
        "Hội nghị thống nhất lắp thêm 12 quạt hơi nước.\n\n"
        "Dự kiến tháng 6, Ban Chấp hành sẽ tổ chức hội nghị sơ kết, giao các tổ công đoàn báo cáo "
        "trước ngày 5/6/2026.\n"
    )
    assert _items(body) == ["thống nhất lắp thêm 12 quạt hơi nước"]
    going_on = (
        "Dự kiến, hội nghị sẽ diễn ra trong hai ngày. Hội nghị thống nhất lắp thêm 12 quạt hơi "
        "nước.\n"
    )
    assert _items(going_on) == ["thống nhất lắp thêm 12 quạt hơi nước"]  # this meeting, going on


def test_a_list_the_meeting_agreed_after_a_speech_survives_the_conclusion_after_it() -> None:
    # The list the meeting agreed between a guest's speech and the conclusion is its outcome,
    # assignments included; the guest's request to a named body stays too (the devset's ruling).
    text = (
        "Sáng 9/5/2025, Ban Chấp hành Công đoàn ngành Công Thương tổ chức hội nghị.\n\n"
        "Phát biểu tại hội nghị, đồng chí Mai Văn Tường đề nghị Công đoàn ngành quan tâm "
        "công nhân lao động nữ.\n\n"
        "Hội nghị thống nhất các nội dung:\n"
        "1. Thông qua quy chế chi tiêu nội bộ năm 2025.\n"
        "2. Giao Ban Tài chính rà soát các khoản thu kinh phí công đoàn.\n\n"
        "Kết luận hội nghị, đồng chí Tô Thị Hạnh yêu cầu các công đoàn cơ sở sơ kết sáu tháng."
    )
    items = extract_report(text).record["decisions"]
    assert [(i["text"], i["kind"]) for i in items] == [
        ("Công đoàn ngành quan tâm công nhân lao động nữ", "conclusion"),
        ("Thông qua quy chế chi tiêu nội bộ năm 2025", "decision"),
        ("Giao Ban Tài chính rà soát các khoản thu kinh phí công đoàn", "assignment"),
        ("Các công đoàn cơ sở sơ kết sáu tháng", "conclusion"),
    ]


def test_an_agreed_list_after_a_directing_speech_that_asked_nothing_survives_too() -> None:
    # The guest's directing speech only affirms and pledges: no item of its own, and still the
    # conclusion after the agreed list must not drop the list's assignment.
    text = (
        "Sáng 9/5/2025, Ban Chấp hành Công đoàn ngành Công Thương tổ chức hội nghị.\n\n"
        "Phát biểu chỉ đạo, đồng chí Mai Văn Tường khẳng định Sở luôn đồng hành cùng công đoàn.\n\n"
        "Hội nghị thống nhất các nội dung sau:\n"
        "Một là, thông qua quy chế chi tiêu nội bộ năm 2025.\n"
        "Hai là, giao Ban Tài chính rà soát các khoản thu kinh phí công đoàn.\n\n"
        "Kết luận hội nghị, đồng chí Tô Thị Hạnh yêu cầu các công đoàn cơ sở sơ kết sáu tháng."
    )
    kinds = [i["kind"] for i in extract_report(text).record["decisions"]]
    assert kinds == ["decision", "assignment", "conclusion"]


def test_what_a_document_the_meeting_was_told_of_asked_is_not_its_decision() -> None:
    # "Hội nghị cũng thông tin Thông báo số …, theo đó X yêu cầu …": another body's request.
    text = (
        "Sáng 6/1/2025, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban quý IV. Hội nghị cũng "
        "thông tin Thông báo số 9-TB/HU của Ban Thường vụ Huyện ủy, theo đó Ban Thường vụ yêu cầu "
        "các xã rà soát quy chế dân chủ. Hội nghị thống nhất tổ chức diễn đàn dân vận khéo."
    )
    items = extract_report(text).record["decisions"]
    assert [i["text"] for i in items] == ["thống nhất tổ chức diễn đàn dân vận khéo"]


def test_what_another_meeting_reported_to_this_one_asked_is_not_its_decision() -> None:
    # "… nghe báo cáo kết quả cuộc họp ngày … của X, trong đó có yêu cầu …": X's request.
    text = (
        "Sáng 8/9/2025, Ban Chỉ huy Phòng thủ dân sự tỉnh họp. Cuộc họp cũng nghe báo cáo kết "
        "quả cuộc họp ngày 6/9 của Ban Chỉ đạo quốc gia, trong đó có yêu cầu các địa phương rà "
        "soát hồ đập. Ban Chỉ huy thống nhất sơ tán dân ở vùng trũng."
    )
    items = extract_report(text).record["decisions"]
    assert [i["text"] for i in items] == ["Ban Chỉ huy thống nhất sơ tán dân ở vùng trũng"]


def test_a_report_typed_without_any_marks_still_decides() -> None:
    # Unmarked sentences are slugs only beside marked ones; a report typed all without marks
    # (a phone, an old keyboard) is the report itself.
    text = (
        "Sang 3/3/2025, Ban Thuong vu Cong doan nganh Y te tinh hop phien thuong ky. Ket luan "
        "cuoc hop, ong Chu tich yeu cau cac cong doan co so hoan thanh bao cao quy I truoc ngay "
        "31/3/2025."
    )
    items = extract_report(text).record["decisions"]
    assert [(i["kind"], i["due"]) for i in items] == [("conclusion", "2025-03-31")]


def test_what_the_concluding_person_stresses_about_the_year_ahead_is_no_task() -> None:
    # "… nhấn mạnh năm 2026 là năm …": the setting of the tasks, not one of them.
    text = (
        "Sáng 20/12/2025, Ban Chấp hành Công đoàn ngành Giao thông tổ chức hội nghị. Bế mạc hội "
        "nghị, đồng chí Lạc Văn Thành nhấn mạnh năm 2026 là năm đầu thực hiện nghị quyết đại hội. "
        "Hội nghị thống nhất thông qua chương trình công tác năm 2026."
    )
    items = extract_report(text).record["decisions"]
    assert [i["text"] for i in items] == ["thống nhất thông qua chương trình công tác năm 2026"]


def test_what_two_sides_did_not_agree_is_no_decision() -> None:
    text = (
        "Chiều 11/3/2025, tại Vĩnh Yên, Ban Thường vụ Liên đoàn Lao động tỉnh làm việc với "
        "Công ty TNHH Điện tử Kim Ngân.\n\nHai bên chưa thống nhất mức phụ cấp độc hại cho tổ "
        "hàn. Sở Công Thương không nhất trí đề xuất dời lịch kiểm tra. Hai bên thống nhất tổ "
        "chức đối thoại lại vào tháng 5/2025."
    )
    texts = [d["text"] for d in extract_report(text).record.get("decisions", [])]
    assert texts == ["Hai bên thống nhất tổ chức đối thoại lại vào tháng 5/2025"]


def test_the_concluders_verdict_on_what_was_done_is_no_item() -> None:
    body = (
        "Hội nghị thống nhất nâng tiền ăn ca lên 30.000 đồng.\n\n"
        "Kết luận hội nghị, đồng chí Chủ tịch Công đoàn đánh giá Ban Giám đốc đã thực hiện đầy "
        "đủ các cam kết năm trước.\n"
    )
    assert _items(body) == ["thống nhất nâng tiền ăn ca lên 30.000 đồng"]
    body = (
        "Hội nghị thống nhất nâng tiền ăn ca lên 30.000 đồng.\n\n"
        "Bế mạc hội nghị, đồng chí Phó Chủ tịch LĐLĐ huyện ghi nhận vai trò của tổ chức công "
        "đoàn trong việc giữ ổn định quan hệ lao động.\n"
    )
    assert _items(body) == ["thống nhất nâng tiền ăn ca lên 30.000 đồng"]
