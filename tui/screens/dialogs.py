"""Small dialogs every screen may need: a yes/no question (delete? leave without saving?), the
question before a meeting goes to the trash (`confirm_delete`), and choosing one person from the
directory by typing part of the name (whom to merge with), and asking where to write a file
(`WriteFileDialog`: a path, a file already there replaced only when asked again).

Screens import this module (and `base`), never each other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from store import PersonSummary, StoreError, one_line
from tui.debounce import Debounce
from tui.i18n import _, plural
from tui.screens.base import BookModal
from tui.threads import hand_back
from tui.widgets.cells import cell

DEBOUNCE = 0.12  # seconds after the last key before the directory is read
PICKER_LIMIT = 200  # the chooser shows this many; typing narrows it


class ConfirmDialog(ModalScreen[bool]):
    """Ask one question; dismiss with True (yes) or False (no, escape)."""

    BINDINGS = [
        Binding("escape,n", "answer(False)", _("No"), id="confirm.no"),
        Binding("y", "answer(True)", _("Yes"), id="confirm.yes"),
        # The buttons sit side by side: the arrows move between them, as Tab does.
        Binding("left", "app.focus_previous", _("Previous button"), show=False, id="confirm.left"),
        Binding("right", "app.focus_next", _("Next button"), show=False, id="confirm.right"),
    ]
    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    ConfirmDialog > Vertical {
        width: 70; height: auto; border: round $warning; background: $surface; padding: 1 2;
    }
    ConfirmDialog Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    ConfirmDialog Button { margin-left: 2; }
    """

    def __init__(self, question: str, *, yes: str | None = None, no: str | None = None) -> None:
        super().__init__()
        self._question = question
        self._yes = yes or _("Yes")
        self._no = no or _("No")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self._question))
            with Horizontal():
                yield Button(self._no, id="no")
                yield Button(self._yes, id="yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


def confirm_delete(meeting_id: int, title: str) -> ConfirmDialog:
    """Ask before moving a meeting to the trash, naming it and saying how it comes back; "Keep"
    has the focus, so Enter keeps it."""
    question = _(
        "Delete meeting #{number}: {title}?\n\nIt goes to the trash and can be brought back as "
        "it was: u on the home screen, or the Trash screen (t).",
        number=meeting_id,
        title=one_line(title),
    )
    return ConfirmDialog(question, yes=_("Delete"), no=_("Keep"))


class DirectoryChooser(BookModal[PersonSummary | None]):
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
        self._text = one_line(text)  # a stored name: its control characters shown, never sent
        self._typing = Debounce(self, DEBOUNCE)
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
        self._typing(lambda: self.load(event.value))

    @work(exclusive=True, thread=True, group="picker")
    def load(self, text: str) -> None:
        people = [p for p in self.book.people(text) if p.id != self._exclude]
        hand_back(self, self._show, text, people)

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
        # One line a person: the last title gets the room left and is cut with … (wrapped, a
        # long one left a line of its own between two people).
        width = (options.scrollable_content_region.width or 80) - 2  # an option's padding
        for person in shown:
            prompt = cell(person.name, 40, style="bold")
            meetings = plural(person.meetings, "1 meeting", "{count} meetings")
            prompt.append("  " + meetings, style="dim")
            room = width - prompt.cell_len - 2
            if person.last_title and room > 1:
                prompt.append("  ").append(cell(person.last_title, room))
            prompt.truncate(width, overflow="ellipsis")  # a narrow terminal: the count is cut
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


class WriteFileDialog(ModalScreen[Path | None]):
    """Ask where to write a file, `write` it there (in a worker), and dismiss with the path; a
    refusal (no such folder, no permission) is said in the dialog, which stays. A file already
    there is replaced only when Write is pressed again."""

    BINDINGS = [Binding("escape", "cancel", _("Cancel"), id="write.cancel")]
    DEFAULT_CSS = """
    WriteFileDialog { align: center middle; }
    WriteFileDialog > Vertical {
        width: 80; height: auto; border: round $primary; background: $surface; padding: 1 2;
    }
    WriteFileDialog #write-said { color: $error; height: auto; }
    WriteFileDialog Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    WriteFileDialog Button { margin-left: 2; }
    """

    def __init__(self, question: str, default: Path, write: Callable[[Path], None]) -> None:
        super().__init__()
        self._question = question
        self._default = default
        self._write = write
        self._replace: Path | None = None  # the file already there that Write again replaces

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self._question))
            yield Input(str(self._default), id="write-path")
            yield Static(id="write-said")
            with Horizontal():
                yield Button(_("Write"), id="write", variant="primary")
                yield Button(_("Cancel"), id="cancel")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "write":
            self.action_write()
        else:
            self.dismiss(None)

    @on(Input.Submitted, "#write-path")
    def _submitted(self) -> None:
        self.action_write()

    def action_write(self) -> None:
        text = self.query_one("#write-path", Input).value.strip()
        if not text:
            self._say(_("Give the file's path."))
            return
        path = Path(text).expanduser()
        if path.is_file() and path != self._replace:
            self._replace = path
            self._say(_("{path} exists: Write again to replace it.", path=str(path)))
            return
        self.write(path)

    @work(exclusive=True, thread=True, group="write-file")
    def write(self, path: Path) -> None:
        try:
            self._write(path)
        except StoreError as exc:
            hand_back(self, self._say, str(exc))
            return
        hand_back(self, self.dismiss, path)

    def _say(self, message: str) -> None:
        self.query_one("#write-said", Static).update(Text(one_line(message)))

    def action_cancel(self) -> None:
        self.dismiss(None)
