"""What every file reader shares: `RawRecord` (a record as read, before validation), the formats
that can be imported and how a file's name tells its format (`detect_format`).

A reader yields `RawRecord`s (the parsed but not yet validated dict, or the problem that stopped
it being parsed, with its line or record number); validation is `store.record`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.errors import Problem, StoreError
from store.exchange.json_place import field_line
from store.i18n import _

FORMATS = ("json", "ndjson", "csv", "xlsx")
EXTENSIONS = {
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".csv": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
}
# Spreadsheet files that look importable but are not: said so instead of "unknown extension"
# (through the catalog, `_(_UNREADABLE[suffix])`).
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
    # JSON only: the text the record was decoded from, where its object starts in it and that
    # place's line, so that a problem can name the line of its field (`store.exchange.json_place`).
    # The text is the reader's buffer, shared, not copied, and held only until the next record
    # is read: a problem is located before that. It does not travel with a pickled record, nor
    # to a copy (`dataclasses.replace`), which is made to be kept.
    text: tuple[str, int, int] | None = field(default=None, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        if self.text is None:
            return self.__dict__
        return {**self.__dict__, "text": None}

    def locate(self, problem: Problem, *, at_field: bool = True) -> Problem:
        """Rename a record field path into the file's own terms, on the line of the field's
        value where the reader knows it (JSON) and `at_field`, else on the record's line."""
        name = problem.field
        for prefix, original in self.field_names.items():
            if name == prefix or name.startswith(prefix + "."):
                name = original + name[len(prefix) :]
                break
        line = self.number
        if at_field and self.text is not None and name:
            line = field_line(*self.text, name)
        return Problem(self.source, line, name, problem.reason, self.unit)


def detect_format(path: str, explicit: str | None) -> str:
    if explicit:
        if explicit not in FORMATS:
            said = _(
                "unknown format {fmt!r}; use one of {formats}",
                fmt=explicit,
                formats=", ".join(FORMATS),
            )
            raise StoreError(said)
        return explicit
    suffix = Path(path).suffix.lower()
    if suffix in _UNREADABLE:
        what = _(_UNREADABLE[suffix])
        raise StoreError(
            _(
                "{path}: {what} cannot be read; save it as .xlsx or CSV (UTF-8)",
                path=path,
                what=what,
            )
        )
    if suffix not in EXTENSIONS:
        raise StoreError(
            _(
                "{path}: cannot tell the format from the extension {suffix!r}; "
                "use --format {formats}",
                path=path,
                suffix=suffix or _("(none)"),
                formats="|".join(FORMATS),
            )
        )
    return EXTENSIONS[suffix]
