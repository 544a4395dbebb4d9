"""CSV: one meeting per row, multi-valued cells in the forms of `store.cells`.

The columns, their Vietnamese headers and the cell forms are documented in docs/format.md; the
header table (`HEADERS`) is shared with the .xlsx reader and writer. The round-trip CSV is headed
by the column names; the CSV for Excel (and the workbook) by English or Vietnamese ones
(`header_names`), a Vietnamese one's cells in Vietnamese words (`store.exchange.cell_words`),
which import back the same. An unknown column is an error (a
misspelt header would otherwise drop a whole column of data without a word); a row-number column
(STT, #, No.) is the one kind that is ignored. Problems are reported against the file's own
column names ("Thành phần[2]"), not the record's ("participants[5]").

Hostile files stop at a bound instead of filling memory: a header of more than `MAX_COLUMNS`
columns is refused before it is split, a physical line is read at most `MAX_LINE` characters at
a time and a cell may hold at most `MAX_CELL` characters. Decoding is the caller's (see
`store.exchange.decoding`); cells come out in NFC.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
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
from store.errors import Problem, StoreError
from store.exchange.cell_words import TIMESTAMP_COLUMNS, stamp_read, vietnamese_cells
from store.exchange.raw import RawRecord
from store.i18n import LANGUAGES, _, plural
from store.i18n import grouped as count
from store.record import MeetingRecord
from store.text import fold, nfc, one_slip

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
    "status", "approved_on", "approved_by", "created_at", "updated_at", "version",
]  # fmt: skip
_PLAIN = [c for c in COLUMNS if c not in {"organisers", "decisions", "documents", *ROLE_COLUMNS}]


# The Vietnamese headers a column may have, matched by `header_key` (case, marks, spaces and
# punctuation ignored, so `NGÀY`, `ngay` and `Ngày:` are one header). The first of each is the
# one the files made for people are written with under Vietnamese headers (`header_names`). The
# table is documented in docs/format.md; a test keeps the two in step.
VIETNAMESE_HEADERS: dict[str, tuple[str, ...]] = {
    "uid": ("Mã", "Mã cuộc họp"),
    "date": ("Ngày", "Ngày họp", "Ngày tháng", "Thời gian"),
    "date_inferred": ("Ngày suy đoán", "Ngày ước đoán"),
    "part_of_day": ("Buổi",),
    "start_time": ("Giờ bắt đầu", "Bắt đầu"),
    "end_time": ("Giờ kết thúc", "Kết thúc"),
    "title": ("Tiêu đề", "Tên cuộc họp", "Tên hội nghị", "Tên"),
    "kind": ("Loại", "Loại cuộc họp", "Hình thức"),
    "location": ("Địa điểm", "Nơi họp"),
    "organisers": ("Cơ quan tổ chức", "Đơn vị tổ chức", "Đơn vị", "Ban tổ chức"),
    "chairs": ("Chủ trì", "Người chủ trì", "Chủ tọa"),
    "attendees": (
        "Thành phần", "Thành phần tham dự", "Người dự", "Người tham dự", "Tham dự", "Đại biểu",
    ),
    "speakers": ("Phát biểu", "Người phát biểu"),
    "secretaries": ("Thư ký",),
    "representatives": ("Đại diện",),
    "absent": ("Vắng", "Vắng mặt"),
    "decisions": ("Kết luận", "Quyết định"),
    "documents": ("Văn bản", "Tài liệu", "Văn bản liên quan"),
    "notes": ("Ghi chú", "Nội dung", "Biên bản"),
    "source": ("Nguồn",),
    "status": ("Trạng thái", "Tình trạng"),
    "approved_on": ("Ngày thông qua",),
    "approved_by": ("Thông qua bởi", "Người thông qua"),
    "created_at": ("Ngày tạo", "Tạo lúc"),
    "updated_at": ("Ngày cập nhật", "Cập nhật lúc"),
    "version": ("Phiên bản",),
}  # fmt: skip
# Other English names a column is known by, besides its own.
_OTHER_ENGLISH: dict[str, tuple[str, ...]] = {
    "uid": ("id",),
    "location": ("place",),
    "organisers": ("organizers",),
}
# Every header a column may have besides its own name, English or Vietnamese (the reader's table).
HEADERS: dict[str, tuple[str, ...]] = {
    column: (*_OTHER_ENGLISH.get(column, ()), *VIETNAMESE_HEADERS[column]) for column in COLUMNS
}
# The languages the files made for people (`write_csv_for_excel`, the .xlsx writer) may be
# headed in: the interface's. The round-trip CSV is always headed by the column names.
HEADER_LANGUAGES = LANGUAGES
# A spreadsheet's row-number column: recognised and ignored.
ROW_NUMBER_HEADERS = ("STT", "Số TT", "Số thứ tự", "#", "No.")

MAX_COLUMNS = 200
MAX_CELL = 16 * 1024 * 1024  # characters in one cell (the csv module's field limit)
MAX_LINE = MAX_CELL + 64 * 1024  # characters of one physical line read at once
_MAX_HEADER_LINE = 64 * 1024
# Delimiters on one physical line with no quote in it: that many cells can only be a hostile row,
# refused before the csv module splits it into a list of cells.
_WIDE_LINE = 10_000
DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}


def header_key(name: str) -> str:
    """What a header is matched by: folded, letters, digits and `#` only."""
    return "".join(ch for ch in fold(name) if ch.isalnum() or ch == "#")


_BY_KEY = {header_key(name): column for column in COLUMNS for name in (column, *HEADERS[column])}
_NAMES = {header_key(name): name for column in COLUMNS for name in (column, *HEADERS[column])}
_ROW_NUMBER_KEYS = {header_key(name) for name in ROW_NUMBER_HEADERS}
_HEADERS_LIST = ", ".join("|".join((column, *HEADERS[column])) for column in COLUMNS)


def _accepted() -> str:
    """The headers a CSV may have, said after an unknown one (in the current language)."""
    return _(
        "accepted headers (English|Vietnamese): {headers}; a row-number column ({numbers}) "
        "is ignored",
        headers=_HEADERS_LIST,
        numbers=", ".join(ROW_NUMBER_HEADERS),
    )


def _near_header(name: str) -> str | None:
    """The one header `name` is a slip of the fingers from (`titel`: title), if exactly one
    that begins with the same letter: `Chữ ký` (a signature) is one letter from `Thư ký` (the
    secretary), and meant as neither."""
    key = header_key(name)
    near = {_NAMES[known] for known in _BY_KEY if known[:1] == key[:1] and one_slip(key, known)}
    return near.pop() if len(near) == 1 else None


def header_names(language: str) -> list[str]:
    """The header row of a file made for people, in `language` (one of `HEADER_LANGUAGES`):
    the column names in English, the first Vietnamese header of each column in Vietnamese. Both
    import back (`read_header` knows every header)."""
    if language not in HEADER_LANGUAGES:  # the CLI and `registry.writer` check what people give
        raise ValueError(f"unknown header language {language!r}; use {HEADER_LANGUAGES}")
    if language == "vi":
        return [VIETNAMESE_HEADERS[column][0] for column in COLUMNS]
    return list(COLUMNS)


@dataclass(frozen=True)
class Header:
    """A file's header row read against the columns: what each position of a row holds."""

    names: list[str]  # as written in the file
    columns: list[str | None]  # the column at each position; None: row numbers or no header
    blank: frozenset[int]  # positions with no header at all, whose cells must be empty
    written: dict[str, str]  # column -> the file's own header for it, where the two differ


