"""The one-line forms of people, decisions and documents (CSV cells and CLI flags)."""

from __future__ import annotations

import pytest

from store.cells import (
    format_citation,
    format_decision,
    infer_document_kind,
    join_cell,
    parse_citation,
    parse_decision,
    parse_person,
    split_cell,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Đình Khang", {"name": "Nguyễn Đình Khang", "title": None}),
        ("Nguyễn Đình Khang | Chủ tịch", {"name": "Nguyễn Đình Khang", "title": "Chủ tịch"}),
        (
            "Ngọ Duy Hiểu (Phó Chủ tịch Tổng LĐLĐ Việt Nam)",
            {"name": "Ngọ Duy Hiểu", "title": "Phó Chủ tịch Tổng LĐLĐ Việt Nam"},
        ),
        ("Kha Văn Tám (Chủ tịch (kiêm))", {"name": "Kha Văn Tám", "title": "Chủ tịch (kiêm)"}),
    ],
)
def test_people(text: str, expected: dict[str, str | None]) -> None:
    assert parse_person(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tăng 1 triệu đoàn viên", {"text": "Tăng 1 triệu đoàn viên"}),
        (
            "kết luận: Tiếp tục phối hợp | phụ trách: Tổng LĐLĐ | hạn: 12/2024",
            {
                "text": "Tiếp tục phối hợp",
                "kind": "conclusion",
                "responsible": "Tổng LĐLĐ",
                "due": "12/2024",
            },
        ),
        (
            "assignment: Báo cáo | status: done",
            {"text": "Báo cáo", "kind": "assignment", "status": "done"},
        ),
        # A colon or pipe that is not a known key stays in the text.
        ("Mục tiêu: 1 triệu | 2 triệu", {"text": "Mục tiêu: 1 triệu | 2 triệu"}),
    ],
)
def test_decisions(text: str, expected: dict[str, str]) -> None:
    assert parse_decision(text) == expected


def test_decision_round_trip() -> None:
    decision = {
        "text": "A | B",
        "kind": "decision",
        "responsible": "X",
        "due": "2024",
        "status": "open",
    }
    assert parse_decision(format_decision(decision)) == decision


@pytest.mark.parametrize(
    ("text", "number", "kind", "date", "title"),
    [
        ("Thông báo số 249/TB-VPCP", "249/TB-VPCP", "Thông báo", None, None),
        ("Nghị quyết 02-NQ/TW", "02-NQ/TW", "Nghị quyết", None, None),
        ("Chỉ thị số 37-CT/TW ngày 03/9/2019", "37-CT/TW", "Chỉ thị", "03/9/2019", None),
        ("công văn số 565-CV/ĐĐTLĐ, ngày 13/8/2021", "565-CV/ĐĐTLĐ", "công văn", "13/8/2021", None),
        ("Nghị quyết 02-NQ/TW: về đổi mới", "02-NQ/TW", "Nghị quyết", None, "về đổi mới"),
        ("249/TB-VPCP", "249/TB-VPCP", None, None, None),
    ],
)
def test_citations(
    text: str, number: str, kind: str | None, date: str | None, title: str | None
) -> None:
    assert parse_citation(text) == {"number": number, "kind": kind, "date": date, "title": title}


def test_citation_round_trip() -> None:
    document = {"number": "02-NQ/TW", "kind": "Nghị quyết", "date": "2021-06-12", "title": "về X"}
    assert parse_citation(format_citation(document)) == document


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("249/TB-VPCP", "Thông báo"),
        ("02-NQ/TW", "Nghị quyết"),
        ("37-CT/TW", "Chỉ thị"),
        ("565-CV/ĐĐTLĐ", "Công văn"),
        ("15/2023/NĐ-CP", "Nghị định"),
        ("02/Ctr-BCH", "Chương trình"),
        ("02-CTr/TLĐ", "Chương trình"),
        ("5155", None),
    ],
)
def test_the_symbol_names_the_kind(number: str, kind: str | None) -> None:
    assert infer_document_kind(number) == kind


def test_cells_split_on_unescaped_separators() -> None:
    assert split_cell(r"A; B\; C;; ") == ["A", "B; C"]
    assert split_cell(join_cell(["x; y", "z"])) == ["x; y", "z"]
