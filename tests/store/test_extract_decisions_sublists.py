"""Decisions under a lead-in with sub-numbered items, praise and an earlier meeting's agreement.

The example reports are written for these tests: "2.1. / 2.2." under "2. … đề nghị X … các nhiệm
vụ sau:", the parent numbering resuming, "Kết luận như sau:", a list item that only praises, a
follow-on "Đồng chí đề nghị …", "Tại hội nghị năm trước, hai bên đã thống nhất …", a heading
over lettered tasks ("1. Phương hướng năm 2026"), and a request that only leads to the tasks agreed
after it ("… tập trung thực hiện những nhiệm vụ chủ yếu. Hội nghị thống nhất: …").
"""

from __future__ import annotations

from store.extract import extract_report

NOTICE = """\
Thông báo kết luận của Ban Thường vụ Huyện ủy

Ngày 12/3/2025, Ban Thường vụ Huyện ủy làm việc với Ban Chấp hành Liên đoàn Lao động huyện \
Tân Phú. Đồng chí Lê Văn Toàn, Bí thư Huyện ủy chủ trì.

Sau khi nghe báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:

1. Ban Thường vụ Huyện ủy ghi nhận, đánh giá cao kết quả công đoàn huyện đạt được. Tuy nhiên, \
việc thành lập công đoàn cơ sở còn chậm.

2. Thời gian tới, đề nghị Liên đoàn Lao động huyện tập trung thực hiện các nhiệm vụ sau:

2.1. Thành lập ít nhất 5 công đoàn cơ sở trong các doanh nghiệp ngoài nhà nước.

2.2. Rà soát đoàn viên có hoàn cảnh khó khăn, báo cáo Thường trực Huyện ủy trước ngày 30/6/2025.

3. Giao Văn phòng Huyện ủy theo dõi việc thực hiện Thông báo này.
"""

FOLLOW_ON = """\
Ngày 5/4/2025, Công đoàn ngành Giáo dục tỉnh họp phiên thường kỳ. Đồng chí Mai Văn Hòa, Chủ tịch \
Công đoàn ngành chủ trì.

Tại hội nghị liên tịch năm trước, hai bên đã thống nhất xây dựng 10 phòng đọc cho giáo viên \
vùng khó khăn; đến nay đã hoàn thành 6 phòng.

Kết luận phiên họp, đồng chí Mai Văn Hòa giao Ban Tài chính lập dự toán hỗ trợ giáo viên vùng \
khó khăn trước ngày 30/4/2025. Đồng chí đề nghị công đoàn các trường rà soát danh sách giáo \
viên thuê nhà.

Phát biểu kết luận hội nghị khác, đồng chí Mai Văn Hòa đánh giá cao kết quả các trường đạt được.
"""


def _decisions(text: str) -> list[dict[str, str | None]]:
    return extract_report(text).record["decisions"]


def test_sub_numbered_items_under_a_lead_in_take_its_owner() -> None:
    items = _decisions(NOTICE)
    texts = [item["text"] for item in items]
    assert texts[0].startswith("Thành lập ít nhất 5 công đoàn cơ sở")
    assert texts[1].startswith("Rà soát đoàn viên có hoàn cảnh khó khăn")
    assert [items[0]["responsible"], items[1]["responsible"]] == ["Liên đoàn Lao động huyện"] * 2
    assert items[1]["due"] == "2025-06-30"
    assert texts[2].startswith("Giao Văn phòng Huyện ủy theo dõi")
    assert items[2]["responsible"] == "Văn phòng Huyện ủy"  # the parent list resumed: its own
    assert len(items) == 3  # neither the praise nor the lead-in is an item
    assert not any("đánh giá cao" in text or "nhiệm vụ sau" in text for text in texts)


def test_a_follow_on_request_counts_and_an_earlier_agreement_and_praise_do_not() -> None:
    texts = [item["text"] for item in _decisions(FOLLOW_ON)]
    assert any(text.startswith("giao Ban Tài chính lập dự toán") for text in texts)
    assert any("công đoàn các trường rà soát danh sách" in text.casefold() for text in texts)
    assert not any("phòng đọc" in text for text in texts)
    assert not any("đánh giá cao" in text.casefold() for text in texts)


