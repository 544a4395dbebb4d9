"""`MeetingList`: the meetings of a search, drawn line by line however many there are.

It holds only the ids of the result (in the search's order) and asks the store for the
summaries of the rows on screen, a page at a time, with a small cache: 100,000 meetings cost
100,000 ints, not 100,000 widgets (Textual's DataTable needs ~30 s of CPU to take that many rows).

A search given an `Explainer` (one with words or people) draws each meeting on two lines: its
summary, and under it where it matched (`tui.widgets.matched`), read with the summaries' pages.

The rows a page above and below the screen are read ahead, in a thread: when the cursor moves,
and a moment after new rows are shown (READ_AHEAD_DELAY). That reading stops as soon as the list
is given other rows or a new search begins (`stop_reading_ahead`): while a person types, each
intermediate result's read-ahead (a hundred records, and where each matched) would otherwise run
beside the next key's search and slow it down.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer
from textual.worker import get_current_worker

from store import MeetingSummary, Why, date_label, one_line
from tui.i18n import _
from tui.threads import hand_back
from tui.widgets.matched import matched_line

PAGE = 100  # summaries read at once
# Seconds after new rows are shown before the rows around them are read: after the rows are on
# the screen, and after the next key of someone still typing (who then needs none of them).
READ_AHEAD_DELAY = 0.1
TITLE_ROOM = 32  # cells a title keeps before a column is dropped for it
MAX_CACHED = 20 * PAGE  # summaries kept; beyond, the cache starts again
Loader = Callable[[Sequence[int]], list[MeetingSummary]]
# Where each of these meetings matched the search shown, by uid (None: nothing to show). It
# checks `stop()` as it goes and, once it says so, returns what it has found so far.
Stop = Callable[[], bool]
Explainer = Callable[[Sequence[int], Stop], dict[str, Why | None]]


def never() -> bool:
    """A `Stop` for work that is always wanted (rows about to be drawn)."""
    return False


# Characters one cell wide with no grapheme subtleties: Latin, every precomposed Vietnamese letter
# (U+1EA0-U+1EF9) and the punctuation of titles. For such text a string's length is its width,
# so fitting it is slicing; anything else goes through Rich's grapheme-aware measure.
_NARROW = re.compile("[\x20-\x7e\xa0-\u02ff\u1e00-\u1eff\u2010-\u2026]*")


def fit(text: str, width: int) -> str:
    """`text` cut or padded to exactly `width` terminal cells, with … when cut."""
    if width <= 0:
        return ""
    if _NARROW.fullmatch(text):
        return text[: width - 1] + "…" if len(text) > width else text.ljust(width)
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


def chairs_cell(chairs: Sequence[str], width: int) -> str:
    """The chairs in `width` cells: all of them when they fit, else the first and how many more
    (`Nguyễn Đình K… +5`), so that a row of several chairs never reads as chaired by one."""
    joined = ", ".join(chairs)
    if len(chairs) < 2 or cell_len(joined) <= width:
        return fit(joined, width)
    more = f" +{len(chairs) - 1}"
    return fit(fit(chairs[0], width - len(more)).rstrip() + more, width)


@dataclass(frozen=True)
class Columns:
    """The widths of the list's columns; a column of width 0 is not shown."""

    date: int
    title: int
    chairs: int
    place: int
    people: int = 8

    @classmethod
    def for_width(cls, width: int) -> Columns:
        """The title gets the room: as the list narrows, the place goes first, then the count of
        people, then the chairs, each only when the title would have fewer than TITLE_ROOM cells
        (at 80 columns: date, title, chairs, count). The date always shows."""
        date, people = 17, 8
        rest = max(width - date - 1, 10)  # after the date and its gap
        chairs = min(28, rest // 4)
        place = min(18, rest // 6)
        for dropped in ("nothing", "place", "people", "chairs"):
            if dropped == "place":
                place = 0
            elif dropped == "people":
                people = 0
            elif dropped == "chairs":
                chairs = 0
            shown = [width for width in (chairs, place, people) if width]
            title = rest - sum(shown) - len(shown)  # each shown column has a gap before it
            if title >= TITLE_ROOM:
                break
        return cls(date, max(title, 1), chairs, place, people)

    def line(
        self, date: str, title: str, chairs: str | Sequence[str], place: str, people: str
    ) -> str:
        """One row: `chairs` a heading, or the meeting's chairs (`chairs_cell`)."""
        cells = [fit(date, self.date), fit(title, self.title)]
        if self.chairs:
            shown = [chairs] if isinstance(chairs, str) else chairs
            cells.append(chairs_cell(shown, self.chairs))
        if self.place:
            cells.append(fit(place, self.place))
        if self.people:
            cells.append(people.rjust(self.people)[: self.people])
        return " ".join(cells)


class MeetingList(ScrollView, can_focus=True):
    """A scrolling list of meeting summaries with a cursor."""

    BINDINGS = [
        Binding("up,k", "cursor_up", _("Up"), show=False, id="list.up"),
        Binding("down,j", "cursor_down", _("Down"), show=False, id="list.down"),
        Binding("pageup", "page_up", _("Page up"), show=False, id="list.page_up"),
        Binding("pagedown", "page_down", _("Page down"), show=False, id="list.page_down"),
        Binding("home", "first", _("First"), show=False, id="list.first"),
        Binding("end", "last", _("Last"), show=False, id="list.last"),
        Binding("enter", "select", _("Open"), show=False, id="list.open"),
    ]
    COMPONENT_CLASSES = {"meeting-list--cursor"}
    DEFAULT_CSS = """
    MeetingList { height: 1fr; overflow-y: scroll; }
    MeetingList > .meeting-list--cursor { background: $accent 40%; text-style: bold; }
    MeetingList:focus > .meeting-list--cursor { background: $accent; color: $text; }
    """

    # No repaint on change: watch_cursor redraws just the two lines that changed.
    cursor: reactive[int] = reactive(0, repaint=False)

    class Highlighted(Message):
        def __init__(self, meeting_id: int | None) -> None:
            self.meeting_id = meeting_id
            super().__init__()

    class Selected(Message):
        def __init__(self, meeting_id: int) -> None:
            self.meeting_id = meeting_id
            super().__init__()

    def __init__(self, loader: Loader, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._loader = loader
        self.ids: list[int] = []
        self._rows: dict[int, MeetingSummary] = {}
        self._explain: Explainer | None = None  # the search's; None: one line per meeting
        self._matched: dict[str, Why | None] = {}  # by uid, for the search shown
        self._styles: tuple[Style, Style] | None = None  # (line, cursor) of the current paint
        self._read_ahead_timer: Timer | None = None  # reads ahead of rows just shown

    # Data -------------------------------------------------------------------------------------

    def show_ids(
        self,
        ids: list[int],
        *,
        keep: int | None = None,
        rows: Sequence[MeetingSummary] = (),
        explain: Explainer | None = None,
        matched: Mapping[str, Why | None] | None = None,
    ) -> None:
        """Show these meetings; put the cursor on `keep` if it is among them, else the top.
        `rows`: summaries already read (off the UI thread) for the first screenful; `explain`:
        the search's way to say where a meeting matched, and `matched` what it said already."""
        self.stop_reading_ahead()  # what it reads is for rows no longer shown
        self.ids = ids
        if len(self._rows) > MAX_CACHED:
            self._rows = {}
        self._rows.update((row.id, row) for row in rows)
        if explain is not self._explain or len(self._matched) > MAX_CACHED:
            self._matched = {}  # another search: another answer to where each one matched
        self._explain = explain
        self._matched.update(matched or {})
        self._set_rows(len(ids))
        position = ids.index(keep) if keep is not None and keep in ids else 0
        self.cursor = position
        top = max(0, position - self.size.height // self.row_height // 2)
        self.scroll_to(y=top * self.row_height, animate=False)
        self.refresh()
        self.post_message(self.Highlighted(self.current_id))
        self._read_ahead_timer = self.set_timer(READ_AHEAD_DELAY, self._prefetch)

    @property
    def row_height(self) -> int:
        """Lines per meeting: two while the search says where each one matched."""
        return 1 if self._explain is None else 2

    @property
    def current_id(self) -> int | None:
        return self.ids[self.cursor] if 0 <= self.cursor < len(self.ids) else None

    def summary(self, index: int) -> MeetingSummary | None:
        meeting_id = self.ids[index]
        if meeting_id not in self._rows:
            # Not read ahead (a jump far down the list): read its page now, a few ms.
            start = index - index % PAGE
            self._rows.update((s.id, s) for s in self._loader(self.ids[start : start + PAGE]))
        return self._rows.get(meeting_id)

    def matched(self, index: int) -> Why | None:
        """Where the meeting at `index` matched the search shown (None: nothing to say)."""
        row = self.summary(index)
        if self._explain is None or row is None:
            return None
        if row.uid not in self._matched:
            start = index - index % PAGE
            self._matched.update(self._explain(self.ids[start : start + PAGE], never))
        return self._matched.get(row.uid)

    def _prefetch(self) -> None:
        """Read, in a thread, the summaries of the rows a page above and below the screen, so
        scrolling there draws from memory instead of waiting for the database."""
        top, height = self._top_row(), self._rows_on_screen()
        window = self.ids[max(0, top - PAGE) : top + height + PAGE]
        missing = [meeting_id for meeting_id in window if meeting_id not in self._rows]
        explain = self._explain
        if explain is not None:
            known = {row.id for row in self._rows.values() if row.uid in self._matched}
            missing = [meeting_id for meeting_id in window if meeting_id not in known]
        if missing:
            self.run_worker(
                lambda: self._read_ahead(missing, explain),
                thread=True,
                group="rows",
                exclusive=True,
            )

    def stop_reading_ahead(self) -> None:
        """Stop reading rows ahead of the screen: a search has begun, or other rows are shown."""
        if self._read_ahead_timer is not None:
            self._read_ahead_timer.stop()
            self._read_ahead_timer = None
        self.workers.cancel_group(self, "rows")

    def _read_ahead(self, ids: list[int], explain: Explainer | None) -> None:
        worker = get_current_worker()
        rows = self._loader(ids)
        matched = explain(ids, lambda: worker.is_cancelled) if explain is not None else {}
        # Even when stopped: what was read is right for the rows it was read for.
        hand_back(self, self._keep_rows, rows, explain, matched)

    def _keep_rows(
        self, rows: list[MeetingSummary], explain: Explainer | None, matched: dict[str, Why | None]
    ) -> None:
        self._rows.update((row.id, row) for row in rows)
        if explain is self._explain:  # not read for a search since replaced
            self._matched.update(matched)

    def forget(self, meeting_id: int) -> None:
        """Drop a cached row (it was edited) so it is read again."""
        row = self._rows.pop(meeting_id, None)
        if row is not None:
            self._matched.pop(row.uid, None)
        self.refresh()

    # Drawing ----------------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # The styles are the same for every line of one paint; computing them per line was a
        # third of the cost of drawing the list.
        self._styles = (self.rich_style, self.get_component_rich_style("meeting-list--cursor"))
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        index, second = divmod(self.scroll_offset.y + y, self.row_height)
        width = self.scrollable_content_region.width
        base, cursor = self._styles or (
            self.rich_style,
            self.get_component_rich_style("meeting-list--cursor"),
        )
        if index >= len(self.ids):
            return Strip.blank(width, base)
        style = base + cursor if index == self.cursor else base
        if second:
            return self._matched_line(index, width, style)
        row = self.summary(index)
        columns = Columns.for_width(width)
        if row is None:
            text = fit("", width)
        else:
            title = one_line(row.title)
            if row.status != "final":  # a draft to review, approved or locked minutes stand out
                title = f"[{_(row.status)}] {title}"
            text = columns.line(
                date_label(row.date, row.part_of_day),
                title,
                [one_line(c) for c in row.chairs],
                one_line(row.location),
                str(row.people),
            )
        return Strip([Segment(fit(text, width), style)], width).crop(self.scroll_offset.x)

    def _matched_line(self, index: int, width: int, style: Style) -> Strip:
        """The meeting's second line: where it matched, under its title."""
        why = self.matched(index)
        indent = Columns.for_width(width).date + 1
        if why is None:
            line = Text()
        else:
            line = Text(" " * indent) + matched_line(why, room=width - indent)
        line.truncate(width, overflow="ellipsis", pad=True)
        segments = [
            Segment(segment.text, style + segment.style if segment.style else style)
            for segment in line.render(self.app.console)
        ]
        return Strip(segments, width).crop(self.scroll_offset.x)

    def watch_cursor(self, old: int, new: int) -> None:
        # refresh_line takes the line in the list (it subtracts the scroll offset itself).
        for index in (old, new):
            for line in range(self.row_height):
                self.refresh_line(index * self.row_height + line)
        self.post_message(self.Highlighted(self.current_id))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.ids) * self.row_height)

    def _set_rows(self, count: int) -> None:
        """A new number of rows without a layout of the screen (which repaints all of it, ~35 ms
        on 160×45): the scrollbar is always shown (CSS), so only its thumb changes."""
        lines = count * self.row_height
        self.set_reactive(MeetingList.virtual_size, Size(self.size.width, lines))
        scrollbar = self.vertical_scrollbar
        scrollbar.window_virtual_size = lines
        scrollbar.window_size = self.scrollable_content_region.height

    def _top_row(self) -> int:
        """The first meeting on screen."""
        return self.scroll_offset.y // self.row_height

    def _rows_on_screen(self) -> int:
        return max(1, self.scrollable_content_region.height // self.row_height)

    def rows_on_screen(self, *, two_lines: bool) -> int:
        """Meetings the list draws at once at one line each or at two, one cut off at the
        bottom included (before the list is first laid out: as many as the terminal has
        lines)."""
        lines = self.scrollable_content_region.height or self.app.size.height
        # Whole rows, the one cut off, and one more: Textual draws a line past the region too
        # (a row not read here is read on the UI thread, with the hundred around it).
        return lines // (2 if two_lines else 1) + 2

    # Moving -----------------------------------------------------------------------------------

    def _move_to(self, index: int) -> None:
        if not self.ids:
            return
        self.cursor = max(0, min(index, len(self.ids) - 1))
        top, height = self._top_row(), self._rows_on_screen()
        if self.cursor < top:
            self.scroll_to(y=self.cursor * self.row_height, animate=False)
            self._prefetch()
        elif self.cursor >= top + height:
            self.scroll_to(y=(self.cursor - height + 1) * self.row_height, animate=False)
            self._prefetch()

    def action_cursor_up(self) -> None:
        self._move_to(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self._move_to(self.cursor + 1)

    def action_page_up(self) -> None:
        self._move_to(self.cursor - self._rows_on_screen())

    def action_page_down(self) -> None:
        self._move_to(self.cursor + self._rows_on_screen())

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self.ids) - 1)

    def action_select(self) -> None:
        if self.current_id is not None:
            self.post_message(self.Selected(self.current_id))

    def on_click(self, event: object) -> None:
        offset = getattr(event, "y", None)
        if offset is not None:
            self._move_to((self.scroll_offset.y + int(offset)) // self.row_height)
            if getattr(event, "chain", 1) == 2:
                self.action_select()


__all__ = ["Columns", "Explainer", "MeetingList", "Stop", "fit", "never"]
