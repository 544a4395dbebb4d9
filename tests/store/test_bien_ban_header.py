"""Who held the meeting, read from a Biên bản's header (Nghị định 30/2020, appendix I): the
issuing body under its upper-level body, a party branch named with its party committee, one
name wrapped over two lines, and a header's name the minutes spell with the place they add
("CHI BỘ TRẠM Y TẾ" over "Chi bộ Trạm Y tế xã tổ chức …"); the legal basis ("Căn cứ …") before the
minutes open is cited, its dates and places not the meeting's; a union named by its kind alone
under its unit's line; a head set out as one dashed list of labels, people among them; a line
opening with when the meeting began ("Bắt đầu lúc 15 giờ 15 …") under the time heading, or with
the bare clock and day ("16 giờ 15, thứ Sáu, ngày …, tại …"); a
dashed "- Thời gian: …" straight after a heading that holds its own title is that label, not
more of the title.

Each header is written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

import pytest

from store.extract.bien_ban import extract_minutes

BODY = (
    "\nBIÊN BẢN\nHọp thường kỳ tháng 10\n"
    "Thời gian: 8 giờ 00, ngày 10/10/2024\nĐịa điểm: Phòng họp số 1\n"
    "Chủ trì: Ông Nguyễn Văn An - Chủ tịch\nThư ký: Bà Lê Thị Bình - Ủy viên\n"
    "Nội dung: Bàn công tác tháng 11.\n"
)


@pytest.mark.parametrize(
    ("header", "organisers"),
    [
        (
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "LIÊN ĐOÀN LAO ĐỘNG HUYỆN CAN LỘC              Độc lập - Tự do - Hạnh phúc\n"
            "Số: 15/BB-LĐLĐ                      Can Lộc, ngày 10 tháng 10 năm 2024\n",
            ["Liên đoàn Lao động huyện Can Lộc"],
        ),
        (
            "ĐẢNG BỘ KHỐI CƠ QUAN TỈNH HÀ TĨNH          ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "CHI BỘ VĂN PHÒNG SỞ NỘI VỤ\n"
            "                                   Hà Tĩnh, ngày 10 tháng 10 năm 2024\n",
            ["Chi bộ Văn phòng Sở Nội vụ, Đảng bộ Khối Cơ quan tỉnh Hà Tĩnh"],
        ),
        (
            "CÔNG ĐOÀN CƠ SỞ                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "NHÀ MÁY BIA HÀ TĨNH                        Độc lập - Tự do - Hạnh phúc\n",
            ["Công đoàn cơ sở Nhà máy Bia Hà Tĩnh"],
        ),
        (  # the lower body's kind abbreviated: still the body under its parent
            "CÔNG ĐOÀN NGÀNH CÔNG THƯƠNG HÀ TĨNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "CĐCS CÔNG TY CỔ PHẦN GẠCH NGÓI KỲ ANH          Độc lập - Tự do - Hạnh phúc\n",
            ["CĐCS Công ty Cổ phần Gạch Ngói Kỳ Anh"],
        ),
    ],
)
def test_the_header_names_the_body_that_held_the_meeting(
    header: str, organisers: list[str]
) -> None:
    record = extract_minutes(header + BODY).record
    assert [o["name"].casefold() for o in record["organisers"]] == [
        o.casefold() for o in organisers
    ]


@pytest.mark.parametrize(
    ("upper", "written"),
    [
        (
            "CHI BỘ VĂN PHÒNG LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN",
            "Chi bộ Văn phòng Liên đoàn Lao động tỉnh Nghệ An",
        ),
        (
            "BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY 10",
            "Ban Chấp hành Công đoàn Công ty Cổ phần May 10",
        ),
        ("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT LÊ LỢI", "Công đoàn cơ sở Trường THPT Lê Lợi"),
        ("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI", "Liên đoàn Lao động thành phố Hà Nội"),
        ("ỦY BAN NHÂN DÂN TỈNH", "Ủy ban nhân dân tỉnh"),
        ("LĐLĐ TỈNH THANH HÓA", "LĐLĐ tỉnh Thanh Hóa"),
        ("ĐẢNG BỘ PHƯỜNG AN PHÚ", "Đảng bộ phường An Phú"),
    ],
)
def test_a_body_in_capitals_is_written_as_its_name_is(upper: str, written: str) -> None:
    """Nghị định 30/2020's way: the body's kind and function capitalised on their first
    syllable, a place's kind lower-case, acronyms kept (it came out "Chi Bộ Văn Phòng ...")."""
    from store.extract.bien_ban_lines import title_case

    assert title_case(upper) == written


