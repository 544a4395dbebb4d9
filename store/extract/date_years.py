"""The year of a meeting's day and month when the report does not state it, but bounds it.

A term it names ("nhiệm kỳ 2023 - 2028"), a school year ("năm học 2024 - 2025"), or a Tết named
by its lunar-cycle name ("trước thềm Tết Bính Ngọ"). `store.extract.dates` asks these in turn.
"""

from __future__ import annotations

import re
from datetime import date

# A term: "nhiệm kỳ 2023 - 2028", "khóa IV (2023 - 2028)", "khóa XII, nhiệm kỳ 2020 - 2025",
# "Đại hội … lần thứ XVII (2023 - 2028)".
_TERM = re.compile(
    r"\b(?:nhiem ky|(?:khoa|lan thu)(?:\s+[ivxl]+\b|\s+\d{1,2}\b)?\s*[,(]?\s*(?:nhiem ky)?)"
    r"\s*\(?\s*"
    r"(?P<first>(?:19|20|21)\d\d)\s*[-–]\s*(?P<last>(?:19|20|21)\d\d)\b"
)


# "năm học 2024 - 2025": a school year runs from September to the next summer.
_SCHOOL_YEAR = re.compile(
    r"\bnam hoc\s+(?P<first>(?:19|20|21)\d\d)\s*[-–]\s*(?P<last>(?:19|20|21)\d\d)\b"
)


def in_school_year(folded: str, month: int) -> int | None:
    """The year of a day and month without one in a report about a school year it names ("sơ
    kết học kỳ I năm học 2024 - 2025" on "10/1"): its first year from September, else its second."""
    named = _SCHOOL_YEAR.search(folded)
    if named is None or int(named["last"]) != int(named["first"]) + 1:
        return None
    return int(named["first"]) if month >= 9 else int(named["last"])


# The lunar new year by its name in the sixty-year cycle: "Tết Nguyên đán Bính Ngọ (2026)",
# "Xuân Ất Tỵ". Folded, "Tý" and "Tỵ" are one word; the stem's parity tells them apart.
_STEMS = ("giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy")
_BRANCHES = ("ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi")
_TET = re.compile(
    rf"\b(?:tet|xuan)(?: nguyen dan)? (?P<stem>{'|'.join(_STEMS)}) "
    rf"(?P<branch>{'|'.join(sorted(set(_BRANCHES)))})\b(?:\s+(?P<year>(?:19|20|21)\d\d)\b)?"
)


def _tet_year(stem: str, branch: str, near: int) -> int:
    """The Gregorian year whose Tết bears this cycle name, the one nearest `near`."""
    s = _STEMS.index(stem)
    b = next(i for i, name in enumerate(_BRANCHES) if name == branch and i % 2 == s % 2)
    cycle = next(k for k in range(60) if k % 10 == s and k % 12 == b)  # 1984 was Giáp Tý
    return near + ((1984 + cycle - near + 30) % 60) - 30


def before_tet(folded: str, month: int, at: int, near: int) -> int | None:
    """The year of a day and month without one in the weeks around a Tết the report names
    ("trước thềm Tết Bính Ngọ" on "20/1"): November and December fall in the year before it,
    January and February in its own. The Tết named nearest the day is the one it comes before
    (not last year's, recalled in a link or a figure)."""
    if month not in (11, 12, 1, 2):
        return None
    named = min(_TET.finditer(folded), key=lambda m: abs(m.start() - at), default=None)
    if named is None:
        return None
    year = int(named["year"]) if named["year"] else _tet_year(named["stem"], named["branch"], near)
    return year - 1 if month >= 11 else year


def within_term(folded: str, guessed: int | None) -> int:
    """The guessed year, bounded by the term the report names ("nhiệm kỳ 2023 - 2028", "khóa IV
    (2023 - 2028)"): a congress (đại hội) opens its term, so it is held in the term's first
    year."""
    term = _TERM.search(folded)
    if term is None:
        return guessed or date.today().year
    first, last = int(term["first"]), int(term["last"])
    if re.search(r"\bdai hoi\b", folded) or guessed is None or not first <= guessed <= last:
        return first
    return guessed
