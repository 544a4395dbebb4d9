"""Frames an outcome is told in that name no conclusion: the response to what was heard.

The example reports are written for these tests: a visiting leader who, "Sau khi nghe báo cáo
…", answers with a list of requests ("… và đề nghị:" then dashed lines), whose requests are the
session's conclusions while he, a visit's head, is not made its chair; a lead-in announcing
the tasks ("… tập trung một số việc:") with the tasks on its line between semicolons, or
counting them ("… yêu cầu tập trung hai việc.") before paragraphs "Thứ nhất, …"; a
conclusion whose tasks are counted inside one sentence ("…, thứ nhất, …, thứ hai, …, và cuối
cùng, …"), a shortcoming turned into its task by "do đó", the asking person named again
inside an item; a directing speech's request held to a time, which a conclusion after it
leaves standing, as it leaves the requests told in a sentence of their own ("Ông đề nghị …")
and, since the devset's ruling, a speech's request of a named body in a sentence that also
assesses (encouragement to go on as before, "tiếp tục quan tâm …", stays no item);
a body that discussed and commented before it decided ("… đã thảo luận, góp ý và thống nhất
…"); the parties signing at the meeting itself ("Tại hội nghị, A và B đã ký …",
"Ngay sau đó, … ký Thỏa ước …"), which names what was signed better than the lead's ceremony,
unless the lead names it more fully; a directing speech whose tasks are counted after a colon in
its paragraph ("… nêu rõ: Thứ nhất, … . Thứ hai, … ."), which a conclusion after it leaves
standing, and praise after them that is no part of the last; a leader's requests "Phát biểu sau
lễ ký, …" (a signing binds the sides to them), but not at another ceremony ("tại lễ kỷ niệm");
a body named first that "được giao" a task (the task handed out, in the passive).
"""

from __future__ import annotations

from store.extract import extract_report


def test_requests_after_hearing_the_reports_are_the_conclusions() -> None:
    text = (
        "Sáng 4/11/2025, đoàn công tác Liên đoàn Lao động tỉnh Bến Tre do ông Lê Văn Tài, Phó "
        "Chủ tịch LĐLĐ tỉnh làm trưởng đoàn đã làm việc với Công ty TNHH May Mỏ Cày.\n\n"
        "Sau khi nghe Công ty và Công đoàn cơ sở báo cáo, ông Lê Văn Tài biểu dương cố gắng của "
        "doanh nghiệp và đề nghị:\n\n"
        "- Công ty bố trí phòng vắt sữa cho lao động nữ đang nuôi con nhỏ trong quý I/2026.\n"
        "- Công đoàn cơ sở Công ty lập danh sách đoàn viên thuê trọ để hỗ trợ tiền điện.\n"
    )
    record = extract_report(text).record
    assert [(i["kind"], i["text"][:22]) for i in record["decisions"]] == [
        ("conclusion", "Công ty bố trí phòng v"),
        ("conclusion", "Công đoàn cơ sở Công t"),
    ]
    assert record.get("chairs", []) == []


def test_tasks_counted_inside_one_concluding_sentence_are_one_item_each() -> None:
    text = (
        "Chiều 9/10/2025, Ban Thường vụ Liên đoàn Lao động tỉnh Sóc Trăng họp phiên thường kỳ. "
        "Đồng chí Lâm Văn Sang, Chủ tịch LĐLĐ tỉnh chủ trì.\n\n"
        "Kết luận phiên họp, đồng chí Lâm Văn Sang nêu các yêu cầu sau thời gian tới, thứ "
        "nhất, việc thu kinh phí công đoàn ở doanh nghiệp tư nhân còn thấp, vì vậy Ban Tài chính "
        "phải đối chiếu số liệu với cơ quan bảo hiểm xã hội từng quý, thứ hai, Ban Tuyên giáo "
        "chủ trì, phối hợp với Văn phòng biên soạn tài liệu hỏi đáp về Luật Công đoàn năm 2024, "
        "và cuối cùng, đồng chí yêu cầu "
        "các công đoàn cơ sở tổ chức đối thoại tại nơi làm việc trước Tết.\n"
    )
    items = extract_report(text).record["decisions"]
    assert [(i["kind"], i["text"][:26]) for i in items] == [
        ("conclusion", "Ban Tài chính phải đối chi"),
        ("assignment", "Ban Tuyên giáo chủ trì, ph"),
        ("conclusion", "Các công đoàn cơ sở tổ chứ"),
    ]


