"""Hostile and broken files through the real `minutebook import`: one line, nothing written.

Every case puts a valid meeting (with a person the book does not know) before the bad one, runs
the real CLI on a book holding the samples, and checks the exit code, that stderr is the problem
line (file, line, field) plus the "nothing was written" summary and no traceback, and that the
book's meetings and people are exactly as before. The big inputs are written cheaply into
tmp_path; each case runs in well under two seconds. The last tests check how people are matched
by name after an import.
"""

from __future__ import annotations

import json
import tracemalloc
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import store
import store.db
import store.db_check
from store.exchange.json_records import MAX_RECORD, read_json
from store.record import MAX_PEOPLE, MAX_TEXT, validate_record

Run = Callable[..., Any]  # the `cli` fixture: run(*args) -> click Result

VALID = {
    "uid": "hostile-valid-first",
    "title": "Họp trước bản ghi hỏng",
    "date": "2024-03-15",
    "participants": [{"name": "Người Chưa Có Trong Sổ", "role": "chair"}],
}


def counts(book: store.db.Store) -> tuple[int, int]:
    found = store.db_check.check(book).counts
    return found["meeting"], found["person"]


def json_file(path: Path, *records: dict[str, Any]) -> Path:
    # ASCII with \u escapes: the only way a JSON file can carry a NUL or a lone surrogate.
    path.write_text(json.dumps([VALID, *records]), encoding="utf-8")
    return path


def refused(cli: Run, book: store.db.Store, path: Path) -> str:
    """Import `path`, expect it refused as a whole; return the first problem line."""
    before = counts(book)
    result = cli("import", str(path))
    assert result.exit_code == 1, (result.exit_code, result.stdout, result.stderr)
    assert isinstance(result.exception, SystemExit), result.exception  # not a crash
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert lines[-1].startswith("minutebook: ") and lines[-1].endswith("nothing was written")
    assert len(lines) == 2, lines  # one problem, however big the input
    assert len(lines[0]) < 300, lines[0][:300]
    assert counts(book) == before
    return lines[0]


# Huge text and control characters -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "where", "reason"),
    [
        (
            {"title": "Họp", "date": "2024", "notes": "x" * 10_000_000},
            "field 'notes'",
            "is 10,000,000 characters long; no text may exceed 1,000,000",
        ),
        (
            {"title": "Họp" * 3_500_000, "date": "2024"},
            "field 'title'",
            "is 10,500,000 characters long",
        ),
        (
            {"title": "Họp", "date": "2024", "participants": [{"name": "A" * 10_000_000}]},
            "field 'participants[1].name'",
            "no text may exceed 1,000,000",
        ),
        (
            {"title": "Họp", "date": "2024", "notes": "x" * 2_000_000},
            "field 'notes'",
            "is 2,000,000 characters long",
        ),
        ({"title": "x" * 501, "date": "2024"}, "field 'title'", "at most 500 characters"),
        (
            {"title": "Họp", "date": "2024", "participants": [{"name": "Hải" * 100}]},
            "field 'participants[1].name'",
            "at most 200 characters",
        ),
    ],
)
def test_a_field_too_long_is_refused_by_name(
    cli: Run,
    sample_book: store.db.Store,
    tmp_path: Path,
    record: dict[str, Any],
    where: str,
    reason: str,
) -> None:
    path = json_file(tmp_path / "long.json", record)
    line = refused(cli, sample_book, path)
    assert line.startswith(f"{path}, record 2 (line 1, title "), line
    assert f"), {where}: " in line and reason in line


