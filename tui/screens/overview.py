"""The Overview (`OverviewScreen`, `o` from home): the committee's figures for a period, as plots.

The figures are the book's (`Book.stats`) for a month, a quarter, a year (`p` chooses which, `[`
and `]` go back and forth) or the search the home screen shows, over all its dates. Each is a tab:
meetings per period (by kind), attendance (each person, and the highlighted person's attendance
over time, from their timeline), decisions made and done per period, who carries them out with
the overdue ones named, the documents cited most, the organising bodies. A plot's numbers are one
key away (`t`); Enter on a bar or a row opens the meetings behind it (`FigureMeetingsScreen`, this
module's list of them, from which Enter opens a meeting through the app), esc comes back.

Everything is read in workers: the figures first, then each period's decisions and the
highlighted person's timeline; a result for a period no longer shown is dropped. What is drawn is
built by `tui.widgets.figures`; the plots are `tui.widgets.bar_plot.BarPlot` (textual-plotext).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Static, TabbedContent, TabPane

import store
from store import one_line
from tui.i18n import _, grouped, plural
from tui.screens.base import BookChange, BookScreen
from tui.threads import hand_back
from tui.widgets.figure_view import FigureView
from tui.widgets.figures import (
    Figure,
    Group,
    Period,
    Target,
    attendance_figure,
    bodies_figure,
    decisions_figure,
    documents_figure,
    groups,
    meetings_figure,
    owners_figure,
    person_figure,
)
from tui.widgets.key_footer import KeyFooter
from tui.widgets.meeting_list import MeetingList

TOP = 50  # rows of each list figure (people, owners, documents, bodies)
FIGURES = ("meetings", "attendance", "decisions", "owners", "documents", "bodies")
# The list of `Book.stats(figures=...)` each later figure needs, and what draws it.
LISTS = {
    "attendance": "attendance",
    "decisions": "decisions_by_period",
    "owners": "decisions",
    "documents": "documents",
    "bodies": "bodies",
}
DRAWN: dict[str, Callable[[Any], Figure]] = {
    "attendance": attendance_figure,
    "decisions": decisions_figure,
    "owners": owners_figure,
    "documents": documents_figure,
    "bodies": bodies_figure,
}


def tab_names() -> dict[str, str]:
    return {
        "meetings": _("Meetings"),
        "attendance": _("Attendance"),
        "decisions": _("Decisions"),
        "owners": _("Owners"),
        "documents": _("Documents"),
        "bodies": _("Bodies"),
    }


def meetings_said(count: int) -> str:
    """`1 meeting`, `1,234 meetings` (`1.234 cuộc họp`)."""
    return plural(count, "1 meeting", "{shown} meetings", shown=grouped(count))


class OverviewScreen(BookScreen[None]):
    """The figures of a period, a tab each; plots with their numbers one key away."""

    BINDINGS = [
        Binding("escape", "back", _("Back"), id="overview.back"),
        Binding("t", "toggle", _("Numbers"), id="overview.numbers"),
        # f before [ and ]: at 80 columns the footer ends there, and the figures are the tabs.
        Binding("f", "figure(1)", _("Next figure"), id="overview.next"),
        Binding("p", "period", _("Period"), id="overview.period"),
        Binding("left_square_bracket", "shift(-1)", _("Previous period"), id="overview.earlier"),
        Binding("right_square_bracket", "shift(1)", _("Next period"), id="overview.later"),
        Binding("F", "figure(-1)", _("Previous figure"), show=False, id="overview.previous"),
        Binding("f5", "refresh", _("Refresh"), show=False, id="overview.refresh"),
    ]
    DEFAULT_CSS = """
    OverviewScreen #overview-title { height: 1; padding: 0 1; }
    OverviewScreen TabbedContent { height: 1fr; }
    OverviewScreen TabPane { padding: 0; height: 1fr; }
    OverviewScreen #attendance-pane { height: 1fr; }
    OverviewScreen #attendance { width: 2fr; }
    OverviewScreen #person { width: 3fr; }
    OverviewScreen.-narrow #attendance { width: 52; }
    OverviewScreen.-narrow #person { width: 1fr; }
    OverviewScreen.-nothing #attendance { width: 1fr; }
    """

    def __init__(self, *, search: str = "", today: date | None = None) -> None:
        super().__init__()
        self._today = today  # tests pin the day; None: the real today
        self.search = search.strip()
        kind = "search" if self.search else "year"
        self.period = Period.current(kind, self.today, self.search)
        # Opened on a year without meetings (a book of earlier years, the sample book), the
        # screen moves to the newest year that has some, once (`load`).
        self._opening = not self.search
        self._search_newest: date | None = None  # the search's newest meeting's day (`load`)
        self.stats: Any = None  # the meetings' figures (store's Stats), for the period shown
        self.shown: Period | None = None
        self.groups: list[Group] = []
        self.people: list[tuple[int, str, str]] = []  # (id, name, query) of the attendance rows
        self.figures: dict[str, Figure] = {}  # each figure counted for the period shown
        self._drawn: dict[str, Figure] = {}  # what each view shows (hidden tabs wait)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def compose(self) -> ComposeResult:
        yield Static(id="overview-title")
        names = tab_names()
        # Only the first tab's figure is made now: each other's when its tab is first shown.
        with TabbedContent(id="figures"):
            with TabPane(names["meetings"], id="meetings-tab"):
                yield FigureView(id="meetings")
            for figure in FIGURES[1:]:
                yield TabPane(names[figure], id=f"{figure}-tab")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.set_class(self.app.size.width < 100, "-narrow")
        self._title(None)
        self.follow_book(self._book_changed)
        self.load(self.period)

    def on_resize(self) -> None:
        self.set_class(self.size.width < 100, "-narrow")

    def _book_changed(self, change: BookChange) -> None:
        self.load(self.period)

    def _title(self, stats: Any) -> None:
        title = Text(_("Overview"), style="bold")
        title.append(" · " + self.period.label())
        if stats is None:
            title.append(" · " + _("counting…"), style="dim")
        else:
            title.append(" · " + meetings_said(stats.meetings) + store.drafts_said(stats.drafts))
        self.query_one("#overview-title", Static).update(title)

    # Loading ----------------------------------------------------------------------------------
    #
    # The meetings by period come first, alone (a year's are a few milliseconds of SQL, all
    # time's about fifty): the title, the periods of every plot and the first tab are drawn from
    # them. Each other figure is then a `Book.stats` of its own list, in a worker of its own,
    # started once that first draw is on the screen; a figure whose tab is hidden waits, counted,
    # until its tab is shown.

    @work(exclusive=True, thread=True, group="overview")
    def load(self, period: Period) -> None:
        """The meetings of `period` by month, quarter and kind, off the UI thread."""
        query, span = period.stats_arguments()
        try:
            stats = self.book.stats(query, period=span, today=self.today, top=TOP, figures=())
        except store.QueryError as exc:
            hand_back(self, self._failed, period, str(exc))
            return
        if period.kind == "search" and stats.meetings:
            self._search_newest = self._newest_day(query or "")
        opening, self._opening = self._opening, False
        if opening and not stats.meetings and not stats.drafts:
            newest = self._newest_day("")
            if newest is not None and newest.year != period.year:
                moved = replace(period, year=newest.year)
                hand_back(self, self._moved, period, moved)
                return
        figure = meetings_figure(stats)
        hand_back(self, self._show, period, stats, groups(stats), figure)

    def _newest_day(self, search: str) -> date | None:
        """The first day of the newest meeting `search` finds (the book's, for ""), or None."""
        newest = self.book.search(search, limit=1, count=False, order="newest").ids
        return self.book.summaries(newest)[0].date.start if newest else None

    def _moved(self, period: Period, newest: Period) -> None:
        """The year opened had no meetings: the newest year with some is shown instead."""
        if period != self.period:
            return
        self.notify(
            _("No meetings in {year}: showing {newest}, the newest year with meetings.",
              year=period.year, newest=newest.year)
        )  # fmt: skip
        self._choose(newest)

    def _failed(self, period: Period, message: str) -> None:
        if period == self.period:
            self.query_one("#overview-title", Static).update(Text(one_line(message), "red"))

    def _show(self, period: Period, stats: Any, chosen: list[Group], meetings: Figure) -> None:
        if period != self.period:
            return  # stale: another period was chosen meanwhile
        self.stats, self.shown, self.groups = stats, period, chosen
        self.figures = {"meetings": meetings}
        self._title(stats)
        self._draw()
        if self.focused is None:
            self._focus_figure()
        self.call_after_refresh(self._count_the_rest, period)

    def _count_the_rest(self, period: Period) -> None:
        """Each other figure in a worker of its own, the shown tab's first."""
        if period != self.period:
            return
        active = self._active()
        for figure in sorted(LISTS, key=lambda name: name != active):
            self.load_figure(period, figure)

    @work(thread=True, group="overview-figures")
    def load_figure(self, period: Period, figure: str) -> None:
        """One figure of `period`: its list alone, counted by the store."""
        query, span = period.stats_arguments()
        try:
            stats = self.book.stats(
                query, period=span, today=self.today, top=TOP, figures=(LISTS[figure],)
            )
        except store.QueryError:
            return  # said by the first figure already
        hand_back(self, self._counted, period, figure, stats, DRAWN[figure](stats))

    def _counted(self, period: Period, name: str, stats: Any, figure: Figure) -> None:
        if period != self.period:
            return
        self.figures[name] = figure
        if name == "attendance":
            # Before the table: highlighting its first row loads that person's plot.
            self.people = [(row.person_id, row.name, row.query) for row in stats.attendance]
        self._draw()

    def _active(self) -> str:
        return self.query_one("#figures", TabbedContent).active.removesuffix("-tab")

    def _views(self) -> list[FigureView]:
        """The figures of the tab shown, once made (the attendance has the person's beside)."""
        active = self._active()
        names = ("attendance", "person") if active == "attendance" else (active,)
        return [view for name in names for view in self.query(f"#{name}").results(FigureView)]

    async def _make_views(self) -> None:
        """The tab shown's figures, made the first time it is shown."""
        active = self._active()
        pane = self.query_one(f"#{active}-tab", TabPane)
        if pane.query(FigureView):
            return
        if active == "attendance":
            beside = (FigureView(id="attendance"), FigureView(id="person"))
            await pane.mount(Horizontal(*beside, id="attendance-pane"))
        else:
            await pane.mount(FigureView(id=active))

    def _nothing(self) -> str:
        """What the figures are when the period holds no meeting ("" when it holds some)."""
        stats, period = self.stats, self.shown
        if stats is None or period is None or stats.meetings or stats.drafts:
            return ""
        if period.kind == "search":
            if period.search.strip():
                return _("The search {search} finds no meetings.",
                         search=one_line(period.search.strip()))  # fmt: skip
            return _("The book holds no meetings yet.")
        return _("No meetings in {period}.", period=period.label())

    def _draw(self) -> None:
        """The figures of the tab shown that are counted and not yet drawn."""
        nothing = self._nothing()
        self.set_class(bool(nothing), "-nothing")
        for view in self._views():
            name = view.id or ""
            figure = self.figures.get(name)
            if name == "person":
                # No meeting, no one to plot: the attendance's side says it once, the width whole.
                view.display = not nothing
            if figure is not None and self._drawn.get(name) is not figure:
                self._drawn[name] = figure
                view.show(figure, "" if name == "person" else nothing)
                if name == "attendance":
                    self._person_of_row()

    def _person_of_row(self) -> None:
        """The plot beside the attendance: the highlighted person's (no one: an empty one)."""
        if self.shown is None:
            return
        if not self.people:
            self.figures["person"] = person_figure(None)
            self._draw()
            return
        table = self.query_one("#attendance", FigureView).table
        self.load_person(
            self.shown, self.people[max(0, min(table.cursor_row, len(self.people) - 1))]
        )

    @work(exclusive=True, thread=True, group="overview-person")
    def load_person(self, period: Period, person: tuple[int, str, str]) -> None:
        """One person's attendance in each period, counted by the store."""
        query, span = period.stats_arguments()
        stats = self.book.stats(query, period=span, today=self.today, person=person[0], figures=())
        hand_back(self, self._counted, period, "person", stats, person_figure(stats))

    @on(DataTable.RowHighlighted, "#attendance DataTable")
    def _row(self, event: DataTable.RowHighlighted) -> None:
        """A person highlighted in the attendance: their attendance over time beside it."""
        index = int(event.row_key.value or 0)
        if self.shown is not None and 0 <= index < len(self.people):
            self.load_person(self.shown, self.people[index])

    # Opening what a bar or a row stands for -------------------------------------------------

    @on(FigureView.Chosen)
    def _chosen(self, event: FigureView.Chosen) -> None:
        target = event.target
        if target.meeting_id is not None:
            self.app.open_meeting(target.meeting_id)
        elif target.query:
            self.app.push_screen(FigureMeetingsScreen(target))

    # Actions ----------------------------------------------------------------------------------

    def _figure_shown(self) -> FigureView | None:
        """The figure of the tab shown with the focus (the attendance's first); None while the
        tab's figures are being made."""
        views = self._views()
        focused = [view for view in views if view.has_focus_within]
        shown = focused or views
        return shown[0] if shown else None

    def _focus_figure(self) -> None:
        if (figure := self._figure_shown()) is not None:
            figure.focus_inside()

    @on(TabbedContent.TabActivated)
    async def _tab(self) -> None:
        await self._make_views()
        self._draw()
        self.call_after_refresh(self._focus_figure)

    def action_toggle(self) -> None:
        figure = self._figure_shown()
        if figure is not None and not figure.has_plot and figure.id == "attendance":
            figure = self.query_one("#person", FigureView)
        if figure is not None:
            figure.toggle()

    def action_period(self) -> None:
        """Month → quarter → year → the home screen's search (all time), around the days shown."""
        period = self.period
        if period.kind == "search" and period.came_from is None:
            # Opened on a search, the days shown are its meetings': the first `p` goes to the
            # month of the newest (read by `load`), not to today's (Khang's 2022-2024 in 2026).
            period = replace(period, came_from=self._search_newest)
        self._choose(period.cycled(self.today))

    def action_shift(self, step: int) -> None:
        self._choose(self.period.shifted(step))

    def _choose(self, period: Period) -> None:
        if period != self.period:
            self.period = period
            self._title(None)
            self.load(period)

    def action_figure(self, step: int) -> None:
        tabs = self.query_one("#figures", TabbedContent)
        names = [f"{figure}-tab" for figure in FIGURES]
        tabs.active = names[(names.index(tabs.active) + step) % len(names)]

    def action_refresh(self) -> None:
        self.load(self.period)

    def action_back(self) -> None:
        self.dismiss()


class FigureMeetingsScreen(BookScreen[None]):
    """The meetings behind a bar or a row of the Overview, newest first; Enter opens one."""

    BINDINGS = [Binding("escape", "back", _("Back"), id="figure_meetings.back")]
    DEFAULT_CSS = """
    FigureMeetingsScreen #figure-heading { height: 1; padding: 0 1; text-style: bold; }
    FigureMeetingsScreen #figure-query { height: 1; padding: 0 1; color: $text-muted; }
    """
    AUTO_FOCUS = "#figure-meetings"

    def __init__(self, target: Target) -> None:
        super().__init__()
        self.target = target
        self.ids: list[int] | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text(one_line(self.target.heading)), id="figure-heading")
        yield Static(id="figure-query")
        yield MeetingList(self.book.summaries, id="figure-meetings")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#figure-query", Static).update(Text(one_line(self.target.query)))
        self.follow_book(lambda change: self.load())
        self.load()

    @work(exclusive=True, thread=True, group="figure-meetings")
    def load(self) -> None:
        # What the figure counted, not what a search finds: a search for May also finds a
        # meeting dated only to the year, and the list said more meetings than the bar.
        ids = self.book.counted_meetings(self.target.query)
        rows = self.book.summaries(ids[:60])
        hand_back(self, self._show, ids, rows)

    def _show(self, ids: list[int], rows: list[store.MeetingSummary]) -> None:
        self.ids = ids
        self.query_one(MeetingList).show_ids(ids, rows=rows)
        said = f"{meetings_said(len(ids))} · {one_line(self.target.query)}"
        counted = self.target.counted
        if counted is not None and counted != len(ids):
            said += " · " + _(
                "the figure counts {count}: this search also finds meetings it counts in"
                " other rows",
                count=grouped(counted),
            )
        self.query_one("#figure-query", Static).update(Text(said))

    @on(MeetingList.Selected)
    def _open(self, event: MeetingList.Selected) -> None:
        self.app.open_meeting(event.meeting_id)

    def action_back(self) -> None:
        self.dismiss()
