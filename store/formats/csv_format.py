"""CSV: one meeting per row, multi-valued cells in the forms of `store.cells`.

The columns and cell forms are documented in docs/format.md. An unknown column is an error (a
misspelt header would otherwise drop a whole column of data without a word). Problems are reported
against the CSV's own column names ("attendees[2]"), not the record's ("participants[5]").
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from store.cells import (
    format_citation,
    format_decision,
    format_organiser,
    format_person,
    join_cell,
    parse_citation,
    parse_decision,
    parse_organiser,
    parse_person,
    split_cell,
)
from store.errors import Problem
from store.formats import RawRecord
from store.record import MeetingRecord

# The participant columns, in export order, and the role each one holds.
ROLE_COLUMNS = {
    "chairs": "chair",
    "attendees": "attendee",
    "speakers": "speaker",
    "secretaries": "secretary",
    "representatives": "representative",
    "absent": "absent",
}
COLUMNS = [
    "uid", "date", "date_inferred", "part_of_day", "start_time", "end_time", "title", "kind",
    "location", "organisers", *ROLE_COLUMNS, "decisions", "documents", "notes", "source",
    "created_at", "updated_at", "version",
]  # fmt: skip
_PLAIN = [c for c in COLUMNS if c not in {"organisers", "decisions", "documents", *ROLE_COLUMNS}]


def _row_to_raw(row: dict[str, str], source: str, line: int) -> RawRecord:
    data: dict[str, Any] = {key: row[key] for key in _PLAIN if row.get(key) not in (None, "")}
    names: dict[str, str] = {}
    participants = []
    for column, role in ROLE_COLUMNS.items():
        for i, entry in enumerate(split_cell(row.get(column))):
            names[f"participants[{len(participants) + 1}]"] = f"{column}[{i + 1}]"
            participants.append({**parse_person(entry), "role": role})
    data["participants"] = participants
    data["organisers"] = [parse_organiser(entry) for entry in split_cell(row.get("organisers"))]
    decisions = [line for line in (row.get("decisions") or "").splitlines() if line.strip()]
    data["decisions"] = [parse_decision(entry) for entry in decisions]
    data["documents"] = [parse_citation(entry) for entry in split_cell(row.get("documents"))]
    return RawRecord(source, line, data=data, field_names=names)


DELIMITERS = (",", ";", "\t")


def sniff_delimiter(header: str) -> str:
    """The header's separator: Excel in a Vietnamese locale writes `;`, other tools `,` or tab."""
    counts = {d: header.count(d) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv(stream: TextIO, source: str) -> Iterator[RawRecord]:
    header_line = stream.readline().lstrip("\ufeff")  # Excel writes a BOM
    if not header_line.strip():
        return
    rows = csv.reader(
        itertools.chain([header_line], stream), delimiter=sniff_delimiter(header_line)
    )
    header = [name.strip().lower() for name in next(rows)]
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        reason = (
            f"unknown column{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
            f"the columns are: {', '.join(COLUMNS)}"
        )
        yield RawRecord(source, 1, problem=Problem(source, 1, "", reason))
        return
    line = rows.line_num
    for values in rows:
        start, line = line + 1, rows.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            reason = f"has {len(values)} cells, the header has {len(header)}"
            yield RawRecord(source, start, problem=Problem(source, start, "", reason))
            continue
        yield _row_to_raw(dict(zip(header, values, strict=True)), source, start)


def record_row(record: MeetingRecord) -> dict[str, str]:
    data = record.to_json()
    row = {key: "" if data[key] is None else str(data[key]) for key in _PLAIN}
    row["date_inferred"] = "true" if record.date_inferred else "false"
    row["organisers"] = join_cell(
        [format_organiser(o["name"], o["short_forms"]) for o in data["organisers"]]
    )
    for column, role in ROLE_COLUMNS.items():
        people = [
            format_person(p["name"], p["title"]) for p in data["participants"] if p["role"] == role
        ]
        row[column] = join_cell(people)
    row["decisions"] = "\n".join(format_decision(d) for d in data["decisions"])
    row["documents"] = "; ".join(format_citation(d) for d in data["documents"])
    return row


def write_csv(records: Iterable[MeetingRecord], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(record_row(record))
        count += 1
    return count
