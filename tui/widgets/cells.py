"""`cell()`: user text made fit for one cell of a table or a line of a list; `set_columns()`: a
table's columns at the widths its cells were cut for.

The people directory, a person's page, the open decisions and the person chooser all show names,
titles and decisions typed by people: each goes through here, on one line, control characters
made visible (`store.one_line`), cut with … to the column's width.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.widgets import DataTable

from store import one_line


def cell(value: str | None, width: int | None = None, *, style: str = "") -> Text:
    """User text for a table cell: one line, control characters visible, cut with … to `width`."""
    line = one_line(value)
    if width is not None and cell_len(line) > width:
        line = set_cell_size(line, width - 1) + "…"
    return Text(line, style=style, no_wrap=True)


def set_columns(table: DataTable, columns: Iterable[tuple[str, str, int]]) -> None:
    """Empty `table` and give it `columns` (heading, key, width): widths set, not measured, as
    wide as the cells were cut. A DataTable measures rows added to columns of no set width only
    when it next goes idle, and a frame drawn before that showed the columns at their headings'
    widths."""
    table.clear(columns=True)
    for heading, key, width in columns:
        table.add_column(heading, key=key, width=width)