def read_header(cells: Sequence[str]) -> Header | str:
    """The header row understood, or the one-line reason it cannot be."""
    names = [" ".join(nfc(cell).split()) for cell in cells]
    if len(names) > MAX_COLUMNS:
        return _(
            "the header has {width} columns; a meeting has at most {most}",
            width=len(names),
            most=len(COLUMNS),
        )
    columns: list[str | None] = []
    unknown: list[str] = []
    seen: dict[str, str] = {}
    for name in names:
        key = header_key(name)
        column = _BY_KEY.get(key)
        if column is None and key and key not in _ROW_NUMBER_KEYS:
            unknown.append(name)
        if column is not None and column in seen:
            said = {"first": seen[column], "second": name, "column": column}
            return _(
                "columns {first!r} and {second!r} are both {column!r}; keep one of them", **said
            )
        if column is not None:
            seen[column] = name
        columns.append(column)
    if unknown:
        listed = ", ".join(map(repr, unknown))
        near = [_near_header(name) for name in unknown]
        if all(near):  # each a slip of one letter (`titel`): the header meant, not all 26
            meant = ", ".join(map(repr, near))
            return plural(len(unknown), "unknown column {listed}: did you mean {meant}?",
                          "unknown columns {listed}: did you mean {meant}?",
                          listed=listed, meant=meant)  # fmt: skip
        said = {"listed": listed, "accepted": _accepted()}
        return plural(
            len(unknown),
            "unknown column {listed}; {accepted}",
            "unknown columns {listed}; {accepted}",
            **said,
        )
    blank = frozenset(i for i, name in enumerate(names) if not header_key(name))
    written = {
        column: name
        for name, column in zip(names, columns, strict=True)
        if column is not None and name != column
    }
    return Header(names, columns, blank, written)


