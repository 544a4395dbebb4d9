"""Meetings in and out of the database: save, load, update with a version check, delete.

Writes go through `store.writer.Writer` (rows with SQLAlchemy Core and executemany).
Reads come back as `MeetingRecord`s (the exchange shape) or `MeetingSummary`s for lists; table
objects never leave this module. Every function takes the session as a keyword argument.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select
from sqlmodel import Session

from store import history, lifecycle, trash
from store.dates import PartialDate
from store.db import lock_for_writing
from store.errors import NotFound, StoreError, UsageError, VersionConflict
from store.i18n import _
from store.models import (
    Decision,
    DocumentRef,
    Meeting,
    MeetingOrganiser,
    MeetingSearch,
    Organisation,
    OrganisationShortForm,
    Participation,
    Person,
)
from store.record import DecisionItem, DocumentItem, MeetingRecord, Organiser, Participant
from store.rows import (
    effective_uid,
    prepare,
)
from store.writer import Writer

M = Meeting.__table__
P = Person.__table__
O = Organisation.__table__  # noqa: E741
OSF = OrganisationShortForm.__table__
MO = MeetingOrganiser.__table__
PA = Participation.__table__
D = Decision.__table__
DR = DocumentRef.__table__
MS = MeetingSearch.__table__


# Reading ----------------------------------------------------------------------------------------


def _partial(start: Any, precision: str | None) -> PartialDate | None:
    return PartialDate.from_parts(start, precision) if start is not None and precision else None


def load_records(ids: Sequence[int], *, session: Session) -> dict[int, MeetingRecord]:
    """The records of these meetings, keyed by id (missing ids are simply absent)."""
    if not ids:
        return {}
    conn = session.connection()
    organisers: dict[int, list[Organiser]] = defaultdict(list)
    rows = conn.execute(
        select(MO.c.meeting_id, O.c.id, O.c.name)
        .join(O, O.c.id == MO.c.organisation_id)
        .where(MO.c.meeting_id.in_(ids))
        .order_by(MO.c.meeting_id, MO.c.position)
    ).all()
    forms = _short_forms(conn, {row[1] for row in rows})
    for meeting_id, org_id, name in rows:
        organisers[meeting_id].append(
            Organiser.model_construct(name=name, short_forms=forms.get(org_id, []))
        )
    participants: dict[int, list[Participant]] = defaultdict(list)
    for meeting_id, name, role, title in conn.execute(
        select(PA.c.meeting_id, P.c.name, PA.c.role, PA.c.title)
        .join(P, P.c.id == PA.c.person_id)
        .where(PA.c.meeting_id.in_(ids))
        .order_by(PA.c.meeting_id, PA.c.position)
    ):
        participants[meeting_id].append(
            Participant.model_construct(name=name, role=role, title=title)
        )
    decisions: dict[int, list[DecisionItem]] = defaultdict(list)
    for row in conn.execute(
        select(D).where(D.c.meeting_id.in_(ids)).order_by(D.c.meeting_id, D.c.position)
    ):
        decisions[row.meeting_id].append(
            DecisionItem.model_construct(
                text=row.text,
                kind=row.kind,
                responsible=row.responsible,
                due=_partial(row.due_start, row.due_precision),
                status=row.status,
            )
        )
    documents: dict[int, list[DocumentItem]] = defaultdict(list)
    for row in conn.execute(
        select(DR).where(DR.c.meeting_id.in_(ids)).order_by(DR.c.meeting_id, DR.c.position)
    ):
        documents[row.meeting_id].append(
            DocumentItem.model_construct(
                number=row.number,
                kind=row.kind,
                title=row.title,
                date=_partial(row.date_start, row.date_precision),
            )
        )
    records = {}
    for row in conn.execute(select(M).where(M.c.id.in_(ids))):
        records[row.id] = MeetingRecord.model_construct(
            uid=row.uid,
            title=row.title,
            kind=row.kind,
            date=PartialDate.from_parts(row.date_start, row.date_precision),
            date_inferred=bool(row.date_inferred),
            part_of_day=row.part_of_day,
            start_time=row.start_time,
            end_time=row.end_time,
            location=row.location,
            organisers=organisers.get(row.id, []),
            participants=participants.get(row.id, []),
            decisions=decisions.get(row.id, []),
            documents=documents.get(row.id, []),
            notes=row.notes,
            source=row.source,
            status=row.status,
            approved_on=_partial(row.approved_on_start, row.approved_on_precision),
            approved_by=row.approved_by,
            created_at=_aware(row.created_at),
            updated_at=_aware(row.updated_at),
            version=row.version,
        )
    return records


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _short_forms(conn: Connection, org_ids: set[int]) -> dict[int, list[str]]:
    forms: dict[int, list[str]] = defaultdict(list)
    if org_ids:
        for org_id, name in conn.execute(
            select(OSF.c.organisation_id, OSF.c.name)
            .where(OSF.c.organisation_id.in_(org_ids))
            .order_by(OSF.c.organisation_id, OSF.c.position)
        ):
            forms[org_id].append(name)
    return forms


def get_record(meeting_id: int, *, session: Session) -> MeetingRecord:
    record = load_records([meeting_id], session=session).get(meeting_id)
    if record is None:
        raise NotFound(_("no meeting {id}; `minutebook list` shows the numbers", id=meeting_id))
    return record


def resolve_meeting(ref: str, *, session: Session) -> int:
    """A meeting id from what a person typed: its number or its uid."""
    conn = session.connection()
    ref = ref.strip()
    if ref.isdigit() and len(ref) > 18:  # past any number a book gives (and SQLite's integers)
        raise NotFound(_("no meeting {id}; `minutebook list` shows the numbers", id=ref))
    if ref.isdigit():
        found = conn.execute(select(M.c.id).where(M.c.id == int(ref))).scalar()
    else:
        found = conn.execute(select(M.c.id).where(M.c.uid == ref)).scalar()
    if found is None:
        raise NotFound(
            _("no meeting {ref!r}; `minutebook list` shows numbers, `--format json` uids", ref=ref)
        )
    return int(found)


def meeting_ids_by_uid(uids: Iterable[str], *, session: Session) -> dict[str, int]:
    found: dict[str, int] = {}
    batch: list[str] = []
    conn = session.connection()
    for uid in uids:
        batch.append(uid)
        if len(batch) == 500:
            found.update(conn.execute(select(M.c.uid, M.c.id).where(M.c.uid.in_(batch))).all())
            batch = []
    if batch:
        found.update(conn.execute(select(M.c.uid, M.c.id).where(M.c.uid.in_(batch))).all())
    return found


def iter_records(*, session: Session, chunk: int = 500) -> Iterator[MeetingRecord]:
    """Every meeting, oldest first (the export order), loaded a chunk at a time."""
    conn = session.connection()
    ids = list(conn.execute(select(M.c.id).order_by(M.c.date_start, M.c.id)).scalars())
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        records = load_records(part, session=session)
        for meeting_id in part:
            yield records[meeting_id]


def meeting_count(*, session: Session) -> int:
    return int(session.connection().execute(select(func.count()).select_from(M)).scalar_one())


def create_meeting(
    record: MeetingRecord, *, session: Session, meeting_id: int | None = None
) -> int:
    """Save a new meeting; refuse one whose uid (given or natural) is already in the book."""
    _refuse_taken_uid(record, session)
    return Writer(session).insert(prepare(record), meeting_id=meeting_id)


def _refuse_taken_uid(record: MeetingRecord, session: Session) -> None:
    uid = effective_uid(record)
    existing = meeting_ids_by_uid([uid], session=session).get(uid)
    if existing is not None:
        if record.uid:
            raise StoreError(
                _("a meeting with uid {uid!r} is already in the book (#{id})", uid=uid, id=existing)
            )
        raise StoreError(
            _("meeting #{id} has the same date, title and place; give this one a uid of its own if"
              " it is a different meeting", id=existing)
        )


def update_meeting(
    meeting_id: int,
    record: MeetingRecord,
    *,
    expected_version: int | None,
    session: Session,
    action: str | None = None,
    note: str | None = None,
) -> int:
    """Save an edited meeting; raise VersionConflict if it changed since `expected_version`.

    The state it replaces goes into the meeting's history. A locked meeting is refused
    (`LockedMeeting`: it changes only by `amend_meeting`); a move back along the lifecycle, or a
    draft approved without being reviewed, is refused too (`lifecycle.check_move`).
    """
    conn = session.connection()
    lock_for_writing(session)
    old = load_records([meeting_id], session=session).get(meeting_id)
    if old is None:
        if expected_version is not None:
            raise VersionConflict(meeting_id, expected_version, None)
        raise NotFound(_("no meeting {id}; `minutebook list` shows the numbers", id=meeting_id))
    if expected_version is not None and old.version != expected_version:
        raise VersionConflict(meeting_id, expected_version, old.version)
    if action != "amended":
        lifecycle.check_move(meeting_id, old, record)
    people = _people_of(conn, meeting_id)
    writer = Writer(session, action=action or lifecycle.action_of(old, record), note=note)
    version = writer.replace(
        meeting_id, prepare(record), expected_version=expected_version, previous=old
    )
    writer.flush()
    _forget_unreferenced(conn, people)
    return version


def amend_meeting(
    meeting_id: int,
    record: MeetingRecord,
    *,
    reason: str,
    expected_version: int | None,
    session: Session,
) -> int:
    """Correct a locked (or approved) meeting: saved with the reason, kept in its history."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise UsageError(_("an amendment needs a reason: --reason TEXT"))
    old = get_record(meeting_id, session=session)
    lifecycle.check_amendment(meeting_id, old, record)
    return update_meeting(
        meeting_id, record, expected_version=expected_version, session=session,
        action="amended", note=reason,
    )  # fmt: skip


