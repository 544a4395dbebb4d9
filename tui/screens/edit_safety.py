"""What keeps the edit form's work safe: `FormSafety`, the base `EditScreen` extends.

- **Unsaved work** (`unsaved_work`, `discard_work`): the question before quitting names it; a
  deliberate discard removes the form's recovery copy, whose payload is `snapshot()` (the record
  as JSON when it is valid, else the fields' texts; the meeting's number and the version it was
  loaded at). The copy itself is written by tui/recovery.py's `Keeper`.
- **Two saves of one meeting** (`_conflict`): the conflict screen, opened through the app, shows
  both field by field and saves the merge; a meeting deleted meanwhile is offered as a new one.
- **Locked minutes** open read only with a note; `e` (or ctrl+s) asks the amendment's reason,
  then the form is editable again but for the status, and ctrl+s saves through
  `Book.amend_record`.

Apart from edit.py only so that neither file grows past what a reader takes in at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widgets import Input

import store
from tui.i18n import _
from tui.screens.base import BookScreen
from tui.screens.dialogs import ConfirmDialog
from tui.widgets.approval import AmendReasonDialog, lock_fields
from tui.widgets.cells import cell
from tui.widgets.decision_editor import EditableRow
from tui.widgets.form_values import raw_record, read_form

if TYPE_CHECKING:
    from tui.recovery import Keeper, RecoveryCopy


class FormSafety(BookScreen[int | None]):
    """Unsaved work, conflicting saves and locked minutes, for the edit form (see the module)."""

    meeting_id: int | None
    recovered: RecoveryCopy | None  # a recovery copy the form reopens: unsaved until saved
    base: store.MeetingRecord | None  # the record as loaded: a conflict's common ancestor
    locked: bool  # locked minutes: read only until an amendment's reason is given
    reason: str | None  # the amendment's reason, once given
    keeper: Keeper | None
    _version: int | None
    _uid: str | None
    _baseline: dict[str, Any] | None
    _busy: bool
    _standing: str  # the note under the heading when nothing else is said

    if TYPE_CHECKING:  # EditScreen's

        def _changed(self) -> bool: ...
        def _status(self, message: str, *, error: bool = False, add: bool = False) -> None: ...
        def _saved(self, meeting_id: int, title: str | None = None) -> None: ...
        def action_save(self) -> None: ...

    # Two saves of one meeting -----------------------------------------------------------------

    def _conflict(self, mine: store.MeetingRecord) -> None:
        """Saved elsewhere meanwhile: compare field by field, keep theirs or mine, save both."""
        self._busy = False
        assert self.meeting_id is not None
        self.app.resolve_conflict(self.meeting_id, self.base or mine, mine, then=self._merged)

    def _merged(self, version: int | None) -> None:
        if version is not None and self.meeting_id is not None:
            self._saved(self.meeting_id)
        else:
            self._status(_("Not saved: it was changed elsewhere; ctrl+s compares the two again."))

    def _deleted_elsewhere(self) -> None:
        self._busy = False
        question = _(
            "This meeting was deleted elsewhere while you edited it (it is in the trash). "
            "Save your version as a new meeting?"
        )
        dialog = ConfirmDialog(question, yes=_("Save as new"), no=_("Keep editing"))
        self.app.push_screen(dialog, self._save_again)

    def _save_again(self, again: bool | None) -> None:
        if again:  # as a new meeting: the one it was is gone
            self.meeting_id, self._version, self._uid, self.reason = None, None, None, None
            self.action_save()

    # Locked minutes ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "amend":
            return self.locked and self.reason is None
        return True

    def _lock(self) -> None:
        self.locked = True
        self._lock_form(locked=True)
        self.query_one("#edit-form").focus()  # it scrolls; the fields are read only
        self._standing = _("Locked minutes, read only: press e (or ctrl+s) to amend them.")
        self._status("")
        self.refresh_bindings()

    def _lock_form(self, *, locked: bool) -> None:
        lock_fields(self.query_one("#edit-form"), locked=locked)
        # A resting row is one widget standing for its fields (tui/widgets/row_cells.py), which
        # lock_fields does not find: the row is locked whole, and so is what it opens.
        for row in self.query(EditableRow):
            row.disabled = locked

    def action_amend(self) -> None:
        if not self.locked or self.reason is not None:
            return
        question = _("Meeting #{number} is locked. Why are its minutes corrected? The reason is "
                     "kept in its history.", number=self.meeting_id)  # fmt: skip
        self.app.push_screen(AmendReasonDialog(question), self._reason_given)

    def _reason_given(self, reason: str | None) -> None:
        if reason:
            self._amending(reason)

    def _amending(self, reason: str) -> None:
        self.locked, self.reason = True, reason
        self._lock_form(locked=False)
        self._standing = _("Amending: {reason}. ctrl+s saves the correction.", reason=reason)
        self._status("")
        self.refresh_bindings()
        self.query_one("#title", Input).focus()

    # Unsaved work -----------------------------------------------------------------------------

    def unsaved_work(self) -> str | None:
        """What leaving now would lose (the question before quitting says it); None: nothing."""
        if self._baseline is None or not self._changed():
            return None
        title = cell(self.query_one("#title", Input).value, 60).plain or _("(no title yet)")
        return self.work_name(title)

    def work_name(self, title: str) -> str:
        if self.meeting_id is None:
            return _("the new meeting “{title}”", title=title)
        return _("your changes to meeting #{number} “{title}”", number=self.meeting_id,
                 title=title)  # fmt: skip

    def discard_work(self) -> None:
        self.recovered = None
        if self.keeper is not None:
            self.keeper.discard()

    def snapshot(self) -> dict[str, Any] | None:
        """The recovery copy of the form: its record when valid, else its fields' texts (None:
        nothing unsaved; a copy being reopened is kept as it is until the form shows it)."""
        if self._baseline is None:
            return self.recovered.payload() if self.recovered is not None else None
        if not self._changed():
            return None
        values = read_form(self)
        checked = store.validate_record(raw_record(values, self._uid))
        valid = isinstance(checked, store.MeetingRecord)
        return {
            "meeting_id": self.meeting_id, "version": self._version, "title": values["title"],
            "record": checked.to_json() if isinstance(checked, store.MeetingRecord) else None,
            "fields": None if valid else values, "reason": self.reason,
        }  # fmt: skip

    def on_unmount(self) -> None:
        if self.keeper is not None:
            self.keeper.close()
