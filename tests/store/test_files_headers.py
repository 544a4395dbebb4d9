"""The headers of the files made for people: the CSV for Excel and the workbook, in English or
Vietnamese, each the first Vietnamese header docs/format.md lists for its column, and both read
back to the same records. The round-trip CSV keeps the column names whatever is asked.

Real writers into real files; the book is a real one on each backend.
"""

from __future__ import annotations

import functools
import io
import re
from pathlib import Path

import openpyxl
import pytest

import store
import store.db
import store.importer
import store.repo
from store.errors import StoreError
from store.exchange import xlsx_records
from store.exchange.csv_records import (
    COLUMNS,
    HEADERS,
    VIETNAMESE_HEADERS,
    header_names,
    read_header,
    write_csv_for_excel,
)
from store.exchange.registry import BINARY_FORMATS, writer
from tests.helpers import ROOT


def documented_vietnamese() -> dict[str, list[str]]:
    """Each column's Vietnamese headers as the table in docs/format.md lists them, in order."""
    docs = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    docs = docs[docs.index("### Headers") : docs.index("### Files as people have them")]
    listed = {}
    for column in COLUMNS:
        row = re.search(rf"^\| `{column}` \|([^|]*)\|", docs, re.MULTILINE)
        assert row, column
        listed[column] = re.findall(r"`([^`]+)`", row.group(1))
    return listed


def export(book: store.db.Store, fmt: str) -> bytes:
    binary = fmt in BINARY_FORMATS
    stream: io.BytesIO | io.StringIO = io.BytesIO() if binary else io.StringIO(newline="")
    with book.session() as session:
        writer(fmt)(store.repo.iter_records(session=session), stream)
    value = stream.getvalue()
    return value if isinstance(value, bytes) else value.encode("utf-8")


def test_vietnamese_headers_are_the_first_the_docs_list() -> None:
    listed = documented_vietnamese()
    assert header_names("vi") == [listed[column][0] for column in COLUMNS]
    assert {column: list(VIETNAMESE_HEADERS[column]) for column in COLUMNS} == listed
    assert header_names("en") == COLUMNS


def test_vietnamese_headers_are_distinct_and_read_back_as_their_columns() -> None:
    names = header_names("vi")
    assert len(set(names)) == len(names)
    header = read_header(names)
    assert not isinstance(header, str), header
    assert header.columns == COLUMNS
    assert all(name in HEADERS[column] for name, column in zip(names, COLUMNS, strict=True))


def test_an_unknown_header_language_is_refused() -> None:
    with pytest.raises(ValueError, match="'fr'"):
        header_names("fr")
    for fmt in ("xlsx:fr", "json:vi", "csv:vi", "xlsx:"):
        with pytest.raises(StoreError, match=re.escape(f"cannot write {fmt!r}; use one of")):
            writer(fmt)


def test_the_registry_names_the_headers_language() -> None:
    headed = writer("xlsx:vi")
    assert isinstance(headed, functools.partial)
    assert (headed.func, headed.keywords) == (xlsx_records.write_xlsx, {"headers": "vi"})
    assert {"xlsx", "xlsx:en", "xlsx:vi"} <= BINARY_FORMATS
    assert "csv-excel:vi" not in BINARY_FORMATS


def test_the_workbook_under_vietnamese_headers_is_bold_frozen_and_named(
    sample_book: store.db.Store, tmp_path: Path
) -> None:
    path = tmp_path / "so.xlsx"
    path.write_bytes(export(sample_book, "xlsx:vi"))
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert (book.sheetnames, sheet.freeze_panes) == (["Cuộc họp"], "A2")
    header = next(sheet.iter_rows(max_row=1))
    assert [cell.value for cell in header] == header_names("vi")
    assert header[0].value == "Mã" and header[6].value == "Tiêu đề"
    assert all(cell.font.bold for cell in header)
    english = openpyxl.load_workbook(io.BytesIO(export(sample_book, "xlsx:en")))
    assert english.sheetnames == ["Meetings"]
    assert [cell.value for cell in english.worksheets[0][1]] == COLUMNS
    # The people's names, titles and notes are the same; the codes are said in Vietnamese.
    rows = [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]
    codes = [list(row) for row in english.worksheets[0].iter_rows(min_row=2, values_only=True)]
    names = header_names("vi")
    assert [row[names.index("Tiêu đề")] for row in rows] == [row[6] for row in codes]
    assert [row[names.index("Ghi chú")] for row in rows] == [row[18] for row in codes]
    assert {row[names.index("Trạng thái")] for row in rows} == {"chính thức"}
    assert {row[COLUMNS.index("status")] for row in codes} == {"final"}


@pytest.mark.parametrize(("fmt", "suffix"), [("csv-excel:vi", "csv"), ("xlsx:vi", "xlsx")])
def test_a_vietnamese_headed_file_imports_back_to_the_same_records(
    sample_book: store.db.Store, tmp_path: Path, fmt: str, suffix: str
) -> None:
    path = tmp_path / f"so.{suffix}"
    path.write_bytes(export(sample_book, fmt))
    if suffix == "xlsx":
        first = openpyxl.load_workbook(path).worksheets[0]["A1"].value
    else:
        first = path.read_bytes().decode("utf-8-sig").split(";", 1)[0]
    assert first == "Mã"  # headed in Vietnamese, not by the column names
    fresh = store.db.open_store(str(tmp_path / "fresh.db"), create=True)
    assert store.importer.import_files([str(path)], store=fresh).inserted == 5
    assert export(fresh, "json") == export(sample_book, "json")
    fresh.close()


def test_the_csv_for_excel_headed_in_vietnamese_keeps_its_dialect(
    sample_book: store.db.Store,
) -> None:
    text = export(sample_book, "csv-excel:vi").decode("utf-8")
    assert text.startswith("\ufeffMã;Ngày;Ngày suy đoán;Buổi;")
    assert text.splitlines()[0].removeprefix("\ufeff").split(";") == header_names("vi")
    english = export(sample_book, "csv-excel").decode("utf-8")
    assert english.startswith("\ufeffuid;date;date_inferred;")
    assert export(sample_book, "csv-excel:en").decode("utf-8") == english
    # Past the header row, the Vietnamese file says the codes in Vietnamese words.
    assert ";chính thức;" in text and ";final;" not in text
    assert ";final;" in english and ";chính thức;" not in english
    stream = io.StringIO()
    assert write_csv_for_excel([], stream, headers="vi") == 0
    assert stream.getvalue() == "\ufeff" + ";".join(header_names("vi")) + "\r\n"


def test_the_round_trip_csv_keeps_the_column_names(sample_book: store.db.Store) -> None:
    text = export(sample_book, "csv").decode("utf-8")
    assert text.splitlines()[0] == ",".join(COLUMNS)


def test_a_cell_a_workbook_cannot_hold_is_named_by_its_header(tmp_path: Path) -> None:
    record = store.validate_record(
        {"title": "Họp", "date": "2024", "notes": "x" * 40_000}, source="t"
    )
    assert isinstance(record, store.MeetingRecord)
    with pytest.raises(StoreError, match="column 'Ghi chú'"):
        xlsx_records.write_xlsx([record], io.BytesIO(), headers="vi")
    with pytest.raises(StoreError, match="column 'notes'"):
        xlsx_records.write_xlsx([record], io.BytesIO())
