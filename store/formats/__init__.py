"""Exchange formats: one module per format, each reading raw records and writing records.

A reader yields `RawRecord`s (the parsed but not yet validated dict, or the problem that stopped
it being parsed, with its line or record number); validation is `store.record`'s job. A writer takes
`MeetingRecord`s and a stream: text, or binary for the formats in `BINARY_FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from store.errors import Problem, StoreError

FORMATS = ("json", "ndjson", "csv", "xlsx")
EXTENSIONS = {
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".csv": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
}
# Spreadsheet files that look importable but are not: said so instead of "unknown extension".
_UNREADABLE = {
    ".xls": "an Excel 97-2003 workbook",
    ".ods": "an OpenDocument spreadsheet",
    ".numbers": "a Numbers spreadsheet",
}


@dataclass
class RawRecord:
    """One record as read from a file, before validation."""

    source: str
    number: int  # line (CSV, NDJSON, JSON) where the record starts
    data: dict[str, Any] | None = None
    problem: Problem | None = None
    # Where a field of the record came from, when the file's layout differs from the record's
    # (a CSV's `attendees` column becomes `participants`): record path prefix -> file's name.
    field_names: dict[str, str] = field(default_factory=dict)
    unit: str = "line"
    # The problem refuses this record only: the reader read on past it (a bad NDJSON line, a
    # CSV row of the wrong width, a cell that cannot be a value). Otherwise it stopped the file.
    skippable: bool = False

    def locate(self, problem: Problem) -> Problem:
        """Rename a record field path into the file's own terms."""
        name = problem.field
        for prefix, original in self.field_names.items():
            if name == prefix or name.startswith(prefix + "."):
                name = original + name[len(prefix) :]
                break
        return Problem(self.source, self.number, name, problem.reason, self.unit)


def detect_format(path: str, explicit: str | None) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise StoreError(f"unknown format {explicit!r}; use one of {', '.join(FORMATS)}")
        return explicit
    suffix = Path(path).suffix.lower()
    if suffix in _UNREADABLE:
        raise StoreError(
            f"{path}: {_UNREADABLE[suffix]} cannot be read; save it as .xlsx or CSV (UTF-8)"
        )
    if suffix not in EXTENSIONS:
        raise StoreError(
            f"{path}: cannot tell the format from the extension {suffix or '(none)'!r}; "
            f"use --format {'|'.join(FORMATS)}"
        )
    return EXTENSIONS[suffix]


def reader(fmt: str) -> Callable[[TextIO, str], Iterator[RawRecord]]:
    """The reader of a format. The xlsx reader takes a text stream too, reading its bytes."""
    from store.formats import csv_format, json_format, xlsx_format

    return {
        "json": json_format.read_json,
        "ndjson": json_format.read_ndjson,
        "csv": csv_format.read_csv,
        "xlsx": xlsx_format.read_xlsx,
    }[fmt]


# What export can write: the record formats, and documents for people (md, ics, docx, xlsx).
WRITE_FORMATS = ("json", "ndjson", "csv", "md", "ics", "docx", "xlsx")
# These write bytes to a binary stream (a file opened "wb"); the others text to a text stream.
BINARY_FORMATS = frozenset({"docx", "xlsx"})


def writer(fmt: str) -> Callable[[Iterable[Any], Any], int]:
    """The writer of `fmt`: (records, stream) -> how many meetings it wrote.

    Each format's module is imported only when asked for, so a command that writes JSON never
    loads python-docx, icalendar or openpyxl.
    """
    if fmt == "md":
        from store.formats.markdown import write_markdown

        return write_markdown
    if fmt == "ics":
        from store.formats.ics_format import write_ics

        return write_ics
    if fmt == "docx":
        from store.formats.docx_format import write_docx

        return write_docx
    if fmt == "xlsx":
        from store.formats.xlsx_format import write_xlsx

        return write_xlsx
    from store.formats import csv_format, json_format

    writers: dict[str, Callable[[Iterable[Any], TextIO], int]] = {
        "json": json_format.write_json,
        "ndjson": json_format.write_ndjson,
        "csv": csv_format.write_csv,
    }
    if fmt not in writers:
        raise StoreError(f"cannot write {fmt!r}; use one of {', '.join(WRITE_FORMATS)}")
    return writers[fmt]
