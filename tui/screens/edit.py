"""The edit / new-meeting screen: every field of a meeting, saved only when the record is valid.

The form holds text; `_raw()` turns it into the raw dict of docs/format.md and
`store.validate_record` (the one validator) says what is wrong, field by field, shown next to the
field. Saving runs in a worker: a new meeting through `Book.add`, an existing one through
`Book.save` with the version it was loaded at, so a change made elsewhere in the meantime (the
CLI, another window) is reported and offered for reload, never overwritten; a save is announced
through the app (`changed`), so the lists follow it. The rows (people, decisions, documents) live
in tui/widgets/person_picker.py and decision_editor.py.
"""

from __future__ import annotations

import re
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Checkbox, Footer, Input, Select, Static, TextArea

import store
from store import (
    MEETING_STATUSES,
    PARTS_OF_DAY,
    format_organiser,
    name_key,
    one_line,
    parse_organiser,
)
from tui.i18n import _
from tui.screens.base import BookScreen
from tui.screens.dialogs import ConfirmDialog
from tui.widgets.decision_editor import (
    Choice,
    DecisionRow,
    DocumentRow,
    EditableRow,
    RowList,
    RowSection,
    decision_rows,
    document_rows,
)
from tui.widgets.person_picker import ParticipantRow, PersonPicker

# "participants[2].name" → ("participants", "2", "name"); "date" → ("date", None, None).
FIELD = re.compile(r"^(?P<section>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>\w+))?")
LISTS = ("participants", "decisions", "documents")


# Where a field's problem line goes (mounted under this widget when first needed, since a
# hidden line per field would cost every opening of the form).
NOTE_AFTER = {
    "status": "#status-line", "title": "#title-line", "kind": "#kind-line",
    "location": "#location-line", "source": "#source-line", "date_inferred": "#date-error",
    "part_of_day": "#time-line",
    "start_time": "#time-line", "end_time": "#time-line", "organisers": "#organisers",
    "notes": "#notes", "participants": "#picker", "decisions": "#add-decisions",
    "documents": "#add-documents",
}  # fmt: skip


def _field_line(name: str, label: str, widget: Widget) -> ComposeResult:
    with Horizontal(classes="field-line", id=f"{name}-line"):
        yield Static(Text(label), classes="field-label")
        yield widget


