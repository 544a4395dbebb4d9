"""The trash: deleted meetings, whole, under their own numbers, until restored or purged.

`put` keeps a meeting's record (and says so in its history) before its rows are deleted; `take`
hands it back for `store.repo.restore_meeting`; `purge` empties the trash, older entries only if
asked. A meeting in the trash is in no search, list or export; `entries` lists them, each with
its date as precise as the record has it (`2022`, not the first day of 2022), to be labelled as
every list labels a date (`store.words.date_label`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, select

from store.dates import DateError, PartialDate, parse_partial_date
from store.errors import NotFound
from store.history import current_user, event_row, latest, record_hash, record_json, supersede
from store.i18n import _
from store.models import MeetingHistory, TrashedMeeting
from store.record import MeetingRecord, validate_record
from store.writer import HISTORY_COLUMNS, now_utc

if TYPE_CHECKING:
    from sqlmodel import Session

T = TrashedMeeting.__table__
H = MeetingHistory.__table__


@dataclass(frozen=True)
class TrashEntry:
    meeting_id: int
    uid: str
    title: str
    date: date
    deleted_at: datetime
    deleted_by: str
    when: PartialDate  # the record's date, at its precision (`date` is its first day)
    part_of_day: str | None = None


def put(conn: Connection, meeting_id: int, record: MeetingRecord) -> None:
    """Keep `record` in the trash and add the deletion to the meeting's history."""
    supersede(conn, meeting_id, record)  # the state deleted stays readable in the history
    now, who = now_utc(), current_user(conn)
    last = latest(conn, meeting_id)
    conn.execute(
        T.insert().values(
            meeting_id=meeting_id, uid=record.uid or "", title=record.title,
            date_start=record.date.start, deleted_at=now, deleted_by=who,
            record=record_json(record),
        )
    )  # fmt: skip
    row = event_row(
        meeting_id=meeting_id, uid=record.uid or "", version=record.version or 1,
        action="deleted", saved_at=now, saved_by=who, content=record_hash(record),
        previous=last.chain_hash if last is not None else None,
    )  # fmt: skip
    conn.execute(H.insert().values(**{column: row[column] for column in HISTORY_COLUMNS}))


def take(conn: Connection, meeting_id: int) -> MeetingRecord:
    """The trashed meeting's record, removed from the trash (the caller puts it back)."""
    row = conn.execute(select(T).where(T.c.meeting_id == meeting_id)).first()
    if row is None:
        raise NotFound(
            _(
                "meeting #{id} is not in the trash; `minutebook trash` lists what is",
                id=meeting_id,
            )
        )
    record = validate_record(json.loads(row.record), source=f"trash #{meeting_id}", kept=True)
    if not isinstance(record, MeetingRecord):
        raise NotFound(_("the trashed record of meeting #{id} cannot be read", id=meeting_id))
    conn.execute(delete(T).where(T.c.meeting_id == meeting_id))
    return record


def unless_trashed(ref: str, resolve: Callable[..., int], *, session: Session) -> int:
    """`resolve(ref, session=session)`, the meeting a number or uid names (store.repo's, passed
    in: repo imports this module); one in the trash is still `NotFound` (the faces treat it as
    gone), but saying how to bring it back, as `history` says it, rather than "no meeting"."""
    try:
        return resolve(ref, session=session)
    except NotFound:
        ref = ref.strip()
        number = ref.isdigit() and len(ref) <= 18  # as repo reads a number
        where = T.c.meeting_id == int(ref) if number else T.c.uid == ref
        trashed = session.connection().execute(select(T.c.meeting_id).where(where)).scalar()
        if trashed is None:
            raise
    raise in_the_trash(trashed)


def in_the_trash(meeting_id: int) -> NotFound:
    """The one line for a meeting asked for that is in the trash: `NotFound`, as the faces treat
    a meeting gone, saying how to bring it back (every command and `history` say the same)."""
    return NotFound(
        _(
            "meeting #{id} is in the trash: `minutebook restore {id}` brings it back with"
            " its history",
            id=meeting_id,
        )
    )


def record_of(conn: Connection, meeting_id: int) -> MeetingRecord | None:
    row = conn.execute(select(T.c.record).where(T.c.meeting_id == meeting_id)).first()
    if row is None:
        return None
    record = validate_record(json.loads(row.record), source=f"trash #{meeting_id}", kept=True)
    return record if isinstance(record, MeetingRecord) else None


def entries(conn: Connection) -> list[TrashEntry]:
    """What is in the trash, most recently deleted first."""
    rows = conn.execute(select(T).order_by(T.c.deleted_at.desc(), T.c.meeting_id.desc()))
    return [
        TrashEntry(r.meeting_id, r.uid, r.title, r.date_start, r.deleted_at, r.deleted_by,
                   *_when(r.record, r.date_start))
        for r in rows
    ]  # fmt: skip


def _when(kept: str, first_day: date) -> tuple[PartialDate, str | None]:
    """The date and part of day of a trashed record, read from its JSON; its first day, to the
    day, if that cannot be read (a record changed outside the program: `verify` says so)."""
    try:
        data = json.loads(kept)
        part = data.get("part_of_day")
        return parse_partial_date(data["date"]), part if isinstance(part, str) else None
    except (ValueError, KeyError, TypeError, AttributeError, DateError):
        return parse_partial_date(first_day.isoformat()), None


def purge(
    conn: Connection,
    *,
    older_than: timedelta | None = None,
    meeting_ids: Collection[int] | None = None,
) -> list[int]:
    """Empty the trash (only what was deleted longer ago than `older_than`, and of that only
    `meeting_ids` when given: what a person was shown and agreed to), the purged meetings'
    history with it; the numbers purged."""
    statement = select(T.c.meeting_id)
    if older_than is not None:
        statement = statement.where(T.c.deleted_at < now_utc() - older_than)
    if meeting_ids is not None:
        statement = statement.where(T.c.meeting_id.in_(list(meeting_ids)))
    ids = list(conn.execute(statement).scalars())
    if ids:
        conn.execute(delete(T).where(T.c.meeting_id.in_(ids)))
        conn.execute(delete(H).where(H.c.meeting_id.in_(ids)))
    return ids