def test_what_follows_an_agreeing_colon_was_agreed_whoever_agrees() -> None:
    text = (
        "Ngày 21/5/2025, Trường Cao đẳng Nghề Sóc Trăng và Liên đoàn Lao động tỉnh tổ chức tọa "
        "đàm về đào tạo nghề cho đoàn viên.\n\n"
        "Ba đơn vị thống nhất:\n\n"
        "1. Mở hai lớp sơ cấp nghề hàn cho đoàn viên mất việc trong quý III/2025.\n\n"
        "2. Ban Chính sách - Pháp luật LĐLĐ tỉnh lập danh sách học viên trước ngày 30/6/2025.\n\n"
        "Cuối buổi, Tổ trưởng Nguyễn Văn Bé thống nhất với các tổ viên: giao Tổ Công đoàn khối "
        "văn phòng chuẩn bị hội trường cho khai giảng.\n"
    )
    items = extract_report(text).record["decisions"]
    assert [(i["kind"], i["text"][:26]) for i in items] == [
        ("decision", "Mở hai lớp sơ cấp nghề hàn"),
        ("assignment", "Ban Chính sách - Pháp luật"),
        ("assignment", "giao Tổ Công đoàn khối văn"),
    ]


def test_the_sentence_after_a_task_naming_a_body_doing_one_is_a_task_too() -> None:
    text = (
        "Chiều 12/6/2025, Ban Thường vụ Liên đoàn Lao động tỉnh Hậu Giang họp phiên thường kỳ.\n\n"
        "Kết luận phiên họp, đồng chí Trần Thị Mai giao Ban Tuyên giáo xây dựng tờ gấp về Luật "
        "Công đoàn năm 2024. Ban Nữ công khẩn trương rà soát danh sách nữ đoàn viên mang thai. "
        "Ban Tổ chức đã hoàn thành đợt kiểm tra quý I.\n\n"
        "Ban Thường vụ quyết định hỗ trợ 3 căn nhà cho đoàn viên vùng sạt lở. Việc chọn hộ được "
        "hỗ trợ do Công đoàn Khu công nghiệp Tân Phú Thạnh phối hợp với chính quyền xã thực hiện "
        "trước ngày 30/7/2025.\n"
    )
    items = extract_report(text).record["decisions"]
    assert [(i["kind"], i["text"][:24], i.get("responsible")) for i in items] == [
        ("assignment", "giao Ban Tuyên giáo xây ", "Ban Tuyên giáo"),
        ("conclusion", "Ban Nữ công khẩn trương ", "Ban Nữ công"),
        ("decision", "Ban Thường vụ quyết định", None),
        ("assignment", "Việc chọn hộ được hỗ trợ", "Công đoàn Khu công nghiệp Tân Phú Thạnh"),
    ]


