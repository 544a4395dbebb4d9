"""Tests for the `minutebook` command line, run against a real SQLite file in a temp directory.

Each test drives the Typer app (through the `cli` fixture, or the installed console script in a
subprocess) and checks what a secretary would see: the exit code (0 ok, 1 nothing found or invalid
data, 2 usage error), stdout, one clean line on stderr for mistakes, and, after every write, the
state of the database itself as read back through `store`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import store
from tests.helpers import console_script

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "meetings.json"
DOCS = ROOT / "docs" / "format.md"

KHANG_UIDS = {
    "seed-000-ky-ket-quy-che-dukdn-tld-2022",
    "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022",
    "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024",
}
SEED_003 = "seed-003-hoi-nghi-quy-che-chinh-phu-tld-tb249-2024"
SEED_004 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"
ALL_UIDS = {str(m["uid"]) for m in json.loads(SAMPLE.read_text(encoding="utf-8"))}

Run = Callable[..., Any]  # the `cli` fixture: run(*args, input=None) -> click Result


# Helpers ------------------------------------------------------------------------------------------


def documented_columns() -> list[str]:
    """The CSV header exactly as docs/format.md lists it."""
    text = DOCS.read_text(encoding="utf-8")
    match = re.search(r"`(uid, date,[^`]*)`", text)
    assert match, "docs/format.md no longer lists the CSV columns"
    return [name.strip() for name in match.group(1).split(",")]


def documented_fields() -> list[str]:
    """Every record key in the "Fields" table of docs/format.md."""
    keys: list[str] = []
    section = DOCS.read_text(encoding="utf-8").split("\n## Fields\n", 1)[1].split("\n## ", 1)[0]
    for line in section.splitlines():
        if line.startswith("| `"):
            keys.extend(re.findall(r"`([a-z_]+)`", line.split("|")[1]))
    return keys


def ok(result: Any) -> Any:
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
    return result


def uids(result: Any) -> list[str]:
    """The uids of a `--format json` listing, in order."""
    ok(result)
    return [record["uid"] for record in json.loads(result.stdout)]


def assert_one_error(result: Any, code: int) -> str:
    """Exit `code` and exactly one line on stderr, `minutebook: ...`, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("minutebook:"), lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    return lines[0]


def added_id(result: Any) -> int:
    match = re.search(r"Added meeting #(\d+)", ok(result).stdout)
    assert match, result.stdout
    return int(match.group(1))


def run_at(db: str | Path, *args: str) -> Any:
    """Run the app against another database file than the fixture's."""
    from cli import app

    return CliRunner().invoke(app, ["--db", str(db), *args])


# The book as the store reads it back, through its API (`store.open_book`).


def all_records(db: str | Path) -> list[dict[str, Any]]:
    with store.open_book(str(db)) as book:
        return [r.to_json() for r in book.iter_meetings()]


def count(db: str | Path) -> int:
    with store.open_book(str(db)) as book:
        return book.search(store.Query(), limit=None).total


def record(db: str | Path, ref: str | int) -> store.MeetingRecord:
    with store.open_book(str(db)) as book:
        return book.meeting(book.resolve(str(ref)))


def meeting_id(db: str | Path, uid: str) -> int:
    with store.open_book(str(db)) as book:
        return book.resolve(uid)


def found_uids(db: str | Path, query: str) -> set[str]:
    with store.open_book(str(db)) as book:
        return {r.uid for r in book.iter_meetings(query) if r.uid}


def found_uids_or_empty(cli: Run, query: str) -> set[str]:
    result = cli("search", query, "--format", "json")
    if result.exit_code == 1:
        return set()
    return set(uids(result))


def write_csv(path: Path, rows: list[dict[str, str]], columns: list[str] | None = None) -> Path:
    header = columns or documented_columns()
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def csv_rows(third_date: str = "2024-05-02") -> list[dict[str, str]]:
    return [
        {
            "title": "Họp Ban Thường vụ CSV một",
            "date": "15/3/2024",
            "chairs": "Lê Văn Một (Bí thư)",
        },
        {"title": "Họp Ban Thường vụ CSV hai", "date": "2024-04", "attendees": "Phạm Thị Hai"},
        {"title": "Họp Ban Thường vụ CSV ba", "date": third_date, "part_of_day": "sáng"},
    ]


@pytest.fixture
def two_hais(cli: Run) -> tuple[int, int]:
    """Two meetings added with near-twin names: Nguyễn Văn Hải and Nguyễn Văn Hai."""
    first = added_id(
        cli(
            "add",
            "--title",
            "Họp tổ một",
            "--date",
            "2024-01-10",
            "--attendee",
            "Nguyễn Văn Hải | Tổ trưởng",
        )
    )
    second = added_id(
        cli(
            "add",
            "--title",
            "Họp tổ hai",
            "--date",
            "2024-02-10",
            "--attendee",
            "Nguyễn Văn Hai | Tổ viên",
        )
    )
    return first, second


