"""The extractor's readers on tricky sentences: dates, people and titles, documents, furniture."""

from __future__ import annotations

import pytest

from store.extract import extract_report


def _people(text: str, role: str) -> dict[str, str | None]:
    record = extract_report(text).record
    return {p["name"]: p["title"] for p in record.get("participants", []) if p["role"] == role}


@pytest.mark.parametrize(
    ("text", "date", "part", "flags"),
    [
        ("Chiều 30/5/2023, tại Hà Nội, LĐLĐ tổ chức hội nghị.", "2023-05-30", "afternoon", []),
        ("Chiều ngày 20/01, LĐLĐ tỉnh tổ chức hội nghị.", None, "afternoon", ["date-year-missing"]),
        ("Sáng 3.7, Công đoàn tổ chức đại hội.", None, "morning", ["date-year-missing"]),
        ("Ngày 15-3-2024, Ban Chấp hành họp phiên thường kỳ.", "2024-03-15", None, []),
        ("Tối 2/9/2024 diễn ra hội nghị.", "2024-09-02", "evening", []),
        # a dateline run into the lead, then "Chiều nay": that day, that part of it
        (
            "Cần Thơ, ngày 4/8/2025 - Chiều nay, Công đoàn ngành Y tế tổ chức hội nghị.",
            "2025-08-04",
            "afternoon",
            [],
        ),
        # a social page's post: the weekday in the bracket before the date
        (
            "Chiều nay (thứ Ba, 8/4/2025), Công đoàn tổ chức hội nghị.",
            "2025-04-08",
            "afternoon",
            [],
        ),
        ("Ngày 15 tháng 3 năm 2024, hội nghị diễn ra tại Vinh.", "2024-03-15", None, []),
        (
            "21:48 | 24/07/2023\n\nSáng nay (24/7), LĐLĐ tổ chức đối thoại.",
            "2023-07-24",
            "morning",
            ["date-year-from-dateline"],
        ),
        (
            "10:50 02-01-24\n\nChiều 30/12, LĐLĐ tổ chức hội nghị tổng kết.",
            "2023-12-30",
            "afternoon",
            ["date-year-from-dateline"],
        ),
    ],
)
def test_meeting_dates(text: str, date: str | None, part: str | None, flags: list[str]) -> None:
    draft = extract_report(text)
    if date:
        assert draft.record["date"] == date
    assert draft.record.get("part_of_day") == part
    assert set(flags) <= set(draft.flags)


def test_documents_anniversaries_and_plans_are_not_the_meeting_date() -> None:
    text = (
        "Chào mừng 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024)\n"
        "Thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019, dự kiến ngày 20/12/2024 sẽ tổ chức đại hội. "
        "Chiều 5/8/2024, LĐLĐ tỉnh tổ chức hội nghị triển khai."
    )
    assert extract_report(text).record["date"] == "2024-08-05"
    undated = extract_report("Theo Nghị quyết số 02-NQ/TW ngày 12/6/2021, công đoàn đổi mới.")
    assert "date-missing" in undated.flags


def test_year_left_open_keeps_day_and_month_in_evidence() -> None:
    draft = extract_report("Chiều 30/5, tại Hà Nội, hai cơ quan tổ chức hội nghị ký kết.")
    assert {"date-year-missing", "date-year-guessed"} <= set(draft.flags)
    assert [e.value for e in draft.evidence_for("date")] == ["30/5"]
    assert draft.record["date"].endswith("-05-30") and draft.record["date_inferred"] is True


def test_a_report_with_no_date_says_where_its_year_came_from() -> None:
    no_year = extract_report("Công đoàn cơ sở Công ty ABC tổ chức hội nghị người lao động.")
    assert {"date-missing", "date-year-this-year"} <= set(no_year.flags)
    assert "date-year-guessed" not in no_year.flags  # no year is named to guess from
    some_year = extract_report("Công đoàn tổ chức hội nghị tổng kết công tác năm 2023.")
    assert {"date-missing", "date-year-guessed"} <= set(some_year.flags)
    assert some_year.record["date"] == "2023"