def test_a_directing_speechs_request_held_to_a_time_stays_when_the_chair_concludes_after() -> None:
    text = (
        "Ngày 6/11/2025, Ban Chấp hành Liên đoàn Lao động tỉnh Hà Nam họp hội nghị lần thứ 9. Bà "
        "Đoàn Thị Hiền, Chủ tịch LĐLĐ tỉnh chủ trì.\n\n"
        "Phát biểu chỉ đạo, ông Lại Văn Tuấn, Phó Bí thư Tỉnh ủy ghi nhận nỗ lực của các cấp "
        "công đoàn và đề nghị LĐLĐ tỉnh rà soát nhà trọ công nhân ở hai khu công nghiệp, báo cáo "
        "Tỉnh ủy trong quý I/2026.\n\n"
        "Ông Lại Văn Tuấn cũng đề nghị các cấp công đoàn tiếp tục quan tâm đến người lao động.\n\n"
        "Kết luận hội nghị, bà Đoàn Thị Hiền yêu cầu các công đoàn cơ sở tổ chức tốt Tết Sum vầy "
        "cho đoàn viên.\n"
    )
    record = extract_report(text).record
    assert [(i["kind"], i["text"][:22].casefold()) for i in record["decisions"]] == [
        ("conclusion", "lđlđ tỉnh rà soát nhà "),
        ("conclusion", "các công đoàn cơ sở tổ"),
    ]


def test_a_body_that_discussed_before_it_decided_decided() -> None:
    text = (
        "Chiều 9/10/2025, Ban Chấp hành Công đoàn Viên chức tỉnh Phú Thọ họp phiên thường kỳ "
        "quý III tại trụ sở cơ quan.\n\n"
        "Ban Chấp hành đã thảo luận, góp ý và thống nhất điều chỉnh mức chi thăm hỏi đoàn viên "
        "ốm đau lên 1 triệu đồng một lần.\n\n"
        "Về nhân sự, Ban Chấp hành đã xem xét và bỏ phiếu kín bầu bổ sung bà Hà Thị Lụa vào Ủy "
        "ban Kiểm tra với 17/19 phiếu tán thành.\n"
    )
    record = extract_report(text).record
    assert [(i["kind"], i["text"][:30]) for i in record["decisions"]] == [
        ("decision", "thống nhất điều chỉnh mức chi "),
        ("decision", "bầu bổ sung bà Hà Thị Lụa vào "),
    ]


def test_tasks_announced_before_a_colon_and_told_inline_are_one_item_each() -> None:
    text = (
        "Sáng 3/9/2025, đồng chí Đinh Văn Khoa, Phó Bí thư Huyện ủy làm việc với Liên đoàn Lao "
        "động huyện Krông Pắc.\n\n"
        "Phát biểu kết luận, đồng chí Đinh Văn Khoa ghi nhận cố gắng của cán bộ công đoàn huyện. "
        "Đồng chí chỉ đạo Liên đoàn Lao động huyện tập trung một số việc: rà soát đoàn viên ở "
        "các hợp tác xã cà phê; hoàn thành đại hội công đoàn cơ sở trường học trước ngày "
        "30/10/2025; mở lớp tập huấn cho chủ tịch công đoàn xã mới.\n\n"
        "Kết thúc buổi làm việc, Phó Bí thư đề nghị Ban Dân vận tập trung thực hiện tốt các "
        "nhiệm vụ sau: nắm tình hình công nhân thuê trọ; báo cáo Thường trực Huyện ủy hằng "
        "quý.\n"
    )
    items = extract_report(text).record["decisions"]
    assert [(i["kind"], i["text"][:24], i.get("responsible")) for i in items] == [
        ("conclusion", "Rà soát đoàn viên ở các ", "Liên đoàn Lao động huyện"),
        ("conclusion", "Hoàn thành đại hội công ", "Liên đoàn Lao động huyện"),
        ("conclusion", "Mở lớp tập huấn cho chủ ", "Liên đoàn Lao động huyện"),
        ("conclusion", "Nắm tình hình công nhân ", "Ban Dân vận"),
        ("conclusion", "Báo cáo Thường trực Huyệ", "Ban Dân vận"),
    ]
    assert items[1]["due"] == "2025-10-30"


