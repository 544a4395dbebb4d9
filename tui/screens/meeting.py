"""The meeting screen: one whole record, and what to do with it (edit, delete, recur, copy, people,
history). `c` sends the Markdown to the clipboard, which a terminal may not pass on; `w` writes
it to a file instead (`WriteFileDialog`).

The facts, people by role (with the title each held then), decisions and documents are drawn by
`record_text()`, as the browse preview draws them, under a line saying where the record stands
(a draft to review, approved on a date by someone, locked); the notes, Markdown by design, by
Textual's `Markdown` widget, which shows text as text (a `[bold]` in the notes is not Rich markup).
`ParticipantChooser`, the small "which person?" dialog, lives here too: only this screen uses it.
The edit form, a person's page and the meeting's history are opened through the app
(`edit_meeting`, `open_person`, `open_history`); the screen reads the record again whenever the
app says this meeting changed (an edit, a version restored from its history).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, OptionList, Static
from textual.widgets.option_list import Option

import store
from store import one_line, printable
from tui.i18n import _
from tui.screens.base import BookChange, BookScreen
from tui.screens.dialogs import WriteFileDialog, confirm_delete
from tui.threads import hand_back
from tui.toasts import toast_title
from tui.widgets.key_footer import KeyFooter
from tui.widgets.record_preview import record_text


def markdown_labels() -> dict[str, str]:
    """The Markdown document's headings and labels in the interface language."""
    return {label: _(label) for label in store.LABELS}


