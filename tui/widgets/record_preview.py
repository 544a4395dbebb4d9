"""`RecordPreview`: the browse screen's view of the highlighted meeting, drawn line by line.

The lines are laid out (wrapped to the pane's width) by `layout()`, which the browse screen calls
in its preview worker, off the UI thread; showing them then costs the UI thread a repaint of the
pane and nothing else. A `Static` would re-wrap the text on the UI thread and, its height having
changed, ask for a layout of the whole screen: together ~50 ms per cursor rest on a 160×45
terminal, enough to delay the next key. A record longer than the pane ends in a line saying so
(the meeting screen, one Enter away, shows all of it).

`record_text()` is the record as the preview, the meeting screen and the trash draw it, with the
line that says where the record stands (`lifecycle_line`): a draft to review, minutes approved on
a date by someone, minutes locked. `when_saved()` says when a version was saved or a meeting
deleted, in local time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip
from textual.widget import Widget

import store
from store import one_line
from tui.i18n import _
from tui.widgets.meeting_view import status_line


def when_saved(moment: datetime) -> str:
    """A moment the book recorded (UTC) in local time: `04/12/2026 17:05`."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return aware.astimezone().strftime("%d/%m/%Y %H:%M")


def approval_line(record: store.MeetingRecord) -> str:
    """When and by whom the minutes were approved: "Approved on 15/03/2024 by ..." ("" if not)."""
    if record.approved_on is None:
        return ""
    when = record.approved_on.display()
    if record.approved_by:
        return _("Approved on {date} by {who}", date=when, who=one_line(record.approved_by))
    return _("Approved on {date}", date=when)


def lifecycle_line(record: store.MeetingRecord, *, approval: bool = True) -> str:
    """Where the record stands, one line: a draft to review, approved minutes (with their
    approval, if `approval`), locked minutes; "" for final minutes (the ordinary case)."""
    said = approval_line(record) if approval else ""
    if record.status == "approved":
        return said or _("Approved")
    if record.status == "locked":
        amend = _("changed only by an amendment with a reason")
        return " · ".join(part for part in (_("Locked"), said, amend) if part)
    return status_line(record)


def record_text(record: store.MeetingRecord, *, notes: bool = True) -> Text:
    """The record as every screen draws it (`store.as_rich_text`), its lifecycle line under the
    title; user text is plain text, never markup. The approval is said once: by the store's
    words when they say it, else in the lifecycle line."""
    words = store.meeting_words(record, say=_)
    state = lifecycle_line(record, approval=False)
    text = store.as_rich_text(words, notes=notes, status_line=state)
    approval = approval_line(record)
    if approval and approval not in text.plain:
        text = store.as_rich_text(words, notes=notes, status_line=lifecycle_line(record))
    return text


def layout(console: Console, text: Text, width: int) -> list[Strip]:
    """`text` wrapped to `width` cells, an entry's wrapped lines under its start (`Hanging`),
    one Strip per line (safe to call from a worker)."""
    if width <= 0:
        return []
    options = console.options.update_width(width)
    lines = console.render_lines(store.Hanging(text), options, pad=True)
    return [Strip(line, width) for line in lines]


class RecordPreview(Widget):
    """Shows prepared lines; a fixed size, so a new record never changes the screen's layout."""

    DEFAULT_CSS = """
    RecordPreview { height: 1fr; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = Text()
        self._lines: list[Strip] = []
        self._width = 0

    @property
    def line_width(self) -> int:
        return self.content_region.width

    def show(self, text: Text, lines: list[Strip] | None = None) -> None:
        """Show `text`, using `lines` if they were laid out for the current width."""
        self.text = text
        width = self.line_width
        if lines is None or (lines and lines[0].cell_length != width):
            lines = layout(self.app.console, text, width)
        self._lines, self._width = lines, width
        self.refresh()

    def clear(self) -> None:
        self.show(Text(), [])

    def on_resize(self) -> None:
        if self.line_width != self._width:
            self.show(self.text)

    def render_line(self, y: int) -> Strip:
        width, height = self.line_width, self.content_region.height
        if y == height - 1 and len(self._lines) > height:
            more = Text(_("… more: Enter opens it all"), style="dim italic")
            segments = list(more.render(self.app.console))
            return Strip(Segment.adjust_line_length(segments, width, Style()), width)
        if y < len(self._lines):
            return self._lines[y]
        return Strip.blank(width)

    def render_text(self) -> str:
        """The lines shown, as plain text (what a test or a screen reader reads)."""
        return "\n".join(line.text.rstrip() for line in self._lines)


__all__ = [
    "RecordPreview", "approval_line", "layout", "lifecycle_line", "record_text", "when_saved",
]  # fmt: skip
