"""The Overview (`o` from home), driven by Pilot: its figures against counts made here from the
records, Enter on a bar or a row opening the meetings behind it, esc back, Vietnamese, and its
pictures at 80×24 and 160×45."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import store
from tests.helpers import ROOT, settle, until
from tests.tui.test_tui_no_english import english_words, screen_text
from tui.app import MinuteBookApp

TODAY = date(2024, 6, 1)
SIZE = (120, 36)
KHANG = "Nguyễn Đình Khang"


def add(book: store.Book, title: str, day: str, people: list[tuple[str, str]],
        decisions: list[str] = ()) -> int:  # fmt: skip
    """A meeting with `people` as (name, role) and decisions as their statuses."""
    record = store.validate_record({
        "title": title, "date": day,
        "participants": [{"name": name, "role": role} for name, role in people],
        "decisions": [{"text": f"Việc {n}", "status": s} for n, s in enumerate(decisions)],
    })  # fmt: skip
    assert isinstance(record, store.MeetingRecord), record
    return book.add(record)


@pytest.fixture
def app(tui_app: MinuteBookApp) -> MinuteBookApp:
    """The sample book and four meetings of 2024: Khang present, absent, chairing."""
    book = tui_app.book
    add(book, "Giao ban tháng 3", "20/3/2024", [(KHANG, "chair"), ("Lê Văn A", "attendee")],
        ["done", "open"])  # fmt: skip
    add(book, "Giao ban tháng 5", "10/5/2024", [(KHANG, "absent"), ("Lê Văn A", "chair")],
        ["done", "done", "dropped"])  # fmt: skip
    add(book, "Giao ban tháng 5 (2)", "24/5/2024", [(KHANG, "attendee")], ["open"])
    add(book, "Hội nghị tháng 11", "11/2024", [("Lê Văn A", "attendee")])
    return tui_app


def records_of(book: store.Book, year: int) -> list[store.MeetingRecord]:
    """Every meeting of `year`, read one by one, not counted by the store."""
    ids = book.search("", limit=None).ids
    return [record for record in book.meetings(ids) if record.date.year == year]


def rows(view: Any) -> dict[str, tuple[str, ...]]:
    table = view.table
    return {
        str(table.get_row_at(i)[0]): tuple(str(c) for c in table.get_row_at(i)[1:])
        for i in range(table.row_count)
    }


async def shown_tab(screen: Any, pilot: Any, name: str, view: str = "") -> Any:
    """The tab of the figure `name` shown, and its view (`view`, else the figure's) drawn: a
    hidden tab's figure is counted but made and drawn only when its tab is shown."""
    from tui.widgets.figure_view import FigureView

    screen.query_one("#figures").active = f"{name}-tab"

    def drawn() -> bool:
        made = list(screen.query(f"#{view or name}").results(FigureView))
        return bool(made) and made[0].figure is not None

    await until(pilot, drawn, what=f"the figure {view or name}")
    await settle(screen.app, pilot)
    return screen.query_one(f"#{view or name}", FigureView)


async def overview(app: MinuteBookApp, pilot: Any, search: str = "") -> Any:
    from tui.screens.overview import OverviewScreen

    screen = OverviewScreen(search=search, today=TODAY)
    await app.push_screen(screen)
    await until(pilot, lambda: screen.stats is not None, what="the figures")
    await settle(app, pilot)
    return screen


async def test_the_figures_are_the_records_counts(app: MinuteBookApp) -> None:
    from tui.widgets.figure_view import FigureView

    records = records_of(app.book, 2024)
    by_month = Counter(f"{r.date.month}/2024" for r in records if r.date.month)
    made, done = Counter(), Counter()
    present, absent, chaired = Counter(), Counter(), Counter()
    for record in records:
        if record.date.month:
            made[f"{record.date.month}/2024"] += len(record.decisions)
            done[f"{record.date.month}/2024"] += sum(d.status == "done" for d in record.decisions)
        roles: dict[str, set[str]] = {}
        for person in record.participants:
            roles.setdefault(person.name, set()).add(person.role)
        for name, held in roles.items():
            present[name] += bool(held - {"absent"})
            absent[name] += held == {"absent"}
            chaired[name] += "chair" in held
    async with app.run_test(size=SIZE) as pilot:
        screen = await overview(app, pilot)
        assert screen.stats.meetings == len(records)
        meetings = screen.query_one("#meetings", FigureView)
        shown = rows(meetings)
        for month in range(1, 13):
            assert shown[f"{month}/2024"][0] == str(by_month[f"{month}/2024"]), month
        assert meetings.plot.bars.series[0][1] == tuple(by_month[f"{m}/2024"] for m in range(1, 13))
        year_only = sum(1 for r in records if r.date.month is None)
        assert shown["2024, month not known"][0] == str(year_only)
        people = rows(await shown_tab(screen, pilot, "attendance"))
        assert len(people) == len(present)
        for name in present:
            expected = (str(present[name]), str(absent[name]), str(chaired[name]))
            assert people[name] == expected, name
        # Beside the list, the highlighted person's attendance per month, counted here.
        first = screen.people[0][1]
        plot = await shown_tab(screen, pilot, "attendance", "person")
        await until(pilot, lambda: first in plot.figure.title, what="the person's plot")
        each: dict[str, list[tuple[int, ...]]] = {}
        for month in range(1, 13):
            held = [
                {p.role for p in r.participants if p.name == first}
                for r in records
                if r.date.month == month
            ]
            each[f"{month}/2024"] = [
                (h != {"absent"}, "chair" in h, h == {"absent"}) for h in held if h
            ]
        expected = [tuple(sum(m[i] for m in each[f"{n}/2024"]) for n in range(1, 13))
                    for i in range(3)]  # fmt: skip
        assert [values for _name, values in plot.plot.bars.series] == expected
        # The next person highlighted: theirs beside.
        screen.query_one("#attendance", FigureView).table.focus()
        await pilot.press("down")
        second = screen.people[1][1]
        await until(pilot, lambda: second in plot.figure.title, what="the next person's plot")
        decisions = await shown_tab(screen, pilot, "decisions")
        counted = rows(decisions)
        for month in range(1, 13):
            label = f"{month}/2024"
            assert counted[label][0] == str(made[label]) and counted[label][2] == str(done[label])
    # The plot has no bar for the decisions of meetings dated only to the year: it says so.
    unplotted = sum(len(r.decisions) for r in records if r.date.month is None)
    if unplotted:
        assert decisions.figure.note.startswith(f"{unplotted} of meetings dated only to the year")
    else:
        assert decisions.figure.note == ""


async def test_the_title_says_how_many_of_the_meetings_are_drafts_as_stats_does(
    app: MinuteBookApp,
) -> None:
    """The figures count a draft (they are the working figures) and the title says so, in the
    words `minutebook stats` says it (`store.drafts_said`): a report read into a draft is not
    yet the record."""
    draft = store.validate_record({"title": "Hội nghị từ bài báo", "date": "12/4/2024",
                                   "status": "draft"})  # fmt: skip
    assert isinstance(draft, store.MeetingRecord)
    app.book.add(draft)
    async with app.run_test(size=SIZE) as pilot:
        screen = await overview(app, pilot)
        assert screen.stats.meetings == len(records_of(app.book, 2024))
        title = str(screen.query_one("#overview-title").render())
        assert f"{screen.stats.meetings} meetings (1 draft, not yet reviewed)" in title


async def test_owners_counts_sit_under_their_headings_and_overdue_rows_say_who(
    app: MinuteBookApp,
) -> None:
    """Each owner's counts in their own columns; an overdue decision is one cell, its day, who
    carries it out and what (it once put the owner in the Overdue column, pushing the counts
    away from their heading and, at 80 columns, off the screen)."""
    record = store.validate_record({
        "title": "Giao ban tháng 4", "date": "15/4/2024",
        "decisions": [{"text": "Báo cáo sơ kết quý I gửi Thường trực", "due": "30/4/2024",
                       "responsible": "Ban Tổ chức LĐLĐ tỉnh Nghệ An"}],
    })  # fmt: skip
    assert isinstance(record, store.MeetingRecord), record
    app.book.add(record)  # due before TODAY, still open: overdue
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await overview(app, pilot)
        owners = rows(await shown_tab(screen, pilot, "owners"))
        overdue = {first: rest for first, rest in owners.items() if first.startswith("! ")}
        assert list(overdue) == ["! 30/04/2024 Báo cáo sơ kết quý I gửi Thườn…"]  # 44 cells
        table = screen.query_one("#owners").table
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= 80 - 2
        assert all(rest == ("", "", "") for rest in overdue.values())
        counted = {first: rest for first, rest in owners.items() if first not in overdue}
        assert counted and all(all(c.isdigit() for c in rest) for rest in counted.values())


async def test_at_80_columns_the_attendance_and_its_plot_fit_beside_each_other(
    app: MinuteBookApp,
) -> None:
    """At 80×24 the attendance table shows every column (a long name is cut with …, the
    Chaired column once sat under the plot's axis) and the plot beside it is titled by the
    person's name alone, where "Attendance of …" would be cut."""
    long_name = "Nguyễn Thị Thanh Hương Giang Nam"
    add(app.book, "Giao ban tháng 4", "15/4/2024", [(long_name, "attendee")])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await overview(app, pilot)
        people = await shown_tab(screen, pilot, "attendance")
        table = people.table
        widths = sum(column.get_render_width(table) for column in table.columns.values())
        assert widths + 2 <= table.size.width  # and its scrollbar
        names = list(rows(people))
        assert [name for name in names if name.startswith("Nguyễn Thị Thanh")] == [
            long_name[: table.columns[next(iter(table.columns))].width - 1] + "…"
        ]
        assert KHANG in names and all(cells[-1].isdigit() for cells in rows(people).values())
        plot = await shown_tab(screen, pilot, "attendance", "person")
        title = str(plot.query_one(".figure-title").render())
        assert title == names[0] == KHANG  # the first row's, highlighted


async def test_enter_on_a_bar_opens_its_meetings_and_esc_comes_back(app: MinuteBookApp) -> None:
    from tui.screens.overview import FigureMeetingsScreen, OverviewScreen
    from tui.widgets.bar_plot import BarPlot

    records = records_of(app.book, 2024)
    async with app.run_test(size=SIZE) as pilot:
        screen = await overview(app, pilot)
        plot = screen.query_one("#meetings BarPlot", BarPlot)
        assert screen.focused is plot
        assert plot.bars.labels[plot.chosen] == "11"  # the latest month with meetings
        await pilot.press("left", "left", "left", "left", "left", "left")  # back to May
        assert plot.bars.labels[plot.chosen] == "5"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FigureMeetingsScreen), what="the list")
        listed = app.screen
        await until(pilot, lambda: listed.ids is not None, what="its meetings")
        in_may = {r.uid for r in records if r.date.month == 5}
        found = {r.uid: r for r in app.book.meetings(listed.ids)}
        # What the bar counted, no more: not the meetings dated only to 2024, which a search
        # for May also finds (the list once said more meetings than its bar).
        assert set(found) == in_may and len(listed.ids) == plot.bars.series[0][1][plot.chosen]
        assert any(r.date.month is None for r in records)  # there is one to leave out
        await pilot.press("enter")  # the meeting itself
        await until(pilot, lambda: type(app.screen).__name__ == "MeetingScreen", what="meeting")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is listed, what="the list again")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, OverviewScreen), what="the overview")


