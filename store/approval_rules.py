"""The approval's rules for one record, as the record's validator (`store.record`) applies them.

Approved and locked minutes say when they were approved (`approved_on`, not before the meeting
and not in days to come) and by which meeting or person (`approved_by`); draft and final minutes
carry neither, so that the book says only what is true: an approval kept on minutes that are not
approved would be shown nowhere, yet kept by every export and import.

Each broken rule is a problem of its own field (`approved_on`, `approved_by`), so a file's line,
the CLI and the edit form all say which field is wrong. States saved before a rule existed stay
readable where they are read back as kept (the history, the trash: `kept=True`); the rules that
came later (who approved, no approval on unapproved minutes) are asked of a new save only.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from store.dates import PartialDate
from store.i18n import _

APPROVED = ("approved", "locked")  # the statuses that say when and by whom


def check_approval(
    status: str,
    held: PartialDate,
    approved_on: PartialDate | None,
    approved_by: str | None,
    *,
    kept: bool = False,
) -> None:
    """Raise a `ValidationError` naming each approval field that breaks a rule (see the module)."""
    said = _(status)
    problems: list[tuple[str, object, str]] = []
    if status in APPROVED:
        if approved_on is None:
            reason = _("a record that is {status} says when it was approved", status=said)
            problems.append(("approved_on", approved_on, reason))
        if approved_by is None and not kept:
            reason = _(
                "a record that is {status} says by which meeting or person it was approved",
                status=said,
            )
            problems.append(("approved_by", approved_by, reason))
    elif not kept:
        if approved_on is not None:
            reason = _(
                "only approved or locked minutes have an approval date; this record is {status}",
                status=said,
            )
            problems.append(("approved_on", approved_on.iso(), reason))
        if approved_by is not None:
            reason = _(
                "only approved or locked minutes say who approved them; this record is {status}",
                status=said,
            )
            problems.append(("approved_by", approved_by, reason))
    if approved_on is not None and not problems:
        # Minutes are approved once the meeting is held, and not in days yet to come: a year
        # typed for a day (1/1/2020 for minutes of 2024) is a mistake, said at once.
        if approved_on.end < held.start:
            reason = _("the approval ({approved}) is dated before the meeting ({held})",
                       approved=approved_on.display(), held=held.display())  # fmt: skip
            problems.append(("approved_on", approved_on.iso(), reason))
        elif approved_on.start > datetime.now(UTC).date() + timedelta(days=1):  # any zone
            reason = _("the approval ({approved}) is dated in the future",
                       approved=approved_on.display())  # fmt: skip
            problems.append(("approved_on", approved_on.iso(), reason))
    if problems:
        raise ValidationError.from_exception_data(
            "MeetingRecord",
            [
                # Worded already: a template without context is said as it is, braces and all.
                InitErrorDetails(
                    type=PydanticCustomError("approval", reason), loc=(field,), input=value
                )
                for field, value, reason in problems
            ],
        )
