"""Openings of a conclusion that decide nothing, and requests made outside any speech.

The example reports are written for these tests: a concluding person who only praises ("ghi nhận,
biểu dương …", "ghi nhận những cố gắng …") or gives an opinion ("cho rằng …"), a notice's title "Kết
luận của … về …" as a headline, and a request ("yêu cầu các sở …") in a report that names no
concluding speech; what a guest's speech asks of a named body ("Phát biểu tại buổi làm việc, đồng
chí X đề nghị …") when a conclusion follows it, which stays; a concluding person relaying a
directive given elsewhere ("quán triệt ý kiến chỉ đạo của …", where "chỉ đạo" is a noun); what a
document issued asks ("đã ban hành công văn số … đề nghị các chi bộ …"); what praise singles out ("…
biểu dương X đã … . Đặc biệt là, chỉ đạo các …"); a closing speech that only quotes its speaker
("Phát biểu bế mạc, bà X nói: "…"") after a speech that asked, which still stands; what the
concluding person stresses just before the list the body agreed ("… nhấn mạnh, … . Hội nghị thống
nhất: …"); the vote that elects who runs the meeting ("biểu quyết bầu Đoàn Chủ tịch gồm …").
"""

from __future__ import annotations

from typing import Any

from store.extract import extract_report

LEAD = (
    "Chiều 14/3/2025, tại trụ sở Huyện ủy, Ban Thường vụ Huyện ủy Tam Nông làm việc với Liên "
    "đoàn Lao động huyện.\n\n"
)


def _items(body: str, lead: str = LEAD) -> list[dict[str, Any]]:
    return extract_report(lead + body).record.get("decisions", [])


def test_praise_joined_by_a_comma_is_not_a_conclusion() -> None:
    items = _items(
        "Kết luận buổi làm việc, Bí thư Huyện ủy Phan Văn Quý ghi nhận, khen ngợi những kết quả "
        "công đoàn huyện đạt được trong năm.\n\n"
        "Đồng chí giao Văn phòng Huyện ủy theo dõi việc thực hiện kết luận."
    )
    assert [i["text"] for i in items] == [
        "giao Văn phòng Huyện ủy theo dõi việc thực hiện kết luận"
    ]


def test_acknowledging_efforts_is_praise_not_a_task() -> None:
    items = _items(
        "Kết luận buổi làm việc, đồng chí Phan Văn Quý ghi nhận những cố gắng của Liên đoàn Lao "
        "động huyện trong chăm lo Tết cho công nhân."
    )
    assert items == []


def test_an_opinion_after_a_concluding_lead_in_is_not_an_item() -> None:
    items = _items(
        'Phát biểu kết luận, ông Phan Văn Quý cho rằng việc chậm nộp kinh phí "là chuyện nếp '
        'làm, không phải chuyện tiền". Ông đề nghị Liên đoàn Lao động huyện lập danh sách các '
        "đơn vị nợ kinh phí."
    )
    assert [i["text"] for i in items] == [
        "Liên đoàn Lao động huyện lập danh sách các đơn vị nợ kinh phí"
    ]


def test_a_notices_title_as_headline_concludes_nothing() -> None:
    report = (
        "Kết luận của Chủ tịch UBND tỉnh về nhà trọ cho công nhân\n\n"
        "Ngày 3/4/2025, Văn phòng UBND tỉnh ban hành thông báo kết luận cuộc họp ngày 28/3/2025 "
        "của Chủ tịch UBND tỉnh với Liên đoàn Lao động tỉnh.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát quỹ đất xây nhà trọ cho công nhân."
    )
    items = extract_report(report).record.get("decisions", [])
    assert [(i["text"], i["kind"]) for i in items] == [
        ("Các sở, ngành rà soát quỹ đất xây nhà trọ cho công nhân", "conclusion")
    ]