async def test_a_row_whose_search_finds_more_says_what_the_figure_counts(
    app: MinuteBookApp,
) -> None:
    """2024's "month not known" row counts the one meeting dated only to the year; its search,
    date:2024, finds every meeting of 2024. A newcomer saw more meetings than the row and
    could not tell why: the list now says the figure's number beside its own."""
    from tui.screens.overview import FigureMeetingsScreen
    from tui.widgets.figure_view import FigureView

    async with app.run_test(size=SIZE) as pilot:
        screen = await overview(app, pilot)
        view = screen.query_one("#meetings", FigureView)
        row = next(i for i, t in enumerate(view.figure.targets) if t.counted is not None)
        await pilot.press("t")
        view.table.move_cursor(row=row)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FigureMeetingsScreen), what="list")
        listed = app.screen
        await until(pilot, lambda: listed.ids is not None, what="its meetings")
        line = str(listed.query_one("#figure-query").render())
        assert len(listed.ids) == len(records_of(app.book, 2024)) > 1
        assert "the figure counts 1:" in line, line


async def test_the_numbers_are_one_key_away_and_a_row_opens(app: MinuteBookApp) -> None:
    from tui.screens.overview import FigureMeetingsScreen
    from tui.widgets.figure_view import FigureView

    async with app.run_test(size=SIZE) as pilot:
        screen = await overview(app, pilot)
        view = screen.query_one("#meetings", FigureView)
        assert view.showing_plot
        await pilot.press("left", "t")  # a month chosen in the plot
        assert not view.showing_plot and screen.focused is view.table
        assert view.table.cursor_row == view.plot.chosen  # the same month, as a row
        await pilot.press("f")  # the attendance: a table, Enter opens a person's meetings
        await settle(app, pilot)
        people = screen.query_one("#attendance", FigureView)
        assert screen.focused is people.table
        target = people.figure.targets[people.table.cursor_row]
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FigureMeetingsScreen), what="list")
        assert app.screen.target == target and "person:" in target.query