def cells_to_raw(
    cells: dict[str, str], source: str, number: int, written: dict[str, str], unit: str = "line"
) -> RawRecord:
    """A row's cells by column (NFC, non-empty) as a record, problems named in the file's terms."""
    data: dict[str, Any] = {key: cells[key] for key in _PLAIN if key in cells}
    for column in TIMESTAMP_COLUMNS:  # a Vietnamese file's `20/03/2024 14:05:00 +07:00`
        if column in data:
            data[column] = stamp_read(data[column])
    names: dict[str, str] = {key: written[key] for key in _PLAIN if key in written}
    participants = []
    for column, role in ROLE_COLUMNS.items():
        shown = written.get(column, column)
        for i, entry in enumerate(split_cell(cells.get(column))):
            names[f"participants[{len(participants) + 1}]"] = f"{shown}[{i + 1}]"
            participants.append({**parse_person(entry), "role": role})
    data["participants"] = participants
    data["organisers"] = [parse_organiser(entry) for entry in split_cell(cells.get("organisers"))]
    decisions = [line for line in (cells.get("decisions") or "").splitlines() if line.strip()]
    data["decisions"] = [parse_decision(entry) for entry in decisions]
    data["documents"] = [parse_citation(entry) for entry in split_cell(cells.get("documents"))]
    for column in ("organisers", "decisions", "documents"):
        if column in written:
            for i in range(1, len(data[column]) + 1):
                names[f"{column}[{i}]"] = f"{written[column]}[{i}]"
    return RawRecord(source, number, data=data, field_names=names, unit=unit)


def row_to_raw(
    header: Header, values: Sequence[str], source: str, number: int, unit: str = "line"
) -> RawRecord:
    """One row of cells (the header's width) checked and read as a record."""
    cells: dict[str, str] = {}
    for position, (column, value) in enumerate(zip(header.columns, values, strict=True)):
        if not value or value.isspace():
            continue
        if position in header.blank:
            field = _("column {number}", number=position + 1)
            reason = _("has a value but no header; name the column or empty it")
            problem = Problem(source, number, field, reason, unit)
            return RawRecord(source, number, problem=problem, skippable=True)
        if column is None:
            continue
        if "\x00" in value:
            reason = _("contains a NUL character: a binary file, or text in another encoding?")
            field = header.names[position]
            problem = Problem(source, number, field, reason, unit)
            return RawRecord(source, number, problem=problem, skippable=True)
        if "\r" in value:  # Excel's CRLF inside a quoted cell: the book keeps plain newlines
            value = value.replace("\r\n", "\n")
        if value.startswith("'") and value[1:2] in ("=", "+", "-", "@"):
            value = value[1:]  # `excel_cell`'s mark, put there so a spreadsheet ran no formula
        cells[column] = nfc(value)
    return cells_to_raw(cells, source, number, header.written, unit)