def test_paragraphs_counted_thu_nhat_thu_hai_after_a_conclusion_are_its_items() -> None:
    text = (
        "Sáng 14/7/2025, Thường trực Liên đoàn Lao động tỉnh Bình Định họp giao ban tháng 7. Ông "
        "Phan Văn Hòa, Chủ tịch LĐLĐ tỉnh chủ trì.\n\n"
        "Kết luận cuộc họp, ông Phan Văn Hòa yêu cầu các ban tập trung hai việc trong tháng 8.\n\n"
        "Thứ nhất, Ban Tổ chức hoàn thành hồ sơ khen thưởng cán bộ công đoàn trước ngày "
        "10/8/2025.\n\n"
        "Thứ hai, Ban Nữ công khảo sát nhà trẻ cho con công nhân ở Khu kinh tế Nhơn Hội.\n\n"
        "Thường trực cũng nghe Văn phòng báo cáo tình hình thu kinh phí công đoàn.\n"
    )
    items = extract_report(text).record["decisions"]
    assert [(i["kind"], i["text"][:26]) for i in items] == [
        ("conclusion", "Ban Tổ chức hoàn thành hồ "),
        ("conclusion", "Ban Nữ công khảo sát nhà t"),
    ]


def test_a_word_that_begins_with_giao_assigns_nothing() -> None:
    # "giao ban" (a briefing meeting), "giao lưu": words of their own, not "giao" handing out a
    # task; "giao Ban Nữ công …" does hand one out.
    text = (
        "Sáng 3/3/2026, tại trụ sở Công đoàn ngành Y tế tỉnh Bình Định, Thường trực Công đoàn "
        "ngành tổ chức giao ban công tác tháng 2. Đồng chí Lý Thị Hoa, Chủ tịch Công đoàn ngành "
        "chủ trì.\n\n"
        "Kết luận giao ban, Chủ tịch Công đoàn ngành Lý Thị Hoa biểu dương các ban và yêu cầu "
        "hoàn thành báo cáo quý I trước ngày 25/3/2026.\n\n"
        "Phát biểu kết luận, đồng chí Lý Thị Hoa mong hai cơ quan tiếp tục duy trì giao lưu văn "
        "nghệ giữa công nhân các bệnh viện mỗi quý một lần. Đồng chí giao Ban Nữ công chuẩn bị "
        "hội thi nấu ăn trong tháng 4.\n"
    )
    items = extract_report(text).record["decisions"]
    assert not [i for i in items if i["text"].casefold().startswith(("giao ban,", "giao lưu"))]
    assert [i["kind"] for i in items if i["text"].startswith("giao Ban Nữ công")] == ["assignment"]


def _signed(body: str) -> list[str]:
    lead = (
        "Sáng 12/5/2025, tại Hội trường Sở Y tế, Sở Y tế tỉnh Bình Định và Liên đoàn Lao động "
        "tỉnh tổ chức hội nghị tổng kết chương trình phối hợp giai đoạn 2020 - 2025 và ký kết "
        "chương trình phối hợp giai đoạn mới.\n\n"
    )
    return [i["text"] for i in extract_report(lead + body).record["decisions"]]


def test_the_parties_signing_at_the_meeting_sign_what_the_sentence_names() -> None:
    assert _signed(
        "Báo cáo cho biết năm năm qua đã có 4.200 đoàn viên được khám sức khỏe miễn phí.\n\n"
        "Tại hội nghị, ông Trần Văn Lộc và bà Đinh Thị Mai đã ký Chương trình phối hợp số "
        "07/CTPH-SYT-LĐLĐ giai đoạn 2025 - 2030.\n"
    ) == ["Ký Chương trình phối hợp số 07/CTPH-SYT-LĐLĐ giai đoạn 2025 - 2030"]
    assert _signed(
        "Ngay sau đó, Giám đốc Bệnh viện và Chủ tịch Công đoàn Bệnh viện ký Thỏa ước lao động "
        "tập thể năm 2025.\n"
    ) == ["Ký Thỏa ước lao động tập thể năm 2025"]


