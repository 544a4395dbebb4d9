"""`cell()`: user text made fit for one cell of a table or a line of a list.

The people directory, a person's page, the open decisions and the person chooser all show names,
titles and decisions typed by people: each goes through here, on one line, control characters
made visible (`store.one_line`), cut with … to the column's width.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text

from store import one_line


def cell(value: str | None, width: int | None = None, *, style: str = "") -> Text:
    """User text for a table cell: one line, control characters visible, cut with … to `width`."""
    line = one_line(value)
    if width is not None and cell_len(line) > width:
        line = set_cell_size(line, width - 1) + "…"
    return Text(line, style=style, no_wrap=True)
