"""Names and titles the extractor must cut right: a signer's title before "ký ban hành", a place
or a company's name before a person, a Xơ Đăng name, a teacher named with her school in brackets,
a "Sở" ending a title, a place after "tại các huyện", "kể" as a way of speaking, and a foreign given
name joined by a hyphen ("Choi Min-seok"); a ministry's department ("Vụ Tiền lương") whose "Vụ"
is not the family name Vũ.

Each example is a short sentence written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

from store.extract import extract_report

LEAD = "Chiều 12/9/2024, tại Kon Tum, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết.\n\n"


def _rows(body: str) -> set[tuple[str, str, str | None]]:
    record = extract_report(LEAD + body).record
    return {(p["name"], p["role"], p.get("title")) for p in record.get("participants", [])}


def test_a_signer_for_a_body_is_not_a_speaker() -> None:
    rows = _rows(
        "Ngày 20/9/2024, thừa lệnh Ban Thường vụ Huyện ủy, đồng chí Lê Văn Toàn, Chánh Văn phòng "
        "Huyện ủy ký ban hành Thông báo số 88-TB/HU kết luận của Ban Thường vụ về hội nghị."
    )
    assert not {row for row in rows if row[0] == "Lê Văn Toàn" and row[1] != "reference"}


def test_a_thu_ky_title_and_a_term_still_run_through_ky() -> None:
    rows = _rows(
        "Dự hội nghị có đồng chí Phạm Thu Hà, Thư ký Ban Biên tập Báo Lao động; đồng chí Hồ Văn "
        "Bảy, Chủ tịch Công đoàn trường nhiệm kỳ 2023 - 2028."
    )
    assert ("Phạm Thu Hà", "attendee", "Thư ký Ban Biên tập Báo Lao động") in rows
    assert ("Hồ Văn Bảy", "attendee", "Chủ tịch Công đoàn trường nhiệm kỳ 2023 - 2028") in rows


def test_a_place_before_a_name_is_not_the_family_name() -> None:
    rows = _rows(
        "Chủ tịch Công đoàn Công ty Cao su Lộc Ninh Điểu Văn Mai kể, công nhân thiếu nhà trẻ."
    )
    assert {row[0] for row in rows} == {"Điểu Văn Mai"}
    assert {row[1] for row in rows} >= {"speaker"}


def test_a_xo_dang_name_after_a_title_and_a_so_ending_one() -> None:
    rows = _rows(
        "Giám đốc Sở Nội vụ A Pớt và Chủ tịch Công đoàn Viên chức tỉnh Trần Thị Lan đồng chủ trì "
        "hội nghị. Theo báo cáo do Phó Giám đốc Sở Đinh Văn Hùng trình bày, năm qua có 12 đơn vị."
    )
    assert ("A Pớt", "chair", "Giám đốc Sở Nội vụ") in rows
    assert ("Trần Thị Lan", "chair", "Chủ tịch Công đoàn Viên chức tỉnh") in rows
    assert "Đinh Văn Hùng" in {row[0] for row in rows if row[1] == "speaker"}


def test_a_teacher_with_her_school_and_district_in_brackets_speaks() -> None:
    rows = _rows(
        "Cô giáo Y Hoa, Trường Tiểu học xã Đăk Tơ (huyện Tu Mơ Rông) cho biết, giáo viên thiếu nhà "
        "công vụ. Hội nghị giao Sở rà soát phụ cấp cho giáo viên tại các huyện Kon Plông, "
        "Tu Mơ Rông."
    )
    assert {row[0] for row in rows} == {"Y Hoa"}
    assert "speaker" in {row[1] for row in rows}


def test_a_foreign_given_name_with_a_hyphen_is_read_whole() -> None:
    rows = _rows(
        "Dự hội nghị có ông Choi Min-seok, Tổng Giám đốc Công ty TNHH Daesung Vina; bà Chen "
        "Mei-ling, Giám đốc nhân sự Công ty TNHH Tân Hưng. Ông Choi cho biết công ty sẽ tuyển "
        "thêm lao động."
    )
    assert ("Choi Min-seok", "attendee", "Tổng Giám đốc Công ty TNHH Daesung Vina") in rows
    assert ("Choi Min-seok", "speaker", "Tổng Giám đốc Công ty TNHH Daesung Vina") in rows
    assert ("Chen Mei-ling", "attendee", "Giám đốc nhân sự Công ty TNHH Tân Hưng") in rows
    assert {row[0] for row in rows} == {"Choi Min-seok", "Chen Mei-ling"}


def test_a_degree_honour_or_rank_before_a_name_marks_a_person_and_is_no_title() -> None:
    rows = _rows(
        "Dự hội nghị có Thiếu tá Quách Văn Đông; Phó Giám đốc Sở Y tế, BS.CKII Lò Thị Nhung. "
        "ThS. Ksor Hờ Nhi thì cho rằng cần tập huấn lại. Theo PGS.TS Đàm Quang Vũ, số vụ tai "
        "nạn đã giảm. Anh hùng Lao động Giáp Văn Mạnh kể lại những năm khai hoang."
    )
    people = {(name, role): title for name, role, title in rows}
    assert ("Quách Văn Đông", "attendee") in people
    assert people[("Quách Văn Đông", "attendee")] is None
    assert people[("Lò Thị Nhung", "attendee")] == "Phó Giám đốc Sở Y tế"
    for name in ("Ksor Hờ Nhi", "Đàm Quang Vũ", "Giáp Văn Mạnh"):
        assert (name, "speaker") in people


def test_a_five_syllable_name_with_a_two_part_family_name() -> None:
    rows = _rows(
        "Dự có bà Tôn Nữ Thị Minh Nguyệt, Phó Giám đốc Sở Tư pháp, và ông Tôn Thất Văn Hào, "
        "Trưởng phòng."
    )
    assert ("Tôn Nữ Thị Minh Nguyệt", "attendee", "Phó Giám đốc Sở Tư pháp") in rows


def test_a_ministrys_department_vu_is_not_the_family_name_vu() -> None:
    rows = _rows(
        "Dự hội nghị có ông Hà Minh Đức, Thứ trưởng Bộ Y tế; bà Lò Thị Hoa, Vụ trưởng.\n\n"
        "Thứ trưởng giao Vụ Tiền lương chủ trì, phối hợp với Vụ Pháp chế soạn thảo thông tư.\n"
    )
    assert {row[0] for row in rows} == {"Hà Minh Đức", "Lò Thị Hoa"}