def test_a_guessed_year_is_one_thing_to_check() -> None:
    from store.extract.drafting import FLAG_TEXT
    from store.extract.review import flag_lines

    draft = extract_report("Chiều 30/5, tại Hà Nội, hai cơ quan tổ chức hội nghị ký kết.")
    assert {"date-year-missing", "date-year-guessed"} <= set(draft.flags)
    lines = flag_lines(draft.flags)
    assert len([line for line in lines if "year" in line]) == 1, lines
    said = draft.record["notes"].split("**Nguyên văn:**")[0]
    assert said.count(FLAG_TEXT["date-year-guessed"]) == 1
    assert FLAG_TEXT["date-year-missing"] not in said


def test_title_first_and_name_first() -> None:
    text = (
        "Sáng 1/4/2024, LĐLĐ tỉnh tổ chức hội nghị. Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu "
        "dự hội nghị. Đồng chí Kha Văn Tám - Chủ tịch LĐLĐ tỉnh Nghệ An chủ trì hội nghị."
    )
    assert _people(text, "attendee") == {"Ngọ Duy Hiểu": "Phó Chủ tịch Tổng LĐLĐ Việt Nam"}
    assert _people(text, "chair") == {"Kha Văn Tám": "Chủ tịch LĐLĐ tỉnh Nghệ An"}


def test_lists_with_semicolons_commas_and_a_shared_title() -> None:
    text = (
        "Ngày 15/3/2024, hội nghị diễn ra dưới sự chủ trì của đồng chí Nguyễn Đình Khang, Chủ "
        "tịch Tổng LĐLĐ Việt Nam và các đồng chí Phó Chủ tịch Tổng Liên đoàn: Phan Văn Anh, "
        "Huỳnh Thanh Xuân. Dự hội nghị có các đồng chí: Lê Văn A, Bí thư Huyện ủy; Trần Thị B, "
        "Chủ tịch UBND huyện."
    )
    chairs = _people(text, "chair")
    assert chairs["Phan Văn Anh"] == chairs["Huỳnh Thanh Xuân"] == "Phó Chủ tịch Tổng Liên đoàn"
    assert len(chairs) == 3
    assert _people(text, "attendee") == {
        "Lê Văn A": "Bí thư Huyện ủy",
        "Trần Thị B": "Chủ tịch UBND huyện",
    }


def test_co_chairs_and_a_chair_is_not_an_attendee() -> None:
    text = (
        "Ngày 5/9/2023, đồng chí Nguyễn Thị Hà, Chủ tịch LĐLĐ tỉnh và đồng chí Phạm Văn Tuyến, "
        "Giám đốc Sở Nội vụ đồng chủ trì hội nghị. Dự hội nghị có đồng chí Nguyễn Thị Hà."
    )
    assert set(_people(text, "chair")) == {"Nguyễn Thị Hà", "Phạm Văn Tuyến"}
    assert _people(text, "attendee") == {}


def test_honorifics_places_and_referenced_people_are_not_names() -> None:
    text = (
        "Sáng 2/8/2024, tại Hà Nội, hội nghị diễn ra theo chỉ đạo của Tổng Bí thư Tô Lâm. "
        "Ông Lê Văn Bình, Giám đốc Công ty phát biểu, nhắc lời dạy của Chủ tịch Hồ Chí Minh. "
        "Đ/c Trần Văn Cường dự hội nghị. Hội nghị tại đường Nguyễn Văn Cừ."
    )
    record = extract_report(text).record
    names = {p["name"] for p in record["participants"]}
    assert names == {"Lê Văn Bình", "Trần Văn Cường"}
    assert record["location"] == "Hà Nội"


def test_ethnic_minority_names_and_captions() -> None:
    text = (
        "Chiều 22/4/2024, LĐLĐ tỉnh Đắk Lắk tổ chức hội nghị. Dự hội nghị có đồng chí Y Thanh Hà "
        "Niê Kđăm, Chủ tịch Hội đồng Dân tộc; bà H'Hen Niê, Phó Chủ tịch LĐLĐ tỉnh.\n"
        "Phó Chủ tịch HĐND tỉnh Y Biêr Niê\nphát biểu tại hội nghị"
    )
    assert set(_people(text, "attendee")) == {"Y Thanh Hà Niê Kđăm", "H'Hen Niê"}
    assert _people(text, "speaker") == {"Y Biêr Niê": "Phó Chủ tịch HĐND tỉnh"}


