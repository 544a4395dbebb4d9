"""One sentence, several decisions: where an agreed sentence is cut into items.

The example reports are written for these tests: "… thống nhất A, giao B …" (not "…, giao ban
định kỳ"), "thống nhất A và bầu B", "thống nhất A và tiếp tục B" or "… và thành lập B" (but an
assignment's "và tiếp tục" or "và thành lập" stays one task), and "… thống nhất A; đồng thời đề
nghị X:" over a list (A, then the list's items for X), "giao A …; Sở B tạo điều kiện …" (two
bodies, two tasks), "…; Sở B tiếp thu, hoàn thiện …" (taking opinions on board is a task), "…;
các tổ công đoàn mỗi tháng báo cáo …" (bodies in the plural, in lower case, and how often before
the verb), "…; mỗi chi bộ chọn …" or "…; các phường, thị trấn lập …" (units told as a group
or one by one, a lowercase subject); the points after "thống nhất các nội dung:" or "biểu quyết
thông qua các nội dung:" on its line, one a part between semicolons, whatever they open with (but
"(1) …; (2) …" stays the list it is, "thông qua báo cáo: …" tells what the report says, and
"Chưa thống nhất: …" agrees nothing).
"""

from __future__ import annotations

from typing import Any

from store.extract import extract_report

LEAD = "Chiều 22/4/2025, tại Sa Đéc, Ban Thường vụ Liên đoàn Lao động thành phố họp.\n\n"


def _items(body: str) -> list[dict[str, Any]]:
    return extract_report(LEAD + body).record.get("decisions", [])


def test_an_agreement_then_a_comma_and_giao_a_body_is_two_items() -> None:
    items = _items(
        "Ban Thường vụ Thành ủy thống nhất chủ trương mở lớp học nghề cho công nhân, giao UBND "
        "thành phố chủ trì lập kế hoạch, báo cáo trước ngày 30/5/2025."
    )
    assert [(i["kind"], i.get("responsible")) for i in items] == [
        ("decision", None),
        ("assignment", "UBND thành phố"),
    ]
    assert items[0]["text"].endswith("mở lớp học nghề cho công nhân")
    assert items[1]["text"].startswith("giao UBND thành phố chủ trì")


def test_a_comma_before_a_weekly_giao_ban_does_not_cut() -> None:
    items = _items(
        "Hội nghị thống nhất duy trì chế độ họp định kỳ giữa hai cơ quan, giao ban hằng quý để "
        "cùng bàn giải pháp."
    )
    assert len(items) == 1


def test_an_agreement_and_an_election_are_two_decisions() -> None:
    texts = [
        i["text"]
        for i in _items(
            "Hội nghị thống nhất nâng mức hỗ trợ ăn ca lên 25.000 đồng và bầu 7 đại diện người lao "
            "động tham gia đối thoại."
        )
    ]
    assert texts == [
        "thống nhất nâng mức hỗ trợ ăn ca lên 25.000 đồng",
        "bầu 7 đại diện người lao động tham gia đối thoại",
    ]


def test_agreeing_and_going_on_are_two_decisions_but_one_task_stays_whole() -> None:
    texts = [
        i["text"]
        for i in _items(
            "UBND thành phố thống nhất ký lại chương trình phối hợp và tiếp tục tổ chức đối thoại "
            "với công nhân mỗi năm một lần."
        )
    ]
    assert texts == [
        "UBND thành phố thống nhất ký lại chương trình phối hợp",
        "Tiếp tục tổ chức đối thoại với công nhân mỗi năm một lần",
    ]
    items = _items(
        "Hội nghị giao Văn phòng rà soát danh sách đoàn viên và tiếp tục theo dõi các trường hợp "
        "khó khăn."
    )
    assert len(items) == 1


