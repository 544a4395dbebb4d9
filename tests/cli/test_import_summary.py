"""What an import says when it is done: counts, likely duplicates, people, warnings, progress.

Through the real CLI on a real SQLite book: the text summary for people, `--summary json` for
scripts (also when nothing was written), and the progress bar, which shows on a terminal (the
installed command run in a pseudo-terminal) and stays quiet when stderr is not one.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import store
import store.db
from tests.helpers import SAMPLE, ok, one_error, write_rows

SEED_004 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"
ONLY_DUPLICATE = (
    "minutebook: the meeting read is a likely duplicate of one in the book; nothing was imported"
)


def stored(db: str | Path) -> dict[str, store.MeetingRecord]:
    with store.open_book(str(db)) as book:
        return {r.uid or "": r for r in book.iter_meetings()}


def people(cli: Any) -> list[str]:
    return sorted(p["name"] for p in json.loads(ok(cli("people", "--format", "json")).stdout))


# Likely duplicates --------------------------------------------------------------------------------


def seed_004_without_uid(tmp_path: Path, notes: str | None, retyped: bool = False) -> str:
    """Meeting seed-004 as it was, or as a secretary might type it again (other capitals and
    spaces in its title), without its uid."""
    record = json.loads(SAMPLE.read_text(encoding="utf-8"))[4]
    assert record["uid"] == SEED_004
    del record["uid"]
    if retyped:
        record["title"] = "  " + record["title"].upper().replace(" ", "  ")
    record["notes"] = notes
    path = tmp_path / "again.ndjson"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return str(path)


def test_the_same_meeting_without_a_uid_is_unchanged(
    cli: Any, sample_book: store.db.Store, db: str, tmp_path: Path
) -> None:
    notes = stored(db)[SEED_004].notes
    result = ok(cli("import", seed_004_without_uid(tmp_path, notes)))
    assert "0 new, 0 updated, 1 unchanged" in result.stdout
    assert "likely" not in result.stdout


@pytest.mark.parametrize("on_conflict", ["skip", "update", "fail"])
def test_other_content_under_a_known_date_title_and_place_is_a_likely_duplicate(
    cli: Any, sample_book: store.db.Store, db: str, tmp_path: Path, on_conflict: str
) -> None:
    before = stored(db)
    path = seed_004_without_uid(tmp_path, "Ghi chép khác.", retyped=True)
    result = cli("import", "--on-conflict", on_conflict, path)
    assert one_error(result, 1) == ONLY_DUPLICATE  # nothing new: a script is told apart
    assert "0 new, 0 updated, 0 unchanged, 1 likely duplicates (not imported)" in result.stdout
    meeting_id = next(i for i, uid in enumerate(before, start=1) if uid == SEED_004)
    assert result.stdout.splitlines()[-1] == (
        f"  {path}, line 1: same date, title and place as meeting #{meeting_id} but other "
        f"content; not imported (give it uid '{SEED_004}' and --on-conflict update to replace "
        "that meeting, or a uid of its own to add it)"
    )
    assert stored(db) == before

    result = cli("import", "--summary", "json", path)
    assert one_error(result, 1) == ONLY_DUPLICATE
    summary = json.loads(result.stdout)
    assert summary["likely_duplicates"] == [
        {"source": path, "line": 1, "meeting": meeting_id, "uid": SEED_004}
    ]
    assert (summary["inserted"], summary["read"]) == (0, 1)


def test_a_meeting_imported_without_uid_then_changed_is_a_likely_duplicate(
    cli: Any, db: str, tmp_path: Path
) -> None:
    rows = [["Ngày", "Tiêu đề", "Địa điểm", "Ghi chú"], ["3/2024", "Giao ban tháng 3", "Vinh", "A"]]
    path = write_rows(tmp_path / "a.csv", rows)
    ok(cli("import", path))
    rows[1][3] = "B"
    write_rows(tmp_path / "a.csv", rows)
    result = cli("import", "--on-conflict", "update", path)
    assert one_error(result, 1) == ONLY_DUPLICATE
    assert "1 likely duplicates" in result.stdout and "meeting #1" in result.stdout
    assert [r.notes for r in stored(db).values()] == ["A"]


def test_import_exits_1_only_when_every_meeting_read_is_a_likely_duplicate(
    cli: Any, db: str, tmp_path: Path
) -> None:
    header = ["Ngày", "Tiêu đề", "Địa điểm", "Ghi chú"]
    first = [
        header,
        ["3/2024", "Giao ban tháng 3", "Vinh", "A"],
        ["4/2024", "Giao ban 4", "Vinh", "A"],
    ]
    ok(cli("import", write_rows(tmp_path / "a.csv", first)))
    assert ok(cli("import", str(tmp_path / "a.csv"))).stdout.startswith("0 new, 0 updated, 2 unc")
    both = [
        header,
        ["3/2024", "Giao ban tháng 3", "Vinh", "B"],
        ["4/2024", "Giao ban 4", "Vinh", "B"],
    ]
    path = write_rows(tmp_path / "b.csv", both)
    for dry_run in ((), ("--dry-run",)):  # the dry run's exit says what the import would do
        result = cli("import", *dry_run, path)
        assert one_error(result, 1) == (
            "minutebook: all 2 meetings read are likely duplicates of meetings in the book; "
            "nothing was imported"
        )
        assert "0 new, 0 updated, 0 unchanged, 2 likely duplicates" in result.stdout
    said = " ".join(cli("--lang", "vi", "import", path).stderr.split())
    assert said.startswith("minutebook: cả 2 cuộc họp đã đọc đều có thể trùng")
    # Something new, or something found unchanged, beside a likely duplicate: exit 0.
    for other in (["5/2024", "Giao ban 5", "Vinh", "C"], ["4/2024", "Giao ban 4", "Vinh", "A"]):
        ok(cli("import", write_rows(tmp_path / "c.csv", [header, both[1], other])))
    assert [r.notes for r in stored(db).values()] == ["A", "A", "C"]


# People -------------------------------------------------------------------------------------------


def test_people_new_known_and_names_that_differ_only_by_marks(
    cli: Any, db: str, tmp_path: Path
) -> None:
    rows = [
        ["Ngày", "Tiêu đề", "Chủ trì", "Thành phần"],
        ["2024", "Họp 1", "Lê Văn Hải", "lê  văn  HẢI (Ủy viên); Lê Văn Hài"],
        ["2024-02", "Họp 2", "Le Van Hai", "Trần Thị Thu"],
    ]
    result = ok(cli("import", write_rows(tmp_path / "p.csv", rows)))
    assert "People: 4 new, 0 already in the book." in result.stdout
    lines = result.stdout.splitlines()
    at = lines.index(next(line for line in lines if line.startswith("Names that differ only")))
    assert "minutebook people merge" in lines[at]
    assert lines[at + 1 :] == ["  Lê Văn Hải | Lê Văn Hài | Le Van Hai"]
    assert people(cli) == ["Le Van Hai", "Lê Văn Hài", "Lê Văn Hải", "Trần Thị Thu"]

    rows = [["Ngày", "Tiêu đề", "Chủ trì", "Thành phần"], ["2024-03", "Họp 3", "LÊ VĂN HẢI", "An"]]
    result = ok(cli("import", "--summary", "json", write_rows(tmp_path / "q.csv", rows)))
    summary = json.loads(result.stdout)
    assert summary["people"] == {"new": 1, "known": 1, "possible_duplicates": []}

    rows[1][1:3] = ["Họp 4", "Trần Thi Thu"]  # one mark left out: a new person, a twin
    summary = json.loads(
        ok(cli("import", "--summary", "json", write_rows(tmp_path / "r.csv", rows))).stdout
    )
    assert summary["people"]["possible_duplicates"] == [["Trần Thị Thu", "Trần Thi Thu"]]


def test_people_of_an_updated_meeting_are_known(
    cli: Any, sample_book: store.db.Store, db: str, tmp_path: Path
) -> None:
    record = stored(db)[SEED_004].to_json()
    record["title"] = "Tiêu đề đã sửa"
    record["participants"].append({"name": "Người Mới", "role": "attendee"})
    path = tmp_path / "changed.json"
    path.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")
    named = {p["name"] for p in record["participants"]}
    result = ok(cli("import", "--on-conflict", "update", "--summary", "json", str(path)))
    summary = json.loads(result.stdout)
    assert summary["updated"] == 1
    assert summary["people"] == {"new": 1, "known": len(named) - 1, "possible_duplicates": []}


# The JSON summary ---------------------------------------------------------------------------------


def test_the_json_summary_has_every_count(
    cli: Any, sample_book: store.db.Store, tmp_path: Path
) -> None:
    records = json.loads(SAMPLE.read_text(encoding="utf-8"))
    records[0]["title"] = "Tiêu đề đã sửa"
    records.append({"uid": "moi-1", "title": "Họp mới", "date": "2024-12"})
    records.append({"uid": "sai-1", "title": "Họp sai", "date": "2024-13"})
    path = tmp_path / "book.json"
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    rejects = tmp_path / "r.json"
    args = ("import", "--summary", "json", "--skip-invalid", "--rejects", str(rejects))
    result = ok(cli(*args, str(path)))
    summary = json.loads(result.stdout)
    assert summary == {
        "written": True,
        "dry_run": False,
        "read": 7,
        "inserted": 1,
        "updated": 0,
        "unchanged": 4,
        "skipped": [records[0]["uid"]],
        "rejected": 1,
        "rejected_problems": [
            {
                "source": str(path),
                "line": len(path.read_text(encoding="utf-8").splitlines()) - 2,
                "record": 7,
                "row": None,
                "uid": "sai-1",
                "title": "Họp sai",
                "field": "date",
                "reason": "'2024-13' is not a date: there is no month 13 (months are 1-12)",
            }
        ],
        "rejects_file": str(rejects),
        "reasons_file": str(tmp_path / "r.reasons.txt"),
        "likely_duplicates": [],
        "people": {"new": 0, "known": 0, "possible_duplicates": []},
        "warnings": [],
        "problem_count": 0,
        "problems": [],
    }
    assert result.stderr.startswith(f"rejected: {path}, record 7 (line ")


def test_the_json_summary_of_a_refused_import_says_nothing_was_written(
    cli: Any, db: str, tmp_path: Path
) -> None:
    path = tmp_path / "bad.ndjson"
    path.write_text(
        '{"title": "A", "date": "2024"}\n{"title": "B", "date": "2024-13"}\n', encoding="utf-8"
    )
    result = cli("import", "--summary", "json", str(path))
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert (summary["written"], summary["problem_count"], summary["inserted"]) == (False, 1, 0)
    [problem] = summary["problems"]
    assert (problem["source"], problem["line"], problem["field"]) == (str(path), 2, "date")
    assert result.stderr.splitlines()[-1] == "minutebook: 1 problem; nothing was written"
    assert stored(db) == {}


def test_a_dry_run_summary_says_what_would_be_written(cli: Any, db: str, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "a.csv", [["Ngày", "Tiêu đề", "Chủ trì"], ["2024", "A", "An"]])
    result = ok(cli("import", "--dry-run", path))
    assert result.stdout.splitlines() == [
        "1 new, 0 updated, 0 unchanged — 1 meeting read; changes would be written.",
        "People: 1 new, 0 already in the book.",
    ]
    assert stored(db) == {}


# Progress -----------------------------------------------------------------------------------------


def test_no_progress_when_stderr_is_not_a_terminal(cli: Any, tmp_path: Path) -> None:
    result = ok(cli("import", str(SAMPLE)))
    assert result.stderr == ""
    assert result.stdout.startswith("5 new")


def import_on_a_terminal(path: Path, book: Path) -> str:
    """What `minutebook import PATH` shows on a terminal (a pty as its stderr)."""
    script = Path(sys.executable).parent / "minutebook"
    if not script.exists():
        pytest.skip("the minutebook console script is not installed")
    leader, follower = pty.openpty()
    shown = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    try:
        done = subprocess.run(
            [str(script), "--db", str(book), "--create", "import", str(path)],
            stdout=subprocess.PIPE, stderr=follower, env=env, timeout=300, check=False,
        )  # fmt: skip
    finally:
        os.close(follower)
        reader.join(timeout=10)
        os.close(leader)
    assert done.returncode == 0
    assert done.stdout.decode().startswith("3000 new")
    return shown.decode("utf-8", "replace")


def many(count: int) -> list[dict[str, str]]:
    return [{"uid": f"p-{n}", "title": f"Giao ban {n}", "date": f"{2000 + n % 24}"}
            for n in range(count)]  # fmt: skip


def test_a_progress_bar_with_meetings_per_second_on_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "many.ndjson"
    path.write_text("\n".join(json.dumps(r) for r in many(3_000)) + "\n", encoding="utf-8")
    terminal = import_on_a_terminal(path, tmp_path / "p.db")
    assert "Importing" in terminal and "meetings, " in terminal and "/s" in terminal
    assert "%" in terminal  # the files' size is known: how far through them


def test_a_file_on_one_line_shows_no_share_done(tmp_path: Path) -> None:
    """Progress is counted in lines: a minified JSON array, all on one line, showed 100% from
    its first meeting to its last."""
    path = tmp_path / "many.json"
    path.write_text(json.dumps(many(3_000)), encoding="utf-8")
    terminal = import_on_a_terminal(path, tmp_path / "p.db")
    assert "Importing" in terminal and "meetings, " in terminal and "/s" in terminal
    assert "%" not in terminal


def test_a_refused_import_counts_every_record_read_and_none_written(
    cli: Any, db: str, tmp_path: Path
) -> None:
    lines = [
        json.dumps({"uid": f"n-{n}", "title": f"Giao ban {n}", "date": "2024"})
        for n in range(1_200)
    ]
    lines.append('{"title": "Hỏng", "date": "2024-13"}')  # after two batches went in
    path = tmp_path / "late.ndjson"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("import", "--summary", "json", str(path))
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert (summary["read"], summary["inserted"], summary["written"]) == (1_201, 0, False)
    assert stored(db) == {}


def test_a_reimport_that_changes_nothing_says_so(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "one.ndjson"
    path.write_text('{"uid": "x-1", "title": "Giao ban", "date": "2024"}\n', encoding="utf-8")
    ok(cli("import", str(path)))
    again = ok(cli("import", str(path)))
    assert again.stdout.splitlines()[0] == (
        "0 new, 0 updated, 1 unchanged — 1 meeting read; the book is as it was."
    )
