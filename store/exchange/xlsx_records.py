"""Excel .xlsx: one sheet of meetings with the CSV's columns, read and written as a stream.

Reading takes the workbook's first worksheet: its first non-empty row is the header, named as a
CSV's is (`store.exchange.csv_records.HEADERS`: English or Vietnamese), and every later row is one
meeting, numbered as the spreadsheet numbers it. Excel's own cell types come back as the text a
CSV would hold: a date cell is an ISO date to the precision its number format shows (`mm/yyyy`
→ `2024-03`), a time cell `HH:MM`, a whole number has no `.0`, TRUE/FALSE are `true`/`false`.
Writing heads the columns in English or Vietnamese (`header_names`), and a Vietnamese sheet's
cells say the Vietnamese words and day-first dates (`store.exchange.cell_words`); both read back.

openpyxl reads in read-only mode (rows are parsed from the zip as they are asked for) and writes
in write-only mode (rows go to a temporary file), so neither holds a big sheet in memory; the
one table openpyxl loads whole, the shared strings, is refused past `MAX_SHARED_STRINGS`.
openpyxl is imported inside the functions, so commands that never touch .xlsx do not load it.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import warnings as python_warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

from store.errors import Problem, StoreError
from store.exchange.csv_records import (
    COLUMNS,
    Header,
    header_names,
    label_positions,
    read_header,
    record_row,
    row_to_raw,
    sheet_record,
)
from store.exchange.raw import RawRecord
from store.i18n import _
from store.i18n import grouped as count
from store.record import MeetingRecord

MAX_SHARED_STRINGS = 256 * 1024 * 1024  # bytes of xl/sharedStrings.xml, uncompressed
EXCEL_CELL_LIMIT = 32_767  # characters Excel shows in one cell; longer text is cut on opening
# The sheet's name, in the language of its headers.
SHEET_TITLES = {"en": "Meetings", "vi": "Cuộc họp"}
_WIDTHS = {"title": 60, "notes": 80, "decisions": 60, "documents": 40, "organisers": 40}
_PEOPLE_WIDTH = 40
_TIME_COLUMNS = {"start_time", "end_time"}
_TIMESTAMP_COLUMNS = {"created_at", "updated_at"}
# Parts of an Excel number format that are not date codes: "quoted text", [colour/locale],
# \escaped and _padding / *fill characters.
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


def _date_text(day: date, number_format: str | None) -> str:
    """An Excel date as the record's date, to the precision the cell shows."""
    codes = _FORMAT_LITERALS.sub("", (number_format or "").lower())
    if "d" not in codes and "m" in codes:
        return f"{day.year:04d}-{day.month:02d}"
    if "d" not in codes and "m" not in codes and "y" in codes:
        return f"{day.year:04d}"
    return day.isoformat()


def _cell_text(cell: Any, column: str | None) -> str:
    """A cell's value as the text a CSV cell of `column` would hold."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if column in _TIME_COLUMNS:
            return value.strftime("%H:%M")
        if column in _TIMESTAMP_COLUMNS:
            return value.strftime("%Y-%m-%dT%H:%M:%SZ")
        return _date_text(value.date(), cell.number_format)
    if isinstance(value, date):
        return _date_text(value, cell.number_format)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _archive_problem(target: IO[bytes]) -> str | None:
    """Why the file cannot be an .xlsx workbook worth opening, if it cannot."""
    if not zipfile.is_zipfile(target):
        return (
            "not an .xlsx workbook (not a zip archive: an old .xls renamed, or a "
            "password-protected workbook?); save it as .xlsx or CSV"
        )
    target.seek(0)
    try:
        with zipfile.ZipFile(target) as archive:
            sizes = {info.filename.lower(): info.file_size for info in archive.infolist()}
    except (zipfile.BadZipFile, OSError) as exc:
        return _("not a readable .xlsx workbook ({error})", error=exc)
    finally:
        target.seek(0)
    if "[content_types].xml" not in sizes:
        return _("not an .xlsx workbook (a zip archive, but not a spreadsheet)")
    strings = sizes.get("xl/sharedstrings.xml", 0)
    if strings > MAX_SHARED_STRINGS:
        return _(
            "its text table is {size} MB, more than the {limit} MB this reader holds in memory; "
            "save it as CSV",
            size=strings // 2**20,
            limit=MAX_SHARED_STRINGS // 2**20,
        )
    return None


def _beyond_header(cells: Sequence[Any], width: int) -> int | None:
    """The first position past the header's width that holds a value, if any."""
    for position in range(width, len(cells)):
        if cells[position].value not in (None, ""):
            return position
    return None


def _read_sheet(sheet: Any, source: str) -> Iterator[RawRecord]:
    from openpyxl.utils import get_column_letter

    sheet.reset_dimensions()  # a sheet's declared size may be wrong: read the rows it has
    header: Header | None = None
    positions: tuple[int | None, int | None] = (None, None)
    ordinal = 0
    for number, cells in enumerate(sheet.iter_rows(min_row=1, min_col=1), start=1):
        if header is None:
            names = [_cell_text(cell, None) for cell in cells]
            while names and not names[-1].strip():
                names.pop()
            if not names:
                continue  # blank rows above the header
            read = read_header(names)
            if isinstance(read, str):
                yield RawRecord(source, number, problem=Problem(source, number, "", read, "row"))
                return
            header = read
            positions = label_positions(header)
            continue
        width = len(header.names)
        columns = zip(cells, header.columns, strict=False)  # a row may stop short of the header
        values = [_cell_text(cell, column) for cell, column in columns]
        values.extend([""] * (width - len(values)))
        stray = _beyond_header(cells, width)
        if stray is not None:
            ordinal += 1
            field = _("column {number}", number=get_column_letter(stray + 1))
            reason = _("has a value but no header; name the column or empty it")
            problem = Problem(source, number, field, reason, "row")
            refused = RawRecord(source, number, problem=problem, skippable=True, unit="row")
            yield sheet_record(refused, ordinal, number, values, positions)
        elif any(value.strip() for value in values):
            ordinal += 1
            raw = row_to_raw(header, values, source, number, unit="row")
            yield sheet_record(raw, ordinal, number, values, positions)


