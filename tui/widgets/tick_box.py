"""`TickBox`: a checkbox whose unticked state cannot be read as ticked.

Textual's `Checkbox` draws an "X" in both states, grey when off and green when on; on many themes
(and in a screenshot, or to the colour-blind) an unticked box read as ticked. A `TickBox` draws
`[ ]` when unticked and `[x]` when ticked: the mark itself says the state, colour only helps.
ASCII, not ☐/☑, whose width some terminals count as two cells and misalign the line.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox

UNTICKED = "[ ]"
TICKED = "[x]"


class TickBox(Checkbox):
    """A checkbox showing `[ ]` or `[x]`."""

    DEFAULT_CSS = """
    TickBox > .toggle--button { color: $text-muted; background: transparent; }
    TickBox.-on > .toggle--button {
        color: $text-success; background: transparent; text-style: bold;
    }
    """

    @property
    def _button(self) -> Content:
        """The mark, from the value alone (Textual's own is one glyph in two colours)."""
        style = self.get_visual_style("toggle--button")
        return Content.assemble((TICKED if self.value else UNTICKED, style))


__all__ = ["TICKED", "UNTICKED", "TickBox"]
