"""`BarPlot`: bars drawn in the terminal by plotext (through textual-plotext), one group chosen.

A figure of the Overview (meetings per month, decisions opened and done, a person's attendance)
is a row of groups, one per period, of one bar per series. The plot draws them with plotext's
`bar`, one call per bar, so the chosen group can be drawn in its own colours; left and right (or
home and end) move the choice, Enter asks for the meetings behind it (`BarPlot.Selected`), and
`BarPlot.Highlighted` says which group is chosen, for the line under the plot to name it with its
numbers. The labels under the axis are thinned to what the width holds.

Labels are made by the screens from dates and numbers, never from what a person typed: plotext's
output is read back as ANSI text, where a control character in a label would be obeyed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

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
    longest = max(len(label) for label in labels) + 2
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
        return super().render()

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
        step = tick_step(labels, width)
        shown = [i for i in range(len(labels)) if i % step == 0 or i == self.chosen]
        if self.chosen % step and (self.chosen - 1) in shown and self.chosen - 1 != 0:
            shown.remove(self.chosen - 1)  # room for the chosen group's label
        ticks = [i + 1 for i in shown]
        names = [f"▲{labels[i]}" if i == self.chosen else labels[i] for i in shown]
        plt.xticks(ticks, names)
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
        plot_width = self.size.width - 6  # the y axis's numbers and the frame, near enough
        if not count or plot_width <= 0:
            return
        index = int((event.x - 5) * max(count, FEWEST_SLOTS) / plot_width)
        if 0 <= index < count:
            if index == self.chosen:
                self.action_open()
            else:
                self.choose(index)


__all__ = ["BarPlot", "Bars", "tick_step", "y_ticks"]