@pytest.mark.parametrize(
    ("record", "where", "reason"),
    [
        ({"title": "Họp\x00 chi bộ", "date": "2024"}, "title", "U+0000 at character 4"),
        ({"title": "Họp", "date": "2024", "notes": "Ghi\x00chú"}, "notes", "U+0000"),
        (
            {"title": "Họp", "date": "2024", "participants": [{"name": "Lê\x00Văn A"}]},
            "participants[1].name",
            "U+0000",
        ),
        ({"title": "Họp\x1a", "date": "2024"}, "title", "U+001A"),
        ({"title": "Họp", "date": "2024", "notes": "a\x07b"}, "notes", "U+0007"),
        ({"title": "Họp", "date": "2024", "location": "Hà\x7fNội"}, "location", "U+007F"),
        ({"title": "Họp", "date": "2024", "notes": "vertical\x0btab"}, "notes", "U+000B"),
        ({"title": "H\ud800p", "date": "2024"}, "title", "half of a surrogate pair U+D800"),
    ],
)
def test_control_characters_are_refused(
    cli: Run,
    sample_book: store.db.Store,
    tmp_path: Path,
    record: dict[str, Any],
    where: str,
    reason: str,
) -> None:
    path = json_file(tmp_path / "control.json", record)
    line = refused(cli, sample_book, path)
    assert line.startswith(f"{path}, record 2 (line 1, title "), line
    assert f"), field '{where}': contains " in line
    assert reason in line
    assert "\x00" not in line and "\x1b" not in line


def test_a_nul_byte_in_a_csv_cell_is_refused(
    cli: Run, sample_book: store.db.Store, tmp_path: Path
) -> None:
    path = tmp_path / "nul.csv"
    path.write_text("title,date,location\nHọp,2024,Hà Nội\nHọp khác,2024,Vi\x00nh\n", "utf-8")
    line = refused(cli, sample_book, path)
    assert line.startswith(
        f"{path}, record 2 (row 3, line 3, title 'Họp khác'), field 'location'"
    ), line
    assert "U+0000" in line or "NUL" in line


def test_tabs_and_line_breaks_are_kept_in_notes_and_collapsed_in_titles(
    cli: Run, book: store.db.Store, tmp_path: Path
) -> None:
    record = {"title": "Họp\tchi\r\nbộ", "date": "2024", "notes": "Dòng 1\r\n\tDòng 2\nDòng 3"}
    path = json_file(tmp_path / "ok.json", record)
    assert cli("import", str(path)).exit_code == 0
    shown = json.loads(cli("search", "chi bo", "--format", "json").stdout)
    assert [(m["title"], m["notes"]) for m in shown] == [
        ("Họp chi bộ", "Dòng 1\r\n\tDòng 2\nDòng 3")
    ]


# Too many things ----------------------------------------------------------------------------------


def test_100000_attendees_on_one_meeting_are_refused_at_once(
    cli: Run, sample_book: store.db.Store, tmp_path: Path
) -> None:
    people = [{"name": f"Người Thứ {i}", "title": "Đoàn viên"} for i in range(100_000)]
    path = json_file(
        tmp_path / "crowd.json", {"title": "Đại hội", "date": "2024", "participants": people}
    )
    line = refused(cli, sample_book, path)
    assert line == (
        f"{path}, record 2 (line 1, title 'Đại hội'), field 'participants': has 100,000 people;"
        " a meeting has at most 5,000"
    )


def test_a_meeting_with_200000_fields_is_one_problem(
    cli: Run, sample_book: store.db.Store, tmp_path: Path
) -> None:
    keys = ",".join(f'"k{i}":0' for i in range(200_000))
    path = tmp_path / "keys.ndjson"
    path.write_text(
        json.dumps(VALID) + '\n{"title":"Họp","date":"2024",' + keys + "}\n", encoding="utf-8"
    )
    line = refused(cli, sample_book, path)
    said = f"{path}, record 2 (line 2, title 'Họp'): has 200,002 fields ('k0', 'k1', 'k2', ...)"
    assert line.startswith(said), line


def test_the_limits_themselves_are_accepted() -> None:
    people = [{"name": f"Người {i}"} for i in range(MAX_PEOPLE)]
    at_limit = validate_record(
        {"title": "Đại hội", "date": "2024", "participants": people, "notes": "x" * MAX_TEXT}
    )
    assert isinstance(at_limit, store.MeetingRecord)
    over = validate_record({"title": "Đại hội", "date": "2024", "participants": [*people, {}]})
    assert isinstance(over, list)
    assert [(p.field, p.reason) for p in over] == [
        ("participants", "has 5,001 people; a meeting has at most 5,000")
    ]


