"""What every file reader shares: `RawRecord` (a record as read, before validation), the formats
that can be imported and how a file's name tells its format (`detect_format`).

A reader yields `RawRecord`s (the parsed but not yet validated dict, or the problem that stopped
it being parsed, with its line or record number); validation is `store.record`'s job.

A spreadsheet's record (a CSV or .xlsx row) is named in problems as a person finds it: its number
among the file's records, the row a spreadsheet shows it on, the line (a CSV's notes cells may run
over many lines, so the line can be far from the row) and its uid or title: `RecordProblem`. A
JSON meeting is named by its number in the file, its uid or title, and the line of the field
itself, which is right there in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.errors import Problem, StoreError, unit_word
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


SHOWN_TITLE = 40  # characters of a title that name a record in a problem
SHOWN_UID = 60


def shortened(text: str, most: int) -> str:
    """`text` on one line, cut to `most` characters with an ellipsis."""
    if len(text) <= most and text.isprintable():
        return text  # most titles and uids: nothing to do
    text = " ".join(text[: most * 4].split())
    return text if len(text) <= most else text[: most - 1] + "…"


@dataclass(frozen=True)
class RecordProblem(Problem):
    """A problem with a spreadsheet's record or a JSON file's meeting, named as a person finds it.

    `record` and `unit` stay what every problem's are (a CSV's line, a workbook's row); `ordinal`
    is the record's number in its file, `row` the row a spreadsheet shows it on, `uid` or `title`
    what it says it is: `new.csv, record 3 (row 4, line 40, uid 'h-3'), field 'date': ...`.
    """

    ordinal: int = 0
    row: int | None = None
    uid: str = ""
    title: str = ""

    def place(self, *, named: bool = True) -> str:
        """`record 3 (row 4, line 40, uid 'h-3')`, in the current language: a CSV's line even
        where it is the row (one form for every CSV), the uid (else the title) when `named`."""
        parts = []
        if self.row is not None:
            parts.append(f"{unit_word('row')} {self.row}")
        if self.unit == "line":
            parts.append(f"{unit_word('line')} {self.record}")
        if named and self.uid:
            parts.append(_("uid {uid!r}", uid=self.uid))
        elif named and self.title:
            parts.append(_("title {title!r}", title=self.title))
        return f"{unit_word('record')} {self.ordinal} ({', '.join(parts)})"

    def __str__(self) -> str:
        where = f"{self.source}, {self.place()}"
        if self.field:
            where += _(", field {field!r}", field=self.field)
        return f"{where}: {self.reason}"


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
    # A spreadsheet's record (CSV, .xlsx): its number among the file's records, the row it is
    # on and its uid and title (shortened), which name it in its problems (`RecordProblem`).
    # `row` is None for JSON, whose problems name the field's line.
    ordinal: int = 0
    row: int | None = None
    label: tuple[str, str] = ("", "")
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
        if self.row is not None:
            uid, title = self.label
            return RecordProblem(
                self.source, self.number, name, problem.reason, self.unit,
                ordinal=self.ordinal, row=self.row, uid=uid, title=title,
            )  # fmt: skip
        line = self.number
        if at_field and self.text is not None and name:
            line = field_line(*self.text, name)
        if self.ordinal:  # a JSON file's meeting: which one, on the line of its field
            uid, title = self.label
            return RecordProblem(
                self.source, line, name, problem.reason, self.unit,
                ordinal=self.ordinal, uid=uid, title=title,
            )  # fmt: skip
        return Problem(self.source, line, name, problem.reason, self.unit)

    def numbered(self, ordinal: int) -> RawRecord:
        """This record as its file's `ordinal`th meeting (JSON, NDJSON): its problems name it
        by that number and its uid or title, on the line of the field."""
        self.ordinal = ordinal
        data = self.data or {}
        uid, title = data.get("uid"), data.get("title")
        self.label = (
            shortened(uid, SHOWN_UID) if isinstance(uid, str) else "",
            shortened(title, SHOWN_TITLE) if isinstance(title, str) else "",
        )
        return self

    def in_sheet(self, ordinal: int, row: int, uid: str, title: str) -> RawRecord:
        """This record as a spreadsheet's `ordinal`th, on `row`: its problem, if it has one,
        names it so (the readers call this once, as they yield it)."""
        self.ordinal, self.row = ordinal, row
        self.label = (shortened(uid, SHOWN_UID), shortened(title, SHOWN_TITLE))
        if self.problem is not None:
            self.problem = self.locate(self.problem, at_field=False)
        return self


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
