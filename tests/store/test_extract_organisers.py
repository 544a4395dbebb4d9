"""Who held the meeting, as a report's lead names the bodies: pairs, lists, "phối hợp với", "do …".

A body's name holding "và" or commas stays whole, also where it ends at the verb of a body that
agreed at the meeting ("được Ban Chấp hành Công đoàn ngành Giáo dục và Đào tạo tỉnh thống nhất tại
hội nghị"); a term is not part of the name; a school named
after a person is a body; a delegation's body is the one that sent it; with no one said to hold
it, the sides of a working session ("về phía A, có …; Về phía B có …"); a wire-style dateline
opening the lead ("THÁI BÌNH (03/4/2025) - Ban Thường vụ … tổ chức …") is not part of the subject.
"""

from __future__ import annotations

import pytest

from store.extract import extract_report


def _organisers(text: str) -> list[str]:
    return [o["name"] for o in extract_report(text).record.get("organisers", [])]


@pytest.mark.parametrize(
    ("lead", "bodies"),
    [
        (
            "Sáng 6/3/2025, tại Hội trường, Sở Nội vụ phối hợp với Liên đoàn Lao động tỉnh tổ "
            "chức hội nghị quán triệt.",
            ["Sở Nội vụ", "Liên đoàn Lao động tỉnh"],
        ),
        (
            "Ngày 12/3/2025, Ban Tuyên giáo Thành ủy phối hợp với Trường Chính trị Lê Hồng Phong "
            "tổ chức hội nghị.",
            ["Ban Tuyên giáo Thành ủy", "Trường Chính trị Lê Hồng Phong"],
        ),
        (
            "Sáng 4/3/2025, hội nghị đối thoại do Sở Lao động - Thương binh và Xã hội và Liên đoàn "
            "Lao động tỉnh Bình Định phối hợp tổ chức đã diễn ra.",
            ["Sở Lao động - Thương binh và Xã hội", "Liên đoàn Lao động tỉnh Bình Định"],
        ),
        (
            "Sáng 24/2/2025, Ban Thường vụ LĐLĐ tỉnh phối hợp với Sở Nội vụ và Bảo hiểm xã hội "
            "tỉnh tổ chức hội nghị.",
            ["Ban Thường vụ Liên đoàn Lao động tỉnh", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh"],
        ),
        (
            "Sáng 3/10/2024, Công đoàn các khu chế xuất và công nghiệp TP Cần Thơ tổ chức họp.",
            ["Công đoàn các khu chế xuất và công nghiệp TP Cần Thơ"],
        ),
        (
            "Sáng 11/4/2024, tại Đà Nẵng, Viện Công nhân và Công đoàn tổ chức hội thảo khoa học.",
            ["Viện Công nhân và Công đoàn"],
        ),
        (
            "Ngày 14/1/2025, Ban Chấp hành Công đoàn Viên chức tỉnh Lâm Đồng khóa IV (2023 - 2028) "
            "tổ chức hội nghị lần thứ 5.",
            ["Ban Chấp hành Công đoàn Viên chức tỉnh Lâm Đồng"],
        ),
        (
            "Ngày 12/3/2025, Chi bộ Phòng Tổ chức - Cán bộ, Đảng bộ Sở Giáo dục và Đào tạo tổ "
            "chức sinh hoạt chuyên đề.",
            ["Chi bộ Phòng Tổ chức - Cán bộ"],
        ),
        (
            "Chiều 10/3/2025, Ban Thường vụ Huyện ủy Diễn Châu làm việc với Ban Thường vụ Đảng ủy "
            "xã Diễn Hồng về nhiệm vụ quý I.",
            ["Ban Thường vụ Huyện ủy Diễn Châu", "Ban Thường vụ Đảng ủy xã Diễn Hồng"],
        ),
        (
            "Chiều 17/2/2025, Đoàn công tác của Tổng Liên đoàn Lao động Việt Nam do đồng chí Thái "
            "Thu Xương, Phó Chủ tịch Tổng Liên đoàn làm trưởng đoàn đã có buổi làm việc với Liên "
            "đoàn Lao động tỉnh Lào Cai.",
            ["Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động tỉnh Lào Cai"],
        ),
        (
            "Sáng 18/4/2024, tại Hà Nội, Tổng LĐLĐ Việt Nam phối hợp cùng Bộ Lao động - Thương "
            "binh và Xã hội tổ chức hội thảo.",
            ["Tổng Liên đoàn Lao động Việt Nam", "Bộ Lao động - Thương binh và Xã hội"],
        ),
        (
            "Ngày 18/4/2024, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh khóa XX, nhiệm kỳ 2020 - "
            "2025 họp phiên thường kỳ.",
            ["Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh"],
        ),
    ],
)
def test_bodies_named_in_the_lead(lead: str, bodies: list[str]) -> None:
    assert _organisers(lead) == bodies


def test_a_person_who_chairs_a_meeting_is_not_its_organiser() -> None:
    text = "Chiều 12/3/2025, Phó Thủ tướng Lê Thành Long chủ trì cuộc họp về chính sách."
    assert _organisers(text) == []


def test_a_short_name_in_brackets_is_a_short_form() -> None:
    text = (
        "Ngày 27/12/2023, Hội đồng quản lý Quỹ Trợ vốn cho công nhân, lao động nghèo tự tạo việc "
        "làm (Quỹ CEP) tỉnh Phú Thọ họp phiên cuối năm."
    )
    (organiser,) = extract_report(text).record["organisers"]
    assert organiser["name"].endswith("tự tạo việc làm tỉnh Phú Thọ")
    assert organiser["short_forms"] == ["Quỹ CEP"]


def test_two_short_names_in_brackets_are_each_a_short_form_and_none_is_spelled_out() -> None:
    # "Ban Thường vụ (BTV) Liên đoàn Lao động (LĐLĐ) huyện …": both brackets leave the name.
    text = (
        "Sáng 3/3/2025, Ban Thường vụ (BTV) Liên đoàn Lao động (LĐLĐ) huyện Bảo Lâm tổ chức hội "
        "nghị giao ban quý I."
    )
    (organiser,) = extract_report(text).record["organisers"]
    assert organiser["name"] == "Ban Thường vụ Liên đoàn Lao động huyện Bảo Lâm"
    assert organiser["short_forms"] == ["BTV", "LĐLĐ"]


def test_a_delegation_named_after_a_time_clause_gives_its_body_and_its_host() -> None:
    # "…, sáng 12/9, đoàn công tác A do ông X … làm trưởng đoàn đã làm việc với B": A and B.
    text = (
        "Trong đợt khảo sát tại các tỉnh Tây Nguyên, sáng 12/9/2024, đoàn công tác Công đoàn "
        "Ngân hàng Việt Nam do ông Vũ Đình Phong, Phó Chủ tịch, làm trưởng đoàn đã làm việc với "
        "Công đoàn cơ sở Chi nhánh Ngân hàng Nông nghiệp tỉnh Kon Tum."
    )
    assert _organisers(text) == [
        "Công đoàn Ngân hàng Việt Nam",
        "Công đoàn cơ sở Chi nhánh Ngân hàng Nông nghiệp tỉnh Kon Tum",
    ]


def test_the_body_a_meeting_is_named_after_when_no_verb_says_who_held_it() -> None:
    text = (
        "Hỏi: Hội nghị Ban Thường vụ LĐLĐ tỉnh Kiên Giang ngày 10/5/2024 đã thống nhất gì?\n\n"
        "Đáp: Phiên họp ngày 10/5/2024 do đồng chí Nguyễn Thanh Nhàn chủ trì."
    )
    assert _organisers(text) == ["Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang"]


def test_a_place_in_a_union_building_is_not_cut_at_doan() -> None:
    text = "Sáng 24/2/2025, tại Hội trường Liên đoàn Lao động tỉnh Nghệ An, LĐLĐ tỉnh tổ chức họp."
    assert extract_report(text).record["location"] == "Hội trường Liên đoàn Lao động tỉnh Nghệ An"


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (  # the lead's verb is "ký kết" with no subject: the pair it is between
            "Sáng 9/5/2025, tại TP Huế, diễn ra hội nghị ký kết Quy chế phối hợp giữa Bộ Chỉ "
            "huy Quân sự tỉnh và Liên đoàn Lao động tỉnh.",
            ["Bộ Chỉ huy Quân sự tỉnh", "Liên đoàn Lao động tỉnh"],
        ),
        (  # "Phòng họp" is a room, not the verb "họp"
            "Kết luận của Ban Thường vụ Huyện ủy tại buổi làm việc với Phòng Nội vụ.\n\n"
            "Buổi làm việc diễn ra ngày 3/6/2025 tại Phòng họp Huyện ủy.",
            ["Ban Thường vụ Huyện ủy"],
        ),
        (  # a meeting numbered "lần thứ 7" before the body whose meeting it is
            "Hội nghị lần thứ 7 Ban Chấp hành Công đoàn ngành Giáo dục khóa V diễn ra ngày "
            "12/12/2025 tại Hội trường.",
            ["Ban Chấp hành Công đoàn ngành Giáo dục"],
        ),
        (  # the body that met is named in an opening sentence before the dated one
            "Trước tình trạng thiếu lao động, Ban Thường vụ Công đoàn Dệt may đã họp phiên mở "
            "rộng. Phiên họp diễn ra ngày 7/10/2025 tại trụ sở.",
            ["Ban Thường vụ Công đoàn Dệt may"],
        ),
        (  # the body that decided at the meeting
            "20/03/2025 07:00\n\nHỗ trợ tiền xe cho đoàn viên là nội dung Ban Thường vụ Công "
            "đoàn Viên chức tỉnh thống nhất tại phiên họp hôm qua.",
            ["Ban Thường vụ Công đoàn Viên chức tỉnh"],
        ),
    ],
)
def test_who_held_it_when_the_lead_names_no_organiser(text: str, bodies: list[str]) -> None:
    assert _organisers(text) == bodies