# Dates and numbers out of range -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "where", "reason"),
    [
        ({"date": "0000"}, "date", "year 0 is out of range (1900-2199)"),
        ({"date": "99999"}, "date", "year 99999 is out of range (1900-2199)"),
        ({"date": 99999}, "date", "year 99999 is out of range (1900-2199)"),
        ({"date": "31/12/0001"}, "date", "year 1 is out of range (1900-2199)"),
        ({"date": "9" * 1000}, "date", "is too long to be a date (1,000 characters)"),
        ({"date": "2024", "decisions": [{"text": "Việc", "due": "1/99999"}]}, "decisions[1].due",
         "year 99999 is out of range"),
        ({"date": "2024", "created_at": "9999-12-31T23:59:59-01:00"}, "created_at",
         "year 9999 is out of range (1900-2199)"),
        ({"date": "2024", "updated_at": "0001-01-01T00:00:00+01:00"}, "updated_at",
         "year 1 is out of range (1900-2199)"),
        ({"date": "2024", "version": 10**30}, "version", "less than or equal to 2147483647"),
        ({"date": "2024", "start_time": "99:99"}, "start_time", "is not a time"),
    ],
)  # fmt: skip
def test_dates_and_numbers_out_of_range_are_refused(
    cli: Run,
    sample_book: store.db.Store,
    tmp_path: Path,
    record: dict[str, Any],
    where: str,
    reason: str,
) -> None:
    path = json_file(tmp_path / "dates.json", {"title": "Họp", **record})
    line = refused(cli, sample_book, path)
    assert line.startswith(f"{path}, record 2 (line 1, title 'Họp'), field '{where}': "), line
    assert reason in line


def test_a_number_too_long_to_convert_is_refused(
    cli: Run, sample_book: store.db.Store, tmp_path: Path
) -> None:
    path = tmp_path / "digits.json"
    path.write_text(f'[{json.dumps(VALID)},\n{{"title": "Họp", "version": {"9" * 5000}}}]')
    line = refused(cli, sample_book, path)
    assert line == f"{path}, line 2: not valid JSON: a number too long to read"


# Structure: nesting, huge records, huge lines -----------------------------------------------------


DEEP = 100_000
NESTED = {
    "open.json": ("[" * DEEP, 1),
    "field.json": ('[{"title": "Họp",\n"notes": ' + "[" * DEEP + "]" * DEEP + "}]", 1),
    "second.json": (f"[{json.dumps(VALID)},\n" + "{" + '"a":{' * DEEP + "}" * DEEP, 2),
    "line.ndjson": (json.dumps(VALID) + "\n" + "[" * DEEP + "]" * DEEP + "\n", 2),
}


@pytest.mark.parametrize("name", NESTED)
def test_deeply_nested_json_is_refused_without_recursion_error(
    cli: Run, sample_book: store.db.Store, tmp_path: Path, name: str
) -> None:
    text, line_number = NESTED[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    line = refused(cli, sample_book, path)
    assert line.startswith(f"{path}, line {line_number}: not valid JSON: nested too deeply"), line


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("raw.json", f'[{json.dumps(VALID)},\n{{"title": "Họp\x00", "date": "2024"}}]',
         "line 2: not valid JSON at column 15: Invalid control character"),
        ("raw.ndjson", f'{json.dumps(VALID)}\n{{"title": "Họp", "date": "2024"}}\x00\n',
         "line 2: not valid JSON at column 33: Extra data"),
    ],
)  # fmt: skip
def test_a_raw_nul_byte_in_json_is_a_syntax_error(
    cli: Run, sample_book: store.db.Store, tmp_path: Path, name: str, text: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    line = refused(cli, sample_book, path)
    assert line.startswith(f"{path}, {reason}"), line


def test_an_ndjson_line_of_50_mb_is_refused_without_reading_it_whole(
    cli: Run, sample_book: store.db.Store, tmp_path: Path
) -> None:
    path = tmp_path / "huge.ndjson"
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps(VALID) + "\n")
        out.write('{"title": "Họp", "date": "2024", "notes": "' + "x" * 50_000_000 + '"}\n')
        out.write(json.dumps({**VALID, "uid": "hostile-valid-after"}) + "\n")
    line = refused(cli, sample_book, path)
    assert line == f"{path}, line 2: a line longer than {MAX_RECORD:,} characters"


