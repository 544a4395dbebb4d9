"""CSV as spreadsheets write it: separators, Vietnamese headers, quoted newlines, hostile files.

Includes the issue's done-when scenario: a 3,000-row Excel export (UTF-8 BOM, semicolons,
Vietnamese headers, multi-line notes) with two bad rows is refused whole, naming both rows by
file, line, column and reason, through the store and through the real CLI.
"""

from __future__ import annotations

import re
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

import store
import store.db
import store.db_check
import store.importer
import store.repo
from store.dates import PartialDate
from store.errors import StoreError
from store.exchange.csv_records import (
    COLUMNS,
    HEADERS,
    MAX_CELL,
    ROW_NUMBER_HEADERS,
    check_delimiter,
    read_header,
)
from store.exchange.decoding import read_records
from store.exchange.raw import RawRecord
from store.text import fold
from tests.helpers import BAD_ROWS, excel_export, write_rows

ROOT = Path(__file__).resolve().parents[2]


def read(path: str | Path, **options: Any) -> list[RawRecord]:
    return list(read_records([str(path)], None, **options))


def problems(records: list[RawRecord]) -> list[tuple[int | None, str, str]]:
    return [(r.problem.record, r.problem.field, r.problem.reason) for r in records if r.problem]


def count(book: store.db.Store) -> int:
    return store.db_check.check(book).counts["meeting"]


# The done-when scenario ---------------------------------------------------------------------------


def test_done_when_two_bad_rows_in_3000_are_named_and_nothing_is_written(
    book: store.db.Store, tmp_path: Path, cli: Any, db: str
) -> None:
    path, starts = excel_export(tmp_path / "so-bien-ban.csv", BAD_ROWS)
    assert starts[2_801] > 2_802 + 1_000  # multi-line notes: rows and lines really differ

    records = read(path)
    assert len(records) == 3_000
    assert [r.number for r in records] == [starts[n] for n in range(1, 3_001)]

    with pytest.raises(store.InvalidRecord) as caught:
        store.importer.import_files([path], store=book)
    assert caught.value.total == 2
    first, second = caught.value.problems
    assert (first.source, first.record, first.field) == (path, starts[17], "Ngày")
    assert "February 2023 has 28 days" in first.reason
    assert (second.source, second.record, second.field) == (
        path,
        starts[2_801],
        "Thành phần[2].name",
    )
    where = f"record 17 (row 18, line {starts[17]}, title 'Giao ban tuần 17 của Ban Thường vụ')"
    assert str(first).startswith(f"{path}, {where}, field 'Ngày': ")
    assert count(book) == 0

    result = cli("import", path)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == one_line(str(first)) and lines[1] == one_line(str(second))
    assert re.fullmatch(r"minutebook: 2 problems.*nothing was written", lines[-1])
    assert "Traceback" not in result.stderr + result.stdout
    assert count(store.db.open_store(db)) == 0


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_the_same_export_without_the_bad_rows_validates_whole(tmp_path: Path) -> None:
    from store.record import validate_record

    path, _ = excel_export(tmp_path / "ok.csv", {})
    records = read(path)
    checked = [validate_record(r.data, source=r.source, record=r.number) for r in records]
    assert [c for c in checked if isinstance(c, list)] == []
    third = checked[2]
    assert not isinstance(third, list) and third.notes is None
    second = checked[1]
    assert not isinstance(second, list)
    assert second.notes == "Biên bản số 2.\nÝ kiến các đại biểu.\nBế mạc lúc 11 giờ."
    assert [p.name for p in second.participants] == ["Kha Văn Tám", "Trần Thị Hương", "Lê Văn 2"]
    assert [o.name for o in second.organisers] == ["Liên đoàn Lao động tỉnh Nghệ An"]
    assert (second.decisions[0].kind, second.decisions[0].responsible) == (
        "conclusion",
        "Ban Tổ chức",
    )


# Separators ---------------------------------------------------------------------------------------