class EditScreen(BookScreen[int | None]):
    """Edit a meeting (or record a new one); dismiss with its id when saved, None if left."""

    AUTO_FOCUS = "#title"  # not the scrolling form, which would be one focus change more
    BINDINGS = [
        Binding("ctrl+s", "save", _("Save"), priority=True, id="edit.save"),
        Binding("escape", "cancel", _("Leave"), id="edit.cancel"),
        Binding("ctrl+t", "add_person", _("Add person"), id="edit.person"),
    ]
    DEFAULT_CSS = """
    EditScreen #edit-heading { padding: 0 1; text-style: bold; }
    EditScreen #edit-status { padding: 0 1; display: none; }
    EditScreen #edit-status.shown { display: block; }
    EditScreen #edit-status.error { color: $error; }
    EditScreen #edit-form { padding: 0 1; }
    EditScreen #status-line { display: none; }
    EditScreen #status-line.shown { display: block; }
    EditScreen .field-line { height: 1; margin-top: 1; }
    EditScreen .field-label { width: 14; color: $text-muted; }
    EditScreen .field-line Input { width: 1fr; }
    EditScreen .field-line Select { width: 24; }
    EditScreen #date { width: 26; }
    EditScreen #date_inferred { margin-left: 2; }
    EditScreen #start_time, EditScreen #end_time { width: 10; }
    EditScreen .short-label { width: auto; margin: 0 1 0 3; color: $text-muted; }
    EditScreen .field-error { display: none; color: $error; padding-left: 14; height: auto; }
    EditScreen .field-error.shown { display: block; }
    EditScreen #date-error { display: block; color: $text-muted; }
    EditScreen #date-error.error { color: $error; }
    EditScreen .section { margin-top: 1; text-style: bold; }
    EditScreen #organisers { height: 5; }
    EditScreen #notes { height: 10; }
    """

    def __init__(
        self, meeting_id: int | None = None, *, template: store.MeetingRecord | None = None
    ) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self._template = template
        self._version: int | None = None  # the version loaded: saving expects it unchanged
        self._uid: str | None = None
        self._baseline: dict[str, Any] | None = None  # the form as loaded, to notice changes
        self._included: dict[str, list[EditableRow]] = {}  # rows behind the raw lists
        self._showing_problems = False
        self._busy = False
        self._notes: dict[str, list[str]] = {}  # field → the problems shown under it
        self._status_lines: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static(id="edit-heading")
        yield Static(id="edit-status")
        with VerticalScroll(id="edit-form"):
            # Shown for a draft only: there it is what a reviewer changes once the record is
            # checked; a kept record has nothing to choose (yet: the lifecycle will add steps).
            with Horizontal(classes="field-line", id="status-line"):
                yield Static(Text(_("Status")), classes="field-label")
                statuses = [(_(status), status) for status in MEETING_STATUSES]
                yield Select(statuses, allow_blank=False, value="final", id="status", compact=True)
                yield Static(
                    Text(_("A draft waits for review: choose final once it is checked.")),
                    classes="short-label",
                )
            yield from _field_line("title", _("Title"), Input(id="title", compact=True))
            yield from _field_line(
                "kind",
                _("Kind"),
                Input(
                    id="kind",
                    placeholder=_("e.g. hội nghị, buổi làm việc, phiên họp"),
                    compact=True,
                ),
            )
            with Horizontal(classes="field-line"):
                yield Static(Text(_("Date")), classes="field-label")
                yield Input(id="date", placeholder="15/3/2024, 3/2024, 2024", compact=True)
                yield Checkbox(_("Inferred (not stated in full)"), id="date_inferred", compact=True)
            yield Static(id="date-error", classes="field-error")
            with Horizontal(classes="field-line", id="time-line"):
                yield Static(Text(_("Part of day")), classes="field-label")
                parts = [(_(part), part) for part in PARTS_OF_DAY]
                yield Select(parts, prompt=_("(not stated)"), id="part_of_day", compact=True)
                yield Static(Text(_("Start")), classes="short-label")
                yield Input(id="start_time", placeholder="14:00", compact=True)
                yield Static(Text(_("End")), classes="short-label")
                yield Input(id="end_time", placeholder="16:30", compact=True)
            yield from _field_line("location", _("Place"), Input(id="location", compact=True))
            yield Static(Text(_("Organisers")), classes="section")
            yield TextArea(
                id="organisers", placeholder=_("One per line: Name (short form | short form)")
            )
            yield RowSection(
                "participants", _("People at the meeting"), add=PersonPicker(id="picker")
            )
            yield RowSection(
                "decisions", _("Decisions"), new_row=DecisionRow, add_label=_("Add decision")
            )
            yield RowSection(
                "documents", _("Documents cited"), new_row=DocumentRow, add_label=_("Add document")
            )
            yield Static(Text(_("Notes")), classes="section")
            yield TextArea(id="notes", soft_wrap=True)
            yield from _field_line("source", _("Source"), Input(id="source", compact=True))
        yield Footer()

    async def on_mount(self) -> None:
        if self.meeting_id is None:
            heading = self.new_heading()
            await self._fill(self._template)
            self._ready()
        else:
            heading = _("Edit meeting #{id}", id=self.meeting_id)
            self._status(_("Loading…"))
            self.query_one("#edit-form").loading = True
            self.load()
        self.query_one("#edit-heading", Static).update(Text(heading))

    def new_heading(self) -> str:
        """The heading of a meeting not yet in the book."""
        return _("New meeting")

    # Loading and filling ----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="edit-load")
    def load(self) -> None:
        assert self.meeting_id is not None
        try:
            record = self.book.meeting(self.meeting_id)
        except store.NotFound as exc:
            self.app.call_from_thread(self._status, str(exc), error=True)
            return
        self.app.call_from_thread(self._loaded, record)

    async def _loaded(self, record: store.MeetingRecord) -> None:
        self._version = record.version
        self._uid = record.uid
        await self._fill(record)
        self.query_one("#edit-form").loading = False
        self._status("")
        self._ready()

    def _ready(self) -> None:
        self._clear_problems()
        self._showing_problems = False
        self._baseline = self._raw()
        self.query_one("#title", Input).focus()

    async def _fill(self, record: store.MeetingRecord | None) -> None:
        """Show `record` in the form (None: an empty form)."""
        r = record
        texts = {
            "title": r.title if r else "",
            "kind": (r.kind or "") if r else "",
            "date": r.date.display() if r else "",
            "start_time": f"{r.start_time:%H:%M}" if r and r.start_time else "",
            "end_time": f"{r.end_time:%H:%M}" if r and r.end_time else "",
            "location": (r.location or "") if r else "",
            "source": (r.source or "") if r else "",
        }
        for name, value in texts.items():
            self.query_one(f"#{name}", Input).value = value
        self.query_one("#date_inferred", Checkbox).value = bool(r and r.date_inferred)
        status = r.status if r else "final"
        self.query_one("#status", Select).value = status
        self.query_one("#status-line").set_class(status != "final", "shown")
        part = self.query_one("#part_of_day", Select)
        if r and r.part_of_day:
            part.value = r.part_of_day
        else:
            part.clear()
        organisers = [format_organiser(o.name, o.short_forms) for o in r.organisers] if r else []
        self.query_one("#organisers", TextArea).text = "\n".join(organisers)
        self.query_one("#notes", TextArea).text = (r.notes or "") if r else ""
        people = [ParticipantRow.from_record(p) for p in r.participants] if r else []
        await self.query_one("#participants", RowList).replace(list(people))
        await self.query_one("#decisions", RowList).replace(decision_rows(r))
        await self.query_one("#documents", RowList).replace(document_rows(r))
        self._read_date()

    # The form as a raw record -----------------------------------------------------------------

    def _raw(self) -> dict[str, Any]:
        """The form as the raw dict of docs/format.md (what `validate_record` takes)."""

        def text(name: str) -> str | None:
            return self.query_one(f"#{name}", Input).value or None

        raw: dict[str, Any] = {"uid": self._uid} if self._uid else {}
        raw.update(
            title=self.query_one("#title", Input).value,
            kind=text("kind"),
            date_inferred=self.query_one("#date_inferred", Checkbox).value,
            part_of_day=self.query_one("#part_of_day", Select).selection,
            start_time=text("start_time"),
            end_time=text("end_time"),
            location=text("location"),
            organisers=[
                parse_organiser(line)
                for line in self.query_one("#organisers", TextArea).text.splitlines()
                if line.strip()
            ],
            notes=self.query_one("#notes", TextArea).text or None,
            source=text("source"),
            status=self.query_one("#status", Select).selection or "final",
        )
        if (date := self.query_one("#date", Input).value).strip():
            raw["date"] = date  # absent when empty, so the problem says "is required"
        for section in LISTS:
            rows = [row for row in self.query_one(f"#{section}", RowList).rows()]
            self._included[section] = [row for row in rows if not row.is_blank()]
            raw[section] = [row.to_raw() for row in self._included[section]]
        return raw

    def _changed(self) -> bool:
        return self._baseline is not None and self._raw() != self._baseline

    def _check(self, *, focus: bool) -> store.MeetingRecord | None:
        """Validate the form; show each problem by its field. The record, or None if invalid."""
        result = store.validate_record(self._raw())
        self._clear_problems()
        self._showing_problems = not isinstance(result, store.MeetingRecord)
        if isinstance(result, store.MeetingRecord):
            return result
        targets = [self._show_problem(problem) for problem in result]
        first = next((target for target in targets if target is not None), None)
        if focus and first is not None:
            first.focus()
        return None

    def _show_problem(self, problem: store.Problem) -> Widget | None:
        """Put `problem` next to its field; return the widget to focus for it."""
        match = FIELD.match(problem.field)
        if match is None:
            # A rule across fields ("end_time is before start_time", "listed twice").
            if problem.reason.startswith("end_time"):
                return self._field_problem("end_time", problem.reason)
            self._status(problem.reason, error=True, add=True)
            return None
        section, index, sub = match["section"], match["index"], match["sub"]
        if section in LISTS and index is not None:
            rows = self._included[section]
            if int(index) <= len(rows):
                return rows[int(index) - 1].show_error(sub or "", problem.reason)
        if section == "organisers" and index is not None:
            reason = _("line {line}: {reason}", line=index, reason=problem.reason)
            return self._field_problem("organisers", reason)
        return self._field_problem(section, problem.reason)

    def _field_problem(self, name: str, reason: str) -> Widget | None:
        note = self._note(name)
        if note is None:  # not a field of the form (uid): say it at the top
            self._status(reason, error=True, add=True)
            return None
        self._notes.setdefault(name, []).append(reason)
        note.update(Text(one_line("; ".join(self._notes[name]))))
        note.add_class("shown", "error")
        found = self.query("#picker" if name == "participants" else f"#{name}")
        return found.first() if found else None

    def _note(self, name: str) -> Static | None:
        """The problem line of field `name`, mounted under the field the first time."""
        found = self.query(f"#{name}-error")
        if found:
            return found.first(Static)
        if name not in NOTE_AFTER:
            return None
        anchor = self.query_one(NOTE_AFTER[name])
        note = Static(id=f"{name}-error", classes="field-error")
        assert isinstance(anchor.parent, Widget)
        anchor.parent.mount(note, after=anchor)
        return note

    def _clear_problems(self) -> None:
        self._notes = {}
        for note in self.query(".field-error"):
            note.remove_class("shown", "error")
            if isinstance(note, Static):
                note.update("")
        for section in LISTS:
            for row in self.query_one(f"#{section}", RowList).rows():
                row.clear_error()
        self._status("")
        self._read_date()

    def _read_date(self) -> None:
        """The line under the date: how it was read, or why it cannot be."""
        note = self.query_one("#date-error", Static)
        value = self.query_one("#date", Input).value
        note.add_class("shown")
        if not value.strip():
            note.remove_class("error")
            note.update(Text(_("Day, month or year: 15/3/2024, 3/2024, 2024")))
            return
        try:
            date = store.parse_partial_date(value)
        except store.DateError as exc:
            note.add_class("error")
            note.update(Text(one_line(str(exc))))
            return
        note.remove_class("error")
        note.update(Text(_("Read as: {date} ({precision})", date=date.display(),
                           precision=_(date.precision))))  # fmt: skip

    def _status(self, message: str, *, error: bool = False, add: bool = False) -> None:
        """The line under the heading: loading, a save that failed, a rule across fields."""
        self._status_lines = [*self._status_lines, message] if add else [message]
        status = self.query_one("#edit-status", Static)
        status.set_class(bool(message), "shown")
        status.set_class(error, "error")
        status.update(Text(one_line("; ".join(filter(None, self._status_lines)))))

    # Reacting to edits ------------------------------------------------------------------------

    @on(Input.Changed)
    @on(Select.Changed)
    @on(TextArea.Changed)
    @on(Checkbox.Changed)
    @on(Choice.Changed)
    @on(RowList.Changed)
    def _edited(self, event: Any) -> None:
        if getattr(event, "input", None) is self.query_one("#date", Input):
            self._read_date()
        if self._showing_problems:
            self._check(focus=False)  # problems disappear as they are put right

    @on(PersonPicker.Picked)
    async def _picked(self, event: PersonPicker.Picked) -> None:
        people = self.query_one("#participants", RowList)
        key = name_key(event.person_name)
        for row in people.rows():
            raw = row.to_raw()
            if name_key(raw["name"]) == key and raw["role"] == "attendee":
                name = one_line(raw["name"])
                self.notify(_("{name} is already listed.", name=name), markup=False)
                return
        await people.add(ParticipantRow(event.person_name, "attendee", event.title), focus=False)
        self.query_one(PersonPicker).input.scroll_visible()  # ready for the next name

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()  # Enter in a field goes on to the next, as in a paper form

    # Actions ----------------------------------------------------------------------------------

    def action_save(self) -> None:
        if self._busy or self._baseline is None:
            return  # still loading, or a save is under way
        record = self._check(focus=True)
        if record is None:
            self.notify(_("Not saved: put right what is marked."), severity="error")
            return
        self._busy = True
        self.save(record)

    @work(thread=True, exclusive=True, group="edit-save")
    def save(self, record: store.MeetingRecord) -> None:
        try:
            if self.meeting_id is None:
                meeting_id = self.book.add(record)
            else:
                meeting_id = self.meeting_id
                self.book.save(meeting_id, record, expected_version=self._version)
        except store.VersionConflict as exc:
            self.app.call_from_thread(self._conflict, deleted=exc.actual is None)
        except store.StoreError as exc:
            self.app.call_from_thread(self._save_failed, str(exc))
        else:
            self.app.call_from_thread(self._saved, meeting_id)

    def _saved(self, meeting_id: int) -> None:
        self._busy = False
        self.app.changed(meeting_id)
        self.notify(_("Saved"))
        self.dismiss(meeting_id)

    def _save_failed(self, message: str) -> None:
        self._busy = False
        self._status(message, error=True)
        reason = one_line(message)
        self.notify(_("Not saved: {reason}", reason=reason), severity="error", markup=False)

    def _conflict(self, *, deleted: bool) -> None:
        self._busy = False
        if deleted:
            question = _(
                "This meeting was deleted elsewhere while you edited it. "
                "Save your version as a new meeting?"
            )
            dialog = ConfirmDialog(question, yes=_("Save as new"), no=_("Keep editing"))
            self.app.push_screen(dialog, self._save_again)
            return
        question = _(
            "This meeting was changed elsewhere since you opened it. Reload it? "
            "Your changes here will be lost."
        )
        dialog = ConfirmDialog(question, yes=_("Reload"), no=_("Keep editing"))
        self.app.push_screen(dialog, self._reload)

    def _reload(self, reload: bool | None) -> None:
        if reload:
            self._status(_("Loading…"))
            self.load()
        else:
            self._status(_("Changed elsewhere: reload (ctrl+s, then Reload) before saving."))

    def _save_again(self, again: bool | None) -> None:
        if again:  # as a new meeting: the one it was is gone
            self.meeting_id, self._version, self._uid = None, None, None
            self.action_save()

    def action_cancel(self) -> None:
        if not self._changed():
            self.dismiss(None)
            return
        question = _("Leave without saving your changes?")
        dialog = ConfirmDialog(question, yes=_("Leave"), no=_("Keep editing"))

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss(None)

        self.app.push_screen(dialog, answered)

    def action_add_person(self) -> None:
        self.query_one(PersonPicker).focus()
