"""Who is to do it: the owner of a conclusion, read whole, and a concluding person's directions.

The example reports are written for these tests: "Đồng chí chỉ đạo:" over a lettered list in a
concluding speech, list items that open with their own body ("Sở Xây dựng hướng dẫn …", "Các
công đoàn cơ sở chủ động …") under a request to others, a body whose name runs on in words that
are not yet its task ("… bị giảm đơn hàng"), "Ban hành …" (a verb), a person given a task ("giao
đ/c Lò Văn Pọm đôn đốc …"), a request with a comma after its verb ("đề nghị, Sở X và Y …"),
and a request to a group told by its count ("yêu cầu 7 doanh nghiệp …", "giao 03 tổ …").
"""

from __future__ import annotations

from typing import Any

from store.extract import extract_report

LEAD = (
    "Chiều 10/6/2025, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Lai Châu làm việc với LĐLĐ tỉnh.\n\n"
)


def _items(body: str) -> list[dict[str, Any]]:
    return extract_report(LEAD + body).record.get("decisions", [])


def test_directions_after_a_conclusion_open_a_list() -> None:
    items = _items(
        "Kết luận buổi làm việc, Chủ tịch UBND tỉnh đánh giá cao sự cố gắng của công đoàn. Đồng "
        "chí chỉ đạo:\n\n"
        "a) Sở Tài chính bố trí kinh phí hỗ trợ công nhân thuê trọ.\n\n"
        "b) Sở Xây dựng hướng dẫn thủ tục xây nhà ở xã hội cho công nhân."
    )
    assert [(i["kind"], i.get("responsible")) for i in items] == [
        ("conclusion", "Sở Tài chính"),
        ("conclusion", "Sở Xây dựng"),
    ]


def test_an_item_that_names_its_body_owns_it_over_the_lists_addressee() -> None:
    items = _items(
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện các nhiệm vụ sau:\n"
        "1. Sở Nội vụ chủ trì rà soát biên chế cán bộ công đoàn.\n"
        "2. Các công đoàn cơ sở chủ động đối thoại với doanh nghiệp.\n"
        "3. Rà soát quỹ đất xây thiết chế công đoàn.\n"
        "4. Ban hành quy chế phối hợp mới trong quý III."
    )
    assert [i.get("responsible") for i in items] == [
        "Sở Nội vụ",
        "Các công đoàn cơ sở",
        "các sở, ngành",
        "các sở, ngành",
    ]


def test_a_body_whose_name_runs_on_past_its_words_keeps_the_lists_owner() -> None:
    items = _items(
        "Chủ tịch UBND tỉnh yêu cầu các doanh nghiệp:\n"
        "- Công đoàn cơ sở các doanh nghiệp bị giảm đơn hàng lập danh sách công nhân nghỉ việc;\n"
        "- Ban soạn thảo thống nhất lại dự thảo quy chế."
    )
    assert [i.get("responsible") for i in items] == ["các doanh nghiệp", "các doanh nghiệp"]


def test_a_person_given_a_task_is_named_without_the_tasks_verb() -> None:
    items = _items("Hội nghị giao đ/c Lò Văn Pọm đôn đốc các công đoàn cơ sở nộp kinh phí.")
    assert [i.get("responsible") for i in items] == ["Lò Văn Pọm"]


def test_a_body_asked_to_recover_money_is_named_up_to_its_verb() -> None:
    items = _items(
        "Kết luận, đồng chí Giàng A Páo yêu cầu Ban Thường vụ Công đoàn Tổng Công ty thu hồi "
        "khoản chi sai trước ngày "
        "30/9/2025."
    )
    assert [i.get("responsible") for i in items] == ["Ban Thường vụ Công đoàn Tổng Công ty"]


def test_a_request_with_a_comma_after_de_nghi_names_its_owner_whole() -> None:
    items = _items(
        "Phát biểu chỉ đạo, đồng chí Giàng Páo Mỷ đề nghị, Sở Nội vụ và LĐLĐ tỉnh tiếp tục phối "
        "hợp chỉ đạo các doanh nghiệp thủy điện thành lập công đoàn cơ sở."
    )
    assert [(i["text"][:20], i.get("responsible")) for i in items] == [
        ("Sở Nội vụ và LĐLĐ tỉ", "Sở Nội vụ và LĐLĐ tỉnh")
    ]


def test_a_request_to_a_group_told_by_its_count() -> None:
    items = _items(
        "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh ghi nhận các bếp ăn ca đã cải thiện. Đồng chí "
        "yêu cầu 7 doanh nghiệp thay mới dụng cụ chế biến, báo cáo Sở Y tế trước ngày "
        "30/11/2025. Đồng chí cũng đề nghị 3 công đoàn cơ sở giám sát bữa ăn ca hằng tuần."
    )
    assert [(i["kind"], i.get("responsible"), i.get("due")) for i in items] == [
        ("conclusion", "7 doanh nghiệp", "2025-11-30"),
        ("conclusion", "3 công đoàn cơ sở", None),
    ]
