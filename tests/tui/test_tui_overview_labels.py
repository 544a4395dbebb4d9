"""The labels under the Overview's bars sit on their bars, at 80×24 and 120×40, in both languages.

On the sample book's all time (quarters, three of them with meetings) plotext had moved the last
label off its bar to keep it inside the frame and thinned the others to every second quarter, so
that the label of an empty quarter stood beside an unlabelled bar. Positions are read from the
terminal's text in Rich's cell widths (a Vietnamese label's marks take no cell of their own).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.helpers import settle, until
from tui.app import make_app
from tui.i18n import set_language
from tui.widgets.bar_plot import placed_labels

TODAY = date(2024, 6, 1)


def bar_runs(row: str) -> list[tuple[int, int]]:
    """(first, last) cell of each run of bar cells in a row of the plot."""
    runs, start = [], None
    for cell, mark in enumerate(row + " "):
        if mark == "█" and start is None:
            start = cell
        elif mark != "█" and start is not None:
            runs.append((start, cell - 1))
            start = None
    return runs


def label_centres(row: str, labels: tuple[str, ...]) -> dict[int, int]:
    """Each shown label's group → the cell of its middle (the ▲ before the chosen one aside)."""
    centres = {}
    for index, label in enumerate(labels):
        at = next((at for at in range(len(row)) if row.startswith(label, at)
                   and (at == 0 or row[at - 1] in " ▲")
                   and row[at + len(label):at + len(label) + 1] in ("", " ")), None)  # fmt: skip
        if at is not None:
            centres[index] = cell_len(row[:at]) + (cell_len(label) - 1) // 2
    return centres


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("language", ["en", "vi"])
async def test_each_label_sits_on_its_bar(
    sample_book: object, db: str, tmp_path: Path, language: str, size: tuple[int, int]
) -> None:
    from tui.screens.overview import OverviewScreen
    from tui.widgets.figure_view import FigureView

    app = make_app(db, lang=language, settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=size) as pilot:
            screen = OverviewScreen(today=TODAY)
            await app.push_screen(screen)
            await until(pilot, lambda: screen.stats is not None, what="the figures")
            await pilot.press("p")  # all time: the sample's quarters
            await until(pilot, lambda: bool(screen.shown and screen.shown.kind == "search"),
                        what="all time")  # fmt: skip
            await settle(app, pilot)
            view = screen.query_one("#meetings", FigureView)
            labels = view.figure.bars.labels
            values = view.figure.bars.series[0][1]
            assert len(labels) == 9 and sum(1 for value in values if value) == 3
            rows = view.plot.render().plain.split("\n")
            axis = next(i for i, row in enumerate(rows) if "└" in row)
            ticks = [cell for cell, mark in enumerate(rows[axis]) if mark == "┬"]
            centres = label_centres(rows[axis + 1], labels)
            # Every label shown is centred on a tick of its own, and the ticks are the labels'.
            assert sorted(centres.values()) == ticks, (rows[axis], rows[axis + 1])
            # A quarter's bar has its own label on it, or none: never another quarter's.
            with_bars = [index for index, value in enumerate(values) if value]
            runs = bar_runs(rows[axis - 1])
            assert len(runs) == len(with_bars)
            for index, (first, last) in zip(with_bars, runs, strict=True):
                on_it = [group for group, cell in centres.items() if first <= cell <= last]
                assert on_it in ([index], []), (labels[index], rows[axis - 1 : axis + 2])
            # The chosen (the newest) is labelled; in English, at 80 columns too, every bar is.
            assert len(labels) - 1 in centres
            if language == "en":
                assert set(with_bars) <= set(centres), rows[axis + 1]
    finally:
        app.book.close()
        set_language("en")


def test_labels_are_placed_by_their_cells_not_their_characters() -> None:
    # "quý 1" written with a combining mark is six characters and five cells.
    decomposed = "quy\u0301 1"
    assert len(decomposed) == 6 and cell_len(decomposed) == 5
    placed = placed_labels((decomposed, "quý 2", "quý 3"), [4, 12, 20], 1, 26)
    assert [(index, start) for index, start, _text in placed] == [(0, 2), (1, 9), (2, 18)]
    # A label with no room beside the chosen one's is left out, not moved off its column.
    assert placed_labels(("1", "2", "3"), [2, 4, 6], 1, 10) == [(1, 3, "▲2")]