def test_a_heading_over_lettered_tasks_is_no_task() -> None:
    notice = NOTICE.split("1. Ban Thường vụ")[0] + (
        "1. Phương hướng năm 2026\n\n"
        "a) Liên đoàn Lao động huyện thành lập thêm 4 công đoàn cơ sở trong năm.\n\n"
        "b) Tổ chức đối thoại tại 10 doanh nghiệp, báo cáo Huyện ủy trước ngày 30/9/2026.\n"
    )
    texts = [d["text"] for d in extract_report(notice).record["decisions"]]
    assert len(texts) == 2
    assert texts[0].startswith("Liên đoàn Lao động huyện thành lập")


def test_a_request_that_only_leads_to_the_tasks_agreed_after_it_is_no_task() -> None:
    notice = NOTICE.split("Sau khi nghe")[0] + (
        "Kết luận hội nghị, đồng chí Lê Văn Toàn đề nghị các công đoàn cơ sở tập trung thực hiện "
        "những nhiệm vụ chủ yếu. Hội nghị thống nhất:\n\n"
        "1. Kết nạp thêm 200 đoàn viên trong năm 2025.\n\n"
        "2. Tổ chức hội thi an toàn vệ sinh lao động trong quý III.\n"
    )
    texts = [d["text"] for d in extract_report(notice).record["decisions"]]
    assert len(texts) == 2
    assert texts[0].startswith("Kết nạp thêm 200 đoàn viên")


def test_a_numbered_list_run_into_one_paragraph_gives_each_item() -> None:
    """ "Hội nghị thống nhất: 1. … . 2. … . 3. …" on one line read as "thống nhất: 1" and the tail
    of the first item; each numbered item is one decision, as on lines of their own."""
    report = (
        "Sáng 8/4/2025, Ban Chấp hành Công đoàn ngành Giáo dục tỉnh họp phiên thường kỳ quý II. "
        "Bà Đinh Thị Hoa, Chủ tịch Công đoàn ngành chủ trì.\n\n"
        "Hội nghị thống nhất: 1. Tổ chức Hội thi giáo viên dạy giỏi cấp ngành trước ngày "
        "15/5/2025, giao Ban Tuyên giáo chuẩn bị. 2. Hỗ trợ 50 giáo viên vùng khó khăn sửa "
        "nhà ở. 3. Kết nạp thêm 200 đoàn viên trong năm 2025.\n"
    )
    items = [d["text"] for d in extract_report(report).record["decisions"]]
    assert len(items) == 3
    assert items[0].startswith("Tổ chức Hội thi giáo viên dạy giỏi")
    assert items[1].startswith("Hỗ trợ 50 giáo viên") and items[2].startswith("Kết nạp thêm")


def test_numbers_in_running_text_are_not_a_list() -> None:
    """A year ending a sentence, or a lone number, starts no list."""
    from store.extract.plain_text import sentences

    text = "Kết quả năm 2024. 15 đơn vị đạt xuất sắc; 3. Đó là con số cao nhất."
    assert [s.flat for s in sentences(text)] == [
        "Kết quả năm 2024.",
        "15 đơn vị đạt xuất sắc; 3.",
        "Đó là con số cao nhất.",
    ]


ADOPTED = """\
Sáng 9/3/2025, Công ty Cổ phần Chè Tân Cương tổ chức Hội nghị người lao động năm 2025.

Hội nghị đã biểu quyết thông qua Nghị quyết hội nghị với 95,2% đại biểu tán thành, gồm các \
nội dung sau:
- Phấn đấu doanh thu năm 2025 đạt 84 tỷ đồng.
- Nâng mức hỗ trợ nhà trọ lên 400.000 đồng/người/tháng từ tháng 4/2025.
"""


def test_a_vote_with_its_count_over_a_list_is_an_item_as_well_as_the_list() -> None:
    # The adoption with its count is what the meeting decided; the list is what the text holds.
    texts = [d["text"] for d in _decisions(ADOPTED)]
    assert texts[0] == "biểu quyết thông qua Nghị quyết hội nghị với 95,2% đại biểu tán thành"
    assert [t[:14] for t in texts[1:]] == ["Phấn đấu doanh", "Nâng mức hỗ tr"]


def test_a_vote_without_a_count_over_a_list_only_leads_in() -> None:
    text = ADOPTED.replace(" với 95,2% đại biểu tán thành,", " với", 1)
    assert [d["text"][:14] for d in _decisions(text)] == ["Phấn đấu doanh", "Nâng mức hỗ tr"]
