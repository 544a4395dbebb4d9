"""The approval says only what is true: approved and locked minutes say when; draft and final
ones carry no approval at all.

The record's one validator (store/approval_rules.py through `store.validate_record`), states kept
in the history and the trash (read as they were saved), and an import of a file (refused whole,
or the row set aside with --skip-invalid) on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import store
from store.i18n import set_language
from tests.helpers import ok

MEETING = {"title": "Hội nghị Ban Chấp hành", "date": "2024-03-15"}
ON = {"approved_on": "20/3/2024"}
BY = {"approved_by": "Hội nghị BCH"}


def problems(**fields: Any) -> list[tuple[str, str]]:
    checked = store.validate_record({**MEETING, **fields}, source="m.json", record=2)
    assert isinstance(checked, list), checked
    return [(p.field, p.reason) for p in checked]


@pytest.mark.parametrize("status", ["draft", "final"])
def test_minutes_not_approved_carry_no_approval(status: str) -> None:
    said = f"this record is {status}"
    assert problems(status=status, **ON) == [
        ("approved_on", f"only approved or locked minutes have an approval date; {said}")
    ]
    assert problems(status=status, **BY) == [
        ("approved_by", f"only approved or locked minutes say who approved them; {said}")
    ]
    assert [field for field, _ in problems(status=status, **ON, **BY)] == [
        "approved_on", "approved_by",
    ]  # fmt: skip
    assert isinstance(store.validate_record({**MEETING, "status": status}), store.MeetingRecord)


@pytest.mark.parametrize("status", ["approved", "locked"])
def test_approved_minutes_say_when(status: str) -> None:
    assert problems(status=status, **BY) == [
        ("approved_on", f"a record that is {status} says when it was approved")
    ]
    record = store.validate_record({**MEETING, "status": status, **ON, **BY})
    assert isinstance(record, store.MeetingRecord) and record.approved_by == "Hội nghị BCH"


def test_a_refusal_names_its_field_in_one_line_in_vietnamese_too() -> None:
    set_language("vi")
    try:
        checked = store.validate_record({**MEETING, "status": "final", **ON}, source="m.json")
        assert isinstance(checked, list) and len(checked) == 1
        line = str(checked[0])
        assert line.startswith("m.json, trường 'approved_on': ") and "\n" not in line
        assert "chỉ biên bản đã thông qua hoặc đã khóa mới có ngày thông qua" in line
    finally:
        set_language("en")


def test_kept_states_are_read_as_they_were_saved() -> None:
    # The history and the trash hold states saved before these rules: they are read back.
    for source in ("history", "trash #7"):
        for fields in ({"status": "final", **ON, **BY}, {"status": "draft", **BY}):
            assert isinstance(store.validate_record({**MEETING, **fields}, source=source),
                              store.MeetingRecord)  # fmt: skip
    # The rules of before still hold there: approved minutes say when.
    assert isinstance(store.validate_record({**MEETING, "status": "approved"}, source="history"),
                      list)  # fmt: skip


# An import ------------------------------------------------------------------------------------


def test_an_import_refuses_an_approval_on_final_minutes(cli: Any, tmp_path: Path) -> None:
    rows = [
        {"title": "Họp A", "date": "2024-03-15"},
        {"title": "Họp B", "date": "2024-03-16", "status": "final", "approved_on": "2024-03-20"},
    ]
    source = tmp_path / "m.json"
    source.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    refused = cli("import", str(source))
    assert refused.exit_code == 1
    said = refused.stderr.splitlines()
    assert said[0] == (
        f"{source}, record 2 (line 1, title 'Họp B'), field 'approved_on': only approved or "
        "locked minutes have an approval date; this record is final"
    )
    assert said[1:] == ["minutebook: 1 problem; nothing was written"]
    rejects = tmp_path / "loi.json"
    ok(cli("import", "--skip-invalid", "--rejects", str(rejects), str(source)))
    kept = json.loads(rejects.read_text(encoding="utf-8"))
    assert [row["title"] for row in kept] == ["Họp B"]
    found = json.loads(ok(cli("search", "Họp", "-f", "json")).stdout)
    assert [m["title"] for m in found] == ["Họp A"]