@pytest.mark.parametrize(
    ("text", "number", "kind", "date"),
    [
        ("theo Nghị quyết 02-NQ/TW của Bộ Chính trị", "02-NQ/TW", "Nghị quyết", None),
        ("Thông báo số 249/TB-VPCP kết luận của Thủ tướng", "249/TB-VPCP", "Thông báo", None),
        ("Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019", "37-CT/TW", "Chỉ thị", "2019-09-03"),
        ("công văn số 565-CV/ĐĐTLĐ, ngày 13/8/2021", "565-CV/ĐĐTLĐ", "Công văn", "2021-08-13"),
        ("Nghị định số 145/2020/NĐ-CP về lao động", "145/2020/NĐ-CP", "Nghị định", None),
        ("thực hiện Nghị quyết 02 của Bộ Chính trị", "02-NQ/TW", "Nghị quyết", None),
        ("Đề án 5155 của Tỉnh ủy về phát triển đảng viên", "5155", "Đề án", None),
    ],
)
def test_documents(text: str, number: str, kind: str, date: str | None) -> None:
    (document,) = extract_report(text).record["documents"]
    assert (document["number"], document["kind"], document.get("date")) == (number, kind, date)


def test_quantities_are_not_documents_and_a_bare_number_joins_the_full_one() -> None:
    text = "Kế hoạch 5 năm 2021-2025 và Nghị quyết 02-NQ/TW; Nghị quyết 02 đã đi vào cuộc sống."
    assert [d["number"] for d in extract_report(text).record["documents"]] == ["02-NQ/TW"]


def test_furniture_lines_are_skipped() -> None:
    text = (
        "Hội nghị BCH LĐLĐ tỉnh lần thứ 9\nMINH KHUÊ\n"
        "Chiều 26/3/2024, tại TP Vĩnh Yên, LĐLĐ tỉnh tổ chức hội nghị. Dự hội nghị có đồng chí "
        "Tạ Văn Long, Chủ tịch LĐLĐ tỉnh.\n2.345 lượt xem\nTin liên quan\n"
        "Sáng 18/3, đồng chí Lê Duy Thành, Chủ tịch UBND tỉnh dự hội nghị theo Chỉ thị số "
        "20-CT/TU.\n"
    )
    record = extract_report(text).record
    assert [p["name"] for p in record["participants"]] == ["Tạ Văn Long"]
    assert record.get("documents") is None and record["date"] == "2024-03-26"
    assert record["title"] == "Hội nghị BCH LĐLĐ tỉnh lần thứ 9"


def test_the_name_of_a_signing_conference_is_not_a_decision() -> None:
    text = (
        "Chiều 30/5/2022, tại Hà Nội, Đảng ủy Khối và Đảng đoàn Tổng Liên đoàn phối hợp tổ chức "
        "Hội nghị ký kết Quy chế phối hợp giữa hai cơ quan giai đoạn 2022-2025.\n\n"
        "Kết thúc hội nghị, hai bên đã ký kết Quy chế phối hợp và thống nhất giao ban hằng năm."
    )
    decisions = extract_report(text).record.get("decisions", [])
    # the lead names the conference; the sentence after it holds two decisions
    assert [d["text"][:20].casefold() for d in decisions] == [
        "hai bên đã ký kết qu",
        "thống nhất giao ban ",
    ]


def test_titles_run_through_words_of_a_bodys_name_that_look_like_family_names() -> None:
    text = (
        "Sáng 12/9/2024, tại Hà Nội, Sở Giáo dục tổ chức hội nghị. Dự hội nghị có đồng chí "
        "Nguyễn Văn An, Phó Giám đốc Sở Giáo dục và Đào tạo; đồng chí Lê Thị Bình, Giám đốc "
        "Trung tâm Đào tạo nghề; ông Trần Văn Cường, Tổng Giám đốc Tổng công ty Lương thực."
    )
    titles = {p["name"]: p["title"] for p in extract_report(text).record["participants"]}
    assert titles == {
        "Nguyễn Văn An": "Phó Giám đốc Sở Giáo dục và Đào tạo",
        "Lê Thị Bình": "Giám đốc Trung tâm Đào tạo nghề",
        "Trần Văn Cường": "Tổng Giám đốc Tổng công ty Lương thực",
    }