def read_xlsx(
    path_or_binary: str | Path | IO[bytes] | TextIO,
    source: str,
    *,
    warnings: list[Problem] | None = None,
) -> Iterator[RawRecord]:
    """The meetings of a workbook's first sheet: from a path, a binary stream (a pipe is copied
    to a temporary file first), or a text stream opened on the file (its bytes are read)."""
    with ExitStack() as stack:
        if isinstance(path_or_binary, str | Path):
            target: IO[bytes] = stack.enter_context(Path(path_or_binary).open("rb"))
        elif isinstance(path_or_binary, io.TextIOBase):
            target = path_or_binary.buffer  # type: ignore[attr-defined]
        else:
            target = path_or_binary
        if not target.seekable():  # a pipe: a zip is read from its end, so copy it to disk
            copy = stack.enter_context(tempfile.TemporaryFile())
            shutil.copyfileobj(target, copy, 1 << 20)
            copy.seek(0)
            target = copy
        refused = _archive_problem(target)
        if refused is not None:
            yield RawRecord(source, 0, problem=Problem(source, None, "", refused))
            return
        from openpyxl import load_workbook

        try:
            with python_warnings.catch_warnings():
                # openpyxl warns about styles and extensions it skips; none of that is the data.
                python_warnings.simplefilter("ignore")
                book = load_workbook(target, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
            reason = _(
                "not a readable .xlsx workbook ({error})", error=f"{type(exc).__name__}: {exc}"
            )
            yield RawRecord(source, 0, problem=Problem(source, None, "", reason))
            return
        stack.callback(book.close)
        sheets = book.worksheets
        if not sheets:
            yield RawRecord(source, 0, problem=Problem(source, None, "", _("has no worksheet")))
            return
        if len(sheets) > 1 and warnings is not None:
            others = ", ".join(repr(sheet.title) for sheet in sheets[1:])
            said = {"first": sheets[0].title, "others": others}
            reason = _("only the first sheet {first!r} was read; not {others}", **said)
            warnings.append(Problem(source, None, "", reason))
        try:
            yield from _read_sheet(sheets[0], source)
        except (SyntaxError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            # A damaged sheet (XML or compression) is found only when its rows are parsed.
            error = f"{type(exc).__name__}: {exc}"
            reason = _("the sheet is damaged and cannot be read ({error})", error=error)
            yield RawRecord(source, 0, problem=Problem(source, None, "", reason))


_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell(sheet: Any, record: MeetingRecord, column: str, shown: str, value: str) -> Any:
    """What goes into the sheet for one CSV cell's text; `shown` is its column's header."""
    from openpyxl.cell import WriteOnlyCell

    # Validation refuses most control characters but keeps ESC (shown literally everywhere);
    # XML, and so a workbook, cannot carry it or the others: one line, not openpyxl's traceback.
    found = _NOT_IN_XML.search(value)
    if found:
        raise StoreError(
            _(
                "meeting {meeting!r}, column {column!r}: holds the control character {char!r} "
                "that a workbook cannot carry; export it as JSON or CSV",
                meeting=record.uid or record.title,
                column=shown,
                char=found.group(),
            )
        )
    if len(value) > EXCEL_CELL_LIMIT:
        raise StoreError(
            _(
                "meeting {meeting!r}, column {column!r}: {size} characters, more than the "
                "{limit} an Excel cell holds; export it as JSON or CSV",
                meeting=record.uid or record.title,
                column=shown,
                size=count(len(value)),
                limit=count(EXCEL_CELL_LIMIT),
            )
        )
    if column == "version" and value.isdigit():
        return int(value)
    if value.startswith("="):
        # Text, not a formula: a title such as "=== Họp ===" must never be evaluated.
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value or None


def write_xlsx(records: Iterable[MeetingRecord], out: BinaryIO, *, headers: str = "en") -> int:
    """Write the meetings as one sheet with the CSV's columns, headed in the language `headers`
    (`csv_records.header_names`) and its cells in that language's words (`record_row`); return
    how many were written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    names = header_names(headers)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_TITLES[headers])
    sheet.freeze_panes = "A2"
    for position, column in enumerate(COLUMNS, start=1):
        width = _PEOPLE_WIDTH if column in {"chairs", "attendees", "speakers"} else 14
        sheet.column_dimensions[get_column_letter(position)].width = _WIDTHS.get(column, width)
    bold = Font(bold=True)
    header = []
    for name in names:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    try:
        for record in records:
            cells = record_row(record, headers)
            row = zip(COLUMNS, names, strict=True)
            sheet.append(
                [_cell(sheet, record, column, name, cells[column]) for column, name in row]
            )
            count += 1
    except BaseException:
        # Finish the half-written sheet and delete its temporary file now: left to the garbage
        # collector, openpyxl's XML writer complains on stderr and the file stays until exit.
        sheet.close()
        sheet._writer.cleanup()
        raise
    book.save(out)
    return count
