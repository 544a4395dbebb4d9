"""The light fields of the edit form's rows: `FieldInput`, the form's one-line field, and `Choice`,
one of a few values stepped with space, Enter or the arrows.

Both open their row (tui/widgets/decision_editor.py) when the focus comes to them, since a row
rests as one widget drawing its fields until then. Stored text goes into a field through
`stored_text.show_stored` (control characters shown, never sent to the terminal).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.binding import Binding
from textual.events import Click, Key
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input

from tui.i18n import _
from tui.widgets.stored_text import show_stored

if TYPE_CHECKING:
    from tui.widgets.decision_editor import EditableRow


class FieldInput(Input):
    """A one-line field of the edit form.

    Styled once, when it is mounted: Textual restyles a widget whenever a class of it changes,
    and an Input changes two as it is made (compact, valid), a whole style pass each for a field
    not yet on the screen. In a row (`row` set), focusing it opens the row first, and a change
    made while the row rests is drawn by the row.
    """

    row: EditableRow | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Tab into a filled field leaves its text as it is, the cursor at its end: Textual's
        # default selected it all, and the first key typed to correct the minutes replaced them.
        kwargs.setdefault("select_on_focus", False)
        super().__init__(*args, **kwargs)

    def update_node_styles(self, animate: bool = True) -> None:
        if self.is_attached:  # else mounting styles it, with every class it has by then
            super().update_node_styles(animate)

    def focus(self, scroll_visible: bool = True) -> FieldInput:
        if self.row is not None:
            self.row.open()
        super().focus(scroll_visible)
        return self

    def watch_value(self) -> None:
        if self.row is not None and not self.is_attached:
            self.row.refresh()

    def show(self, stored: str) -> None:
        """Put stored text in the field as it was loaded: not an edit, so no Changed."""
        with self.prevent(Input.Changed):
            show_stored(self, stored)


def row_input(placeholder: str, classes: str = "") -> FieldInput:
    """A row's one-line field. Born with Textual's `-valid` class: an Input takes it on its first
    value, and one not yet mounted (a row being filled) restyles itself for it, a whole style
    pass per field before the pass its mounting makes anyway."""
    return FieldInput(placeholder=placeholder, compact=True, classes=f"{classes} -valid".strip())


class Choice(Widget, can_focus=True):
    """One of a few values, shown by its label between ◂ ▸, which say that space, Enter or the
    arrows step through them (the label alone read as fixed text).

    Lighter than a Select (a handful of widgets each), which matters with a row per person. In
    a row (`row` set), focusing it opens the row first, as a `FieldInput` does.
    """

    # Room for the longest label ("representative", "đang thực hiện") and its arrows.
    DEFAULT_CSS = """
    Choice { width: 20; height: 1; padding: 0 1; margin-right: 1; background: $boost; }
    Choice:focus {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    """
    BINDINGS = [
        Binding("space,enter,right", "step(1)", _("Next choice"), show=False, id="choice.next"),
        Binding("left", "step(-1)", _("Previous choice"), show=False, id="choice.previous"),
    ]

    class Changed(Message):
        def __init__(self, choice: Choice, value: str) -> None:
            super().__init__()
            self.choice = choice
            self.value = value

    value: reactive[str] = reactive("", init=False)
    row: EditableRow | None = None

    def __init__(self, choices: list[tuple[str, str]], value: str) -> None:
        """`choices` are (label, value) pairs; `value` should be one of them."""
        super().__init__()
        self._choices = choices
        self._passing = False  # passing typed keys on to the field after it (`on_key`)
        self.set_reactive(Choice.value, value)

    @property
    def text(self) -> str:
        """What the choice shows: its label between the arrows."""
        labels = {code: label for label, code in self._choices}
        return f"◂ {labels.get(self.value, self.value)} ▸"

    def render(self) -> Text:
        return Text(self.text)

    def action_step(self, delta: int) -> None:
        codes = [code for _label, code in self._choices]
        index = codes.index(self.value) if self.value in codes else -1
        self.value = codes[(index + delta) % len(codes)]

    def watch_value(self, value: str) -> None:
        if self.row is not None and not self.is_attached:
            self.row.refresh()
        self.post_message(self.Changed(self, value))

    def focus(self, scroll_visible: bool = True) -> Choice:
        if self.row is not None:
            self.row.open()
        super().focus(scroll_visible)
        return self

    def on_key(self, event: Key) -> None:
        # In a row of the form, a letter typed here is meant for the field after the choice (a
        # person's title, after their role: one Tab too early): it goes there and the choice
        # stays, where it was dropped while the space between two words stepped the role.
        # Elsewhere (a conflict's choices) letters are the screen's keys.
        character = event.character
        if self.row is None or not event.is_printable or character is None:
            return
        event.stop()
        event.prevent_default()
        if character == " " and self.has_focus and not self._passing:
            # Stepped here, as its arrows say, not by the binding: in a burst the focus could
            # move on before the key reached the app's bindings, and the space was lost.
            self.action_step(1)
            return
        # The field after this choice, not after the focus: letters typed in a burst were all
        # sent here before the focus moved, and each went one field further on. Only a field of
        # the same row: after a row's last choice (a decision's status) comes the next row.
        chain = self.screen.focus_chain
        after = chain[chain.index(self) + 1 :] if self in chain else []
        field = after[0] if after else None
        if isinstance(field, FieldInput) and field.row is self.row:
            # Until the focus has left, the rest of a burst is the field's, a space included.
            first, self._passing = not self._passing, True
            field.focus()
            before = field.value[: field.cursor_position]
            if first and before and not before[-1].isspace() and not character.isspace():
                # Typed on after a filled title, the words are words of their own: "… Việt Nam"
                # and "Trưởng đoàn" became "…Việt NamTrưởng đoàn", and the space that would
                # part them cannot be typed first: on the role it steps the role.
                field.insert_text_at_cursor(" ")
            field.insert_text_at_cursor(character)

    def on_blur(self) -> None:
        self._passing = False

    def on_click(self, event: Click) -> None:
        # The ◂ half steps back, the rest forward, as the arrows drawn say.
        self.action_step(-1 if event.x < self.size.width // 2 - 2 else 1)
