"""`FigureView`: one figure of the Overview, as a plot or as its numbers, one key apart.

It shows a `tui.widgets.figures.Figure`: its bars in a `BarPlot` and the same numbers in a
`DataTable`, one of the two at a time (`toggle`, the screen's `t`); a figure with no bars is a
table only. The line under it names the chosen bar with its numbers, or the figure's note. A bar
the person chose and the table's row follow each other, so switching keeps the place; with none
chosen yet (the plot shows the most recent), the table starts at its top. Enter on a bar or
a row posts `FigureView.Chosen` with the row's `Target` (the meetings behind it); a row
highlighted goes on up to the screen (the Overview's attendance plots the person highlighted).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import ContentSwitcher, DataTable, Static

from tui.i18n import _, grouped
from tui.widgets.bar_plot import CHOSEN_COLOURS, SERIES_COLOURS, BarPlot
from tui.widgets.cells import set_columns
from tui.widgets.figures import Figure, Target

NARROWEST = 10  # the first column is never cut narrower than this


class FigureTable(DataTable[Text]):
    """A figure's numbers: the table's keys named, so the help dialog lists them as it lists
    the plot's (DataTable's own have no ids, and a newcomer's help showed none of them)."""

    BINDINGS = [
        Binding("up", "cursor_up", _("Row above"), show=False, id="figure_table.up"),
        Binding("down", "cursor_down", _("Row below"), show=False, id="figure_table.down"),
        Binding("enter", "select_cursor", _("Open"), show=False, id="figure_table.open"),
    ]