# Search -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        ["nguyen dinh khang"],
        ["Nguyễn Đình Khang"],
        ["NGUYEN DINH KHANG"],
        ["nguyen", "dinh", "khang"],
    ],
)
def test_search_name_with_or_without_marks_finds_exactly_his_meetings(
    imported: Run, words: list[str]
) -> None:
    found = uids(imported("search", *words, "--format", "json"))
    assert sorted(found) == sorted(KHANG_UIDS)


def test_search_date_month_overlaps_day_and_year_meetings(imported: Run) -> None:
    # seed-004 is 15/3/2024; seed-003 is only known to the year 2024, which overlaps March 2024.
    assert uids(imported("search", "date:2024-03", "--format", "json")) == [SEED_004, SEED_003]
    assert set(uids(imported("search", "date:3/2024", "--format", "json"))) == {SEED_004, SEED_003}


def test_search_date_day_outside_a_month(imported: Run) -> None:
    found = uids(imported("search", "date:2022-05-30", "--format", "json"))
    # seed-000 is that very day; seed-001 is the year 2022, which contains it.
    assert set(found) == {
        "seed-000-ky-ket-quy-che-dukdn-tld-2022",
        "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022",
    }


def test_search_doc_number(imported: Run) -> None:
    assert uids(imported("search", "doc:249/TB-VPCP", "--format", "json")) == [SEED_003]


def test_search_chair_and_date(imported: Run) -> None:
    # Khang chaired seed-001 (2022) and seed-004 (2024) and only attended seed-000.
    assert uids(imported("search", "chair:khang date:2024", "--format", "json")) == [SEED_004]
    found = set(uids(imported("search", "chair:khang", "--format", "json")))
    assert found == {SEED_004, "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"}


def test_search_last_word_is_a_prefix(imported: Run) -> None:
    assert set(uids(imported("search", "khan", "--format", "json"))) >= KHANG_UIDS
    # A trailing space ends the word: "khan " is the whole word only ("khó khăn"), not Khang,
    # and seed-004 names Khang but never says "khăn".
    assert SEED_004 not in found_uids_or_empty(imported, "khan ")


def test_search_table_shows_the_meetings(imported: Run) -> None:
    result = ok(imported("search", "nguyen dinh khang"))
    assert "Hội nghị lần thứ Tư Ban Chấp hành" in result.stdout
    assert "Nghệ An" not in result.stdout  # seed-002 does not name him


def test_search_csv_format(imported: Run) -> None:
    result = ok(imported("search", "doc:249/TB-VPCP", "--format", "csv"))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["uid"] for row in rows] == [SEED_003]


def test_search_without_hits_exits_1(imported: Run) -> None:
    result = imported("search", "zzzkhongcoai")
    assert_one_error(result, 1)
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("date:31/02/2024", "29 days"),
        ('person:"unclosed', "unclosed quote"),
        ("foo:bar", "'foo'"),
        ("date:2025 date:2024", "does not overlap"),
        ("person:", "has no value"),
    ],
)
def test_malformed_query_is_a_usage_error(imported: Run, query: str, says: str) -> None:
    line = assert_one_error(imported("search", query), 2)
    assert says in line


def test_search_on_an_empty_book_exits_1(cli: Run) -> None:
    assert_one_error(cli("search", "khang"), 1)


# List and show ------------------------------------------------------------------------------------


def test_list_table_shows_titles(imported: Run) -> None:
    result = ok(imported("list"))
    for meeting in json.loads(SAMPLE.read_text(encoding="utf-8")):
        assert " ".join(meeting["title"].split()[:4]) in result.stdout
    assert "of 5 meetings" not in result.stdout


def test_bare_command_lists_meetings(imported: Run) -> None:
    result = ok(imported())
    assert "Hội nghị lần thứ Tư" in result.stdout


def test_list_csv_has_the_documented_header(imported: Run) -> None:
    result = ok(imported("list", "--format", "csv"))
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == documented_columns()
    assert len(rows) == 6
    assert {row[0] for row in rows[1:]} == ALL_UIDS


def test_list_json_has_every_documented_key(imported: Run) -> None:
    fields = documented_fields()
    assert "participants" in fields and "version" in fields  # the docs table was parsed
    records = json.loads(ok(imported("list", "--format", "json")).stdout)
    assert isinstance(records, list) and len(records) == 5
    for item in records:
        assert set(fields) <= set(item), set(fields) - set(item)


def test_list_newest_first(imported: Run) -> None:
    found = uids(imported("list", "--format", "json"))
    assert found[0] == SEED_004
    assert found[-1] == "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"  # 2022 sorts by 1/1


def test_list_limit_says_how_many_more(imported: Run) -> None:
    result = ok(imported("list", "--limit", "2"))
    assert "2 of 5" in result.stdout
    assert len(uids(imported("list", "--limit", "2", "--format", "json"))) == 2


def test_list_limit_zero_is_a_usage_error(imported: Run) -> None:
    assert imported("list", "--limit", "0").exit_code == 2


def test_list_empty_book_exits_1(cli: Run) -> None:
    line = assert_one_error(cli("list"), 1)
    assert "empty" in line


