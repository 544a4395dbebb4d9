"""The edit / new-meeting screen: every field of a meeting, saved only when the record is valid.

The form holds text; `_raw()` turns it into the raw dict of docs/format.md and
`store.validate_record` (the one validator) says what is wrong, field by field, shown next to the
field. Saving runs in a worker: a new meeting through `Book.add`, an existing one through
`Book.save` with the version it was loaded at, so a change made elsewhere in the meantime (the
CLI, another window) is reported and offered for reload, never overwritten; a save is announced
through the app (`changed`), so the lists follow it. The fields are laid out by
tui/widgets/meeting_form.py; the rows (people, decisions, documents) live in person_picker.py and
decision_editor.py, each resting as one widget until the focus goes into it (row_cells.py); the
form's values in form_values.py; the date's inferred mark and the part of day follow a date and a
start time typed, as `minutebook edit` has them (form_when.py), and an empty kind the title, as
`minutebook add` has it (form_kind.py). The record is read while the form
is built, and the form is shown once it holds it: laid out once, not first empty and then again.

Stored text is shown with its control characters visible and read back as stored unless the
person changes the field (tui/widgets/stored_text.py), so an untouched form holds the record as
it is; ctrl+s on it saves nothing and leaves, as esc does.

Nothing typed is lost (tui/recovery.py): the form keeps a recovery copy while it holds unsaved
work, removed on a save or a deliberate leave, and reopens one (`recovered`). A save that meets a
newer version opens the conflict screen (through the app), where the two saves are merged field
by field. The status (draft, final, approved, locked) and the approval are
tui/widgets/approval.py's; locked minutes open read only and change by an amendment with a reason.
"""

from __future__ import annotations

import contextlib
import inspect
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Select, Static, TextArea

import store
from store import name_key, one_line
from tui.i18n import _
from tui.screens.dialogs import ConfirmDialog
from tui.screens.edit_safety import FormSafety
from tui.threads import hand_back
from tui.widgets.decision_editor import EditableRow, RowList
from tui.widgets.form_kind import KindFromTitle
from tui.widgets.form_values import fill_form, raw_record, read_form, record_values
from tui.widgets.form_when import WhenFields
from tui.widgets.key_footer import KeyFooter
from tui.widgets.meeting_form import NOTE_AFTER, form_fields
from tui.widgets.person_picker import ParticipantRow, PersonPicker
from tui.widgets.row_fields import Choice

if TYPE_CHECKING:
    from tui.recovery import RecoveryCopy

# "participants[2].name" → ("participants", "2", "name"); "date" → ("date", None, None).
FIELD = re.compile(r"^(?P<section>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>\w+))?")
LISTS = ("participants", "decisions", "documents")
APPROVAL = ("approved_on", "approved_by")  # the approval's line (tui/widgets/approval.py)


