"""The trash (`TrashScreen`): the meetings deleted, the latest deletion first; bringing them back.

Each line gives the meeting's number, its date, its title, when it was deleted (local time) and by
whom; the highlighted meeting's whole record shows below it, drawn as everywhere (`record_text`).
Enter or `r` brings it back under its own number, exactly as it was, and opens it in place of the
trash; `E` empties the trash after a question that says how many meetings will be destroyed for
good. The trash is read in a worker, and again whenever the app says the book changed. Restoring
and emptying go through the app (`restore_from_trash`, `empty_trash`), which keeps its undo list
(`u` on the home screen) in step.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

import store
from tui.i18n import _, plural
from tui.screens.base import BookChange, BookScreen
from tui.screens.dialogs import ConfirmDialog
from tui.threads import hand_back
from tui.widgets.cells import cell
from tui.widgets.key_footer import KeyFooter
from tui.widgets.record_preview import record_text, when_saved

# Records read with the list, for the dates and the preview; a bigger trash still lists every
# meeting, and the rest are read when highlighted.
READ_AHEAD = 300
# Cells of the columns other than the title (number, date, deleted, by) and of the table's
# padding and scrollbar: the title takes what is left of the screen's width.
NUMBER, DATE, DELETED, BY = 5, 16, 16, 14
OTHERS = NUMBER + DATE + DELETED + BY + 2 * 5 + 2


class TrashScreen(BookScreen[None]):
    """The deleted meetings; Enter or r restores the highlighted one, E empties the trash."""

    BINDINGS = [
        Binding("escape", "back", _("Back"), id="trash.back"),
        Binding("r", "restore", _("Restore"), key_display="r/⏎", id="trash.restore"),
        Binding("E", "empty", _("Empty the trash"), id="trash.empty"),
        Binding("f5", "refresh", _("Refresh"), show=False, id="trash.refresh"),
    ]
    DEFAULT_CSS = """
    TrashScreen #trash-title {
        height: 1; padding: 0 1; text-style: bold; text-wrap: nowrap; text-overflow: ellipsis;
    }
    TrashScreen #trash-list { height: auto; max-height: 50%; }
    TrashScreen #trash-preview {
        height: 1fr; padding: 0 2; border-top: solid $primary 50%;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Any] = []  # Book.trash()'s entries, the latest deletion first
        self.records: dict[int, store.MeetingRecord] = {}  # by number, as read ahead
        self.loaded = False  # the trash has been read at least once

    def compose(self) -> ComposeResult:
        yield Static(Text(_("Loading…")), id="trash-title")
        yield DataTable(id="trash-list", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="trash-preview"):
            yield Static(id="trash-record")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#trash-list", DataTable)
        table.add_column("#", width=NUMBER, key="number")
        table.add_column(_("Date"), width=DATE, key="date")
        table.add_column(_("Title"), key="title")
        table.add_column(_("Deleted"), width=DELETED, key="deleted")
        table.add_column(_("By"), width=BY, key="by")
        table.focus()
        self.follow_book(self._book_changed)
        self.load()

    def _book_changed(self, change: BookChange) -> None:
        self.load()

    # Reading ----------------------------------------------------------------------------------

    @work(exclusive=True, thread=True, group="trash-load")
    def load(self, keep: int | None = None) -> None:
        entries = self.book.trash()
        records = {}
        for entry in entries[:READ_AHEAD]:
            try:
                records[entry.meeting_id] = self.book.trashed(entry.meeting_id)
            except store.StoreError:  # restored or purged meanwhile: the next read drops it
                continue
        hand_back(self, self._show, entries, records, keep)

    def _show(
        self, entries: list[Any], records: dict[int, store.MeetingRecord], keep: int | None
    ) -> None:
        if self.closed:
            return
        table = self.query_one("#trash-list", DataTable)
        if keep is None and table.row_count and self.entries:
            keep = self.current_id
        self.entries, self.records, self.loaded = entries, records, True
        self._fill(keep)

    def _fill(self, keep: int | None = None) -> None:
        """Lay the rows out for the screen's width; the cursor on `keep` if it is still here."""
        table = self.query_one("#trash-list", DataTable)
        # The app's width until the screen has its own (a read can land before the first layout).
        title_width = max(12, (self.size.width or self.app.size.width) - OTHERS)
        table.clear()
        for entry in self.entries:
            table.add_row(*self._row(entry, title_width), key=str(entry.meeting_id))
        count = len(self.entries)
        if count == 0:
            heading = _("The trash is empty: deleted meetings wait here until it is emptied.")
        else:
            heading = plural(count, "Trash: 1 meeting", "Trash: {count} meetings")
        self.query_one("#trash-title", Static).update(Text(heading))
        ids = [entry.meeting_id for entry in self.entries]
        if keep in ids:
            table.move_cursor(row=ids.index(keep))
        self._preview()

    def _row(self, entry: Any, title_width: int) -> tuple[Text, ...]:
        record = self.records.get(entry.meeting_id)
        if record is not None:
            date = store.date_label(record.date, record.part_of_day)
        else:
            date = entry.date.strftime("%d/%m/%Y")
        return (
            Text(f"#{entry.meeting_id}"),
            cell(date, DATE),
            cell(entry.title, title_width),
            Text(when_saved(entry.deleted_at)),
            cell(entry.deleted_by, BY),
        )

    def on_resize(self) -> None:
        if self.loaded:
            self._fill(self.current_id)

    @property
    def closed(self) -> bool:
        """The screen's widgets are gone (a restored meeting opened in its place): a read that
        lands now has nowhere to show."""
        return not self.query("#trash-list")

    @property
    def current_id(self) -> int | None:
        """The number of the highlighted meeting (None: the trash is empty)."""
        table = self.query_one("#trash-list", DataTable)
        if not self.entries or not 0 <= table.cursor_row < len(self.entries):
            return None
        return int(self.entries[table.cursor_row].meeting_id)

    # The preview ------------------------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#trash-list")
    def _highlighted(self) -> None:
        self._preview()

    def _preview(self) -> None:
        meeting_id = self.current_id
        shown = self.query_one("#trash-record", Static)
        if meeting_id is None:
            shown.update(Text())
        elif meeting_id in self.records:
            shown.update(record_text(self.records[meeting_id]))
        else:
            shown.update(Text(_("Loading…"), style="dim"))
            self.read_record(meeting_id)

    @work(exclusive=True, thread=True, group="trash-record")
    def read_record(self, meeting_id: int) -> None:
        """A record beyond those read with the list, read when it is highlighted."""
        try:
            record = self.book.trashed(meeting_id)
        except store.StoreError:
            return
        hand_back(self, self._read, meeting_id, record)

    def _read(self, meeting_id: int, record: store.MeetingRecord) -> None:
        if self.closed:
            return
        self.records[meeting_id] = record
        if self.current_id == meeting_id:
            self._preview()

    # Restoring --------------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#trash-list")
    def _selected(self) -> None:
        self.action_restore()

    def action_restore(self) -> None:
        meeting_id = self.current_id
        if meeting_id is not None:
            self.restore(meeting_id)

    @work(exclusive=True, thread=True, group="trash-restore")
    def restore(self, meeting_id: int) -> None:
        try:
            record = self.app.restore_from_trash(meeting_id)
        except store.StoreError as exc:  # restored elsewhere meanwhile, or its number taken
            hand_back(self, self._failed, str(exc))
            return
        hand_back(self, self._restored, meeting_id, record)

    def _failed(self, message: str) -> None:
        self.app.notify(store.one_line(message), severity="error", markup=False)
        self.load()

    def _restored(self, meeting_id: int, record: store.MeetingRecord) -> None:
        title = store.one_line(record.title)
        self.app.notify(_("Restored: #{number} {title}", number=meeting_id, title=title),
                        markup=False)  # fmt: skip
        self.app.changed(meeting_id)  # the home list puts its cursor on it
        self.app.open_meeting(meeting_id, instead=True)

    # Emptying ---------------------------------------------------------------------------------

    def action_empty(self) -> None:
        count = len(self.entries)
        if count == 0:
            self.app.notify(_("The trash is already empty."))
            return
        if count == 1:
            question = _(
                "Empty the trash? 1 meeting will be destroyed for good, with its history. "
                "This cannot be undone."
            )
        else:
            question = _(
                "Empty the trash? {count} meetings will be destroyed for good, with their "
                "history. This cannot be undone.",
                count=count,
            )
        dialog = ConfirmDialog(question, yes=_("Destroy for good"), no=_("Keep"))
        self.app.push_screen(dialog, callback=self._empty_confirmed)

    def _empty_confirmed(self, yes: bool | None) -> None:
        if yes:
            self.empty()

    @work(exclusive=True, thread=True, group="trash-empty")
    def empty(self) -> None:
        try:
            purged = self.app.empty_trash()
        except store.StoreError as exc:
            hand_back(self, self._failed, str(exc))
            return
        hand_back(self, self._emptied, len(purged))

    def _emptied(self, count: int) -> None:
        self.app.notify(
            plural(count, "1 meeting destroyed for good.", "{count} meetings destroyed for good.")
        )
        self.app.changed()  # this screen follows the book: it reads the trash again

    # Leaving ----------------------------------------------------------------------------------

    def action_refresh(self) -> None:
        self.load(self.current_id)

    def action_back(self) -> None:
        self.dismiss(None)