def test_a_quotation_in_a_documents_topic_is_kept_whole() -> None:
    text = (
        "Sáng 12/9/2024, hội nghị triển khai Kế hoạch số 12/KH-SGDĐT về tổ chức phong trào thi "
        'đua "Dạy tốt, học tốt" năm học 2024-2025.'
    )
    [document] = extract_report(text).record["documents"]
    assert document["title"].endswith('"Dạy tốt, học tốt" năm học 2024-2025')


def test_a_short_form_with_a_dot_does_not_end_the_sentence() -> None:
    from store.extract.plain_text import sentences

    text = "Tại Nhà văn hóa (TP. Vinh), ThS. Lê Văn An báo cáo. Hội nghị thống nhất."
    assert [s.flat for s in sentences(text)] == [
        "Tại Nhà văn hóa (TP. Vinh), ThS. Lê Văn An báo cáo.",
        "Hội nghị thống nhất.",
    ]
    lead = (
        "Chiều 10/10/2024, tại Hội trường Công đoàn (TP. Pleiku), Công đoàn ngành và Sở Giáo dục "
        "tổ chức Lễ ký kết Chương trình phối hợp về chăm lo nhà giáo giai đoạn 2024 - 2029."
    )
    assert [d["text"][:31] for d in extract_report(lead).record["decisions"]] == [
        "ký kết Chương trình phối hợp về"
    ]


def test_a_name_withheld_to_one_letter_still_ends_its_sentence() -> None:
    from store.extract.plain_text import sentences

    text = "Công nhân Nguyễn Văn P. Sau đó, Hội nghị thống nhất."
    assert [s.flat for s in sentences(text)] == [
        "Công nhân Nguyễn Văn P.",
        "Sau đó, Hội nghị thống nhất.",
    ]


def test_text_pasted_from_a_pdf_reads_across_its_hard_line_breaks() -> None:
    # A page's width cuts each line; a capital after the break ("Nhà Văn hóa") goes on, and so a
    # place, a chair and an attendee broken over lines are read whole.
    text = (
        "Công đoàn ngành Y tế giao ban quý III\n\n"
        "Ngày 3/9/2025, tại Hội trường Nhà Văn hóa Lao động quận (số 12\n"
        "Nguyễn Trãi), Ban Thường vụ Công đoàn ngành Y tế tổ chức hội nghị\n"
        "giao ban quý III. Hội nghị do ông Đoàn Minh Khoa, Chủ tịch Công\n"
        "đoàn ngành Y tế, chủ trì. Tham dự có bà Lục Thị Hằng, Phó Giám đốc\n"
        "Sở Y tế.\n"
    )
    record = extract_report(text).record
    assert record["date"] == "2025-09-03"
    assert (
        record["location"].replace("\n", " ")
        == "Hội trường Nhà Văn hóa Lao động quận (số 12 Nguyễn Trãi)"
    )
    assert _people(text, "chair") == {"Đoàn Minh Khoa": "Chủ tịch Công đoàn ngành Y tế"}
    assert _people(text, "attendee") == {"Lục Thị Hằng": "Phó Giám đốc Sở Y tế"}


@pytest.mark.parametrize(
    "stamp",
    ["Thứ Hai, 10/3/2025 | 15:42", "Thời sự | 17/01/2026 11:45", "Cập nhật: 09/04/2025 07:15"],
)
def test_a_date_stamp_above_the_headline_is_neither_title_nor_lost(stamp: str) -> None:
    # The page's dateline over the headline: the title is the headline; the stamp still gives
    # the year of a day the lead names without one.
    text = (
        f"TIN CÔNG ĐOÀN\n{stamp}\n\nHội nghị bàn cách đưa Luật Công đoàn vào cuộc sống\n\n"
        "Sáng 10/3, tại Hà Nội, Liên đoàn Lao động thành phố tổ chức hội nghị.\n"
    )
    record = extract_report(text).record
    assert record["title"] == "Hội nghị bàn cách đưa Luật Công đoàn vào cuộc sống"
    assert record["date"] is not None  # the lead's "Sáng 10/3" dated by the stamp's year
