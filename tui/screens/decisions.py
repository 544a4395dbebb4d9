"""The open decisions of the whole book (`DecisionsScreen`): who does what by when, overdue first.

The filter box narrows the list by the responsible person or body as you type (diacritics optional,
in a worker, stale results dropped). Enter opens the decision's meeting; `x` (or space) asks, naming
the decision, then marks it done through its meeting's record, checking the meeting's version so a
change made elsewhere is not overwritten; `u` right after sets it back to open (the list shows open
decisions only, so the way back is the undo). Both are saves of the meeting, kept in its history.
The list, the matching of the filter and the rules are the book's (`Book.open_decisions`,
`Book.set_decision_status`); a meeting opens through the app, and the list reads itself again
whenever the book changes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Input, Static

from store import OpenDecision, StoreError, VersionConflict, one_line
from tui.debounce import Debounce
from tui.i18n import _, plural
from tui.screens.base import BookChange, BookScreen
from tui.screens.dialogs import ConfirmDialog
from tui.threads import hand_back
from tui.widgets.cells import cell, set_columns
from tui.widgets.key_footer import KeyFooter

DEBOUNCE = 0.12  # seconds after the last key before filtering

# Rows shown at once: a DataTable measures every cell on the UI thread (0.3 s per 1,000 rows);
# overdue and soonest-due come first, and the filter finds the rest.
LIMIT = 1000
NARROW = 120  # columns under which the meeting column shows only its date
DUE_WIDTH = 12  # a date and its overdue mark ("31/12/2024 !")


def row_key(decision: OpenDecision) -> str:
    return f"{decision.meeting_id}:{decision.position}"


def column_widths(width: int) -> tuple[int, int, int]:
    """(responsible, decision text, meeting) for a screen `width` cells wide. The text gets the
    room: below NARROW columns the meeting is its date alone (the line under the list names it
    whole) and the responsible body is cut shorter."""
    if width < NARROW:
        responsible, meeting = max(12, width // 5), 10
    else:
        responsible, meeting = 34, 36
    # Due (DUE_WIDTH), the cells' padding (2 each) and the scrollbar.
    return responsible, max(20, width - DUE_WIDTH - responsible - meeting - 4 * 2 - 2), meeting


def decision_row(decision: OpenDecision, width: int) -> tuple[Text, ...]:
    """One line of the list: due (marked when overdue), responsible, text, meeting."""
    due = Text(decision.due.display() if decision.due else "")
    if decision.overdue:
        due.append(" !")
        due.stylize("bold red")
    responsible, text, meeting = column_widths(width)
    when = decision.meeting_date.display()
    return (
        due,
        cell(decision.responsible, responsible),
        cell(decision.text, text),
        # Narrow: the date alone, for every meeting alike (a year-only "2024" had room for the
        # start of its title, a full date none); the line under the list names the meeting.
        cell(when if width < NARROW else f"{when} {decision.meeting_title}", meeting),
    )


def detail_text(decision: OpenDecision) -> Text:
    """The highlighted decision whole: the table cuts long texts."""
    detail = Text(_(decision.kind), style="bold")
    if decision.due:
        detail.append(f" · {_('due')}: {decision.due.display()}")
        if decision.overdue:
            detail.append(" (" + _("overdue") + ")", style="bold red")
    if decision.responsible:
        detail.append(f" · {_('responsible')}: {one_line(decision.responsible)}")
    detail.append("\n" + one_line(decision.text))
    meeting = f"{decision.meeting_date.display()} {one_line(decision.meeting_title)}"
    detail.append("\n" + meeting, style="dim")
    return detail


class DecisionsScreen(BookScreen[None]):
    """Every open decision across meetings, overdue first."""

    BINDINGS = [
        Binding("slash", "focus_filter", _("Filter"), id="decisions.filter"),
        Binding("x,space", "done", _("Mark done"), id="decisions.done"),
        Binding("u", "undo_done", _("Undo mark done"), id="decisions.undo"),
        Binding("escape", "back", _("Back"), id="decisions.back"),
        Binding("f5", "refresh", _("Refresh"), show=False, id="decisions.refresh"),
    ]
    DEFAULT_CSS = """
    DecisionsScreen .screen-title { padding: 0 1; }
    DecisionsScreen #decisions-filter { margin: 0 1; }
    DecisionsScreen #decisions-status { height: 1; padding: 0 2; color: $text-muted; }
    DecisionsScreen #decisions-status.error { color: $error; }
    DecisionsScreen #decisions { height: 1fr; width: 100%; }
    DecisionsScreen #decision-detail {
        height: auto; max-height: 8; padding: 0 1; border-top: solid $primary 50%;
    }
    """

    def __init__(self, *, today: date | None = None) -> None:
        super().__init__()
        self._today = today  # tests pin the day; None means the real today at each load
        self._typing = Debounce(self, DEBOUNCE)
        self.decisions: dict[str, OpenDecision] = {}
        self.shown_filter: str | None = None  # what the box held for the list shown
        # The decision marked done last, and its meeting's version then: `u` sets it back.
        self.last_done: tuple[OpenDecision, int] | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text(_("Open decisions"), style="bold"), classes="screen-title")
        yield Input(
            placeholder=_("Filter by responsible person or body (diacritics optional)"),
            id="decisions-filter",
        )
        yield Static(id="decisions-status")
        yield DataTable(id="decisions", cursor_type="row", zebra_stripes=True)
        yield Static(id="decision-detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#decisions", DataTable).focus()
        self.follow_book(self._book_changed)
        self.reload()

    def _book_changed(self, change: BookChange) -> None:
        self.reload()

    def on_resize(self, event: events.Resize) -> None:
        # The columns' widths follow the screen's (column_widths): lay the rows out again.
        if self.shown_filter is not None:
            self.reload()

    # Loading ----------------------------------------------------------------------------------

    @on(Input.Changed, "#decisions-filter")
    def _typed(self, event: Input.Changed) -> None:
        self._typing(lambda: self.load(event.value))

    @on(Input.Submitted, "#decisions-filter")
    def _submitted(self) -> None:
        self.query_one("#decisions", DataTable).focus()

    def reload(self, message: str | None = None) -> None:
        """Read the list again for what the box holds; `message` replaces the count line."""
        self.load(self.query_one("#decisions-filter", Input).value, message)

    @work(exclusive=True, thread=True, group="decisions")
    def load(self, text: str, message: str | None = None) -> None:
        found = self.book.open_decisions(responsible=text, today=self._today, limit=LIMIT)
        # The cells are built here, off the UI thread; only adding them to the table is not.
        width = self.size.width or self.app.size.width
        rows = [decision_row(d, width) for d in found]
        hand_back(self, self._show, text, found, rows, width, message)

    def _show(
        self,
        text: str,
        found: list[OpenDecision],
        rows: list[tuple[Text, ...]],
        width: int,
        message: str | None,
    ) -> None:
        if self.query_one("#decisions-filter", Input).value != text:
            return  # stale: the box has changed since this search started
        self.shown_filter = text
        table = self.query_one("#decisions", DataTable)
        row = table.cursor_row
        self.decisions = {row_key(d): d for d in found}
        self._lay_out_columns(table, width)
        for decision, cells in zip(found, rows, strict=True):
            table.add_row(*cells, key=row_key(decision))
        if found:
            table.move_cursor(row=min(row, len(found) - 1), animate=False)
        else:
            self.query_one("#decision-detail", Static).update("")
        self._say(message or self._count(found, bool(text.strip())), error=bool(message))

    def _lay_out_columns(self, table: DataTable, width: int) -> None:
        """The table emptied, its columns as wide as its rows were cut for (`set_columns`)."""
        responsible, text, meeting = column_widths(width)
        set_columns(table, (
            (_("Due"), "due", DUE_WIDTH), (_("Responsible"), "responsible", responsible),
            (_("Decision"), "text", text), (_("Meeting"), "meeting", meeting),
        ))  # fmt: skip

    def _count(self, found: list[OpenDecision], filtered: bool) -> str:
        if not found:
            return _("No open decisions match.") if filtered else _("No open decisions.")
        overdue = sum(d.overdue for d in found)
        if len(found) >= LIMIT:
            return _("The first {count} open decisions ({overdue} overdue): filter to narrow.",
                     count=len(found), overdue=overdue)  # fmt: skip
        return plural(len(found), "1 open decision, {overdue} overdue",
                      "{count} open decisions, {overdue} overdue", overdue=overdue)  # fmt: skip

    def _say(self, message: str, *, error: bool = False) -> None:
        status = self.query_one("#decisions-status", Static)
        status.set_class(error, "error")
        status.update(Text(one_line(message)))

    @property
    def current(self) -> OpenDecision | None:
        table = self.query_one("#decisions", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.decisions.get(key or "")

    @on(DataTable.RowHighlighted, "#decisions")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        decision = self.decisions.get(event.row_key.value or "")
        if decision is not None:
            self.query_one("#decision-detail", Static).update(detail_text(decision))

    # Actions ----------------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#decisions")
    def _open(self, event: DataTable.RowSelected) -> None:
        decision = self.decisions.get(event.row_key.value or "")
        if decision is not None:
            self.app.open_meeting(decision.meeting_id)

    def action_done(self) -> None:
        decision = self.current
        if decision is None:
            return
        question = _("Mark this decision done?\n\n{decision}\n\nu sets it back to open.",
                     decision=cell(decision.text, 300).plain)  # fmt: skip
        dialog = ConfirmDialog(question, yes=_("Mark done"), no=_("Cancel"))

        def answered(yes: bool | None) -> None:
            if yes:
                self.set_status(decision, "done", decision.meeting_version)

        self.app.push_screen(dialog, answered)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo_done":
            return self.last_done is not None or None  # shown dimmed with nothing to undo
        return True

    def action_undo_done(self) -> None:
        if self.last_done is None:
            self.notify(_("Nothing to undo."))
            return
        decision, version = self.last_done
        self.set_status(decision, "open", version)

    @work(exclusive=True, thread=True, group="decision-done")
    def set_status(self, decision: OpenDecision, status: str, version: int) -> None:
        """Set the decision's status (done, or back to open), expecting its meeting's version."""
        try:
            new_version = self.book.set_decision_status(
                decision.meeting_id, decision.position, status, expected_version=version
            )
        except VersionConflict:
            message = _("That meeting was changed elsewhere: the list is reloaded, try again.")
            hand_back(self, self._conflict, message)
            return
        except StoreError as exc:
            hand_back(self, self._say, one_line(str(exc)), error=True)
            return
        hand_back(self, self._marked, decision, status, new_version)

    def _conflict(self, message: str) -> None:
        self.last_done = None
        self.refresh_bindings()
        self.reload(message)

    def _marked(self, decision: OpenDecision, status: str, version: int) -> None:
        # The meeting's other decisions now carry its new version, until the reload lands.
        for key, other in list(self.decisions.items()):
            if other.meeting_id == decision.meeting_id:
                self.decisions[key] = replace(other, meeting_version=version)
        text = cell(decision.text, 60).plain
        if status == "done":
            self.last_done = (decision, version)
            self.notify(_("Marked done: {decision} (u: undo)", decision=text), markup=False)
        else:
            self.last_done = None
            self.notify(_("Open again: {decision}", decision=text), markup=False)
        self.refresh_bindings()
        self.app.changed(decision.meeting_id)  # this list, and the home list, read again

    def action_focus_filter(self) -> None:
        self.query_one("#decisions-filter", Input).focus()

    def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self.query_one("#decisions", DataTable).focus()
        else:
            self.dismiss()

    def action_refresh(self) -> None:
        self.reload()
