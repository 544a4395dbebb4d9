"""Keeping the record from the command line: history and revert, the trash and restore, approval,
locking and amendments, `db verify`, and a full disk during an export.

The real Typer app on the sample book (the `imported` fixture), on SQLite and PostgreSQL. Every
mistake is checked the same way: its exit code, one line on stderr, and the book exactly as it
was (its records, its trash, its history), read back through the store's API.
"""

from __future__ import annotations

import errno
import json
import os
import pty
import re
import select
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import store
import store.db
from commands.keeping import parse_age
from tests.helpers import SAMPLE, console_script, ok, one_error, wait_until

SEED_004 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"
APPROVE = ("--status", "approved", "--approved-on", "20/3/2024", "--approved-by", "Hội nghị BCH")


# The book as the store reads it back ------------------------------------------------------------


def book_state(db: str) -> tuple[Any, ...]:
    """Everything a mistake must leave as it was: the records, the trash, the history."""
    with store.open_book(db) as book:
        records = [record.to_json() for record in book.iter_meetings()]
        trash = [(entry.meeting_id, entry.deleted_at) for entry in book.trash()]
        report = book.verification()
    assert report.problems == []
    return records, trash, report.history_rows


def record(db: str, meeting: int | str) -> store.MeetingRecord:
    with store.open_book(db) as book:
        return book.meeting(book.resolve(str(meeting)))


def history(cli: Any, meeting: int | str) -> list[dict[str, Any]]:
    versions: list[dict[str, Any]] = json.loads(
        ok(cli("history", str(meeting), "-f", "json")).stdout
    )
    return versions


def trashed(db: str) -> list[int]:
    with store.open_book(db) as book:
        return [entry.meeting_id for entry in book.trash()]


def run_sql(db: str, statement: str, **values: Any) -> None:
    """A change made behind the program's back, as an SQL tool would make it."""
    opened = store.db.open_store(db)
    try:
        with opened.session() as session:
            session.execute(text(statement), values)
    finally:
        opened.close()


