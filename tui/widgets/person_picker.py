"""The person picker (type part of a name, Enter) and the participant row it adds.

`PersonPicker` offers people from the directory as you type, diacritics aside (`khang` offers
Nguyễn Đình Khang), through `Book.suggest_people` (the store's one matcher) in a worker; a
result is shown only if the box still holds what was looked up. Enter picks the highlighted
person, or the typed text as a new person when nobody matches (a new name is a new person, never
silently merged). The pick is posted as `PersonPicker.Picked` with the person's last title; the
screen adds the row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from store import ROLES, Book, Participant, PersonSummary, clean, name_key, one_line, parse_person
from tui.debounce import Debounce
from tui.i18n import _
from tui.threads import hand_back
from tui.widgets.decision_editor import EditableRow
from tui.widgets.row_cells import CutLabel
from tui.widgets.row_fields import Choice, FieldInput, row_input
from tui.widgets.stored_text import stored_text

if TYPE_CHECKING:
    from textual import getters

    from tui.app import MinuteBookApp

DEBOUNCE = 0.08  # seconds after the last key before looking people up
NEW = "new"  # the option id of "add the typed name as a new person"


class PersonPicker(Vertical):
    """An input with a list of matching people under it."""

    DEFAULT_CSS = """
    PersonPicker { height: auto; }
    PersonPicker OptionList { height: auto; max-height: 10; display: none; }
    PersonPicker OptionList.shown { display: block; }
    """
    BINDINGS = [
        Binding("down", "cursor(1)", _("Next suggestion"), show=False, id="picker.next"),
        Binding("up", "cursor(-1)", _("Previous suggestion"), show=False, id="picker.previous"),
        Binding("escape", "close", _("Close suggestions"), show=False, id="picker.close"),
    ]

    class Picked(Message):
        """A person chosen: the name as it will be saved, their last title (or None)."""

        def __init__(self, person_name: str, title: str | None, new: bool) -> None:
            super().__init__()
            self.person_name = person_name
            self.title = title
            self.new = new

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.input = FieldInput(placeholder=_("Add a person: type part of a name, Enter"))
        # Mounted when there is first something to suggest: most forms are opened and left
        # without anyone being added.
        self.options = OptionList()
        self.options.can_focus = False  # arrows in the box move it; Tab goes on to the form
        self._typing = Debounce(self, DEBOUNCE)
        self.shown_for: str | None = None  # the text the options were looked up for
        self._choices: list[tuple[str, str | None, bool]] = []  # (name, title, new)

    def compose(self) -> ComposeResult:
        yield self.input

    if TYPE_CHECKING:  # for the type checker only: at run time Textual's own `app` answers
        app = getters.app(MinuteBookApp)

    @property
    def book(self) -> Book:
        return self.app.book

    def focus(self, scroll_visible: bool = True) -> PersonPicker:
        self.input.focus(scroll_visible)
        return self

    # Looking up as you type -------------------------------------------------------------------

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._typing.cancel()
        if not event.value.strip():
            self._close()
            return
        self._typing(lambda: self.look_up(event.value))

    @work(thread=True, exclusive=True, group="person-suggest")
    def look_up(self, text: str) -> None:
        people = self.book.suggest_people(text)
        hand_back(self, self._show, text, people)

    def _show(self, text: str, people: list[PersonSummary]) -> None:
        if self.input.value != text:
            return  # stale: the person has typed on
        self.shown_for = text
        self._choices = [(p.name, p.last_title, False) for p in people]
        options = [Option(_person_label(p)) for p in people]
        typed = clean(text)
        if not any(name_key(p.name) == name_key(typed) for p in people):
            self._choices.append((typed, None, True))
            options.append(Option(Text(_("Add “{name}” as a new person", name=one_line(typed)))))
        if not self.options.is_attached:
            self.mount(self.options)
        self.options.set_options(options)
        self.options.highlighted = 0
        self.options.add_class("shown")

    def _close(self) -> None:
        self.shown_for = None
        self._choices = []
        if self.options.is_attached:
            self.options.clear_options()
            self.options.remove_class("shown")

    # Choosing ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("cursor", "close"):
            return self.options.has_class("shown")  # else the keys go on to the screen
        return True

    def action_cursor(self, delta: int) -> None:
        count = self.options.option_count
        if count:
            self.options.highlighted = ((self.options.highlighted or 0) + delta) % count

    def action_close(self) -> None:
        self._close()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value
        if not text.strip():
            return
        if self.shown_for == text and self._choices:
            self._choose(self.options.highlighted or 0)
        else:
            # Enter before the suggestions arrived: pick what they would have highlighted.
            self._typing.cancel()
            self.resolve(text)

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, index: int) -> None:
        name, _title, new = self._choices[index]
        self.resolve(name, exact=True, new=new)

    @work(thread=True, exclusive=True, group="person-pick")
    def resolve(self, text: str, *, exact: bool = False, new: bool = False) -> None:
        """Find who `text` means (the top suggestion, else a new person) and their last title."""
        if not exact:
            found = self.book.suggest_people(text, limit=1)
            text, new = (found[0].name, False) if found else (text, True)
        # A new person may be typed with a title: "Name | title" or "Name (title)".
        typed = parse_person(text) if new else {"name": text, "title": None}
        name = clean(typed["name"] or text)
        title = typed["title"] or self.book.last_title(name)
        hand_back(self, self._picked, name, title, new)

    def _picked(self, name: str, title: str | None, new: bool) -> None:
        self._typing.cancel()
        self.input.value = ""
        self._close()
        self.post_message(self.Picked(name, title, new))


def _person_label(person: PersonSummary) -> Text:
    label = Text(one_line(person.name))
    if person.last_title:
        label.append(" — " + one_line(person.last_title), style="dim")
    label.append(f"  ({_('meetings: {count}', count=person.meetings)})", style="dim")
    return label


# The roles in the order ctrl+o steps through them: a person comes in as an attendee, and the
# chair, the role a secretary sets most after it, is one press away (it was five).
ROLE_ORDER = ("attendee", "chair", "speaker", "secretary", "representative", "absent")
assert sorted(ROLE_ORDER) == sorted(ROLES)


class ParticipantRow(EditableRow):
    """A person at this meeting: the name as picked, a role, the title held at this meeting.

    The name is not typed over here: a person comes from the picker (remove the row and pick
    again to change who it is), so a slip of the keyboard cannot turn into a new person.
    """

    LABELS = {"name": "Name", "role": "Role", "title": "Title held"}
    # The role is a choice shown in the row (◂ attendee ▸); ctrl+o changes it from anywhere in
    # the row, and the footer shows that key while the row has the focus (a new person comes
    # in as an attendee, and the arrows on the role alone were found by no one).
    BINDINGS = [Binding("ctrl+o", "next_role", _("Change role"), id="edit.role")]
    LINES = ((("name", "1fr"), ("role", 20), ("title", "2fr")),)

    def __init__(self, name: str, role: str = "attendee", title: str | None = None) -> None:
        super().__init__()
        self.person_name = name
        self.name_label = CutLabel(Text(one_line(name)), classes="participant-name")
        self.role = Choice([(_(code), code) for code in ROLE_ORDER], role)
        self.title = row_input(_("Title held at this meeting"))
        self.title.show(title or "")  # its control characters shown, never sent
        self._place_fields()

    def action_next_role(self) -> None:
        self.role.action_step(1)

    @classmethod
    def from_record(cls, participant: Participant) -> ParticipantRow:
        return cls(participant.name, participant.role, participant.title)

    def fields(self) -> dict[str, Widget]:
        return {"name": self.name_label, "role": self.role, "title": self.title}

    def to_raw(self) -> dict[str, Any]:
        return {
            "name": self.person_name,
            "role": self.role.value,
            "title": stored_text(self.title) or None,
        }