def test_an_agreement_before_a_request_opening_a_list_is_an_item_of_its_own() -> None:
    items = _items(
        "Ban Thường vụ Thành ủy thống nhất chủ trương thành lập công đoàn cơ sở tại chợ đầu mối; "
        "đồng thời đề nghị LĐLĐ thành phố:\n\n"
        "a) Xây dựng kế hoạch thành lập, báo cáo Thành ủy trước ngày 15/7/2025.\n\n"
        "b) Vận động tiểu thương tham gia công đoàn."
    )
    assert [(i["kind"], i.get("responsible")) for i in items] == [
        ("decision", None),
        ("conclusion", "LĐLĐ thành phố"),
        ("conclusion", "LĐLĐ thành phố"),
    ]
    assert items[0]["text"].endswith("thành lập công đoàn cơ sở tại chợ đầu mối")


def test_a_second_body_and_its_task_after_a_semicolon_is_a_second_assignment() -> None:
    items = _items(
        "Kết luận, đồng chí Bí thư giao Ban Tuyên giáo Thành ủy chủ trì tuyên truyền luật mới; Sở "
        "Giáo dục và Đào tạo tạo điều kiện về phòng học cho lớp bồi dưỡng."
    )
    assert [(i["kind"], i.get("responsible")) for i in items] == [
        ("assignment", "Ban Tuyên giáo Thành ủy"),
        ("assignment", "Sở Giáo dục và Đào tạo"),
    ]
    one = _items(
        "Kết luận, đồng chí Bí thư giao Ban Tuyên giáo Thành ủy chủ trì tuyên truyền luật mới; "
        "phối hợp với các phường tổ chức hội thi."
    )
    assert len(one) == 1


def test_a_body_that_takes_opinions_on_board_after_a_semicolon_is_a_second_task() -> None:
    items = _items(
        "Hội nghị thống nhất: Văn phòng tổng hợp ý kiến gửi Sở Nội vụ trước ngày 5/5/2025; Sở "
        "tiếp thu, hoàn thiện dự thảo, trình UBND tỉnh trong tháng 6."
    )
    assert [i["text"][:12] for i in items] == ["thống nhất: ", "Sở tiếp thu,"]


def test_bodies_in_the_plural_doing_a_task_how_often_after_a_semicolon() -> None:
    items = _items(
        "Kết luận cuộc họp, đồng chí Chủ tịch yêu cầu Văn phòng tổng hợp ý kiến gửi Sở Nội vụ "
        "trước ngày 5/5/2025; các công đoàn cơ sở mỗi tháng báo cáo kết quả phát triển đoàn viên."
    )
    assert [(i["text"][:14], i.get("responsible")) for i in items] == [
        ("Văn phòng tổng", "Văn phòng"),
        ("Các công đoàn ", "các công đoàn cơ sở"),
    ]


def test_a_paper_opening_a_column_after_a_semicolon_is_a_second_task() -> None:
    # "mở chuyên mục", "mở lớp": a task's verb, so the body before it owns a task of its own.
    items = _items(
        "Kết luận, đồng chí Trưởng ban yêu cầu Sở Nội vụ tổng hợp ý kiến của cán bộ dôi dư; Báo "
        "Lạng Sơn mở chuyên mục hỏi - đáp chính sách trước ngày 1/3/2025."
    )
    assert [(i["text"][:14], i.get("responsible")) for i in items] == [
        ("Sở Nội vụ tổng", "Sở Nội vụ"),
        ("Báo Lạng Sơn m", "Báo Lạng Sơn"),
    ]


def test_bodies_in_the_plural_qualified_by_where_they_are_own_a_second_task() -> None:
    # "…; UBND các xã vùng cao tổ chức …": the qualifier is part of who owns the task.
    items = _items(
        "Kết luận, đồng chí Phó Chủ tịch yêu cầu Sở Y tế bố trí đội cơ động; UBND các xã vùng "
        "cao tổ chức di dời dân khỏi khu vực sạt lở."
    )
    assert [(i["text"][:12], i.get("responsible")) for i in items] == [
        ("Sở Y tế bố t", "Sở Y tế"),
        ("UBND các xã ", "UBND các xã vùng cao"),
    ]