def test_the_place_the_minutes_add_to_the_headers_name() -> None:
    text = (
        "ĐẢNG ỦY XÃ PHÚ LỘC\nCHI BỘ TRẠM Y TẾ\n\nBIÊN BẢN\nSinh hoạt chi bộ tháng 3\n\n"
        "Vào lúc 14 giờ 00, ngày 05/3/2025, tại hội trường, Chi bộ Trạm Y tế xã Phú Lộc tổ "
        "chức sinh hoạt thường kỳ.\nChủ trì: đ/c Lê Văn An - Bí thư Chi bộ\n"
    )
    record = extract_minutes(text).record
    assert [o["name"] for o in record["organisers"]] == [
        "Chi bộ Trạm Y tế xã Phú Lộc, Đảng ủy xã Phú Lộc"
    ]


def test_the_legal_basis_before_the_minutes_is_cited_not_the_meeting() -> None:
    text = (
        "CÔNG TY CỔ PHẦN MAY HẢI HÀ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "                                        Hải Hà, ngày 20 tháng 3 năm 2025\n\n"
        "BIÊN BẢN HỌP BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ\n\n"
        "Căn cứ Điều lệ Công đoàn Việt Nam; Quyết định số 12/QĐ-HH ngày 05/01/2023 ban hành Quy chế"
        " làm việc tại văn phòng Công ty,\n\n"
        "Hôm nay, lúc 14 giờ 00 ngày 20/3/2025, tại Phòng họp tầng 2, Ban Chấp hành họp.\n"
        "Chủ trì: Ông Phạm Văn Cường - Chủ tịch\nThư ký: Bà Đỗ Thị Mai - Ủy viên\n"
        "Nội dung: Bàn công tác quý II.\n"
    )
    draft = extract_minutes(text)
    assert draft.record["title"] == "Họp ban chấp hành công đoàn cơ sở"
    assert draft.record["date"] == "2025-03-20"
    assert draft.record["part_of_day"] == "afternoon"
    assert "văn phòng Công ty" not in (draft.record.get("location") or "")
    assert [d["number"] for d in draft.record["documents"]] == ["12/QĐ-HH"]


def test_the_bodys_own_union_named_by_its_kind_in_the_narrative_held_it_too() -> None:
    # "Hôm nay, … Công ty phối hợp với Công đoàn cơ sở tổ chức …": the issuer's own union.
    text = (
        "CÔNG TY TNHH NHỰA ĐÔNG Á                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "\nBIÊN BẢN ĐỐI THOẠI\n"
        "Hôm nay, lúc 8 giờ 30 ngày 10/4/2025, tại Nhà ăn Công ty, Công ty phối hợp với Công "
        "đoàn cơ sở tổ chức đối thoại định kỳ.\n"
        "Chủ trì: ông Tăng Văn Lễ - Giám đốc\nThư ký: bà Lục Thị Hiên - nhân viên\n"
    )
    record = extract_minutes(text).record
    assert [o["name"] for o in record["organisers"]] == [
        "Công ty TNHH Nhựa Đông Á",
        "Công đoàn cơ sở Công ty TNHH Nhựa Đông Á",
    ]
    # the union named with its unit's kind after it: "… phối hợp với Công đoàn cơ sở Bệnh viện"
    hospital = (
        "SỞ Y TẾ TỈNH ĐỒNG THÁP                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BỆNH VIỆN ĐA KHOA SA ĐÉC\n"
        "\nBIÊN BẢN HỘI NGHỊ VIÊN CHỨC\n"
        "Hôm nay, lúc 7 giờ 30 ngày 14/1/2025, tại Hội trường, Bệnh viện phối hợp với Công đoàn "
        "cơ sở Bệnh viện tổ chức Hội nghị viên chức năm 2025.\n"
        "Chủ trì: ông Hà Văn Út - Giám đốc\nThư ký: bà Lê Thị Nở - Điều dưỡng\n"
    )
    names = [o["name"].casefold() for o in extract_minutes(hospital).record["organisers"]]
    assert names == ["bệnh viện đa khoa sa đéc", "công đoàn cơ sở bệnh viện đa khoa sa đéc"]