class FigureView(Vertical):
    """A figure: plot or table (`toggle`), and a line naming the chosen bar."""

    DEFAULT_CSS = """
    FigureView { height: 1fr; }
    FigureView > .figure-title { height: 1; padding: 0 1; text-style: bold; }
    FigureView > ContentSwitcher { height: 1fr; }
    FigureView DataTable { height: 1fr; }
    FigureView > .figure-line { height: auto; max-height: 2; padding: 0 1; color: $text-muted; }
    FigureView .figure-nothing { height: 1fr; padding: 1 1; }
    """

    class Chosen(Message):
        """Enter on a bar or a row: open what it stands for."""

        def __init__(self, view: FigureView, target: Target) -> None:
            super().__init__()
            self.view = view
            self.target = target

        @property
        def control(self) -> FigureView:
            return self.view

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.figure: Figure | None = None
        self._fitted_to = 0  # the width the table was last fitted to
        self.wants_plot = True  # the person's choice (t); a figure without bars is a table
        self._placed_row = 0  # where `toggle` put the table's cursor: moved since, it was chosen
        self.nothing = ""  # the period holds no meeting: said in the figure's place

    def compose(self) -> ComposeResult:
        yield Static(classes="figure-title")
        with ContentSwitcher(initial="plot"):
            yield BarPlot(id="plot")
            yield FigureTable(id="numbers", cursor_type="row", zebra_stripes=True)
            yield Static(id="nothing", classes="figure-nothing")
        yield Static(classes="figure-line")

    @property
    def plot(self) -> BarPlot:
        return self.query_one(BarPlot)

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#numbers", DataTable)

    @property
    def showing_plot(self) -> bool:
        return self.query_one(ContentSwitcher).current == "plot"

    @property
    def has_plot(self) -> bool:
        return self.figure is not None and bool(self.figure.bars.labels)

    def show(self, figure: Figure, nothing: str = "") -> None:
        """Draw `figure`, keeping the bar or row chosen where it still exists; `nothing` (the
        period holds no meeting) is said in its place: its tables' headers alone said nothing."""
        self.nothing = nothing
        same = self.figure is not None and self.figure.bars.labels == figure.bars.labels
        keep = self.plot.chosen if same else None  # the same bars read again: stay put
        self.figure = figure
        self._fit()
        bars = figure.bars.labels
        self.plot.show(figure.bars, None if keep is None or keep >= len(bars) else keep)
        had_focus = self.has_focus_within
        plotted = "plot" if self.has_plot and self.wants_plot else "numbers"
        if nothing:
            hint = _("p chooses another period, [ and ] step through them.")
            said = Text(nothing, style="bold")
            self.query_one("#nothing", Static).update(said.append("\n" + hint, style="not bold"))
            plotted = "nothing"
        self.query_one(ContentSwitcher).current = plotted
        if had_focus:
            self.focus_inside()
        self._say()

    def on_resize(self) -> None:
        if self.figure is not None and self.size.width != self._fitted_to:
            self._fit()
            self._say()  # the line's words are chosen for its width

    def _fit(self) -> None:
        """The title and the table as wide as the view: the short title where the whole one
        would be cut, the first column (the names) narrowed and its cells cut with … where the
        columns would not fit (at 80 columns the attendance sits beside a plot)."""
        figure = self.figure
        if figure is None:
            return
        room = self.size.width or self.app.size.width
        self._fitted_to = self.size.width
        title = figure.title
        if figure.short_title and cell_len(title) > room - 2:
            title = figure.short_title
        self.query_one(".figure-title", Static).update(Text(title))
        widths = [
            max([cell_len(str(column))] + [row[index].cell_len for row in figure.rows])
            for index, column in enumerate(figure.columns)
        ]
        # Each column is padded by one cell on each side; the scrollbar takes two.
        over = sum(width + 2 for width in widths) + 2 - room
        if widths and over > 0:
            widths[0] = max(NARROWEST, widths[0] - over)
        table = self.table
        row = table.cursor_row
        columns = enumerate(figure.columns)
        set_columns(table, ((column, str(index), widths[index]) for index, column in columns))
        for index, cells in enumerate(figure.rows):
            first = cells[0]
            if first.cell_len > widths[0]:
                first = first.copy()
                first.truncate(widths[0], overflow="ellipsis")
            table.add_row(first, *cells[1:], key=str(index))
        if figure.rows:
            table.move_cursor(row=min(row, len(figure.rows) - 1), animate=False)

    def toggle(self) -> None:
        """Plot ⇄ numbers (a figure without bars stays a table), keeping the place."""
        if not self.has_plot or self.nothing:
            return
        switcher = self.query_one(ContentSwitcher)
        had_focus = self.has_focus_within
        self.wants_plot = not self.showing_plot
        if self.showing_plot:
            switcher.current = "numbers"
            if self.table.row_count:
                # The bar the person chose is the row; else the table starts at its top: a
                # search's long table opened at the most recent bar hid the rows above it.
                row = self.plot.chosen if self.plot.chosen_by_person else 0
                self.table.move_cursor(row=row, animate=False)
                self._placed_row = self.table.cursor_row
        else:
            switcher.current = "plot"
            row = self.table.cursor_row
            moved = row != self._placed_row or self.plot.chosen_by_person
            if moved and row < len(self.plot.bars.labels):
                self.plot.choose(row)
        if had_focus:
            self.focus_inside()
        self._say()

    def focus_inside(self) -> None:
        (self.plot if self.showing_plot else self.table).focus()

    @property
    def has_focus_within(self) -> bool:
        focused = self.screen.focused
        return focused is not None and (focused is self.plot or focused is self.table)

    def chosen_target(self) -> Target | None:
        """The target of the bar or row chosen now."""
        if self.figure is None or not self.figure.targets:
            return None
        index = self.plot.chosen if self.showing_plot else self.table.cursor_row
        return self.figure.targets[index] if 0 <= index < len(self.figure.targets) else None

    # Following the choice ---------------------------------------------------------------------

    @on(BarPlot.Highlighted)
    def _bar(self, event: BarPlot.Highlighted) -> None:
        event.stop()
        self._say()

    @on(BarPlot.Selected)
    def _bar_opened(self, event: BarPlot.Selected) -> None:
        event.stop()
        self._open(event.index)

    @on(DataTable.RowSelected)
    def _row_opened(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._open(int(event.row_key.value or 0))

    def _open(self, index: int) -> None:
        if self.figure is not None and 0 <= index < len(self.figure.targets):
            self.post_message(self.Chosen(self, self.figure.targets[index]))

    def _say(self) -> None:
        """The line under the figure: the chosen bar's numbers in the plot, else the note."""
        line = self.query_one(".figure-line", Static)
        figure = self.figure
        if figure is None or self.nothing:
            line.update("")
            return
        if not (self.showing_plot and self.has_plot):
            note = figure.note
            if not figure.rows and not note:  # an empty table must not look like a broken one
                note = _("Nothing in this period: p chooses another, [ and ] step through them")
                # Beside the attendance at 80 columns the whole of it took three lines of the
                # two there are, and its end fell off: said shorter where it does not fit.
                room = line.content_region.width or self.size.width - 2
                if len(Text(note).wrap(self.app.console, max(1, room))) > 2:
                    note = _("Nothing in this period")
            line.update(Text(note))
            return
        index = self.plot.chosen
        said = Text()
        names = figure.group_names or figure.bars.labels
        said.append((names[index] if index < len(names) else "") + " ", style="bold")
        for series, (name, values) in enumerate(figure.bars.series):
            colour = CHOSEN_COLOURS[series % len(CHOSEN_COLOURS)]
            said.append("  ■ ", style="rgb({},{},{})".format(*colour))
            said.append(f"{name}: {grouped(values[index]) if index < len(values) else 0}")
        # What fits of the rest, the note before the hint: cut at the edge (80 columns), the
        # line ended "· Enter:" and the note was half there.
        room = line.content_region.width or self.size.width - 2
        for extra, style in ((figure.note, ""), (_("Enter: its meetings"), "dim")):
            if extra and said.cell_len + 4 + cell_len(extra) <= room:
                said.append("  · " + extra, style=style)
        line.update(said)


__all__ = ["SERIES_COLOURS", "FigureView"]
