"""A person the draft gives two roles, as both faces show a draft (`store.extract.review`).

The record holds one participant per role: seed_002's Chu Bá Long, who spoke and represented his
body, is two entries. `review_rows` shows him once with both roles (what `minutebook extract`
prints) and `roles_lines` says it in the interface's language (what the draft form lists).
"""

from __future__ import annotations

from pathlib import Path

from store.extract import extract_report
from store.extract.review import review_rows, roles_lines
from store.i18n import set_language

DEVSET = Path(__file__).resolve().parents[1] / "extract_devset"


def draft_of(pattern: str):  # type: ignore[no-untyped-def]
    path = next(DEVSET.glob(pattern))
    return extract_report(path.read_text(encoding="utf-8"), source=str(path))


def test_a_person_in_two_roles_is_one_row_with_both() -> None:
    draft = draft_of("seed_002_*.txt")
    roles = [p["role"] for p in draft.record["participants"] if p["name"] == "Chu Bá Long"]
    assert roles == ["speaker", "representative"]  # the draft's own shape: two entries
    rows = [row for row in review_rows(draft) if row.value.startswith("Chu Bá Long")]
    assert len(rows) == 1
    assert rows[0].roles == ("speaker", "representative")
    assert rows[0].value == "Chu Bá Long | Phó Bí thư Đảng ủy Khối các cơ quan tỉnh Nghệ An"
    assert rows[0].confidence == 0.75  # the less sure of the two readings
    # Everyone else keeps one row of one role, in the order first named.
    others = [row for row in review_rows(draft) if row.field == "speaker" and not row.also]
    assert [row.value.split(" | ")[0] for row in others][:2] == [
        "Kha Văn Tám",
        "Nguyễn Tất Hoài Hiệp",
    ]


def test_three_roles_are_one_row_and_a_title_read_twice_is_said_once() -> None:
    draft = draft_of("dev15_05_*.txt")
    (row,) = [row for row in review_rows(draft) if row.value.startswith("Huỳnh Văn Lộc")]
    assert row.roles == ("chair", "speaker", "representative")
    assert row.value.count("Bí thư Đảng ủy") == 1


def test_the_form_is_told_in_both_languages() -> None:
    draft = draft_of("seed_002_*.txt")
    try:
        set_language("en")
        assert roles_lines(draft) == [
            "Chu Bá Long is one person in 2 roles (speaker, representative): a row for each in "
            "the form"
        ]
        set_language("vi")
        assert roles_lines(draft) == [
            "Chu Bá Long là một người giữ 2 vai trò (phát biểu, đại diện): mỗi vai trò một dòng "
            "trong biểu mẫu"
        ]
    finally:
        set_language("en")
    assert roles_lines(draft_of("seed_003_*.txt")) == []  # no one in two roles there
