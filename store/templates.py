"""`template_from()`: a new meeting started from an earlier one ("New from this meeting").

Most meetings recur (the monthly Ban Chấp hành, the quarterly giao ban): the same bodies meet in
the same place, chaired and attended by the same people. The template keeps what recurs and
leaves out what belongs to the one meeting: its date, decisions, documents, notes, source, and
its identity (uid, timestamps, version), so saving it creates a new meeting.
"""

from __future__ import annotations

from datetime import date

from store.dates import PartialDate
from store.record import MeetingRecord, Participant

# Roles that recur. Who spoke and who was absent is a fact of that one meeting; such a person is
# still a member of the body, so the template lists them as attending (once).
_KEPT_ROLES = ("chair", "attendee", "secretary", "representative")


def template_from(record: MeetingRecord, *, today: date | None = None) -> MeetingRecord:
    """A new, unsaved record like `record`, dated today (the form shows it to be changed).

    A record needs a date, so the template carries today's, not inferred; the secretary sets the
    real one before saving.
    """
    day = today or date.today()
    return MeetingRecord(
        title=record.title,
        kind=record.kind,
        date=PartialDate(day.year, day.month, day.day),
        date_inferred=False,
        part_of_day=record.part_of_day,
        start_time=record.start_time,
        end_time=record.end_time,
        location=record.location,
        organisers=list(record.organisers),
        participants=_recurring(record.participants),
    )


def _recurring(participants: list[Participant]) -> list[Participant]:
    people = [p for p in participants if p.role in _KEPT_ROLES]
    present = {_key(p.name) for p in people}
    for participant in participants:
        key = _key(participant.name)
        if participant.role not in _KEPT_ROLES and key not in present:
            present.add(key)
            people.append(
                Participant(name=participant.name, role="attendee", title=participant.title)
            )
    return people


def _key(name: str) -> str:
    # The record validator's notion of "the same person listed twice".
    return " ".join(name.casefold().split())