def test_show_by_id_and_by_uid(imported: Run, db: str) -> None:
    number = meeting_id(db, SEED_004)
    by_id = ok(imported("show", str(number)))
    by_uid = ok(imported("show", SEED_004))
    assert by_id.stdout == by_uid.stdout
    text = by_id.stdout
    assert f"#{number}" in text
    assert "Hội nghị lần thứ Tư" in text
    assert "Chaired by" in text and "Nguyễn Đình Khang" in text
    assert SEED_004 in text and "15/03/2024" in text


def test_show_json_is_the_stored_record(imported: Run, db: str) -> None:
    shown = json.loads(ok(imported("show", SEED_003, "--format", "json")).stdout)
    assert shown == [record(db, SEED_003).to_json()]
    assert shown[0]["date"] == "2024"


@pytest.mark.parametrize("ref", ["999", "no-such-uid"])
def test_show_unknown_meeting_exits_1(imported: Run, ref: str) -> None:
    assert_one_error(imported("show", ref), 1)


# Add ----------------------------------------------------------------------------------------------


def test_add_stores_every_value(cli: Run, db: str) -> None:
    number = added_id(
        cli(
            "add",
            "--title",
            "Họp Ban Chấp hành Công đoàn cơ sở",
            "--date",
            "15/3/2024",
            "--part-of-day",
            "chiều",
            "--place",
            "Hội trường tầng 2",
            "--attendee",
            "Nguyễn Văn An | Ủy viên Ban Chấp hành",
            "--attendee",
            "Trần Thị Bình | Trưởng ban Nữ công",
            "--chair",
            "Lê Văn Cường (Chủ tịch Công đoàn)",
            "--decision",
            "kết luận: Tổ chức Tháng Công nhân | responsible: Ban Thường vụ | due: 6/2024",
            "--doc",
            "Thông báo số 249/TB-VPCP",
            "--doc",
            "02-NQ/TW",
        )
    )
    saved = record(db, number)
    assert saved.title == "Họp Ban Chấp hành Công đoàn cơ sở"
    assert saved.date.iso() == "2024-03-15" and saved.date.precision == "day"
    assert saved.part_of_day == "afternoon"
    assert saved.location == "Hội trường tầng 2"
    assert saved.version == 1 and saved.uid
    people = [(p.name, p.role, p.title) for p in saved.participants]
    assert people == [
        ("Lê Văn Cường", "chair", "Chủ tịch Công đoàn"),
        ("Nguyễn Văn An", "attendee", "Ủy viên Ban Chấp hành"),
        ("Trần Thị Bình", "attendee", "Trưởng ban Nữ công"),
    ]
    [decision] = saved.decisions
    assert decision.kind == "conclusion"
    assert decision.text == "Tổ chức Tháng Công nhân"
    assert decision.responsible == "Ban Thường vụ"
    assert decision.due is not None and decision.due.iso() == "2024-06"
    assert decision.status == "open"
    documents = [(d.kind, d.number) for d in saved.documents]
    assert documents == [("Thông báo", "249/TB-VPCP"), ("Nghị quyết", "02-NQ/TW")]
    # And the new meeting is findable at once, by person and by document.
    assert found_uids(db, "chair:cuong doc:02-NQ/TW") == {saved.uid}


def test_add_without_kind_takes_the_kind_the_title_names_and_says_so(cli: Run, db: str) -> None:
    title = "Hội nghị Ban Chấp hành LĐLĐ tỉnh Nghệ An lần thứ 5"
    said = ok(cli("add", "--title", title, "--date", "15/3/2024")).stdout
    assert record(db, added_id_in(said)).kind == "hội nghị"
    assert "Kind: hội nghị, from the title (--kind gives another)." in said.splitlines()
    said = ok(cli("--lang", "vi", "add", "--title", "Buổi làm việc với Sở", "--date", "2024"))
    assert "Loại: buổi làm việc, lấy từ tiêu đề" in said.stdout
    assert record(db, 2).kind == "buổi làm việc"
    # A kind given is kept, even none (''); a title that names no kind leaves it empty.
    given = [
        ("Hội nghị sơ kết", ("--kind", "phiên họp"), "phiên họp"),
        ("Hội nghị tổng kết", ("--kind", ""), None),
        ("Tổng kết năm", (), None),
    ]
    for title, flags, kind in given:
        said = ok(cli("add", "--title", title, "--date", "2024", *flags)).stdout
        assert record(db, added_id_in(said)).kind == kind
        assert "from the title" not in said


def added_id_in(said: str) -> int:
    match = re.search(r"Added meeting #(\d+)", said)
    assert match, said
    return int(match.group(1))


def test_add_with_bad_date_names_the_field_and_writes_nothing(imported: Run, db: str) -> None:
    result = imported("add", "--title", "Họp", "--date", "31/02/2024")
    assert result.exit_code == 1
    assert "'date'" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("minutebook:")
    assert "nothing was written" in result.stderr
    assert count(db) == 5


def test_add_with_bad_part_of_day_writes_nothing(cli: Run, db: str) -> None:
    result = cli("add", "--title", "Họp", "--date", "2024", "--part-of-day", "khuya")
    assert result.exit_code == 1
    assert "part_of_day" in result.stderr
    assert count(db) == 0


