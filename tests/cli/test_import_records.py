"""A refused spreadsheet record is named as a person finds it, and a dry run lists every one.

Through the real CLI on a real SQLite book, with files the book itself exported: a CSV's notes
cells run over several lines, so its third record starts far below row 4, where a spreadsheet
shows it. Problems say the record, its row (and the CSV line) and its uid or title; a dry run
says what the valid records would do and why each refused one is refused, then exits 1.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import openpyxl

import store
from tests.helpers import ok


def exported(cli: Any, tmp_path: Path, fmt: str) -> Path:
    path = tmp_path / f"all.{fmt}"
    ok(cli("export", "--format", fmt, "-o", str(path)))
    return path


def csv_with_bad_dates(cli: Any, tmp_path: Path, bad: dict[int, str]) -> tuple[Path, list[int]]:
    """The sample as the book exports it, new uids, the dates of records `bad` (1-based) made
    wrong; returns it and the line each record starts on."""
    text = exported(cli, tmp_path, "csv").read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=reader.fieldnames or [], lineterminator="\n")
    writer.writeheader()
    starts = []
    for number, row in enumerate(rows, start=1):
        row["uid"] = f"moi-{number}"
        row["date"] = bad.get(number, row["date"])
        starts.append(out.getvalue().count("\n") + 1)
        writer.writerow(row)
    path = tmp_path / "new.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path, starts


def count(db: str) -> int:
    with store.open_book(db) as book:
        return len(list(book.iter_meetings()))


def test_a_csv_record_is_named_by_its_number_row_line_and_uid(
    imported: Any, db: str, tmp_path: Path
) -> None:
    path, starts = csv_with_bad_dates(imported, tmp_path, {3: "15/13/2024"})
    assert starts[2] > 20  # the notes above it ran over many lines
    result = imported("import", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{path}, record 3 (row 4, line {starts[2]}, uid 'moi-3'), field 'date': '15/13/2024' "
        "is not a date: there is no month 13 (months are 1-12)",
        "minutebook: 1 problem; nothing was written",
    ]
    result = imported("--lang", "vi", "import", str(path))
    assert result.stderr.splitlines()[0].startswith(
        f"{path}, bản ghi 3 (hàng 4, dòng {starts[2]}, uid 'moi-3'), trường 'date': "
    )
    assert count(db) == 5


def test_a_workbook_record_is_named_by_its_number_row_and_title(
    imported: Any, db: str, tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(exported(imported, tmp_path, "xlsx"))
    sheet = book.worksheets[0]
    sheet.insert_rows(1)  # a blank row above the header: rows are the sheet's, not records + 1
    sheet["A4"], sheet["B4"] = None, "31/02/2024"  # the second record, without its uid
    title = str(sheet["G4"].value)
    path = tmp_path / "bad.xlsx"
    book.save(path)
    result = imported("import", str(path))
    assert result.exit_code == 1
    shown = title if len(title) <= 40 else title[:39] + "…"
    assert result.stderr.splitlines()[0] == (
        f"{path}, record 2 (row 4, title {shown!r}), field 'date': '31/02/2024' is not a date: "
        "February 2024 has 29 days"
    )
    assert count(db) == 5


def test_a_dry_run_says_what_each_record_would_do_and_every_refusal(
    imported: Any, db: str, tmp_path: Path
) -> None:
    path, starts = csv_with_bad_dates(imported, tmp_path, {2: "2024-13", 4: "32/01/2024"})
    result = imported("import", "--dry-run", str(path))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "3 new, 0 updated, 0 unchanged, 2 refused — 5 meetings read; an import would write "
        "nothing while a meeting is refused."
    )
    errors = result.stderr.splitlines()
    assert [line.split(", field")[0] for line in errors[:-1]] == [
        f"refused: {path}, record 2 (row 3, line {starts[1]}, uid 'moi-2')",
        f"refused: {path}, record 4 (row 5, line {starts[3]}, uid 'moi-4')",
    ]
    assert errors[-1] == (
        "minutebook: 2 meetings refused; an import would write nothing: fix them, or "
        "--skip-invalid --rejects FILE writes the others"
    )
    assert count(db) == 5

    summary = imported("import", "--dry-run", "--summary", "json", str(path))
    assert summary.exit_code == 1
    said = json.loads(summary.stdout)
    assert (said["inserted"], said["rejected"], said["written"]) == (3, 2, False)
    assert [(p["record"], p["row"], p["line"], p["uid"]) for p in said["rejected_problems"]] == [
        (2, 3, starts[1], "moi-2"),
        (4, 5, starts[3], "moi-4"),
    ]


def test_a_dry_run_lists_every_refused_record_not_the_first_twenty(
    cli: Any, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "many.csv"
    rows = [f"Họp {n},2024-13" if n % 2 else f"Họp {n},2024" for n in range(1, 61)]
    path.write_text("title,date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = cli("import", "--dry-run", str(path))
    assert result.exit_code == 1
    refused = [line for line in result.stderr.splitlines() if line.startswith("refused: ")]
    assert len(refused) == 30
    assert refused[-1].startswith(f"refused: {path}, record 59 (row 60, line 60, title 'Họp 59')")
    assert result.stdout.startswith("30 new, 0 updated, 0 unchanged, 30 refused")
    assert count(db) == 0


def test_a_dry_run_with_skip_invalid_exits_as_that_import_would(
    cli: Any, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "a.csv"
    path.write_text("title,date\nA,2024\nB,2024-13\n", encoding="utf-8")
    rejects = tmp_path / "r.csv"
    result = ok(cli("import", "--dry-run", "--skip-invalid", "--rejects", str(rejects), str(path)))
    assert result.stderr.splitlines() == [
        f"rejected: {path}, record 2 (row 3, line 3, title 'B'), field 'date': '2024-13' is not "
        "a date: there is no month 13 (months are 1-12)"
    ]
    assert count(db) == 0 and not rejects.exists()
