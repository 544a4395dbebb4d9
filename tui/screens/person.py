"""A person's page (`PersonScreen`): their meetings newest first with the role and the title held
then, their attendance over time as a plot beside it, and the two repairs a secretary needs:
rename (`r`, a misspelled name) and merge (`m`, two spellings of one person).

The plot is the store's count (`Book.stats(person=...)`, over all their meetings: present,
chaired, absent per month, quarter or year, whichever keeps it to 24 bars), drawn by
`tui.widgets.figure_view.FigureView` as the Overview draws its figures, its numbers one key away
(`t`). From 150 columns it stands beside the timeline; narrower, the timeline keeps the room and
`a` shows the plot in its place (`a` again, or Enter on a bar, comes back). Enter on a bar or a
row of its numbers moves the timeline to that period's latest meeting.

The small rename dialog lives here too; the person chooser used by merge is
`tui.screens.dialogs.DirectoryChooser`. A meeting of the timeline opens through the app; after a
rename or merge the app's `book_changed` signal redraws every screen that shows names, this one too.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Static

from store import Appearance, PersonSummary, StoreError, fold, one_line
from tui.i18n import _, plural
from tui.screens.base import BookChange, BookScreen
from tui.screens.dialogs import ConfirmDialog, DirectoryChooser
from tui.threads import hand_back
from tui.widgets.cells import cell
from tui.widgets.figure_view import FigureView
from tui.widgets.figures import ALL_TIME, groups, person_figure
from tui.widgets.key_footer import KeyFooter

WIDE = 150  # columns from which the plot stands beside the timeline (which keeps ~90)


def role_label(role: str) -> str:
    """A role in the interface language: the catalog's translation of the role's code."""
    return _(role)


class RenameDialog(ModalScreen[str | None]):
    """Ask for the correct spelling of a name; dismiss with it, or None (escape)."""

    BINDINGS = [Binding("escape", "cancel", _("Cancel"), id="rename.cancel")]
    DEFAULT_CSS = """
    RenameDialog { align: center middle; }
    RenameDialog > Vertical {
        width: 70; height: auto; border: round $primary; background: $surface; padding: 1 2;
    }
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(_("Correct spelling of {name}:", name=one_line(self._name))))
            # The name is shown with its control characters as text; handed back unchanged it is
            # the stored name, not the escaped one.
            yield Input(one_line(self._name), id="rename-input")
            yield Static(Text(_("Enter: rename everywhere · Escape: cancel"), style="dim"))

    def on_mount(self) -> None:
        self.query_one("#rename-input", Input).focus()

    @on(Input.Submitted, "#rename-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(self._name if event.value == one_line(self._name) else event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PersonScreen(BookScreen[None]):
    """One person: name, last title, and every meeting they were at."""

    # The way back first: at 80 columns the footer keeps the keys that fit, in this order, and
    # "esc Back" came last and was the one left out.
    BINDINGS = [
        Binding("escape", "back", _("Back"), id="person.back"),
        Binding("r", "rename", _("Rename"), id="person.rename"),
        Binding("m", "merge", _("Merge a duplicate"), id="person.merge"),
        Binding(
            "a",
            "plot",
            _("Attendance"),
            id="person.plot",
            tooltip=_("Show or hide the plot of their attendance over time"),
        ),
        Binding(
            "t",
            "numbers",
            _("Numbers"),
            id="person.numbers",
            tooltip=_("Switch the figure between its plot and its numbers"),
        ),
    ]
    DEFAULT_CSS = """
    PersonScreen #person-name { padding: 0 1; text-style: bold; }
    PersonScreen #person-about, PersonScreen #person-status { padding: 0 1; color: $text-muted; }
    PersonScreen #person-status.error { color: $error; }
    PersonScreen #person-body { height: 1fr; }
    PersonScreen #person-meetings { width: 3fr; }
    PersonScreen #person-plot { width: 2fr; border-left: solid $primary 50%; }
    PersonScreen #timeline { height: 1fr; }
    PersonScreen #person-detail {
        height: auto; max-height: 6; padding: 0 1; border-top: solid $primary 50%;
    }
    PersonScreen.-narrow #person-plot { display: none; width: 1fr; border-left: none; }
    PersonScreen.-narrow.-plotted #person-plot { display: block; }
    PersonScreen.-narrow.-plotted #person-meetings { display: none; }
    PersonScreen.-unplotted #person-plot { display: none; }
    """

    def __init__(self, person_id: int) -> None:
        super().__init__()
        self.person_id = person_id
        self.name_shown = ""
        self.appearances: list[Appearance] = []
        self.stats: Any = None  # the person's figures (store's Stats), for the plot
        self.periods: list[tuple[int, tuple[int | None, ...]]] = []  # (year, months) a target

    def compose(self) -> ComposeResult:
        yield Static(id="person-name")
        yield Static(id="person-about")
        yield Static(id="person-status")
        with Horizontal(id="person-body"):
            with Vertical(id="person-meetings"):
                yield DataTable(id="timeline", cursor_type="row", zebra_stripes=True)
                yield Static(id="person-detail")
            yield FigureView(id="person-plot")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#timeline", DataTable)
        table.add_column(_("Date"), key="date")
        table.add_column(_("Role"), key="role")
        table.add_column(_("Title held then"), key="held")
        table.add_column(_("Meeting"), key="meeting")
        table.focus()
        self.set_class(self.app.size.width < WIDE, "-narrow")
        self.follow_book(self._book_changed)
        self.load()

    def on_resize(self) -> None:
        self.set_class(self.size.width < WIDE, "-narrow")
        self.refresh_bindings()

    def _book_changed(self, change: BookChange) -> None:
        self.load()

    # Loading ----------------------------------------------------------------------------------

    @work(exclusive=True, thread=True, group="person")
    def load(self) -> None:
        try:
            name = self.book.person_name(self.person_id)
        except StoreError:
            hand_back(self, self._gone)
            return
        appearances = self.book.timeline(self.person_id)
        hand_back(self, self._show, name, appearances)
        self.load_plot()

    @work(exclusive=True, thread=True, group="person-plot")
    def load_plot(self) -> None:
        """Their attendance over time: the store's count, drawn as the Overview's figures."""
        stats = self.book.stats(period=ALL_TIME, person=self.person_id, figures=())
        hand_back(self, self._plot, stats, person_figure(stats))

    def _plot(self, stats: Any, figure: Any) -> None:
        self.stats = stats
        self.periods = [(group.year, group.months) for group in groups(stats)]
        self.periods += [(row.year, (None,)) for row in stats.months if row.number is None]
        self.query_one("#person-plot", FigureView).show(figure)

    def _gone(self) -> None:
        self.query_one("#person-name", Static).update(
            Text(_("This person is no longer in the book."))
        )
        self.query_one("#timeline", DataTable).clear()

    def _show(self, name: str, appearances: list[Appearance]) -> None:
        self.name_shown = name
        self.appearances = appearances
        self.query_one("#person-name", Static).update(Text(one_line(name), style="bold"))
        meetings = len({a.meeting_id for a in appearances})
        about = Text(plural(meetings, "1 meeting", "{count} meetings"))
        last_title = next((a.held_title for a in appearances if a.held_title), None)
        if last_title:
            about.append(" · " + _("last title: {title}", title=one_line(last_title)))
        self.query_one("#person-about", Static).update(about)
        table = self.query_one("#timeline", DataTable)
        row = table.cursor_row
        table.clear()
        # Titles are long: share what the date and role leave between the two title columns,
        # and show the highlighted row whole below the table.
        width = self.size.width if self.has_class("-narrow") else self.size.width * 3 // 5
        rest = max(40, width - 10 - 12 - 10)
        held_width, meeting_width = rest * 9 // 20, rest - rest * 9 // 20
        for index, appearance in enumerate(appearances):
            table.add_row(
                Text(appearance.date.display()),
                Text(role_label(appearance.role)),
                cell(appearance.held_title, held_width),
                cell(appearance.title, meeting_width),
                key=str(index),
            )
        if appearances:
            table.move_cursor(row=min(row, len(appearances) - 1), animate=False)
        else:
            self.query_one("#person-detail", Static).update("")

    @on(DataTable.RowHighlighted, "#timeline")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        index = int(event.row_key.value or 0)
        if not 0 <= index < len(self.appearances):
            return
        appearance = self.appearances[index]
        detail = Text(f"{appearance.date.display()}  {role_label(appearance.role)}", style="bold")
        if appearance.held_title:
            detail.append("  " + one_line(appearance.held_title))
        detail.append("\n" + one_line(appearance.title))
        self.query_one("#person-detail", Static).update(detail)

    def _say(self, message: str, *, error: bool = False) -> None:
        status = self.query_one("#person-status", Static)
        status.set_class(error, "error")
        status.update(Text(message))

    def _changed(self, message: str, *, merged: bool = False) -> None:
        """After a rename or merge: say so, and redraw everything that shows names (this page
        too: it follows the book; the people list goes back to its whole directory after a
        merge)."""
        self._say(message)
        self.notify(message, markup=False)
        self.app.changed(merged=merged)

    # Opening a meeting ------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#timeline")
    def _open(self, event: DataTable.RowSelected) -> None:
        index = int(event.row_key.value or 0)
        if 0 <= index < len(self.appearances):
            self.app.open_meeting(self.appearances[index].meeting_id)

    def action_back(self) -> None:
        self.dismiss()

    # The attendance plot ----------------------------------------------------------------------

    @property
    def plot_shown(self) -> bool:
        if self.has_class("-narrow"):
            return self.has_class("-plotted")
        return not self.has_class("-unplotted")

    def action_plot(self) -> None:
        """Show or hide the plot (narrow: in the timeline's place, and back)."""
        plot = self.query_one("#person-plot", FigureView)
        if self.has_class("-narrow"):
            self.toggle_class("-plotted")
        else:
            self.toggle_class("-unplotted")
        if self.plot_shown and self.has_class("-narrow"):
            plot.focus_inside()
        elif not self.plot_shown:
            self.query_one("#timeline", DataTable).focus()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`t` only where a plot is shown (at 80 columns the footer keeps its room for esc)."""
        if action == "numbers":
            return self.plot_shown
        return True

    def action_numbers(self) -> None:
        if self.plot_shown:
            self.query_one("#person-plot", FigureView).toggle()

    @on(FigureView.Chosen, "#person-plot")
    def _period_chosen(self, event: FigureView.Chosen) -> None:
        """Enter on a bar or a row: the timeline at that period's latest meeting."""
        figure = event.view.figure
        index = figure.targets.index(event.target) if figure is not None else -1
        if not 0 <= index < len(self.periods):
            return
        year, months = self.periods[index]
        found = next(
            (
                row
                for row, appearance in enumerate(self.appearances)
                if appearance.date.year == year and appearance.date.month in months
            ),
            None,
        )
        if found is None:
            return
        self.remove_class("-plotted")
        self.refresh_bindings()
        table = self.query_one("#timeline", DataTable)
        table.move_cursor(row=found, animate=False)
        table.focus()

    # Rename -----------------------------------------------------------------------------------

    def action_rename(self) -> None:
        if self.name_shown:
            self.app.push_screen(RenameDialog(self.name_shown), self._rename_to)

    def _rename_to(self, new_name: str | None) -> None:
        if new_name is not None and new_name.strip():
            self.rename(new_name)

    @work(exclusive=True, thread=True, group="person-change")
    def rename(self, new_name: str) -> None:
        old = self.name_shown
        try:
            other = self._same_name(new_name)
            if other is not None:
                message = _(
                    "{name} is already a person: press m to merge the two.",
                    name=one_line(other),
                )
                hand_back(self, self._say, message, error=True)
                return
            changed = self.book.rename_person(self.person_id, new_name)
        except StoreError as exc:
            hand_back(self, self._say, one_line(str(exc)), error=True)
            return
        if not changed:
            hand_back(self, self._say, _("The name is already spelled that way."))
            return
        message = _("Renamed {old} to {new}.", old=one_line(old), new=one_line(new_name))
        hand_back(self, self._changed, message)

    def _same_name(self, new_name: str) -> str | None:
        """Another person already written `new_name`, case and spacing aside (then the fix is a
        merge, not a rename)."""
        found = self.book.person_named(new_name)
        if found is None or found == self.person_id:
            return None
        return self.book.person_name(found)

    # Merge ------------------------------------------------------------------------------------

    def action_merge(self) -> None:
        if not self.name_shown:
            return
        picker = DirectoryChooser(
            _("Which person is the same as {name}?", name=one_line(self.name_shown)),
            exclude=self.person_id,
            # Most duplicates differ only by diacritics: start from the folded name.
            text=fold(self.name_shown),
        )
        self.app.push_screen(picker, self._confirm_merge)

    def _confirm_merge(self, other: PersonSummary | None) -> None:
        if other is None:
            return
        # What it changes, said before, and the way back: the merge log lets `u` in the people
        # directory split the two again while those meetings stay as the merge left them.
        question = plural(  # not `{other}`: plural() takes the plural form by that name
            other.meetings,
            "Merge {duplicate} into {name}? 1 meeting will name {name} instead of {duplicate}, "
            "and {duplicate} leaves the directory. Press u in the people directory to undo it.",
            "Merge {duplicate} into {name}? {count} meetings will name {name} instead of "
            "{duplicate}, and {duplicate} leaves the directory. Press u in the people directory to "
            "undo it.",
            duplicate=one_line(other.name),
            name=one_line(self.name_shown),
        )
        dialog = ConfirmDialog(question, yes=_("Merge"), no=_("Cancel"))

        def answered(yes: bool | None) -> None:
            if yes:
                self.merge(other)

        self.app.push_screen(dialog, answered)

    @work(exclusive=True, thread=True, group="person-change")
    def merge(self, other: PersonSummary) -> None:
        try:
            moved = self.book.merge_people(self.person_id, other.id)
        except StoreError as exc:
            hand_back(self, self._say, one_line(str(exc)), error=True)
            return
        message = plural(  # not `{other}`: plural() takes the plural form by that name
            moved,
            "Merged {duplicate} into {name}: 1 meeting moved.",
            "Merged {duplicate} into {name}: {count} meetings moved.",
            duplicate=one_line(other.name),
            name=one_line(self.name_shown),
        )
        hand_back(self, lambda: self._changed(message, merged=True))