async def test_at_80x24_a_searchs_numbers_start_at_their_top(app: MinuteBookApp) -> None:
    """The search khang's table opened at the most recent bar (3/2024 of the sample), its first
    rows off screen above with no cue: with no bar chosen, the numbers start at the top; a bar
    the person chose is still the row."""
    from tui.widgets.figure_view import FigureView

    async with app.run_test(size=(80, 24)) as pilot:
        screen = await overview(app, pilot, search="khang")
        view = screen.query_one("#meetings", FigureView)
        table = view.table
        assert table.row_count > table.scrollable_content_region.height  # a long table
        await pilot.press("t")
        await settle(app, pilot)
        assert (table.cursor_row, table.scroll_y) == (0, 0)
        assert str(table.get_row_at(0)[0]) == view.figure.bars.labels[0]
        await pilot.press("t")  # back to the plot: the most recent bar still chosen
        assert view.plot.chosen == len(view.figure.bars.labels) - 1
        await pilot.press("left", "t")
        await settle(app, pilot)
        assert table.cursor_row == view.plot.chosen > 0
        top = int(table.scroll_y)
        assert top < table.cursor_row + 1 < top + table.scrollable_content_region.height


async def test_help_names_the_keys_of_the_plot_and_of_the_numbers(app: MinuteBookApp) -> None:
    """A newcomer's ? on the Overview's numbers listed no key to move or open a row."""
    async with app.run_test(size=SIZE) as pilot:
        await overview(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert "plot.previous" in screen_text(app) and "plot.open" in screen_text(app)
        await pilot.press("escape", "t", "question_mark")
        await settle(app, pilot)
        shown = screen_text(app)
        assert "figure_table.up" in shown and "figure_table.open" in shown, shown


async def test_opened_on_a_year_without_meetings_it_shows_the_newest_year_with_some(
    app: MinuteBookApp,
) -> None:
    # A newcomer opened the Overview on the sample book in a later year and saw nothing.
    from tui.screens.overview import OverviewScreen

    newest = max(record.date.year for record in app.book.meetings(app.book.search("").ids))
    async with app.run_test(size=SIZE) as pilot:
        screen = OverviewScreen(today=date(2030, 6, 1))  # this year: nothing recorded
        await app.push_screen(screen)
        await until(pilot, lambda: screen.stats is not None, what="the figures")
        await settle(app, pilot)
        assert (screen.period.kind, screen.period.year) == ("year", newest)
        assert screen.stats.meetings == len(records_of(app.book, newest))
        said = [notice.message for notice in app._notifications]
        assert f"No meetings in 2030: showing {newest}" in " ".join(said), said


async def test_a_period_without_meetings_says_so_and_how_to_choose_another(
    app: MinuteBookApp,
) -> None:
    from tui.widgets.figure_view import FigureView

    async with app.run_test(size=SIZE) as pilot:
        screen = await overview(app, pilot)
        await pilot.press("right_square_bracket")  # the year after: nothing recorded
        await until(pilot, lambda: bool(screen.stats and not screen.stats.meetings), what="2025")
        await settle(app, pilot)
        assert screen.period.year == TODAY.year + 1  # stepped there: not moved away
        view = screen.query_one("#meetings", FigureView)
        said = str(view.query_one("#nothing").render())
        assert not view.figure.rows and said.startswith("No meetings in year 2025.\np chooses")
        await pilot.press("p")  # the next period offered: all time, which has meetings
        await until(pilot, lambda: bool(screen.stats and screen.stats.meetings), what="figures")
        await settle(app, pilot)
        assert not view.nothing and view.showing_plot


def test_p_keeps_the_days_being_looked_at() -> None:
    """A newcomer stepped back to 2024 with [ and pressed p: it went to all time, then to this
    month of 2026, and the year looked at was lost. Now each kind is taken around the same
    days, and the search remembers them; the period today is in keeps today."""
    from tui.widgets.figures import Period

    today = date(2026, 12, 4)
    seen = [Period.current("year", today).shifted(-2)]
    for _step in range(4):
        seen.append(seen[-1].cycled(today))
    assert [(p.kind, p.year, p.number) for p in seen] == [
        ("year", 2024, 0), ("search", 2024, 0), ("month", 2024, 1), ("quarter", 2024, 1),
        ("year", 2024, 0),
    ]  # fmt: skip
    this_year = Period.current("year", today).cycled(today).cycled(today)
    assert (this_year.kind, this_year.year, this_year.number) == ("month", 2026, 12)
    march = Period("month", 2024, 3).cycled(today)
    assert (march.kind, march.year, march.number) == ("quarter", 2024, 1)


async def test_p_after_a_step_back_stays_in_that_year(app: MinuteBookApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await overview(app, pilot)
        await pilot.press("left_square_bracket", "p", "p")  # 2023 → all time → January 2023
        await until(pilot, lambda: screen.period.kind == "month", what="a month")
        assert (screen.period.year, screen.period.number) == (2023, 1)


async def test_p_from_a_search_goes_to_the_month_of_its_newest_meeting(
    app: MinuteBookApp,
) -> None:
    # A newcomer's `p` from Khang's meetings (2022-2024) went to this month, years later, empty.
    from tui.screens.overview import OverviewScreen

    found = app.book.meetings(app.book.search("khang", limit=None).ids)
    newest = max(record.date.start for record in found)
    async with app.run_test(size=SIZE) as pilot:
        screen = OverviewScreen(search="khang", today=date(2030, 6, 1))
        await app.push_screen(screen)
        await until(pilot, lambda: screen.stats is not None, what="the figures")
        await pilot.press("p")
        await until(pilot, lambda: screen.period.kind == "month", what="a month")
        assert (screen.period.year, screen.period.number) == (newest.year, newest.month)
        await until(pilot, lambda: screen.shown == screen.period, what="its figures")
        assert screen.stats.meetings >= 1


async def test_o_from_home_counts_the_search_shown(app: MinuteBookApp) -> None:
    from tests.helpers import searched
    from tui.screens.overview import OverviewScreen

    async with app.run_test(size=SIZE) as pilot:
        await searched(app, pilot, "")
        await pilot.press("slash", *"khang", "enter")
        await searched(app, pilot, "khang")
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, OverviewScreen), what="the overview")
        screen = app.screen
        await until(pilot, lambda: screen.stats is not None, what="the figures")
        assert screen.stats.meetings == len(app.book.search("khang", limit=None).ids)
        assert "khang" in str(screen.query_one("#overview-title").render())
        await pilot.press("p")  # this month: June 2024 has nothing
        await until(pilot, lambda: screen.shown.kind == "month", what="the month")
        await pilot.press("escape")
        await until(pilot, lambda: type(app.screen).__name__ == "BrowseScreen", what="home")


