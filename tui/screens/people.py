"""The people directory (`PeopleScreen`).

The directory lists everyone with their meeting count, last title and the day last seen; the filter
box narrows it as you type (diacritics optional: the store's one matcher, `store.matches`) in a
worker, dropping results the box has moved on from. Names come as a Vietnamese list of people has
them, by given name, then middle and family name; `s` switches to the whole name as written (both
in the Vietnamese alphabet: `store.sort_people`). `d` shows only possible duplicates, names equal
without diacritics. Enter opens a person's own page (`tui.screens.person`, with rename and merge)
through the app, from the filter box too when the filter leaves one person (else it moves to the
list); the directory reads itself again whenever the book changes. After a merge it says
that `u` here undoes it (`Book.undo_merge`: the other name is a person again, with their meetings),
as the home list's `u` undoes a delete; `u` is in the footer while a merge can be undone.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Input, Static

import store
from store import PersonSummary, StoreError, one_line
from tui.debounce import Debounce
from tui.i18n import _, plural
from tui.screens.base import BookChange, BookScreen
from tui.threads import hand_back
from tui.widgets.cells import cell, set_columns
from tui.widgets.key_footer import KeyFooter

DEBOUNCE = 0.12  # seconds after the last key before filtering
# A DataTable measures every cell it is given on the UI thread (0.3 s per 1,000 rows), so
# the directory shows this many at once (about 0.3 s); typing part of a name finds anyone beyond.
LIMIT = 1000


NARROW = 120  # columns under which names get less room, and titles more
SEEN = 10  # the day last seen: 15/03/2024


def column_widths(width: int) -> tuple[int, int, int]:
    """(name, meeting count, last title) for a table `width` cells wide: the title, the longest
    cell, gets what the others leave, cut with "…" where it is longer."""
    name = 24 if width < NARROW else 32
    count = max(5, cell_len(_("Meetings")))
    # The cells' padding (2 each) and the scrollbar.
    return name, count, max(16, width - name - count - SEEN - 4 * 2 - 2)


def person_row(person: PersonSummary, width: int) -> tuple[Text, ...]:
    """One directory line: name, meeting count, last title, day last seen."""
    name, _count, title = column_widths(width)
    return (
        cell(person.name, name),
        Text(str(person.meetings), justify="right"),
        cell(person.last_title, title),
        Text(person.last_date.display() if person.last_date else ""),
    )


class PeopleScreen(BookScreen[None]):
    """Everyone in the book; Enter opens a person's page."""

    BINDINGS = [
        Binding("slash", "focus_filter", _("Filter"), id="people.filter"),
        Binding("d", "toggle_duplicates", _("Possible duplicates"), id="people.duplicates"),
        Binding("s", "toggle_order", _("Sort"), id="people.sort"),
        Binding(
            "u",
            "undo_merge",
            _("Undo merge"),
            id="people.undo",
            tooltip=_("Bring back the person the last merge took away, with their meetings"),
        ),
        Binding("escape", "back", _("Back"), id="people.back"),
        Binding("f5", "refresh", _("Refresh"), show=False, id="people.refresh"),
    ]
    DEFAULT_CSS = """
    PeopleScreen .screen-title { padding: 0 1; }
    PeopleScreen #people-filter { margin: 0 1; }
    PeopleScreen #people-status { height: 1; padding: 0 2; color: $text-muted; }
    PeopleScreen #people { height: 1fr; width: 100%; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._typing = Debounce(self, DEBOUNCE)
        self.duplicates_only = False
        self.order = "name"  # store.PEOPLE_ORDERS: by given name; `s` switches to the full name
        self.people: dict[int, PersonSummary] = {}
        self.shown_filter: str | None = None  # what the box held for the list shown
        # Enter was pressed in the box before its list came: open the one person it shows.
        self._open_single_for: str | None = None
        self.can_undo = False  # a merge not yet undone: `u` is live

    def compose(self) -> ComposeResult:
        yield Static(Text(_("People directory"), style="bold"), classes="screen-title")
        yield Input(placeholder=_("Filter by name (diacritics optional)"), id="people-filter")
        yield Static(id="people-status")
        yield DataTable(id="people", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#people", DataTable).focus()
        self.follow_book(self._book_changed)
        self.reload()

    def on_resize(self, event: events.Resize) -> None:
        # The columns' widths follow the screen's (column_widths): lay the rows out again.
        if self.shown_filter is not None:
            self.reload()

    def _book_changed(self, change: BookChange) -> None:
        if change.merged:  # the duplicates were put right: back to the whole directory
            self.duplicates_only = False
            self.notify(_("Press u in the people directory to undo the merge."))
        self.reload()  # a name, a count or a last title may have changed

    # Loading ----------------------------------------------------------------------------------

    @on(Input.Changed, "#people-filter")
    def _typed(self, event: Input.Changed) -> None:
        self._typing(lambda: self.load(event.value, self.duplicates_only, self.order))

    @on(Input.Submitted, "#people-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.shown_filter == event.value:
            self._open_if_single()
        else:  # the list for what was typed is still coming
            self._open_single_for = event.value
        self.query_one("#people", DataTable).focus()

    def _open_if_single(self) -> None:
        """A filter that leaves one person: Enter opens them, as Enter on their row would."""
        self._open_single_for = None
        if len(self.people) == 1 and self.query_one("#people-filter", Input).value.strip():
            self.app.open_person(next(iter(self.people)))

    def reload(self) -> None:
        """Read the list again for what the box holds (after a rename or merge)."""
        self.load(self.query_one("#people-filter", Input).value, self.duplicates_only, self.order)

    @work(exclusive=True, thread=True, group="people")
    def load(self, text: str, duplicates_only: bool, order: str) -> None:
        if duplicates_only:
            # Each group stays together (in the store's order): the order is of the groups.
            groups = self.book.possible_duplicates()
            people = [p for group in groups for p in group if store.matches(text, p.name)]
        else:
            people = store.sort_people(self.book.people(text), order)
        # The cells are built here, off the UI thread; only adding them to the table is not.
        width = self.size.width or self.app.size.width
        rows = [(str(p.id), person_row(p, width)) for p in people[:LIMIT]]
        can_undo = self.book.last_merge() is not None
        asked = (text, duplicates_only, order)
        hand_back(self, self._show, asked, people, rows, width)
        hand_back(self, self._undoable, can_undo)

    def _undoable(self, can_undo: bool) -> None:
        if can_undo != self.can_undo:
            self.can_undo = can_undo
            self.refresh_bindings()

    def _show(
        self,
        asked: tuple[str, bool, str],
        people: list[PersonSummary],
        rows: list[tuple[str, tuple[Text, ...]]],
        width: int,
    ) -> None:
        text, duplicates_only, order = asked
        if self.query_one("#people-filter", Input).value != text:
            return  # stale: the box has changed since this search started
        if (duplicates_only, order) != (self.duplicates_only, self.order):
            return
        self.shown_filter = text
        table = self.query_one("#people", DataTable)
        keep = self.current_id
        self.people = {p.id: p for p in people[: len(rows)]}
        self._lay_out_columns(table, width)
        for key, cells in rows:
            table.add_row(*cells, key=key)
        if keep is not None and keep in self.people:
            table.move_cursor(row=table.get_row_index(str(keep)), animate=False)
        self._status(len(people), len(rows), bool(text.strip()))
        if self._open_single_for == text:
            self._open_if_single()

    def _lay_out_columns(self, table: DataTable, width: int) -> None:
        """The table emptied, its columns as wide as its rows were cut for (`set_columns`)."""
        name, count, title = column_widths(width)
        set_columns(table, (
            (_("Name"), "name", name), (_("Meetings"), "meetings", count),
            (_("Last title"), "title", title), (_("Last seen"), "seen", SEEN),
        ))  # fmt: skip

    def _status(self, count: int, shown: int, filtered: bool) -> None:
        if self.duplicates_only:
            message = (
                _("{count} people whose names are the same without diacritics.", count=count)
                if count
                else _("No possible duplicates.")
            )
        elif shown < count:
            message = _("{shown} of {count} shown: type more of the name.", shown=shown,
                        count=count)  # fmt: skip
        elif count:
            message = plural(count, "1 person", "{count} people")
        else:
            message = _("No one matches.") if filtered else _("No people in the book yet.")
        if count and not self.duplicates_only:
            order = _("by given name") if self.order == "name" else _("by full name")
            message = f"{message} · {order}"
        self.query_one("#people-status", Static).update(Text(message))

    @property
    def current_id(self) -> int | None:
        table = self.query_one("#people", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return int(key) if key is not None else None

    # Actions ----------------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#people")
    def _open(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.open_person(int(event.row_key.value))

    def action_focus_filter(self) -> None:
        self.query_one("#people-filter", Input).focus()

    def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self.query_one("#people", DataTable).focus()
        elif self.duplicates_only:  # back to the whole directory first, as one would expect
            self.action_toggle_duplicates()
        else:
            self.dismiss()

    def action_toggle_duplicates(self) -> None:
        self.duplicates_only = not self.duplicates_only
        self.reload()

    def action_toggle_order(self) -> None:
        """By given name ⇄ by the whole name, staying on the person highlighted."""
        self.order = "full" if self.order == "name" else "name"
        self.reload()

    def action_refresh(self) -> None:
        self.reload()

    # Undoing a merge --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo_merge":
            return self.can_undo  # shown only while a merge can be undone
        return True

    def action_undo_merge(self) -> None:
        self.undo_merge()

    @work(exclusive=True, thread=True, group="people-undo")
    def undo_merge(self) -> None:
        """Undo the newest merge; a refusal (a meeting changed since) is said in one line."""
        try:
            undone = self.book.undo_merge()
        except store.NotFound:
            hand_back(self, self.notify, _("Nothing to undo."))
            return
        except StoreError as exc:
            hand_back(self, self.notify, one_line(str(exc)), severity="error", markup=False)
            return
        message = plural(  # not `{other}`: plural() takes the plural form by that name
            undone.meetings,
            "Merge undone: {removed} is a person again, in 1 meeting.",
            "Merge undone: {removed} is a person again, in {count} meetings.",
            removed=one_line(undone.removed_name),
        )
        hand_back(self, self._unmerged, message)

    def _unmerged(self, message: str) -> None:
        self.notify(message, markup=False)
        self.app.changed()  # this list and every page that shows names read again
