"""The edit form's fields as plain values, and back: what the form shows, reads and keeps.

`record_values(record)` is what the form shows for a record (texts as a person types them);
`fill_form(form, values)` puts values into the form `EditScreen` composes (its widgets by id);
`read_form(form)` reads them back as they stand, valid or not (what a recovery copy keeps when
the record does not validate yet); `raw_record(values)` turns them into the raw dict of
docs/format.md that `store.validate_record`, the one validator, checks. Values are plain JSON
(texts, booleans, lists of row dicts), so a copy written to disk fills the form again exactly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from textual.widget import Widget
from textual.widgets import Checkbox, Input, Select, TextArea

from store import PARTS_OF_DAY, MeetingRecord, format_organiser, parse_organiser
from tui.widgets.approval import StatusFields
from tui.widgets.decision_editor import DecisionRow, DocumentRow, EditableRow, RowList
from tui.widgets.person_picker import ParticipantRow
from tui.widgets.stored_text import show_stored, stored_text

TEXTS = ("title", "kind", "date", "start_time", "end_time", "location", "source")
LISTS = ("participants", "decisions", "documents")


def _date(value: Any) -> str:
    return value.display() if value else ""


def record_values(record: MeetingRecord | None) -> dict[str, Any]:
    """The form's values for `record` (None: an empty form)."""
    if record is None:
        return {"status": "final"}
    r = record
    return {
        "title": r.title,
        "kind": r.kind or "",
        "date": r.date.display(),
        "date_inferred": r.date_inferred,
        "part_of_day": r.part_of_day,
        "start_time": f"{r.start_time:%H:%M}" if r.start_time else "",
        "end_time": f"{r.end_time:%H:%M}" if r.end_time else "",
        "location": r.location or "",
        "source": r.source or "",
        "organisers": "\n".join(format_organiser(o.name, o.short_forms) for o in r.organisers),
        "notes": r.notes or "",
        "status": r.status,
        "approved_on": _date(r.approved_on),
        "approved_by": r.approved_by or "",
        "participants": [
            {"name": p.name, "role": p.role, "title": p.title} for p in r.participants
        ],
        "decisions": [
            {
                "text": d.text,
                "kind": d.kind,
                "responsible": d.responsible,
                "due": _date(d.due) or None,
                "status": d.status,
            }
            for d in r.decisions
        ],
        "documents": [
            {"number": d.number, "kind": d.kind, "title": d.title, "date": _date(d.date) or None}
            for d in r.documents
        ],
    }


def _text(values: Mapping[str, Any], name: str) -> str:
    value = values.get(name)
    return value if isinstance(value, str) else ""


def _rows(values: Mapping[str, Any], name: str) -> list[dict[str, Any]]:
    found = values.get(name)
    return [row for row in found if isinstance(row, dict)] if isinstance(found, list) else []


def _row(section: str, raw: dict[str, Any]) -> EditableRow:
    if section == "participants":
        title = raw.get("title")
        return ParticipantRow(
            str(raw.get("name") or ""),
            str(raw.get("role") or "attendee"),
            title if isinstance(title, str) else None,
        )
    return DecisionRow.from_raw(raw) if section == "decisions" else DocumentRow.from_raw(raw)


async def fill_form(form: Widget, values: Mapping[str, Any]) -> None:
    """Show `values` in the form (a key that is missing or of the wrong kind shows empty)."""
    for name in TEXTS:
        show_stored(form.query_one(f"#{name}", Input), _text(values, name))
    form.query_one("#date_inferred", Checkbox).value = values.get("date_inferred") is True
    form.query_one(StatusFields).fill(
        _text(values, "status") or "final",
        _text(values, "approved_on"),
        _text(values, "approved_by"),
    )
    part = form.query_one("#part_of_day", Select)
    if values.get("part_of_day") in PARTS_OF_DAY:
        part.value = values["part_of_day"]
    else:
        part.clear()
    show_stored(form.query_one("#organisers", TextArea), _text(values, "organisers"))
    show_stored(form.query_one("#notes", TextArea), _text(values, "notes"))
    # The three lists at once: one layout of the form for all their rows, not one each.
    await asyncio.gather(
        *(
            form.query_one(f"#{section}", RowList).replace(
                [_row(section, raw) for raw in _rows(values, section)]
            )
            for section in LISTS
        )
    )


def read_form(form: Widget, included: dict[str, list[EditableRow]] | None = None) -> dict[str, Any]:
    """The form's values as they stand; `included` gets the rows behind each list (blank rows
    are left out, as the record leaves them out)."""
    values: dict[str, Any] = {
        name: stored_text(form.query_one(f"#{name}", Input)) for name in TEXTS
    }
    status, approved_on, approved_by = form.query_one(StatusFields).values()
    values.update(
        date_inferred=form.query_one("#date_inferred", Checkbox).value,
        part_of_day=form.query_one("#part_of_day", Select).selection,
        organisers=stored_text(form.query_one("#organisers", TextArea)),
        notes=stored_text(form.query_one("#notes", TextArea)),
        status=status,
        approved_on=approved_on,
        approved_by=approved_by,
    )
    for section in LISTS:
        rows = [row for row in form.query_one(f"#{section}", RowList).rows() if not row.is_blank()]
        if included is not None:
            included[section] = rows
        values[section] = [row.to_raw() for row in rows]
    return values


def raw_record(values: Mapping[str, Any], uid: str | None = None) -> dict[str, Any]:
    """The form's values as the raw dict of docs/format.md (what `validate_record` takes)."""

    def text(name: str) -> str | None:
        return _text(values, name) or None

    raw: dict[str, Any] = {"uid": uid} if uid else {}
    raw.update(
        title=_text(values, "title"),
        kind=text("kind"),
        date_inferred=values.get("date_inferred") is True,
        part_of_day=values.get("part_of_day"),
        start_time=text("start_time"),
        end_time=text("end_time"),
        location=text("location"),
        organisers=[
            parse_organiser(line)
            for line in _text(values, "organisers").splitlines()
            if line.strip()
        ],
        notes=text("notes"),
        source=text("source"),
        status=_text(values, "status") or "final",
        approved_on=(_text(values, "approved_on").strip() or None),
        approved_by=text("approved_by"),
    )
    if _text(values, "date").strip():
        raw["date"] = values["date"]  # absent when empty, so the problem says "is required"
    for section in LISTS:
        raw[section] = _rows(values, section)
    return raw
