"""The home screen: every meeting newest first, a search box that filters as you type, a preview.

Free words come by relevance (the store's order: the person they name first, then the words
together, then anywhere), or newest first: `s` switches. A search with words or people says under
each meeting, and atop the preview, where it matched (`tui.widgets.matched`).

The search box takes the query language of `minutebook search` (`store.parse_query`). Each
keystroke stops what still runs for the older text (its search, through `store.Cancel`; the
list's read-ahead; the preview about to follow the cursor) and restarts a short timer
(`Debounce`); when it fires, an exclusive worker runs the search off the UI thread, reading with
the first page the rows on screen and where each matched, and the result is shown only if the
box still holds the text it searched for. The other screens
(a meeting, the form, people, decisions, the trash) are opened through the app; the list follows
every change to the book through the app's `book_changed` signal. A list row of a record still to
review, approved or locked is marked with its status (`MeetingList`).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.strip import Strip
from textual.widgets import Input, Static
from textual.worker import get_current_worker

import store
from store import one_line
from tui.debounce import Debounce
from tui.i18n import _, plural
from tui.screens.base import BookChange, BookScreen
from tui.screens.dialogs import confirm_delete
from tui.threads import hand_back
from tui.toasts import toast_title
from tui.widgets.key_footer import KeyFooter
from tui.widgets.matched import explains, matched_line
from tui.widgets.meeting_list import Columns, Explainer, MeetingList, Stop, fit
from tui.widgets.record_preview import RecordPreview, layout, record_text

# Seconds after the last key before searching: enough for keys that come together (a paste,
# keys read in one go) to make one search. Each key stops what runs for the older text, so
# a longer wait saves nothing when keys come apart; it is only added to every search.
DEBOUNCE = 0.01
PREVIEW_DELAY = 0.08  # seconds the cursor rests before the preview follows it
FIRST_PAGE = 200  # meetings shown before the whole result is known
EXPLAIN_CHUNK = 10  # records read at a time to say where they matched; a stop comes between
FULL_LIST_DELAY = 0.3  # seconds of no typing before the whole ordered result is fetched
NARROW = 100  # columns under which the preview gives its room to the list


@dataclass
class Found:
    """A search's answer on its way to the screen: the query and the text it was read from,
    the meeting ids, the summaries and where each matched of the first screenful."""

    query: store.Query
    text: str
    explain: Explainer | None
    screenful: int = 1  # rows the list shows at once: they are read with the first page
    ids: list[int] = field(default_factory=list)
    rows: list[store.MeetingSummary] = field(default_factory=list)
    matched: dict[str, store.Why | None] = field(default_factory=dict)


class SearchBox(Input):
    """The home screen's search box: ↓ goes down into the results, as from a box above a list.

    The key is the box's, not the screen's: on the list, ↓ moves the cursor, and `?` (f1 in
    the box) lists the keys of where the focus is. Up from the list's first row stays on the
    list: holding ↑ (or k) to reach the top would carry the next letters into the box, a search
    instead of the key's command.
    """

    BINDINGS = [
        Binding("down", "screen.list_from_search", _("To the list"), show=False,
                id="browse.to_list"),
    ]  # fmt: skip


class BrowseScreen(BookScreen[None]):
    """Home: search box, meeting list, preview of the highlighted meeting."""

    # The list has the focus from the first paint: focusing it later, from on_mount, left the
    # search box (Textual's first focusable widget) focused for a moment, and keys typed then
    # went to the wrong widget.
    AUTO_FOCUS = "#meetings"
    # `?` lists every key; the footer shows these, as many as fit in this order (KeyFooter):
    # at 80 columns Enter, n, o, R, ctrl+q, p and `?` (in English and Vietnamese), which a
    # newcomer needs first. `/` comes later, since the search box itself says "Press / to
    # search"; the palette after it (ctrl+p, which `?` lists too).
    FOOTER_KEYS = (
        "list.open", "browse.new", "app.overview", "browse.from_report", "app.quit",
        "browse.people", "browse.decisions", "browse.search", "app.palette", "browse.delete",
        "browse.undo", "browse.trash", "browse.new_from",
    )  # fmt: skip
    BINDINGS = [
        Binding("slash", "focus_search", _("Search"), id="browse.search"),
        Binding("escape", "leave_search", _("Leave search"), show=False, id="browse.leave"),
        Binding("n", "new", _("New"), id="browse.new"),
        Binding("p", "people", _("People"), id="browse.people"),
        Binding("d", "decisions", _("Decisions"), id="browse.decisions"),
        Binding("delete", "delete", _("Delete"), id="browse.delete"),
        Binding("u", "undo_delete", _("Undo"), id="browse.undo"),
        Binding("t", "trash", _("Trash"), id="browse.trash"),
        Binding("N", "new_from", _("New from this"), id="browse.new_from"),
        Binding("R", "new_from_report", _("New from report"), id="browse.from_report"),
        # Not in the footer: the status line names it beside the order it changes, and `?`
        # lists it.
        Binding("s", "toggle_sort", _("Sort"), show=False, id="browse.sort"),
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
        self.order = "relevance"  # of free words (store.ORDERS); `s` switches to newest first
        self._shown_search = store.Query()  # the query whose results show, for the preview
        self._said: tuple[str, Found] | None = None  # the count shown, and of which search
        self._reveal: int | None = None  # a meeting just saved: shown even if the search hides it

    def compose(self) -> ComposeResult:
        yield SearchBox(
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
        yield KeyFooter()

    def on_mount(self) -> None:
        self._header()
        self.follow_book(self._book_changed)
        self.search_for("")

    def _book_changed(self, change: BookChange) -> None:
        self._reveal = change.meeting_id if change.reveal else None
        self.reload(keep=change.meeting_id)

    def on_resize(self) -> None:
        # Below NARROW columns the list takes the whole width and the preview is hidden: beside
        # it the titles had 12 characters; Enter opens the whole record.
        self.set_class(self.size.width < NARROW, "-narrow")
        self.call_after_refresh(self._header)

    def _header(self) -> None:
        width = self.query_one(MeetingList).scrollable_content_region.width or self.size.width
        columns = Columns.for_width(width)
        line = columns.line(_("Date"), _("Title"), _("Chaired by"), _("Place"), _("Present"))
        line = fit(line, width)
        self.query_one("#list-header", Static).update(Text(line, style="bold"))

    def _load_summaries(self, ids: Sequence[int]) -> list[store.MeetingSummary]:
        return self.book.summaries(ids)

    # Searching --------------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        # What runs for the text before this key can no longer be shown: stopped now, it does
        # not share the processor with the search for this one.
        self._stop_running_search()
        self.query_one(MeetingList).stop_reading_ahead()
        self._resting.cancel()  # the preview follows the cursor in the result to come
        self._typing(lambda: self.search_for(event.value))

    @on(Input.Submitted, "#search")
    def _submitted(self) -> None:
        self.action_leave_search()

    def search_for(self, text: str, keep: int | None = None) -> None:
        """Read the query here, so a malformed one is reported at once and leaves the search
        already running (and the list shown) alone; run a good one in the worker."""
        try:
            query = store.parse_query(text, typing=True)  # a phrase may be still open
        except store.QueryError as exc:
            self._show_status(str(exc), error=True)
            meetings = self.query_one(MeetingList)
            if self.previewed != meetings.current_id:  # its preview was put off by the key
                self._follow(meetings.current_id)
            return
        screenful = self.query_one(MeetingList).rows_on_screen(two_lines=explains(query))
        self.run_search(query, text, keep, screenful)

    @work(exclusive=True, thread=True, group="search")
    def run_search(self, query: store.Query, text: str, keep: int | None, screenful: int) -> None:
        """Search in a worker; drop the result if the box has changed since."""
        worker = get_current_worker()
        cancel = store.Cancel()
        self._stop_running_search()
        self._running_search = cancel
        try:
            asked = Found(query, text, self._explainer(query), screenful)
            found = self._search_ids(asked, keep, cancel)
        except store.SearchCancelled:
            return  # interrupted by a newer search: nothing to show
        finally:
            if self._running_search is cancel:
                self._running_search = None
        if found is not None and not worker.is_cancelled:
            hand_back(self, self._show_result, found, keep)

    def _search_ids(self, found: Found, keep: int | None, cancel: store.Cancel) -> Found | None:
        """The first page at once, then every id for scrolling: on a big book the first page
        of a common word is a few ms, the whole ordered list a hundred or more. The summaries of
        the rows on screen, and where each matched, are read here too, so the UI thread only
        draws them; the rows around them (a record read and searched each for where it matched,
        about 1 ms) are read by the list once these are drawn (`MeetingList`'s read-ahead)."""
        worker = get_current_worker()
        query, order = found.query, self.order
        first = self.book.search(
            query, limit=FIRST_PAGE, count=False, cancel=cancel, order=order
        ).ids
        # The rows on screen: from the top, or around `keep` (the list puts it mid-screen).
        at = first.index(keep) if keep in first else 0
        shown = first[max(0, at - found.screenful) : at + found.screenful]
        found.rows = self.book.summaries(shown, cancel=cancel)
        if found.explain is not None:
            stale = lambda: cancel.cancelled or worker.is_cancelled  # noqa: E731
            found.matched = found.explain(shown, stale)
            if stale():
                return None
        found.ids = first
        if len(first) < FIRST_PAGE:
            return found
        if keep is None:
            hand_back(self, self._show_result, found, keep, partial=True)
            # The whole ordered list waits until the typing pauses, so it never competes
            # with the next keystroke's search.
            time.sleep(FULL_LIST_DELAY)
        if worker.is_cancelled:
            return None
        found.ids = self.book.search(query, limit=None, cancel=cancel, order=order).ids
        return found  # with the first page's rows: the list shows them again around `keep`

    def _explainer(self, query: store.Query) -> Explainer | None:
        """How the list learns where each meeting matched `query` (None: a date, a document, a
        status say it themselves): the records of a page, read in the list's worker."""
        if not explains(query):
            return None

        def explain(ids: Sequence[int], stop: Stop) -> dict[str, store.Why | None]:
            said: dict[str, store.Why | None] = {}
            for start in range(0, len(ids), EXPLAIN_CHUNK):
                if stop():
                    break
                for record in self.book.meetings(ids[start : start + EXPLAIN_CHUNK]):
                    said[record.uid or ""] = store.why(record, query)
            return said

        return explain

    def _stop_running_search(self) -> None:
        """Interrupt a stale search still running in another thread (`store.Cancel`: SQLite
        stops at once, PostgreSQL is asked to; either way its result is dropped)."""
        running = self._running_search
        if running is not None:
            running.cancel()

    def _show_result(self, found: Found, keep: int | None, *, partial: bool = False) -> None:
        text, ids, rows = found.text, found.ids, found.rows
        if self.query_one("#search", Input).value != text:
            return  # stale: the person has typed on
        if self._hidden_by_search(found, keep, partial=partial):
            return
        meetings = self.query_one(MeetingList)
        self.visible_query = text
        self._shown_search = found.query
        self._said = None
        shown = {"explain": found.explain, "matched": found.matched}
        if partial:
            meetings.show_ids(ids, rows=rows, **shown)
            self._say_count(_("{total}+ meetings…", total=len(ids)), found)
            return
        first_page_shown = meetings.ids[: len(ids)] == ids[: len(meetings.ids)]
        if keep is None and self._shown_query != text and first_page_shown:
            keep = meetings.current_id  # the full list after the first page: stay where you are
        if self._shown_query is None:
            gc.freeze()  # the screen is built: its widgets and styles live on (see MinuteBookApp)
        self._shown_query = text
        meetings.show_ids(ids, keep=keep, rows=rows, **shown)
        if len(ids) == 1:
            self._show_status(_("1 meeting"))
        elif ids:
            self._say_count(plural(len(ids), "1 meeting", "{count} meetings"), found)
        elif text.strip():
            self._show_status(_("No meetings match."))
            self.query_one(RecordPreview).clear()
        else:
            self._show_status(_("The book is empty: press n to record a meeting."))
            self.query_one(RecordPreview).clear()

    def _hidden_by_search(self, found: Found, keep: int | None, *, partial: bool) -> bool:
        """A meeting just saved that the search would hide (a new one, while `khang` is still
        in the box): clear the search and show every meeting, the saved one highlighted. True
        when the search was cleared and this result is not to be shown."""
        reveal = self._reveal
        if reveal is None or partial or keep != reveal:
            return False
        self._reveal = None
        if reveal in found.ids or not found.text.strip():
            return False
        search = self.query_one("#search", Input)
        with search.prevent(Input.Changed):  # not a search typed: no debounced one follows
            search.value = ""
        self.search_for("", keep=reveal)
        return True

    def _say_count(self, count: str, found: Found) -> None:
        self._said = (count, found)
        self._show_status(count + self._order_said(found))

    def _restate_count(self) -> None:
        """Say the count again, once the list has the focus: the key that switches the order is
        not active while the search box takes every letter typed, so it was not named."""
        if self._said is not None and self._said[1].text == self.visible_query:
            self._say_count(*self._said)

    def _order_said(self, found: Found) -> str:
        """The order, where there is a choice (free words), and the key that switches it:
        ` · best match first (s: newest first)`."""
        if not any(match.tokens for match in found.query.text):
            return ""
        if self.order == "relevance":
            said, other = _("best match first"), _("newest first")
        else:
            said, other = _("newest first"), _("best match first")
        key = self._key_of("browse.sort")
        return f" · {said}" + (f" ({key}: {other})" if key else "")

    def _key_of(self, binding_id: str) -> str:
        """The key bound to `binding_id` as shown to people (keys can be rebound)."""
        for active in self.active_bindings.values():
            if active.binding.id == binding_id:
                return active.binding.key_display or self.app.get_key_display(active.binding)
        return ""

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
        self._follow(event.meeting_id)

    def _follow(self, meeting_id: int | None) -> None:
        # The preview follows the cursor once it rests: holding a key down redraws two lines of
        # the list per step, not the whole preview pane.
        self._resting.cancel()
        if meeting_id is not None:
            query = self._shown_search
            self._resting(
                lambda: self.load_preview(
                    meeting_id, self.query_one(RecordPreview).line_width, query
                )
            )

    @work(exclusive=True, thread=True, group="preview")
    def load_preview(self, meeting_id: int, width: int, query: store.Query | None = None) -> None:
        """Read the record and lay its lines out here, so the UI thread only paints them;
        above the record, where it matched `query` (the search shown)."""
        try:
            record = self.book.meeting(meeting_id)
        except store.NotFound:
            return
        text = record_text(record, notes=False)
        why = store.why(record, query) if query is not None and explains(query) else None
        if why is not None:
            text = matched_line(why, whole=True) + Text("\n\n") + text
        lines = layout(self.app.console, text, width)
        hand_back(self, self._show_preview, meeting_id, text, lines)

    def _show_preview(self, meeting_id: int, text: Text, lines: list[Strip]) -> None:
        if self.query_one(MeetingList).current_id == meeting_id:
            self.query_one(RecordPreview).show(text, lines)
            self.previewed = meeting_id

    # Actions ----------------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_leave_search(self) -> None:
        self.query_one(MeetingList).focus()
        self.call_after_refresh(self._restate_count)

    def action_list_from_search(self) -> None:
        """↓ in the search box: into the results, on the first (best) one."""
        self.query_one(MeetingList).action_first()
        self.action_leave_search()

    def action_refresh(self) -> None:
        self.reload(self.query_one(MeetingList).current_id)

    def action_toggle_sort(self) -> None:
        """Best match first ⇄ newest first, staying on the meeting highlighted."""
        self.order = "newest" if self.order == "relevance" else "relevance"
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
        hand_back(self, self.app.new_meeting, template)

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
                title = toast_title(self.app, record.title)
                message = _("Deleted: {title} (press u to undo)", title=title)
                self.app.meeting_toasts.say(meeting_id, message)

        self.app.push_screen(confirm_delete(meeting_id, title), answered)

    def action_people(self) -> None:
        self.app.open_people()

    def action_decisions(self) -> None:
        self.app.open_decisions()

    def action_trash(self) -> None:
        self.app.open_trash()
