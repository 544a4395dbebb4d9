"""Importing a file again changes nothing, even when other records taught the book more about
the bodies it names (an organisation's short forms are shared by every meeting naming it)."""

from __future__ import annotations

import json
from pathlib import Path

import store
import store.db
import store.importer

BODY = "Liên đoàn Lao động tỉnh Nghệ An"


def meeting(title: str, forms: list[str], uid: str | None = None) -> dict[str, object]:
    record: dict[str, object] = {
        "title": title,
        "date": "2024-03-15",
        "location": "Vinh",
        "organisers": [{"name": BODY, "short_forms": forms}],
        "participants": [{"name": "Kha Văn Tám", "role": "chair", "title": "Chủ tịch"}],
    }
    if uid:
        record["uid"] = uid
    return record


def test_a_record_giving_fewer_short_forms_than_the_body_has_is_unchanged(
    book: store.db.Store, tmp_path: Path
) -> None:
    teacher = tmp_path / "teacher.json"
    teacher.write_text(json.dumps([meeting("Hội nghị A", ["LĐLĐ tỉnh Nghệ An"], "a")]), "utf-8")
    plain = tmp_path / "plain.json"
    records = [meeting("Hội nghị B", []), meeting("Hội nghị C", ["LĐLĐ Nghệ An"], "c")]
    plain.write_text(json.dumps(records), "utf-8")
    store.importer.import_files([str(plain)], store=book)
    store.importer.import_files([str(teacher)], store=book)  # the body now has two short forms

    again = store.importer.import_files([str(plain)], store=book)

    assert (again.inserted, again.unchanged, again.updated) == (0, 2, 0)
    assert again.likely_duplicates == [] and again.skipped == []


def test_a_record_bringing_a_new_short_form_is_a_change(
    book: store.db.Store, tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    first.write_text(json.dumps([meeting("Hội nghị C", [], "c")]), "utf-8")
    store.importer.import_files([str(first)], store=book)
    taught = tmp_path / "taught.json"
    taught.write_text(json.dumps([meeting("Hội nghị C", ["LĐLĐ Nghệ An"], "c")]), "utf-8")

    again = store.importer.import_files([str(taught)], store=book, on_conflict="update")

    assert (again.unchanged, again.updated) == (0, 1)
