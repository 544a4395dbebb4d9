"""The Overview's figures as drawn: `Period` (what they are over), `Figure` (bars and rows).

`Book.stats` counts; this module only says what to draw from its answer, in the interface's
language: a `Figure` is a title, bars for a `BarPlot` (one group per period: month, quarter or
year, whichever keeps the groups at 24 or fewer), and the rows of the same numbers for a table,
each row with its `Target`: the query that finds the meetings behind it, or one meeting. Every
number is the store's (a person's attendance over time is `Book.stats(person=...)`'s, each
period's decisions `Book.stats(figures=("decisions_by_period",))`'s): this module only adds a
period's months together. Nothing here reads the book or draws.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from rich.text import Text

from store import one_line
from tui.i18n import _, grouped
from tui.widgets.bar_plot import Bars

ALL_TIME = "all"  # Book.stats(period=...): every date the query allows
MOST_GROUPS = 24  # bars side by side: beyond, months become quarters, quarters years
KINDS = ("month", "quarter", "year", "search")


def quoted(value: str) -> str:
    """`value` as one quoted item of the query language (which has no escape for a quote)."""
    return '"' + " ".join(value.replace('"', " ").split()) + '"'


@dataclass(frozen=True)
class Period:
    """What the figures are over: a month, a quarter or a year (`number` 1-12, 1-4, 0), or the
    home screen's search (`search`, every date it allows)."""

    kind: str
    year: int
    number: int = 0
    search: str = ""
    # The search has no dates of its own: the day of the period it was reached from, so the
    # next `p` comes back to the year being looked at rather than to today.
    came_from: date | None = field(default=None, compare=False)

    @classmethod
    def current(cls, kind: str, today: date, search: str = "") -> Period:
        if kind == "month":
            return cls("month", today.year, today.month, search)
        if kind == "quarter":
            return cls("quarter", today.year, (today.month - 1) // 3 + 1, search)
        return cls(kind, today.year, 0, search)

    def stats_arguments(self) -> tuple[str | None, str]:
        """(query, period) for `Book.stats`."""
        if self.kind == "month":
            return None, f"{self.year}-{self.number:02d}"
        if self.kind == "quarter":
            first = (self.number - 1) * 3 + 1
            return None, f"{self.year}-{first:02d}..{self.year}-{first + 2:02d}"
        if self.kind == "year":
            return None, str(self.year)
        return self.search.strip() or None, ALL_TIME

    def anchor(self, today: date) -> date:
        """A day inside this period: today when it is inside, else the period's first day."""
        if self.kind == "search":
            return self.came_from or today
        first_month = {"month": self.number, "quarter": 3 * self.number - 2}.get(self.kind, 1)
        last_month = {"month": self.number, "quarter": 3 * self.number}.get(self.kind, 12)
        if self.year == today.year and first_month <= today.month <= last_month:
            return today
        return date(self.year, first_month, 1)

    def cycled(self, today: date) -> Period:
        """The next kind of period (month → quarter → year → the search → month) around the
        same days: from the year 2024, its first month; from March 2024, its quarter."""
        kind = KINDS[(KINDS.index(self.kind) + 1) % len(KINDS)]
        anchor = self.anchor(today)
        return replace(Period.current(kind, anchor, self.search), came_from=anchor)

    def shifted(self, step: int) -> Period:
        """The period `step` months, quarters or years later (the search has no neighbours)."""
        if self.kind in ("month", "quarter"):
            size = 12 if self.kind == "month" else 4
            index = self.year * size + self.number - 1 + step
            return replace(self, year=index // size, number=index % size + 1)
        if self.kind == "year":
            return replace(self, year=self.year + step)
        return self

    def label(self) -> str:
        if self.kind == "month":
            return _("month {month}/{year}", month=self.number, year=self.year)
        if self.kind == "quarter":
            return _("Q{quarter}/{year}", quarter=self.number, year=self.year)
        if self.kind == "year":
            return _("year {year}", year=self.year)
        if self.search.strip():
            return _("the search {search}", search=one_line(self.search.strip()))
        return _("all time")


@dataclass(frozen=True)
class Target:
    """What Enter on a bar or a row opens: the meetings `query` finds (`heading` names them),
    or the one meeting `meeting_id`."""

    heading: str
    query: str = ""
    meeting_id: int | None = None
    # The meetings the row counts, where the query can only say "these and maybe others" (a
    # body whose name is inside another's, a year whose dated months are elsewhere): the list
    # then says the two numbers differ, rather than showing more meetings than the row.
    counted: int | None = None


@dataclass(frozen=True)
class Figure:
    """One figure: its bars (none: a table only), its table, a target per table row (the bars
    are the table's first rows, in order), and a line under it."""

    title: str
    bars: Bars
    columns: tuple[str, ...]
    rows: tuple[tuple[Text, ...], ...]
    targets: tuple[Target, ...]
    note: str = ""
    group_names: tuple[str, ...] = field(default_factory=tuple)  # each bar group, in full
    short_title: str = ""  # the title where the whole one does not fit (a narrow plot)


@dataclass(frozen=True)
class Group:
    """One period of a figure's bars: its short and full names, and the query of its meetings."""

    short: str
    name: str
    query: str
    year: int
    months: tuple[int, ...]  # the months it holds


def _count(value: int) -> Text:
    return Text(grouped(value), justify="right")


def _cell(value: str | None, width: int) -> Text:
    text = one_line(value or "")
    return Text(text if len(text) <= width else text[: width - 1] + "…")


def groups(stats: Any) -> list[Group]:
    """The periods the bars are drawn for: the months, or quarters, or years, of the figures."""
    months = [row for row in stats.months if row.number is not None]
    quarters = [row for row in stats.quarters if row.number is not None]
    years = sorted({row.year for row in months})
    one_year = len(years) <= 1
    if len(months) <= MOST_GROUPS:
        return [
            Group(
                str(row.number) if one_year else f"{row.number}/{row.year}",
                f"{row.number}/{row.year}",
                row.query,
                row.year,
                (row.number,),
            )
            for row in months
        ]
    if len(quarters) <= MOST_GROUPS:
        return [
            Group(
                _("Q{quarter}", quarter=row.number)
                if one_year
                else _("Q{quarter}/{year}", quarter=row.number, year=row.year),
                _("Q{quarter}/{year}", quarter=row.number, year=row.year),
                row.query,
                row.year,
                tuple(range((row.number - 1) * 3 + 1, row.number * 3 + 1)),
            )
            for row in quarters
        ]
    return [
        Group(str(year), str(year), f"date:{year} {stats.query}".strip(), year, tuple(range(1, 13)))
        for year in years
    ]


def meetings_figure(stats: Any) -> Figure:
    """Meetings per period, by kind: bars of the count, a row a period (and a row for each
    year's meetings known only to the year)."""
    chosen = groups(stats)
    per_month: dict[tuple[int, int], int] = {
        (row.year, row.number): row.meetings for row in stats.months if row.number is not None
    }
    kinds_per_month: dict[tuple[int, int], tuple[int, ...]] = {
        (row.year, row.number): row.by_kind for row in stats.months if row.number is not None
    }
    kinds = list(stats.kinds)[:3]
    counts, rows, targets = [], [], []
    for group in chosen:
        total = sum(per_month.get((group.year, month), 0) for month in group.months)
        by_kind = [
            sum(kinds_per_month.get((group.year, month), (0,) * len(stats.kinds))[index]
                for month in group.months)
            for index in range(len(kinds))
        ]  # fmt: skip
        counts.append(total)
        rows.append((Text(group.name), _count(total), *(_count(k) for k in by_kind)))
        targets.append(Target(_("Meetings of {period}", period=group.name), group.query))
    for row in stats.months:
        if row.number is None:
            name = _("{year}, month not known", year=row.year)
            by_kind = row.by_kind[: len(kinds)]
            rows.append((Text(name), _count(row.meetings), *(_count(k) for k in by_kind)))
            heading = _("Meetings of {period}", period=name)
            targets.append(Target(heading, row.query, counted=row.meetings))
    kind_names = [one_line(kind) if kind else _("no kind recorded") for kind in kinds]
    columns = (_("Period"), _("Meetings"), *(name[:16] for name in kind_names))
    bars = Bars(tuple(g.short for g in chosen), ((_("Meetings"), tuple(counts)),))
    unknown = sum(row.meetings for row in stats.months if row.number is None)
    note = ""
    if unknown:
        note = _("{count} dated only to the year (in the table)", count=grouped(unknown))
    return Figure(
        _("Meetings per period"), bars, columns, tuple(rows), tuple(targets), note,
        tuple(g.name for g in chosen),
    )  # fmt: skip


def bodies_figure(stats: Any) -> Figure:
    """The organising bodies, most meetings first (a table)."""
    rows = tuple((_cell(row.name, 60), _count(row.meetings)) for row in stats.by_body)
    targets = tuple(
        Target(one_line(row.name), row.query, counted=row.meetings) for row in stats.by_body
    )
    note = _("{shown} of {count} bodies", shown=len(rows), count=grouped(stats.bodies_total))
    columns = (_("Organising body"), _("Meetings"))
    return Figure(_("Organising bodies"), Bars(), columns, rows, targets, note)


def attendance_figure(stats: Any) -> Figure:
    """Each person's meetings present, absent and chaired (a table; the plot is per person)."""
    rows = tuple(
        (_cell(row.name, 28), _count(row.present), _count(row.absent), _count(row.chaired))
        for row in stats.attendance
    )
    targets = tuple(Target(one_line(row.name), row.query) for row in stats.attendance)
    columns = (_("Person"), _("Attended"), _("Absent"), _("Chaired"))
    note = _("{shown} of {count} people", shown=len(rows), count=grouped(stats.people_total))
    return Figure(_("Attendance"), Bars(), columns, rows, targets, note)


def _by_month(stats: Any, field: str) -> dict[tuple[int, int], Any]:
    """Each month row's `field` (`attended`, `decisions`), by (year, month)."""
    return {
        (row.year, row.number): getattr(row, field)
        for row in stats.months
        if row.number is not None
    }


def _year_only(stats: Any) -> list[Any]:
    """The rows of the meetings dated only to their year (no month holds them)."""
    return [row for row in stats.months if row.number is None]


def person_figure(stats: Any) -> Figure:
    """One person's meetings present, chaired and absent in each period of their figures
    (`Book.stats(person=...)`: the store counts, per month; this sums the months of a period).
    `stats` None, or not a person's: no one's, an empty figure."""
    names = (_("Attended"), _("Chaired"), _("Absent"))
    columns = (_("Period"), *names)
    person = stats.person if stats is not None else None
    if person is None:  # no one: an empty figure
        return Figure(_("No one recorded"), Bars(), columns, (), ())
    name = person.name
    chosen = groups(stats)
    attended = _by_month(stats, "attended")
    series: list[list[int]] = [[], [], []]  # present, chaired, absent
    rows, targets = [], []
    for group in chosen:
        held = [attended.get((group.year, month)) for month in group.months]
        counts = [sum(getattr(each, field) for each in held if each is not None)
                  for field in ("present", "chaired", "absent")]  # fmt: skip
        for values, count in zip(series, counts, strict=True):
            values.append(count)
        rows.append((Text(group.name), *(_count(count) for count in counts)))
        heading = _("{name} in {period}", name=one_line(name), period=group.name)
        targets.append(Target(heading, group.query))
    for row in _year_only(stats):
        period = _("{year}, month not known", year=row.year)
        seen = row.attended
        three = (seen.present, seen.chaired, seen.absent) if seen is not None else (0, 0, 0)
        rows.append((Text(period), *(_count(count) for count in three)))
        targets.append(Target(_("{name} in {period}", name=one_line(name), period=period),
                              row.query))  # fmt: skip
    bars = Bars(tuple(g.short for g in chosen), tuple(zip(names, map(tuple, series), strict=True)))
    title = _("Attendance of {name}", name=one_line(name))
    return Figure(
        title,
        bars,
        columns,
        tuple(rows),
        tuple(targets),
        "",
        tuple(g.name for g in chosen),
        short_title=one_line(name),
    )


def decisions_figure(stats: Any) -> Figure:
    """Decisions made in each period and how many of them are done (the store's decisions of
    each month, `Book.stats(figures=("decisions_by_period",))`, summed over a period's months);
    the year's decisions of meetings dated only to the year in rows of their own."""
    chosen = groups(stats)
    by_month = _by_month(stats, "decisions")
    counted: list[dict[str, int]] = []
    for group in chosen:
        statuses: dict[str, int] = defaultdict(int)
        for month in group.months:
            for count in by_month.get((group.year, month), ()):
                statuses[count.status] += count.decisions
        counted.append(statuses)
    names = [g.name for g in chosen]
    queries = [g.query for g in chosen]
    for row in _year_only(stats):
        counted.append({count.status: count.decisions for count in row.decisions})
        names.append(_("{year}, month not known", year=row.year))
        queries.append(row.query)
    made = [sum(statuses.values()) for statuses in counted]
    done = [statuses.get("done", 0) for statuses in counted]
    rows = tuple(
        (Text(n), _count(m), _count(c.get("open", 0)), _count(d), _count(c.get("dropped", 0)))
        for n, m, d, c in zip(names, made, done, counted, strict=True)
    )
    targets = tuple(
        Target(_("Meetings of {period}", period=n), q) for n, q in zip(names, queries, strict=True)
    )
    shown = len(chosen)
    series = ((_("Decisions"), tuple(made[:shown])), (_("Done"), tuple(done[:shown])))
    columns = (_("Period"), _("Decisions"), _("Still open"), _("Done"), _("Dropped"))
    # The plot has no bar for them: said under it, as the meetings' figure says its own.
    unknown = sum(made[shown:])
    note = ""
    if unknown:
        note = _("{count} of meetings dated only to the year (in the table)",
                 count=grouped(unknown))  # fmt: skip
    return Figure(
        _("Decisions made and done"), Bars(tuple(g.short for g in chosen), series), columns,
        rows, targets, note, tuple(g.name for g in chosen),
    )  # fmt: skip


OWNER_WIDTH = 30  # the Owners table's first column: who carries decisions out
OVERDUE_WIDTH = 44  # ... or an overdue decision (still fits 80 columns with the three counts)


def owners_figure(stats: Any) -> Figure:
    """Decisions by who carries them out, the overdue first; then each overdue decision."""
    rows: list[tuple[Text, ...]] = []
    targets: list[Target] = []
    for row in stats.owners:
        owner = row.responsible or _("no one named")
        counts = (_count(row.open), _count(row.done), _count(row.overdue))
        rows.append((_cell(owner, OWNER_WIDTH), *counts))
        targets.append(Target(one_line(owner), row.query))
    for decision in stats.overdue:
        # One cell: its day, what, and who carries it out. In the Overdue column the owner made
        # that column 20 cells wide, its counts sat far from their heading and, at 80 columns,
        # past the edge. Enter opens its meeting.
        due = decision.due.display() if decision.due else ""
        said = Text("! " + due + " ", style="bold red")
        who = decision.responsible
        about = f"{decision.text} — {who}" if who else decision.text
        said.append(_cell(about, OVERDUE_WIDTH - len(said)))
        rows.append((said, Text(""), Text(""), Text("")))
        targets.append(Target("", meeting_id=decision.meeting_id))
    statuses = ", ".join(
        f"{grouped(count.decisions)} {_(count.status)}" for count in stats.decision_statuses
    )
    note = _("{statuses}; {overdue} overdue", statuses=statuses or "0",
             overdue=grouped(stats.overdue_total))  # fmt: skip
    columns = (_("Responsible"), _("Still open"), _("Done"), _("Overdue"))
    return Figure(_("Who carries them out"), Bars(), columns, tuple(rows), tuple(targets), note)


def documents_figure(stats: Any) -> Figure:
    """The documents cited most."""
    rows = tuple(
        (_cell(row.number, 24), _cell(row.title or row.kind, 40), _count(row.meetings))
        for row in stats.documents
    )
    targets = tuple(
        Target(one_line(row.number), row.query, counted=row.meetings) for row in stats.documents
    )
    columns = (_("Document"), _("Title"), _("Meetings"))
    note = _("{shown} of {count} documents", shown=len(rows), count=grouped(stats.documents_total))
    return Figure(_("Documents cited most"), Bars(), columns, rows, targets, note)


__all__ = [
    "ALL_TIME",
    "Figure",
    "Group",
    "Period",
    "Target",
    "attendance_figure",
    "bodies_figure",
    "decisions_figure",
    "documents_figure",
    "groups",
    "meetings_figure",
    "owners_figure",
    "person_figure",
]
