"""The people directory (`PeopleScreen`) and the person picker used to choose whom to merge.

The directory lists everyone with their meeting count, last title and the day last seen; the filter
box narrows it as you type (diacritics optional) in a worker, dropping results the box has moved on
from. `d` shows only possible duplicates, names equal without diacritics. A person's own page, with
rename and merge, is `tui.screens.person`.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from store.display import one_line
from store.people import PersonSummary, list_people, possible_duplicates
from store.text import tokens
from tui.i18n import _

DEBOUNCE = 0.12  # seconds after the last key before filtering
PICKER_LIMIT = 200  # a picker shows this many; typing narrows it
# A DataTable measures every cell it is given on the UI thread (0.3 s per 1,000 rows), so
# the directory shows this many at once (about 0.3 s); typing part of a name finds anyone beyond.
LIMIT = 1000


def cell(value: str | None, width: int | None = None, *, style: str = "") -> Text:
    """User text for a table cell: one line, control characters visible, cut with … to `width`."""
    line = one_line(value)
    if width is not None and cell_len(line) > width:
        line = set_cell_size(line, width - 1) + "…"
    return Text(line, style=style, no_wrap=True)


def name_matches(typed: str, name: str) -> bool:
    """Every typed word starts a word of `name`, diacritics optional: as `list_people` filters."""
    have = tokens(name)
    return all(any(word.startswith(want) for word in have) for want in tokens(typed))


def person_row(person: PersonSummary) -> tuple[Text, ...]:
    """One directory line: name, meeting count, last title, day last seen."""
    return (
        cell(person.name, 40),
        Text(str(person.meetings), justify="right"),
        cell(person.last_title, 70),
        Text(person.last_date.display() if person.last_date else ""),
    )


class PeopleScreen(Screen[None]):
    """Everyone in the book; Enter opens a person's page."""

    BINDINGS = [
        Binding("slash", "focus_filter", _("Filter"), id="people.filter"),
        Binding("d", "toggle_duplicates", _("Possible duplicates"), id="people.duplicates"),
        Binding("escape", "back", _("Back"), id="people.back"),
        Binding("f5", "refresh", _("Refresh"), show=False, id="people.refresh"),
    ]
    DEFAULT_CSS = """
    PeopleScreen .screen-title { padding: 0 1; }
    PeopleScreen #people-filter { margin: 0 1; }
    PeopleScreen #people-status { height: 1; padding: 0 2; color: $text-muted; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._timer: Timer | None = None
        self.duplicates_only = False
        self.people: dict[int, PersonSummary] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text(_("People directory"), style="bold"), classes="screen-title")
        yield Input(placeholder=_("Filter by name (diacritics optional)"), id="people-filter")
        yield Static(id="people-status")
        yield DataTable(id="people", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#people", DataTable)
        table.add_column(_("Name"), key="name")
        table.add_column(_("Meetings"), key="meetings")
        table.add_column(_("Last title"), key="title")
        table.add_column(_("Last seen"), key="seen")
        table.focus()
        self.reload()

    # Loading ----------------------------------------------------------------------------------

    @on(Input.Changed, "#people-filter")
    def _typed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, lambda: self.load(event.value, self.duplicates_only))

    @on(Input.Submitted, "#people-filter")
    def _submitted(self) -> None:
        self.query_one("#people", DataTable).focus()

    def reload(self) -> None:
        """Read the list again for what the box holds (after a rename or merge)."""
        self.load(self.query_one("#people-filter", Input).value, self.duplicates_only)

    @work(exclusive=True, thread=True, group="people")
    def load(self, text: str, duplicates_only: bool) -> None:
        with self.app.book.session() as session:  # type: ignore[attr-defined]
            if duplicates_only:
                groups = possible_duplicates(session=session)
                people = [p for group in groups for p in group if name_matches(text, p.name)]
            else:
                people = list_people(session=session, name=text)
        # The cells are built here, off the UI thread; only adding them to the table is not.
        rows = [(str(p.id), person_row(p)) for p in people[:LIMIT]]
        self.app.call_from_thread(self._show, text, duplicates_only, people, rows)

    def _show(
        self,
        text: str,
        duplicates_only: bool,
        people: list[PersonSummary],
        rows: list[tuple[str, tuple[Text, ...]]],
    ) -> None:
        if self.query_one("#people-filter", Input).value != text:
            return  # stale: the box has changed since this search started
        if duplicates_only != self.duplicates_only:
            return
        table = self.query_one("#people", DataTable)
        keep = self.current_id
        self.people = {p.id: p for p in people[: len(rows)]}
        table.clear()
        for key, cells in rows:
            table.add_row(*cells, key=key)
        if keep is not None and keep in self.people:
            table.move_cursor(row=table.get_row_index(str(keep)), animate=False)
        self._status(len(people), len(rows), bool(text.strip()))

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
            message = _("{count} people", count=count)
        else:
            message = _("No one matches.") if filtered else _("No people in the book yet.")
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
        from tui.screens.person import PersonScreen

        if event.row_key.value is not None:
            self.app.push_screen(PersonScreen(int(event.row_key.value)))

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

    def action_refresh(self) -> None:
        self.reload()


def refresh_people_screens(app: object) -> None:
    """Reload every people directory in the stack (a name changed under it)."""
    for screen in getattr(app, "screen_stack", []):
        if isinstance(screen, PeopleScreen):
            screen.reload()


class DirectoryChooser(ModalScreen[PersonSummary | None]):
    """Choose one person by typing part of the name; dismiss with them, or None (escape)."""

    BINDINGS = [
        Binding("escape", "cancel", _("Cancel"), id="picker.cancel"),
        Binding("down", "focus_list", _("Choose from the list"), show=False, id="picker.list"),
    ]
    DEFAULT_CSS = """
    DirectoryChooser { align: center middle; }
    DirectoryChooser > Vertical {
        width: 90; height: 80%; border: round $primary; background: $surface; padding: 1 2;
    }
    DirectoryChooser #picker-list { height: 1fr; }
    DirectoryChooser #picker-status { height: 1; color: $text-muted; }
    """

    def __init__(self, question: str, *, exclude: int | None = None, text: str = "") -> None:
        super().__init__()
        self._question = question
        self._exclude = exclude
        self._text = text
        self._timer: Timer | None = None
        self.people: dict[int, PersonSummary] = {}

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self._question, style="bold"))
            yield Input(self._text, placeholder=_("Type part of the name"), id="picker-filter")
            yield OptionList(id="picker-list")
            yield Static(id="picker-status")

    def on_mount(self) -> None:
        self.query_one("#picker-filter", Input).focus()
        self.load(self._text)

    @on(Input.Changed, "#picker-filter")
    def _typed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, lambda: self.load(event.value))

    @work(exclusive=True, thread=True, group="picker")
    def load(self, text: str) -> None:
        with self.app.book.session() as session:  # type: ignore[attr-defined]
            people = [p for p in list_people(session=session, name=text) if p.id != self._exclude]
        self.app.call_from_thread(self._show, text, people)

    def _show(self, text: str, people: list[PersonSummary]) -> None:
        box = self.query_one("#picker-filter", Input)
        if box.value != text:
            return
        if not people and text and text == self._text:
            # The suggested spelling finds no one else: offer everyone instead of an empty list.
            self._text = ""
            box.value = ""
            return
        shown = people[:PICKER_LIMIT]
        self.people = {p.id: p for p in shown}
        options = self.query_one("#picker-list", OptionList)
        options.clear_options()
        for person in shown:
            prompt = cell(person.name, 40, style="bold")
            prompt.append("  " + _("{count} meetings", count=person.meetings), style="dim")
            if person.last_title:
                prompt.append("  ").append(cell(person.last_title, 50))
            options.add_option(Option(prompt, id=str(person.id)))
        if shown:
            options.highlighted = 0
        if not people:
            status = _("No one matches.")
        elif len(people) > len(shown):
            status = _("{shown} of {count} shown: type more of the name.", shown=len(shown),
                       count=len(people))  # fmt: skip
        else:
            status = ""
        self.query_one("#picker-status", Static).update(Text(status))

    @on(Input.Submitted, "#picker-filter")
    def _take_highlighted(self) -> None:
        options = self.query_one("#picker-list", OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id is not None and int(option_id) in self.people:
            self.dismiss(self.people[int(option_id)])

    def action_focus_list(self) -> None:
        self.query_one("#picker-list", OptionList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
