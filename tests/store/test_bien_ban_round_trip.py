"""Biên bản round trip: our own DOCX export of every sample meeting, read back as a draft.

Each meeting of `sample_data/meetings.json` is written by the store's DOCX writer (what `minutebook
export --format docx` and `show N --format docx` write), read as a report file is read
(`store.read_report`, the .docx branch) and drafted (`extract_report`, which sends minutes to the
Biên bản reader). The draft must give back the date (at its precision, inferred or not, with its
part of day), the place, every person in each role with their title, every decision with its
kind, owner, deadline and state, and every document cited.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import store
from store.documents.docx_minutes import write_docx
from store.extract import extract_report
from store.record import validate_record
from store.words import one_line

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = json.loads((ROOT / "sample_data" / "meetings.json").read_text(encoding="utf-8"))


def _people(record: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    return sorted(
        (p["name"], p.get("role", "attendee"), p.get("title"))
        for p in record.get("participants", [])
    )


def _decisions(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (one_line(d["text"]), d.get("kind", "decision"), d.get("responsible"), d.get("due"),
         d.get("status", "open"))
        for d in record.get("decisions", [])
    ]  # fmt: skip


def _documents(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (d["number"], d.get("kind"), d.get("title"), d.get("date"))
        for d in record.get("documents", [])
    ]


@pytest.mark.parametrize("sample", SAMPLES, ids=[m["uid"] for m in SAMPLES])
def test_our_docx_export_reads_back_the_same_meeting(sample: dict[str, Any], tmp_path: Path
                                                     ) -> None:  # fmt: skip
    path = tmp_path / "bien_ban.docx"
    with path.open("wb") as out:
        assert write_docx([validate_record(sample)], out) == 1
    text, html = store.read_report(str(path))
    assert html is False
    draft = extract_report(text, source=str(path))
    got = draft.record
    for field in ("date", "part_of_day", "location", "title"):
        assert got.get(field) == sample.get(field), field
    assert bool(got.get("date_inferred")) == bool(sample.get("date_inferred"))
    assert _people(got) == _people(sample)
    assert _decisions(got) == _decisions(sample)
    assert _documents(got) == _documents(sample)
    assert "extractor-error" not in draft.flags
    assert isinstance(validate_record(got), store.MeetingRecord)


def test_all_sample_meetings_in_one_document_start_with_the_first() -> None:
    """Several meetings make one document; the reader drafts one meeting, the first."""
    import io

    buffer = io.BytesIO()
    write_docx([validate_record(m) for m in SAMPLES], buffer)
    from store.extract.docx_text import docx_to_text

    draft = extract_report(docx_to_text(buffer.getvalue()))
    assert draft.record["title"] == SAMPLES[0]["title"]
    assert "extractor-error" not in draft.flags