def test_the_concluding_persons_directions_open_a_list() -> None:
    items = _items(
        "Kết luận buổi làm việc, Bí thư Huyện ủy đánh giá cao sự cố gắng của công đoàn huyện. "
        "Đồng chí chỉ đạo:\n\n"
        "a) Phòng Lao động huyện rà soát lao động tự do trên địa bàn.\n\n"
        "b) Mở lớp bồi dưỡng cán bộ công đoàn cơ sở trong quý II."
    )
    assert [(i["text"], i["kind"]) for i in items] == [
        ("Phòng Lao động huyện rà soát lao động tự do trên địa bàn", "conclusion"),
        ("Mở lớp bồi dưỡng cán bộ công đoàn cơ sở trong quý II", "conclusion"),
    ]
    handed = _items(
        "Kết luận buổi làm việc, Bí thư Huyện ủy đánh giá cao sự cố gắng của công đoàn huyện. "
        "Đồng chí giao:\n\n"
        "- Phòng Lao động huyện rà soát lao động tự do trên địa bàn.\n\n"
        "- Văn phòng Huyện ủy theo dõi, đôn đốc."
    )
    assert [i["kind"] for i in handed] == ["assignment", "assignment"]  # "… giao:" hands out tasks


def test_what_a_guests_speech_asks_stays_beside_the_conclusion_after_it() -> None:
    # The devset's ruling: a leading guest's request of a named body, before the chair's
    # conclusion, is a conclusion too (older golds dropped it as discussion).
    body = (
        "Phát biểu tại buổi làm việc, đồng chí Lê Thị Bé, Trưởng Ban Dân vận Huyện ủy đề nghị "
        "LĐLĐ huyện sửa đổi quy chế phối hợp với Ban Dân vận.\n\n"
        "Tại buổi làm việc, Ban Thường vụ Huyện ủy đã biểu quyết thông qua đề án thành lập công "
        "đoàn hợp tác xã.\n\n"
        "Kết luận buổi làm việc, đồng chí Bí thư Huyện ủy đề nghị LĐLĐ huyện phát triển thêm 300 "
        "đoàn viên trong năm."
    )
    items = _items(body)
    texts = [i["text"] for i in items]
    assert [i["kind"] for i in items if "quy chế phối hợp" in i["text"]] == ["conclusion"]
    assert any("đề án thành lập công đoàn" in text for text in texts)
    assert any("300 đoàn viên" in text for text in texts)
    alone = _items(body.split("\n\nKết luận")[0])
    assert any("quy chế phối hợp" in i["text"] for i in alone)


def test_relaying_a_directive_given_elsewhere_decides_nothing() -> None:
    body = (
        "Phát biểu kết luận, đồng chí Hà Văn Tâm quán triệt ý kiến chỉ đạo của đồng chí Bí thư "
        "Tỉnh ủy tại hội nghị ngày 5/3 về việc chăm lo Tết cho công nhân. Đồng chí yêu cầu:\n\n"
        "a) Văn phòng LĐLĐ huyện lập danh sách đoàn viên khó khăn trước ngày 20/3/2025;\n"
        "b) Các công đoàn cơ sở tổ chức đối thoại trong quý II."
    )
    texts = [i["text"] for i in _items(body)]
    assert len(texts) == 2
    assert texts[0].startswith("Văn phòng LĐLĐ huyện lập danh sách")


def test_what_a_document_issued_asks_is_not_the_meetings_request() -> None:
    told = (
        "Ban Thường vụ Huyện ủy đã ban hành công văn số 12-CV/HU ngày 3/2/2025 đề nghị các chi bộ "
        "tạo điều kiện cho công đoàn hoạt động."
    )
    assert not _items(told)
    asked = "Tại buổi làm việc, Ban Thường vụ đề nghị các chi bộ tạo điều kiện cho công đoàn."
    assert len(_items(asked)) == 1


def test_what_praise_singles_out_is_what_was_done_not_a_task() -> None:
    body = (
        "Kết luận buổi làm việc, đồng chí Bí thư biểu dương LĐLĐ huyện đã triển khai nghị quyết "
        "kịp thời. Trong đó ban hành 12 kế hoạch cụ thể. Đặc biệt là, chỉ đạo các công đoàn cơ sở "
        "tổ chức đối thoại định kỳ.\n\n"
        "Đồng chí đề nghị LĐLĐ huyện rà soát đoàn viên nghỉ việc."
    )
    texts = [i["text"] for i in _items(body)]
    assert texts == ["LĐLĐ huyện rà soát đoàn viên nghỉ việc"]


