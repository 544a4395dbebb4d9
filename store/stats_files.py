"""The committee's figures as files (`minutebook stats -f csv|xlsx`): one CSV in long form for
programs, and a workbook of one sheet per table (`store.stats_tables`), named and headed in the
interface language, for the committee's spreadsheet."""

from __future__ import annotations

import csv
from typing import IO, Any

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
    """One sheet per table, its headers in bold, numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    names = sheet_names()
    for table in tables:
        sheet = book.create_sheet(names.get(table.name, table.name))
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_cell(value) for value in row])
    book.save(stream)
    return len(tables)


def sheet_names() -> dict[str, str]:
    """Each table's sheet name in the interface language: short (Excel keeps 31 characters), and
    without the characters a sheet's name cannot hold (`/` becomes `, `)."""
    names = {
        "months": _("Months"),
        "quarters": _("Quarters"),
        "kinds": _("Kinds"),
        "bodies": _("Organising body"),
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
    # A text starting with = + - @ would be read as a formula: user text is data.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
