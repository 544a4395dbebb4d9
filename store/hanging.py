"""`Hanging`: laid-out text whose wrapped lines stay under their line's own start.

A meeting's words (`store.as_rich_text`) list people and decisions as indented entries, "  Name —
title" and "  1. decision". Wrapped by Rich as one text, the second line of a long entry started at
the left edge, under the section's heading, where at 80 columns it read as a new entry. `Hanging`
wraps each line on its own and starts its continuation lines under the entry's text: after the
indent, and after a "1. " number. The CLI's `show`, the TUI's meeting screen and its preview print
it; the text itself stays a plain `Text` (what tests and exports read).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Rich is imported when a face draws, not with the store (as in store.words)
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.measure import Measurement
    from rich.text import Text

# A line's indent, and the number of a numbered entry after it.
_ENTRY = re.compile(r"( +)(\d+\. )?")


def hanging_indent(line: str) -> int:
    """Cells the continuation of `line` starts at: its leading spaces and entry number."""
    found = _ENTRY.match(line)
    return found.end() if found else 0


class Hanging:
    """`text`, wrapped line by line with hanging indents."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        width = max(1, options.max_width)
        lines: list[Text] = []
        for line in self.text.split("\n", allow_blank=True):
            if line.cell_len <= width:  # most lines: nothing to wrap
                lines.append(line)
                continue
            indent = hanging_indent(line.plain)
            if not indent or indent > width // 3:  # nothing to hang, or too little room
                lines.extend(line.wrap(console, width))
                continue
            head, body = line.divide([indent])
            for number, piece in enumerate(body.wrap(console, width - indent)):
                lines.append(Text.assemble(head if number == 0 else " " * indent, piece))
        # One text of lines that fit: drawn as one, not a renderable a line.
        yield Text("\n").join(lines)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.measure import Measurement

        return Measurement.get(console, options, self.text)


__all__ = ["Hanging", "hanging_indent"]