def test_a_closing_speech_that_only_quotes_leaves_the_requests_before_it() -> None:
    items = _items(
        "Phát biểu tại buổi làm việc, đồng chí Hà Văn Sơn đề nghị Liên đoàn Lao động huyện tiếp "
        "tục rà soát lao động tự do trên địa bàn.\n\n"
        'Phát biểu bế mạc, đồng chí Lò Văn Pọm nói: "Công đoàn phải ở bên người lao động".'
    )
    assert [i["text"][:32] for i in items] == ["Liên đoàn Lao động huyện tiếp tụ"]


def test_what_is_stressed_before_the_list_the_body_agreed_is_its_preamble() -> None:
    body = (
        "Kết luận buổi làm việc, Bí thư Huyện ủy nhấn mạnh, công đoàn phải là chỗ dựa của người "
        "lao động. Hai bên thống nhất:\n\n"
        "1. Mở lớp bồi dưỡng cán bộ công đoàn cơ sở trong quý II.\n\n"
        "2. Giao Phòng Lao động huyện rà soát lao động tự do."
    )
    assert [i["text"][:12] for i in _items(body)] == ["Mở lớp bồi d", "Giao Phòng L"]
    alone = body.split(" Hai bên")[0]
    assert [i["text"][:12] for i in _items(alone)] == ["Công đoàn ph"]  # no list after it: kept


def test_a_notice_in_upper_case_sections_gives_the_tasks_not_the_assessment() -> None:
    # The sections after "kết luận như sau:" say what is a task: an assessment section gives none,
    # each item of a tasks section is one, "TỔ CHỨC THỰC HIỆN" assigns; the closing is no task.
    text = (
        "Ngày 5/3/2025, Phó Chủ tịch UBND huyện Trần Văn Bình chủ trì cuộc họp về bếp ăn "
        "tập thể. Phó Chủ tịch UBND huyện Trần Văn Bình kết luận như sau:\n\n"
        "I. ĐÁNH GIÁ CHUNG\n\n"
        "Ghi nhận Phòng Y tế đã kiểm tra 42 bếp ăn tập thể trong quý.\n\n"
        "II. NHIỆM VỤ\n\n"
        "1. Thống nhất mở lớp tập huấn an toàn thực phẩm cho chủ bếp ăn.\n\n"
        "2. Phòng Kinh tế rà soát các hợp đồng cung cấp suất ăn.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\n"
        "Văn phòng UBND huyện theo dõi, đôn đốc việc thực hiện.\n\n"
        "Văn phòng UBND huyện thông báo để các cơ quan biết, thực hiện."
    )
    items = extract_report(text).record["decisions"]
    assert [(i["text"], i["kind"]) for i in items] == [
        ("Thống nhất mở lớp tập huấn an toàn thực phẩm cho chủ bếp ăn", "decision"),
        ("Phòng Kinh tế rà soát các hợp đồng cung cấp suất ăn", "conclusion"),
        ("Văn phòng UBND huyện theo dõi, đôn đốc việc thực hiện", "assignment"),
    ]


