"""Which module reads and which writes each format: `reader(fmt)` for imports, `writer(fmt)` for
exports (the record formats and the documents for people).

The files made for people to open in a spreadsheet, `csv-excel` and `xlsx`, may name the language
of their header row after a colon (`xlsx:vi`, `csv-excel:en`); without one it is English. The
language rides in the format's name because `Book.write(records, fmt, stream)` is the one way a
face writes records.

Each format's module is imported only when asked for, so a command that writes JSON never loads
python-docx, icalendar or openpyxl.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from store.errors import StoreError
from store.exchange.raw import RawRecord
from store.i18n import LANGUAGES as HEADER_LANGUAGES
from store.i18n import _


def reader(fmt: str) -> Callable[[TextIO, str], Iterator[RawRecord]]:
    """The reader of a format. The xlsx reader takes a text stream too, reading its bytes."""
    from store.exchange import csv_records, json_records, xlsx_records

    return {
        "json": json_records.read_json,
        "ndjson": json_records.read_ndjson,
        "csv": csv_records.read_csv,
        "xlsx": xlsx_records.read_xlsx,
    }[fmt]


# What export can write: the record formats, and documents for people (md, ics, docx, xlsx).
WRITE_FORMATS = ("json", "ndjson", "csv", "md", "ics", "docx", "xlsx")
# The formats whose header row may be in another language (`xlsx:vi`).
_HEADED = ("csv-excel", "xlsx")
# These write bytes to a binary stream (a file opened "wb"); the others text to a text stream.
# The workbook's headed names are here too, so that `fmt in BINARY_FORMATS` holds for each.
BINARY_FORMATS = frozenset({"docx", "xlsx", *(f"xlsx:{language}" for language in HEADER_LANGUAGES)})


def writer(fmt: str) -> Callable[[Iterable[Any], Any], int]:
    """The writer of `fmt`: (records, stream) -> how many meetings it wrote.

    Each format's module is imported only when asked for, so a command that writes JSON never
    loads python-docx, icalendar or openpyxl. `csv-excel` and `xlsx` take their headers'
    language after a colon (`xlsx:vi`).
    """
    base, colon, headers = fmt.partition(":")
    if colon:
        if base not in _HEADED or headers not in HEADER_LANGUAGES:
            formats = ", ".join(
                f"{one}:{language}" for one in _HEADED for language in HEADER_LANGUAGES
            )
            said = _("cannot write {fmt!r}; use one of {formats}", fmt=fmt, formats=formats)
            raise StoreError(said)
        return functools.partial(writer(base), headers=headers)
    if fmt == "md":
        from store.documents.markdown import write_markdown

        return write_markdown
    if fmt == "ics":
        from store.documents.calendar import write_ics

        return write_ics
    if fmt == "docx":
        from store.documents.docx_minutes import write_docx

        return write_docx
    if fmt == "xlsx":
        from store.exchange.xlsx_records import write_xlsx

        return write_xlsx
    from store.exchange import csv_records, json_records

    writers: dict[str, Callable[[Iterable[Any], TextIO], int]] = {
        "json": json_records.write_json,
        "ndjson": json_records.write_ndjson,
        "csv": csv_records.write_csv,
        "csv-excel": csv_records.write_csv_for_excel,
    }
    if fmt not in writers:
        formats = ", ".join(WRITE_FORMATS)
        raise StoreError(_("cannot write {fmt!r}; use one of {formats}", fmt=fmt, formats=formats))
    return writers[fmt]
