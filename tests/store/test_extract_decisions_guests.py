"""A leading guest's request before the chair's conclusion, kept as a conclusion (the devset's
ruling, issue 16's "yêu cầu / đề nghị các cấp …").

The example reports are written for these tests: a guest from the body above who, "Phát biểu tại
hội nghị, …", asks the host body for something in one sentence, after praise or not, with a second
task after a semicolon, before the chair's "Kết luận hội nghị, …"; what stays out: a partner who
first tells of their own body's work and then asks ("… cho biết …, đồng thời đề nghị …"),
encouragement to go on as before ("tiếp tục quan tâm …"), a wish ("mong muốn …"), and "để Nghị
quyết …" (folded, it reads as "đề nghị").
"""

from __future__ import annotations

from store.extract import extract_report

LEAD = (
    "Sáng 14/5/2026, tại hội trường Liên đoàn Lao động tỉnh, Ban Chấp hành Liên đoàn Lao động "
    "tỉnh Hà Nam tổ chức hội nghị sơ kết công tác quý I.\n\n"
    "Bà Đoàn Thị Hiền, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị. Dự hội nghị có ông Lại Văn Tuấn, "
    "Trưởng Ban Dân vận Tỉnh ủy; ông Trần Văn Lộc, Phó Giám đốc Sở Nội vụ.\n\n"
)
CONCLUSION = (
    "\n\nKết luận hội nghị, bà Đoàn Thị Hiền yêu cầu các công đoàn cơ sở tổ chức tốt Tháng "
    "Công nhân năm 2026."
)


def _items(speech: str) -> list[tuple[str, str]]:
    record = extract_report(LEAD + speech + CONCLUSION).record
    return [(i["kind"], i["text"]) for i in record["decisions"]]


def test_a_guests_request_before_the_conclusion_is_a_conclusion() -> None:
    items = _items(
        "Phát biểu tại hội nghị, ông Lại Văn Tuấn đề nghị LĐLĐ tỉnh rà soát lại quy chế phối hợp "
        "với Ban Dân vận Tỉnh ủy."
    )
    assert items == [
        ("conclusion", "LĐLĐ tỉnh rà soát lại quy chế phối hợp với Ban Dân vận Tỉnh ủy"),
        ("conclusion", "Các công đoàn cơ sở tổ chức tốt Tháng Công nhân năm 2026"),
    ]


def test_after_praise_and_past_a_semicolon_each_task_is_kept() -> None:
    items = _items(
        "Phát biểu chỉ đạo, ông Lại Văn Tuấn ghi nhận những kết quả các cấp công đoàn đạt được, "
        "đề nghị các cấp công đoàn phối hợp với ngành tuyên giáo đưa nội dung Luật vào sinh hoạt "
        "định kỳ; Liên đoàn Lao động tỉnh chủ động nắm tình hình công nhân ở các doanh nghiệp "
        "cắt giảm đơn hàng."
    )
    assert [kind for kind, _text in items] == ["conclusion"] * 3
    assert items[0][1].startswith("Các cấp công đoàn phối hợp với ngành tuyên giáo")
    assert items[1][1].startswith("Liên đoàn Lao động tỉnh chủ động nắm tình hình")


def test_a_partners_request_after_telling_of_its_own_work_is_discussion() -> None:
    items = _items(
        "Phát biểu tại hội nghị, ông Trần Văn Lộc cho biết Sở Nội vụ sẽ tổ chức 6 phiên giao "
        "dịch việc làm, đồng thời đề nghị công đoàn cung cấp danh sách đoàn viên mất việc."
    )
    assert [text for _kind, text in items] == [
        "Các công đoàn cơ sở tổ chức tốt Tháng Công nhân năm 2026"
    ]


def test_encouragement_a_wish_and_de_nghi_quyet_are_no_requests() -> None:
    for speech in (
        "Phát biểu chỉ đạo, ông Lại Văn Tuấn ghi nhận những kết quả đạt được, đề nghị các cấp "
        "công đoàn tiếp tục quan tâm đến người lao động.",
        "Phát biểu chỉ đạo, ông Lại Văn Tuấn mong muốn mỗi công đoàn cơ sở có một tủ sách.",
        "Phát biểu chỉ đạo, ông Lại Văn Tuấn nhấn mạnh, để Nghị quyết sớm đi vào cuộc sống thì "
        "các cấp công đoàn cần sự vào cuộc của cả hệ thống chính trị.",
    ):
        assert [text for _kind, text in _items(speech)] == [
            "Các công đoàn cơ sở tổ chức tốt Tháng Công nhân năm 2026"
        ], speech
