"""The editable lists of the edit form: a row per decision or cited document, and their list.

`EditableRow` is one row of fields with an error line that appears when it has a problem; it
rests as one widget drawing its fields until the focus goes into it (tui/widgets/row_cells.py);
its fields, `FieldInput` and `Choice`, live in tui/widgets/row_fields.py.
`RowList` holds rows in order and moves or removes them; `RowSection` wraps a list with its
heading, its add button and the keys that add, remove and move rows.
`DecisionRow` and `DocumentRow` are the rows for decisions and documents (the participant row
lives with the person picker). Rows only hold text:
turning it into a record and checking it is `store.validate_record`'s job. Stored text goes into
a row's inputs through `stored_text.show_stored` (control characters shown, never sent to the
terminal) and comes back as stored unless the person changed it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from store import (
    DECISION_KINDS,
    DECISION_STATUSES,
    DecisionItem,
    DocumentItem,
    one_line,
    parse_citation,
)
from tui.i18n import _
from tui.widgets.row_cells import RowCells
from tui.widgets.row_fields import Choice, FieldInput, row_input
from tui.widgets.stored_text import stored_text


class EditableRow(RowCells):
    """One row of fields, and under it the row's problems when it has any.

    It rests as one widget drawing its fields (tui/widgets/row_cells.py) and opens (mounts the
    fields in their places) when the focus goes into it. The fields are made with the row and
    hold its values either way; each takes its width from `LINES`.
    """

    DEFAULT_CSS = """
    EditableRow { layout: vertical; width: 1fr; height: auto; margin-top: 1; }
    EditableRow > .row-line { height: 1; }
    EditableRow > .row-line > * { margin-right: 1; }
    EditableRow .row-error { color: $error; height: auto; }
    """

    # Field name (as in docs/format.md) → how its problems are labelled (an English msgid).
    LABELS: ClassVar[dict[str, str]] = {}

    def __init__(self) -> None:
        super().__init__()
        self.error_line = Static(classes="row-error")
        self._errors: list[str] = []

    def _place_fields(self) -> None:
        """Give each field its width from `LINES`, and tell it its row (made by the subclass)."""
        fields = self.fields()
        for line in self.LINES:
            for name, width in line:
                field = fields[name]
                field.styles.width = width
                if isinstance(field, FieldInput | Choice):
                    field.row = self

    def to_raw(self) -> dict[str, Any]:
        """The row as the raw dict of docs/format.md."""
        raise NotImplementedError

    def is_blank(self) -> bool:
        """Nothing typed: a blank row is left out of the record rather than refused."""
        return False

    def open(self, focus: Widget | None = None) -> None:
        if not self.is_open and self.is_attached:
            self.is_open = True
            fields = self.fields()
            for line in self.LINES:  # a problem line comes after them (show_error opens first)
                holder = Horizontal(classes="row-line")
                self.mount(holder)
                holder.mount(*(fields[name] for name, _width in line))
            if self.screen.focused is self:
                # At once: the row no longer takes the focus, and Textual would move it away.
                self.screen.set_focus(focus or self.first_field(), scroll_visible=False)
                focus = None
            self.can_focus = False
            self.refresh(layout=True)
        if focus is not None:
            focus.focus()

    def first_field(self) -> Widget:
        """The first field that takes the focus."""
        fields = list(self.fields().values())
        return next((field for field in fields if field.can_focus), fields[0])

    def show_error(self, field: str, reason: str) -> Widget:
        """Show `reason` under the row (open: the fields above it); return the widget to focus."""
        label = self.LABELS.get(field)
        self._errors.append(f"{_(label)}: {reason}" if label else reason)
        self.error_line.update(Text(one_line("; ".join(self._errors))))
        if not self.error_line.is_attached:
            self.open()
            self.mount(self.error_line)  # only a row with a problem carries the extra line
        widget = self.fields().get(field)
        return widget if widget is not None and widget.can_focus else self.first_field()

    def clear_error(self) -> None:
        if self._errors:
            self._errors = []
            self.error_line.remove()


class RowList(Vertical):
    """Rows in order: add, move, remove. Posts `RowList.Changed` when the order or count changes."""

    DEFAULT_CSS = "RowList { height: auto; }"

    class Changed(Message):
        def __init__(self, rows: RowList) -> None:
            super().__init__()
            self.rows = rows

    def rows(self) -> list[EditableRow]:
        return [child for child in self.children if isinstance(child, EditableRow)]

    async def add(self, row: EditableRow, *, focus: bool = True) -> EditableRow:
        await self.mount(row)
        if focus:
            row.first_field().focus()
            row.scroll_visible()
        self.post_message(self.Changed(self))
        return row

    async def replace(self, rows: list[EditableRow]) -> None:
        await self.remove_children()
        if rows:
            await self.mount_all(rows)

    def move(self, row: EditableRow, delta: int) -> bool:
        rows = self.rows()
        target = rows.index(row) + delta
        if not 0 <= target < len(rows):
            return False
        if delta < 0:
            self.move_child(row, before=rows[target])
        else:
            self.move_child(row, after=rows[target])
        row.scroll_visible()
        self.post_message(self.Changed(self))
        return True

    async def remove_row(self, row: EditableRow) -> Widget | None:
        """Remove `row`; return the first field of the row that takes its place, if any."""
        index = self.rows().index(row)
        await row.remove()
        self.post_message(self.Changed(self))
        rest = self.rows()
        return rest[min(index, len(rest) - 1)].first_field() if rest else None


class RowSection(Vertical):
    """A heading, its rows and a way to add one (a button, or the person picker).

    Its keys work on the row holding the focus, so the footer shows them only in a list.
    """

    DEFAULT_CSS = """
    RowSection { height: auto; }
    RowSection > .section { margin-top: 1; text-style: bold; }
    RowSection > Button { margin-top: 1; }
    """
    BINDINGS = [
        Binding("ctrl+n", "add_row", _("Add row"), id="edit.add_row"),
        Binding("ctrl+r", "remove_row", _("Remove row"), id="edit.remove_row"),
        # Not in the footer, where they pushed Save out at 80 columns; `?` (f1) lists them.
        Binding("ctrl+up", "move(-1)", _("Move up"), show=False, id="edit.move_up"),
        Binding("ctrl+down", "move(1)", _("Move down"), show=False, id="edit.move_down"),
    ]

    def __init__(
        self,
        name: str,
        heading: str,
        *,
        new_row: Callable[[], EditableRow] | None = None,
        add_label: str = "",
        add: Widget | None = None,
    ) -> None:
        """Rows of list `name` (as in docs/format.md); `new_row` makes a blank row for the
        `add_label` button, or `add` is the widget that adds rows (focused to add one)."""
        super().__init__(id=f"{name}-section")
        self.rows = RowList(id=name)
        self._heading = heading
        self._new_row = new_row
        self._add = add or Button(add_label, id=f"add-{name}", compact=True)

    def compose(self) -> ComposeResult:
        yield Static(Text(self._heading), classes="section")
        yield self.rows
        yield self._add

    @on(Button.Pressed)
    async def _add_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        await self.action_add_row()

    async def action_add_row(self) -> None:
        if self._new_row is None:
            self._add.focus()
        else:
            await self.rows.add(self._new_row())

    def _focused_row(self) -> EditableRow | None:
        node: DOMNode | None = self.screen.focused
        while node is not None and not isinstance(node, EditableRow):
            node = node.parent
        return node if node is not None and node.parent is self.rows else None

    async def action_remove_row(self) -> None:
        row = self._focused_row()
        if row is None:
            self.app.bell()
            return
        following = await self.rows.remove_row(row)
        (following or self._add).focus()

    def action_move(self, delta: int) -> None:
        row = self._focused_row()
        if row is None or not self.rows.move(row, delta):
            self.app.bell()


def _date_text(value: Any) -> str:
    return value.display() if value else ""


def _raw_text(raw: dict[str, Any], name: str) -> str:
    value = raw.get(name)
    return value if isinstance(value, str) else ""


def _code(raw: dict[str, Any], name: str, codes: tuple[str, ...]) -> str:
    value = raw.get(name)
    return value if value in codes else codes[0]


class DecisionRow(EditableRow):
    """A decision, conclusion or task: text, kind, who is responsible, due date, status."""

    LABELS = {
        "text": "Text",
        "kind": "Kind",
        "responsible": "Responsible",
        "due": "Due",
        "status": "Status",
    }
    # The text has a line of its own, the rest a line under it: on one line, at 80 columns,
    # the text got 14 characters.
    LINES = (
        (("text", "1fr"),),
        (("kind", 20), ("responsible", "1fr"), ("due", 14), ("status", 20)),
    )

    def __init__(self, decision: DecisionItem | None = None) -> None:
        super().__init__()
        kind = decision.kind if decision else "decision"
        status = decision.status if decision else "open"
        self.text = row_input(_("Decision, conclusion or task"))
        self.kind = Choice([(_(code), code) for code in DECISION_KINDS], kind)
        self.responsible = row_input(_("Responsible"))
        self.due = row_input(_("Due (d/m/yyyy)"))
        self.status = Choice([(_(code), code) for code in DECISION_STATUSES], status)
        if decision is not None:  # stored text: its control characters shown, never sent
            self.text.show(decision.text)
            self.responsible.show(decision.responsible or "")
            self.due.show(_date_text(decision.due))
        self._place_fields()

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> DecisionRow:
        """A row holding the texts of `raw` (as `to_raw` gives them: a recovered form)."""
        row = cls()
        for name in ("text", "responsible", "due"):
            getattr(row, name).show(_raw_text(raw, name))
        row.kind.set_reactive(Choice.value, _code(raw, "kind", DECISION_KINDS))
        row.status.set_reactive(Choice.value, _code(raw, "status", DECISION_STATUSES))
        return row

    def fields(self) -> dict[str, Widget]:
        return {
            "text": self.text,
            "kind": self.kind,
            "responsible": self.responsible,
            "due": self.due,
            "status": self.status,
        }

    def to_raw(self) -> dict[str, Any]:
        return {
            "text": stored_text(self.text),
            "kind": self.kind.value,
            "responsible": stored_text(self.responsible) or None,
            "due": stored_text(self.due).strip() or None,
            "status": self.status.value,
        }

    def is_blank(self) -> bool:
        return not any(w.value.strip() for w in (self.text, self.responsible, self.due))


class DocumentRow(EditableRow):
    """A document cited: number as cited, kind, date, title. Enter in the number reads a
    whole citation ("Nghị quyết 02-NQ/TW ngày 12/6/2021: về ...") into the four fields."""

    LABELS = {"number": "Number", "kind": "Kind", "date": "Date", "title": "Document title"}
    LINES = ((("number", "1fr"), ("kind", "1fr"), ("date", 14), ("title", "3fr")),)

    def __init__(self, document: DocumentItem | None = None) -> None:
        super().__init__()
        self.number = row_input(_("Number, e.g. 249/TB-VPCP"))
        self.kind = row_input(_("Kind"))
        self.date = row_input(_("Date"))
        self.title = row_input(_("Document title"))
        if document is not None:  # stored text: its control characters shown, never sent
            self.number.show(document.number)
            self.kind.show(document.kind or "")
            self.date.show(_date_text(document.date))
            self.title.show(document.title or "")
        self._place_fields()

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> DocumentRow:
        """A row holding the texts of `raw` (as `to_raw` gives them: a recovered form)."""
        row = cls()
        for name in ("number", "kind", "date", "title"):
            getattr(row, name).show(_raw_text(raw, name))
        return row

    def fields(self) -> dict[str, Widget]:
        return {"number": self.number, "kind": self.kind, "date": self.date, "title": self.title}

    def to_raw(self) -> dict[str, Any]:
        return {
            "number": stored_text(self.number),
            "kind": stored_text(self.kind) or None,
            "title": stored_text(self.title) or None,
            "date": stored_text(self.date).strip() or None,
        }

    def is_blank(self) -> bool:
        return not any(w.value.strip() for w in (self.number, self.kind, self.date, self.title))

    @on(Input.Submitted)
    def _citation(self, event: Input.Submitted) -> None:
        if event.input is not self.number:
            return
        event.stop()
        cited = parse_citation(event.value)
        # Only split when the text was more than a number; a bare number stays as typed.
        if cited["number"] and cited["number"] != event.value.strip():
            self.number.value = cited["number"]
            if cited.get("kind"):
                self.kind.value = cited["kind"]
            if cited.get("date"):
                self.date.value = cited["date"]
            if cited.get("title"):
                self.title.value = cited["title"]
