"""Changing a meeting by what was asked for, not by a whole new record: `minutebook edit`'s flags.

`MeetingChanges` holds what the flags say (fields to replace, people, organisers, decisions and
documents to add or take away, decision statuses to set) and `apply_changes` applies it to a
stored record, returning the new record, validated. `Book.edit` runs the two in one transaction.

Decisions are numbered as `show` numbers them, before any is added or removed. A person, an
organiser or a document to remove is found by its name (or number) the way the book identifies a
person, case and spacing aside (`store.text.name_key`). A flag value that cannot mean anything
(`--decision-status foo`, a decision number the meeting does not have, an approval date that is
not a date) is a `UsageError`; one
naming what the meeting does not hold is `NotFound`; a result that is not a valid meeting is
`InvalidRecord`, and nothing is saved.

What a person types is not a guess: a new date is stated (`date_inferred` cleared) unless the
change says otherwise. A new start time decides the part of day when the change gives none: the
part it says (`2h chiều`), else, when the meeting's part cannot hold it, the one part that can
(15:00: chiều); two that could (14:00: trưa or chiều) or a part given with it that cannot hold it
is an `InvalidRecord` naming `start_time`, rather than a meeting kept "sáng 14:00".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from store.cells import parse_citation, parse_decision, parse_person
from store.dates import DateError, parse_part_of_day, parse_partial_date, parse_time
from store.day_parts import outside_part, part_said, parts_holding
from store.errors import InvalidRecord, NotFound, Problem, UsageError
from store.i18n import _
from store.record import MeetingRecord, validate_record
from store.text import name_key

# The record's fields a change may replace (a given "" clears a field that may be empty).
REPLACEABLE = (
    "title", "date", "date_inferred", "kind", "part_of_day", "start_time", "end_time",
    "location", "notes", "source", "status", "approved_on", "approved_by",
)  # fmt: skip


@dataclass(frozen=True)
class MeetingChanges:
    """What to change in a meeting. None (or empty) leaves a part as it is.

    `people` are (role, "Name | title") pairs to add; `decision_statuses` are "N=STATUS" as typed;
    `remove_decisions` are numbers as `show` prints them.
    """

    title: str | None = None
    date: str | None = None
    date_inferred: bool | None = None  # None: a new date is stated, the old flag kept otherwise
    kind: str | None = None
    part_of_day: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    notes: str | None = None
    source: str | None = None
    status: str | None = None
    approved_on: str | None = None  # when the minutes were approved (thông qua): a date
    approved_by: str | None = None  # by which meeting or person
    people: Sequence[tuple[str, str]] = ()
    remove_people: Sequence[str] = ()
    organisers: Sequence[str] = ()
    remove_organisers: Sequence[str] = ()
    decisions: Sequence[str] = ()
    decision_statuses: Sequence[str] = ()
    remove_decisions: Sequence[int] = ()
    documents: Sequence[str] = ()
    remove_documents: Sequence[str] = ()


def apply_changes(record: MeetingRecord, changes: MeetingChanges, *, source: str) -> MeetingRecord:
    """`record` with `changes` applied and validated; `record` itself when nothing changed.

    `source` names the meeting in messages ("meeting 5"). Raises `UsageError`, `NotFound` or
    `InvalidRecord` (see the module); `record` is never modified.
    """
    _check_approval_date(changes.approved_on)
    data = record.to_json()
    for field in REPLACEABLE:
        value = getattr(changes, field)
        if value is not None:
            data[field] = value
    if changes.date and changes.date_inferred is None:
        data["date_inferred"] = False  # typed by a person: stated, whatever the old one was
    _settle_part_of_day(data, changes, source)
    data["participants"] = _without(
        data["participants"], changes.remove_people, "name", "--remove-person", f"not in {source}"
    ) + [{**parse_person(text), "role": role} for role, text in changes.people]
    data["organisers"] = _without(
        data["organisers"], changes.remove_organisers, "name", "--remove-org"
    ) + list(changes.organisers)
    decisions = data["decisions"]
    for setting in changes.decision_statuses:
        number, status = _status_setting(setting, len(decisions))
        decisions[number - 1]["status"] = status
    for number in changes.remove_decisions:
        if not 1 <= number <= len(decisions):
            raise UsageError(
                _("--remove-decision {number}: there are {count} decisions",
                  number=number, count=len(decisions))
            )  # fmt: skip
    data["decisions"] = [
        decision
        for number, decision in enumerate(decisions, start=1)
        if number not in changes.remove_decisions
    ] + [parse_decision(text) for text in changes.decisions]
    data["documents"] = _without(
        data["documents"], changes.remove_documents, "number", "--remove-doc"
    ) + [parse_citation(text) for text in changes.documents]
    changed = validate_record(data, source=source)
    if isinstance(changed, list):
        raise InvalidRecord(changed)
    return record if changed.to_json() == record.to_json() else changed


def _settle_part_of_day(data: dict[str, Any], changes: MeetingChanges, source: str) -> None:
    """The part of day a new start time leaves the meeting in (see the module); `data` is
    changed in place. A start time or part of day that cannot be read is left to the record's
    validation, which names it."""
    if not changes.start_time:
        return  # no new start time (or cleared): the part of day is the change's or the meeting's
    try:
        start = parse_time(changes.start_time)
        part = parse_part_of_day(data["part_of_day"]) if data.get("part_of_day") else None
    except DateError:
        return
    if changes.part_of_day is None:  # neither --part-of-day nor a part in --date
        said = part_said(changes.start_time)
        if said is not None:
            data["part_of_day"] = said
            return
        if part is None or part in parts_holding(start):
            return
        if len(parts_holding(start)) == 1:
            data["part_of_day"] = parts_holding(start)[0]
            return
    elif part is None or part in parts_holding(start) or part_said(changes.start_time):
        return  # a part said by the time and another given: the validator names the clash
    raise InvalidRecord([Problem(source, None, "start_time", outside_part(start, part))])


def _check_approval_date(value: str | None) -> None:
    """`--approved-on` must be a date ("" clears it): anything else is a usage error."""
    if not value:
        return
    try:
        parse_partial_date(value)
    except DateError as exc:
        raise UsageError(_("--approved-on: {reason}", reason=exc)) from None


def _without(
    items: list[dict[str, Any]],
    names: Sequence[str],
    key: str,
    flag: str,
    missing: str = "not in this meeting",
) -> list[dict[str, Any]]:
    """`items` less those whose `key` is one of `names` (case and spacing aside); a name that
    is not there is `NotFound`."""
    present = {name_key(item[key]) for item in items}
    for name in names:
        if name_key(name) not in present:
            raise NotFound(f"{flag} {name!r}: {_(missing)}")
    removed = {name_key(name) for name in names}
    return [item for item in items if name_key(item[key]) not in removed]


def _status_setting(setting: str, count: int) -> tuple[int, str]:
    """`2=done` → (2, "done"), the number checked against the meeting's `count` decisions."""
    number, sep, status = setting.partition("=")
    if not sep or not number.strip().isdigit():
        raise UsageError(
            _("--decision-status {setting!r}: write N=STATUS, e.g. 2=done", setting=setting)
        )
    if not 1 <= int(number) <= count:
        raise UsageError(
            _("--decision-status {setting!r}: there are {count} decisions",
              setting=setting, count=count)
        )  # fmt: skip
    return int(number), status.strip()


__all__ = ["MeetingChanges", "apply_changes"]
