"""The Overview on a period with nothing to draw, at 80×24, in both languages (Pilot).

A year without a meeting showed each tab's table headers and nothing more; it now says the year
holds no meeting, in the figure's place, and how to choose another. The attendance's plot beside
the table, with no one to plot, said how to choose another period in three lines of the two it
has, and the end of the sentence fell off the screen.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

import store
from tests.helpers import settle, until
from tests.tui.test_tui_no_english import screen_text
from tui.app import make_app
from tui.i18n import set_language

TODAY = date(2024, 6, 1)
SAID = {
    "en": ("No meetings in year 2021.", "p chooses another period, [ and ] step through them."),
    "vi": (
        "Không có cuộc họp nào trong năm 2021.",
        "p để chọn kỳ khác, [ và ] để lùi, tiến từng kỳ.",
    ),
}


async def overview_of(app: Any, pilot: Any, year: int) -> Any:
    """The Overview opened on this year, stepped back to `year`."""
    from tui.screens.overview import OverviewScreen

    screen = OverviewScreen(today=TODAY)
    await app.push_screen(screen)
    await until(pilot, lambda: screen.stats is not None, what="the figures")
    for _step in range(TODAY.year - year):
        await pilot.press("left_square_bracket")
    shown = lambda: screen.shown is not None and screen.shown.year == year  # noqa: E731
    await until(pilot, lambda: shown() and screen.period == screen.shown, what=str(year))
    await settle(app, pilot)
    return screen


async def tab(screen: Any, pilot: Any, name: str) -> Any:
    from tui.widgets.figure_view import FigureView

    if name != "person":  # the person's plot is the attendance tab's, beside its table
        screen.query_one("#figures").active = f"{name}-tab"
    await until(pilot, lambda: bool(list(screen.query(f"#{name}").results(FigureView))), what=name)
    view = screen.query_one(f"#{name}", FigureView)
    await until(pilot, lambda: view.figure is not None, what=f"the figure {name}")
    await settle(screen.app, pilot)
    return view


@pytest.mark.parametrize("language", ["en", "vi"])
async def test_a_year_without_meetings_says_so_on_every_tab(
    sample_book: object, db: str, tmp_path: Path, language: str
) -> None:
    from textual.widgets import ContentSwitcher

    from tui.screens.overview import FIGURES

    app = make_app(db, lang=language, settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await overview_of(app, pilot, 2021)  # the sample's first is of 2022
            assert screen.stats.meetings == 0
            for name in FIGURES:
                view = await tab(screen, pilot, name)
                assert view.query_one(ContentSwitcher).current == "nothing", name
                shown = " ".join(screen_text(app).split())
                assert all(said in shown for said in SAID[language]), (name, shown)
                if name == "attendance":  # no one to plot beside it: the table's side says it
                    assert not screen.query_one("#person").display
            await pilot.press("right_square_bracket")  # 2022: figures again
            await until(pilot, lambda: bool(screen.stats and screen.stats.meetings), what="2022")
            await settle(app, pilot)
            view = await tab(screen, pilot, "attendance")
            assert view.query_one(ContentSwitcher).current == "numbers"
            assert screen.query_one("#person").display
            assert SAID[language][0].split(" 2021")[0] not in screen_text(app)
    finally:
        app.book.close()
        set_language("en")


@pytest.mark.parametrize("language", ["en", "vi"])
async def test_at_80_columns_the_attendance_plot_says_its_whole_note(
    sample_book: object, db: str, tmp_path: Path, language: str
) -> None:
    """A year whose meeting names no one: the plot beside the attendance has no one to plot,
    and its line under it says so whole in the two lines it has."""
    from rich.text import Text

    with store.open_book(db) as book:
        record = store.validate_record({"title": "Giao ban", "date": "12/3/2021"})
        assert isinstance(record, store.MeetingRecord)
        book.add(record)
    app = make_app(db, lang=language, settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await overview_of(app, pilot, 2021)
            assert screen.stats.meetings == 1
            await tab(screen, pilot, "attendance")
            person = await tab(screen, pilot, "person")
            await until(pilot, lambda: person.figure is not None and not person.figure.rows,
                        what="no one plotted")  # fmt: skip
            await settle(app, pilot)
            line = person.query_one(".figure-line")
            said = str(line.render())
            assert said.strip()
            width = line.content_region.width
            assert len(Text(said).wrap(app.console, width)) <= 2, said
            shown = " ".join(screen_text(app).split())
            assert " ".join(said.split()) in shown, shown
    finally:
        app.book.close()
        set_language("en")
