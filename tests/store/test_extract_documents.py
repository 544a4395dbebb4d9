"""Documents cited in a report, as Vietnamese writing cites them (Nghị định 30/2020 symbols).

Each sentence is written for the test; the number expected is the one a secretary would file,
written as the document itself writes it (hyphen, no spaces), whatever dash or spacing the
report used.
"""

from __future__ import annotations

import pytest

from store.extract import extract_report


def _numbers(text: str) -> list[str]:
    return [d["number"] for d in extract_report(text).record.get("documents", [])]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Hội nghị quán triệt Nghị định Số: 12/2024/NĐ-CP của Chính phủ.", "12/2024/NĐ-CP"),
        ("Chi bộ học tập Nghị quyết số 02-NQ/TW về đổi mới tổ chức công đoàn.", "02-NQ/TW"),
        (
            "UBND huyện ban hành Quyết định số 1234/QĐ-UBND về kiện toàn ban chỉ đạo.",
            "1234/QĐ-UBND",
        ),
        ("Căn cứ Quyết định 1234/QĐ-TLĐ ngày 5/3/2024 của Đoàn Chủ tịch.", "1234/QĐ-TLĐ"),
        ("Hội nghị triển khai Kế hoạch số 45/KH-LĐLĐ về tháng công nhân.", "45/KH-LĐLĐ"),
        ("Thực hiện Công văn số 88/CV-CĐKCN, các công đoàn cơ sở rà soát.", "88/CV-CĐKCN"),
        ("Tỉnh ủy ban hành Thông báo kết luận số 1520-TB/TU sau buổi làm việc.", "1520-TB/TU"),
        ("Đảng ủy sơ kết Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp.", "35-CT/TW"),
        ("Các đơn vị thực hiện theo Hướng dẫn 03/HD-TLĐ của Tổng Liên đoàn.", "03/HD-TLĐ"),
        ("Báo cáo viên giới thiệu Thông tư 10/2020/TT-BLĐTBXH về hợp đồng.", "10/2020/TT-BLĐTBXH"),
        ("Đảng viên nghiên cứu Quy định số 89-QĐ/TW về khung tiêu chuẩn chức danh.", "89-QĐ/TW"),
        ("Hội nghị bàn Chương trình hành động số 02-CTr/TLĐ của Đoàn Chủ tịch.", "02-CTr/TLĐ"),
        ("Hội nghị phổ biến Luật Bảo hiểm xã hội số 41/2024/QH15 cho đoàn viên.", "41/2024/QH15"),
        ("Ban Thường vụ tổng kết Nghị quyết số 7b/NQ-BCH về công tác nữ công.", "7b/NQ-BCH"),
        ("Thực hiện Công điện số 05/CĐ-TTg, các đơn vị ứng phó bão.", "05/CĐ-TTg"),
        ("Hội nghị triển khai Văn bản số 312/LĐLĐ-TC về thi đua.", "312/LĐLĐ-TC"),
    ],
)
def test_each_way_of_citing_a_document(sentence: str, number: str) -> None:
    assert _numbers(sentence) == [number]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # đ and lower case in the symbol are the same document
        ("Các đơn vị thực hiện quyết định số 77/qđ-ubnd của huyện.", "77/qđ-ubnd"),
        ("Hội nghị quán triệt kế hoạch số 9/kh-ldld của liên đoàn.", "9/kh-ldld"),
        # an en dash, an em dash or spaces around the slash and the dash
        ("UBND tỉnh ban hành Quyết định số 1234/QĐ–UBND về việc này.", "1234/QĐ-UBND"),
        ("Đảng bộ quán triệt Nghị quyết số 02 – NQ/TW của Bộ Chính trị.", "02-NQ/TW"),
        ("Đảng bộ quán triệt Chỉ thị số 05—CT/TW của Bộ Chính trị.", "05-CT/TW"),
        ("Huyện ban hành Quyết định số 1234 / QĐ-UBND về việc này.", "1234/QĐ-UBND"),
        ("Tỉnh ủy ra Thông báo số 1520 - TB/TU sau buổi làm việc.", "1520-TB/TU"),
        ("Chính phủ ban hành Nghị định số 30 / 2020 / NĐ-CP về công tác văn thư.", "30/2020/NĐ-CP"),
        # a symbol without its kind
        ("Theo văn bản số 1234 / QĐ-UBND, huyện kiện toàn ban chỉ đạo.", "1234/QĐ-UBND"),
    ],
)
def test_symbols_written_loosely_are_read_as_the_document_writes_them(
    sentence: str, number: str
) -> None:
    assert _numbers(sentence) == [number]


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        (
            "Đảng bộ quán triệt các Nghị quyết số 01, 02-NQ/TW của Bộ Chính trị.",
            ["01-NQ/TW", "02-NQ/TW"],
        ),
        (
            "Huyện thực hiện các Kế hoạch số 12 và 13/KH-UBND về nông thôn mới.",
            ["12/KH-UBND", "13/KH-UBND"],
        ),
        ("Sơ kết các Nghị quyết số 18, 19 và 21-NQ/TW.", ["18-NQ/TW", "19-NQ/TW", "21-NQ/TW"]),
        ("Thực hiện Nghị quyết số 01-NQ/TW, 02-NQ/TW của Bộ Chính trị.", ["01-NQ/TW", "02-NQ/TW"]),
        (
            "Triển khai các Nghị định số 12, 13/2024/NĐ-CP của Chính phủ.",
            ["12/2024/NĐ-CP", "13/2024/NĐ-CP"],
        ),
    ],
)
def test_a_list_of_numbers_shares_the_symbol_after_the_last(
    sentence: str, numbers: list[str]
) -> None:
    assert _numbers(sentence) == numbers


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội nghị triển khai Kế hoạch 5 năm 2021 - 2025 của công đoàn.",
        "Đại hội nhiệm kỳ 2023 - 2028 có 120 đại biểu, 24/7 trực đường dây nóng.",
        "Tỉnh có 12/15 huyện hoàn thành chỉ tiêu, đạt 80% kế hoạch.",
        "Ngày 12/6/2021, Bộ Chính trị họp; Luật Công đoàn 2024 có hiệu lực từ 1/7/2025.",
        "Các đơn vị thực hiện Nghị quyết Đại hội XIII và Bộ luật Lao động.",
    ],
)
def test_quantities_dates_and_unnumbered_laws_are_not_documents(sentence: str) -> None:
    assert _numbers(sentence) == []