def test_a_vote_then_an_election_after_a_semicolon_is_two_items() -> None:
    # "… thông qua A; bầu bổ sung B …": each act of the meeting is an item of its own.
    items = _items(
        "Hội nghị đã biểu quyết thông qua Quy chế chi tiêu nội bộ năm 2025; bầu bổ sung đồng chí "
        "Mạc Văn Tiến vào Ban Chấp hành khóa IV."
    )
    assert [i["text"][:22] for i in items] == ["biểu quyết thông qua Q", "bầu bổ sung đồng chí M"]


def test_an_election_and_a_signing_joined_by_va_are_two_items() -> None:
    items = _items(
        "Hội nghị cũng bầu 5 thành viên Ban Thanh tra nhân dân nhiệm kỳ 2025 - 2027 và ký kết "
        "thỏa ước lao động tập thể giữa Tổng Giám đốc và Chủ tịch Công đoàn."
    )
    assert [i["text"][:16] for i in items] == ["bầu 5 thành viên", "ký kết thỏa ước "]


def test_ky_ket_inside_a_task_does_not_cut_it() -> None:
    # What a body is given to do may include a signing: one task.
    items = _items(
        "Kết luận, đồng chí Chủ tịch giao Ban Chính sách chuẩn bị nội dung và ký kết thỏa ước "
        "ngành trước ngày 30/6/2025."
    )
    assert len(items) == 1 and items[0]["kind"] == "assignment"


def test_a_request_s_next_task_after_a_semicolon_with_its_subject_left_out_is_an_item() -> None:
    # "đề nghị X làm A; chủ động B": two tasks, both X's.
    items = _items(
        "Kết luận, đồng chí Bí thư đề nghị Liên đoàn Lao động huyện rà soát công nhân thất nghiệp "
        "sau đợt cắt giảm đơn hàng; chủ động phối hợp với Phòng Lao động giới thiệu việc làm mới."
    )
    assert [(i["text"][:12], i.get("responsible")) for i in items] == [
        ("Liên đoàn La", "Liên đoàn Lao động huyện"),
        ("Chủ động phố", "Liên đoàn Lao động huyện"),
    ]


def test_a_body_closed_by_its_level_owns_a_task_whatever_its_verb() -> None:
    # "…; Ban Nữ công LĐLĐ huyện biên tập …": the name ends at its level ("huyện"), so the verb
    # after it starts the body's own task even when no list of verbs knows it.
    items = _items(
        "Kết luận, đồng chí Chủ tịch yêu cầu các công đoàn cơ sở tổ chức ngày hội gia đình công "
        "nhân; Ban Nữ công Liên đoàn Lao động huyện biên tập tập san gương phụ nữ giỏi việc nước."
    )
    assert [(i["text"][:12], i.get("responsible")) for i in items] == [
        ("Các công đoà", "các công đoàn cơ sở"),
        ("Ban Nữ công ", "Ban Nữ công Liên đoàn Lao động huyện"),
    ]


def test_a_body_closed_by_its_level_that_only_takes_note_owns_no_task() -> None:
    items = _items(
        "Kết luận, đồng chí Chủ tịch yêu cầu các công đoàn cơ sở tổ chức ngày hội gia đình công "
        "nhân; Liên đoàn Lao động huyện đã hoàn thành chỉ tiêu năm."
    )
    assert len(items) == 1


def test_a_giao_ban_after_a_semicolon_is_the_meeting_not_a_task_handed_out() -> None:
    text = (
        "Chiều 12/3/2025, Liên đoàn Lao động tỉnh Bình Định tổ chức hội nghị giao ban quý I với "
        "công đoàn các khu công nghiệp.\n\n"
        "Hội nghị thống nhất duy trì giao ban hằng quý tại các khu công nghiệp; giao ban quý "
        "II/2025 tổ chức tại Khu công nghiệp Phú Tài.\n"
    )
    record = extract_report(text).record
    assert [i["text"] for i in record["decisions"]] == [
        "thống nhất duy trì giao ban hằng quý tại các khu công nghiệp; giao ban quý II/2025 tổ chức"
        " tại Khu công nghiệp Phú Tài"
    ]