ROWS = [
    ["Tiêu đề", "Ngày", "Thành phần"],
    ["Hội nghị, mở rộng", "15/03/2024", "Ngọ Duy Hiểu; Kha Văn Tám"],
    ["Giao ban", "2024", ""],
]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_the_separator_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    records = read(write_rows(tmp_path / "book.csv", ROWS, delimiter))
    assert problems(records) == []
    first = records[0].data
    assert first is not None
    assert (first["title"], first["date"]) == ("Hội nghị, mở rộng", "15/03/2024")
    assert [p["name"] for p in first["participants"]] == ["Ngọ Duy Hiểu", "Kha Văn Tám"]


def test_a_tsv_file_is_csv_with_tabs(tmp_path: Path) -> None:
    records = read(write_rows(tmp_path / "book.tsv", ROWS, "\t"))
    assert [r.data["title"] for r in records if r.data] == ["Hội nghị, mở rộng", "Giao ban"]


def test_delimiter_overrides_the_sniffing(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "pipes.csv", ROWS, "|")
    assert "unknown column 'Tiêu đề|Ngày|Thành phần'" in problems(read(path))[0][2]
    for given in ("|", "pipe"):
        assert [r.data["date"] for r in read(path, delimiter=given) if r.data] == [
            "15/03/2024",
            "2024",
        ]
    tabs = write_rows(tmp_path / "tabs.csv", ROWS, "\t")
    assert len(read(tabs, delimiter="tab")) == 2 and len(read(tabs, delimiter="\\t")) == 2


@pytest.mark.parametrize("given", ["ab", '"', "", "x", "\n"])
def test_a_delimiter_that_cannot_be_one_is_refused(tmp_path: Path, given: str) -> None:
    with pytest.raises(StoreError, match="is not a separator; use one character"):
        check_delimiter(given)
    path = write_rows(tmp_path / "book.csv", ROWS)
    with pytest.raises(StoreError, match="--delimiter"):
        read(path, delimiter=given)


# Cells and rows -----------------------------------------------------------------------------------


def test_rows_are_numbered_by_the_line_they_start_on(tmp_path: Path) -> None:
    text = (
        "title,date,notes\r\n"
        '"Họp, lần 1",2024,"Dòng một\r\nDòng hai\r\nDòng ba"\r\n'
        "Họp 2,2024,\r\n"
        "\r\n"
        ",,\r\n"
        'Họp 3,2024,"A\nB"\r\n'
    )
    path = tmp_path / "lines.csv"
    path.write_bytes(text.encode("utf-8"))
    records = read(path)
    assert [r.number for r in records] == [2, 5, 8]
    assert [r.data["notes"] for r in records if r.data and "notes" in r.data] == [
        "Dòng một\nDòng hai\nDòng ba",
        "A\nB",
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("15/03/2024", PartialDate(2024, 3, 15)),
        ("15/3/2024", PartialDate(2024, 3, 15)),
        ("2024-03-15", PartialDate(2024, 3, 15)),
        ("03/2024", PartialDate(2024, 3)),
        ("2024", PartialDate(2024)),
    ],
)
def test_dates_as_people_write_them(
    book: store.db.Store, tmp_path: Path, written: str, expected: PartialDate
) -> None:
    path = write_rows(tmp_path / "d.csv", [["Ngày", "Tiêu đề"], [written, "Họp"]], ";", bom=True)
    assert store.importer.import_files([path], store=book).inserted == 1
    with book.session() as session:
        assert store.repo.get_record(1, session=session).date == expected


