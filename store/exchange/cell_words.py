"""The cells of a file made for people, in the words of the language it is headed in.

The round-trip CSV and an English-headed workbook or `csv --excel` keep the codes (`afternoon`,
`final`, `true`, `2024-03-15`): scripts read those. A file headed in Vietnamese is read by a
secretary, so its cells say what the screens say (`vietnamese_cells`): the catalog's words for the
part of day (`chiều`), the status (`đã thông qua`), yes/no (`có`) and a decision's kind and
status (`kết luận`, `đang thực hiện`); dates day first as `show` and the screens write them
(`15/03/2024`, `03/2024`, `2024`); a decision's keys as docs/format.md gives them (`phụ trách:`,
`hạn:`, `trạng thái:`); the record's timestamps as this computer's clock says them, with the
offset that keeps the moment exact (`20/03/2024 14:05:00 +07:00`).

Every one of those reads back: the record's validator takes the Vietnamese words and day-first
dates, and `stamp_read` turns a day-first timestamp back into ISO before it does; so such a file
imports to the same meetings. The values people typed (titles, names, notes) are never touched.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from store.cells import format_citation, format_decision
from store.i18n import in_language
from store.record import MeetingRecord

# The keys of a decision's cell in Vietnamese: the first `store.cells.parse_decision` knows for
# each, as docs/format.md lists them.
DECISION_KEYS_VI = {"responsible": "phụ trách", "due": "hạn", "status": "trạng thái"}
TIMESTAMP_COLUMNS = ("created_at", "updated_at")

# `20/03/2024 14:05:00 +07:00`, the seconds and the offset optional.
_DAY_FIRST_STAMP = re.compile(
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:\s*(?:UTC|GMT)?\s*(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2}))?"
)


def _stamp(moment: datetime | None) -> str:
    """A stored moment as this computer's clock says it, with its offset: `20/03/2024 14:05:00
    +07:00` (the faces show `20/03/2024 14:05`; the seconds and offset keep it exact)."""
    if moment is None:
        return ""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    offset = local.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{local:%d/%m/%Y %H:%M:%S} {sign}{hours:02d}:{rest:02d}"


def stamp_read(text: str) -> str:
    """A timestamp cell as the record's validator reads it: a day-first one (`vietnamese_cells`)
    in ISO with its offset, the local one when it gives none (as the faces show times); any
    other text as it is, for the validator to accept or name."""
    found = _DAY_FIRST_STAMP.fullmatch(text.strip())
    if found is None:
        return text
    try:
        moment = datetime(
            int(found["y"]), int(found["m"]), int(found["d"]),
            int(found["H"]), int(found["M"]), int(found["S"] or 0),
        )  # fmt: skip
        if found["sign"]:
            offset = timedelta(hours=int(found["oh"]), minutes=int(found["om"]))
            moment = moment.replace(tzinfo=timezone(-offset if found["sign"] == "-" else offset))
        else:
            moment = moment.astimezone()  # a naive moment is the local clock's
    except (ValueError, OverflowError):
        return text  # no such day or hour: the validator says so, naming the cell
    return moment.isoformat()


def vietnamese_cells(record: MeetingRecord, row: dict[str, str]) -> dict[str, str]:
    """`row` (the record's cells in codes, `csv_records.record_row`) in Vietnamese words."""
    said = dict(row)
    said["date"] = record.date.display()
    said["date_inferred"] = in_language("vi", "yes" if record.date_inferred else "no")
    said["part_of_day"] = in_language("vi", record.part_of_day) if record.part_of_day else ""
    said["status"] = in_language("vi", record.status)
    said["approved_on"] = record.approved_on.display() if record.approved_on else ""
    for column in TIMESTAMP_COLUMNS:
        said[column] = _stamp(getattr(record, column))
    said["decisions"] = "\n".join(
        format_decision(
            {
                "text": decision.text,
                "kind": in_language("vi", decision.kind),
                "responsible": decision.responsible,
                "due": decision.due.display() if decision.due else None,
                "status": in_language("vi", decision.status),
            },
            DECISION_KEYS_VI,
        )
        for decision in record.decisions
    )
    said["documents"] = "; ".join(
        format_citation(
            {
                "number": document.number,
                "kind": document.kind,
                "title": document.title,
                "date": document.date.display() if document.date else None,
            }
        )
        for document in record.documents
    )
    return said