def delete_meeting(meeting_id: int, *, session: Session) -> MeetingRecord:
    """Move a meeting to the trash (it keeps its number); return its record."""
    lock_for_writing(session)
    record = get_record(meeting_id, session=session)
    lifecycle.check_delete(meeting_id, record)
    conn = session.connection()
    trash.put(conn, meeting_id, record)
    people = _people_of(conn, meeting_id)
    conn.execute(delete(M).where(M.c.id == meeting_id))
    _forget_unreferenced(conn, people)
    return record


def restore_meeting(meeting_id: int, *, session: Session) -> int:
    """Bring a meeting back from the trash, under its own number, exactly as it was."""
    lock_for_writing(session)
    conn = session.connection()
    if conn.execute(select(M.c.id).where(M.c.id == meeting_id)).first():
        raise StoreError(_("meeting #{id} is in the book, not in the trash", id=meeting_id))
    record = trash.take(conn, meeting_id)
    _refuse_taken_uid(record, session)
    history.supersede(conn, meeting_id, record)  # the trashed state, kept in its row
    Writer(session, action="undeleted").insert(prepare(record), meeting_id=meeting_id)
    return record.version or 1


def _people_of(conn: Connection, meeting_id: int) -> list[int]:
    return list(conn.execute(select(PA.c.person_id).where(PA.c.meeting_id == meeting_id)).scalars())