def test_a_place_name_ending_in_dong_before_to_chuc_is_not_co_organising() -> None:
    # "Lâm Đồng tổ chức": "Đồng" ends the name; "đồng tổ chức" (co-organise) is lowercase.
    lead = (
        "Trong hai ngày 3-4/7/2025, tại Bảo Lộc, Sở Y tế phối hợp với Công đoàn ngành Y tế tỉnh "
        "Lâm Đồng tổ chức hội nghị tổng kết năm 2024 - 2025, kết hợp tập huấn nghiệp vụ."
    )
    assert _organisers(lead) == ["Sở Y tế", "Công đoàn ngành Y tế tỉnh Lâm Đồng"]


def test_the_sides_of_a_working_session_no_one_is_said_to_hold_are_its_organisers() -> None:
    record = extract_report(
        "Các đồng chí: Lê Văn Quý, Trưởng Ban Dân vận Tỉnh ủy; Hà Thị Lan, Chủ tịch LĐLĐ tỉnh "
        "chủ trì buổi làm việc ngày 4/3/2025.\n\nTham dự, về phía Ban Dân vận Tỉnh ủy, có đồng "
        "chí Vũ Đức Hạnh, Phó Trưởng ban. Về phía Liên đoàn Lao động tỉnh có đồng chí Đào Văn "
        "Thịnh, Phó Chủ tịch."
    ).record
    assert [o["name"] for o in record["organisers"]] == [
        "Ban Dân vận Tỉnh ủy",
        "Liên đoàn Lao động tỉnh",
    ]


