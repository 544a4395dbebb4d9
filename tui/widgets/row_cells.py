"""`RowCells`: a row of the edit form that is one widget until a key or the mouse goes into it.

A meeting's form has a row per person, decision and cited document, and each row is a handful of
fields (a name, a role to choose, a title to type...). Mounting, styling and laying out all their
widgets was most of the time the form took to open, so a row rests as one widget: it draws its
fields' texts where the fields would be, looking as they look (an input's text or its hint in
italics, a choice between ◂ ▸), and takes the focus in the fields' place in the Tab order. When
it is focused (Tab, shift+Tab, a click) or one of its fields is (a problem found there, a row
moved), it mounts the real fields in the same places and gives the focus on: to its first field
coming forward, its last going back, the one clicked. The fields exist from the start and hold
the row's values, so reading the form never needs a row to be open.

`columns()` is Textual's horizontal layout of a line of fields (fixed widths and fractions, one
cell of margin after each), which both the open row (as the fields' widths) and the resting one
use, so the two agree to the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, Static

# A field of a line: its name in the row, and its width: cells (int) or a share ("2fr").
Column = tuple[str, int | str]
MARGIN = 1  # cells after every field, as the form's CSS puts them


def share(width: int | str) -> Fraction | None:
    """The fraction of a "2fr" width; None for a width in cells."""
    return Fraction(width.removesuffix("fr")) if isinstance(width, str) else None


def columns(width: int, line: Sequence[Column]) -> list[tuple[int, int]]:
    """(x, width) of each field of `line` in a row `width` cells wide, as Textual lays out a
    horizontal container: the fixed widths first, what is left shared by the fractions, the
    edges floored as they fall."""
    fixed = sum(w for _name, w in line if isinstance(w, int))
    shares = sum(share(w) or 0 for _name, w in line)
    left = max(0, width - fixed - MARGIN * len(line))
    unit = Fraction(left) / shares if shares else Fraction(0)
    placed: list[tuple[int, int]] = []
    x = Fraction(0)
    for _name, w in line:
        size = (share(w) or 0) * unit if isinstance(w, str) else Fraction(w)
        end = x + size
        placed.append((int(x), int(end - int(x))))
        x = end + MARGIN
    return placed


class RowCells(Widget, can_focus=True):
    """A row of fields that rests as one widget drawing them (see the module).

    A subclass says where its fields go (`LINES`), gives them (`fields()`) and mounts them
    (`open()`); until then the row draws them itself and takes the focus in their stead.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-cells--input",
        "row-cells--placeholder",
        "row-cells--choice",
    }
    # As the fields draw themselves: an Input's colours and its hint in italics (the form's
    # own rule for hints), a Choice's boost and one cell of padding each side.
    DEFAULT_CSS = """
    RowCells > .row-cells--input { background: $surface; color: $foreground; }
    RowCells > .row-cells--placeholder {
        background: $surface; color: $text-disabled; text-style: italic;
    }
    RowCells > .row-cells--choice { background: $boost; }
    """

    # The row's lines: in each, its fields' names and widths, left to right.
    LINES: ClassVar[tuple[tuple[Column, ...], ...]] = ()
    is_open = False  # the fields are mounted: the row draws nothing of its own

    def fields(self) -> dict[str, Widget]:
        """The row's fields by name, in screen order."""
        raise NotImplementedError

    def open(self, focus: Widget | None = None) -> None:
        """Mount the fields in their places; then focus `focus` (None: the first field)."""
        raise NotImplementedError

    # Drawing --------------------------------------------------------------------------------

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self.is_open:
            return super().get_content_height(container, viewport, width)
        return len(self.LINES)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if self.is_open or y >= len(self.LINES):
            return Strip.blank(width, base)
        fields = self.fields()
        segments: list[Segment] = []
        end = 0
        line = self.LINES[y]
        for (name, _w), (x, cells) in zip(line, columns(width, line), strict=True):
            segments += _blank(x - end, base)
            segments += self._cell(fields[name], cells, base)
            end = x + cells
        segments += _blank(width - end, base)
        return Strip(segments, width).crop(0, width)

    def _cell(self, field: Widget, cells: int, base: Style) -> list[Segment]:
        """One field drawn `cells` wide, as the field itself would draw its first line: an
        Input, a Static (a label), or a choice (tui/widgets/decision_editor.py's `Choice`, which
        shows its `text`)."""
        if cells <= 0:
            return []
        if isinstance(field, Input):
            style = base + self.get_component_rich_style("row-cells--input")
            if field.value:
                return [Segment(cut_with_ellipsis(field.value, cells), style)]
            hint = self.get_component_rich_style("row-cells--placeholder")
            text = set_cell_size(field.placeholder, cells)
            shown = text.rstrip(" ")
            return [Segment(shown, style + hint), Segment(" " * (len(text) - len(shown)), style)]
        if isinstance(field, Static):
            # A label is one line (a person's name): cut, it ends in … as the open row's does.
            return _padded(cut_with_ellipsis(str(field.content), cells).rstrip(" "), cells, base)
        style = base + self.get_component_rich_style("row-cells--choice")
        text = first_line(str(getattr(field, "text", "")), cells - 2)
        return [*_blank(1, style), *_padded(text, cells - 1, style)]

    # Opening --------------------------------------------------------------------------------

    def _on_focus(self, event: events.Focus) -> None:
        if not self.is_open:
            backward = getattr(self.screen, "focus_backward", False)
            fields = [field for field in self.fields().values() if field.can_focus]
            self.open(fields[-1] if backward and fields else None)

    def _on_mouse_down(self, event: events.MouseDown) -> None:
        # The press focused the row first, which opened at its first field: the focus goes on
        # to the field under the pointer (an open row's fields take their own presses).
        field = self._field_at(event.x, event.y)
        if field is not None:
            self.open(field)

    def _field_at(self, x: int, y: int) -> Widget | None:
        """The field drawn at (x, y), if it takes the focus."""
        if not 0 <= y < len(self.LINES):
            return None
        fields = self.fields()
        line = self.LINES[y]
        for (name, _w), (left, cells) in zip(line, columns(self.size.width, line), strict=True):
            if left <= x < left + cells and fields[name].can_focus:
                return fields[name]
        return None


