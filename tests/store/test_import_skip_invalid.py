"""`import --skip-invalid --rejects FILE`: valid meetings written, invalid ones kept to fix.

The issue's done-when scenario runs end to end through the real CLI on the 3,000-row Excel export
of tests/test_files_csv_dialects.py (BOM, semicolons, Vietnamese headers, multi-line notes, two bad
rows): refused whole by default; with --skip-invalid 2,998 written and the two rows in the rejects
file, which once fixed imports. Then each format's rejects file, and what stops a whole file.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import store
import store.db
import store.db_check
import store.repo
from tests.helpers import BAD_ROWS, VI_HEADER, excel_export, ok, one_error, write_rows


def count(db: str | Path) -> int:
    book = store.db.open_store(str(db))
    try:
        return store.db_check.check(book).counts["meeting"]
    finally:
        book.close()


def titles(db: str | Path) -> list[str]:
    book = store.db.open_store(str(db))
    try:
        with book.session() as session:
            return sorted(r.title for r in store.repo.iter_records(session=session))
    finally:
        book.close()


# The titles that name the two bad records of BAD_ROWS in problems.
T17 = "title 'Giao ban tuần 17 của Ban Thường vụ'"
T2801 = "title 'Giao ban tuần 2801 của Ban Thường vụ'"


# The done-when scenario ---------------------------------------------------------------------------


def test_done_when_3000_rows_all_or_nothing_or_skip_invalid_then_fix_and_reimport(
    cli: Any, db: str, tmp_path: Path
) -> None:
    path, starts = excel_export(tmp_path / "so-bien-ban.csv", BAD_ROWS)
    original = Path(path).read_bytes().decode("utf-8-sig").splitlines(keepends=True)

    refused = cli("import", path)
    assert refused.exit_code == 1
    assert f"record 17 (row 18, line {starts[17]}, {T17}), field 'Ngày'" in refused.stderr
    said = f"record 2801 (row 2802, line {starts[2_801]}, {T2801}), field 'Thành phần[2].name'"
    assert said in refused.stderr
    assert refused.stderr.splitlines()[-1].endswith("2 problems; nothing was written")
    assert count(db) == 0

    rejects = tmp_path / "loi.csv"
    result = ok(cli("import", "--skip-invalid", "--rejects", str(rejects), path))
    assert "2998 new" in result.stdout and "2 rejected" in result.stdout
    assert "3000 meetings read" in result.stdout
    assert f"Rejected meetings are in {rejects}" in result.stdout
    assert count(db) == 2_998
    assert [line for line in result.stderr.splitlines() if line.startswith("rejected: ")] == [
        f"rejected: {path}, record 17 (row 18, line {starts[17]}, {T17}), field 'Ngày': "
        "'31/02/2023' is not a date: February 2023 has 28 days",
        f"rejected: {path}, record 2801 (row 2802, line {starts[2_801]}, {T2801}), "
        "field 'Thành phần[2].name': must not be empty",
    ]

    # The rows exactly as the spreadsheet had them: header, separator, STT, multi-line notes.
    data = rejects.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    lines = data.decode("utf-8-sig").splitlines(keepends=True)
    row_17 = original[starts[17] - 1 : starts[18] - 1]
    row_2801 = original[starts[2_801] - 1 : starts[2_802] - 1]
    assert lines == [original[0], *row_17, *row_2801]
    assert lines[1].startswith("17;31/02/2023;") and len(row_17) == 3  # notes span three lines
    reasons = rejects.with_name("loi.reasons.txt").read_text(encoding="utf-8").splitlines()
    assert reasons == [
        f"loi.csv, record 1 (row 2, line 2, {T17}), field 'Ngày': '31/02/2023' is not a "
        f"date: February 2023 has 28 days (in {path}: record 17 (row 18, line {starts[17]}))",
        f"loi.csv, record 2 (row 3, line 5, {T2801}), field 'Thành phần[2].name': must not "
        f"be empty (in {path}: record 2801 (row 2802, line {starts[2_801]}))",
    ]

    # Running it again changes nothing and refuses the same two rows.
    again = ok(cli("import", "--skip-invalid", "--rejects", str(rejects), path))
    assert "0 new" in again.stdout and "2998 unchanged" in again.stdout
    assert "2 rejected" in again.stdout
    assert rejects.read_bytes() == data

    # The secretary fixes the two rows where they stand and imports the rejects file.
    fixed = data.decode("utf-8-sig").replace("31/02/2023", "28/02/2023")
    fixed = fixed.replace("Trần Thị Hương; | Phó Chủ tịch", "Trần Thị Hương (Phó Chủ tịch)")
    rejects.write_bytes(codecs.BOM_UTF8 + fixed.encode("utf-8"))
    assert "2 new" in ok(cli("import", str(rejects))).stdout
    assert count(db) == 3_000


# Each format's rejects file -----------------------------------------------------------------------


def test_ndjson_rejects_are_the_lines_as_written(cli: Any, db: str, tmp_path: Path) -> None:
    lines = [
        '{"title": "Họp một", "date": "2024-01"}',
        '{"title": "Họp hai", "date": "2024-13"}',
        '{"title": "Họp ba" "date": "2024"}',
        "[1, 2]",
        '{"title": "Họp bốn", "date": "15/3/2024"}',
    ]
    path = tmp_path / "book.ndjson"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    rejects = tmp_path / "rejects.ndjson"
    result = ok(cli("import", "--skip-invalid", "--rejects", str(rejects), str(path)))
    assert "2 new" in result.stdout and "3 rejected" in result.stdout
    assert titles(db) == ["Họp bốn", "Họp một"]
    assert rejects.read_text(encoding="utf-8").splitlines() == lines[1:4]
    reasons = (tmp_path / "rejects.reasons.txt").read_text(encoding="utf-8").splitlines()
    assert [re.sub(r":.*\(in ", " (in ", r) for r in reasons] == [
        f"rejects.ndjson, record 1 (line 1, title 'Họp hai'), field 'date'"
        f" (in {path}: record 2 (line 2))",
        f"rejects.ndjson, line 2 (in {path}: line 3)",
        f"rejects.ndjson, line 3 (in {path}: line 4)",
    ]
    rejects.write_text(
        '{"title": "Họp hai", "date": "2024-12"}\n{"title": "Họp ba", "date": "2024"}\n',
        encoding="utf-8",
    )
    assert "2 new" in ok(cli("import", str(rejects))).stdout
    assert count(db) == 4


def test_json_rejects_are_the_objects_as_written(cli: Any, db: str, tmp_path: Path) -> None:
    meetings = [
        {"uid": "u-1", "title": "Họp một", "date": "2024"},
        {"uid": "u-2", "title": "Họp hai", "date": "2024", "colour": "đỏ"},
        {"uid": "u-3", "title": "", "date": "2024"},
        {"uid": "u-1", "title": "Họp một, bản khác", "date": "2024"},
    ]
    path = tmp_path / "book.json"
    path.write_text(json.dumps(meetings, ensure_ascii=False, indent=1), encoding="utf-8")
    rejects = tmp_path / "rejects.json"
    result = ok(cli("import", "--skip-invalid", "--rejects", str(rejects), str(path)))
    assert "1 new" in result.stdout and "3 rejected" in result.stdout
    assert json.loads(rejects.read_text(encoding="utf-8")) == meetings[1:]
    reasons = (tmp_path / "rejects.reasons.txt").read_text(encoding="utf-8").splitlines()
    assert len(reasons) == 3
    assert reasons[0].startswith("rejects.json, record 1 (line 2, uid 'u-2'), field 'colour': ")
    assert reasons[1].startswith("rejects.json, record 2 (line 8, uid 'u-3'), field 'title': ")
    assert reasons[2].startswith(
        "rejects.json, record 3 (line 13, uid 'u-1'), field 'uid': uid 'u-1' is used twice"
    )
    shown = rejects.read_text(encoding="utf-8").splitlines()
    assert [shown[1], shown[7], shown[12]] == ["  {"] * 3  # where the reasons say they start


def test_xlsx_rejects_keep_the_rows_and_their_cell_types(cli: Any, db: str, tmp_path: Path) -> None:
    from datetime import datetime

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Năm 2024"
    sheet.append([])  # a blank row above the header
    sheet.append(["STT", "Ngày", "Tiêu đề", "Chủ trì"])
    sheet.append([1, datetime(2024, 3, 15), "Họp BCH", "Kha Văn Tám"])
    sheet.append([2, "31/02/2024", "Họp sai ngày", "Kha Văn Tám"])
    sheet.append([3, datetime(2024, 4, 1), "", "Kha Văn Tám"])
    sheet["B3"].number_format = "dd/mm/yyyy"
    sheet["B5"].number_format = "mm/yyyy"
    path = tmp_path / "so.xlsx"
    book.save(path)
    rejects = tmp_path / "rejects.xlsx"
    result = ok(cli("import", "--skip-invalid", "--rejects", str(rejects), str(path)))
    assert "1 new" in result.stdout and "2 rejected" in result.stdout
    assert f"{path}, record 2 (row 4, title 'Họp sai ngày'), field 'Ngày'" in result.stderr

    written = openpyxl.load_workbook(rejects)
    [copied] = written.worksheets
    assert copied.title == "Năm 2024"
    rows = [[cell.value for cell in row] for row in copied.iter_rows()]
    assert rows == [
        ["STT", "Ngày", "Tiêu đề", "Chủ trì"],
        [2, "31/02/2024", "Họp sai ngày", "Kha Văn Tám"],
        [3, datetime(2024, 4, 1), None, "Kha Văn Tám"],
    ]
    assert copied["B3"].number_format == "mm/yyyy"
    reasons = (tmp_path / "rejects.reasons.txt").read_text(encoding="utf-8").splitlines()
    assert reasons[0].startswith("rejects.xlsx, record 1 (row 2, title 'Họp sai ngày'), field ")
    assert reasons[0].endswith(f"(in {path}: record 2 (row 4))")
    assert reasons[1].startswith("rejects.xlsx, record 2 (row 3), field 'Tiêu đề': ")

    copied["B2"] = datetime(2024, 2, 28)
    copied["C3"] = "Họp tháng 4"
    written.save(rejects)
    assert "2 new" in ok(cli("import", str(rejects))).stdout
    assert count(db) == 3


def test_rows_of_the_wrong_width_are_rejected_wherever_they_are(
    cli: Any, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "Tiêu đề,Ngày\nHọp 1,2024\nHọp 2,2024,x\n\nHọp 3,2024\nHọp 4,2024,y,z\n", encoding="utf-8"
    )
    rejects = tmp_path / "r.csv"
    result = ok(cli("import", "--skip-invalid", "--rejects", str(rejects), str(path)))
    assert "2 new" in result.stdout and "2 rejected" in result.stdout
    assert rejects.read_text(encoding="utf-8-sig") == "Tiêu đề,Ngày\nHọp 2,2024,x\nHọp 4,2024,y,z\n"


def test_several_files_with_one_header_share_the_rejects_file(
    cli: Any, db: str, tmp_path: Path
) -> None:
    first = write_rows(tmp_path / "a.csv", [["Ngày", "Tiêu đề"], ["2024", "A"], ["2024-13", "B"]])
    second = write_rows(tmp_path / "b.csv", [["Ngày", "Tiêu đề"], ["x", "C"], ["2024", "D"]])
    rejects = tmp_path / "r.csv"
    assert "2 rejected" in ok(cli("import", "--skip-invalid", "--rejects", str(rejects), first,
                                  second)).stdout  # fmt: skip
    assert rejects.read_bytes().decode("utf-8-sig") == "Ngày,Tiêu đề\r\n2024-13,B\r\nx,C\r\n"
    reasons = (tmp_path / "r.reasons.txt").read_text(encoding="utf-8").splitlines()
    assert [r.split(":")[0] for r in reasons] == [
        "r.csv, record 1 (row 2, line 2, title 'B'), field 'Ngày'",
        "r.csv, record 2 (row 3, line 3, title 'C'), field 'Ngày'",
    ]
    assert reasons[1].endswith(f"(in {second}: record 1 (row 2, line 2))")

    other = write_rows(tmp_path / "c.csv", [["Tiêu đề", "Ngày"], ["E", "2024-13"]])
    line = one_error(
        cli("import", "--skip-invalid", "--rejects", str(tmp_path / "r2.csv"), first, other), 1
    )
    assert "different headers" in line and "one at a time" in line
    assert count(db) == 2  # from the first run only
    assert not (tmp_path / "r2.csv").exists()


def test_the_rejects_and_reasons_are_readable_by_their_owner_only(cli: Any, tmp_path: Path) -> None:
    # They hold minutes, as an export does: the umask (often 022) must not open them to others.
    path = write_rows(tmp_path / "a.csv", [["Ngày", "Tiêu đề"], ["2024-13", "B"]])
    rejects = tmp_path / "r.csv"
    previous = os.umask(0o022)
    try:
        ok(cli("import", "--skip-invalid", "--rejects", str(rejects), path))
    finally:
        os.umask(previous)
    assert stat.S_IMODE(rejects.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "r.reasons.txt").stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# What --skip-invalid does not skip ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("h.csv", "Tiêu đề,Màu\nHọp,đỏ\n", "unknown column 'Màu'"),
        ("s.json", '[{"title": "A", "date": "2024"}, {"title": "B" "date": "2024"}]', "not valid"),
        ("e.csv", "title,date\nA,2024\nB\xff,2024\n".encode("latin-1"), "cp1258"),
    ],
    ids=["csv-header", "json-syntax", "encoding"],
)
def test_a_file_that_cannot_be_read_stops_everything(
    cli: Any, db: str, tmp_path: Path, name: str, content: str | bytes, expected: str
) -> None:
    good = write_rows(tmp_path / "good.csv", [["title", "date"], ["Họp tốt", "2024"]])
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    rejects = tmp_path / "r.csv"
    if name.endswith(".json"):
        good = str(tmp_path / "good.json")
        Path(good).write_text('[{"title": "Họp tốt", "date": "2024"}]', encoding="utf-8")
        rejects = tmp_path / "r.json"
    result = cli("import", "--skip-invalid", "--rejects", str(rejects), good, str(path))
    assert result.exit_code == 1
    *problems, last = result.stderr.splitlines()
    assert len(problems) == 1 and expected in problems[0] and problems[0].startswith(str(path))
    assert last == (
        "minutebook: 1 problem; a file that cannot be read stops the whole import, even with "
        "--skip-invalid; nothing was written"
    )
    assert count(db) == 0
    assert not rejects.exists()


def test_a_conflicting_uid_is_rejected_when_conflicts_fail(
    cli: Any, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "a.ndjson"
    path.write_text('{"uid": "u-1", "title": "Họp", "date": "2024"}\n', encoding="utf-8")
    ok(cli("import", str(path)))
    path.write_text(
        '{"uid": "u-1", "title": "Họp (sửa)", "date": "2024"}\n'
        '{"uid": "u-2", "title": "Họp khác", "date": "2024"}\n',
        encoding="utf-8",
    )
    rejects = tmp_path / "r.ndjson"
    args = ("import", "--on-conflict", "fail", "--skip-invalid", "--rejects", str(rejects))
    result = ok(cli(*args, str(path)))
    assert "1 new" in result.stdout and "1 rejected" in result.stdout
    assert (
        rejects.read_text(encoding="utf-8")
        == path.read_text(encoding="utf-8").splitlines(keepends=True)[0]
    )
    assert "already in the book" in (tmp_path / "r.reasons.txt").read_text(encoding="utf-8")
    assert titles(db) == ["Họp", "Họp khác"]


def test_a_dry_run_writes_neither_the_book_nor_the_rejects(
    cli: Any, db: str, tmp_path: Path
) -> None:
    path = write_rows(tmp_path / "a.csv", [["Ngày", "Tiêu đề"], ["2024", "A"], ["2024-13", "B"]])
    rejects = tmp_path / "r.csv"
    result = ok(cli("import", "--dry-run", "--skip-invalid", "--rejects", str(rejects), path))
    assert "1 new, 0 updated, 0 unchanged, 1 rejected" in result.stdout
    assert "would be written" in result.stdout
    assert count(db) == 0 and not rejects.exists()


# Options that do not go together -----------------------------------------------------------------


def test_skip_invalid_and_rejects_come_together(cli: Any, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "a.csv", [["Ngày", "Tiêu đề"], ["2024", "A"]])
    assert "needs --rejects FILE" in one_error(cli("import", "--skip-invalid", path), 2)
    line = one_error(cli("import", "--rejects", str(tmp_path / "r.csv"), path), 2)
    assert "--rejects goes with --skip-invalid" in line


@pytest.mark.parametrize(
    ("rejects", "expected"),
    [
        ("r.json", "written as csv, like the input; name the file .csv"),
        ("a.csv", "is one of the files being imported"),
        ("nowhere/r.csv", "nowhere does not exist"),
    ],
)
def test_a_rejects_file_that_cannot_be_is_refused_before_reading(
    cli: Any, db: str, tmp_path: Path, rejects: str, expected: str
) -> None:
    path = write_rows(tmp_path / "a.csv", [["Ngày", "Tiêu đề"], ["2024", "A"], ["x", "B"]])
    before = Path(path).read_bytes()
    line = one_error(cli("import", "--skip-invalid", "--rejects", str(tmp_path / rejects), path), 1)
    assert expected in line
    assert count(db) == 0 and Path(path).read_bytes() == before


def test_stdin_cannot_have_a_rejects_file(cli: Any, tmp_path: Path) -> None:
    args = ("import", "--format", "csv", "--skip-invalid", "--rejects", str(tmp_path / "r.csv"))
    line = one_error(cli(*args, "-", input="title,date\nA,2024\n"), 1)
    assert "standard input cannot be read twice" in line


def test_many_rejects_show_twenty_and_keep_every_reason(cli: Any, db: str, tmp_path: Path) -> None:
    rows = [["Ngày", "Tiêu đề"], *([f"2024-{13 + n}", f"Họp {n}"] for n in range(25))]
    rows.append(["2024", "Họp đúng"])
    rejects = tmp_path / "r.csv"
    result = ok(cli("import", "--skip-invalid", "--rejects", str(rejects), write_rows(
        tmp_path / "a.csv", rows)))  # fmt: skip
    shown = result.stderr.splitlines()
    assert len(shown) == 21 and all(line.startswith("rejected: ") for line in shown)
    assert shown[-1] == f"rejected: ... and 5 more, every reason in {tmp_path / 'r.reasons.txt'}"
    assert len((tmp_path / "r.reasons.txt").read_text(encoding="utf-8").splitlines()) == 25
    assert len(rejects.read_text(encoding="utf-8-sig").splitlines()) == 26
    assert count(db) == 1


def test_with_nothing_to_reject_no_rejects_file_is_written(cli: Any, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "a.csv", [["Ngày", "Tiêu đề"], ["2024", "A"]])
    rejects = tmp_path / "r.csv"
    result = ok(cli("import", "--skip-invalid", "--rejects", str(rejects), path))
    assert result.stdout.splitlines()[-1] == f"No meeting was rejected; {rejects} was not written."
    assert not rejects.exists() and not (tmp_path / "r.reasons.txt").exists()


def test_headers_in_the_rejects_file_are_the_input_s(tmp_path: Path, cli: Any) -> None:
    rows = [VI_HEADER, ["1", "2024-13", "Họp", "", "", "", "", "", "", ""]]
    path = write_rows(tmp_path / "vi.csv", rows, ";", bom=True)
    rejects = tmp_path / "r.csv"
    ok(cli("import", "--skip-invalid", "--rejects", str(rejects), path))
    assert rejects.read_text(encoding="utf-8-sig").splitlines()[0] == ";".join(VI_HEADER)
