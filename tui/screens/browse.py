"""The home screen: every meeting newest first, a search box that filters as you type, a preview.

The search box takes the query language of `minutebook search` (`store.parse_query`). Each
keystroke restarts a short timer (`Debounce`); when it fires, an exclusive worker runs the search
off the UI thread, first stopping the search still running for an older text (`store.Cancel`),
and the result is shown only if the box still holds the text it searched for. The other screens
(a meeting, the form, people, decisions, the trash) are opened through the app; the list follows
every change to the book through the app's `book_changed` signal. A list row of a record still to
review, approved or locked is marked with its status (`MeetingList`).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Sequence

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.strip import Strip
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

import store
from store import one_line
from tui.debounce import Debounce
from tui.i18n import _
from tui.screens.base import BookChange, BookScreen
from tui.screens.dialogs import confirm_delete
from tui.widgets.meeting_list import Columns, MeetingList
from tui.widgets.record_preview import RecordPreview, layout, record_text

DEBOUNCE = 0.03  # seconds after the last key before searching
PREVIEW_DELAY = 0.08  # seconds the cursor rests before the preview follows it
FIRST_PAGE = 200  # meetings shown before the whole result is known
SCREENFUL = 60  # summaries read with the first page: more rows than a tall terminal shows
FULL_LIST_DELAY = 0.3  # seconds of no typing before the whole ordered result is fetched


class BrowseScreen(BookScreen[None]):
    """Home: search box, meeting list, preview of the highlighted meeting."""

    # The list has the focus from the first paint: focusing it later, from on_mount, left the
    # search box (Textual's first focusable widget) focused for a moment, and keys typed then
    # went to the wrong widget.
    AUTO_FOCUS = "#meetings"
    BINDINGS = [
        Binding("slash", "focus_search", _("Search"), id="browse.search"),
        Binding("escape", "leave_search", _("Leave search"), show=False, id="browse.leave"),
        Binding("n", "new", _("New"), id="browse.new"),
        Binding("N", "new_from", _("New from this"), id="browse.new_from"),
        # Not in the footer, which is full; `?` and the command palette list it.
        Binding("R", "new_from_report", _("New from report"), show=False, id="browse.from_report"),
        Binding("delete", "delete", _("Delete"), id="browse.delete"),
        Binding("u", "undo_delete", _("Undo"), id="browse.undo"),
        Binding("p", "people", _("People"), id="browse.people"),
        Binding("d", "decisions", _("Decisions"), id="browse.decisions"),
        Binding("t", "trash", _("Trash"), id="browse.trash"),
        Binding("f5", "refresh", _("Refresh"), show=False, id="browse.refresh"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._typing = Debounce(self, DEBOUNCE)
        self._resting = Debounce(self, PREVIEW_DELAY)  # the preview follows a cursor at rest
        self._shown_query: str | None = None  # the query whose whole result is shown
        self.visible_query: str | None = None  # the query whose results (or first page) show
        self.previewed: int | None = None  # the meeting the preview shows
        self._running_search: store.Cancel | None = None  # the search in progress, to stop it

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder=_("Press / to search: words, person:, chair:, org:, place:, date:, doc:"),
            id="search",
        )
        yield Static(id="search-status")
        with Horizontal(id="browse-body"):
            with Vertical(id="list-pane"):
                yield Static(id="list-header")
                yield MeetingList(self._load_summaries, id="meetings")
            with Vertical(id="preview-pane"):
                yield RecordPreview(id="preview")
        yield Footer()

    def on_mount(self) -> None:
        self._header()
        self.follow_book(self._book_changed)
        self.search_for("")

    def _book_changed(self, change: BookChange) -> None:
        self.reload(keep=change.meeting_id)

    def on_resize(self) -> None:
        self._header()

    def _header(self) -> None:
        width = self.query_one(MeetingList).scrollable_content_region.width or self.size.width
        columns = Columns.for_width(width)
        line = columns.line(_("Date"), _("Title"), _("Chaired by"), _("Place"), _("Present"))
        self.query_one("#list-header", Static).update(Text(line, style="bold"))

    def _load_summaries(self, ids: Sequence[int]) -> list[store.MeetingSummary]:
        return self.book.summaries(ids)

    # Searching --------------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        self._typing(lambda: self.search_for(event.value))

    @on(Input.Submitted, "#search")
    def _submitted(self) -> None:
        self.query_one(MeetingList).focus()

    def search_for(self, text: str, keep: int | None = None) -> None:
        """Read the query here, so a malformed one is reported at once and leaves the search
        already running (and the list shown) alone; run a good one in the worker."""
        try:
            query = store.parse_query(text)
        except store.QueryError as exc:
            self._show_status(str(exc), error=True)
            return
        self.run_search(query, text, keep)

    @work(exclusive=True, thread=True, group="search")
    def run_search(self, query: store.Query, text: str, keep: int | None = None) -> None:
        """Search in a worker; drop the result if the box has changed since."""
        worker = get_current_worker()
        cancel = store.Cancel()
        self._stop_running_search()
        self._running_search = cancel
        try:
            found = self._search_ids(query, text, keep, cancel)
        except store.SearchCancelled:
            return  # interrupted by a newer search: nothing to show
        finally:
            if self._running_search is cancel:
                self._running_search = None
        if found is not None and not worker.is_cancelled:
            ids, rows = found
            self.app.call_from_thread(self._show_result, text, ids, keep, rows)

    def _search_ids(
        self, query: store.Query, text: str, keep: int | None, cancel: store.Cancel
    ) -> tuple[list[int], list[store.MeetingSummary]] | None:
        """The first screenful at once, then every id for scrolling: on a big book the first
        page of a common word is a few ms, the whole ordered list a hundred or more. The first
        screenful's summaries are read here too, so the UI thread only draws them."""
        worker = get_current_worker()
        first = self.book.search(query, limit=FIRST_PAGE, count=False, cancel=cancel).ids
        rows = self.book.summaries(first[:SCREENFUL], cancel=cancel)
        if len(first) < FIRST_PAGE:
            return first, rows
        if keep is None:
            self.app.call_from_thread(self._show_result, text, first, keep, rows, partial=True)
            # The whole ordered list waits until the typing pauses, so it never competes
            # with the next keystroke's search.
            time.sleep(FULL_LIST_DELAY)
        if worker.is_cancelled:
            return None
        return self.book.search(query, limit=None, cancel=cancel).ids, []

    def _stop_running_search(self) -> None:
        """Interrupt a stale search still running in another thread (`store.Cancel`: SQLite
        stops at once, PostgreSQL is asked to; either way its result is dropped)."""
        running = self._running_search
        if running is not None:
            running.cancel()

    def _show_result(
        self,
        text: str,
        ids: list[int],
        keep: int | None,
        rows: list[store.MeetingSummary],
        *,
        partial: bool = False,
    ) -> None:
        if self.query_one("#search", Input).value != text:
            return  # stale: the person has typed on
        meetings = self.query_one(MeetingList)
        self.visible_query = text
        if partial:
            meetings.show_ids(ids, rows=rows)
            self._show_status(_("{total}+ meetings…", total=len(ids)))
            return
        first_page_shown = meetings.ids[: len(ids)] == ids[: len(meetings.ids)]
        if keep is None and self._shown_query != text and first_page_shown:
            keep = meetings.current_id  # the full list after the first page: stay where you are
        if self._shown_query is None:
            gc.freeze()  # the screen is built: its widgets and styles live on (see MinuteBookApp)
        self._shown_query = text
        meetings.show_ids(ids, keep=keep, rows=rows)
        if len(ids) == 1:
            self._show_status(_("1 meeting"))
        elif ids:
            self._show_status(_("{total} meetings", total=len(ids)))
        elif text.strip():
            self._show_status(_("No meetings match."))
            self.query_one(RecordPreview).clear()
        else:
            self._show_status(_("The book is empty: press n to record a meeting."))
            self.query_one(RecordPreview).clear()

    def _show_status(self, message: str, *, error: bool = False) -> None:
        status = self.query_one("#search-status", Static)
        status.set_class(error, "error")
        status.update(Text(one_line(message)), layout=False)  # one line, sized by the CSS

    def reload(self, keep: int | None = None) -> None:
        """Search again for what the box holds (after an edit, a delete, an import)."""
        self.search_for(self.query_one("#search", Input).value, keep)

    # Preview ----------------------------------------------------------------------------------

    @on(MeetingList.Highlighted)
    def _highlighted(self, event: MeetingList.Highlighted) -> None:
        # The preview follows the cursor once it rests: holding a key down redraws two lines of
        # the list per step, not the whole preview pane.
        self._resting.cancel()
        if event.meeting_id is not None:
            meeting_id = event.meeting_id
            self._resting(
                lambda: self.load_preview(meeting_id, self.query_one(RecordPreview).line_width)
            )

    @work(exclusive=True, thread=True, group="preview")
    def load_preview(self, meeting_id: int, width: int) -> None:
        """Read the record and lay its lines out here, so the UI thread only paints them."""
        try:
            record = self.book.meeting(meeting_id)
        except store.NotFound:
            return
        text = record_text(record, notes=False)
        lines = layout(self.app.console, text, width)
        self.app.call_from_thread(self._show_preview, meeting_id, text, lines)

    def _show_preview(self, meeting_id: int, text: Text, lines: list[Strip]) -> None:
        if self.query_one(MeetingList).current_id == meeting_id:
            self.query_one(RecordPreview).show(text, lines)
            self.previewed = meeting_id

    # Actions ----------------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_leave_search(self) -> None:
        self.query_one(MeetingList).focus()

    def action_refresh(self) -> None:
        self.reload(self.query_one(MeetingList).current_id)

    def action_undo_delete(self) -> None:
        self.app.undo_delete()

    # Other screens, opened through the app ---------------------------------------------------

    @on(MeetingList.Selected)
    def _open(self, event: MeetingList.Selected) -> None:
        self.app.open_meeting(event.meeting_id)

    def action_new(self) -> None:
        self.app.new_meeting()

    @work(exclusive=True, thread=True, group="template")
    def action_new_from(self) -> None:
        meeting_id = self.query_one(MeetingList).current_id
        if meeting_id is None:
            return
        template = store.template_from(self.book.meeting(meeting_id))
        self.app.call_from_thread(self.app.new_meeting, template)

    def action_new_from_report(self) -> None:
        self.app.new_from_report()

    def action_delete(self) -> None:
        meetings = self.query_one(MeetingList)
        meeting_id = meetings.current_id
        if meeting_id is None:
            return
        summary = meetings.summary(meetings.cursor)
        title = summary.title if summary is not None else ""

        def answered(yes: bool | None) -> None:
            if yes:
                try:
                    record = self.app.delete_meeting(meeting_id)
                except store.StoreError as exc:  # locked minutes; deleted elsewhere meanwhile
                    self.notify(str(exc), severity="error", markup=False)
                    self.app.changed(meeting_id)
                    return
                self.app.changed()
                message = _("Deleted: {title} (press u to undo)", title=one_line(record.title))
                self.notify(message, markup=False)

        self.app.push_screen(confirm_delete(meeting_id, title), answered)

    def action_people(self) -> None:
        self.app.open_people()

    def action_decisions(self) -> None:
        self.app.open_decisions()

    def action_trash(self) -> None:
        self.app.open_trash()
