"""Where a meeting's record stands and how it may move: draft → final → approved → locked.

A draft (written from a report, not yet checked) becomes final when the secretary has checked it;
final minutes are approved (thông qua) by a meeting or a person on a date; approved minutes are
locked, after which they change only by an amendment with a reason (`store.repo.amend_meeting`),
kept in the history and printed with the minutes. These rules hold in the store, whatever face
asks: the CLI, the TUI or a browser.
"""

from __future__ import annotations

from store.errors import StoreError
from store.record import MeetingRecord
from store.vocabulary import MEETING_STATUSES

RANK = {status: rank for rank, status in enumerate(MEETING_STATUSES)}


class LockedMeeting(StoreError):
    """An edit of a locked meeting: only an amendment with a reason may change it."""


def _approval(record: MeetingRecord) -> str:
    parts = []
    if record.approved_on:
        parts.append(f"on {record.approved_on.display()}")
    if record.approved_by:
        parts.append(f"by {record.approved_by}")
    return f" (approved {' '.join(parts)})" if parts else ""


def check_move(meeting_id: int, old: MeetingRecord, new: MeetingRecord) -> None:
    """Refuse an edit the lifecycle does not allow (see the module)."""
    if old.status == "locked":
        raise LockedMeeting(
            f"meeting #{meeting_id} is locked{_approval(old)}: correct it with "
            f"`minutebook amend {meeting_id} --reason TEXT ...`; nothing was saved"
        )
    if new.status in ("approved", "locked") and old.status == "draft":
        raise StoreError(
            f"meeting #{meeting_id} is a draft: check it and mark it final before it is "
            f"{new.status} (`minutebook edit {meeting_id} --status final`); nothing was saved"
        )
    if new.status == "locked" and old.status != "approved" and old.status != "locked":
        raise StoreError(
            f"meeting #{meeting_id} is not approved yet: approve it (with the date and by whom) "
            "before locking it; nothing was saved"
        )
    if RANK[old.status] >= RANK["approved"] and RANK[new.status] < RANK["approved"]:
        raise StoreError(
            f"meeting #{meeting_id} is {old.status}{_approval(old)}: it cannot become "
            f"{new.status} again; nothing was saved"
        )


def check_amendment(meeting_id: int, old: MeetingRecord, new: MeetingRecord) -> None:
    """An amendment corrects approved or locked minutes and leaves their status as it was."""
    if old.status not in ("approved", "locked"):
        raise StoreError(
            f"meeting #{meeting_id} is {old.status}: edit it (`minutebook edit`); amendments "
            "are for approved or locked minutes"
        )
    if new.status != old.status:
        raise StoreError(
            f"an amendment leaves meeting #{meeting_id} {old.status}; change the status with "
            "`minutebook edit`"
        )


def check_delete(meeting_id: int, record: MeetingRecord) -> None:
    if record.status == "locked":
        raise LockedMeeting(
            f"meeting #{meeting_id} is locked{_approval(record)}: locked minutes are not "
            "deleted; nothing was changed"
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
        return (
            f"meeting #{meeting_id} is locked: an import does not change it; correct it with "
            f"`minutebook amend {meeting_id} --reason TEXT ...`"
        )
    if RANK[stored] >= RANK["approved"] and RANK.get(incoming, 0) < RANK["approved"]:
        return f"meeting #{meeting_id} is {stored}: an import does not make it {incoming} again"
    return None
