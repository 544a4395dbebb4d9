"""`edit` changes when a meeting was as a secretary means it: a date typed is stated, not
inferred, and a start time never sits beside a part of day it contradicts ("sáng 14:00")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.helpers import ok


def saved(run: Any, meeting: str = "1") -> dict[str, Any]:
    (record,) = json.loads(ok(run("show", meeting, "--format", "json")).stdout)
    return record


def inferred_morning_meeting(run: Any) -> None:
    ok(run("--create", "add", "--title", "Kỳ họp thứ 14", "--date", "22/4/2025",
           "--date-inferred", "--part-of-day", "sáng"))  # fmt: skip


def test_a_typed_date_is_stated_and_a_start_that_says_its_part_sets_it(cli: Any) -> None:
    inferred_morning_meeting(cli)
    said = ok(cli("edit", "1", "--date", "10/1/2025", "--start", "2h chiều")).stdout
    # It once said "on 10/01/2025 sáng 14:00 (the date is inferred)".
    assert said.strip() == "Saved meeting #1 (version 2), on 10/01/2025 chiều 14:00."
    record = saved(cli)
    assert (record["date_inferred"], record["part_of_day"], record["start_time"]) == (
        False, "afternoon", "14:00"
    )  # fmt: skip


def test_the_inferred_mark_is_set_and_cleared_by_its_own_flag(cli: Any) -> None:
    inferred_morning_meeting(cli)
    said = ok(cli("edit", "1", "--date", "3/2025", "--date-inferred")).stdout
    assert said.strip() == "Saved meeting #1 (version 2), on 03/2025 sáng (the date is inferred)."
    said = ok(cli("edit", "1", "--no-date-inferred")).stdout
    assert said.strip() == "Saved meeting #1 (version 3), on 03/2025 sáng."
    ok(cli("edit", "1", "--title", "Kỳ họp thứ 15"))  # other changes keep the mark as it is
    assert saved(cli)["date_inferred"] is False


def test_a_bare_start_time_moves_the_part_of_day_only_when_it_can_be_one(cli: Any) -> None:
    inferred_morning_meeting(cli)
    ok(cli("edit", "1", "--start", "9h"))  # in the morning: nothing to move
    assert saved(cli)["part_of_day"] == "morning"
    ok(cli("edit", "1", "--start", "15:00"))  # only chiều holds 15:00
    assert (saved(cli)["part_of_day"], saved(cli)["start_time"]) == ("afternoon", "15:00")
    ok(cli("edit", "1", "--part-of-day", "sáng", "--start", "8:00"))
    refused = cli("edit", "1", "--start", "13:00")  # trưa or chiều: not guessed
    assert refused.exit_code == 1
    assert refused.stderr.splitlines()[0] == (
        "meeting 1, field 'start_time': 13:00 is not in the part of day sáng: say which it is "
        "in (--part-of-day trưa/chiều)"
    )
    assert saved(cli)["start_time"] == "08:00"  # nothing written


def test_a_start_contradicting_a_part_given_with_it_is_refused_naming_the_field(
    cli: Any,
) -> None:
    inferred_morning_meeting(cli)
    for start, line in [
        ("15:00", "15:00 is not in the part of day sáng: say which it is in "
                  "(--part-of-day chiều)"),
        ("3h chiều", "'3h chiều' says chiều but the part of day is 'sáng': give it once"),
    ]:  # fmt: skip
        refused = cli("edit", "1", "--part-of-day", "sáng", "--start", start)
        assert refused.exit_code == 1, refused.output
        assert refused.stderr.splitlines()[0] == f"meeting 1, field 'start_time': {line}"
    assert saved(cli)["start_time"] is None


def test_import_reads_the_part_a_start_time_says_and_refuses_a_clash(
    cli: Any, tmp_path: Path
) -> None:
    """The same validator as `edit` and the TUI's form: `2h chiều` fills an empty part of day
    and is refused beside another."""
    path = tmp_path / "m.json"
    path.write_text(json.dumps([
        {"title": "Giao ban", "date": "2025-01-10", "start_time": "2h chiều"},
        {"title": "Sơ kết", "date": "2025-01-11", "start_time": "8 giờ buổi sáng",
         "part_of_day": "sáng"},
    ], ensure_ascii=False), encoding="utf-8")  # fmt: skip
    ok(cli("--create", "import", str(path)))
    assert (saved(cli, "1")["part_of_day"], saved(cli, "1")["start_time"]) == ("afternoon", "14:00")
    assert saved(cli, "2")["part_of_day"] == "morning"
    path.write_text(json.dumps([
        {"title": "Họp", "date": "2025-01-12", "start_time": "2h chiều", "part_of_day": "tối"},
    ], ensure_ascii=False), encoding="utf-8")  # fmt: skip
    refused = cli("import", str(path))
    assert refused.exit_code == 1
    first = refused.stderr.splitlines()[0]
    assert first.startswith(f"{path}, ") and first.endswith(
        ", field 'start_time': '2h chiều' says chiều but the part of day is 'tối': give it once"
    )