WALK = """
import asyncio, json, sys
from store.i18n import set_language
set_language("vi")
from tests.tui.test_tui_overview import walk
print(json.dumps(asyncio.run(walk(sys.argv[1], sys.argv[2])), ensure_ascii=False))
"""


async def walk(db: str, config: str) -> dict[str, str]:
    """Each tab of the Overview in Vietnamese, plot and numbers: the text on the terminal."""
    from tui.app import make_app
    from tui.screens.overview import FIGURES

    app = make_app(db, lang="vi", settings_folder=Path(config))
    shown: dict[str, str] = {}
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("o", "p", "p", "p")  # year → search (all time) → month → quarter
        await settle(app, pilot)
        await pilot.press("p")  # the year again
        for figure in FIGURES:
            await settle(app, pilot)
            shown[figure] = screen_text(app)
            await pilot.press("t")
            await settle(app, pilot)
            shown[f"{figure}, numbers"] = screen_text(app)
            await pilot.press("t", "f")
        await pilot.press("question_mark")
        await settle(app, pilot)
        shown["keys"] = screen_text(app)
    app.book.close()
    return shown


def test_no_english_under_vietnamese(sample_book: object, db: str, tmp_path: Path) -> None:
    if not db.endswith(".db"):
        pytest.skip("the words do not depend on the backend")
    env = {**os.environ, "LANGUAGE": "", "LANG": "C.UTF-8", "XDG_DATA_HOME": str(tmp_path / "d"),
           "XDG_STATE_HOME": str(tmp_path / "state")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", WALK, db, str(tmp_path / "config")],
        cwd=ROOT, capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown: dict[str, str] = json.loads(result.stdout.splitlines()[-1])
    assert "Tổng quan" in shown["meetings"]
    for step, text in shown.items():
        found = english_words(text)
        assert not found, f"English on {step!r}: {sorted(set(found))}\n{text}"


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
def test_the_overview_picture(snap_compare: Any, app: MinuteBookApp, size: tuple[int, int]) -> None:
    """All time on the sample book and the four meetings of 2024: quarters, the last chosen."""
    from tests.tui.test_snapshots import settle as settled
    from tui.screens.overview import OverviewScreen

    async def show(pilot: Any) -> None:
        screen = OverviewScreen(today=TODAY)
        await pilot.app.push_screen(screen)
        await pilot.press("p")  # all time
        await settled(pilot, lambda: screen.shown is not None and screen.shown.kind == "search",
                      "the figures of all time")  # fmt: skip
        await settled(pilot, lambda: True, "the decisions")
        footer = list(pilot.app.screen.query("FooterKey"))
        assert sum(key.size.width for key in footer) <= size[0]
        assert any(key.action == "help" for key in footer)

    assert snap_compare(app, terminal_size=size, run_before=show)
