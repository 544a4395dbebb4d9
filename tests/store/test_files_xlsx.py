"""Excel .xlsx in and out: the CSV's columns on one sheet, Excel's cell types, hostile workbooks.

Workbooks are made with openpyxl the way Excel users make them (typed dates, a row-number column,
Vietnamese headers); the book is a real SQLite file and the CLI the real one.
"""

from __future__ import annotations

import io
import json
import sys
import tracemalloc
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import store
import store.db
import store.db_check
import store.importer
import store.repo
from store.dates import PartialDate
from store.errors import Problem, StoreError
from store.exchange import xlsx_records
from store.exchange.csv_records import COLUMNS
from store.exchange.decoding import read_records
from store.exchange.raw import RawRecord, detect_format
from store.exchange.registry import writer
from tests.helpers import export_xlsx, two_sheet_workbook


def export(book: store.db.Store, fmt: str = "json") -> str:
    stream = io.StringIO()
    with book.session() as session:
        writer(fmt)(store.repo.iter_records(session=session), stream)
    return stream.getvalue()


def read(path: Path, **options: Any) -> list[RawRecord]:
    return list(read_records([str(path)], None, **options))


def problems(records: list[RawRecord]) -> list[tuple[int | None, str, str]]:
    return [(r.problem.record, r.problem.field, r.problem.reason) for r in records if r.problem]