@pytest.mark.parametrize("filed", ["VŨ THƯ (03/4/2025) - ", "Vũ Thư, 03.4.2025 - "])
def test_a_wire_dateline_before_the_subject_is_not_the_body(filed: str) -> None:
    lead = filed + "Ban Thường vụ Đảng ủy xã Vũ Thư khóa I tổ chức hội nghị sơ kết quý I."
    assert _organisers(lead) == ["Ban Thường vụ Đảng ủy xã Vũ Thư"]


def test_a_meeting_named_as_the_subject_of_its_verb_is_held_by_the_body_it_is_named_after() -> None:
    # A resolution's preamble: "Hội nghị lần thứ N Ban Chấp hành X khóa Y họp ngày …": the meeting
    # is the subject, the body it belongs to holds it.
    text = (
        "Hội nghị lần thứ sáu Ban Chấp hành Công đoàn ngành Nông nghiệp tỉnh Sóc Sơn khóa IX họp "
        "ngày 12 tháng 3 năm 2026 tại Hội trường Sở Nông nghiệp."
    )
    names = [o["name"] for o in extract_report(text).record.get("organisers", [])]
    assert names == ["Ban Chấp hành Công đoàn ngành Nông nghiệp tỉnh Sóc Sơn"]


def test_a_bulletins_bracketed_dateline_is_not_part_of_the_subject() -> None:
    # A short bulletin opens "(Place, date) Body tổ chức …": where it was filed, then the body.
    text = (
        "(Đà Lạt, 2/6/2025) Ban Thường vụ Công đoàn ngành Du lịch tỉnh tổ chức hội nghị giao ban "
        "công tác tháng 5."
    )
    assert _organisers(text) == ["Ban Thường vụ Công đoàn ngành Du lịch tỉnh"]