def test_a_json_record_of_50_mb_is_refused(
    cli: Run, sample_book: store.db.Store, tmp_path: Path
) -> None:
    path = tmp_path / "huge.json"
    with path.open("w", encoding="utf-8") as out:
        out.write(f"[{json.dumps(VALID)},\n")
        out.write('{"title": "Họp", "date": "2024", "notes": "' + "x" * 50_000_000 + '"}]\n')
    line = refused(cli, sample_book, path)
    assert line == f"{path}, line 2: a meeting longer than {MAX_RECORD:,} characters"


def test_a_big_json_array_is_read_a_record_at_a_time(tmp_path: Path) -> None:
    meeting = {"title": "Giao ban", "date": "2024-03", "location": "Hà Nội", "notes": "n" * 2000}
    path = tmp_path / "big.json"
    text = json.dumps([{**meeting, "uid": f"m{i}"} for i in range(10_000)], indent=1)
    path.write_text(text, encoding="utf-8")
    tracemalloc.start()
    try:
        with path.open(encoding="utf-8", newline="") as stream:
            numbers = [(raw.number, raw.data and raw.data["uid"]) for raw in read_json(stream, "b")]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(numbers) == 10_000
    assert numbers[-1] == (text.count("\n", 0, text.rindex("{")) + 1, "m9999")
    # About 20 MB of text; the reader holds a megabyte or two of it, and one record, at a time.
    assert len(text) > 20_000_000
    assert peak < 8_000_000, peak


# CSV ----------------------------------------------------------------------------------------------


def test_a_csv_header_of_a_million_columns_is_refused(
    cli: Run, sample_book: store.db.Store, tmp_path: Path
) -> None:
    path = tmp_path / "wide.csv"
    header = "title,date," + ",".join(f"column{i}" for i in range(1_000_000))
    path.write_text(header + "\nHọp,2024\n", encoding="utf-8")
    line = refused(cli, sample_book, path)
    assert line.startswith(f"{path}, line 1"), line
    assert "column" in line


def test_a_csv_row_of_a_million_cells_is_refused(
    cli: Run, sample_book: store.db.Store, tmp_path: Path
) -> None:
    path = tmp_path / "wide-row.csv"
    path.write_text("title,date\nHọp,2024\nHọp khác,2024" + ",x" * 1_000_000 + "\n", "utf-8")
    line = refused(cli, sample_book, path)
    assert line.startswith(f"{path}, line 3"), line
    assert "cells" in line


# People are matched by name -----------------------------------------------------------------------


def people_named(cli: Run, *words: str) -> list[dict[str, Any]]:
    result = cli("people", "--format", "json", "--name", " ".join(words))
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return json.loads(result.stdout)


def meeting(number: int, name: str) -> dict[str, Any]:
    return {
        "uid": f"names-{number}",
        "title": f"Họp số {number}",
        "date": "2024-05",
        "participants": [{"name": name}],
    }


def test_names_that_differ_by_a_mark_are_different_people(
    cli: Run, book: store.db.Store, tmp_path: Path
) -> None:
    path = tmp_path / "names.json"
    records = [
        meeting(i, name) for i, name in enumerate(["Trần Văn Hải", "Trần Văn Hài", "Trần Văn Hai"])
    ]
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    assert cli("import", str(path)).exit_code == 0
    found = people_named(cli, "tran van hai")
    assert sorted((p["name"], p["meetings"]) for p in found) == [
        ("Trần Văn Hai", 1),
        ("Trần Văn Hài", 1),
        ("Trần Văn Hải", 1),
    ]
    assert counts(book) == (3, 3)


def test_case_spacing_and_normal_form_do_not_make_another_person(
    cli: Run, book: store.db.Store, tmp_path: Path
) -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn A")
    assert decomposed != "Nguyễn Văn A"
    names = ["Nguyễn  Văn A", "nguyễn văn a", decomposed, " NGUYỄN VĂN A "]
    path = tmp_path / "one.json"
    path.write_text(json.dumps([meeting(i, n) for i, n in enumerate(names)]), encoding="utf-8")
    assert cli("import", str(path)).exit_code == 0
    found = people_named(cli, "nguyen van a")
    assert [(p["name"], p["meetings"]) for p in found] == [("Nguyễn Văn A", 4)]
    assert counts(book) == (4, 1)