def test_trailing_empty_cells_are_ignored_but_extra_values_are_not(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("title;date\nA;2024;;;\nB;2024;x\n", encoding="utf-8")
    records = read(path)
    assert records[0].data is not None and records[0].data["title"] == "A"
    assert problems(records) == [(3, "", "has 3 cells, the header has 2")]


# Headers ------------------------------------------------------------------------------------------


def test_every_documented_header_names_its_column() -> None:
    for column in COLUMNS:
        for name in (column, *HEADERS[column]):
            for spelling in (name, name.upper(), f" {name}: ", fold(name)):
                header = read_header([spelling])
                assert not isinstance(header, str), (spelling, header)
                assert header.columns == [column], spelling
    start = read_header(["Start time", "START-TIME"])
    assert isinstance(start, str) and "are both 'start_time'" in start


def test_the_header_table_in_the_docs_is_the_code_s() -> None:
    docs = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    docs = docs[docs.index("### Headers") : docs.index("### Files as people have them")]
    for column in COLUMNS:
        row = re.search(rf"^\| `{column}` \|(.*)$", docs, re.MULTILINE)
        assert row, column
        documented = set(re.findall(r"`([^`]+)`", row.group(1)))
        assert documented == set(HEADERS[column]), column
    for name in ROW_NUMBER_HEADERS:
        assert f"`{name}`" in docs


@pytest.mark.parametrize("row_number", ROW_NUMBER_HEADERS)
def test_a_row_number_column_is_ignored(tmp_path: Path, row_number: str) -> None:
    path = write_rows(tmp_path / "n.csv", [[row_number, "Ngày", "Tiêu đề"], ["7", "2024", "Họp"]])
    assert [r.data for r in read(path)] == [
        {"date": "2024", "title": "Họp", "participants": [], "organisers": [], "decisions": [],
         "documents": []}
    ]  # fmt: skip


def test_an_unknown_column_is_named_with_the_accepted_headers(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "u.csv", [["Ngày", "Tiêu đề", "Chữ ký", "Ghi chu"], ["2024"] * 4])
    [(line, field, reason)] = problems(read(path))
    assert (line, field) == (1, "")
    assert reason.startswith("unknown column 'Chữ ký'; accepted headers (English|Vietnamese): ")
    assert "date|Ngày|Ngày họp" in reason and "STT" in reason and "\n" not in reason


def test_two_headers_for_one_column_are_refused(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "d.csv", [["Ngày", "Kết luận", "Quyết định"], ["2024", "a", "b"]])
    [(_, _, reason)] = problems(read(path))
    assert reason == "columns 'Kết luận' and 'Quyết định' are both 'decisions'; keep one of them"


def test_a_column_without_a_header_must_stay_empty(tmp_path: Path) -> None:
    rows = [["Ngày", "Tiêu đề", ""], ["2024", "Họp", ""], ["2024", "Họp 2", "lạc"]]
    records = read(write_rows(tmp_path / "b.csv", rows))
    assert records[0].data is not None
    assert problems(records) == [
        (3, "column 3", "has a value but no header; name the column or empty it")
    ]


# Hostile files ------------------------------------------------------------------------------------


def peak_memory_of(action: Any) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_million_columns_are_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("c," * 1_000_000 + "c\n" + "x," * 1_000_000 + "x\n", encoding="utf-8")
    found: list[RawRecord] = []
    peak = peak_memory_of(lambda: found.extend(read(path)))
    assert peak < 5_000_000  # refused as read, not after holding a million cells
    [(line, _, reason)] = problems(found)
    assert line == 1 and "columns; a meeting has at most 26" in reason


def test_a_row_of_a_million_cells_is_refused_unsplit(tmp_path: Path) -> None:
    path = tmp_path / "wide-row.csv"
    path.write_text("title;date\nA;2024\n" + "x;" * 1_000_000 + "\n", encoding="utf-8")
    found: list[RawRecord] = []
    peak = peak_memory_of(lambda: found.extend(read(path)))
    assert problems(found) == [(3, "", "has more than 10,000 cells")]
    assert peak < 20_000_000


def test_a_10_mb_cell_is_read(tmp_path: Path) -> None:
    notes = ("Nội dung hội nghị. " * 600_000)[:10_000_000]
    path = write_rows(tmp_path / "big.csv", [["title", "date", "notes"], ["Họp", "2024", notes]])
    [record] = read(path)
    assert record.data is not None and record.data["notes"] == notes


def test_a_cell_past_the_limit_is_refused_with_its_line(tmp_path: Path) -> None:
    lines = "\n".join(["x" * 999] * (MAX_CELL // 1000 + 10))
    path = tmp_path / "huge.csv"
    path.write_text(f'title,date,notes\nA,2024,\nB,2024,"{lines}"\nC,2024,\n', encoding="utf-8")
    found: list[RawRecord] = []
    peak = peak_memory_of(lambda: found.extend(read(path)))
    assert problems(found) == [(3, "", "a cell is longer than 16,777,216 characters")]
    assert peak < 200_000_000  # the csv module's own buffer is 4 bytes a character


def test_a_line_without_a_break_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "one-line.csv"
    path.write_text("title,date,notes\nA,2024,\nB,2024," + "x" * (MAX_CELL + 100_000), "utf-8")
    found = read(path)
    assert problems(found) == [(3, "", "is longer than 16,842,752 characters without a line break")]
    assert found[0].data is not None


def test_a_nul_byte_is_named_by_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes("Tiêu đề,Ngày,Ghi chú\nA,2024,\nB,2024,x\x00y\nC,2024,\n".encode())
    records = read(path)
    assert [r.number for r in records] == [2, 3, 4]
    [(line, field, reason)] = problems(records)
    assert (line, field) == (3, "Ghi chú")
    assert reason.startswith("contains a NUL character")


# The real CLI -------------------------------------------------------------------------------------


def test_cli_imports_a_vietnamese_semicolon_export(cli: Any, db: str, tmp_path: Path) -> None:
    rows = [
        ["STT", "Ngày", "Buổi", "Tiêu đề", "Chủ trì", "Thư ký", "Văn bản", "Ghi chú"],
        ["1", "15/3/2024", "chiều", "Hội nghị BCH", "Kha Văn Tám", "Nguyễn Thị Thu",
         "Nghị quyết 02-NQ/TW", "Dòng 1\nDòng 2"],
        ["2", "03/2024", "", "Giao ban tháng 3", "", "", "", ""],
    ]  # fmt: skip
    path = write_rows(tmp_path / "vi.csv", rows, ";", bom=True)
    result = cli("import", path)
    assert result.exit_code == 0, result.stderr
    assert "2 new" in result.stdout
    book = store.db.open_store(db)
    try:
        with book.session() as session:
            first = store.repo.get_record(1, session=session)
    finally:
        book.close()
    assert (first.part_of_day, first.notes) == ("afternoon", "Dòng 1\nDòng 2")
    assert [(p.name, p.role) for p in first.participants] == [
        ("Kha Văn Tám", "chair"),
        ("Nguyễn Thị Thu", "secretary"),
    ]
    assert [d.number for d in first.documents] == ["02-NQ/TW"]


# The CSV for Excel: BOM, semicolons, CRLF, no formula runs, and it imports back -------------------


def test_the_csv_for_excel_opens_as_vietnamese_columns_and_runs_no_formula(
    sample_book: store.db.Store, tmp_path: Path
) -> None:
    from store.exchange.csv_records import write_csv_for_excel

    hostile = store.validate_record(
        {"title": "=HYPERLINK(\"http://x\",\"Bấm\")", "date": "2024-03-15", "kind": "+1+1",
         "location": "@SUM(A1)", "notes": "-2 người vắng"},
        source="t",
    )  # fmt: skip
    assert isinstance(hostile, store.MeetingRecord)
    with sample_book.session() as session:
        records = [*store.repo.iter_records(session=session), hostile]
    target = tmp_path / "excel.csv"
    with target.open("w", encoding="utf-8", newline="") as out:
        assert write_csv_for_excel(records, out) == 6
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode()) and b"\r\n" in data
    header = data.decode("utf-8-sig").split("\r\n")[0]
    assert header.split(";")[:3] == ["uid", "date", "date_inferred"]
    lines = data.decode("utf-8-sig")
    assert "'=HYPERLINK" in lines and ";'+1+1;" in lines and ";'@SUM(A1);" in lines
    assert "Hội nghị" in lines  # Vietnamese as text, not mojibake
    back = [r.data for r in read_records([str(target)], None) if r.data is not None]
    assert len(back) == 6
    again = [store.validate_record(d, source="back") for d in back]
    assert [r.to_json() for r in again] == [r.to_json() for r in records]