def label_positions(header: Header) -> tuple[int | None, int | None]:
    """Where a row holds its uid and its title, which name it in problems."""
    columns = header.columns
    return (
        columns.index("uid") if "uid" in columns else None,
        columns.index("title") if "title" in columns else None,
    )


def sheet_record(
    raw: RawRecord,
    ordinal: int,
    row: int,
    values: Sequence[str],
    positions: tuple[int | None, int | None],
) -> RawRecord:
    """`raw` named as the file's `ordinal`th record, on spreadsheet row `row` (see
    `RawRecord.in_sheet`), with the uid and title of its cells."""
    uid, title = (
        values[at].strip() if at is not None and at < len(values) else "" for at in positions
    )
    return raw.in_sheet(ordinal, row, uid, title)


def check_delimiter(delimiter: str) -> str:
    """`--delimiter`: one character, or `tab`, `comma`, `semicolon`, `pipe`, `\\t`."""
    chosen = _DELIMITER_NAMES.get(delimiter.lower(), delimiter)
    if len(chosen) != 1 or chosen in '"\r\n' or chosen.isalnum() or chosen == " ":
        raise StoreError(
            _("--delimiter {delimiter!r} is not a separator; use one character such as ';' or "
              "',' or the word tab", delimiter=delimiter)
        )  # fmt: skip
    return chosen


def sniff_delimiter(header: str) -> str:
    """The header's separator: Excel in a Vietnamese locale writes `;`, other tools `,` or tab."""
    counts = {d: header.count(d) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: counts[d]) if any(counts.values()) else ","