def test_a_citations_date_is_kept_and_the_reports_date_is_not_a_document() -> None:
    text = (
        "Sáng 12/3/2025, Đảng ủy tổ chức hội nghị quán triệt Quyết định số 1234 / QĐ-UBND "
        "ngày 05 tháng 3 năm 2025 của UBND tỉnh."
    )
    [document] = extract_report(text).record["documents"]
    assert (document["number"], document["date"]) == ("1234/QĐ-UBND", "2025-03-05")


def test_a_bien_bans_own_number_and_dates_are_not_documents_cited() -> None:
    text = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH X       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CÔNG ĐOÀN CƠ SỞ TRƯỜNG Y\n"
        "Số: 05 / BB-CĐCS                  Độc lập - Tự do - Hạnh phúc\n"
        "                                  X, ngày 14 tháng 11 năm 2024\n"
        "BIÊN BẢN\nHọp Ban Chấp hành Công đoàn cơ sở\n"
        "I. THỜI GIAN, ĐỊA ĐIỂM\nThời gian: 14 giờ 00, ngày 14/11/2024\nĐịa điểm: Phòng họp\n"
        "II. THÀNH PHẦN\nChủ trì: Ông Nguyễn Văn An - Chủ tịch CĐCS\n"
        "Thư ký: Bà Lê Thị Bình - Ủy viên BCH\n"
        "III. NỘI DUNG\nHội nghị quán triệt Kế hoạch số 45 / KH-LĐLĐ ngày 02/11/2024 của "
        "LĐLĐ tỉnh và các Nghị quyết số 01, 02-NQ/CĐCS.\n"
        "IV. KẾT LUẬN\nGiao Ban Nữ công tổ chức tọa đàm trước ngày 20/11/2024.\n"
    )
    record = extract_report(text).record
    assert [d["number"] for d in record.get("documents", [])] == [
        "45/KH-LĐLĐ", "01-NQ/CĐCS", "02-NQ/CĐCS",
    ]  # fmt: skip


def test_a_bien_bans_documents_section_writes_a_dash_as_a_hyphen() -> None:
    text = (
        "CÔNG ĐOÀN CƠ SỞ TRƯỜNG Y          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 05/BB-CĐCS                    Độc lập - Tự do - Hạnh phúc\n"
        "BIÊN BẢN\nHọp Ban Chấp hành Công đoàn cơ sở\n"
        "I. THỜI GIAN, ĐỊA ĐIỂM\nThời gian: 14 giờ 00, ngày 14/11/2024\nĐịa điểm: Phòng họp\n"
        "II. THÀNH PHẦN\nChủ trì: Ông Nguyễn Văn An - Chủ tịch CĐCS\n"
        "Thư ký: Bà Lê Thị Bình - Ủy viên BCH\n"
        "III. NỘI DUNG\nHội nghị bàn công tác nữ công.\n"
        "IV. VĂN BẢN ĐƯỢC TRÍCH DẪN\n- Kế hoạch số 25/KH–LĐLĐ ngày 12/03/2024: Về tháng công nhân\n"
    )
    [document] = extract_report(text).record["documents"]
    assert (document["number"], document["date"]) == ("25/KH-LĐLĐ", "2024-03-12")
