"""A hospital's staff: the profession or degree written before a name, and ward titles after it.

Hospital unions write a degree or a profession before each name, often solid or stacked
("BSCKII. A", "PGS.TS. BSCKII. B", "ĐD. C" for a nurse, "KTV. D" for a technician, "CN. E" for a
graduate): like "ThS." it marks a person and is part of neither the name nor the title. Their
titles name wards and nursing ("Điều dưỡng trưởng Bệnh viện", "Trưởng khoa Hồi sức tích cực"):
the title runs on over those words. One so marked who opens a line of a Biên bản's content spoke;
so does one a report names by their job alone ("điều dưỡng A", "hộ sinh B", "bác sĩ C": not
"đường", a street, which folds like "dưỡng"). A sentence opening with stacked degrees ("PGS.TS.
A cho biết …") is not cut after them.

Each example is a short sentence written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

from store.extract import extract_report


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    record = extract_report(text).record
    return {(p["name"], p["role"], p.get("title")) for p in record.get("participants", [])}


MINUTES = (
    "CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HUYỆN\n"
    "Số: 03/BB-CĐ                          Long Hồ, ngày 12 tháng 5 năm 2025\n\n"
    "BIÊN BẢN HỌP BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ\n\n"
    "I. THỜI GIAN, ĐỊA ĐIỂM\n"
    "14 giờ, ngày 12/5/2025, tại phòng họp khoa Khám bệnh.\n\n"
    "II. THÀNH PHẦN\n"
    "Chủ trì: BSCKI. Đoàn Văn Lực - Chủ tịch CĐCS.\n"
    "Ủy viên BCH có mặt:\n"
    "- ĐD. Mai Thị Thắm - Phó Chủ tịch CĐCS;\n"
    "- KTV. Phan Văn Tới - Ủy viên BCH.\n"
    "Mời dự: PGS.TS. BSCKII. Hà Quốc Thái - Giám đốc Bệnh viện.\n"
    "Thư ký: CN. Lưu Ngọc Yến.\n\n"
    "III. NỘI DUNG\n"
    "ĐD. Mai Thị Thắm trình bày kế hoạch thăm hỏi đoàn viên ốm đau.\n"
    "Ý kiến: KTV. Phan Văn Tới đề nghị tăng mức thăm hỏi.\n"
    "PGS.TS. BSCKII. Hà Quốc Thái phát biểu: Bệnh viện sẽ hỗ trợ thêm.\n"
)


def test_a_profession_before_each_name_in_minutes_marks_the_person() -> None:
    rows = _rows(MINUTES)
    assert ("Đoàn Văn Lực", "chair", "Chủ tịch CĐCS") in rows
    assert ("Mai Thị Thắm", "attendee", "Phó Chủ tịch CĐCS") in rows
    assert ("Phan Văn Tới", "attendee", "Ủy viên BCH") in rows
    assert ("Hà Quốc Thái", "attendee", "Giám đốc Bệnh viện") in rows
    assert {name for name, role, _title in rows if role == "secretary"} == {"Lưu Ngọc Yến"}


REPORT = (
    "Sáng 8/4/2025, tại hội trường Bệnh viện Phụ sản tỉnh, Công đoàn Bệnh viện tổ chức Đại hội "
    "Công đoàn Bệnh viện lần thứ VI.\n\n"
    "Đoàn Chủ tịch Đại hội gồm các đồng chí: BSCKII Tạ Văn Nghĩa, Chủ tịch Công đoàn Bệnh viện; "
    "CN. Kiều Thị Lụa, Điều dưỡng trưởng Bệnh viện; ThS.BS Khổng Minh Trí, Trưởng khoa Hồi sức "
    "tích cực.\n"
)


def test_a_nursing_or_ward_title_after_a_prefixed_name_is_read_whole() -> None:
    chairs = {(name, title) for name, role, title in _rows(REPORT) if role == "chair"}
    assert chairs == {
        ("Tạ Văn Nghĩa", "Chủ tịch Công đoàn Bệnh viện"),
        ("Kiều Thị Lụa", "Điều dưỡng trưởng Bệnh viện"),
        ("Khổng Minh Trí", "Trưởng khoa Hồi sức tích cực"),
    }


def test_a_prefixed_member_opening_a_line_of_the_content_spoke() -> None:
    speakers = {name for name, role, _title in _rows(MINUTES) if role == "speaker"}
    assert speakers == {"Mai Thị Thắm", "Phan Văn Tới", "Hà Quốc Thái"}


WARD_REPORT = (
    "Sáng 9/5/2025, tại hội trường Bệnh viện Đa khoa huyện, Công đoàn Bệnh viện tổ chức hội nghị "
    "người lao động. Hội nghị do ông Tăng Văn Quý, Chủ tịch Công đoàn, chủ trì.\n\n"
    "Điều dưỡng Lã Thị Huệ (khoa Nhi) phản ánh ca trực đêm thiếu người. Tham luận tại hội nghị, "
    "hộ sinh Ninh Thị Lụa (khoa Sản) kiến nghị tăng suất ăn ca. Bác sĩ Mai Đức Toàn nêu ý kiến "
    "về phụ cấp chống dịch.\n"
)


def test_a_nurse_midwife_or_doctor_named_by_their_job_who_speaks_spoke() -> None:
    speakers = {name for name, role, _title in _rows(WARD_REPORT) if role == "speaker"}
    assert {"Lã Thị Huệ", "Ninh Thị Lụa", "Mai Đức Toàn"} <= speakers


def test_a_sentence_opening_with_stacked_degrees_is_not_cut_after_them() -> None:
    rows = _rows(
        "Chiều 2/6/2025, tại Bệnh viện Phụ sản tỉnh, Công đoàn ngành Y tế làm việc với Bệnh "
        "viện. Tiếp đoàn có PGS.TS. Hứa Văn Lâm (Giám đốc Bệnh viện).\n\n"
        "PGS.TS. Hứa Văn Lâm cho biết bệnh viện đã lắp thêm camera. ThS.BS. Tống Thị Mơ cho biết "
        "khoa Sản thiếu 6 hộ sinh.\n"
    )
    assert ("Hứa Văn Lâm", "speaker", "Giám đốc Bệnh viện") in rows
    speakers = {name for name, role, _title in rows if role == "speaker"}
    assert speakers == {"Hứa Văn Lâm", "Tống Thị Mơ"}
