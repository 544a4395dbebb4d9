"""Dates as minutes state them: partial dates (day, month or year), date ranges, times, part of day.

`PartialDate` is a date with its precision (`2024-03-15`, `2024-03`, `2024`); it is stored as its
period [start, end], so "May 2022" sorts by 1 May and a search for 15 May finds it. The parsers
accept ISO and the day-first forms Vietnamese text uses (`15/3/2024`, `ngày 15 tháng 3 năm 2024`),
and raise `DateError`, whose message is one line naming the input and what is accepted. A range
to search (`parse_date_range`) also takes the quarters secretaries report on (`quý 2/2024`,
`q2/2024`, `quý II năm 2024`), which are no meeting's date.

Only parsing and validation live here: no database, no query language (that is `store.query`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, time
from typing import Literal

from store.text import fold
from store.vocabulary import PART_OF_DAY_VI, PARTS_OF_DAY

__all__ = [
    "DateError",
    "PartialDate",
    "parse_date_range",
    "parse_part_of_day",
    "parse_partial_date",
    "parse_time",
]

Precision = Literal["day", "month", "year"]

MIN_YEAR = 1900
MAX_YEAR = 2199
DATE_FORMS = "use 2024-03-15, 15/3/2024, 2024-03, 3/2024 or 2024"
PERIOD_FORMS = "use 2024-03-15, 15/3/2024, 3/2024, tháng 3/2024, quý 2/2024, năm 2024 or 2024"
TIME_FORMS = "use 14:30, 8:00, 14h or 14h30"

_PRECISION_RANK: dict[str, int] = {"year": 0, "month": 1, "day": 2}


class DateError(ValueError):
    """A date, range, time or part of day that cannot be read; the message is one line."""


def _shown(text: str) -> str:
    # Messages must stay on one line and readable, whatever was pasted in.
    flat = " ".join(text.split())
    return f"'{flat[:40]}…'" if len(flat) > 40 else f"'{flat}'"


def _problem(year: int, month: int | None, day: int | None) -> str | None:
    """Why (year, month, day) is not a real period, or None when it is."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return f"year {year} is out of range ({MIN_YEAR}-{MAX_YEAR})"
    if month is None:
        return "a day needs a month" if day is not None else None
    if not 1 <= month <= 12:
        return f"there is no month {month} (months are 1-12)"
    if day is None:
        return None
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"{calendar.month_name[month]} {year} has {days} days"
    return None


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year.

    Ordering compares (year, month, day); comparing two dates of different precision that share a
    year (or month) raises TypeError, because None does not compare with int: sort by `sort_key`.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        problem = _problem(self.year, self.month, self.day)
        if problem:
            parts = (self.day, self.month, self.year)
            shown = "/".join(f"{p:02d}" for p in parts if p is not None)
            raise DateError(f"{shown} is not a date: {problem}")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def start(self) -> date:
        """First day of the period."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> date:
        """Last day of the period."""
        if self.month is None:
            return date(self.year, 12, 31)
        if self.day is None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, self.month, self.day)

    @property
    def sort_key(self) -> tuple[date, int]:
        """Chronological order across precisions: by start, a coarser period first."""
        return (self.start, _PRECISION_RANK[self.precision])

    def iso(self) -> str:
        """`2024-03-15`, `2024-03` or `2024`: the stored and exported form."""
        return "-".join(f"{p:02d}" for p in (self.year, self.month, self.day) if p is not None)

    def display(self) -> str:
        """Day first, as Vietnamese text writes it: `15/03/2024`, `03/2024` or `2024`."""
        return "/".join(f"{p:02d}" for p in (self.day, self.month, self.year) if p is not None)

    def __str__(self) -> str:
        return self.iso()

    @classmethod
    def from_date(cls, d: date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    @classmethod
    def from_parts(cls, start: date, precision: str) -> PartialDate:
        """Rebuild from a stored (start, precision); finer fields of `start` are dropped."""
        if precision == "day":
            return cls(start.year, start.month, start.day)
        if precision == "month":
            return cls(start.year, start.month)
        if precision == "year":
            return cls(start.year)
        raise DateError(f"unknown date precision {precision!r}; use day, month or year")


# Patterns run on folded text (no marks, lower case), so "Ngày 15 Tháng 3" and "ngay 15 thang 3"
# read the same. Groups are named y/m/d; the separator of a day-first date must not change midway.
_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
# Up to six digits, so a typo such as 20244 is told it is out of range rather than "not a date".
_Y = r"(?P<y>\d{4,6})"
_DATE_PATTERNS = [
    re.compile(p)
    for p in (
        rf"{_Y}",
        rf"{_Y}-{_M}",
        rf"{_Y}-{_M}-{_D}",
        rf"(?:ngay\s*)?{_D}(?P<sep>[/.-]){_M}(?P=sep){_Y}",
        rf"(?:thang\s*)?{_M}[/.-]{_Y}",
        rf"thang\s*{_M}\s+nam\s+{_Y}",
        rf"ngay\s*{_D}\s+thang\s+{_M}\s+nam\s+{_Y}",
        rf"nam\s*{_Y}",
    )
]


# A month said without its year is told what is missing, not "not a date". Which year a bare
# "tháng 5" means would be a guess (in January, this year's May has not come yet): ask.
_MONTH_NO_YEAR = re.compile(r"thang\s*\d{1,2}")


def _partial_date(text: str, forms: str) -> PartialDate:
    folded = fold(text).strip()
    if not folded:
        raise DateError(f"empty date; {forms}")
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(folded)
        if match:
            return _from_match(text, match)
    if _MONTH_NO_YEAR.fullmatch(folded):
        raise DateError(f"{_shown(text)} needs a year; e.g. tháng 5/2024")
    raise DateError(f"{_shown(text)} is not a date; {forms}")


def parse_partial_date(text: str) -> PartialDate:
    """Read a date at day, month or year precision; raise DateError naming the input."""
    return _partial_date(text, DATE_FORMS)


def _from_match(text: str, match: re.Match[str]) -> PartialDate:
    found = match.groupdict()
    year = int(found["y"])
    month = int(found["m"]) if found.get("m") else None
    day = int(found["d"]) if found.get("d") else None
    problem = _problem(year, month, day)
    if problem:
        raise DateError(f"{_shown(text)} is not a date: {problem}")
    return PartialDate(year, month, day)


# A quarter, on folded text: `quy 2/2024`, `quy ii nam 2024`, `q2/2024`, `q2-2024`, `2024-q2`.
_Q = r"(?P<q>\d{1,2}|i{1,3}|iv)"
_QUARTER_PATTERNS = [
    re.compile(p)
    for p in (rf"(?:quy\s*|q){_Q}(?:\s*[/.-]\s*|\s+nam\s+){_Y}", rf"{_Y}\s*-?\s*q{_Q}")
]
_QUARTER_NO_YEAR = re.compile(rf"(?:quy\s*|q){_Q}")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _quarter(text: str) -> tuple[date, date] | None:
    """The first and last day of the quarter `text` names, or None when it names none."""
    folded = fold(text).strip()
    match = next(filter(None, (p.fullmatch(folded) for p in _QUARTER_PATTERNS)), None)
    if match is None:
        if _QUARTER_NO_YEAR.fullmatch(folded):
            raise DateError(f"{_shown(text)} needs a year; e.g. quý 2/2024")
        return None
    number = _ROMAN.get(match["q"]) or int(match["q"])
    year = int(match["y"])
    problem = _problem(year, None, None)
    if problem is None and not 1 <= number <= 4:
        problem = f"there is no quarter {number} (quarters are 1-4)"
    if problem:
        raise DateError(f"{_shown(text)} is not a date: {problem}")
    last = PartialDate(year, 3 * number)
    return date(year, 3 * number - 2, 1), last.end


def _period(text: str) -> tuple[date, date]:
    """The first and last day of the period `text` names: a date at any precision, a quarter."""
    quarter = _quarter(text)
    if quarter:
        return quarter
    single = _partial_date(text, PERIOD_FORMS)
    return single.start, single.end


def parse_date_range(text: str) -> tuple[date | None, date | None]:
    """`A..B` → (A's first day, B's last); `..B` and `A..` are open; a single period → its own
    days. A and B are dates at any precision or quarters (`quý 1/2024..quý 2/2024`)."""
    halves = text.split("..")
    if len(halves) == 1:
        return _period(text)
    if len(halves) > 2:
        raise DateError(f"{_shown(text)} is not a date range; use A..B, ..B or A..")
    first, last = (half.strip() for half in halves)
    if not first and not last:
        raise DateError(f"{_shown(text)} has no dates; use 2024-01..2024-06, ..2023 or 2024..")
    start = _period(first)[0] if first else None
    end = _period(last)[1] if last else None
    if start and end and start > end:
        raise DateError(f"{_shown(text)} starts after it ends; put the earlier date first")
    return start, end


_TIME = re.compile(r"(?P<h>\d{1,2})(?:\s*(?::|h|g|gio)\s*(?P<m>\d{2})?)")


def parse_time(text: str) -> time:
    """`14:00`, `8:00`, `14h`, `14h30`, `14g30` (also `14 giờ 30`) → a time of day."""
    match = _TIME.fullmatch(fold(text).strip())
    # "14:" alone is a typo, not 14 o'clock; "14h" is how the minutes write it.
    if not match or (match.group("m") is None and ":" in text):
        raise DateError(f"{_shown(text)} is not a time; {TIME_FORMS}")
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    if hour > 23:
        raise DateError(f"{_shown(text)} is not a time: there is no hour {hour}; {TIME_FORMS}")
    if minute > 59:
        raise DateError(f"{_shown(text)} is not a time: there is no minute {minute}; {TIME_FORMS}")
    return time(hour, minute)


_PART_OF_DAY_WORDS: dict[str, str] = {code: code for code in PARTS_OF_DAY} | {
    fold(vi): code for code, vi in PART_OF_DAY_VI.items()
}
_PART_OF_DAY_FORMS = "morning/sáng, noon/trưa, afternoon/chiều or evening/tối"


def parse_part_of_day(text: str) -> str:
    """`morning`/`sáng`, `noon`/`trưa`, `afternoon`/`chiều`, `evening`/`tối` → the code."""
    words = fold(text).split()
    # "buổi sáng" (the morning session) is how minutes usually say it.
    if len(words) == 2 and words[0] == "buoi":
        words = words[1:]
    code = _PART_OF_DAY_WORDS.get(words[0]) if len(words) == 1 else None
    if code is None:
        raise DateError(f"{_shown(text)} is not a part of day; use {_PART_OF_DAY_FORMS}")
    return code
