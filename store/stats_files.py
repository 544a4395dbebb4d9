"""The committee's figures as files (`minutebook stats -f csv|xlsx`): one CSV in long form for
programs, and a workbook of one sheet per table (`store.stats_tables`), named and headed in the
interface language, for the committee's spreadsheet."""

from __future__ import annotations

import csv
from typing import IO, Any

from store.exchange.csv_records import excel_cell
from store.i18n import _


def write_stats_csv(tables: list[Any], stream: IO[str]) -> int:
    """Every table in one CSV, long form: table, row, column, value (a pivot away from any)."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["table", "row", "column", "value"])
    for table in tables:
        for row in table.rows:
            for header, value in zip(table.headers[1:], row[1:], strict=True):
                writer.writerow([table.name, row[0], header, "" if value is None else value])
    return len(tables)


def write_stats_xlsx(tables: list[Any], stream: IO[bytes]) -> int:
    """One sheet per table, its header row bold and kept in view, numbers as numbers, each column
    as wide as its longest cell (up to WIDEST characters, longer text wrapped)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    names = sheet_names()
    wrapped = Alignment(wrap_text=True, vertical="top")
    for table in tables:
        sheet = book.create_sheet(names.get(table.name, table.name))
        sheet.freeze_panes = "A2"
        sheet.append([_cell(header) for header in table.headers])  # kinds head columns too
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_cell(value) for value in row])
        for position, column in enumerate(sheet.iter_cols(), start=1):
            longest = max(len(str(cell.value)) for cell in column if cell.value is not None)
            sheet.column_dimensions[get_column_letter(position)].width = min(longest, WIDEST) + 2
            if longest > WIDEST:
                for cell in column[1:]:
                    cell.alignment = wrapped
    book.save(stream)
    return len(tables)


# A column's most characters across (a decision's text, a meeting's title wraps past it).
WIDEST = 60


def sheet_names() -> dict[str, str]:
    """Each table's sheet name in the interface language: short (Excel keeps 31 characters), and
    without the characters a sheet's name cannot hold (`/` becomes `, `)."""
    names = {
        "totals": _("Totals"),
        "months": _("Months"),
        "quarters": _("Quarters"),
        "kinds": _("Kinds"),
        "bodies": _("Bodies"),
        "attendance": _("Attendance"),
        "decisions": _("Decisions"),
        "owners": _("Responsible"),
        "overdue": _("Overdue"),
        "documents": _("Documents"),
    }
    cleaned = {}
    for table, name in names.items():
        for forbidden in "[]:*?\\":
            name = name.replace(forbidden, " ")
        cleaned[table] = name.replace("/", ", ")[:31].strip()
    return cleaned


def _cell(value: Any) -> Any:
    """A value as its cell: numbers as numbers, text never run as a formula (user text is data:
    the one rule of every spreadsheet Minute Book writes, `excel_cell`)."""
    return excel_cell(value) if isinstance(value, str) else value
