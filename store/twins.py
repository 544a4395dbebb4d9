"""A meeting the book may already hold, asked before a new record is saved: the draft form's
warning that a report read into a draft is a meeting already in the book.

First the meeting an import would take the record for (`store.importer.same_meetings`: its
uid, else the same date, title and place). Failing that, a meeting held the same day, at no
other part of it, whose title says mostly the same things: a report writes "Đảng đoàn LĐLĐ
tỉnh" where the minutes spelled out "Đảng đoàn Liên đoàn Lao động tỉnh Nghệ An", and gives no
place, so the import's exact test misses the meeting the secretary already recorded. Or held
that day with the same people: a report shortens the title past likeness ("... giữa hai cơ
quan") but names the people the minutes named. The looser ones only warn; they never decide
what an import does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session

from store.i18n import _
from store.importer import same_meetings
from store.models import Meeting, Participation, Person
from store.record import MeetingRecord
from store.rows import prepare
from store.text import index_text, name_key
from store.words import date_label

if TYPE_CHECKING:
    from store.book import Book

M = Meeting.__table__
PA = Participation.__table__
P = Person.__table__

# Words every kind of meeting's title has; alike titles must share more than these.
_GENERIC = frozenset(
    {"hoi", "nghi", "cuoc", "hop", "buoi", "lam", "viec", "le", "phien", "va", "voi", "cua",
     "giua", "cac", "nam", "tai", "ve", "lan", "thu"}
)  # fmt: skip
# Of the shorter title's other words, the share the two must have in common (a body's name, in
# every title of its meetings, is most of a short one: 0.6 took its BCH for its signing), and
# at least how many.
ALIKE_SHARE = 0.8
ALIKE_WORDS = 3
# People the record and a meeting that day both name: at least this many, and at least this
# share of the shorter list (two leaders at two meetings of one day are not one meeting).
SAME_PEOPLE = 2
SAME_PEOPLE_SHARE = 0.5


@dataclass(frozen=True)
class Twin:
    """A meeting in the book the record may be: `exact` when an import would take the record
    for it, else held the same day under a title much alike."""

    meeting_id: int
    exact: bool
    people: int = 0  # held that day with this many of the same people (not by its title)


def twin_of(record: MeetingRecord, *, session: Session) -> Twin | None:
    """The meeting in the book `record` (not saved yet) may already be, or None."""
    prepared = prepare(record)
    found = same_meetings([prepared], session=session).get(prepared.uid)
    if found is not None:
        return Twin(found, exact=True)
    if record.date.precision != "day":
        return None  # a month or a year holds many meetings whose titles are alike
    rows = session.connection().execute(
        select(M.c.id, M.c.title, M.c.part_of_day)
        .where(M.c.date_start == record.date.start, M.c.date_precision == "day")
        .order_by(M.c.id)
    ).all()
    # The morning's meeting and the afternoon's are two.
    that_day = [row for row in rows if not (row[2] and record.part_of_day
                                             and row[2] != record.part_of_day)]  # fmt: skip
    words = _title_words(record.title)
    best: tuple[float, int] | None = None
    for meeting_id, title, _part in that_day if len(words) >= ALIKE_WORDS else []:
        theirs = _title_words(title)
        shared = len(words & theirs)
        share = shared / min(len(words), len(theirs)) if theirs else 0.0
        if shared >= ALIKE_WORDS and share >= ALIKE_SHARE and (best is None or share > best[0]):
            best = (share, meeting_id)
    if best is not None:
        return Twin(best[1], exact=False)
    return _same_people(record, [row[0] for row in that_day], session)


def _same_people(record: MeetingRecord, meeting_ids: list[int], session: Session) -> Twin | None:
    """The meeting of `meeting_ids` naming most of `record`'s people (see SAME_PEOPLE)."""
    named = {name_key(person.name) for person in record.participants}
    if len(named) < SAME_PEOPLE or not meeting_ids:
        return None
    rows = session.connection().execute(
        select(PA.c.meeting_id, P.c.name_key)
        .join(P, P.c.id == PA.c.person_id)
        .where(PA.c.meeting_id.in_(meeting_ids))
    )
    theirs: dict[int, set[str]] = {}  # a person in two roles is one person
    for meeting_id, key in rows:
        theirs.setdefault(meeting_id, set()).add(key)
    best: tuple[int, int] | None = None
    for meeting_id in meeting_ids:
        people = theirs.get(meeting_id, set())
        shared = len(named & people)
        if (
            shared >= SAME_PEOPLE
            and shared >= SAME_PEOPLE_SHARE * min(len(named), len(people))
            and (best is None or shared > best[0])
        ):
            best = (shared, meeting_id)
    return Twin(best[1], exact=False, people=best[0]) if best is not None else None


def twin_said(book: Book, record: MeetingRecord) -> tuple[Twin, str] | None:
    """The meeting of `book` that `record` (not saved yet) may already be, and the point to check
    that names it in the interface's language: the draft form, `extract` and `import
    --from-report` say the same words. None when there is none."""
    found = book.same_meeting(record)
    if found is None:
        return None
    return found, _point(found, book.meeting(found.meeting_id))


def _point(twin: Twin, meeting: MeetingRecord) -> str:
    when = date_label(meeting.date, meeting.part_of_day)
    said = {"id": twin.meeting_id, "date": when, "title": meeting.title}
    if twin.exact:
        return _("Likely already in the book: meeting #{id}, {date}, “{title}” (the same date, "
                 "title and place).", **said)  # fmt: skip
    if twin.people:
        return _("Perhaps already in the book: meeting #{id}, {date}, “{title}” (the same day, "
                 "{count} of the same people).", count=twin.people, **said)  # fmt: skip
    return _("Perhaps already in the book: meeting #{id}, {date}, “{title}” (the same day, a "
             "title much alike).", **said)  # fmt: skip


def _title_words(title: str) -> set[str]:
    """A title's folded words with each abbreviation's expansion and each spelled-out name's
    abbreviation (`index_text`), less the words every meeting's title has."""
    return set(index_text(title).split()) - _GENERIC