class MeetingScreen(BookScreen[None]):
    """A meeting record, top to bottom, scrollable from the keyboard."""

    BINDINGS = [
        Binding("escape", "back", _("Back"), id="meeting.back"),
        Binding("e", "edit", _("Edit"), id="meeting.edit"),
        Binding("h", "history", _("History"), id="meeting.history"),
        Binding("r", "new_from", _("New from this meeting"), id="meeting.new_from"),
        Binding("p", "person", _("Go to a person"), id="meeting.person"),
        Binding("c", "copy", _("Copy as Markdown"), id="meeting.copy"),
        # Not in the footer: `c`'s message names it, and `?` lists it.
        Binding("w", "write_markdown", _("Write as Markdown"), show=False, id="meeting.write"),
        Binding("delete,x", "delete", _("Delete"), id="meeting.delete"),
    ]
    DEFAULT_CSS = """
    MeetingScreen #meeting-body { padding: 0 2; }
    MeetingScreen #notes-heading { margin-top: 1; }
    MeetingScreen #meeting-notes { margin: 0; padding: 0; }
    """

    def __init__(self, meeting_id: int) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.record: store.MeetingRecord | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="meeting-body"):
            yield Static(Text(_("Loading…"), style="dim"), id="meeting-facts")
            yield Static(Text(_("Notes"), style="bold"), id="notes-heading")
            yield Markdown(id="meeting-notes")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#notes-heading").display = False
        self.query_one("#meeting-body").focus()
        self.follow_book(self._book_changed)
        self.load()

    def _book_changed(self, change: BookChange) -> None:
        if change.meeting_id == self.meeting_id:
            self.load()

    # Loading ----------------------------------------------------------------------------------

    @work(exclusive=True, thread=True, group="meeting-load")
    def load(self) -> None:
        """Read the record off the UI thread (again after an edit)."""
        try:
            record = self.book.meeting(self.meeting_id)
        except store.NotFound:
            hand_back(self, self._gone)
            return
        hand_back(self, self._show, record)

    def _show(self, record: store.MeetingRecord) -> None:
        self.record = record
        # Its number first, as the CLI's `show` says it: what `minutebook edit 6` takes.
        facts = Text(f"#{self.meeting_id}  ", style="bold") + record_text(record, notes=False)
        self.query_one("#meeting-facts", Static).update(store.Hanging(facts))
        self.query_one("#notes-heading").display = bool(record.notes)
        # printable(): an escape sequence in the notes shows as \x1b, never reaches the terminal.
        self.query_one("#meeting-notes", Markdown).update(printable(record.notes))

    def _gone(self) -> None:
        """The meeting was deleted elsewhere (another window, the CLI): say so and go back."""
        self.app.notify(
            _("This meeting is no longer in the book."), severity="warning", markup=False
        )
        self.app.changed()
        self._leave()

    def _leave(self) -> None:
        # Close any dialog still above this screen first, so it is this screen that goes.
        self.pop_until_active()
        self.dismiss(None)

    # Actions ----------------------------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss(None)

    def action_edit(self) -> None:
        self.app.edit_meeting(self.meeting_id, then=self._edited)

    def _edited(self, saved_id: int | None) -> None:
        if saved_id is not None:
            self.app.changed(saved_id)  # this screen follows the book: it reads the record again

    def action_new_from(self) -> None:
        if self.record is None:
            return
        self.app.new_meeting(store.template_from(self.record), then=self._created)

    def _created(self, new_id: int | None) -> None:
        if new_id is not None:
            self.app.changed(new_id)
            # Show the meeting just recorded in place of the one it was copied from.
            self.app.open_meeting(new_id, instead=True)

    def action_copy(self) -> None:
        if self.record is None:
            return
        self.app.copy_to_clipboard(store.record_markdown(self.record, markdown_labels()))
        # The terminal is sent the text (OSC 52) and says nothing back: whether it reached the
        # clipboard cannot be known here, so the message says so and offers the file instead.
        message = _("Sent to the clipboard as Markdown. Not every terminal accepts it: if "
                    "nothing was copied, press w to write it to a file.")  # fmt: skip
        self.app.notify(message, timeout=10)

    def action_write_markdown(self) -> None:
        """The meeting as Markdown in a file: where, asked with a path in the home folder."""
        if self.record is None:
            return
        text = store.record_markdown(self.record, markdown_labels())

        def write(path: Path) -> None:  # in the dialog's worker: whole or not at all
            with self.book.output_file(path) as out:
                out.write(text)

        question = _("Write meeting #{number} as Markdown to:", number=self.meeting_id)
        default = Path.home() / f"meeting-{self.meeting_id}.md"
        self.app.push_screen(WriteFileDialog(question, default, write), self._written)

    def _written(self, path: Path | None) -> None:
        if path is not None:
            self.notify(_("Written to {path}", path=str(path)), markup=False)

    def action_delete(self) -> None:
        if self.record is None:
            return
        dialog = confirm_delete(self.meeting_id, self.record.title)
        self.app.push_screen(dialog, callback=self._confirmed)

    def _confirmed(self, yes: bool | None) -> None:
        if yes:
            self.delete()

    @work(exclusive=True, thread=True, group="meeting-delete")
    def delete(self) -> None:
        try:
            record = self.app.delete_meeting(self.meeting_id)
        except store.NotFound:
            hand_back(self, self._gone)
            return
        except store.StoreError as exc:  # locked minutes are not deleted
            hand_back(self, self.app.notify, str(exc), severity="error", markup=False)
            return
        hand_back(self, self._deleted, record)

    def _deleted(self, record: store.MeetingRecord) -> None:
        self.app.changed()
        self._leave()
        title = toast_title(self.app, record.title)
        self.app.meeting_toasts.say(
            self.meeting_id, _("Deleted: {title} (press u to undo)", title=title)
        )

    def action_history(self) -> None:
        self.app.open_history(self.meeting_id)

    def action_person(self) -> None:
        if self.record is None:
            return
        people = people_of(self.record)
        if not people:
            self.app.notify(_("No people are recorded for this meeting."), markup=False)
        elif len(people) == 1:
            self.open_person(people[0][0])
        else:
            self.app.push_screen(ParticipantChooser(people), callback=self._picked)

    def _picked(self, name: str | None) -> None:
        if name:
            self.open_person(name)

    @work(exclusive=True, thread=True, group="meeting-person")
    def open_person(self, name: str) -> None:
        try:
            person_id = self.book.find_person(name)
        except store.StoreError as exc:
            hand_back(self, self.app.notify, str(exc), severity="error", markup=False)
            return
        hand_back(self, self.app.open_person, person_id)


def people_of(record: store.MeetingRecord) -> list[tuple[str, list[str]]]:
    """Each distinct person of the meeting, in the record's order, with every role they had."""
    people: dict[str, tuple[str, list[str]]] = {}
    for participant in record.participants:
        key = store.name_key(participant.name)
        people.setdefault(key, (participant.name, []))[1].append(participant.role)
    return list(people.values())


class ParticipantChooser(ModalScreen[str | None]):
    """Which person of this meeting? Dismiss with the name as stored, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", _("Back"), id="person_picker.close")]
    DEFAULT_CSS = """
    ParticipantChooser { align: center middle; }
    ParticipantChooser > Vertical {
        width: 80; height: auto; max-height: 80%;
        border: round $primary; background: $surface; padding: 1 2;
    }
    ParticipantChooser OptionList { height: auto; max-height: 20; }
    """

    def __init__(self, people: list[tuple[str, list[str]]]) -> None:
        super().__init__()
        self._people = people

    def compose(self) -> ComposeResult:
        options = []
        for index, (name, roles) in enumerate(self._people):
            prompt = Text(one_line(name))
            prompt.append("  " + ", ".join(_(role) for role in roles), style="dim")
            options.append(Option(prompt, id=str(index)))
        with Vertical():
            yield Static(Text(_("Go to which person?"), style="bold"))
            yield OptionList(*options)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._people[int(event.option.id or 0)][0])