def _forget_unreferenced(conn: Connection, person_ids: list[int]) -> None:
    """Drop people who no longer appear in any meeting (they came with the removed entries)."""
    if person_ids:
        in_use = select(PA.c.person_id).where(PA.c.person_id == P.c.id).exists()
        conn.execute(delete(P).where(P.c.id.in_(person_ids), ~in_use))


# Lists ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingSummary:
    """One line of a meeting list: what a person scans for."""

    id: int
    uid: str
    date: PartialDate
    part_of_day: str | None
    title: str
    chairs: tuple[str, ...]
    location: str | None
    people: int  # distinct people present (every role but absent)
    status: str = "final"  # "draft": the lists mark it, to be reviewed


def summaries(ids: Sequence[int], *, session: Session) -> list[MeetingSummary]:
    """Summaries of these meetings, in the order given."""
    if not ids:
        return []
    conn = session.connection()
    chairs: dict[int, list[str]] = defaultdict(list)
    for meeting_id, name in conn.execute(
        select(PA.c.meeting_id, P.c.name)
        .join(P, P.c.id == PA.c.person_id)
        .where(PA.c.meeting_id.in_(ids), PA.c.role == "chair")
        .order_by(PA.c.meeting_id, PA.c.position)
    ):
        chairs[meeting_id].append(name)
    people = dict(
        conn.execute(
            select(PA.c.meeting_id, func.count(func.distinct(PA.c.person_id)))
            .where(PA.c.meeting_id.in_(ids), PA.c.role != "absent")
            .group_by(PA.c.meeting_id)
        ).all()
    )
    rows = {
        row.id: row
        for row in conn.execute(
            select(
                M.c.id, M.c.uid, M.c.date_start, M.c.date_precision, M.c.part_of_day,
                M.c.title, M.c.location, M.c.status,
            ).where(M.c.id.in_(ids))
        )
    }  # fmt: skip
    return [
        MeetingSummary(
            id=row.id,
            uid=row.uid,
            date=PartialDate.from_parts(row.date_start, row.date_precision),
            part_of_day=row.part_of_day,
            title=row.title,
            chairs=tuple(chairs.get(row.id, ())),
            location=row.location,
            people=int(people.get(row.id, 0)),
            status=row.status,
        )
        for meeting_id in ids
        if (row := rows.get(meeting_id)) is not None
    ]
