"""The committee's figures over a query: what `Book.stats` returns, and how each is counted.

A union office reports on its work by month, quarter and year: how many meetings of which kind each
body held, who attended and who was absent, which decisions are done, open or overdue and whose
they are, which documents were cited most. `book_stats` counts all of it in SQL (`GROUP BY` over
the meetings a query matches, the same search as `Book.search`), so a year of a 100,000-meeting
book is a few aggregate statements, not 100,000 records read.

Every figure carries `query`: text in the book's query language that finds the meetings behind it
(a face's Enter runs it through `Book.search`), and `exact`, False where the language can only say
a wider set (see each type). What the data supports, honestly:

* a meeting dated only to the year has no month or quarter: it is counted in its year's row
  with `number` None ("month not known"), never spread over months;
* attendance is what the minutes record: `present` is a meeting where the person had any role
  but `absent`, `absent` one where they were recorded absent (and nothing else). There is no
  roster of a body's members, so "the members of a body" are the people recorded at the meetings
  it organised (`members_of`), and `not_named` the body's meetings that do not name them at all;
* a decision's owner is its `responsible` text as written; overdue is `store.decisions`' rule
  (the end of a partial due date is before today).

The SQL lives in `store.stats_sql`; this module holds the types, the period and the queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import IO, TYPE_CHECKING, Any

from store.dates import PartialDate
from store.decisions import OpenDecision
from store.query import Query, parse_query
from store.text import fold, nfc
from store.vocabulary import MEETING_STATUSES

if TYPE_CHECKING:
    from store.record import MeetingRecord

__all__ = [
    "ALL_TIME",
    "DEFAULT_FIGURES",
    "FIGURES",
    "REVIEWED",
    "Attendance",
    "Attended",
    "BodyRow",
    "DocumentRow",
    "KindRow",
    "OwnerRow",
    "PeriodRow",
    "Stats",
    "StatusCount",
    "figure_query",
    "quoted",
    "reviewed_only",
    "stats_query",
]

# `period=ALL_TIME`: every date the query allows, not this year.
ALL_TIME = "all"

# The lists `Book.stats(figures=...)` may count besides the meetings by period and kind, which it
# always counts: a face showing one figure at a time asks for one and has it sooner. The default
# is every list but the decisions of each period (one look-up per decision: 300k at all time).
FIGURES = ("bodies", "attendance", "decisions", "documents", "decisions_by_period")
DEFAULT_FIGURES = FIGURES[:4]

# The record as reviewed: every status but `draft` (a record read from a report, not yet checked).
REVIEWED = tuple(code for code in MEETING_STATUSES if code != "draft")


@dataclass(frozen=True)
class PeriodRow:
    """The meetings of one month or quarter (`span`; `number` 1-12 or 1-4) of `year`; `number`
    None: those dated only to the year, which no month or quarter holds. `by_kind` and `by_body`
    are aligned with `Stats.kinds` and `Stats.bodies`. `query` finds them; for a month or quarter
    it also finds the year's meetings dated only to the year (their period overlaps it), and
    `exact` is then False. `decisions`: the period's decisions by status (the figure
    `decisions_by_period`; empty when not counted). `attended`: the attendance of `Stats.person`
    in the period (None when the figures are not a person's)."""

    span: str  # "month" or "quarter"
    year: int
    number: int | None
    meetings: int
    by_kind: tuple[int, ...]
    by_body: tuple[int, ...]
    query: str
    exact: bool
    decisions: tuple[StatusCount, ...] = ()
    attended: Attended | None = None

    @property
    def key(self) -> str:
        """`2024-05` (a month), `2024-Q2` (a quarter) or `2024` (dated only to the year)."""
        if self.number is None:
            return str(self.year)
        if self.span == "month":
            return f"{self.year}-{self.number:02d}"
        return f"{self.year}-Q{self.number}"


@dataclass(frozen=True)
class Attended:
    """One person's meetings in a period: present at (any role but absent), recorded absent
    from (and nothing else), chaired (a part of those present at)."""

    present: int
    absent: int
    chaired: int


@dataclass(frozen=True)
class KindRow:
    """The meetings of one kind as recorded (`hội nghị`; None: no kind recorded). `kind:` matches
    words, so `exact` is False when another kind holds this one's words (`hội nghị ký kết`)."""

    kind: str | None
    meetings: int
    query: str
    exact: bool


@dataclass(frozen=True)
class BodyRow:
    """The meetings one body organised (a meeting of two bodies counts for each)."""

    name: str
    meetings: int
    query: str
    exact: bool


@dataclass(frozen=True)
class Attendance:
    """One person's attendance (see the module): meetings present at, recorded absent from,
    chaired; `not_named` only for a body's members. `query` finds every meeting naming them
    (present or absent: `exact` only when they were never absent and no other name holds
    theirs), `chair_query` those they chaired."""

    person_id: int
    name: str
    present: int
    absent: int
    chaired: int
    not_named: int | None
    query: str
    chair_query: str
    exact: bool


@dataclass(frozen=True)
class StatusCount:
    """How many decisions are in one status (`open`, `done`, `dropped`); `overdue` ⊂ open."""

    status: str
    decisions: int


@dataclass(frozen=True)
class OwnerRow:
    """The decisions of one owner (their `responsible` text; None: no one named). `query` finds
    the meetings whose words hold that text: never `exact`, the words may be elsewhere too."""

    responsible: str | None
    open: int
    done: int
    dropped: int
    overdue: int
    query: str
    exact: bool = False

    @property
    def decisions(self) -> int:
        return self.open + self.done + self.dropped


@dataclass(frozen=True)
class DocumentRow:
    """A document cited, as first cited (its number, kind, title), and at how many meetings."""

    number: str
    kind: str | None
    title: str | None
    meetings: int
    query: str
    exact: bool


@dataclass(frozen=True)
class Stats:
    """The figures over `query` (the whole query, period included). They count the meetings
    known to fall in the period (`falls_in`); `Book.search(query)` finds those too, and also
    those that may (a meeting dated only to 2024, for May 2024). Lists are longest first and
    cut at `top`; the `*_total` say how many there were in all. `date_from`/`date_to`: the
    period the query says (None: open-ended).
    `counted`: the lists counted (`FIGURES`); the others are empty, their totals 0. `person`: the
    figures are one person's (`Book.stats(person=...)`: the meetings naming them, present or
    absent), with their attendance in all; each period row has theirs.
    `drafts`: how many of the meetings the query matches in the period are drafts (read from a
    report, not yet reviewed); `with_drafts`: whether the figures count them (the working figures
    do; the report counts the record as reviewed unless asked, `counted_query`)."""

    query: str
    date_from: date | None
    date_to: date | None
    today: date
    meetings: int
    kinds: tuple[str | None, ...]
    bodies: tuple[str, ...]
    months: tuple[PeriodRow, ...]
    quarters: tuple[PeriodRow, ...]
    by_kind: tuple[KindRow, ...]
    by_body: tuple[BodyRow, ...]
    bodies_total: int
    members_of: str | None
    body_meetings: int | None
    attendance: tuple[Attendance, ...]
    people_total: int
    decision_statuses: tuple[StatusCount, ...]
    overdue_total: int
    owners: tuple[OwnerRow, ...]
    owners_total: int
    overdue: tuple[OpenDecision, ...]
    documents: tuple[DocumentRow, ...]
    documents_total: int
    counted: tuple[str, ...] = DEFAULT_FIGURES
    person: Attendance | None = None
    drafts: int = 0
    with_drafts: bool = True

    @property
    def decisions(self) -> int:
        return sum(count.decisions for count in self.decision_statuses)

    def counted_query(self) -> Query:
        """The query of the meetings the figures count: `query`, and the record as reviewed
        when they leave drafts out (`with_drafts` False; `drafts`: how many that left out).
        The language has no "not a draft", so that condition is the parsed query's alone and
        the figures' own `query` texts still find those drafts."""
        parsed = parse_query(self.query)
        return parsed if self.with_drafts or not self.drafts else reviewed_only(parsed)

    def falls_in(self, record: MeetingRecord) -> bool:
        """Whether the figures count `record`: its whole date (the day, month or year it is
        dated to) lies in their period, as `store.stats_scope` counts in SQL."""
        if self.date_from is not None and record.date.start < self.date_from:
            return False
        return self.date_to is None or record.date.end <= self.date_to

    def tables(self) -> list[Any]:
        """The figures as tables of plain values (`store.stats_tables.StatsTable`), in the
        interface's language: what the faces print and the report lays out."""
        from store.stats_tables import stats_tables

        return stats_tables(self)

    def totals(self) -> Any:
        """The headline's counts as one table (`totals`: the period, its meetings, how many of
        them are drafts), the first sheet of a workbook and rows of a CSV."""
        from store.stats_tables import totals_table

        return totals_table(self)

    def write_report(
        self, meetings: Iterable[MeetingRecord], fmt: str, stream: IO[Any], *, body: str | None
    ) -> None:
        """The report (Báo cáo) of these figures and `meetings` (the same query's, oldest first)
        to `stream`: `docx` (binary) or `md` (`store.documents.report`)."""
        from store.documents.report import write_report

        # The meetings the figures count: a search for the quarter also finds a meeting dated
        # only to the year, which the report's figures leave out and so must its list.
        write_report(self, [m for m in meetings if self.falls_in(m)], fmt, stream, body=body)


def reviewed_only(parsed: Query) -> Query:
    """`parsed` narrowed to the record as reviewed (`REVIEWED`: final, approved, locked), as a
    `status:` item would narrow it: what the report counts unless asked to count drafts."""
    return replace(parsed, status=(*parsed.status, REVIEWED))


def top_of(rows: list[Any], top: int | None) -> list[Any]:
    """The first `top` of a ranked list (None: all)."""
    return rows if top is None else rows[:top]


def quoted(value: str) -> str:
    """`value` as one quoted item of the query language, which has no escape for a quote: a
    quote inside becomes a space (it is not a word, so nothing a match needs is lost)."""
    return '"' + " ".join(value.replace('"', " ").split()) + '"'


def stats_query(query: str | None, period: str | None, today: date) -> str:
    """The whole query the figures are over: `period` (anything `date:` takes: `2024`,
    `quý 2/2024`, `5/2024`, `2024-01..2024-06`) before `query`; None: this year, unless `query`
    says dates itself; ALL_TIME: no period. Raises QueryError when either cannot be read."""
    text = (query or "").strip()
    if period == ALL_TIME:
        parse_query(text)
        return text
    if period is None:
        parsed = parse_query(text)
        if parsed.date_from is not None or parsed.date_to is not None:
            return text
        period = str(today.year)
    said = period.strip()
    said = said if said and len(said.split()) == 1 and '"' not in said else quoted(said)
    whole = f"date:{said} {text}".strip()
    parse_query(whole)
    return whole


def figure_query(base: str, *items: str) -> str:
    """`items` (`date:2024-05`, `person:"…"`) narrowing `base`; before it, so a last word still
    being typed in `base` reads as it did."""
    return " ".join([*items, base]).strip()


def period_items(year: int, number: int | None, months: int) -> str:
    """The `date:` item of a month (`months` 1) or quarter (3); the year when `number` is None."""
    if number is None:
        return f"date:{year}"
    if months == 1:
        return f"date:{year}-{number:02d}"
    first = (number - 1) * 3 + 1
    return f"date:{year}-{first:02d}..{year}-{first + 2:02d}"


@lru_cache(maxsize=8192)
def _spaced(text: str, marks: bool) -> str:
    # A figure's list asks this of every other name for each name shown: each is said once.
    said = nfc(text.casefold()) if marks else fold(text)
    return f" {' '.join(said.split())} "


def holds_another(value: str, others: list[str], *, marks: bool = True) -> bool:
    """True when a word match for `value` would also match one of `others` (a longer name or
    kind holding its words in order); marks kept as a typed name's are, or folded."""
    mine = _spaced(value, marks)
    return any(mine in _spaced(other, marks) for other in others if other != value)


def empty_stats(
    query: str,
    parsed: Query,
    today: date,
    members_of: str | None,
    counted: tuple[str, ...] = DEFAULT_FIGURES,
    person: Attendance | None = None,
    drafts: int = 0,
    with_drafts: bool = True,
) -> Stats:
    """The figures of a query nothing matches (but perhaps `drafts`, when they are left out)."""
    return Stats(
        query=query, date_from=parsed.date_from, date_to=parsed.date_to, today=today,
        meetings=0, kinds=(), bodies=(), months=(), quarters=(), by_kind=(), by_body=(),
        bodies_total=0, members_of=members_of, body_meetings=0 if members_of else None,
        attendance=(), people_total=0, decision_statuses=(), overdue_total=0, owners=(),
        owners_total=0, overdue=(), documents=(), documents_total=0, counted=counted,
        person=person, drafts=drafts, with_drafts=with_drafts,
    )  # fmt: skip


def partial(start: date, precision: str) -> PartialDate:
    return PartialDate.from_parts(start, precision)