def test_a_resolution_in_articles_resolves_each_article_and_each_target_under_one() -> None:
    # After "QUYẾT NGHỊ:", each "Điều N." is a decision, or the items of an article ending in a
    # colon are; the article on who executes it and when it takes effect is not.
    text = (
        "Hội nghị Ban Chấp hành Công đoàn ngành Giáo dục tỉnh họp ngày 10/1/2026 tại Hội trường "
        "Sở Giáo dục, do đồng chí Kiều Văn Sáng, Chủ tịch Công đoàn ngành, chủ trì.\n\n"
        "QUYẾT NGHỊ:\n\n"
        "Điều 1. Thông qua kế hoạch hoạt động năm 2026 của Ban Chấp hành.\n\n"
        "Điều 2. Chỉ tiêu năm 2026:\n"
        "1. Kết nạp mới 900 đoàn viên là giáo viên hợp đồng.\n"
        "2. Tổ chức hội nghị cán bộ, viên chức tại toàn bộ các trường học.\n\n"
        "Điều 3. Ban Thường vụ và các công đoàn cơ sở chịu trách nhiệm thi hành Nghị quyết này."
    )
    items = extract_report(text).record["decisions"]
    assert [(i["text"], i["kind"]) for i in items] == [
        ("Thông qua kế hoạch hoạt động năm 2026 của Ban Chấp hành", "decision"),
        ("Kết nạp mới 900 đoàn viên là giáo viên hợp đồng", "decision"),
        ("Tổ chức hội nghị cán bộ, viên chức tại toàn bộ các trường học", "decision"),
    ]


def test_a_social_page_post_marks_its_lines_and_numbers_its_items_with_emoji() -> None:
    # "📌 … thống nhất …:" then keycap numbers ("1️⃣ …"): the agreed list, one item a keycap.
    text = (
        "Chiều 2/4/2025, Ban Chấp hành Công đoàn ngành Giáo dục tổ chức hội nghị lần thứ 5 🎉\n\n"
        "📌 Hội nghị thống nhất các nội dung sau:\n"
        "1️⃣ Thông qua kế hoạch tổ chức Hội thao công nhân viên chức năm 2025.\n"
        "2️⃣ Trích 200 triệu đồng hỗ trợ giáo viên vùng khó khăn.\n"
    )
    items = extract_report(text).record["decisions"]
    assert [(i["text"], i["kind"]) for i in items] == [
        ("Thông qua kế hoạch tổ chức Hội thao công nhân viên chức năm 2025", "decision"),
        ("Trích 200 triệu đồng hỗ trợ giáo viên vùng khó khăn", "decision"),
    ]


def test_a_request_in_a_directing_speech_is_a_conclusion_and_giao_an_assignment() -> None:
    # "Phát biểu chỉ đạo, … đề nghị LĐLĐ huyện …" asks, as a conclusion does; "giao …" assigns.
    text = (
        "Sáng 6/5/2025, tại Mộc Châu, Ban Thường vụ Liên đoàn Lao động tỉnh làm việc với Liên "
        "đoàn Lao động huyện.\n\nPhát biểu chỉ đạo, đồng chí Phó Chủ tịch đề nghị Liên đoàn Lao "
        "động huyện rà soát nhu cầu nhà ở của công nhân nông trường chè. Đồng chí giao Ban Tổ "
        "chức hướng dẫn thủ tục thành lập công đoàn cơ sở tại các hợp tác xã."
    )
    items = extract_report(text).record.get("decisions", [])
    assert [(i["kind"], i["text"][:12]) for i in items] == [
        ("conclusion", "Liên đoàn La"),
        ("assignment", "giao Ban Tổ "),
    ]


def test_electing_the_presidium_that_runs_the_meeting_is_no_item() -> None:
    # A staff conference and a congress, written for this test, elect who runs them at the start,
    # then vote on what they decide.
    lead = (
        "Sáng 9/1/2026, tại hội trường Trường Cao đẳng Nghề Yên Bình, nhà trường tổ chức Hội "
        "nghị viên chức năm 2026.\n\n"
    )
    body = (
        "Mở đầu, hội nghị biểu quyết bầu Đoàn Chủ tịch gồm ông Phùng Văn Lâm, Hiệu trưởng; bà "
        "Đào Thị Nhàn, Chủ tịch Công đoàn. Hội nghị nhất trí cử Thư ký hội nghị gồm hai viên "
        "chức Phòng Đào tạo.\n\n"
        "Hội nghị biểu quyết thông qua Quy chế chi tiêu nội bộ năm 2026 với 100% tán thành."
    )
    assert [i["text"][:30] for i in _items(body, lead)] == ["biểu quyết thông qua Quy chế c"]
