"""Ways a report says someone spoke, and gifts that are not taking part in a meeting.

A worker named after "anh"/"chị" with no title took part; but whoever a gift is handed to ("trao
Mái ấm Công đoàn cho gia đình chị X và anh Y") is neither an attendee nor a speaker.

Each example is a short sentence written for the test (not taken from the evaluation set).
"""

from __future__ import annotations

from store.extract import extract_report

LEAD = "Sáng 20/7/2024, tại Vĩnh Long, Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại.\n\n"


def _rows(body: str) -> set[tuple[str, str, str | None]]:
    record = extract_report(LEAD + body).record
    return {(p["name"], p["role"], p.get("title")) for p in record.get("participants", [])}


def _roles(body: str, name: str) -> set[str]:
    return {role for who, role, _title in _rows(body) if who == name}


def test_a_worker_named_after_anh_or_chi_took_part() -> None:
    rows = _rows("Chị Thạch Thị Sa Phol, tổ may số 2, phát biểu: lương về chậm hai tháng.")
    assert rows == {("Thạch Thị Sa Phol", "speaker", None)}


def test_whom_a_gift_is_handed_to_did_not_take_part() -> None:
    rows = _rows(
        "Dự có ông Ngô Văn Tài, Phó Chủ tịch UBND tỉnh. Dịp này, Ban tổ chức trao 2 Mái ấm Công "
        "đoàn cho gia đình chị Kiên Thị Mai và anh Sơn Văn Hùng (Công ty TNHH Giày Sao Vàng)."
    )
    assert {row[0] for row in rows} == {"Ngô Văn Tài"}