def cut_with_ellipsis(value: str, cells: int) -> str:
    """`value` in `cells`, ending in … when it does not fit: "Nguyễn Thị Lan" cut from
    "Nguyễn Thị Lan Anh" reads as another, whole name."""
    if cell_len(value) <= cells or cells < 2:
        return set_cell_size(value, cells)
    return set_cell_size(set_cell_size(value, cells - 1).rstrip(" ") + "…", cells)


class CutLabel(Static):
    """A one-line label (a person's name in a row) that ends in … when cut to its width, as
    the resting row draws it: at 80 columns "Nguyễn Tất Hoài Hiệp" showed as "Nguyễn Tất Hoài",
    another whole name."""

    DEFAULT_CSS = "CutLabel { height: 1; }"

    def render(self) -> Content:
        text, width = str(self.content), self.content_size.width
        return Content(cut_with_ellipsis(text, width).rstrip(" ") if width > 0 else text)


def first_line(text: str, cells: int) -> str:
    """What a one-line widget `cells` wide shows of `text`: its first wrapped line."""
    if cells <= 0:
        return ""
    wrapped = Content(text).wrap(cells)
    return set_cell_size(wrapped[0].plain, cells).rstrip(" ") if wrapped else ""


def _padded(text: str, cells: int, style: Style) -> list[Segment]:
    """`text` and the blank after it to `cells`, apart, as a widget draws a short line."""
    return [Segment(text, style), *_blank(cells - cell_len(text), style)]


def _blank(cells: int, style: Style) -> list[Segment]:
    """Blank cells in `style`'s background (as a widget pads a line: no colour of text)."""
    return [Segment(" " * cells, Style(bgcolor=style.bgcolor))] if cells > 0 else []


__all__ = ["Column", "CutLabel", "RowCells", "columns", "cut_with_ellipsis", "first_line"]