def test_agreeing_and_founding_are_two_decisions_but_a_task_to_found_stays_whole() -> None:
    texts = [
        i["text"]
        for i in _items(
            "Ban Thường vụ thống nhất hạ mức đóng góp quỹ xã hội xuống 20.000 đồng và thành lập "
            "Tổ tư vấn pháp luật do Trưởng Ban Chính sách làm tổ trưởng. Ban Thường vụ giao Ban Tổ "
            "chức khảo sát và thành lập công đoàn cơ sở tại 3 doanh nghiệp mới."
        )
    ]
    assert texts == [
        "Ban Thường vụ thống nhất hạ mức đóng góp quỹ xã hội xuống 20.000 đồng",
        "Thành lập Tổ tư vấn pháp luật do Trưởng Ban Chính sách làm tổ trưởng",
        "giao Ban Tổ chức khảo sát và thành lập công đoàn cơ sở tại 3 doanh nghiệp mới",
    ]


def test_the_points_agreed_after_a_colon_are_one_item_a_semicolon() -> None:
    items = _items(
        "Sau 2 giờ trao đổi, hai bên thống nhất các nội dung: thưởng Tết bình quân 1,5 tháng "
        "lương, chi trước ngày 20/1/2026; tiền ăn ca tăng từ 25.000 đồng lên 30.000 đồng/suất; "
        "giao Phòng Nhân sự niêm yết biên bản tại các xưởng. Chưa thống nhất: hỗ trợ tiền nhà "
        "trọ; Công ty trả lời sau."
    )
    assert [(i["kind"], i["text"]) for i in items] == [
        ("decision", "Thưởng Tết bình quân 1,5 tháng lương, chi trước ngày 20/1/2026"),
        ("decision", "Tiền ăn ca tăng từ 25.000 đồng lên 30.000 đồng/suất"),
        ("assignment", "giao Phòng Nhân sự niêm yết biên bản tại các xưởng"),
    ]


def test_the_points_adopted_after_a_colon_are_one_item_a_semicolon() -> None:
    items = _items(
        "Đại hội công nhân viên chức đã biểu quyết thông qua các nội dung: chi thưởng cuối năm "
        "bằng 1,2 tháng lương trước ngày 25/12/2025; bổ sung chế độ nghỉ mát cho tổ lái xe; "
        "ban hành quy chế dân chủ cơ sở sửa đổi."
    )
    assert [i["text"] for i in items] == [
        "Chi thưởng cuối năm bằng 1,2 tháng lương trước ngày 25/12/2025",
        "Bổ sung chế độ nghỉ mát cho tổ lái xe",
        "Ban hành quy chế dân chủ cơ sở sửa đổi",
    ]


def test_a_report_adopted_with_its_contents_after_a_colon_stays_one_item() -> None:
    items = _items(
        "Hội nghị biểu quyết thông qua báo cáo: năm qua 214 đoàn viên mới được kết nạp; 3 công "
        "đoàn cơ sở ra đời; 1,1 tỷ đồng được chi chăm lo Tết."
    )
    assert len(items) == 1


def test_units_told_one_by_one_or_as_a_group_after_a_semicolon_are_tasks_of_their_own() -> None:
    texts = [
        i["text"]
        for i in _items(
            "Kết luận hội nghị, đồng chí Bí thư Thành ủy yêu cầu Ban Tuyên giáo rà soát tài liệu "
            "học tập nghị quyết cho công nhân; mỗi chi bộ khu phố chọn một việc làm thiết thực để "
            "đăng ký thi đua; các phường, thị trấn lập danh sách công nhân thuê trọ trong quý III."
        )
    ]
    assert len(texts) == 3
    assert texts[1].lower().startswith("mỗi chi bộ khu phố chọn")
    assert texts[2].lower().startswith("các phường, thị trấn lập danh sách")


def test_a_semicolon_before_people_told_in_the_plural_does_not_cut() -> None:
    texts = [
        i["text"]
        for i in _items(
            "Kết luận hội nghị, đồng chí Bí thư Thành ủy yêu cầu Ban Tuyên giáo rà soát tài liệu "
            "học tập nghị quyết; các đồng chí đảng viên trẻ tích cực tham gia."
        )
    ]
    assert len(texts) == 1