def test_add_with_existing_uid_is_refused(imported: Run, db: str) -> None:
    before = record(db, SEED_004).to_json()
    result = imported("add", "--title", "Khác", "--date", "2024", "--uid", SEED_004)
    assert_one_error(result, 1)
    assert record(db, SEED_004).to_json() == before
    assert count(db) == 5


def test_add_without_title_is_a_usage_error(cli: Run, db: str) -> None:
    result = cli("add", "--date", "2024")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert count(db) == 0


# Edit and delete ----------------------------------------------------------------------------------


def test_edit_changes_the_database_and_bumps_the_version(
    cli: Run, db: str, two_hais: tuple[int, int]
) -> None:
    number = added_id(
        cli(
            "add",
            "--title",
            "Họp cũ",
            "--date",
            "2024-03-15",
            "--attendee",
            "Nguyễn Văn Hải | Tổ trưởng",
            "--attendee",
            "Đỗ Thị Lan",
            "--decision",
            "Giao việc A",
            "--decision",
            "Giao việc B",
        )
    )
    result = ok(
        cli(
            "edit",
            str(number),
            "--title",
            "Họp mới",
            "--attendee",
            "Lê Văn Cường | Ủy viên",
            "--remove-person",
            "Đỗ Thị Lan",
            "--decision-status",
            "2=done",
        )
    )
    assert "version 2" in result.stdout
    saved = record(db, number)
    assert saved.title == "Họp mới"
    assert saved.version == 2
    assert [(p.name, p.title) for p in saved.participants] == [
        ("Nguyễn Văn Hải", "Tổ trưởng"),
        ("Lê Văn Cường", "Ủy viên"),
    ]
    assert [d.status for d in saved.decisions] == ["open", "done"]
    assert saved.uid and found_uids(db, '"hop moi" person:cuong') == {saved.uid}
    assert not found_uids(db, "person:lan")


def test_edit_with_bad_date_leaves_the_database_unchanged(imported: Run, db: str) -> None:
    before = record(db, SEED_004).to_json()
    result = imported("edit", SEED_004, "--title", "Đổi tên", "--date", "40/1/2024")
    assert result.exit_code == 1
    assert "'date'" in result.stderr and "Traceback" not in result.stderr
    assert record(db, SEED_004).to_json() == before


@pytest.mark.parametrize(
    ("setting", "code"),
    [
        ("foo", 2),  # not N=STATUS: a malformed flag value is a usage error
        ("x=done", 2),
        ("9=done", 2),  # the meeting has no decision 9
        ("1=maybe", 1),  # well formed, but not a status: invalid data
    ],
)
def test_edit_bad_decision_status_leaves_the_database_unchanged(
    imported: Run, db: str, setting: str, code: int
) -> None:
    before = record(db, SEED_004).to_json()
    result = imported("edit", SEED_004, "--decision-status", setting)
    assert result.exit_code == code and "Traceback" not in result.stderr
    if code == 2:
        assert "--decision-status" in assert_one_error(result, 2)
    assert record(db, SEED_004).to_json() == before


def test_edit_with_nothing_to_change_keeps_the_version(imported: Run, db: str) -> None:
    result = ok(imported("edit", SEED_004))
    assert "unchanged" in result.stdout
    assert record(db, SEED_004).version == 1


def test_delete_with_yes_removes_the_meeting(imported: Run, db: str) -> None:
    number = meeting_id(db, SEED_003)
    ok(imported("delete", str(number), "--yes"))
    assert count(db) == 4
    assert SEED_003 not in found_uids(db, "")
    assert not found_uids(db, "doc:249/TB-VPCP")
    assert_one_error(imported("show", SEED_003), 1)


def test_delete_without_yes_and_without_a_terminal_deletes_nothing(imported: Run, db: str) -> None:
    line = assert_one_error(imported("delete", SEED_003), 2)
    assert "--yes" in line
    assert count(db) == 5
    assert record(db, SEED_003).uid == SEED_003


def test_delete_unknown_meeting_exits_1(imported: Run, db: str) -> None:
    assert_one_error(imported("delete", "999", "--yes"), 1)
    assert count(db) == 5


# People -------------------------------------------------------------------------------------------


def test_people_lists_meeting_counts(imported: Run) -> None:
    rows = json.loads(ok(imported("people", "--format", "json")).stdout)
    by_name = {row["name"]: row for row in rows}
    assert by_name["Nguyễn Đình Khang"]["meetings"] == 3  # several roles at one meeting count once
    assert by_name["Ngọ Duy Hiểu"]["meetings"] == 2
    assert by_name["Nguyễn Đình Khang"]["last_date"] == "2024-03-15"
    table = ok(imported("people")).stdout
    assert re.search(r"Nguyễn Đình Khang\s*│\s*3\b", table), table


def test_people_name_filter(imported: Run) -> None:
    rows = json.loads(ok(imported("people", "--name", "khang", "--format", "json")).stdout)
    assert [row["name"] for row in rows] == ["Nguyễn Đình Khang"]


