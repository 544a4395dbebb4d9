"""The approval says only what is true: approved and locked minutes say when and by whom; draft
and final ones carry no approval at all.

The record's one validator (store/approval_rules.py through `store.validate_record`), an import
of a file (refused whole, or the row set aside with --skip-invalid), and a book from before the
rule that asks for `approved_by` (still opened, shown, exported, searched, deleted and restored;
only a new save asks who approved) on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import store
from store.i18n import set_language
from tests.helpers import a_meeting, ok

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
def test_approved_minutes_say_when_and_by_whom(status: str) -> None:
    assert problems(status=status, **ON) == [
        (
            "approved_by",
            f"a record that is {status} says by which meeting or person it was approved",
        )
    ]
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
        checked = store.validate_record({**MEETING, "status": "approved", **ON}, source="m")
        assert isinstance(checked, list)
        assert checked[0].reason == "biên bản đã thông qua phải ghi hội nghị hoặc người thông qua"
    finally:
        set_language("en")


def test_kept_states_are_read_as_they_were_saved() -> None:
    # The history and the trash hold states saved before these rules: they are read back.
    for fields in ({"status": "approved", **ON}, {"status": "final", **ON, **BY}):
        assert isinstance(store.validate_record({**MEETING, **fields}, source="history", kept=True),
                          store.MeetingRecord)  # fmt: skip
        # Read as new (an import, whatever its file is named), the rules of today hold.
        assert isinstance(store.validate_record({**MEETING, **fields}, source="history"), list)
    # The rules of before still hold there: approved minutes say when.
    assert isinstance(store.validate_record({**MEETING, "status": "approved"}, kept=True), list)


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


# A book from before approved_by was asked for ------------------------------------------------


def test_approved_minutes_without_an_approver_still_open_and_ask_on_a_new_save(
    db: str, cli: Any, tmp_path: Path
) -> None:
    with store.open_book(db) as book:
        meeting_id = book.add(a_meeting(title="Hội nghị cũ"))
        current = book.meeting(meeting_id)
        # As a book of an earlier release holds it: approved, saying when but not by whom.
        old = current.model_copy(
            update={"status": "approved", "approved_on": store.parse_partial_date("20/3/2024")}
        )
        book.save(meeting_id, old, expected_version=current.version)
    number = str(meeting_id)
    assert "Approved on 20/03/2024" in ok(cli("show", number)).stdout
    assert json.loads(ok(cli("show", number, "-f", "json")).stdout)[0]["approved_by"] is None
    found = json.loads(ok(cli("search", "status:approved", "-f", "json")).stdout)
    assert [m["title"] for m in found] == ["Hội nghị cũ"]
    ok(cli("export", "-f", "docx", "-o", str(tmp_path / "b.docx")))
    exported = json.loads(ok(cli("export", "-f", "json")).stdout)
    assert [(m["status"], m["approved_by"]) for m in exported] == [("approved", None)]
    versions = json.loads(ok(cli("history", number, "-f", "json")).stdout)
    assert [v["action"] for v in versions] == ["created", "approved"]
    assert [c["field"] for c in versions[-1]["changes"]] == ["status", "approved_on"]
    ok(cli("delete", number, "--yes"))
    ok(cli("restore", number))
    # A new save asks who approved, naming the field; given, it is saved.
    refused = cli("edit", number, "--title", "Hội nghị cũ (sửa)")
    assert refused.exit_code == 1
    assert refused.stderr.splitlines() == [
        f"meeting {number}, field 'approved_by': a record that is approved says by which "
        "meeting or person it was approved",
        "minutebook: 1 problem; nothing was written",
    ]
    ok(cli("edit", number, "--title", "Hội nghị cũ (sửa)", "--approved-by", "Hội nghị BCH"))
    assert "Approved on 20/03/2024 by Hội nghị BCH" in ok(cli("show", number)).stdout
