"""Chairs named in ways the extractor must read: by delegation ("… - được ủy quyền chủ trì"), as
one of several ("…, một trong hai người chủ trì hội nghị") or the one ("…, người chủ trì hội
nghị"), and the one answering a Q&A who says "tôi" among the chairs ("Đoàn chủ tịch gồm ông X và
tôi", "Tôi cùng ông X đồng chủ trì"); but not the chair of another meeting a sentence recalls
("…, sáng cùng ngày, Ban Thường vụ đã họp dưới sự chủ trì của …"), nor that of a round-up's
other meeting on another day ("Sáng 1/10, Ban Thường vụ … họp …" after "Chiều 3/10, … tổ chức
hội nghị"), nor that of another event in the same part of the day ("Cũng trong sáng 5/2, … chủ
trì cuộc họp trực tuyến …"); a second chair joined in the first's sentence ("A, title, chủ trì
hội nghị; cùng chủ trì có đồng chí B, title"); who "do A, title, điều hành." runs, but not who
runs one session of it ("phiên thứ hai do B điều hành"), though a presidium elected at the
first session ("Tại phiên thứ nhất, đại hội bầu Đoàn Chủ tịch gồm …") steers it all; the
people on the list items below a presidium's heading set alone on its line ("Chủ tọa kỳ họp
gồm 2 đồng chí:"); those told "A, title và B, title điều hành đối thoại" (or "diễn đàn", "giao
ban"), whichever kind of meeting they run, their titles ending before the verb; but not a
"Ban điều hành Đội …" in a title.

Each example is a short sentence written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

from store.extract import extract_report

LEAD = "Sáng 14/3/2024, tại Hà Nội, Ban Chấp hành Công đoàn Tổng Công ty tổ chức kỳ họp thứ 9.\n\n"


def _rows(body: str) -> set[tuple[str, str, str | None]]:
    record = extract_report(LEAD + body).record
    return {(p["name"], p["role"], p.get("title")) for p in record.get("participants", [])}


def _chairs(body: str) -> set[str]:
    return {name for name, role, _title in _rows(body) if role == "chair"}


def test_a_chair_by_delegation() -> None:
    body = (
        "Do đồng chí Chủ tịch đi công tác, đồng chí Vương Thị Hằng - Phó Chủ tịch Thường trực "
        "Công đoàn Tổng Công ty - được ủy quyền chủ trì kỳ họp. Dự kỳ họp có ông Tạ Văn Long."
    )
    assert _chairs(body) == {"Vương Thị Hằng"}


def test_one_of_two_chairs_named_in_apposition() -> None:
    body = (
        "Phóng viên đã trao đổi với ông Lưu Đức Bình, Chủ tịch Công đoàn Tổng Công ty, một trong "
        "hai người chủ trì kỳ họp."
    )
    assert _chairs(body) == {"Lưu Đức Bình"}


def test_a_deputy_given_a_task_is_not_a_chair() -> None:
    body = "Dự kỳ họp có bà Hà Thu Trang, Phó Chủ tịch Công đoàn, được phân công theo dõi thi đua."
    assert _chairs(body) == set()


def test_the_one_answering_who_says_i_among_the_chairs_chaired() -> None:
    body = (
        "PV: Hội nghị diễn ra thế nào?\n\nBà Kiều Thị Ngân: Rất sôi nổi. Đoàn chủ tịch gồm ông Hồ "
        "Minh Tú, Tổng Giám đốc, và tôi. Về dự có ông Lý Văn Tài, Phó Chủ tịch LĐLĐ tỉnh.\n\n"
        "PV: Còn ông Tài?\n\nÔng Lý Văn Tài: Tôi cùng đồng chí Hồ Minh Tú đồng chủ trì phiên "
        "đối thoại buổi chiều."
    )
    rows = _rows(body)
    assert {name for name, role, _title in rows if role == "chair"} == {
        "Hồ Minh Tú",
        "Kiều Thị Ngân",
        "Lý Văn Tài",
    }
    assert not {row for row in rows if row[0] == "Kiều Thị Ngân" and row[1] == "attendee"}


def test_evening_and_to_are_not_i() -> None:
    body = (
        "PV: Ai chủ trì?\n\nÔng Quan Văn Hải: Chủ trì là ông Bế Văn Minh, Chủ tịch LĐLĐ tỉnh, "
        "từ sáng tới tối."
    )
    assert _chairs(body) == {"Bế Văn Minh"}


def test_the_chair_of_a_meeting_recalled_inside_a_sentence_is_not_this_ones() -> None:
    body = (
        "Bà Lâm Thị Thu, Phó Chủ tịch Công đoàn, chủ trì kỳ họp. Theo bà Lâm Thị Thu, ngay trong "
        "buổi chiều cùng ngày, Ban Thường vụ đã họp dưới sự chủ trì của Chủ tịch Công đoàn Hoàng "
        "Văn Sỹ và thống nhất hỗ trợ công nhân."
    )
    rows = _rows(body)
    assert _chairs(body) == {"Lâm Thị Thu"}
    assert not {row for row in rows if row[0] == "Hoàng Văn Sỹ"}


ROUND_UP = (
    "(BT) Tuần qua, các cấp công đoàn trong tỉnh sơ kết 9 tháng.\n\n"
    "Chiều 3/10, tại trụ sở, Ban Thường vụ LĐLĐ tỉnh tổ chức hội nghị giao ban. Đồng chí Mạc "
    "Thị Huệ, Chủ tịch LĐLĐ tỉnh, chủ trì; cùng dự có đồng chí Nghiêm Văn Tú, Phó Chủ tịch.\n\n"
    "Sáng 1/10, Ban Thường vụ Công đoàn ngành Y tế họp phiên thường kỳ dưới sự chủ trì của đồng "
    "chí Doãn Văn Khải, Chủ tịch Công đoàn ngành. Phiên họp thống nhất tặng 50 suất quà."
)


def test_a_round_up_names_another_meeting_on_another_day() -> None:
    assert _chairs_of(ROUND_UP) == {"Mạc Thị Huệ"}
    record = extract_report(ROUND_UP).record
    assert not [d for d in record.get("decisions", []) if "50 suất quà" in d["text"]]


def test_the_same_meeting_going_on_another_day_is_the_same_meeting() -> None:
    text = (
        "Ngày 15/8, tại Đà Lạt, Công đoàn ngành Giáo dục tổ chức hội nghị tổng kết năm học.\n\n"
        "Ngày 16/8, hội nghị tiếp tục dưới sự chủ trì của đồng chí Cao Thị Lụa, Chủ tịch Công đoàn "
        "ngành."
    )
    assert _chairs_of(text) == {"Cao Thị Lụa"}


def _chairs_of(text: str) -> set[str]:
    record = extract_report(text).record
    return {p["name"] for p in record["participants"] if p["role"] == "chair"}


def test_another_event_in_the_same_part_of_the_day_is_another_meeting() -> None:
    body = (
        "Đồng chí Kiều Văn Tấn, Chủ tịch Công đoàn Tổng Công ty, chủ trì; dự kỳ họp có đồng chí "
        "Lã Thị Ngà, Phó Chủ tịch.\n\n"
        "Cũng trong sáng 14/3, đồng chí Lã Thị Ngà chủ trì buổi làm việc với Công ty Cơ khí, "
        "giao Công ty hoàn thành thỏa ước lao động trước ngày 30/4/2024.\n"
    )
    assert _chairs(body) == {"Kiều Văn Tấn"}
    assert not extract_report(LEAD + body).record.get("decisions")
    own = body.replace("Cũng trong sáng 14/3, đồng chí Lã Thị Ngà chủ trì buổi làm việc với Công "
                       "ty Cơ khí, giao", "Kỳ họp giao")  # fmt: skip
    assert extract_report(LEAD + own).record.get("decisions")  # told as this meeting's: kept


def test_the_chair_named_in_apposition_as_the_one_who_chaired() -> None:
    body = (
        "Bên lề kỳ họp, phóng viên trao đổi với ông Kiều Văn Tấn, Chủ tịch Công đoàn Tổng Công ty, "
        "người chủ trì kỳ họp."
    )
    assert _chairs(body) == {"Kiều Văn Tấn"}


def test_who_steers_one_session_of_a_longer_meeting_is_not_its_chair() -> None:
    # The meeting's chair is named once; a session's steering ("phiên thảo luận dưới sự điều
    # hành của …") falls to another person, who stays an attendee. A "phiên họp" is a meeting.
    body = (
        "Ông Đào Văn Lộc, Giám đốc Sở Nông nghiệp, chủ trì hội nghị. Dự có bà Mạc Thị Hoa, "
        "Phó Giám đốc Sở. Chiều cùng ngày, hội nghị chuyển sang phiên thảo luận dưới sự điều "
        "hành của bà Mạc Thị Hoa."
    )
    rows = _rows(body)
    assert ("Đào Văn Lộc", "chair", "Giám đốc Sở Nông nghiệp") in rows
    assert ("Mạc Thị Hoa", "attendee", "Phó Giám đốc Sở") in rows
    assert not any(r[0] == "Mạc Thị Hoa" and r[1] == "chair" for r in rows)
    meeting = "Phiên họp thường kỳ dưới sự điều hành của ông Đào Văn Lộc, Giám đốc Sở."
    assert _chairs(meeting) == {"Đào Văn Lộc"}


def test_who_runs_the_meeting_after_dieu_hanh_is_the_chair() -> None:
    assert _chairs(
        "Điều hành kỳ họp là đồng chí Quan Thị Bế, Phó Chủ tịch Công đoàn Tổng Công ty. Dự có "
        "ông Đèo Văn Sa, Giám đốc."
    ) == {"Quan Thị Bế"}


def test_who_the_meeting_is_run_by_at_the_sentences_end_is_the_chair() -> None:
    assert _chairs(
        "Kỳ họp do đồng chí Lò Thị Xuân, Phó Chủ tịch Công đoàn Tổng Công ty, điều hành. Dự có "
        "ông Hà Văn Pản, Giám đốc."
    ) == {"Lò Thị Xuân"}
    assert "Quàng Văn Sinh" not in _chairs(
        "Kỳ họp do bà Lò Thị Xuân chủ trì. Phiên thứ hai do ông Quàng Văn Sinh điều hành."
    )


def test_a_second_chair_joined_after_the_first_in_one_sentence() -> None:
    body = (
        "Đồng chí Vương Thị Nhàn, Trưởng Ban Dân vận Thị ủy chủ trì hội nghị; cùng chủ trì có "
        "đồng chí Lạc Văn Sơn, Chủ tịch Hội Cựu chiến binh thị xã. Dự hội nghị có đồng chí "
        "Kha Minh Tâm, Phó Chủ tịch Liên đoàn Lao động tỉnh.\n"
    )
    rows = _rows(body)
    assert _chairs(body) == {"Vương Thị Nhàn", "Lạc Văn Sơn"}
    assert ("Lạc Văn Sơn", "chair", "Chủ tịch Hội Cựu chiến binh thị xã") in rows
    assert ("Kha Minh Tâm", "attendee", "Phó Chủ tịch Liên đoàn Lao động tỉnh") in rows


def test_a_presidium_heading_alone_chairs_the_list_items_below_it() -> None:
    rows = _rows(
        "Chủ tọa kỳ họp gồm 2 đồng chí:\n"
        "- Tạ Quang Vinh - Chủ tịch Công đoàn Tổng Công ty;\n"
        "- Bế Thị Xoan - Phó Chủ tịch Công đoàn Tổng Công ty.\n"
        "Dự kỳ họp có ông Lục Văn Khải, Tổng Giám đốc.\n"
    )
    assert ("Tạ Quang Vinh", "chair", "Chủ tịch Công đoàn Tổng Công ty") in rows
    assert ("Bế Thị Xoan", "chair", "Phó Chủ tịch Công đoàn Tổng Công ty") in rows
    assert ("Lục Văn Khải", "attendee", "Tổng Giám đốc") in rows


def test_who_runs_a_dialogue_or_a_forum_after_their_titles_chaired() -> None:
    rows = _rows(
        "Ông Mạc Văn Lực, Tổng Giám đốc Công ty và bà Hà Thị Yến, Chủ tịch Công đoàn Công ty "
        "điều hành đối thoại. Cùng dự có ông Chu Văn Đạt, Phó Tổng Giám đốc.\n"
    )
    assert ("Mạc Văn Lực", "chair", "Tổng Giám đốc Công ty") in rows
    assert ("Hà Thị Yến", "chair", "Chủ tịch Công đoàn Công ty") in rows
    assert ("Chu Văn Đạt", "attendee", "Phó Tổng Giám đốc") in rows
    forum = "Bà Ninh Thị Hoa, Phó Chủ tịch Tổng Liên đoàn điều hành diễn đàn.\n"
    assert ("Ninh Thị Hoa", "chair", "Phó Chủ tịch Tổng Liên đoàn") in _rows(forum)


def test_a_body_run_by_a_board_in_a_title_is_not_a_chairing() -> None:
    rows = _rows("Dự kỳ họp có ông Tôn Văn Bảo, Trưởng Ban điều hành Đội Bảo vệ.\n")
    assert ("Tôn Văn Bảo", "attendee", "Trưởng Ban điều hành Đội Bảo vệ") in rows


def test_a_presidium_elected_at_the_first_session_chairs_the_congress() -> None:
    # One person steering one session is no chair; the presidium the first session elects steers
    # the whole congress, its members each with a title.
    body = (
        "Tại phiên thứ nhất, đại hội biểu quyết bầu Đoàn Chủ tịch gồm các đồng chí: Khúc Văn "
        "Lợi, Chủ tịch Công đoàn ngành; Đàm Thị Xoan, Phó Chủ tịch Công đoàn ngành; Tạ Quang "
        "Vinh, Hiệu trưởng Trường THCS Đông Hưng. Dự đại hội có ông Mạc Văn Cường."
    )
    assert _chairs(body) == {"Khúc Văn Lợi", "Đàm Thị Xoan", "Tạ Quang Vinh"}
    assert ("Đàm Thị Xoan", "chair", "Phó Chủ tịch Công đoàn ngành") in _rows(body)