@pytest.mark.parametrize("wildcard", ["%", "_", "\\"])
def test_people_name_wildcards_are_letters_not_anything(imported: Run, wildcard: str) -> None:
    # No one in the sample book has a % or _ in their name: a LIKE wildcard must not match all.
    line = assert_one_error(imported("people", "--name", wildcard), 1)
    assert "no people found" in line


def test_people_show_lists_meetings_with_role_and_title(imported: Run, db: str) -> None:
    rows = json.loads(
        ok(imported("people", "show", "nguyen dinh khang", "--format", "json")).stdout
    )
    ids = {meeting_id(db, uid): uid for uid in KHANG_UIDS}
    assert {row["meeting"] for row in rows} == set(ids)
    roles = {(ids[row["meeting"]], row["role"]) for row in rows}
    assert (SEED_004, "chair") in roles
    assert ("seed-000-ky-ket-quy-che-dukdn-tld-2022", "attendee") in roles
    assert ("seed-000-ky-ket-quy-che-dukdn-tld-2022", "chair") not in roles
    held = {ids[row["meeting"]]: row["title_held"] for row in rows if row["role"] == "chair"}
    assert held[SEED_004].startswith("Ủy viên Ban Chấp hành Trung ương Đảng")
    assert rows[0]["meeting"] == meeting_id(db, SEED_004)  # newest first
    table = ok(imported("people", "show", "nguyen dinh khang")).stdout
    assert "Nguyễn Đình Khang: 3 meetings" in table
    assert "chair" in table and "attendee" in table


def test_people_show_unknown_person_exits_1(imported: Run) -> None:
    assert_one_error(imported("people", "show", "Không Có Ai"), 1)


def test_people_show_ambiguous_name_exits_1(imported: Run) -> None:
    # Several people are called Nguyễn ...: the answer names them, it does not guess.
    line = assert_one_error(imported("people", "show", "nguyen"), 1)
    assert "several people" in line


def test_people_rename_reaches_search(imported: Run, db: str) -> None:
    ok(imported("people", "rename", "Nguyễn Đình Khang", "Nguyễn Đình Khanh"))
    found = uids(imported("search", 'person:"nguyen dinh khanh"', "--format", "json"))
    assert set(found) == KHANG_UIDS
    assert set(uids(imported("search", "nguyen dinh khanh", "--format", "json"))) == KHANG_UIDS
    assert_one_error(imported("search", 'person:"nguyen dinh khang"'), 1)
    for uid in KHANG_UIDS:
        names = {p.name for p in record(db, uid).participants}
        assert "Nguyễn Đình Khanh" in names and "Nguyễn Đình Khang" not in names


def test_people_rename_to_an_existing_name_is_refused(imported: Run, db: str) -> None:
    line = assert_one_error(imported("people", "rename", "Nguyễn Đình Khang", "Ngọ Duy Hiểu"), 1)
    assert "merge" in line
    assert found_uids(db, 'person:"nguyen dinh khang"') == KHANG_UIDS


def test_people_duplicates_shows_near_twins(cli: Run, two_hais: tuple[int, int]) -> None:
    result = ok(cli("people", "duplicates"))
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "Nguyễn Văn Hải (1 meeting)" in lines[0]
    assert "Nguyễn Văn Hai (1 meeting)" in lines[0]


def test_people_duplicates_exits_1_when_there_are_none(imported: Run) -> None:
    assert_one_error(imported("people", "duplicates"), 1)


def test_people_merge_moves_meetings(cli: Run, db: str, two_hais: tuple[int, int]) -> None:
    first, second = two_hais
    result = ok(cli("people", "merge", "Nguyễn Văn Hải", "Nguyễn Văn Hai"))
    assert "(1 meeting)" in result.stdout
    for number in (first, second):
        assert [p.name for p in record(db, number).participants] == ["Nguyễn Văn Hải"]
    rows = json.loads(ok(cli("people", "--format", "json")).stdout)
    assert [(row["name"], row["meetings"]) for row in rows] == [("Nguyễn Văn Hải", 2)]
    assert_one_error(cli("people", "duplicates"), 1)
    # The title each held at their meeting survives the merge.
    assert record(db, second).participants[0].title == "Tổ viên"


def test_people_merge_with_oneself_is_refused(cli: Run, two_hais: tuple[int, int]) -> None:
    assert_one_error(cli("people", "merge", "Nguyễn Văn Hải", "nguyễn  văn hải"), 1)


def test_import_keeps_names_that_differ_by_marks_apart(cli: Run, tmp_path: Path) -> None:
    meetings = [
        {"title": "Họp một", "date": "2024-01", "participants": [{"name": "Nguyễn Văn Hải"}]},
        {"title": "Họp hai", "date": "2024-02", "participants": [{"name": "Nguyễn Văn Hài"}]},
        # Case and spacing are not a different person.
        {"title": "Họp ba", "date": "2024-03", "participants": [{"name": "nguyễn  văn HẢI"}]},
    ]
    path = tmp_path / "twins.json"
    path.write_text(json.dumps(meetings, ensure_ascii=False), encoding="utf-8")
    ok(cli("import", str(path)))
    rows = json.loads(ok(cli("people", "--format", "json")).stdout)
    assert sorted((row["name"], row["meetings"]) for row in rows) == [
        ("Nguyễn Văn Hài", 1),
        ("Nguyễn Văn Hải", 2),
    ]
    assert "Nguyễn Văn Hài" in ok(cli("people", "duplicates")).stdout


