"""The edit form's fields, in screen order: what `EditScreen` composes inside its scrolling form.

Each field has the id that tui/widgets/form_values.py fills and reads it by (`#title`, `#date`,
`#participants`...), its label beside it (`.field-label`, which the draft screen marks) and, for
the fields that may have a problem, the place its problem line goes (`NOTE_AFTER`). The lists
(people, decisions, documents) are `RowSection`s (tui/widgets/decision_editor.py), the people's
with the person picker. The form's look is `EditScreen`'s CSS; this module only says what is
in it, so that the screen's own file is about what the form does.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Select, Static, TextArea

from store import PARTS_OF_DAY
from tui.i18n import _
from tui.widgets.approval import StatusFields
from tui.widgets.decision_editor import DecisionRow, DocumentRow, RowSection
from tui.widgets.person_picker import PersonPicker
from tui.widgets.row_fields import FieldInput
from tui.widgets.tick_box import TickBox

# Where a field's problem line goes (mounted under this widget when first needed, since a
# hidden line per field would cost every opening of the form).
NOTE_AFTER = {
    "status": "#status-line", "title": "#title-line", "kind": "#kind-line",
    "location": "#location-line", "source": "#source-line", "date_inferred": "#date-error",
    "part_of_day": "#time-line",
    "start_time": "#clock-line", "end_time": "#clock-line", "organisers": "#organisers",
    "notes": "#notes", "participants": "#picker", "decisions": "#add-decisions",
    "documents": "#add-documents", "approved_on": "#approval-line",
    "approved_by": "#approval-line",
}  # fmt: skip


def field_input(name: str, placeholder: str = "") -> FieldInput:
    """A one-line field of the form, born with the classes it will have (see `FieldInput`)."""
    return FieldInput(id=name, placeholder=placeholder, compact=True, classes="-valid")


def _field_line(name: str, label: str, widget: Widget) -> ComposeResult:
    with Horizontal(classes="field-line", id=f"{name}-line"):
        yield Static(Text(label), classes="field-label")
        yield widget


def form_fields() -> ComposeResult:
    """Every field of a meeting, empty (form_values.py fills them)."""
    yield StatusFields()
    yield from _field_line("title", _("Title"), field_input("title"))
    kinds = _("e.g. hội nghị, buổi làm việc, phiên họp")
    yield from _field_line("kind", _("Kind"), field_input("kind", kinds))
    with Horizontal(classes="field-line"):
        yield Static(Text(_("Date")), classes="field-label")
        # A hint that reads as a form, not a date already entered (it was 15/3/2024); the line
        # under the box lists every way.
        yield field_input("date", _("dd/mm/yyyy"))
        yield TickBox(_("Inferred (not stated in full)"), id="date_inferred", compact=True)
    yield Static(id="date-error", classes="field-error")
    # The part of day, then the times on their own line: at 80 columns the three did not fit
    # on one with the glossary's "Giờ bắt đầu" / "Giờ kết thúc".
    with Horizontal(classes="field-line", id="time-line"):
        yield Static(Text(_("Part of day")), classes="field-label")
        parts = [(_(part), part) for part in PARTS_OF_DAY]
        yield Select(parts, prompt=_("(not stated)"), id="part_of_day", compact=True)
    with Horizontal(classes="field-line", id="clock-line"):
        yield Static(Text(_("Start")), classes="field-label")
        # A hint that no one takes for a time already entered (it was "14:00").
        yield field_input("start_time", _("hh:mm"))
        yield Static(Text(_("End")), classes="short-label")
        yield field_input("end_time", _("hh:mm"))
    yield from _field_line("location", _("Place"), field_input("location"))
    yield Static(Text(_("Organisers")), classes="section")
    yield TextArea(id="organisers", placeholder=_("One per line: Name (short form | short form)"))
    yield RowSection("participants", _("People at the meeting"), add=PersonPicker(id="picker"))
    yield RowSection("decisions", _("Decisions"), new_row=DecisionRow, add_label=_("Add decision"))
    yield RowSection(
        "documents", _("Documents cited"), new_row=DocumentRow, add_label=_("Add document")
    )
    yield Static(Text(_("Notes")), classes="section")
    yield TextArea(id="notes", soft_wrap=True)
    yield from _field_line("source", _("Source"), field_input("source"))


__all__ = ["NOTE_AFTER", "field_input", "form_fields"]
