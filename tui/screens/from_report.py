"""New meeting from a report: paste a news report (or give its file), check the draft, save it.

`ReportDialog` takes the report: its text pasted, or the path of a text or HTML file (read by
`store.read_report`, whose one-line error shows in the dialog). The app (`new_from_report`) runs
the extractor (`Book.draft_from_report`) in a worker and opens `DraftEditScreen`: the ordinary edit
form filled with the draft, status `draft`, the fields the extractor guessed marked, and what to
check listed above the form (`DraftChecks`, folded to two lines on a small terminal), first of all
a meeting the book already holds, found as `import --from-report` finds it (`Book.same_meeting`).
Nothing is written until the person saves; leaving asks first, since the draft would be lost, and
so does quitting (the dialog's pasted text and the draft form are unsaved work: `unsaved_work`).
`DraftEditScreen` is an `EditScreen`, the one screen this module imports; it keeps a recovery copy
as every edit form does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static, TextArea

import store
from store import Draft, draft_record, flag_lines, guessed_fields, one_line, roles_lines
from tui.i18n import _
from tui.screens.edit import EditScreen
from tui.threads import hand_back
from tui.widgets.decision_editor import DecisionRow
from tui.widgets.draft_checks import TOGGLE_ID, DraftChecks
from tui.widgets.key_footer import KeyFooter

# Where each guessed record field shows in the form: its widget, and the label beside or above it
# (the form's own words, so the marked label reads as the form does).
GUESSED_WIDGETS = {
    "status": ("#status", "Status"),
    "title": ("#title", "Title"),
    "kind": ("#kind", "Kind"),
    "date": ("#date", "Date"),
    "part_of_day": ("#part_of_day", "Part of day"),
    "location": ("#location", "Place"),
    "organisers": ("#organisers", None),
    "participants": ("#participants-section", "People at the meeting"),
    "decisions": ("#decisions-section", "Decisions"),
    "documents": ("#documents-section", "Documents cited"),
}


@dataclass(frozen=True)
class Report:
    """A report as given: its text, whether it is HTML (None: let the extractor tell), whence."""

    text: str
    html: bool | None
    source: str | None


class ReportDialog(ModalScreen[Report | None]):
    """Take a report's text (pasted) or its file; dismiss with it, or None when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", _("Cancel"), id="report.cancel"),
        Binding("ctrl+s", "read", _("Read report"), priority=True, id="report.read"),
    ]
    DEFAULT_CSS = """
    ReportDialog { align: center middle; }
    /* One-line path and buttons, and no padding above and below: at 80×24 the paste box, the
       point of the dialog, had no line left to show. */
    ReportDialog > Vertical {
        width: 90%; height: 90%; max-width: 110; max-height: 40;
        border: round $primary; background: $surface; padding: 0 1;
    }
    ReportDialog #report-heading { text-style: bold; }
    ReportDialog #report-path { margin-top: 1; }
    ReportDialog #report-text { height: 1fr; min-height: 5; margin-top: 1; }
    ReportDialog #report-error { color: $error; height: auto; }
    ReportDialog Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    ReportDialog Button { margin-left: 2; }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(_("New meeting from a report")), id="report-heading")
            yield Static(
                Text(
                    _(
                        "Paste the report's text in the box below, or type the path of its file "
                        "(.txt, .html or Word .docx) on the File line (shift+tab goes up to it). "
                        "Nothing is saved until you save the form that follows."
                    )
                )
            )
            yield PathInput(
                placeholder=_("File: path of a .txt, .html or .docx report or Biên bản"),
                id="report-path",
                compact=True,
            )
            yield TextArea(id="report-text", soft_wrap=True)
            yield Static(id="report-error")
            # Tab goes from the paste box to reading it, then to Cancel (focus follows this order).
            with Horizontal():
                yield Button(_("Read report"), id="read", variant="primary", compact=True)
                yield Button(_("Cancel"), id="cancel", compact=True)
        yield KeyFooter()  # its own keys, not those of the screen under it

    def on_mount(self) -> None:
        self.query_one("#report-text", TextArea).focus()

    def on_paste(self, event: events.Paste) -> None:
        """A paste made on a button (or a report pasted into the path box) lands in the paste
        box, not nowhere: the box takes the focus, the text goes in at its cursor."""
        box = self.query_one("#report-text", TextArea)
        if not event.text or self.focused is box:
            return  # the box took it itself
        event.stop()
        box.focus()
        box.move_cursor(box.replace(event.text, *box.selection).end_location)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "read":
            self.action_read()
        else:
            self.dismiss(None)

    @on(Input.Submitted, "#report-path")
    def _path_given(self) -> None:
        self.action_read()

    def action_read(self) -> None:
        path = self.query_one("#report-path", Input).value.strip()
        pasted = self.query_one("#report-text", TextArea).text.strip()
        if not path and "\n" not in pasted and _is_file(pasted):
            path = pasted  # a path typed where the text goes: what else could it mean
        if path:
            try:
                text, html = store_read(path)
            except store.StoreError as exc:
                self._error(str(exc))
                return
            self.dismiss(Report(text, html, Path(path).name))
            return
        text = self.query_one("#report-text", TextArea).text
        if not text.strip():
            self._error(_("Paste a report's text or give its file first."))
            return
        self.dismiss(Report(text, None, None))

    def _error(self, message: str) -> None:
        self.query_one("#report-error", Static).update(Text(one_line(message)))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def unsaved_work(self) -> str | None:
        """The report given and not read yet (the question before quitting names it)."""
        typed = self.query_one("#report-text", TextArea).text.strip()
        named = self.query_one("#report-path", Input).value.strip()
        return _("the report you pasted, not read yet") if typed or named else None

    def discard_work(self) -> None:
        """Nothing kept on disk: the pasted text goes with the dialog."""


class PathInput(Input):
    """The path box: a path pasted in it stays there; a text of several lines is a report,
    which it leaves to the dialog to put in the paste box (an Input keeps only the first line)."""

    def _on_paste(self, event: events.Paste) -> None:
        if "\n" in event.text.strip():
            event.prevent_default()  # not Input's paste of the first line
            event.stop()
            self.screen.post_message(events.Paste(event.text))  # to the dialog, as a paste
        # else Input's own `_on_paste` runs next (Textual calls each class's handler in turn)


def _is_file(text: str) -> bool:
    try:
        return bool(text) and len(text) < 4096 and Path(text).expanduser().is_file()
    except (OSError, ValueError):
        return False


def store_read(path: str) -> tuple[str, bool | None]:
    """The report file at `path` (`~` allowed): its text and whether it is HTML."""
    return store.read_report(str(Path(path).expanduser()))


class DraftEditScreen(EditScreen):
    """The edit form filled with a draft from a report: guesses marked, nothing saved yet."""

    BINDINGS = [
        Binding("f2", "toggle_checks", _("To check"), id=TOGGLE_ID),
    ]
    DEFAULT_CSS = """
    DraftEditScreen .guessed { background: $warning 20%; }
    DraftEditScreen .guessed-label { color: $warning; text-style: bold; }
    """

    def __init__(self, draft: Draft) -> None:
        checked = store.validate_record(draft_record(draft))
        # The extractor hands back only valid drafts; should one ever not be, the form opens
        # with what it has and says why (the draft's problems show when saving).
        self.checked = checked if isinstance(checked, store.MeetingRecord) else None
        super().__init__(None, template=self.checked)
        self.draft = draft
        self.guessed = guessed_fields(draft)

    def new_heading(self) -> str:
        return _("New meeting from a report (draft)")

    def _ready(self) -> None:
        super()._ready()
        lead = _("Fields marked ? are the extractor's guesses: check them, then save (ctrl+s).")
        # The extractor's flags first: folded, the block shows the first point.
        points = flag_lines(self.draft.flags)
        # A person the draft gives two roles is two rows of the form: said in the store's
        # words, as `minutebook extract` says it (one row naming both roles).
        points += roles_lines(self.draft)
        decisions = self.draft.record.get("decisions", [])
        if any(d.get("responsible") or d.get("due") for d in decisions):
            points.append(
                _("Who carries out each decision and by when were read from the report (tinted): "
                  "check them.")
            )  # fmt: skip
        self.mount(DraftChecks(lead, points, id="draft-flags"), after="#edit-heading")
        self._mark_guesses()
        if self.checked is not None:
            self.look_for_the_same_meeting(self.checked)
        if self.keeper is not None:
            self.keeper.changed()  # the draft is unsaved work from the start: keep a copy

    @work(thread=True, exclusive=True, group="draft-twin")
    def look_for_the_same_meeting(self, record: store.MeetingRecord) -> None:
        """Whether the book already holds this meeting, as `import --from-report` tells (the
        store's `Book.same_meeting`): a report drafted twice is said before it is saved twice."""
        try:
            said = store.twin_said(self.book, record)
        except store.StoreError:
            return  # a book that cannot answer now: saving still says what it finds
        if said is not None:
            hand_back(self, self._say_first, said[1])

    def _say_first(self, point: str) -> None:
        for checks in self.query(DraftChecks):  # none once the form has gone
            checks.put_first(point)

    def on_resize(self, event: events.Resize) -> None:
        for checks in self.query(DraftChecks):
            checks.fit(event.size.height)

    def action_toggle_checks(self) -> None:
        """Show every point to check, or fold them again into two lines."""
        self.query_one(DraftChecks).toggle()

    def _mark_guesses(self) -> None:
        """Tint each guessed field and put a ? after its label; tint each decision's owner and
        deadline, which the extractor read by rule."""
        for row in self.query(DecisionRow):
            for field in (row.responsible, row.due):
                if field.value.strip():
                    field.add_class("guessed")
        for field in sorted(self.guessed):
            if field not in GUESSED_WIDGETS:
                continue
            selector, label_text = GUESSED_WIDGETS[field]
            widget = self.query_one(selector)
            widget.add_class("guessed")
            if label_text is None or widget.parent is None:
                continue
            # A field's label sits beside it in its line; a list's heading is in its section.
            holder = widget if selector.endswith("-section") else widget.parent
            labels = holder.query(".field-label, .section")
            if labels:
                label = labels.first(Static)
                label.add_class("guessed-label")
                label.update(Text(f"{_(label_text)} ?"))

    def _changed(self) -> bool:
        # The whole draft is unsaved work: leaving always asks first.
        return True

    def work_name(self, title: str) -> str:
        return _("the draft from a report “{title}”", title=title)
