"""ICS (iCalendar, RFC 5545): a search as calendar events, one VEVENT per meeting.

Write-only: a calendar is for looking at, not for carrying records back in. Each meeting is one
event whose UID is the meeting's uid and whose SEQUENCE follows its version, so importing a newer
export updates the events already in a calendar instead of duplicating them.

- A meeting dated to the day is an all-day event, or a timed one when its start time is recorded
  (wall-clock time in Vietnam: TZID Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving). With no
  end time the event has no DTEND: it starts then, and we do not invent how long it lasted.
- A meeting known only to the month or the year is left out (`in_calendar()` says which): a bar
  across a whole month or year would claim days nobody recorded. The CLI reports how many.
- People are ATTENDEEs with CN=name; nobody's e-mail is known, so each address is a `urn:uuid:`
  made from the name (the same person gets the same address in every event), which parsers and
  calendars accept where a `mailto:` would invent a mailbox. The first chair is also ORGANIZER.
- DESCRIPTION holds the decisions; the words it adds are Vietnamese, like the minutes it sums up.
- A draft's SUMMARY starts with "[DỰ THẢO] ": a calendar must not show unchecked minutes as kept
  ones. Approved or locked minutes say when and by whom they were approved, first in DESCRIPTION.

`icalendar` is imported inside the writer, so commands that never write a calendar do not load it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, TextIO

from store.documents.marks import DRAFT_MARK, approval_sentence, is_draft
from store.errors import StoreError
from store.record import DecisionItem, MeetingRecord, Participant
from store.text import fold, nfc
from store.vocabulary import DECISION_KINDS_VI, DECISION_STATUSES_VI, PART_OF_DAY_VI
from store.words import one_line, printable

if TYPE_CHECKING:
    from icalendar import Calendar, Event

ZONE = "Asia/Ho_Chi_Minh"
PRODID = "-//minutebook//Minute Book//VI"
# A name gives one address whatever its case or spacing, as the book tells people apart:
# "Nguyễn Đình Khang" and "NGUYỄN ĐÌNH KHANG" are one attendee; "Hải" and "Hai" stay two.
_PEOPLE = uuid.uuid5(uuid.NAMESPACE_URL, "https://minutebook.invalid/people")
_MEETINGS = uuid.uuid5(uuid.NAMESPACE_URL, "https://minutebook.invalid/meetings")
_END = "END:VCALENDAR\r\n"  # a calendar's last line; its events come before it

# The Vietnamese words for decision kinds and statuses, shared with the DOCX minutes.
# RFC 5545 ROLE and PARTSTAT of each of our roles; the meeting is past, so who came accepted.
_ROLE = {"chair": "CHAIR", "absent": "NON-PARTICIPANT"}
_RANK = ("chair", "secretary", "speaker", "representative", "attendee", "absent")


def in_calendar(record: MeetingRecord) -> bool:
    """Whether the meeting becomes an event: only a meeting dated to the day does."""
    return record.date.precision == "day"


def person_address(name: str) -> str:
    """The calendar address of a person with no known e-mail: a stable `urn:uuid:`."""
    key = " ".join(nfc(name).casefold().split())
    return f"urn:uuid:{uuid.uuid5(_PEOPLE, key)}"


def write_ics(records: Iterable[MeetingRecord], out: TextIO) -> int:
    """Write one calendar of every day-dated record; return how many events it holds.

    Written an event at a time, so memory stays that of one meeting however many there are:
    the calendar's head (with its time zone) goes out before the first event, its end after
    the last. Meetings none of which is dated to the day make no calendar: `StoreError`, and
    nothing is written; no meetings at all make an empty one."""
    # CRLF line ends and folding are the format's; the stream must not translate them.
    empty = _calendar().to_ical().decode("utf-8")
    head = empty.removesuffix(_END)
    seen = count = 0
    for record in records:
        seen += 1
        if in_calendar(record):
            if not count:
                out.write(head)
            out.write(_event(record).to_ical().decode("utf-8"))
            count += 1
    if seen and not count:
        raise StoreError(
            f"{seen} meeting{'' if seen == 1 else 's'} found, none dated to the day: a calendar "
            "needs days; nothing written"
        )
    out.write(_END if count else empty)
    return count


def _calendar() -> Calendar:
    from icalendar import Calendar, Timezone, TimezoneStandard

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # Our own VTIMEZONE: the meetings are recorded in Vietnamese wall-clock time, UTC+7.
    zone = Timezone()
    zone.add("tzid", ZONE)
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", timedelta(hours=7))
    standard.add("tzoffsetto", timedelta(hours=7))
    standard.add("tzname", "ICT")
    zone.add_component(standard)
    calendar.add_component(zone)
    return calendar


def _event(record: MeetingRecord) -> Event:
    from icalendar import Event

    event = Event()
    stamp = record.updated_at or datetime.now(UTC)
    event.add("uid", record.uid or _fallback_uid(record))
    event.add("dtstamp", stamp)
    if record.created_at:
        event.add("created", record.created_at)
    if record.updated_at:
        event.add("last-modified", record.updated_at)
    event.add("sequence", (record.version or 1) - 1)
    draft = f"[{DRAFT_MARK}] " if is_draft(record) else ""
    event.add("summary", draft + one_line(record.title))
    _when(event, record)
    if record.location:
        event.add("location", one_line(record.location))
    if record.kind:
        event.add("categories", [one_line(record.kind)])
    description = _description(record)
    if description:
        event.add("description", description)
    _people(event, record.participants)
    return event


def _when(event: Event, record: MeetingRecord) -> None:
    day = record.date.start
    if record.start_time is None:
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))  # DTEND of an all-day event is exclusive
        # The hours are unknown: the event must not mark the whole day busy.
        event.add("transp", "TRANSPARENT")
        return
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(ZONE)
    event.add("dtstart", datetime.combine(day, record.start_time, tzinfo=zone))
    if record.end_time is not None:
        event.add("dtend", datetime.combine(day, record.end_time, tzinfo=zone))


def _description(record: MeetingRecord) -> str:
    approval = approval_sentence(record)
    lines = [approval] if approval else []
    if record.start_time is None and record.part_of_day:
        lines.append(f"Buổi {PART_OF_DAY_VI.get(record.part_of_day, record.part_of_day)}.")
    if record.date_inferred:
        lines.append("Ngày họp được suy ra: nguồn không ghi đầy đủ.")
    if record.organisers:
        lines.append("Đơn vị tổ chức: " + "; ".join(one_line(o.name) for o in record.organisers))
    if record.decisions:
        lines.append("Kết luận, quyết định:")
        lines.extend(_decision(n, d) for n, d in enumerate(record.decisions, start=1))
    return printable("\n".join(lines))


def _decision(number: int, decision: DecisionItem) -> str:
    details = [DECISION_KINDS_VI.get(decision.kind, decision.kind)]
    if decision.responsible:
        details.append(f"đơn vị/người thực hiện: {one_line(decision.responsible)}")
    if decision.due:
        details.append(f"hạn: {decision.due.display()}")
    details.append(DECISION_STATUSES_VI.get(decision.status, decision.status))
    return f"{number}. {one_line(decision.text)} ({'; '.join(details)})"


def _people(event: Event, participants: list[Participant]) -> None:
    """One ATTENDEE per person, under the weightiest of their roles; the first chair organises."""
    from icalendar import vCalAddress

    roles: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for participant in participants:
        key = person_address(participant.name)
        names.setdefault(key, one_line(participant.name))
        roles.setdefault(key, []).append(participant.role)
    for key, held in roles.items():
        role = min(held, key=_RANK.index)
        attendee = vCalAddress(key)
        attendee.params["CN"] = names[key]
        attendee.params["CUTYPE"] = "INDIVIDUAL"
        attendee.params["ROLE"] = _ROLE.get(role, "REQ-PARTICIPANT")
        attendee.params["PARTSTAT"] = "DECLINED" if role == "absent" else "ACCEPTED"
        attendee.params["RSVP"] = "FALSE"
        event.add("attendee", attendee, encode=False)
    chair = next((p for p in participants if p.role == "chair"), None)
    if chair is not None:
        organizer = vCalAddress(person_address(chair.name))
        organizer.params["CN"] = one_line(chair.name)
        event.add("organizer", organizer, encode=False)


def _fallback_uid(record: MeetingRecord) -> str:
    """A record not yet in a book has no uid: derive one from what identifies it there."""
    key = f"{record.date.iso()}|{fold(record.title)}|{fold(record.location or '')}"
    return f"{uuid.uuid5(_MEETINGS, key)}@minutebook"