def test_a_unit_and_its_union_holding_it_together_are_both_named_in_full() -> None:
    text = (
        "Hội nghị người lao động năm 2025 của Nhà máy Gạch Tuynel Phước Thành diễn ra ngày 18/1 "
        "với 210 đại biểu.\n\n"
        "Nhà máy và Công đoàn cơ sở phối hợp tổ chức hội nghị tại xưởng sấy.\n"
    )
    assert _organisers(text) == [
        "Nhà máy Gạch Tuynel Phước Thành",
        "Công đoàn cơ sở Nhà máy Gạch Tuynel Phước Thành",
    ]
    prose = (
        "Chiều 7/2/2025, buổi đối thoại do CĐCS đề xuất đã diễn ra; Bệnh viện và CĐCS phối hợp "
        "tổ chức tại hội trường Bệnh viện Đa khoa khu vực Đức Hòa.\n"
    )
    assert _organisers(prose) == [
        "Bệnh viện Đa khoa khu vực Đức Hòa",
        "Công đoàn cơ sở Bệnh viện Đa khoa khu vực Đức Hòa",
    ]


@pytest.mark.parametrize(
    ("report", "body"),
    [
        (
            "Chiều 9/2/2025, đoàn công tác của Ủy ban nhân dân huyện Krông Pắc do ông Y Niê, "
            "Phó Chủ tịch UBND huyện làm trưởng đoàn đã đến thăm, tặng quà công nhân nhà máy.",
            "Ủy ban nhân dân huyện Krông Pắc",
        ),
        (
            "Vừa qua, đoàn công tác của Công đoàn ngành Xây dựng tỉnh đã về làm việc tại các "
            "công trình trọng điểm để nắm tình hình đời sống công nhân.",
            "Công đoàn ngành Xây dựng tỉnh",
        ),
        (
            "Sáng 3/10/2025, Đoàn giám sát số 2 của Ban Pháp chế HĐND tỉnh đã giám sát việc "
            "chấp hành pháp luật lao động tại khu công nghiệp Phố Nối.",
            "Ban Pháp chế Hội đồng nhân dân tỉnh",
        ),
    ],
)
def test_a_delegation_that_visits_with_no_organising_verb_was_sent_by_its_body(
    report: str, body: str
) -> None:
    assert _organisers(report)[:1] == [body]


def test_a_body_whose_name_holds_va_agreeing_at_the_meeting_held_it() -> None:
    text = (
        "Đó là điều được Ban Chấp hành Công đoàn ngành Giáo dục và Đào tạo tỉnh thống nhất tại "
        "hội nghị lần thứ 8 diễn ra chiều 5/3/2025 tại hội trường Sở Giáo dục và Đào tạo.\n"
    )
    assert _organisers(text) == ["Ban Chấp hành Công đoàn ngành Giáo dục và Đào tạo tỉnh"]