# Import -------------------------------------------------------------------------------------------


def test_import_invalid_csv_row_writes_nothing(imported: Run, db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", csv_rows(third_date="31/02/2024"))
    result = imported("import", str(path))
    assert result.exit_code == 1
    problem = result.stderr.splitlines()[0]
    assert str(path) in problem and "line 4" in problem and "'date'" in problem
    assert result.stderr.splitlines()[-1].startswith("minutebook:")
    assert "Traceback" not in result.stderr
    assert count(db) == 5
    assert not found_uids(db, "csv")


def test_import_reports_many_problems_with_their_lines(cli: Run, db: str, tmp_path: Path) -> None:
    rows = csv_rows()
    rows[0]["date"] = "2024-13"
    rows[1]["title"] = ""
    path = write_csv(tmp_path / "two-bad.csv", rows)
    result = cli("import", str(path))
    assert result.exit_code == 1
    assert "line 2" in result.stderr and "'date'" in result.stderr
    assert "line 3" in result.stderr and "'title'" in result.stderr
    assert "2 problems" in result.stderr
    assert count(db) == 0


def test_import_valid_csv(cli: Run, db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "good.csv", csv_rows())
    result = ok(cli("import", str(path)))
    assert "3 new" in result.stdout
    assert count(db) == 3
    [uid] = found_uids(db, 'chair:"le van mot"')
    saved = record(db, uid)
    assert saved.date.iso() == "2024-03-15"
    assert [(p.name, p.role, p.title) for p in saved.participants] == [
        ("Lê Văn Một", "chair", "Bí thư"),
    ]


def test_import_dry_run_writes_nothing(cli: Run, db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "good.csv", csv_rows())
    result = ok(cli("import", "--dry-run", str(path)))
    assert "3 new" in result.stdout and "would be" in result.stdout
    assert count(db) == 0


def test_import_dry_run_of_an_invalid_file_exits_1(cli: Run, db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", csv_rows(third_date="31/02/2024"))
    result = cli("import", "--dry-run", str(path))
    assert result.exit_code == 1
    assert "line 4" in result.stderr
    assert count(db) == 0


def test_reimport_changes_nothing(imported: Run, db: str) -> None:
    before = all_records(db)
    result = ok(imported("import", str(SAMPLE)))
    assert "0 new" in result.stdout and "5 unchanged" in result.stdout
    assert all_records(db) == before


def test_import_conflict_skip_and_update(imported: Run, db: str, tmp_path: Path) -> None:
    changed = record(db, SEED_004).to_json()
    changed["title"] = "Tiêu đề đã sửa"
    path = tmp_path / "changed.json"
    path.write_text(json.dumps([changed], ensure_ascii=False), encoding="utf-8")
    result = ok(imported("import", str(path)))
    assert "1 skipped" in result.stdout
    assert record(db, SEED_004).title != "Tiêu đề đã sửa"
    result = ok(imported("import", "--on-conflict", "update", str(path)))
    assert "1 updated" in result.stdout
    assert record(db, SEED_004).title == "Tiêu đề đã sửa"
    result = ok(imported("import", "--on-conflict", "fail", str(path)))
    assert "1 unchanged" in result.stdout  # now identical: no conflict


def test_import_unknown_column_is_named(cli: Run, db: str, tmp_path: Path) -> None:
    columns = ["title", "date", "colour"]
    path = write_csv(
        tmp_path / "extra.csv", [{"title": "Họp", "date": "2024", "colour": "đỏ"}], columns
    )
    result = cli("import", str(path))
    assert result.exit_code == 1
    assert "'colour'" in result.stderr and "unknown column" in result.stderr
    assert count(db) == 0


def test_import_unknown_extension_needs_format(cli: Run, db: str, tmp_path: Path) -> None:
    path = tmp_path / "meetings.txt"
    shutil.copyfile(SAMPLE, path)
    line = assert_one_error(cli("import", str(path)), 1)
    assert "--format" in line and "'.txt'" in line
    assert count(db) == 0
    assert "5 new" in ok(cli("import", "--format", "json", str(path))).stdout
    assert count(db) == 5


def test_import_json_syntax_error_names_the_line(cli: Run, db: str, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text(
        '[\n  {"title": "Một", "date": "2024"},\n  {"title": "Hai" "date": "2024"}\n]\n',
        encoding="utf-8",
    )
    result = cli("import", str(path))
    assert result.exit_code == 1
    assert f"{path}, line 3" in result.stderr
    assert "not valid JSON" in result.stderr and "Traceback" not in result.stderr
    assert count(db) == 0


def test_import_missing_file_exits_1(cli: Run, tmp_path: Path) -> None:
    line = assert_one_error(cli("import", str(tmp_path / "nope.json")), 1)
    assert "no such file" in line


def test_import_from_stdin(cli: Run, db: str) -> None:
    data = SAMPLE.read_text(encoding="utf-8")
    result = ok(cli("import", "--format", "json", "-", input=data))
    assert "5 new" in result.stdout
    assert count(db) == 5


# Export -------------------------------------------------------------------------------------------


def test_export_import_export_is_byte_identical(imported: Run, tmp_path: Path) -> None:
    first, second, other = tmp_path / "first.json", tmp_path / "second.json", tmp_path / "other.db"
    ok(imported("export", "--format", "json", "-o", str(first)))
    assert "Wrote 5 meetings" in imported("export", "-o", str(tmp_path / "x.json")).stderr
    assert "5 new" in ok(run_at(other, "--create", "import", str(first))).stdout
    ok(run_at(other, "export", "--format", "json", "-o", str(second)))
    assert first.read_bytes() == second.read_bytes()
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert {m["uid"] for m in exported} == ALL_UIDS
    assert exported[0]["uid"] == "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"  # oldest first


def test_export_matches_the_sample_file(imported: Run) -> None:
    exported = json.loads(ok(imported("export")).stdout)
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert sorted(exported, key=lambda m: m["uid"]) == sorted(sample, key=lambda m: m["uid"])


def test_export_csv_to_stdout_parses_back(imported: Run, tmp_path: Path) -> None:
    result = ok(imported("export", "--format", "csv"))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 5 and {row["uid"] for row in rows} == ALL_UIDS
    assert list(rows[0]) == documented_columns()
    path = tmp_path / "export.csv"
    path.write_text(result.stdout, encoding="utf-8")
    other = tmp_path / "other.db"
    assert "5 new" in ok(run_at(other, "--create", "import", str(path))).stdout
    again = ok(run_at(other, "export", "--format", "csv"))
    assert again.stdout == result.stdout


def test_export_ndjson_to_stdout_parses_back(imported: Run, tmp_path: Path) -> None:
    result = ok(imported("export", "--format", "ndjson"))
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    records = [json.loads(line) for line in lines]
    assert {r["uid"] for r in records} == ALL_UIDS
    path = tmp_path / "export.ndjson"
    path.write_text(result.stdout, encoding="utf-8")
    other = tmp_path / "other.db"
    assert "5 new" in ok(run_at(other, "--create", "import", str(path))).stdout
    assert all_records(other) == records


def test_export_query(imported: Run) -> None:
    result = ok(imported("export", "--query", "nguyen dinh khang"))
    assert {m["uid"] for m in json.loads(result.stdout)} == KHANG_UIDS


def test_export_to_an_unwritable_path_is_one_line(imported: Run, tmp_path: Path) -> None:
    assert_one_error(imported("export", "-o", str(tmp_path / "missing" / "out.json")), 1)


def test_export_bad_query_is_a_usage_error(imported: Run) -> None:
    assert_one_error(imported("export", "--query", "foo:bar"), 2)


# Database -----------------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_db_path_prints_the_file(cli: Run, db_path: Path) -> None:
    assert ok(cli("db", "path")).stdout.strip() == str(db_path.resolve())


def test_db_follows_the_environment(tmp_path: Path) -> None:
    from cli import app

    result = CliRunner().invoke(app, ["db", "path"])
    assert result.exit_code == 0
    assert result.stdout.strip() == str((tmp_path / "default.db").resolve())


def test_db_check_says_ok(imported: Run) -> None:
    result = ok(imported("db", "check"))
    assert "Integrity: ok" in result.stdout
    assert "5 meetings; 18 people; 7 bodies;" in result.stdout  # said as people say it


@pytest.mark.sqlite_only
def test_db_backup_copies_the_meetings(imported: Run, db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    ok(imported("db", "backup", str(target)))
    assert target.is_file()
    assert all_records(target) == all_records(db_path)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.sqlite_only
def test_db_backup_never_overwrites(imported: Run, tmp_path: Path) -> None:
    target = tmp_path / "taken.db"
    target.write_bytes(b"precious")
    line = assert_one_error(imported("db", "backup", str(target)), 1)
    assert "already exists" in line
    assert target.read_bytes() == b"precious"


def test_db_upgrade(cli: Run) -> None:
    result = ok(cli("db", "upgrade"))
    assert "schema" in result.stdout


@pytest.mark.sqlite_only
def test_database_file_is_private(cli: Run, db_path: Path) -> None:
    ok(cli("db", "upgrade"))
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_database_in_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "a" / "b" / "book.db"
    line = assert_one_error(run_at(db, "import", str(SAMPLE)), 1)
    assert "does not exist" in line
    assert not (tmp_path / "a").exists()


def test_bad_database_url_is_one_line(tmp_path: Path) -> None:
    from cli import app

    result = CliRunner().invoke(app, ["--db", "nosuchdriver://x/y", "list"])
    assert_one_error(result, 1)


# User text is data --------------------------------------------------------------------------------


def test_markup_and_escapes_in_titles_are_shown_as_text(cli: Run, db: str) -> None:
    title = "[bold]Họp[/] \x1b[2J"
    number = added_id(cli("add", "--title", title, "--date", "2024"))
    assert record(db, number).title == title  # stored as typed
    for args in (("list",), ("show", str(number)), ("search", "hop")):
        shown = ok(cli(*args)).stdout
        assert "[bold]Họp[/]" in shown, args
        assert "\x1b" not in shown, args
        assert "\\x1b[2J" in shown, args


# The installed console script ---------------------------------------------------------------------


def test_console_script_import_and_search(tmp_path: Path) -> None:
    script = console_script()
    env = {**os.environ, "MINUTEBOOK_DB": str(tmp_path / "script.db"), "COLUMNS": "200"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(script), *args], env=env, capture_output=True, text=True, timeout=60, check=False
        )

    imported = run("--create", "import", str(SAMPLE))
    assert imported.returncode == 0, imported.stderr
    assert "5 new" in imported.stdout
    found = run("search", "nguyen dinh khang", "--format", "json")
    assert found.returncode == 0, found.stderr
    assert {r["uid"] for r in json.loads(found.stdout)} == KHANG_UIDS
    bad = run("search", "date:31/02/2024")
    assert bad.returncode == 2
    assert bad.stderr.startswith("minutebook:") and len(bad.stderr.splitlines()) == 1
    assert "Traceback" not in bad.stderr
    assert stat.S_IMODE((tmp_path / "script.db").stat().st_mode) == 0o600


def test_removing_someone_not_in_the_meeting_is_an_error(imported: Run) -> None:
    assert_one_error(imported("edit", "1", "--remove-person", "Không Ai"), 1)


def test_people_of_a_deleted_meeting_leave_the_directory(cli: Run) -> None:
    ok(cli("add", "--title", "Giao ban", "--date", "2024", "--attendee", "Đinh Văn Một"))
    ok(cli("delete", "1", "--yes"))
    assert "Đinh Văn Một" not in cli("people").stdout


def test_edit_removes_decisions_documents_and_organisers(imported: Run, db: str) -> None:
    before = record(db, 2)
    ok(
        imported(
            "edit", "2", "--remove-decision", "1", "--remove-doc", "565-cv/ĐĐTLĐ",
            "--remove-org", "ban dân vận trung ương", "--absent", "Lê Văn Vắng",
        )
    )  # fmt: skip
    after = record(db, 2)
    assert after.decisions == before.decisions[1:]
    assert [d.number for d in after.documents] == [
        d.number for d in before.documents if d.number != "565-CV/ĐĐTLĐ"
    ]
    assert [o.name for o in after.organisers] == [o.name for o in before.organisers[1:]]
    assert ("Lê Văn Vắng", "absent") in [(p.name, p.role) for p in after.participants]
    assert_one_error(imported("edit", "2", "--remove-doc", "999/XX"), 1)


def test_an_empty_file_is_nothing_to_import(cli: Run, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert "nothing to import" in assert_one_error(cli("import", str(empty)), 1)


def test_no_match_says_check_the_spelling(imported: Run) -> None:
    assert "check the spelling" in assert_one_error(imported("search", "khnag"), 1)
    # Fields alone have nothing to spell: the hint would send a secretary the wrong way.
    said = assert_one_error(imported("search", "status:approved"), 1)
    assert "status:approved" in said and "spelling" not in said
    assert "no meetings match" in assert_one_error(imported("export", "--query", "khnag"), 1)


def test_an_empty_book_says_how_to_fill_it(cli: Run) -> None:
    assert "the book is empty" in assert_one_error(cli("list"), 1)


def test_rename_to_the_same_spelling_says_so(imported: Run) -> None:
    assert "already spelled" in assert_one_error(
        imported("people", "rename", "Ngoc Kim Nam", "Ngọc Kim Nam"), 1
    )


def test_a_json_search_that_finds_nothing_still_prints_json(imported: Run) -> None:
    result = imported("search", "xyzzy", "--format", "json")
    assert "no meetings match" in assert_one_error(result, 1)
    assert json.loads(result.stdout) == []


# One error mapping for every command (cli.MinutebookGroup) ----------------------------------------


@pytest.mark.parametrize(
    ("error", "code", "says"),
    [
        (store.DatabaseFailed("the database failed: the server went away"), 1, "went away"),
        (store.UsageError("--flag 'x': not a value it takes"), 2, "--flag"),
        (store.QueryError("unclosed quote"), 2, "bad query: unclosed quote"),
        (KeyboardInterrupt(), 130, "interrupted"),
    ],
)
def test_an_error_in_any_command_is_one_line_and_its_exit_code(
    imported: Run, monkeypatch: pytest.MonkeyPatch, error: BaseException, code: int, says: str
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(store.Book, "search", broken)
    monkeypatch.setattr(store.Book, "people", broken)
    for args in (("list",), ("search", "khang", "--format", "json"), ("people",)):
        assert says in assert_one_error(imported(*args), code), args


def test_invalid_data_lists_its_problems_then_one_closing_line(imported: Run) -> None:
    result = imported("add", "--title", "", "--date", "40/1/2024")
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert [line.split(", field ")[0] for line in lines[:-1]] == ["add", "add"]
    assert lines[-1] == "minutebook: 2 problems; nothing was written"