def test_a_signing_told_again_in_fewer_words_leaves_the_leads_ceremony() -> None:
    assert _signed(
        "Tại hội nghị, ông Trần Văn Lộc và bà Đinh Thị Mai đã ký kết chương trình phối hợp.\n"
    ) == ["ký kết chương trình phối hợp giai đoạn mới"]


def test_a_speechs_requests_in_a_sentence_of_their_own_survive_the_conclusion() -> None:
    text = (
        "Chiều 14/10/2025, Ban Thường vụ Huyện ủy Yên Thế làm việc với Liên đoàn Lao động "
        "huyện.\n\n"
        "Phát biểu tại buổi làm việc, đồng chí Giáp Văn Luận ghi nhận sự năng động của công "
        "đoàn huyện trong năm qua. Ông đề nghị Ủy ban Mặt trận huyện phối hợp khảo sát nhà trọ "
        "công nhân; đồng thời đề nghị các xã ưu tiên quỹ đất xây nhà văn hóa công nhân.\n\n"
        "Phát biểu tại buổi làm việc, đồng chí Thân Thị Mơ đề nghị Phòng Nội vụ hướng dẫn thủ "
        "tục thành lập công đoàn cơ sở.\n\n"
        "Kết luận buổi làm việc, đồng chí Hoàng Văn Cường giao Liên đoàn Lao động huyện xây "
        "dựng kế hoạch phát triển đoàn viên năm 2026."
    )
    items = [i["text"] for i in extract_report(text).record["decisions"]]
    assert any(i.startswith("Ủy ban Mặt trận huyện phối hợp") for i in items)
    assert any("các xã ưu tiên quỹ đất" in i for i in items)
    # a request told in the speech's one sentence stays too (the devset's ruling)
    assert any(i.startswith("Phòng Nội vụ hướng dẫn") for i in items)
    assert any("kế hoạch phát triển đoàn viên" in i for i in items)


def test_a_speechs_tasks_counted_after_a_colon_survive_the_conclusion() -> None:
    text = (
        "Sáng 6/3/2025, Liên đoàn Lao động huyện Ea Súp tổ chức hội nghị Ban Chấp hành.\n\n"
        "Phát biểu chỉ đạo, Trưởng Ban Dân vận Huyện ủy Y Ngông Niê nêu rõ: Thứ nhất, Liên đoàn "
        "Lao động huyện cần bám sát các buôn để nắm tình hình đoàn viên. Thứ hai, các công đoàn "
        "cơ sở phải quan tâm phát triển đoàn viên là người Ê Đê. Đồng chí cũng biểu dương ba "
        "công đoàn cơ sở trường học.\n\n"
        "Kết luận hội nghị, đồng chí Chủ tịch LĐLĐ huyện giao Văn phòng xây dựng kế hoạch tập "
        "huấn, trình Thường trực trước ngày 30/4/2025."
    )
    items = extract_report(text).record.get("decisions", [])
    assert [(i["kind"], i["text"]) for i in items] == [
        (
            "conclusion",
            "Liên đoàn Lao động huyện cần bám sát các buôn để nắm tình hình đoàn viên",
        ),
        ("conclusion", "Các công đoàn cơ sở phải quan tâm phát triển đoàn viên là người Ê Đê"),
        (
            "assignment",
            "giao Văn phòng xây dựng kế hoạch tập huấn, trình Thường trực trước ngày 30/4/2025",
        ),
    ]


