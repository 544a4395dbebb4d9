"""Where a record stands, in the edit form: its status, its approval, and locked minutes.

`StatusFields` is the form's status choice (draft / final / approved / locked, the store's
`MEETING_STATUSES`) with the approval's date and by whom (thông qua), shown when the status is
approved or locked, and part of the record only then. The rules of moving between statuses are
the store's (a draft is checked and made final before it is approved; nothing moves back; locked
minutes change only by an amendment with a reason): the form shows the store's refusal as its
one-line error, naming the form's fields. `lock_fields` makes the form read only (locked
minutes) or editable again but for the status (an amendment leaves it), and `AmendReasonDialog`
asks why locked minutes are corrected.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Select, Static

from store import MEETING_STATUSES
from tui.i18n import _
from tui.widgets.stored_text import show_stored, stored_text

APPROVED = ("approved", "locked")  # the statuses that say when and by whom
EDITABLE = "Input, TextArea, Select, Checkbox, Choice, Button"  # what a locked form disables


class StatusFields(Vertical):
    """The status choice, and the approval's date and by whom when the status needs them."""

    DEFAULT_CSS = """
    StatusFields { height: auto; }
    /* The hint wraps under itself: on one line it was cut at 80 columns ("choose fi"). */
    StatusFields #status-line { height: auto; }
    StatusFields #status-hint { display: none; width: 1fr; height: auto; }
    StatusFields #status-hint.shown { display: block; }
    StatusFields #approval-line { display: none; }
    StatusFields #approval-line.shown { display: block; }
    StatusFields #approved_on { width: 16; }
    StatusFields #approved_by { width: 1fr; }
    """

    def compose(self) -> ComposeResult:
        with Horizontal(classes="field-line", id="status-line"):
            yield Static(Text(_("Status")), classes="field-label")
            statuses = [(_(status), status) for status in MEETING_STATUSES]
            yield Select(statuses, allow_blank=False, value="final", id="status", compact=True)
            yield Static(
                Text(_("A draft waits for review: choose final once it is checked.")),
                id="status-hint",
                classes="short-label",
            )
        with Horizontal(classes="field-line", id="approval-line"):
            yield Static(Text(_("Approved")), classes="field-label")
            yield Input(id="approved_on", placeholder="20/3/2024", compact=True)
            yield Static(Text(_("by")), classes="short-label")
            yield Input(
                id="approved_by", placeholder=_("the meeting or person that approved"),
                compact=True,
            )  # fmt: skip

    def fill(self, status: str, approved_on: str, approved_by: str) -> None:
        self.query_one("#status", Select).value = status if status in MEETING_STATUSES else "final"
        show_stored(self.query_one("#approved_on", Input), approved_on)
        show_stored(self.query_one("#approved_by", Input), approved_by)
        self._show(status)

    def values(self) -> tuple[str, str, str]:
        """(status, approved on, approved by) as they stand; the approval only while the status
        says approved or locked. A status set back to draft or final hides the approval's line
        and keeps what was typed in it, shown again if the status is approved after all, but
        not saved: minutes that are not approved say no approval (the store refuses one)."""
        selected = self.query_one("#status", Select).selection
        status = selected if isinstance(selected, str) else "final"
        if status not in APPROVED:
            return status, "", ""
        return (
            status,
            stored_text(self.query_one("#approved_on", Input)),
            stored_text(self.query_one("#approved_by", Input)),
        )

    @on(Select.Changed, "#status")
    def _status_changed(self, event: Select.Changed) -> None:
        self._show(str(event.value))  # not stopped: the form notices the change too

    def _show(self, status: str) -> None:
        self.query_one("#status-hint").set_class(status == "draft", "shown")
        self.query_one("#approval-line").set_class(status in APPROVED, "shown")


def lock_fields(form: Widget, *, locked: bool) -> None:
    """Make every field of `form` read only (locked minutes), or editable again but the status,
    which an amendment leaves as it was."""
    for field in form.query(EDITABLE):
        field.disabled = locked or field.id == "status"


class AmendReasonDialog(ModalScreen[str | None]):
    """Ask why locked minutes are corrected; dismiss with the reason, or None (cancelled)."""

    BINDINGS = [Binding("escape", "cancel", _("Cancel"), id="amend.cancel")]
    DEFAULT_CSS = """
    AmendReasonDialog { align: center middle; }
    AmendReasonDialog > Vertical {
        width: 74; height: auto; border: round $warning; background: $surface; padding: 1 2;
    }
    AmendReasonDialog #amend-reason { margin-top: 1; }
    AmendReasonDialog #amend-error { color: $error; height: auto; }
    AmendReasonDialog Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    AmendReasonDialog Button { margin-left: 2; }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self._question))
            yield Input(placeholder=_("Reason for the amendment"), id="amend-reason")
            yield Static(id="amend-error")
            with Horizontal():
                yield Button(_("Cancel"), id="cancel")
                yield Button(_("Amend"), id="amend", variant="warning")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "amend":
            self._given()
        else:
            self.dismiss(None)

    @on(Input.Submitted, "#amend-reason")
    def _given(self) -> None:
        reason = " ".join(self.query_one("#amend-reason", Input).value.split())
        if not reason:
            self.query_one("#amend-error", Static).update(
                Text(_("An amendment needs a reason: say why the minutes are corrected."))
            )
            return
        self.dismiss(reason)

    def action_cancel(self) -> None:
        self.dismiss(None)