@pytest.fixture
def zone() -> Iterator[None]:
    """The computer's clock in Vietnam (UTC+7): local times are seven hours after UTC."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


# History ----------------------------------------------------------------------------------------


def test_history_says_when_who_what_and_which_fields(
    imported: Any, db: str, zone: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINUTEBOOK_USER", "Nguyễn Thị Thu")
    old_title = record(db, 5).title
    ok(imported("edit", "5", "--title", "Hội nghị BCH lần thứ Tư", "--attendee", "Lê Văn Ba"))
    versions = history(imported, 5)
    assert [(v["version"], v["action"]) for v in versions] == [(1, "imported"), (2, "edited")]
    edited = versions[-1]
    assert edited["saved_by"] == "Nguyễn Thị Thu"
    assert {c["field"] for c in edited["changes"]} == {"title", "participants"}
    title = next(c for c in edited["changes"] if c["field"] == "title")
    assert title == {"field": "title", "before": old_title, "after": "Hội nghị BCH lần thứ Tư"}
    saved_at = datetime.strptime(edited["saved_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - saved_at) < timedelta(minutes=5)
    table = ok(imported("history", "5")).stdout
    for header in ("Version", "When", "Who", "What", "Note", "Changed"):
        assert header in table
    local = (saved_at + timedelta(hours=7)).strftime("%d/%m/%Y %H:%M")  # local time, not UTC
    assert local in table and "Nguyễn Thị Thu" in table
    assert "Title, People at the meeting" in table  # the fields as the form names them
    said = ok(imported("--lang", "vi", "history", "5")).stdout
    assert "Tiêu đề, Thành phần tham dự" in said


def test_history_says_a_trip_to_the_trash_in_words_in_both_languages(imported: Any) -> None:
    # Deleting and restoring keep the content's version (2, 2, 2): the rows say what happened in
    # the words the TUI's history uses, never the stored codes ("undeleted" in Vietnamese).
    ok(imported("edit", "5", "--title", "Tên mới"))
    ok(imported("delete", "5", "--yes"))
    ok(imported("restore", "5"))
    versions = [(v["version"], v["action"]) for v in history(imported, 5)]
    assert versions[-2:] == [(2, "deleted"), (2, "undeleted")]  # JSON keeps the codes
    table = ok(imported("history", "5")).stdout
    assert "moved to the trash" in table and "back from the trash" in table
    assert "undeleted" not in table
    said = ok(imported("--lang", "vi", "history", "5")).stdout
    assert "chuyển vào thùng rác" in said and "lấy lại từ thùng rác" in said
    assert "deleted" not in said


def test_history_show_prints_a_version_as_show_does(imported: Any, db: str) -> None:
    old_title = record(db, 5).title
    ok(imported("edit", "5", "--title", "Tên mới"))
    shown = ok(imported("history", "5", "--show", "1")).stdout
    assert shown.startswith("#5  " + old_title[:40])
    assert "(version 1)" in shown and "it is now at version 2" in shown
    assert "Tên mới" not in shown
    as_json = json.loads(ok(imported("history", "5", "--show", "1", "-f", "json")).stdout)
    assert as_json[0]["title"] == old_title and as_json[0]["version"] == 1
    assert as_json[0]["uid"] == SEED_004


def test_history_of_a_meeting_in_the_trash_is_one_line(imported: Any, db: str) -> None:
    ok(imported("delete", "3", "--yes"))
    before = book_state(db)
    line = one_error(imported("history", "3"), 1)
    assert "in the trash" in line and "minutebook restore 3" in line
    assert book_state(db) == before


@pytest.mark.parametrize(
    ("args", "says"),
    [(("history", "99"), "no meeting 99"), (("history", "5", "--show", "7"), "no version 7")],
)
def test_history_of_what_is_not_there_is_one_line(
    imported: Any, db: str, args: tuple[str, ...], says: str
) -> None:
    before = book_state(db)
    assert says in one_error(imported(*args), 1)
    assert book_state(db) == before


def test_revert_saves_an_earlier_version_as_a_new_one(imported: Any, db: str) -> None:
    first = record(db, 5)
    ok(imported("edit", "5", "--title", "Tên sai", "--remove-decision", "1"))
    said = ok(imported("revert", "5", "1")).stdout
    assert "version 1" in said and "version 3" in said
    now = record(db, 5)
    assert now.version == 3
    assert {**now.to_json(), "version": 1, "updated_at": None} == {
        **first.to_json(),
        "updated_at": None,
    }
    last = history(imported, 5)[-1]
    assert (last["action"], last["note"]) == ("reverted", "to version 1")
    assert {c["field"] for c in last["changes"]} == {"title", "decisions"}
    # Back to what it is already: said, and no version of no change.
    again = ok(imported("revert", "5", "3")).stdout
    assert again.strip() == "Meeting #5 is as it was at version 3 already: nothing was saved."
    assert record(db, 5).version == 3 and len(history(imported, 5)) == 3


def test_history_says_a_reverts_note_in_the_interface_language(imported: Any) -> None:
    ok(imported("edit", "5", "--title", "Tên sai"))
    ok(imported("revert", "5", "1"))
    vietnamese = ok(imported("--lang", "vi", "history", "5")).stdout
    assert "về phiên bản 1" in " ".join(vietnamese.split()) and "to version" not in vietnamese
    english = ok(imported("history", "5")).stdout
    assert "to version 1" in " ".join(english.split())
    # A script reads the note as stored, whatever the language.
    data = json.loads(ok(imported("--lang", "vi", "history", "5", "-f", "json")).stdout)
    assert data[-1]["note"] == "to version 1"


def test_revert_of_locked_minutes_is_refused(imported: Any, db: str) -> None:
    ok(imported("edit", "5", *APPROVE))
    ok(imported("edit", "5", "--status", "locked"))
    before = book_state(db)
    assert "locked" in one_error(imported("revert", "5", "1"), 1)
    assert book_state(db) == before


# The trash --------------------------------------------------------------------------------------


def test_delete_moves_to_the_trash_and_says_how_to_restore(imported: Any, db: str) -> None:
    shown = ok(imported("show", "3", "-f", "json")).stdout
    said = ok(imported("delete", "3", "--yes")).stdout
    assert "trash" in said and "minutebook restore 3" in said
    assert trashed(db) == [3]
    assert ok(imported("list", "-f", "json")).stdout.count('"uid"') == 4
    listed = json.loads(ok(imported("trash", "-f", "json")).stdout)
    assert [(e["meeting"], e["uid"], e["date"]) for e in listed] == [
        (3, "seed-002-ky-ket-quy-che-ldld-nghe-an-2022", "2022-01-20")
    ]
    assert "#" in ok(imported("trash")).stdout
    said = ok(imported("restore", "3")).stdout
    assert said.startswith("Restored #3")
    assert ok(imported("show", "3", "-f", "json")).stdout == shown  # the same bytes
    assert trashed(db) == []
    assert [v["action"] for v in history(imported, 3)] == ["imported", "deleted", "undeleted"]


def test_restore_by_uid(imported: Any, db: str) -> None:
    ok(imported("delete", SEED_004, "--yes"))
    ok(imported("restore", SEED_004))
    assert record(db, 5).uid == SEED_004


@pytest.mark.parametrize(("number", "says"), [("99", "not in the trash"), ("2", "in the book")])
def test_restore_of_an_unknown_or_live_number_is_one_line(
    imported: Any, db: str, number: str, says: str
) -> None:
    ok(imported("delete", "3", "--yes"))
    before = book_state(db)
    assert says in one_error(imported("restore", number), 1)
    assert book_state(db) == before


def test_an_empty_trash_says_so(imported: Any) -> None:
    assert "the trash is empty" in one_error(imported("trash"), 1)
    result = imported("trash", "-f", "json")
    assert result.exit_code == 1 and json.loads(result.stdout) == []


def test_emptying_the_trash_in_a_script_needs_yes(imported: Any, db: str) -> None:
    ok(imported("delete", "3", "--yes"))
    before = book_state(db)
    line = one_error(imported("trash", "empty"), 2)
    assert "add --yes" in line and "1 meeting" in line
    assert book_state(db) == before


def test_emptying_the_trash_destroys_it_with_its_history(imported: Any, db: str) -> None:
    ok(imported("delete", "3", "--yes"))
    ok(imported("delete", "4", "--yes"))
    said = ok(imported("trash", "empty", "--yes")).stdout
    assert "Purged 2 meetings for good: #3, #4" in said
    assert trashed(db) == []
    assert "no meeting 3" in one_error(imported("history", "3"), 1)
    assert "not in the trash" in one_error(imported("restore", "3"), 1)
    assert ok(imported("db", "verify")).stdout.startswith("ok: 3 meetings")
    assert "nothing purged" in ok(imported("trash", "empty", "--yes")).stdout


def test_older_than_purges_only_what_was_deleted_before(imported: Any, db: str) -> None:
    ok(imported("delete", "3", "--yes"))
    ok(imported("delete", "4", "--yes"))
    long_ago = datetime.now(UTC).replace(microsecond=0) - timedelta(days=40)
    run_sql(db, "UPDATE trashed_meeting SET deleted_at = :t WHERE meeting_id = 3", t=long_ago)
    assert "nothing purged" in ok(imported("trash", "empty", "--older-than", "6w", "--yes")).stdout
    assert trashed(db) == [4, 3]
    said = ok(imported("trash", "empty", "--older-than", "30d", "--yes")).stdout
    assert "Purged 1 meeting for good: #3" in said
    assert trashed(db) == [4]


@pytest.mark.parametrize("age", ["30", "3x", "-1d", "d", "1.5w", "30 days", "200y", ""])
def test_a_bad_older_than_is_a_usage_error(imported: Any, db: str, age: str) -> None:
    ok(imported("delete", "3", "--yes"))
    before = book_state(db)
    assert "--older-than" in one_error(imported("trash", "empty", "--older-than", age, "--yes"), 2)
    assert book_state(db) == before


def test_ages_in_days_weeks_months_and_years() -> None:
    assert parse_age("30d") == timedelta(days=30)
    assert parse_age("12W") == timedelta(weeks=12)
    assert parse_age(" 6m ") == timedelta(days=180)
    assert parse_age("1y") == timedelta(days=365)


def test_on_a_terminal_it_names_what_it_destroys_and_asks(
    imported: Any, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import commands.keeping

    monkeypatch.setattr(commands.keeping, "on_a_terminal", lambda: True)
    for n in range(12):
        ok(imported("add", "--title", f"Giao ban tuần {n}", "--date", f"{n + 1}/1/2024"))
    for number in range(6, 18):
        ok(imported("delete", str(number), "--yes"))
    before = book_state(db)
    result = imported("trash", "empty", input="n\n")
    assert "nothing purged" in one_error(result, 1)
    asked = result.stdout
    assert "12 meetings to destroy" in asked and "Destroy these 12 meetings for good?" in asked
    named = re.findall(r"^  #(\d+) ", asked, flags=re.MULTILINE)
    assert len(named) == 10 and "... and 2 more" in asked
    assert book_state(db) == before
    assert "Purged 12 meetings" in ok(imported("trash", "empty", input="y\n")).stdout
    assert trashed(db) == []


def test_the_real_command_asks_on_a_real_terminal(imported: Any, db: str) -> None:
    ok(imported("delete", "3", "--yes"))
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [str(console_script()), "--db", db, "trash", "empty"],
        stdin=follower, stdout=follower, stderr=subprocess.PIPE,
    )  # fmt: skip
    os.close(follower)
    seen = bytearray()

    def read() -> bytes:
        while select.select([leader], [], [], 0.02)[0]:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the command has ended and closed the terminal
                break
            if not chunk:
                break
            seen.extend(chunk)
        return bytes(seen)

    try:
        wait_until(lambda: b"for good?" in read(), timeout=60, what="the question")
        assert "#3 20/01/2022 Hội nghị ký kết" in seen.decode()
        os.write(leader, b"y\n")
        wait_until(lambda: read() is not None and process.poll() is not None, timeout=60)
    finally:
        os.close(leader)
        if process.poll() is None:
            process.kill()
        process.wait()
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""
    assert b"Purged 1 meeting for good: #3" in seen
    assert trashed(db) == []


# Approval, locking, amendments ------------------------------------------------------------------


def test_approval_is_recorded_and_shown(imported: Any, db: str) -> None:
    assert "Saved meeting #5 (version 2)" in ok(imported("edit", "5", *APPROVE)).stdout
    approved = record(db, 5)
    assert (approved.status, approved.approved_on, approved.approved_by) == (
        "approved", store.parse_partial_date("20/3/2024"), "Hội nghị BCH"
    )  # fmt: skip
    shown = ok(imported("show", "5")).stdout
    assert "Approved on 20/03/2024 by Hội nghị BCH" in shown and "Status: approved" in shown
    assert history(imported, 5)[-1]["action"] == "approved"
    found = json.loads(ok(imported("search", "status:approved", "-f", "json")).stdout)
    assert [m["uid"] for m in found] == [SEED_004]
    ok(imported("edit", "5", "--status", "locked"))
    shown = ok(imported("show", "5")).stdout
    assert "Approved on 20/03/2024 by Hội nghị BCH" in shown
    assert "Status: locked: corrected only by `minutebook amend 5 --reason TEXT ...`" in shown
    assert "Status: final" in ok(imported("show", "4")).stdout


BY = ("--approved-by", "Hội nghị BCH")


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (("--status", "approved", "--approved-on", "31/02/2024", *BY), 2, "--approved-on"),
        (("--status", "approved", "--approved-on", "hôm qua", *BY), 2, "--approved-on"),
        (("--status", "locked"), 2, "give --approved-on DATE"),  # the flag, not the field
        (("--status", "locked", "--approved-on", "20/3/2024", *BY), 1, "not approved yet"),
        (("--status", "approved"), 2, "give --approved-on DATE"),
        (("--status", "approved", "--approved-on", "20/3/2024"), 2, "give --approved-by TEXT"),
        (("--status", "approved", "--approved-on", "1/1/2020", *BY), 1, "dated before the meeting"),
        (("--status", "approved", "--approved-on", "1/1/2199", *BY), 1, "dated in the future"),
        # Only approved (or locked) minutes carry an approval: the record's own check refuses it.
        (("--approved-on", "20/3/2024"), 1, "field 'approved_on': only approved or locked"),
        (BY, 1, "field 'approved_by': only approved or locked minutes say who approved"),
    ],
)
def test_a_bad_approval_changes_nothing(
    imported: Any, db: str, args: tuple[str, ...], code: int, says: str
) -> None:
    before = book_state(db)
    result = imported("edit", "5", *args)
    if code == 2:
        assert says in one_error(result, 2)
    else:
        assert result.exit_code == 1 and says in result.stderr, result.stderr
    assert book_state(db) == before


def test_a_draft_is_not_approved(imported: Any, db: str) -> None:
    ok(imported("edit", "5", "--status", "draft"))
    before = book_state(db)
    line = one_error(imported("edit", "5", *APPROVE), 1)
    assert "is a draft" in line and "--status final" in line
    assert book_state(db) == before


def test_locked_minutes_refuse_edit_and_delete(imported: Any, db: str) -> None:
    ok(imported("edit", "5", *APPROVE))
    ok(imported("edit", "5", "--status", "locked"))
    before = book_state(db)
    line = one_error(imported("edit", "5", "--title", "Sửa"), 1)
    assert "is locked" in line and "minutebook amend 5 --reason" in line
    assert "is locked" in one_error(imported("delete", "5", "--yes"), 1)
    assert book_state(db) == before


def test_an_amendment_keeps_its_reason_in_the_history(imported: Any, db: str) -> None:
    ok(imported("edit", "5", *APPROVE))
    ok(imported("edit", "5", "--status", "locked"))
    said = ok(
        imported(
            "amend", "5", "--reason", "Sửa chức danh theo biên bản gốc",
            "--attendee", "Ngọc Kim Nam | Trưởng Ban Dân vận Tỉnh ủy",
        )
    ).stdout  # fmt: skip
    assert "Amended meeting #5 (version 4)" in said
    amended = record(db, 5)
    assert amended.status == "locked"
    assert ("Ngọc Kim Nam", "Trưởng Ban Dân vận Tỉnh ủy") in [
        (p.name, p.title) for p in amended.participants
    ]
    last = history(imported, 5)[-1]
    assert (last["action"], last["note"]) == ("amended", "Sửa chức danh theo biên bản gốc")
    assert "Sửa chức danh theo biên bản gốc" in ok(imported("history", "5")).stdout


def test_amend_takes_the_same_flags_as_edit() -> None:
    import typer.main

    from cli import app

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    edit = {p.name for p in commands["edit"].params}
    amend = {p.name for p in commands["amend"].params}
    assert amend - edit == {"reason"} and edit - amend == set()


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        ((), 2, "--reason"),
        (("--reason", "  "), 2, "needs a reason"),
    ],
)
def test_an_amendment_without_a_reason_is_a_usage_error(
    imported: Any, db: str, args: tuple[str, ...], code: int, says: str
) -> None:
    ok(imported("edit", "5", *APPROVE))
    before = book_state(db)
    result = imported("amend", "5", *args, "--title", "Sửa")
    assert result.exit_code == code and says in result.stderr, result.stderr
    assert book_state(db) == before


def test_final_minutes_are_edited_not_amended(imported: Any, db: str) -> None:
    before = book_state(db)
    assert "edit it" in one_error(imported("amend", "5", "--reason", "x", "--title", "Sửa"), 1)
    assert book_state(db) == before


# Verifying --------------------------------------------------------------------------------------


def test_db_verify_says_what_it_checked(imported: Any) -> None:
    ok(imported("delete", "3", "--yes"))
    said = ok(imported("db", "verify")).stdout.strip()
    assert said == "ok: 4 meetings (and 1 in the trash), 6 history rows checked"


def test_db_verify_names_a_meeting_changed_behind_the_programs_back(imported: Any, db: str) -> None:
    run_sql(db, "UPDATE meeting SET title = 'Đã bị sửa' WHERE id = 2")
    result = imported("db", "verify")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "problem: meeting #2: its record was changed outside the program"
    assert lines[-1] == "minutebook: 1 meeting changed outside the program"
    assert result.stdout == ""


# A full disk ------------------------------------------------------------------------------------


FULL = Path("/dev/full")


@pytest.mark.skipif(not FULL.exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize(
    "args",
    [
        ("export", "-f", "json"),
        ("export", "-f", "csv"),
        ("export", "-f", "md"),
        ("export", "-f", "ics"),
        ("export", "-f", "docx"),
        ("export", "-f", "xlsx"),
        ("show", "5", "-f", "md"),
        ("show", "5", "-f", "docx"),
        ("show", "5", "-f", "json"),
    ],
)
def test_a_full_disk_is_one_line(imported: Any, args: tuple[str, ...]) -> None:
    line = one_error(imported(*args, "-o", str(FULL)), 1)
    assert line == "minutebook: cannot write /dev/full: no space left on device"


def test_what_a_failed_export_wrote_is_removed(
    imported: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_written(records: Any, fmt: str, stream: Any) -> int:
        stream.write("[{" if fmt != "docx" else b"PK")
        stream.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store.Book, "write", staticmethod(half_written))
    for args in (("export",), ("show", "5", "-f", "docx")):
        target = tmp_path / ("out.json" if args == ("export",) else "out.docx")
        line = one_error(imported(*args, "-o", str(target)), 1)
        assert line == f"minutebook: cannot write {target}: no space left on device"
        assert not target.exists()


def test_an_output_is_never_the_book_itself(tmp_path: Path) -> None:
    """Issue 13: `export -o self.db` left the book at 0 bytes; `show -o book.db` and a rejects
    file named like the book did the same."""
    from typer.testing import CliRunner

    from cli import app

    book = tmp_path / "book.db"
    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(book), "--create", "import", str(SAMPLE)]).exit_code == 0
    before = book.read_bytes()
    for args in (
        ["export", "--format", "json", "-o", str(book)],
        ["show", "1", "--format", "docx", "-o", str(book)],
    ):
        result = runner.invoke(app, ["--db", str(book), *args])
        assert result.exit_code == 1, result.output
        assert result.stderr.strip().splitlines() == [
            f"minutebook: {book} is the minute book itself ({book}); write to another file"
        ]
    assert book.read_bytes() == before
    csv_book = tmp_path / "book.csv"
    made = runner.invoke(app, ["--db", str(csv_book), "--create", "import", str(SAMPLE)])
    assert made.exit_code == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("date;title\n31/2/2024;Sai ngày\n", encoding="utf-8")
    result = runner.invoke(
        app, ["--db", str(csv_book), "import", str(bad), "--skip-invalid", "--rejects",
              str(csv_book)],
    )  # fmt: skip
    assert result.exit_code == 1 and "is the minute book itself" in result.stderr
    checked = runner.invoke(app, ["--db", str(csv_book), "db", "check"])
    assert checked.exit_code == 0 and "meeting" in checked.stdout


def test_export_csv_excel_is_for_spreadsheets(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cli import app

    book, out = tmp_path / "book.db", tmp_path / "so.csv"
    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(book), "--create", "import", str(SAMPLE)]).exit_code == 0
    done = runner.invoke(app, ["--db", str(book), "export", "--excel", "-o", str(out)])
    assert done.exit_code == 0, done.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfuid;date;") and b"\r\n" in data
    wrong = runner.invoke(app, ["--db", str(book), "export", "--excel", "--format", "json"])
    assert wrong.exit_code == 2
    again = tmp_path / "again.db"
    assert runner.invoke(app, ["--db", str(again), "--create", "import", str(out)]).exit_code == 0
