"""`BarPlot`: bars drawn in the terminal by plotext (through textual-plotext), one group chosen.

A figure of the Overview (meetings per month, decisions opened and done, a person's attendance)
is a row of groups, one per period, of one bar per series. The plot draws them with plotext's
`bar`, one call per bar, so the chosen group can be drawn in its own colours; left and right (or
home and end) move the choice, Enter asks for the meetings behind it (`BarPlot.Selected`), and
`BarPlot.Highlighted` says which group is chosen, for the line under the plot to name it with its
numbers. The labels under the axis are written here, not by plotext: plotext moved a label that
met its neighbour or the frame off its bar (and dropped some), and counted characters, not the
cells a label takes. Each label is centred on its group's tick, thinned to what the width holds
in Rich's cell widths, the chosen group's always shown; a tick is drawn only under a label.

Labels are made by the screens from dates and numbers, never from what a person typed: plotext's
output is read back as ANSI text, where a control character in a label would be obeyed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual_plotext import PlotextPlot

from tui.i18n import _

Colour = tuple[int, int, int]
# One colour a series, and a brighter one for the chosen group's bars.
SERIES_COLOURS: tuple[Colour, ...] = ((70, 130, 220), (60, 170, 90), (200, 80, 80))
CHOSEN_COLOURS: tuple[Colour, ...] = ((250, 170, 40), (250, 220, 60), (250, 120, 160))
FEWEST_SLOTS = 6  # the x axis holds at least this many groups' room, the first ones drawn
GAP = 2  # clear cells between two labels under the axis


@dataclass(frozen=True)
class Bars:
    """What a plot draws: a label per group and, per series, its name and one value a group."""

    labels: tuple[str, ...] = ()
    series: tuple[tuple[str, tuple[int, ...]], ...] = field(default_factory=tuple)

    @property
    def top(self) -> int:
        return max((max(values, default=0) for _name, values in self.series), default=0)


def tick_step(labels: tuple[str, ...], width: int) -> int:
    """Every how many groups a label fits under the axis of a plot `width` cells wide."""
    if not labels:
        return 1
    room = max(1, width - 6)  # the y axis's numbers and the frame
    longest = max(cell_len(label) for label in labels) + 2
    return max(1, math.ceil(len(labels) * longest / room))


def y_ticks(top: int, height: int) -> list[int]:
    """Whole numbers for the y axis, as many as the height holds (a count has no 0.83)."""
    rows = max(2, height // 3)
    step = max(1, math.ceil(top / rows))
    return list(range(0, top + step, step))


def last_drawn(bars: Bars) -> int:
    """The last group with a bar in it (the last group when none has)."""
    for index in range(len(bars.labels) - 1, -1, -1):
        if any(index < len(values) and values[index] > 0 for _name, values in bars.series):
            return index
    return len(bars.labels) - 1


def placed_labels(
    labels: tuple[str, ...],
    columns: list[int],
    chosen: int,
    width: int,
    drawn: tuple[int, ...] = (),
) -> list[tuple[int, int, str]]:
    """(group, first cell, text) of each label shown under the axis, left to right.

    Each label is centred on its group's column (`columns`, in cells), the chosen group's with
    ▲ before it; near an edge it moves in only as far as it still covers that column. The
    chosen group's is placed first, then those of the groups with a bar (`drawn`: a bar with
    no label beside a label of an empty group read as that group's), then every
    `tick_step`-th group's, each where it leaves `GAP` cells clear on each side (one read
    "▲3 4" as one label); a label that cannot be placed so is left out, never moved off its
    bar.
    """
    step = tick_step(labels, width)
    order = [chosen, *drawn] + [index for index in range(len(labels)) if index % step == 0]
    taken: list[tuple[int, int, str]] = []
    for index in dict.fromkeys(order):
        if not 0 <= index < min(len(labels), len(columns)):
            continue
        column, label = columns[index], labels[index]
        start = column - (cell_len(label) - 1) // 2
        text = label
        if index == chosen:
            text, start = "▲" + label, start - 1
        size = cell_len(text)
        start = max(0, min(start, width - size))
        if start + size > width or not start <= column < start + size:
            continue  # the plot is too narrow for it to sit on its bar
        if any(start <= end + GAP and other <= start + size - 1 + GAP
               for _i, other, end in _spans(taken)):  # fmt: skip
            continue
        taken.append((index, start, text))
    return sorted(taken, key=lambda placed: placed[1])


def group_columns(ruler: str, count: int) -> list[int]:
    """Each group's column on the axis `ruler` as plotext maps it (`_draw`'s x limits), for
    groups too close for a tick each."""
    first, last = ruler.find("└") + 1, ruler.find("┘")
    width = (last if last > first else len(ruler)) - first
    slots = max(count, FEWEST_SLOTS)
    return [first + math.floor(0.5 + (width - 1) * (index + 0.5) / slots) for index in range(count)]


def _spans(placed: list[tuple[int, int, str]]) -> list[tuple[int, int, int]]:
    """(group, first cell, last cell) of each placed label."""
    return [(index, start, start + cell_len(text) - 1) for index, start, text in placed]


def overwritten(row: Text, pieces: list[tuple[int, str]], style: Style | str) -> Text:
    """`row` (one character a cell, as plotext writes it) with each (cell, text) written over
    it in `style`, the rest of the row as it was."""
    written = Text(end="")
    at = 0
    for start, text in sorted(pieces):
        written.append_text(row[at:start])
        written.append(text, style)
        at = start + cell_len(text)
    written.append_text(row[at:])
    return written


def colour_of(series: int, chosen: bool) -> Colour:
    colours = CHOSEN_COLOURS if chosen else SERIES_COLOURS
    return colours[series % len(colours)]


class BarPlot(PlotextPlot, can_focus=True):
    """Groups of bars, one per period; left/right choose a group, Enter opens its meetings."""

    BINDINGS = [
        Binding("left", "move(-1)", _("Earlier bar"), show=False, id="plot.previous"),
        Binding("right", "move(1)", _("Later bar"), show=False, id="plot.next"),
        Binding("home", "move_to(0)", _("First bar"), show=False, id="plot.first"),
        Binding("end", "move_to(-1)", _("Last bar"), show=False, id="plot.last"),
        Binding("enter", "open", _("Open"), show=False, id="plot.open"),
    ]
    DEFAULT_CSS = """
    BarPlot { width: 1fr; height: 1fr; }
    BarPlot:focus { background-tint: $foreground 3%; }
    """

    chosen: reactive[int] = reactive(0, init=False)

    class _GroupMessage(Message):
        """About one group of bars of `plot` (its `index`)."""

        def __init__(self, plot: BarPlot, index: int) -> None:
            super().__init__()
            self.plot = plot
            self.index = index

        @property
        def control(self) -> BarPlot:
            return self.plot

    class Highlighted(_GroupMessage):
        """The chosen group changed (or the bars did)."""

    class Selected(_GroupMessage):
        """Enter (or a click) on a group: its meetings are wanted."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.bars = Bars()
        self._drawn_for: tuple[int, int, int] | None = None  # (width, height, chosen)
        self.columns: list[int] = []  # each group's column in the last drawing (its tick)
        # The group was chosen by the person (a key, a click), not the most recent by default.
        self.chosen_by_person = False

    def show(self, bars: Bars, chosen: int | None = None) -> None:
        """Draw `bars`, the group `chosen` (default: the most recent with a bar) highlighted."""
        self.bars = bars
        count = len(bars.labels)
        index = chosen if chosen is not None else last_drawn(bars)
        self.chosen_by_person = self.chosen_by_person and chosen is not None
        self.set_reactive(BarPlot.chosen, max(0, min(index, count - 1)))
        self._drawn_for = None
        self.refresh()
        self.post_message(self.Highlighted(self, self.chosen))

    def render(self) -> object:
        size = (self.size.width, self.size.height, self.chosen)
        if self._drawn_for != size:
            self._draw(self.size.width, self.size.height)
            self._drawn_for = size
        drawn = super().render()
        return self._labelled(drawn) if isinstance(drawn, Text) else drawn

    def _labelled(self, drawn: Text) -> Text:
        """The plot with the labels under its axis written on their groups' ticks."""
        labels = self.bars.labels
        lines = drawn.split("\n", allow_blank=True)
        axis = next((i for i, line in enumerate(lines) if "└" in line.plain), None)
        if not labels or axis is None or axis + 1 >= len(lines):
            return drawn
        ruler = lines[axis]
        # plotext put a tick under every group (`_draw`): where they are is where its bars are.
        ticks = [cell for cell, mark in enumerate(ruler.plain) if mark in "┬┼"]
        if len(ticks) != len(labels):  # groups closer than a cell share a tick
            ticks = group_columns(ruler.plain, len(labels))
        self.columns = ticks
        drawn_groups = tuple(
            index
            for index in range(len(labels))
            if any(index < len(values) and values[index] > 0 for _name, values in self.bars.series)
        )
        width = len(lines[axis + 1].plain)
        placed = placed_labels(labels, ticks, self.chosen, width, drawn_groups)
        shown = {ticks[index] for index, _start, _text in placed}
        style = ruler.get_style_at_offset(self.app.console, ticks[0])
        lines[axis] = overwritten(
            ruler, [(cell, "─") for cell in ticks if cell not in shown], style
        )
        pieces = [(start, text) for _index, start, text in placed]
        lines[axis + 1] = overwritten(lines[axis + 1], pieces, style)
        return Text("\n").join(lines)

    def _draw(self, width: int, height: int) -> None:
        plt = self.plt
        plt.clear_data()
        labels, series = self.bars.labels, self.bars.series
        if not labels or not series:
            return
        count = len(series)
        slot = 0.8 / count
        for number, (_name, values) in enumerate(series):
            for index, value in enumerate(values):
                if value <= 0:
                    continue
                x = index + 1 - 0.4 + slot * (number + 0.5)
                colour = colour_of(number, index == self.chosen)
                plt.bar([x], [value], color=colour, width=slot * 0.9, minimum=0)
        # A tick under every group and no label: the labels are written on them (`_labelled`).
        plt.xticks([index + 1 for index in range(len(labels))], [""] * len(labels))
        plt.xlim(0.5, max(len(labels), FEWEST_SLOTS) + 0.5)  # a lone bar is not a wall
        top = max(1, self.bars.top)
        ticks_y = y_ticks(top, height)
        plt.yticks(ticks_y)
        plt.ylim(0, ticks_y[-1])

    def watch_chosen(self, chosen: int) -> None:
        self.refresh()
        self.post_message(self.Highlighted(self, chosen))

    def choose(self, index: int) -> None:
        """The person chose the group `index` (a key, a click, a row of the numbers)."""
        self.chosen_by_person = True
        self.chosen = index

    def action_move(self, step: int) -> None:
        if self.bars.labels:
            self.choose(max(0, min(self.chosen + step, len(self.bars.labels) - 1)))

    def action_move_to(self, index: int) -> None:
        if self.bars.labels:
            self.choose(index % len(self.bars.labels))

    def action_open(self) -> None:
        if self.bars.labels:
            self.post_message(self.Selected(self, self.chosen))

    def on_click(self, event: Click) -> None:
        """A click on a group chooses it (a second click opens it)."""
        count = len(self.bars.labels)
        if not count or len(self.columns) != count:
            return
        # The group whose tick is nearest, if the click is within half a group of it.
        index = min(range(count), key=lambda group: abs(self.columns[group] - event.x))
        half = (self.columns[-1] - self.columns[0]) / max(1, count - 1) / 2 if count > 1 else 3
        if abs(self.columns[index] - event.x) <= max(1, half):
            if index == self.chosen:
                self.action_open()
            else:
                self.choose(index)


__all__ = ["BarPlot", "Bars", "placed_labels", "tick_step", "y_ticks"]