def test_a_dashed_legal_basis_is_cited_and_its_dates_are_not_the_meetings() -> None:
    # The basis set out as a dashed list ("- Căn cứ …;") before "Hôm nay, …" opens the minutes.
    text = (
        "CÔNG TY TNHH GỖ PHÚ AN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "\nBIÊN BẢN HỌP BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ\n\n"
        "- Căn cứ Điều lệ Công đoàn Việt Nam;\n"
        "- Căn cứ Quy chế dân chủ tại nơi làm việc ban hành kèm theo Quyết định số 07/QĐ-PA ngày "
        "02/02/2023 của Giám đốc Công ty.\n\n"
        "Hôm nay, lúc 8 giờ 00 ngày 14/5/2025, tại Phòng họp tầng 3, Ban Chấp hành họp.\n"
        "Chủ trì: Ông Vương Văn Tài - Chủ tịch\nThư ký: Bà Mạc Thị Yên - Ủy viên\n"
        "Nội dung: Bàn công tác quý III.\n"
    )
    draft = extract_minutes(text)
    assert draft.record["date"] == "2025-05-14"
    assert draft.record["part_of_day"] == "morning"
    assert draft.record["location"] == "Phòng họp tầng 3"
    assert [d["number"] for d in draft.record["documents"]] == ["07/QĐ-PA"]


_UNIT_OVER_UNION = (
    "{unit}                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "{union}                           Độc lập - Tự do - Hạnh phúc\n"
    "\nBIÊN BẢN\n{title}\n\n"
    "Hôm nay, lúc 9 giờ 00 ngày 16/6/2025, tại Phòng họp tầng 1, cuộc họp được tiến hành.\n"
    "Chủ trì: ông Quách Văn Sơn - Chủ tịch\nThư ký: bà Âu Thị Nga - Ủy viên\n"
)


@pytest.mark.parametrize(
    ("unit", "union", "title", "organisers"),
    [
        (  # a dialogue at the workplace: the unit and its union both held it
            "CÔNG TY TNHH BAO BÌ HÒA KHÁNH",
            "CÔNG ĐOÀN CƠ SỞ",
            "Đối thoại định kỳ tại nơi làm việc năm 2025",
            ["Công ty TNHH Bao bì Hòa Khánh", "Công đoàn cơ sở Công ty TNHH Bao bì Hòa Khánh"],
        ),
        (  # the union's kind followed by its unit's kind alone, and a joint meeting
            "TRƯỜNG TIỂU HỌC PHÚ XUÂN",
            "BCH CÔNG ĐOÀN CƠ SỞ TRƯỜNG",
            "Họp liên tịch chuẩn bị Hội nghị viên chức",
            ["Trường Tiểu học Phú Xuân", "Công đoàn cơ sở Trường Tiểu học Phú Xuân"],
        ),
        (  # the union's own committee meeting: the union alone, named after its unit
            "BỆNH VIỆN ĐA KHOA HÒA VANG",
            "CÔNG ĐOÀN CƠ SỞ",
            "Họp Ban Chấp hành tháng 6",
            ["Công đoàn cơ sở Bệnh viện Đa khoa Hòa Vang"],
        ),
    ],
)
def test_a_union_named_by_its_kind_under_its_unit_takes_the_units_name(
    unit: str, union: str, title: str, organisers: list[str]
) -> None:
    text = _UNIT_OVER_UNION.format(unit=unit, union=union, title=title)
    names = [o["name"].casefold() for o in extract_minutes(text).record["organisers"]]
    assert names == [o.casefold() for o in organisers]


