"""Dates as minutes state them: partial dates (day, month or year), date ranges, times, part of day.

`PartialDate` is a date with its precision (`2024-03-15`, `2024-03`, `2024`); it is stored as its
period [start, end], so "May 2022" sorts by 1 May and a search for 15 May finds it. The parsers
accept ISO and the day-first forms Vietnamese text uses (`15/3/2024`, `ngày 15 tháng 3 năm 2024`),
and raise `DateError`, whose message is one line naming the input and what is accepted. A range
to search (`parse_date_range`) also takes the quarters secretaries report on (`quý 2/2024`,
`q2/2024`, `quý II năm 2024`), which are no meeting's date.

As secretaries write them: a day-first date may have a two-digit year (`12/11/26`: see
`_full_year` for which century), a meeting's date may carry its part of day (`chiều 12/11/2026`,
`12/11/2026 chiều`: `parse_date_and_part`, the one reading of the date box and of `--date`), and
a time may be said with it (`2h chiều` = 14:00, `7 giờ tối` = 19:00, `14 giờ 30 phút`). Whatever
was typed, the faces show the reading back in full (`12/11/2026`), so a guess is seen.

Only parsing and validation live here: no database, no query language (that is `store.query`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, time
from typing import Any, Literal

from store.i18n import _
from store.text import fold
from store.vocabulary import PART_OF_DAY_VI, PARTS_OF_DAY

__all__ = [
    "DateError",
    "PartialDate",
    "parse_date_and_part",
    "parse_date_range",
    "parse_part_of_day",
    "parse_partial_date",
    "parse_time",
    "refuse_unread",
    "with_part_of_day",
]

Precision = Literal["day", "month", "year"]

MIN_YEAR = 1900
MAX_YEAR = 2199
DATE_FORMS = "use 2024-03-15, 15/3/2024, 15/3/24, 2024-03, 3/2024 or 2024"
# The date box and `--date` of a meeting also take its part of day, before or after the date.
DATE_AND_PART_FORMS = DATE_FORMS + ", with a part of day if you like: chiều 15/3/2024"
# These are said through the catalog where a message uses them (`_(DATE_FORMS)`).
PERIOD_FORMS = "use 2024-03-15, 15/3/2024, 3/2024, tháng 3/2024, quý 2/2024, năm 2024 or 2024"
TIME_FORMS = "use 14:30, 8:00, 14h, 14h30, 14 giờ 30 or 2h chiều"

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
        return _(
            "year {year} is out of range ({first}-{last})", year=year, first=MIN_YEAR, last=MAX_YEAR
        )
    if month is None:
        return _("a day needs a month") if day is not None else None
    if not 1 <= month <= 12:
        return _("there is no month {month} (months are 1-12)", month=month)
    if day is None:
        return None
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        name = calendar.month_name[month]
        return _("{name} {year} has {days} days", name=name, month=month, year=year, days=days)
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
            raise DateError(_("{shown} is not a date: {problem}", shown=shown, problem=problem))

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
        raise DateError(
            _("unknown date precision {precision!r}; use day, month or year", precision=precision)
        )


# Patterns run on folded text (no marks, lower case), so "Ngày 15 Tháng 3" and "ngay 15 thang 3"
# read the same. Groups are named y/m/d; the separator of a day-first date must not change midway.
_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
# Up to six digits, so a typo such as 20244 is told it is out of range rather than "not a date".
_Y = r"(?P<y>\d{4,6})"
# Two digits only after a day and a month (`12/11/26`): `11/26` or `3/24` alone could as well be
# a day and a month with the year left out, so those still need the four digits.
_YY = r"(?P<yy>\d{2})"
_DATE_PATTERNS = [
    re.compile(p)
    for p in (
        rf"{_Y}",
        rf"{_Y}-{_M}",
        rf"{_Y}-{_M}-{_D}",
        rf"(?:ngay\s*)?{_D}(?P<sep>[/.-]){_M}(?P=sep){_Y}",
        rf"(?:ngay\s*)?{_D}(?P<sep>[/.-]){_M}(?P=sep){_YY}",
        rf"(?:thang\s*)?{_M}[/.-]{_Y}",
        rf"thang\s*{_M}\s+nam\s+{_Y}",
        rf"ngay\s*{_D}\s+thang\s+{_M}\s+nam\s+{_Y}",
        rf"nam\s*{_Y}",
    )
]


# A month said without its year is told what is missing, not "not a date". Which year a bare
# "tháng 5" means would be a guess (in January, this year's May has not come yet): ask.
_MONTH_NO_YEAR = re.compile(r"thang\s*\d{1,2}")
# So is a day and a month (`Chiều 30/5`, as reports write it): the example carries this year.
_DAY_NO_YEAR = re.compile(r"(?:ngay\s*)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})")


def _partial_date(text: str, forms: str, today: date | None = None) -> PartialDate:
    folded = fold(text).strip()
    if not folded:
        raise DateError(_("empty date; {forms}", forms=_(forms)))
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(folded)
        if match:
            return _from_match(text, match, today)
    if _MONTH_NO_YEAR.fullmatch(folded):
        raise DateError(_("{typed} needs a year; e.g. tháng 5/2024", typed=_shown(text)))
    day_month = _DAY_NO_YEAR.fullmatch(folded)
    if day_month and 1 <= int(day_month["d"]) <= 31 and 1 <= int(day_month["m"]) <= 12:
        year = (today or date.today()).year
        example = f"{int(day_month['d'])}/{int(day_month['m'])}/{year}"
        raise DateError(_("{typed} needs a year; e.g. {example}", typed=_shown(text),
                          example=example))  # fmt: skip
    raise DateError(_("{typed} is not a date; {forms}", typed=_shown(text), forms=_(forms)))


def parse_partial_date(text: str, *, today: date | None = None) -> PartialDate:
    """Read a date at day, month or year precision; raise DateError naming the input.

    A two-digit year (`12/11/26`) is read against `today` (by default the real today): see
    `_full_year`."""
    return _partial_date(text, DATE_FORMS, today)


def _full_year(two_digits: int, today: date | None) -> int:
    """The year a two-digit year means: 20yy, unless that is after next year, then 19yy.

    Minutes record meetings held, or planned for the months ahead; a year further ahead than
    next year is more likely an old record being typed in (`15/3/98` is 1998). So in 2026,
    `26` and `27` are 2026 and 2027, `28`-`99` are 1928-1999. The faces show the four-digit
    reading back (`Read as: 12/11/2026`), so the rare wrong guess is seen and retyped in full.
    """
    this_year = (today or date.today()).year
    year = 2000 + two_digits
    return year if year <= this_year + 1 else year - 100


def _from_match(text: str, match: re.Match[str], today: date | None = None) -> PartialDate:
    found = match.groupdict()
    year = _full_year(int(found["yy"]), today) if found.get("yy") else int(found["y"])
    month = int(found["m"]) if found.get("m") else None
    day = int(found["d"]) if found.get("d") else None
    problem = _problem(year, month, day)
    if problem:
        raise DateError(_("{shown} is not a date: {problem}", shown=_shown(text), problem=problem))
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
            raise DateError(_("{typed} needs a year; e.g. quý 2/2024", typed=_shown(text)))
        return None
    number = _ROMAN.get(match["q"]) or int(match["q"])
    year = int(match["y"])
    problem = _problem(year, None, None)
    if problem is None and not 1 <= number <= 4:
        problem = _("there is no quarter {number} (quarters are 1-4)", number=number)
    if problem:
        raise DateError(_("{shown} is not a date: {problem}", shown=_shown(text), problem=problem))
    last = PartialDate(year, 3 * number)
    return date(year, 3 * number - 2, 1), last.end


def quarter_named(text: str) -> tuple[int, int] | None:
    """(quarter, year) for a quarter written any way the query language reads one (`2/2024`,
    `q2/2024`, `quý 2/2024`, `quý II năm 2024`, `2024-q2`), None when `text` names none; raise
    DateError for a quarter that cannot be (`quý 5/2024`, `q2` without a year)."""
    bare = re.fullmatch(r"\s*([0-9]{1,2})\s*/\s*([0-9]{4})\s*", text)
    if bare:
        text = f"q{bare[1]}/{bare[2]}"
    days = _quarter(text)
    if days is None:
        return None
    return (days[0].month + 2) // 3, days[0].year


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
        raise DateError(_("{typed} is not a date range; use A..B, ..B or A..", typed=_shown(text)))
    first, last = (half.strip() for half in halves)
    if not first and not last:
        raise DateError(
            _("{typed} has no dates; use 2024-01..2024-06, ..2023 or 2024..", typed=_shown(text))
        )
    start = _period(first)[0] if first else None
    end = _period(last)[1] if last else None
    if start and end and start > end:
        raise DateError(
            _("{typed} starts after it ends; put the earlier date first", typed=_shown(text))
        )
    return start, end


_PART_OF_DAY_WORDS: dict[str, str] = {code: code for code in PARTS_OF_DAY} | {
    fold(vi): code for code, vi in PART_OF_DAY_VI.items()
}
_PART_OF_DAY_FORMS = "morning/sáng, noon/trưa, afternoon/chiều or evening/tối"

# On folded text: `14:30`, `14h`, `14h30`, `14g30`, `14 giờ 30 phút`, `2 giờ rưỡi` (half past),
# each optionally followed by its part of day (`2h chiều`, `8 giờ buổi sáng`).
_TIME = re.compile(
    r"(?P<h>\d{1,2})\s*(?::|h|g|gio)\s*(?:(?P<m>\d{2})(?:\s*phut)?|(?P<half>ruoi))?"
    r"(?:\s+(?:buoi\s+)?(?P<part>[a-z]+))?"
)
# The hours (24-hour clock) each part of day covers, as people say them: an hour said with its
# part is the one of hour and hour + 12 that falls in it (`1 giờ trưa` 13:00, `2 giờ chiều`
# 14:00, `7 giờ tối` 19:00, `14h chiều` 14:00 as written). One that falls in neither
# (`9 giờ chiều`, `12 giờ tối`) is more likely a slip than a meaning: it is refused, not guessed.
_PART_HOURS: dict[str, tuple[int, int]] = {
    "morning": (0, 11),
    "noon": (11, 14),
    "afternoon": (12, 19),
    "evening": (17, 23),
}


def parse_time(text: str) -> time:
    """`14:00`, `8:00`, `14h`, `14h30`, `14g30`, `14 giờ 30 (phút)`, `2 giờ rưỡi`, and with the
    part of day: `2h chiều` (14:00), `8h sáng`, `12 giờ trưa`, `7 giờ tối` (19:00) → a time."""
    folded = fold(text).strip()
    match = _TIME.fullmatch(folded)
    # "14:" alone is a typo, not 14 o'clock; "14h" is how the minutes write it.
    if not match or (match.group("m") is None and ":" in folded):
        raise DateError(
            _("{typed} is not a time; {forms}", typed=_shown(text), forms=_(TIME_FORMS))
        )
    hour, minute = int(match.group("h")), 30 if match.group("half") else int(match.group("m") or 0)
    if hour > 23:
        said = {"typed": _shown(text), "hour": hour, "forms": _(TIME_FORMS)}
        raise DateError(_("{typed} is not a time: there is no hour {hour}; {forms}", **said))
    if minute > 59:
        said = {"typed": _shown(text), "minute": minute, "forms": _(TIME_FORMS)}
        raise DateError(_("{typed} is not a time: there is no minute {minute}; {forms}", **said))
    if match.group("part") is not None:
        hour = _hour_in_part(text, hour, match.group("part"))
    return time(hour, minute)


def _hour_in_part(text: str, hour: int, word: str) -> int:
    """`hour` as said with the part of day `word` (`2` + `chieu` → 14), on the 24-hour clock."""
    part = _PART_OF_DAY_WORDS.get(word)
    if part is None:
        raise DateError(
            _("{typed} is not a time; {forms}", typed=_shown(text), forms=_(TIME_FORMS))
        )
    first, last = _PART_HOURS[part]
    for candidate in (hour, hour + 12):
        if first <= candidate <= last and (candidate == hour or hour < 12):
            return candidate
    said = PART_OF_DAY_VI[part]
    values = {"typed": _shown(text), "said": said, "first": first, "last": last}
    raise DateError(
        _(
            "{typed} is not a time: {said} is {first}h to {last}h; {forms}",
            **values,
            forms=_(TIME_FORMS),
        )
    )


def parse_part_of_day(text: str) -> str:
    """`morning`/`sáng`, `noon`/`trưa`, `afternoon`/`chiều`, `evening`/`tối` → the code."""
    words = fold(text).split()
    # "buổi sáng" (the morning session) is how minutes usually say it.
    if len(words) == 2 and words[0] == "buoi":
        words = words[1:]
    code = _PART_OF_DAY_WORDS.get(words[0]) if len(words) == 1 else None
    if code is None:
        forms = _(_PART_OF_DAY_FORMS)
        raise DateError(
            _("{typed} is not a part of day; use {forms}", typed=_shown(text), forms=forms)
        )
    return code


def parse_date_and_part(text: str, *, today: date | None = None) -> tuple[PartialDate, str | None]:
    """A meeting's date as the date box and `--date` take it: a date (`parse_partial_date`) with,
    before or after it, the part of day the minutes give it (`chiều 12/11/2026`, `Sáng ngày
    15/3/2024`, `12/11/2026 (chiều)`, `buổi tối 5/2024`) → (the date, the part's code or None).

    This is the one reading of a typed date that may say its part of day: the form and the CLI
    both come here (through the record's validation, `with_part_of_day`), so they agree on what
    `chiều 12/11/2026` means.
    """
    words = text.split()
    folded = [fold(word).strip("(),") for word in words]
    if folded and set(folded) <= {*_PART_OF_DAY_WORDS, "buoi"}:
        raise DateError(_("{typed} needs a date; e.g. chiều 15/3/2024", typed=_shown(text)))
    said: str | None = None
    if folded and folded[0] == "buoi" and folded[1] in _PART_OF_DAY_WORDS:
        said, words = folded[1], words[2:]
    elif folded and folded[0] in _PART_OF_DAY_WORDS:
        said, words = folded[0], words[1:]
    elif folded and folded[-1] in _PART_OF_DAY_WORDS:
        said, words = folded[-1], words[:-1]
        if len(folded) > 2 and folded[-2] == "buoi":
            words = words[:-1]
    day = " ".join(words).strip(",").strip() if said else text
    return _partial_date(day, DATE_AND_PART_FORMS, today), _PART_OF_DAY_WORDS.get(said or "")


@dataclass(frozen=True)
class _Unread:
    """Why a meeting's date that says its part of day cannot be read (`with_part_of_day`): told
    by the date's own validator (`refuse_unread`), so the problem names the date."""

    reason: str


def with_part_of_day(record: dict[str, Any]) -> dict[str, Any]:
    """A raw meeting record (docs/format.md) with the part of day its date says (`chiều
    12/11/2026`) moved to `part_of_day`, the date read; `record` itself when the date says none.

    The part of day may also be given in `part_of_day`; the same one twice is said once, two
    different ones are refused (`'chiều 12/11/2026' says chiều but the part of day is 'sáng'`).
    `store.record.validate_record` calls this before the record's own checks.
    """
    text = record.get("date")
    if (
        not isinstance(text, str)
        or len(text) > 100  # the record's checks refuse it as too long
        or not any(ch.isalpha() for ch in text)  # digits only, as nearly every imported date
        or any(not ch.isprintable() and not ch.isspace() for ch in text)  # a control character
    ):
        return record
    try:
        day, part = parse_date_and_part(text)
    except DateError as exc:
        return {**record, "date": _Unread(str(exc))}
    if part is None:
        return record
    given = record.get("part_of_day")
    if given is None or given == "":
        return {**record, "date": day, "part_of_day": part}
    try:
        same = isinstance(given, str) and parse_part_of_day(given) == part
    except DateError:
        return {**record, "date": day}  # part_of_day's own validator says what is wrong with it
    if same:
        return {**record, "date": day, "part_of_day": part}
    said = {"typed": _shown(text), "part": PART_OF_DAY_VI[part], "given": _shown(given)}
    clash = _("{typed} says {part} but the part of day is {given}: give it once", **said)
    return {**record, "date": _Unread(clash)}


def refuse_unread(value: object) -> object:
    """The record's first check of its date: what `with_part_of_day` could not read is refused
    with its reason; anything else goes on to the usual checks."""
    if isinstance(value, _Unread):
        raise DateError(value.reason)
    return value
