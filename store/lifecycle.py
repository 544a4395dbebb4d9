"""Where a meeting's record stands and how it may move: draft → final → approved → locked.

A draft (written from a report, not yet checked) becomes final when the secretary has checked it;
final minutes are approved (thông qua) by a meeting or a person on a date; approved minutes are
locked, after which they change only by an amendment with a reason (`store.repo.amend_meeting`),
kept in the history and printed with the minutes. These rules hold in the store, whatever face
asks: the CLI, the TUI or a browser.
"""

from __future__ import annotations

from store.errors import StoreError
from store.i18n import _
from store.record import MeetingRecord
from store.vocabulary import FIELD_LABELS, MEETING_STATUSES

RANK = {status: rank for rank, status in enumerate(MEETING_STATUSES)}


class LockedMeeting(StoreError):
    """An edit of a locked meeting: only an amendment with a reason may change it."""


class MoveRefused(StoreError):
    """A move between statuses the lifecycle does not allow. `str()` says it as the command line
    does (its flags, the command to run); `in_form` says it as the edit form does, naming the
    form's fields by their labels (`store.FIELD_LABELS`), which a person in the form can change."""

    def __init__(self, message: str, in_form: str) -> None:
        super().__init__(message)
        self.in_form = in_form


def _labels() -> dict[str, str]:
    """The form's names of the status and the approval's fields, in the current language."""
    return {name: _(FIELD_LABELS[name]) for name in ("status", "approved_on", "approved_by")}


def _approval(record: MeetingRecord) -> str:
    """` (approved on 15/03/2024 by Ban Chấp hành)`, in the current language; "" if unsaid."""
    on = record.approved_on.display() if record.approved_on else None
    by = record.approved_by
    if on and by:
        return _(" (approved on {on} by {by})", on=on, by=by)
    if on:
        return _(" (approved on {on})", on=on)
    return _(" (approved by {by})", by=by) if by else ""


def check_move(meeting_id: int, old: MeetingRecord, new: MeetingRecord) -> None:
    """Refuse an edit the lifecycle does not allow (see the module)."""
    said = {
        "id": meeting_id,
        "approval": _approval(old),
        "old": _(old.status),
        "new": _(new.status),
    }
    if old.status == "locked":
        raise LockedMeeting(
            _(
                "meeting #{id} is locked{approval}: correct it with "
                "`minutebook amend {id} --reason TEXT ...`; nothing was saved",
                **said,
            )
        )
    if new.status in ("approved", "locked") and old.status == "draft":
        raise MoveRefused(
            _(
                "meeting #{id} is a draft: check it and mark it final before it is {new} "
                "(`minutebook edit {id} --status final`); nothing was saved",
                **said,
            ),
            _(
                "meeting #{id} is a draft: check it, set {status} to {final} and save it before "
                "it is {new}; nothing was saved",
                **said,
                **_labels(),
                final=_("final"),
            ),
        )
    if new.status == "locked" and old.status != "approved" and old.status != "locked":
        raise MoveRefused(
            _(
                "meeting #{id} is not approved yet: approve it (with the date and by whom) "
                "before locking it; nothing was saved",
                **said,
            ),
            _(
                "meeting #{id} is not approved yet: set {status} to {approved}, with "
                "{approved_on} and {approved_by}, and save it before locking it; nothing was "
                "saved",
                **said,
                **_labels(),
                approved=_("approved"),
            ),
        )
    if RANK[old.status] >= RANK["approved"] and RANK[new.status] < RANK["approved"]:
        raise StoreError(
            _(
                "meeting #{id} is {old}{approval}: it cannot become {new} again; nothing was saved",
                **said,
            )
        )


def check_amendment(meeting_id: int, old: MeetingRecord, new: MeetingRecord) -> None:
    """An amendment corrects approved or locked minutes and leaves their status as it was."""
    said = {"id": meeting_id, "old": _(old.status)}
    if old.status not in ("approved", "locked"):
        raise StoreError(
            _(
                "meeting #{id} is {old}: edit it (`minutebook edit`); amendments are for "
                "approved or locked minutes",
                **said,
            )
        )
    if new.status != old.status:
        raise StoreError(
            _(
                "an amendment leaves meeting #{id} {old}; change the status with `minutebook edit`",
                **said,
            )
        )


def check_delete(meeting_id: int, record: MeetingRecord) -> None:
    if record.status == "locked":
        raise LockedMeeting(
            _(
                "meeting #{id} is locked{approval}: locked minutes are not deleted; nothing was "
                "changed",
                id=meeting_id,
                approval=_approval(record),
            )
        )


def action_of(old: MeetingRecord, new: MeetingRecord) -> str:
    """What a save did, for the history: approved, locked, or edited."""
    if new.status != old.status and new.status in ("approved", "locked"):
        return new.status
    return "edited"


def refuses_update(meeting_id: int, stored: str, incoming: str) -> str | None:
    """Why an import may not overwrite a meeting whose status is `stored` with a record whose
    status is `incoming` (None: it may): locked minutes change only by amendment, approved ones
    do not go back to being a draft or unapproved."""
    if stored == "locked":
        return _(
            "meeting #{id} is locked: an import does not change it; correct it with "
            "`minutebook amend {id} --reason TEXT ...`",
            id=meeting_id,
        )
    if RANK[stored] >= RANK["approved"] and RANK.get(incoming, 0) < RANK["approved"]:
        said = {"id": meeting_id, "stored": _(stored), "incoming": _(incoming)}
        return _("meeting #{id} is {stored}: an import does not make it {incoming} again", **said)
    return None