DASHED_HEAD = """\
LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG
BIÊN BẢN
Họp Ban Thường vụ tháng 02/2026

- Thời gian: 8h30, thứ Ba, ngày 03/02/2026.
- Địa điểm: phòng họp tầng 3, trụ sở LĐLĐ tỉnh.
- Chủ trì: đ/c Sùng Văn Páo - Chủ tịch LĐLĐ tỉnh.
- Thành phần:
  + Thường trực: đ/c Lục Thị Én - PCT Thường trực; đ/c Vàng Văn Dìn - PCT.
  + Trưởng các ban: đ/c Hoàng Thị Sen - TB Tuyên giáo.
- Thư ký: đ/c Nông Văn Lư - chuyên viên Văn phòng.

NỘI DUNG
1. Đ/c Lục Thị Én báo cáo kết quả tháng 01/2026.
"""


def test_a_head_set_out_as_one_dashed_list_names_its_people() -> None:
    # "- Thời gian:", "- Địa điểm:", then "- Chủ trì:", "- Thành phần:" and "- Thư ký:" in the
    # same dashed list: the people are read as under undashed labels.
    record = extract_minutes(DASHED_HEAD).record
    people = [(p["name"], p["role"], p["title"]) for p in record["participants"]]
    assert [p for p in people if p[1] != "speaker"] == [
        ("Sùng Văn Páo", "chair", "Chủ tịch LĐLĐ tỉnh"),
        ("Nông Văn Lư", "secretary", "chuyên viên Văn phòng"),
        ("Lục Thị Én", "attendee", "PCT Thường trực"),
        ("Vàng Văn Dìn", "attendee", "PCT"),
        ("Hoàng Thị Sen", "attendee", "TB Tuyên giáo"),
    ]
    # who reports an item of the content spoke; the list of who attended did not
    assert [p[0] for p in people if p[1] == "speaker"] == ["Lục Thị Én"]
    assert record["date"] == "2026-02-03"


def test_a_line_opening_with_when_the_meeting_began_gives_its_day_and_part() -> None:
    text = (
        "CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HÒA BÌNH\n"
        "Số: 05/BB-CĐ                       Tân Uyên, ngày 20 tháng 9 năm 2026\n\n"
        "BIÊN BẢN\nHọp Ban Chấp hành tháng 9\n\n"
        "I. THỜI GIAN, ĐỊA ĐIỂM\n"
        "Bắt đầu lúc 15 giờ 15 phút ngày 18/9/2026, tại phòng Hội đồng nhà trường.\n\n"
        "II. THÀNH PHẦN\nChủ trì: Bà Vi Thị Mến - Chủ tịch Công đoàn.\n"
    )
    record = extract_minutes(text).record
    assert (record["date"], record["part_of_day"]) == ("2026-09-18", "afternoon")


def test_a_bare_clock_and_day_under_the_time_heading_give_the_date_and_part_of_day() -> None:
    text = (
        "CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN ĐA KHOA HUYỆN\n"
        "Số: 09/BB-CĐ                       Châu Thành, ngày 22 tháng 9 năm 2026\n\n"
        "BIÊN BẢN\nHọp Ban Chấp hành tháng 9\n\n"
        "I. THỜI GIAN, ĐỊA ĐIỂM\n"
        "16 giờ 15, thứ Sáu, ngày 18/9/2026, tại phòng giao ban khoa Nội.\n\n"
        "II. THÀNH PHẦN\nChủ trì: Bà Vi Thị Mến - Chủ tịch Công đoàn.\n"
    )
    record = extract_minutes(text).record
    assert (record["date"], record["part_of_day"]) == ("2026-09-18", "afternoon")


def test_a_dashed_time_label_after_a_heading_with_its_title_is_no_part_of_the_title() -> None:
    text = (
        "CÔNG ĐOÀN CƠ SỞ CÔNG TY CP GẠCH NGÓI ĐỒNG XOÀI\n\n"
        "BIÊN BẢN HỌP BCH CĐCS QUÝ II/2026\n"
        "- Thời gian: 8h00 ngày 14/5/2026.\n"
        "- Địa điểm: Nhà ăn ca Công ty.\n"
        "- Chủ trì: đ/c Lò Thị Nguyệt - CT CĐCS.\n"
        "- Thư ký: đ/c Âu Văn Tình - UV BCH.\n"
    )
    record = extract_minutes(text).record
    assert record["date"] == "2026-05-14"
    assert "Thời gian" not in record["title"]