class EditScreen(FormSafety):
    """Edit a meeting (or record a new one); dismiss with its id when saved, None if left."""

    AUTO_FOCUS = "#title"  # not the scrolling form, which would be one focus change more
    BINDINGS = [
        Binding("ctrl+s", "save", _("Save"), priority=True, id="edit.save"),
        Binding("escape", "cancel", _("Leave"), id="edit.cancel"),
        Binding("ctrl+t", "add_person", _("Add person"), id="edit.person"),
        Binding("e", "amend", _("Amend"), id="edit.amend"),
    ]
    DEFAULT_CSS = """
    EditScreen #edit-heading { padding: 0 1; text-style: bold; }
    EditScreen #edit-status { padding: 0 1; display: none; }
    EditScreen #edit-status.shown { display: block; }
    EditScreen #edit-status.error { color: $error; }
    /* Its scrollbar from the start (the form is taller than the screen): a form laid out before
       its bar appeared was laid out again, every field, two cells narrower, and even with the
       bar's room kept, the bar appearing in the first layout cost two more, frames later. */
    EditScreen #edit-form { padding: 0 1; overflow-y: scroll; }
    EditScreen .field-line { height: 1; margin-top: 1; }
    EditScreen .field-label { width: 14; color: $text-muted; }
    EditScreen .field-line Input { width: 1fr; }
    EditScreen .field-line Select { width: 24; }
    EditScreen #date { width: 22; }
    EditScreen #date_inferred { margin-left: 2; }
    EditScreen #start_time, EditScreen #end_time { width: 12; }
    EditScreen .short-label { width: auto; margin: 0 1 0 3; color: $text-muted; }
    /* A hint, not a value: a time typed reads upright, the hint "hh:mm" in italics. */
    EditScreen Input > .input--placeholder { text-style: italic; }
    EditScreen .field-error { display: none; color: $error; padding-left: 14; height: auto; }
    EditScreen .field-error.shown { display: block; }
    EditScreen #date-error { display: block; color: $text-muted; }
    EditScreen #date-error.error { color: $error; }
    EditScreen .section { margin-top: 1; text-style: bold; }
    EditScreen #organisers { height: 5; }
    EditScreen #notes { height: 10; }
    """

    def __init__(
        self,
        meeting_id: int | None = None,
        *,
        template: store.MeetingRecord | None = None,
        recovered: RecoveryCopy | None = None,
    ) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self._template = template
        self.recovered = recovered
        self.base = None
        self.locked, self.reason = False, None
        self._standing = ""
        self.keeper = None
        self._version: int | None = None  # the version loaded: saving expects it unchanged
        self._uid: str | None = None
        self._baseline: dict[str, Any] | None = None  # the form as loaded, to notice changes
        self._included: dict[str, list[EditableRow]] = {}  # rows behind the raw lists
        self._showing_problems = False
        self._busy = False
        self._notes: dict[str, list[str]] = {}  # field → the problems shown under it
        self._status_lines: list[str] = []
        self._areas: list[TextArea] = []  # the form's TextAreas (on_unmount)
        self._mounted = False
        self._found: Callable[[], object] | None = None  # read before the form was mounted
        self.when = WhenFields(self)
        self.kind_from_title = KindFromTitle(self)  # until the person gives a kind

    def compose(self) -> ComposeResult:
        self.app.collection.hold()  # the form's ~90 widgets first (tui/memory.py)
        if self.meeting_id is not None:
            self.load()  # read while the form is built, not after: shown by on_mount's end
        yield Static(id="edit-heading")
        yield Static(id="edit-status")
        # Hidden until the record is in it: laid out once, filled, not twice under a spinner
        # (hidden by its own style, not a class: a class taken off restyles all it holds).
        form = VerticalScroll(id="edit-form")
        form.display = self.meeting_id is None
        with form:
            yield from form_fields()
        # The footer is mounted by on_mount, once the title has the focus (below).

    _resumed = False  # the screen has been shown once
    focus_backward = False  # the last Tab went back: a resting row opens at its last field

    def focus_next(self, selector: str | type[Widget] = "*") -> Widget | None:
        self.focus_backward = False
        return super().focus_next(selector)

    def focus_previous(self, selector: str | type[Widget] = "*") -> Widget | None:
        self.focus_backward = True
        return super().focus_previous(selector)

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Shown for the first time: every widget was styled as it was mounted a moment ago,
        # and Textual's own handler (which runs after this one) would style them all again.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def _screen_resized(self, size: Size) -> None:
        # Textual lays a screen out when it is shown, and that layout sends the screen a Resize,
        # on which it lays everything out again at the same size: for this form, a second
        # layout of ~90 widgets and a second frame, changing nothing. A real resize still does.
        if size != self._compositor.size:
            super()._screen_resized(size)

    async def on_mount(self) -> None:
        self._areas = list(self.query(TextArea))
        path = self.recovered.path if self.recovered else None
        self.keeper = self.app.recovery.keeper(self, self.snapshot, path)
        if self.meeting_id is None:
            heading = self.new_heading()
            await self._fill(self._template)
            self._ready()
        else:
            heading = _("Edit meeting #{id}", id=self.meeting_id)
            self._status(_("Loading…"))
        if self.recovered is not None:
            heading = _("{heading} (recovered, not saved yet)", heading=heading)
        self.query_one("#edit-heading", Static).update(Text(heading))
        self._mounted = True
        if self._found is not None:  # the record came before the form was mounted
            await self._show_found(self._found)
        # Mounted after the focus is on the title (as it is by now when the record came before
        # the form was mounted, as it mostly does): a footer composed with the form showed `?`
        # for help, then, once the title had the focus, laid itself out again for f1 after the
        # first frame.
        await self.mount(KeyFooter())

    def new_heading(self) -> str:
        """The heading of a meeting not yet in the book."""
        return _("New meeting")

    # Loading and filling ----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="edit-load")
    def load(self) -> None:
        assert self.meeting_id is not None
        try:
            record = base = self.book.meeting(self.meeting_id)
            version = self.recovered.version if self.recovered else None
            if version is not None and version != record.version:
                with contextlib.suppress(store.StoreError):  # the version the copy was typed on
                    base = self.book.version(self.meeting_id, version)
        except store.NotFound as exc:
            gone = self.recovered is not None  # reopened after the meeting went: a new one
            found = partial(self._gone if gone else self._status, str(exc), error=True)
        else:
            found = partial(self._loaded, record, base)
        hand_back(self, self._show_found, found)

    async def _show_found(self, found: Callable[[], object]) -> None:
        """Show what `load` found, once the form is mounted (it may be read before)."""
        self._found = None if self._mounted else found
        if self._mounted:
            shown = found()
            if inspect.isawaitable(shown):
                await shown

    async def _loaded(self, record: store.MeetingRecord, base: store.MeetingRecord) -> None:
        self._version = base.version
        self._uid = record.uid
        self.base = base
        await self._fill(None if self.recovered else record)
        self.query_one("#edit-form").display = True
        self._status("")
        self._ready()
        if record.status == "locked" and (self.recovered is None or self.recovered.reason is None):
            self._lock()

    async def _gone(self, message: str, *, error: bool) -> None:
        self.meeting_id, self._version, self._uid = None, None, None
        await self._fill(None)
        self.query_one("#edit-form").display = True
        self._ready()
        self._status(_("{reason}: saving makes it a new meeting.", reason=message), error=error)

    def _ready(self) -> None:
        self._clear_problems()
        self._showing_problems = False
        self._baseline = self._raw()
        self.when.begin()
        self.kind_from_title.begin()
        # At once, not after the next message as focus() does: the footer, mounted next
        # (on_mount), lays out the title's keys.
        self.set_focus(self.query_one("#title", Input))
        if self.recovered is not None and self.recovered.reason:
            self._amending(self.recovered.reason)

    def on_unmount(self) -> None:
        # A TextArea watches the app's theme, and Textual lets go of a closed one only when the
        # theme next changes: until then every form ever opened stayed in memory, walked by
        # every full collection of the garbage (Textual has no way to stop watching; its list
        # of watchers is the app's "__watchers", and without it there is nothing to do).
        watching = getattr(self.app, "__watchers", {}).get("theme")
        if isinstance(watching, list):
            watching[:] = [entry for entry in watching if entry[0] not in self._areas]

    async def _fill(self, record: store.MeetingRecord | None) -> None:
        """Show `record` in the form (None: empty, or the recovery copy this form reopens)."""
        values = record_values(record)
        if record is None and self.recovered is not None:
            copied = self.recovered.record
            checked = store.validate_record(copied) if copied is not None else None
            if isinstance(checked, store.MeetingRecord):
                values = record_values(checked)
            elif self.recovered.fields is not None:
                values = self.recovered.fields
        # Showing the record is not an edit: no Changed message for every field filled.
        with self.prevent(Input.Changed, TextArea.Changed, Select.Changed, Checkbox.Changed):
            await fill_form(self, values)
        self.when.read_date()

    def _raw(self) -> dict[str, Any]:
        """The form as the raw dict of docs/format.md (what `validate_record` takes)."""
        return raw_record(read_form(self, self._included), self._uid)

    def _changed(self) -> bool:
        if self.recovered is not None:
            return True  # typed in an earlier session and never saved
        if any(picker.input.value.strip() for picker in self.query(PersonPicker)):
            return True  # a name typed to add, not added yet: esc, esc lost it unasked
        return self._baseline is not None and self._raw() != self._baseline

    def _check(self, *, focus: bool) -> store.MeetingRecord | None:
        """Validate the form; show each problem by its field. The record, or None if invalid."""
        result = store.validate_record(self._raw())
        clash = self.when.clash()  # 13:00 typed on a morning meeting (form_when.py)
        self._clear_problems()
        self._showing_problems = True
        if isinstance(result, store.MeetingRecord):
            if clash is None:
                self._showing_problems = False
                return result
            result = []
        targets = [self._show_problem(problem) for problem in result]
        if clash is not None and not any(p.field == "start_time" for p in result):
            targets.append(self._field_problem("start_time", clash))
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
        if section in APPROVAL:  # two fields on one line: the note says which, by its label
            label = _(store.FIELD_LABELS[section])
            return self._field_problem(section, f"{label}: {problem.reason}")
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
        self.when.read_date()

    def _status(self, message: str, *, error: bool = False, add: bool = False) -> None:
        """The line under the heading: loading, a save that failed, a rule across fields; else
        the standing note (locked minutes, an amendment under way)."""
        message = message or ("" if add else self._standing)
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
        if self.keeper is not None and self._baseline is not None:
            self.keeper.changed()  # a recovery copy, once the keys stop
        self.when.edited(event)  # the inferred mark and the part of day follow (form_when.py)
        self.kind_from_title.edited(event)  # the kind follows the title (form_kind.py)
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
        if self.locked and self.reason is None:
            self.action_amend()  # locked minutes: an amendment, with its reason, or nothing
            return
        if self.meeting_id is not None and not self._changed():
            # Nothing changed: nothing to save (no new version, no history row); the form
            # leaves as esc leaves a clean form.
            self.action_cancel()
            return
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
            elif self.reason is not None:
                meeting_id = self.meeting_id
                self.book.amend_record(
                    meeting_id, record, reason=self.reason, expected_version=self._version
                )
            else:
                meeting_id = self.meeting_id
                self.book.save(meeting_id, record, expected_version=self._version)
        except store.VersionConflict as exc:
            if exc.actual is None:
                hand_back(self, self._deleted_elsewhere)
            else:
                hand_back(self, self._conflict, record)
        except store.StoreError as exc:
            # A move the lifecycle refuses says it with the form's fields, not the CLI's flags.
            hand_back(self, self._save_failed, getattr(exc, "in_form", None) or str(exc))
        else:
            hand_back(self, self._saved, meeting_id, record.title)

    def _saved(self, meeting_id: int, title: str | None = None) -> None:
        """Say which meeting was saved (its number and title, as typed: never markup); a new
        one is shown on the home list even where its search would hide it."""
        if title is None:  # saved through the comparison of two saves: the form's title
            title = self.query_one("#title", Input).value
        self._busy = False
        self.discard_work()
        self.app.changed(meeting_id, reveal=self.meeting_id is None)
        message = _("Saved meeting #{id}: {title}", id=meeting_id, title=one_line(title))
        self.notify(message, markup=False)
        self.dismiss(meeting_id)

    def _save_failed(self, message: str) -> None:
        self._busy = False
        self._status(message, error=True)  # the store's refusal (a draft approved...), one line
        reason = one_line(message)
        self.notify(_("Not saved: {reason}", reason=reason), severity="error", markup=False)

    def action_cancel(self) -> None:
        if not self._changed():
            self.discard_work()
            self.dismiss(None)
            return
        question = _("Leave without saving your changes?")
        dialog = ConfirmDialog(question, yes=_("Leave"), no=_("Keep editing"))

        def answered(leave: bool | None) -> None:
            if leave:
                self.discard_work()
                self.dismiss(None)

        self.app.push_screen(dialog, answered)

    def action_add_person(self) -> None:
        self.query_one(PersonPicker).focus()
