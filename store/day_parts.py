"""A meeting's start time and its part of day: what a typed time says, and which parts hold it.

`2h chiều` says the meeting is in the afternoon as plainly as `chiều 12/11/2026` does, so the
record's validation (`with_start_part`, called by `store.record.validate_record` after the date's
own `with_part_of_day`) takes that part into an empty `part_of_day`, and refuses a start time
that says one part while `part_of_day` says another, naming `start_time`. `parts_holding` tells
which parts of day an hour of the clock falls in, as `store.dates.parse_time` reads `2h chiều`:
`minutebook edit` uses it when a new start time leaves the meeting's part of day behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from store.dates import DateError, parse_part_of_day, parse_time
from store.i18n import _
from store.reasons import shown
from store.text import fold
from store.vocabulary import PART_OF_DAY_VI, PARTS_OF_DAY


@dataclass(frozen=True)
class StartClash:
    """A start time that says another part of day than the record's: `store.record` refuses it
    with this reason under `start_time`."""

    reason: str


def part_said(typed: str) -> str | None:
    """The part of day a typed time ends with (`2h chiều`, `8 giờ buổi sáng` → its code), or
    None (`14:30`, `14 giờ 30 phút`). Whether the rest is a time is `parse_time`'s to say."""
    words = fold(typed).split()
    for size in (2, 1):  # "buổi sáng", then "sáng"
        if len(words) > size:
            try:
                return parse_part_of_day(" ".join(words[-size:]))
            except DateError:
                continue
    return None


def parts_holding(start: time) -> list[str]:
    """The parts of day whose hours hold `start` (14:00: noon and afternoon; 15:00: afternoon).

    Asked of `parse_time` itself, so that these are the hours it accepts with each part: `Nh
    PART` is read as N itself when N is in that part, as N + 12 or refused otherwise.
    """
    held = []
    for part in PARTS_OF_DAY:
        try:
            if parse_time(f"{start.hour}h {PART_OF_DAY_VI[part]}").hour == start.hour:
                held.append(part)
        except DateError:
            continue
    return held


def outside_part(start: time, part: str) -> str:
    """Why `start` cannot be in `part` (a code), and how to say which part it is in."""
    return _(
        "{time} is not in the part of day {part}: say which it is in (--part-of-day {choices})",
        time=f"{start:%H:%M}",
        part=PART_OF_DAY_VI[part],
        choices="/".join(PART_OF_DAY_VI[held] for held in parts_holding(start)),
    )


def with_start_part(record: dict[str, Any]) -> dict[str, Any]:
    """A raw meeting record with the part of day its start time says (`2h chiều`) put into an
    empty `part_of_day`; the start time marked as a clash (`StartClash`) when `part_of_day` says
    another part; `record` itself when the start time says none."""
    typed = record.get("start_time")
    if not isinstance(typed, str) or len(typed) > 100 or not any(ch.isalpha() for ch in typed):
        return record  # `14:00`, as nearly every imported time: nothing to read
    said = part_said(typed)
    if said is None:
        return record
    given = record.get("part_of_day")
    if given is None or given == "":
        return {**record, "part_of_day": said}
    try:
        if isinstance(given, str) and parse_part_of_day(given) == said:
            return record
    except DateError:
        return record  # part_of_day's own check says what is wrong with it
    clash = _(
        "{typed} says {part} but the part of day is {given}: give it once",  # as a date's clash
        typed=shown(typed),
        part=PART_OF_DAY_VI[said],
        given=shown(given),
    )
    return {**record, "start_time": StartClash(clash)}
