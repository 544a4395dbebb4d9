"""`add` and `edit` take dates and times as secretaries write them (`chiều 12/11/26`, `2h chiều`)
and show the reading back in full; a clash or a slip is one line naming the field."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from tests.helpers import ok

Run = Callable[..., Any]  # the `cli` fixture: run(*args, input=None) -> click Result


def saved(run: Run, meeting: str = "1") -> dict[str, Any]:
    (record,) = json.loads(ok(run("show", meeting, "--format", "json")).stdout)
    return record


def test_add_reads_the_part_of_day_and_a_two_digit_year(cli: Run) -> None:
    ok(cli("--create", "add", "--title", "Giao ban", "--date", "chiều 12/11/26",
           "--start", "2h chiều", "--end", "4 giờ rưỡi chiều"))  # fmt: skip
    record = saved(cli)
    assert (record["date"], record["part_of_day"]) == ("2026-11-12", "afternoon")
    assert (record["start_time"], record["end_time"]) == ("14:00", "16:30")
    assert "12/11/2026 chiều 14:00–16:30" in ok(cli("show", "1")).stdout


def test_edit_says_how_it_read_the_date(cli: Run) -> None:
    ok(cli("--create", "add", "--title", "Giao ban", "--date", "12/11/2026 chiều"))
    said = ok(cli("edit", "1", "--date", "sáng 13/11/26", "--start", "8h sáng")).stdout
    assert said.strip() == "Saved meeting #1 (version 2), on 13/11/2026 sáng 08:00."
    assert saved(cli)["part_of_day"] == "morning"  # the new date's part replaces the old
    # A date without one keeps the meeting's part of day.
    ok(cli("edit", "1", "--date", "14/11/2026"))
    assert (saved(cli)["date"], saved(cli)["part_of_day"]) == ("2026-11-14", "morning")
    said = ok(cli("edit", "1", "--title", "Giao ban tuần")).stdout
    assert said.strip() == "Saved meeting #1 (version 4)."  # nothing about when: not changed


def test_two_parts_of_day_are_refused_naming_the_date(cli: Run) -> None:
    result = cli("--create", "add", "--title", "Giao ban", "--date", "chiều 12/11/2026",
                 "--part-of-day", "sáng")  # fmt: skip
    assert result.exit_code == 1
    first, summary = result.stderr.splitlines()
    assert first == (
        "add, field 'date': 'chiều 12/11/2026' says chiều but the part of day is 'sáng': "
        "give it once"
    )
    assert summary == "minutebook: 1 problem; nothing was written"


def test_an_hour_outside_its_part_of_day_is_refused(cli: Run) -> None:
    ok(cli("--create", "add", "--title", "Giao ban", "--date", "12/11/2026"))
    result = cli("edit", "1", "--start", "9h chiều")
    assert result.exit_code == 1
    assert "field 'start_time': '9h chiều' is not a time: chiều is 12h to 19h" in result.stderr
    assert saved(cli)["start_time"] is None
