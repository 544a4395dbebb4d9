"""`import --encoding` and `--delimiter` through the real CLI, and files as they arrive.

The readers are tested on their own in tests/test_files_*.py; these check that the import command
passes the options on, says what is wrong in one line, and stores what it read as NFC text. One
test pipes a workbook into the installed `minutebook` with `cat`, as a user would.
"""

from __future__ import annotations

import codecs
import subprocess
import unicodedata
from pathlib import Path
from shlex import quote
from typing import Any

import pytest

import store
import store.db
from tests.helpers import (
    EXPECTED,
    SAMPLE,
    TEXT,
    console_script,
    export_xlsx,
    ok,
    one_error,
    to_cp1258,
    two_sheet_workbook,
)


def first_record(db: str | Path) -> store.MeetingRecord:
    with store.open_book(str(db)) as book:
        return book.meeting(1)


def count(db: str | Path) -> int:
    with store.open_book(str(db)) as book:
        return book.search(store.Query(), limit=None).total


def test_a_cp1258_file_with_encoding_is_stored_as_nfc(cli: Any, db: str, tmp_path: Path) -> None:
    path = tmp_path / "legacy.csv"
    path.write_bytes(to_cp1258(TEXT))
    assert not unicodedata.is_normalized("NFC", path.read_bytes().decode("cp1258"))
    assert "1 new" in ok(cli("import", "--encoding", "cp1258", str(path))).stdout
    saved = first_record(db)
    stored = [saved.title, saved.location or "", saved.participants[0].name]
    assert stored == [EXPECTED["title"], EXPECTED["location"], "Nguyễn Đình Khang"]
    assert all(unicodedata.is_normalized("NFC", text) for text in stored)
    # The person is the one an NFC spelling finds: not a second, decomposed Nguyễn Đình Khang.
    shown = ok(cli("people", "--format", "json")).stdout
    assert shown.count("Nguy") == 1


def test_an_unknown_encoding_is_one_line(cli: Any, db: str, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(TEXT, encoding="utf-8")
    line = one_error(cli("import", "--encoding", "vni", str(path)), 2)
    assert line.startswith("minutebook: unknown encoding 'vni'; use one of utf-8")
    assert "cp1258" in line
    assert count(db) == 0


def test_a_cp1258_file_without_encoding_names_the_line_the_byte_and_the_fix(
    cli: Any, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "legacy.csv"
    path.write_bytes(to_cp1258("title;date\nGiao ban;2024\nHội nghị;2024\n"))
    offset = len(b"title;date\nGiao ban;2024\nH")
    result = cli("import", str(path))
    assert result.exit_code == 1
    problem, summary = result.stderr.splitlines()
    assert problem.startswith(f"{path}, line 3: not UTF-8 text at byte {offset}: ")
    assert problem.endswith(
        "; a file from an old Vietnamese Windows program needs --encoding cp1258; "
        "the rest of the file was not read"
    )
    assert summary == "minutebook: 1 problem; nothing was written"
    assert count(db) == 0


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-16-le", "utf-16-be"],
)
def test_a_utf16_file_with_a_bom_imports(cli: Any, db: str, tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes(encoded)
    assert "1 new" in ok(cli("import", str(path))).stdout
    assert first_record(db).title == EXPECTED["title"]


def test_a_bom_that_contradicts_the_encoding_is_one_problem(
    cli: Any, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    result = cli("import", "--encoding", "cp1258", str(path))
    assert result.exit_code == 1
    assert "byte-order mark but --encoding cp1258 was given" in result.stderr
    assert count(db) == 0


def test_a_pipe_separated_file_imports_with_delimiter(cli: Any, db: str, tmp_path: Path) -> None:
    path = tmp_path / "pipes.csv"
    path.write_text("Ngày|Tiêu đề|Địa điểm\n15/3/2024|Họp, mở rộng|Vinh\n", encoding="utf-8")
    refused = cli("import", str(path))
    assert refused.exit_code == 1 and "unknown column 'Ngày|Tiêu đề|Địa điểm'" in refused.stderr
    assert "1 new" in ok(cli("import", "--delimiter", "|", str(path))).stdout
    saved = first_record(db)
    assert (saved.title, saved.location) == ("Họp, mở rộng", "Vinh")


def test_a_delimiter_that_cannot_be_one_is_a_usage_error(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("title,date\nA,2024\n", encoding="utf-8")
    assert "is not a separator" in one_error(cli("import", "--delimiter", "ab", str(path)), 2)


def test_options_that_do_not_apply_are_warnings(
    cli: Any, sample_book: store.db.Store, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "book.xlsx"
    export_xlsx(sample_book, path)
    result = ok(cli("import", "--encoding", "cp1258", "--delimiter", ";", str(path)))
    assert result.stderr.splitlines() == [
        f"warning: {path}: --encoding does not apply to .xlsx files; ignored",
        f"warning: {path}: --delimiter does not apply to .xlsx files; ignored",
    ]
    assert "5 unchanged" in result.stdout


def test_a_workbook_with_two_sheets_says_which_was_read(cli: Any, db: str, tmp_path: Path) -> None:
    path = two_sheet_workbook(tmp_path / "two.xlsx")
    result = ok(cli("import", str(path)))
    assert result.stderr.splitlines() == [
        f"warning: {path}: only the first sheet 'Năm 2024' was read; not 'Ghi chép'"
    ]
    assert "1 new" in result.stdout
    json_summary = ok(cli("import", "--summary", "json", str(path))).stdout
    assert "only the first sheet 'Năm 2024' was read" in json_summary


def test_a_workbook_piped_in_with_cat_imports(sample_book: store.db.Store, tmp_path: Path) -> None:
    script = console_script()
    path = tmp_path / "book.xlsx"
    export_xlsx(sample_book, path)
    target = tmp_path / "piped.db"
    command = f"cat {quote(str(path))} | {quote(str(script))} --db {quote(str(target))} " + (
        "--create import --format xlsx -"
    )
    done = subprocess.run(
        command, shell=True, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "5 new" in done.stdout and done.stderr == ""
    assert count(target) == 5


def test_a_workbook_read_as_text_is_told_it_is_a_workbook(
    cli: Any, db: str, tmp_path: Path
) -> None:
    # `import --format json so.xlsx` was told to try --encoding cp1258, which no workbook needs.
    path = tmp_path / "so.xlsx"
    ok(cli("import", str(SAMPLE)))
    book = store.db.open_store(db)
    try:
        export_xlsx(book, path)
    finally:
        book.close()
    result = cli("import", "--format", "json", str(path))
    assert result.exit_code == 1, result.stderr
    assert "a ZIP file), not text: leave --format out" in result.stderr, result.stderr
    assert "cp1258" not in result.stderr
    assert "5 unchanged" in ok(cli("import", str(path))).stdout