def workbook(path: Path, rows: list[list[Any]], formats: dict[str, str] | None = None) -> Path:
    """A workbook as a person makes one: rows from A1, some cells with number formats."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for coordinate, number_format in (formats or {}).items():
        sheet[coordinate].number_format = number_format
    book.save(path)
    return path


def test_export_then_import_is_lossless(sample_book: store.db.Store, tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    assert export_xlsx(sample_book, path) == 5
    fresh = store.db.open_store(str(tmp_path / "fresh.db"), create=True)
    assert store.importer.import_files([str(path)], store=fresh).inserted == 5
    assert export(fresh) == export(sample_book)
    again = store.importer.import_files([str(path)], store=sample_book)
    assert (again.inserted, again.unchanged) == (0, 5)


def test_the_exported_sheet_is_the_csv_with_a_bold_frozen_header(
    sample_book: store.db.Store, tmp_path: Path
) -> None:
    path = tmp_path / "book.xlsx"
    export_xlsx(sample_book, path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert (book.sheetnames, sheet.freeze_panes) == (["Meetings"], "A2")
    header = next(sheet.iter_rows(max_row=1))
    assert [cell.value for cell in header] == COLUMNS
    assert all(cell.font.bold for cell in header)
    csv_rows = export(sample_book, "csv").splitlines()
    assert sheet.max_row == 6 and len(csv_rows) > 6  # notes hold line breaks in the CSV
    version = COLUMNS.index("version") + 1
    assert sheet.cell(row=2, column=version).value == 1


def test_text_that_looks_like_a_formula_stays_text(book: store.db.Store, tmp_path: Path) -> None:
    record = {"title": "=SUM(A1:A9)", "date": "2024", "notes": "=== Kết luận ==="}
    source = tmp_path / "f.json"
    source.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")
    store.importer.import_files([str(source)], store=book)
    path = tmp_path / "f.xlsx"
    export_xlsx(book, path)
    cell = openpyxl.load_workbook(path).worksheets[0].cell(row=2, column=7)
    assert (cell.value, cell.data_type) == ("=SUM(A1:A9)", "s")
    [raw] = read(path)
    assert raw.data is not None
    assert (raw.data["title"], raw.data["notes"]) == ("=SUM(A1:A9)", "=== Kết luận ===")


def test_text_longer_than_a_cell_stops_the_export_by_name(
    book: store.db.Store, tmp_path: Path
) -> None:
    expected = "40,000 characters, more than the 32,767 an Excel cell holds; export it as JSON"
    record = {"uid": "hop-1", "title": "Họp", "date": "2024", "notes": "x" * 40_000}
    source = tmp_path / "n.json"
    source.write_text(json.dumps([record]), encoding="utf-8")
    store.importer.import_files([str(source)], store=book)
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    temporary = list(ALL_TEMP_FILES)
    with pytest.raises(StoreError) as caught:
        export_xlsx(book, tmp_path / "n.xlsx")
    assert temporary == ALL_TEMP_FILES  # the half-written sheet's temporary file is gone
    assert str(caught.value).startswith("meeting 'hop-1', column 'notes': ")
    assert expected in str(caught.value)


def test_a_spreadsheet_made_by_hand_is_read(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "so.xlsx",
        [
            [],  # blank rows above the header are skipped
            ["STT", "NGÀY", "Tiêu đề", "Giờ bắt đầu", "Ngay suy doan", "Phiên bản", "Ghi chú"],
            [1, datetime(2024, 3, 15), "Hội nghị BCH", time(14, 0), True, 2.0, None],
            [2, datetime(2024, 5, 1), "Giao ban tháng 5", None, False, None, "Dòng 1\nDòng 2"],
            [None] * 7,
            [3, date(2023, 1, 1), "Tổng kết năm", None, None, None, 2024.5],
            [4, "15/3/2024", "Ngày gõ tay", "08:30", None, None, None],
        ],
        {"B4": "mm/yyyy", "B6": "yyyy", "B3": "dd/mm/yyyy"},
    )
    records = read(path)
    assert problems(records) == []
    assert [r.number for r in records] == [3, 4, 6, 7]
    assert {r.unit for r in records} == {"row"}
    data = [r.data for r in records]
    assert [(d["date"], d["title"]) for d in data if d] == [
        ("2024-03-15", "Hội nghị BCH"),
        ("2024-05", "Giao ban tháng 5"),
        ("2023", "Tổng kết năm"),
        ("15/3/2024", "Ngày gõ tay"),
    ]
    first, second, third, fourth = (d or {} for d in data)
    assert (first["start_time"], first["date_inferred"], first["version"]) == ("14:00", "true", "2")
    assert (second["date_inferred"], second["notes"]) == ("false", "Dòng 1\nDòng 2")
    assert third["notes"] == "2024.5"
    assert fourth["start_time"] == "08:30"


def test_problems_name_the_spreadsheet_row_and_header(book: store.db.Store, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "bad.xlsx",
        [
            ["Ngày", "Tiêu đề", "Thành phần"],
            ["2024-02-30", "Họp", ""],
            ["2024", "Họp 2", "Ngọ Duy Hiểu; | Phó Chủ tịch"],
        ],
    )
    with pytest.raises(store.InvalidRecord) as caught:
        store.importer.import_files([str(path)], store=book)
    first, second = caught.value.problems
    assert str(first).startswith(f"{path}, record 1 (row 2, title 'Họp'), field 'Ngày': ")
    assert (second.record, second.field, second.unit) == (3, "Thành phần[2].name", "row")
    assert store.db_check.check(book).counts["meeting"] == 0


def test_a_value_outside_the_header_is_named_by_its_column_letter(tmp_path: Path) -> None:
    path = workbook(tmp_path / "o.xlsx", [["Ngày", "Tiêu đề"], ["2024", "Họp", None, "lạc"]])
    assert problems(read(path)) == [
        (2, "column D", "has a value but no header; name the column or empty it")
    ]


def test_unknown_headers_and_too_many_columns_are_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "u.xlsx", [["Ngày", "Tiêu đề", "Chữ ký"], ["2024", "A", "B"]])
    [(row, _, reason)] = problems(read(path))
    assert row == 1 and reason.startswith("unknown column 'Chữ ký'; accepted headers")
    path = workbook(tmp_path / "w.xlsx", [[f"c{i}" for i in range(300)], ["x"] * 300])
    [(row, _, reason)] = problems(read(path))
    assert (row, reason) == (1, "the header has 300 columns; a meeting has at most 26")


def test_other_sheets_are_named_in_a_warning(tmp_path: Path) -> None:
    path = two_sheet_workbook(tmp_path / "two.xlsx")
    warnings: list[Problem] = []
    records = list(read_records([str(path)], None, warnings=warnings, encoding="cp1258"))
    assert [r.data["title"] for r in records if r.data] == ["Họp"]
    assert [w.reason for w in warnings] == [
        "--encoding does not apply to .xlsx files; ignored",
        "only the first sheet 'Năm 2024' was read; not 'Ghi chép'",
    ]


def test_files_that_are_not_workbooks_are_one_line(tmp_path: Path) -> None:
    text = tmp_path / "csv-renamed.xlsx"
    text.write_text("title,date\nA,2024\n", encoding="utf-8")
    [(_, _, reason)] = problems(read(text))
    assert reason.startswith("not an .xlsx workbook (not a zip archive")
    other_zip = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("a.txt", "hello")
    [(_, _, reason)] = problems(read(other_zip))
    assert reason == "not an .xlsx workbook (a zip archive, but not a spreadsheet)"
    for name in ("old.xls", "calc.ods"):
        with pytest.raises(StoreError, match=r"cannot be read; save it as \.xlsx or CSV"):
            detect_format(name, None)
    assert detect_format("book.XLSX", None) == "xlsx"


def test_a_huge_text_table_is_refused_before_it_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Excel keeps a workbook's text in one shared-strings table, which openpyxl loads whole even
    # in read-only mode; a table past the limit is refused from the zip's directory alone.
    made = workbook(tmp_path / "made.xlsx", [["Ngày", "Tiêu đề"], ["2024", "Họp"]])
    path = tmp_path / "excel.xlsx"
    strings = "".join(f"<si><t>Giao ban tuần {n}</t></si>" for n in range(2_000))
    table = (
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{strings}</sst>'
    )
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("xl/sharedStrings.xml", table)
    assert [r.data["title"] for r in read(path) if r.data] == ["Họp"]
    monkeypatch.setattr(xlsx_records, "MAX_SHARED_STRINGS", 4 * 2**20)
    assert len(table) < 4 * 2**20
    monkeypatch.setattr(xlsx_records, "MAX_SHARED_STRINGS", 2**15)
    [(_, _, reason)] = problems(read(path))
    assert reason.startswith("its text table is 0 MB, more than the 0 MB this reader holds")
    assert reason.endswith("save it as CSV")


def big_sheet(path: Path, rows: int) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Meetings")
    sheet.append(["STT", "Ngày", "Tiêu đề", "Ghi chú"])
    notes = "Nội dung cuộc họp, ý kiến các đại biểu và kết luận của chủ trì. " * 20
    for n in range(1, rows + 1):
        sheet.append([n, date(2024, n % 12 + 1, n % 28 + 1), f"Họp {n}", notes])
    book.save(path)
    return path


def peak_memory_reading(path: Path) -> tuple[int, int]:
    """(records read, peak bytes allocated while reading them one by one)."""
    seen = 0
    tracemalloc.start()
    try:
        for raw in read_records([str(path)], None):
            assert raw.problem is None
            seen += 1
        return seen, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_big_sheet_is_streamed(tmp_path: Path) -> None:
    small = peak_memory_reading(big_sheet(tmp_path / "small.xlsx", 100))
    big = peak_memory_reading(big_sheet(tmp_path / "big.xlsx", 600))
    assert (small[0], big[0]) == (100, 600)
    # Six times the rows (800 KB of text more) and about the same memory: rows are not kept.
    assert big[1] < small[1] * 1.5


def test_a_damaged_sheet_stops_with_one_line_after_the_rows_before_it(tmp_path: Path) -> None:
    rows: list[list[Any]] = [["Ngày", "Tiêu đề"], *(["2024", f"Họp {n}"] for n in range(50))]
    made = workbook(tmp_path / "made.xlsx", rows)
    path = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: data.index(b'<row r="30"') + 40]  # cut off mid-row
            target.writestr(item, data)
    records = read(path)
    assert [r.number for r in records[:-1]] == list(range(2, 30))
    [(line, field, reason)] = problems(records)
    assert (line, field) == (None, "")
    assert reason.startswith("the sheet is damaged and cannot be read (ParseError: ")


def test_a_sheet_declaring_the_whole_grid_reads_only_its_rows(tmp_path: Path) -> None:
    path = workbook(tmp_path / "grid.xlsx", [["Ngày", "Tiêu đề"], ["2024", "Họp"]])
    patched = tmp_path / "patched.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:B2"/>' in data
                data = data.replace(b'ref="A1:B2"', b'ref="A1:XFD1048576"')
            target.writestr(item, data)
    records = read(patched)
    assert [r.data["title"] for r in records if r.data] == ["Họp"]


def test_stdin_xlsx_is_read(
    sample_book: store.db.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "book.xlsx"
    export_xlsx(sample_book, path)
    stdin = io.TextIOWrapper(io.BufferedReader(Pipe(path.read_bytes())), encoding="utf-8")
    assert not stdin.buffer.seekable()
    monkeypatch.setattr(sys, "stdin", stdin)
    records = list(read_records(["-"], "xlsx"))
    assert len(records) == 5 and {r.source for r in records} == {"<stdin>"}


class Pipe(io.RawIOBase):
    """Bytes that can only be read forward, as from `cat book.xlsx | minutebook import -`."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._data.readinto(buffer)


def test_cli_imports_a_workbook(cli: Any, db: str, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "so.xlsx",
        [
            ["STT", "Ngày", "Tiêu đề", "Chủ trì"],
            [1, datetime(2024, 3, 15), "Họp BCH", "Kha Văn Tám"],
        ],
        {"B2": "dd/mm/yyyy"},
    )
    result = cli("import", str(path))
    assert result.exit_code == 0, result.stderr
    assert "1 new" in result.stdout
    book = store.db.open_store(db)
    try:
        with book.session() as session:
            record = store.repo.get_record(1, session=session)
    finally:
        book.close()
    assert (record.date, record.title) == (PartialDate(2024, 3, 15), "Họp BCH")
    assert record.participants[0].name == "Kha Văn Tám"


def test_a_control_character_a_workbook_cannot_carry_is_one_line() -> None:
    record = store.validate_record({"title": "Họp \x1b[2J", "date": "2024-03-15"}, source="t")
    assert isinstance(record, store.MeetingRecord)  # ESC is kept, shown literally
    with pytest.raises(StoreError, match=r"column 'title': holds the control character '\\x1b'"):
        xlsx_records.write_xlsx([record], io.BytesIO())