class _Stop(Exception):
    """The rest of the file cannot be read: the line where that became clear, and why."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _lines(stream: TextIO, number: int, delimiter: str) -> Iterator[str]:
    """The physical lines after the header, each bounded before anything splits it."""
    while True:
        line = stream.readline(MAX_LINE)
        if not line:
            return
        if len(line) >= MAX_LINE and line[-1] not in "\r\n":
            reason = _(
                "is longer than {limit} characters without a line break", limit=count(MAX_LINE)
            )
            raise _Stop(number, reason)
        if '"' not in line and line.count(delimiter) > _WIDE_LINE:
            raise _Stop(number, _("has more than {limit} cells", limit=count(_WIDE_LINE)))
        number += 1
        yield line


def _header_problem(line: str, delimiter: str) -> str | None:
    """Why a header line is refused before the csv module reads it, if it is."""
    if line.count(delimiter) >= MAX_COLUMNS:
        columns, most = count(line.count(delimiter) + 1), len(COLUMNS)
        return _(
            "the header has {columns} or more columns; a meeting has at most {most}",
            columns=columns,
            most=most,
        )
    if "\x00" in line:
        return _(
            "the header contains NUL characters: the file looks like UTF-16 without a "
            "byte-order mark; use --encoding utf-16-le (or utf-16-be)"
        )
    if len(line) >= _MAX_HEADER_LINE and line[-1] not in "\r\n":
        limit = count(_MAX_HEADER_LINE)
        return _("the header is longer than {limit} characters; is this a CSV file?", limit=limit)
    return None


def read_csv(stream: TextIO, source: str, *, delimiter: str | None = None) -> Iterator[RawRecord]:
    """The meetings of a decoded CSV file; with no `delimiter`, the header's is sniffed."""
    csv.field_size_limit(MAX_CELL)
    header_line = stream.readline(_MAX_HEADER_LINE).lstrip("\ufeff")  # Excel writes a BOM
    if not header_line.strip():
        return
    delimiter = delimiter or sniff_delimiter(header_line)
    refused = _header_problem(header_line, delimiter)
    if refused is not None:
        yield RawRecord(source, 1, problem=Problem(source, 1, "", refused))
        return
    rows = csv.reader(
        itertools.chain([header_line], _lines(stream, 2, delimiter)), delimiter=delimiter
    )
    line = 1
    try:
        header = read_header(next(rows))
        if isinstance(header, str):
            yield RawRecord(source, 1, problem=Problem(source, 1, "", header))
            return
        line = rows.line_num
        positions = label_positions(header)
        ordinal = 0
        # The row a spreadsheet shows a record on: the header is row 1, and a blank line is a
        # row too; a record's line is later than its row when cells above ran over lines.
        for row, values in enumerate(rows, start=2):
            start, line = line + 1, rows.line_num
            if not any(v.strip() for v in values):
                continue
            ordinal += 1
            if len(values) > len(header.names) and not any(values[len(header.names) :]):
                values = values[: len(header.names)]  # trailing empty cells: a spreadsheet's habit
            if len(values) != len(header.names):
                cells, width = len(values), len(header.names)
                reason = _("has {cells} cells, the header has {width}", cells=cells, width=width)
                problem = Problem(source, start, "", reason)
                refused = RawRecord(source, start, problem=problem, skippable=True)
                yield sheet_record(refused, ordinal, row, values, positions)
                continue
            raw = row_to_raw(header, values, source, start)
            yield sheet_record(raw, ordinal, row, values, positions)
    except _Stop as stop:
        yield RawRecord(source, stop.line, problem=Problem(source, stop.line, "", stop.reason))
    except csv.Error as exc:
        start = line + 1
        reason = (
            _("a cell is longer than {limit} characters", limit=count(MAX_CELL))
            if "field limit" in str(exc)
            else _("not valid CSV: {error}", error=exc)
        )
        yield RawRecord(source, start, problem=Problem(source, start, "", reason))


def record_row(record: MeetingRecord, language: str = "en") -> dict[str, str]:
    """The record's cells: codes, or in `language`'s words for a file made for people
    (`store.exchange.cell_words`)."""
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
    return vietnamese_cells(record, row) if language == "vi" else row


def write_csv(records: Iterable[MeetingRecord], out: TextIO) -> int:
    """The round-trip CSV: UTF-8, commas, LF; every cell exactly as stored (for scripts and for
    importing back)."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(record_row(record))
        count += 1
    return count


# A cell a spreadsheet would run as a formula starts with one of these (or a tab or CR before
# one): `=cmd|' /C calc'!A0`, `=HYPERLINK(...)`, `+1+1`, `@SUM(...)`.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_BOM = "\ufeff"


def excel_cell(text: str) -> str:
    """`text` as a spreadsheet shows it without running it: a formula-looking cell starts with
    an apostrophe, which Excel and LibreOffice hide and read as "this is text"."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv_for_excel(
    records: Iterable[MeetingRecord], out: TextIO, *, headers: str = "en"
) -> int:
    """The CSV a spreadsheet opens as columns of Vietnamese text: a UTF-8 byte-order mark,
    semicolons (the list separator of Vietnamese regional settings) and CRLF, the header row and
    the cells' words in the language `headers` (`header_names`, `record_row`); cells that look
    like formulas are made text
    (`excel_cell`). It imports back: the importer reads the mark, the semicolons and either
    language's headers, and an apostrophe before =, +, -, @ is the one change to what was kept."""
    names = header_names(headers)
    out.write(EXCEL_BOM)
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writerow(dict(zip(COLUMNS, names, strict=True)))
    count = 0
    for record in records:
        cells = record_row(record, headers)
        writer.writerow({key: excel_cell(value) for key, value in cells.items()})
        count += 1
    return count