def test_a_request_after_praise_in_the_same_sentence_is_the_guests_conclusion() -> None:
    # A leading guest praises, then asks a named body to act, in one sentence: the request
    # stands beside the chair's conclusion; encouragement to go on as before does not.
    text = (
        "Chiều 9/12/2025, Liên đoàn Lao động huyện Tam Nông làm việc với Hợp tác xã Sen Tháp "
        "Mười, dưới sự chủ trì của ông Cao Minh Khánh, Chủ tịch LĐLĐ huyện.\n\n"
        "Giám đốc Hợp tác xã báo cáo tình hình sản xuất và thu nhập của 64 xã viên.\n\n"
        "Bà Trịnh Thị Yến, Phó Chủ tịch UBND huyện ghi nhận những nỗ lực của Hợp tác xã, "
        "đề nghị Ban Quản trị lập danh sách xã viên làm việc thường xuyên để ký hợp đồng lao "
        "động. Ông Lê Văn Tám, Chủ tịch UBND xã đánh giá cao sự hợp tác của Liên đoàn, đề nghị "
        "Hợp tác xã tiếp tục quan tâm tạo việc làm cho đồng bào.\n\n"
        "Kết luận buổi làm việc, ông Cao Minh Khánh giao Ban Tổ chức LĐLĐ huyện hướng dẫn Hợp "
        "tác xã thành lập công đoàn cơ sở trước ngày 31/1/2026.\n"
    )
    record = extract_report(text).record
    assert [(i["kind"], i["text"][:30]) for i in record.get("decisions", [])] == [
        ("conclusion", "Ban Quản trị lập danh sách xã "),
        ("assignment", "giao Ban Tổ chức LĐLĐ huyện hư"),
    ]


def _after_speech(lead: str, where: str) -> list[str]:
    text = lead + (
        f"Phát biểu {where}, ông Đỗ Văn Quý cho biết Công ty sẽ xây thêm nhà ăn ca trong năm "
        "2026.\n\n"
        "Đồng chí Trịnh Văn Hòa ghi nhận Công ty là đơn vị chăm lo tốt cho công nhân. Đồng chí "
        "đề nghị hai bên lập kế hoạch thực hiện chương trình từng năm, báo cáo kết quả vào "
        "tháng 12.\n"
    )
    return [i["text"].lower() for i in extract_report(text).record.get("decisions", [])]


def test_a_leaders_requests_after_a_signing_are_what_the_sides_are_to_do() -> None:
    items = _after_speech(
        "Sáng 3/6/2025, tại Quy Nhơn, Công đoàn Cao su Việt Nam và Tổng công ty Cà phê ký kết "
        "chương trình phối hợp chăm lo nhà ở cho công nhân.\n\n",
        "tại lễ ký",
    )
    assert any(i.startswith("hai bên lập kế hoạch thực hiện chương trình") for i in items)


def test_a_leaders_requests_at_another_ceremony_are_opinions() -> None:
    items = _after_speech(
        "Tối 27/7/2025, Liên đoàn Lao động tỉnh Bình Định tổ chức lễ kỷ niệm ngày thành lập "
        "Công đoàn tỉnh.\n\n",
        "tại lễ kỷ niệm",
    )
    assert not any("hai bên lập kế hoạch" in i for i in items)


def test_a_body_that_is_given_a_task_in_the_passive_is_assigned_it() -> None:
    text = (
        "Chiều 12/5/2026, Thường trực Huyện ủy Thạch Hà làm việc với Liên đoàn Lao động huyện.\n\n"
        "Kết luận buổi làm việc, đồng chí Bí thư Huyện ủy đề nghị LĐLĐ huyện phát triển thêm 300 "
        "đoàn viên trong năm 2026. Ban Tuyên giáo Huyện ủy được giao theo dõi, đôn đốc việc thực "
        "hiện kết luận này, báo cáo Thường trực trước ngày 30/11/2026.\n\n"
        "Đồng chí Trần Văn Hưng cho rằng công đoàn cơ sở cần được giao thêm quyền giám sát."
    )
    items = extract_report(text).record["decisions"]
    assert [(i["kind"], i["text"][:34]) for i in items] == [
        ("conclusion", "LĐLĐ huyện phát triển thêm 300 đoà"),
        ("assignment", "Ban Tuyên giáo Huyện ủy được giao "),
    ]
