"""Undoing a merge of two people: the one who left the directory comes back with their meetings.

`store.people.merge_people` keeps in `person_merge` exactly what each merge changed: the
participations it moved to the kept person, those it dropped as twins of the kept person's own,
the titles it filled in, and each changed meeting's content hash right after it. `undo_merge`
puts all of it back: the person under their own number where it is still free, their name, every
participation under its own id, role, title and place in the list; each meeting changed gets a
new version whose history says the merge was undone ("merge undone"), as the merge said itself.

It refuses, in one line naming why, and changes nothing, when putting things back would overwrite
what happened since: a meeting changed after the merge (its content is not what the merge left),
a meeting deleted since, the kept person merged away in turn, or the name taken again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlmodel import Session

from store import history
from store.db import lock_for_writing
from store.errors import NotFound, StoreError
from store.history import current_user
from store.i18n import _
from store.models import Meeting, Participation, Person, PersonMerge, TrashedMeeting
from store.people import _touch
from store.repo import load_records
from store.rows import words_key
from store.text import fold, name_key
from store.writer import now_utc

M = Meeting.__table__
P = Person.__table__
PA = Participation.__table__
PM = PersonMerge.__table__
T = TrashedMeeting.__table__

# The history's word for it; the faces say it as `_(action)`, so it has its catalog entry.
UNDONE = "merge undone"


@dataclass(frozen=True)
class Merge:
    """A merge that can still be undone (or, returned by `undo_merge`, that was)."""

    id: int
    kept_id: int
    kept_name: str
    removed_id: int  # the person's number now: the old one if it was free, else a new one
    removed_name: str
    meetings: int  # how many meetings it changed
    merged_at: datetime
    merged_by: str


def _merge(row: Any, removed_id: int | None = None) -> Merge:
    merged_at = row.merged_at
    if merged_at.tzinfo is None:
        merged_at = merged_at.replace(tzinfo=UTC)
    changes = json.loads(row.changes)
    return Merge(
        row.id, row.kept_id, row.kept_name, removed_id or row.removed_id, row.removed_name,
        len(changes["meetings"]), merged_at, row.merged_by,
    )  # fmt: skip


def _pending(session: Session, name: str | None) -> Any:
    """The newest merge not undone (of those that took `name` out of the directory, if given)."""
    conn = session.connection()
    rows = conn.execute(select(PM).where(PM.c.undone_at.is_(None)).order_by(PM.c.id.desc()))
    if name is None:
        return rows.first()
    rows = rows.all()
    exact = [row for row in rows if name_key(row.removed_name) == name_key(name)]
    folded = [row for row in rows if " ".join(fold(row.removed_name).split()) == _folded(name)]
    return (exact or folded or [None])[0]


def _folded(name: str) -> str:
    return " ".join(fold(name).split())


def last_merge(*, session: Session) -> Merge | None:
    """The newest merge that has not been undone, if any."""
    row = _pending(session, None)
    return None if row is None else _merge(row)


def undo_merge(name: str | None = None, *, session: Session) -> Merge:
    """Undo the newest merge (or the newest that took `name` out of the directory); the merge
    undone, `removed_id` the number the person has again. Refused if it would undo later work."""
    lock_for_writing(session)
    conn = session.connection()
    row = _pending(session, name)
    if row is None:
        if name is None:
            raise NotFound(_("no merge to undo"))
        raise NotFound(_("no merge of {name!r} to undo", name=name))
    changes = json.loads(row.changes)
    meetings = {int(key): value for key, value in changes["meetings"].items()}
    _check(session, row, meetings)
    before = load_records(list(meetings), session=session)
    person_id = _bring_back(conn, row)
    for meeting_id, role in changes["moved"]:
        _one_row(conn, row, meeting_id, role, person_id=person_id)
    for meeting_id, role, title in changes["retitled"]:
        _one_row(conn, row, meeting_id, role, title=title)
    dropped = changes["dropped"]
    taken = set(conn.execute(select(PA.c.id).where(
        PA.c.id.in_([pid for pid, *_rest in dropped]))).scalars())  # fmt: skip
    for pid, meeting_id, role, title, position in dropped:  # each under its own id, if free
        values = {"meeting_id": meeting_id, "person_id": person_id, "role": role,
                  "title": title, "position": position}  # fmt: skip
        conn.execute(PA.insert().values(**values, **({} if pid in taken else {"id": pid})))
    _touch(before, session, action=UNDONE, note=f"{row.removed_name} ← {row.kept_name}")
    undone = {"undone_at": now_utc(), "undone_by": current_user(conn)}
    conn.execute(update(PM).where(PM.c.id == row.id).values(**undone))
    return _merge(row, person_id)


def _check(session: Session, row: Any, meetings: dict[int, str]) -> None:
    """Refuse (one line, nothing changed) an undo that would overwrite what happened since."""
    conn = session.connection()
    what = {"removed": row.removed_name, "kept": row.kept_name}
    other = conn.execute(
        select(P.c.name).where(P.c.name_key == name_key(row.removed_name))
    ).scalar()
    if other is not None:
        raise StoreError(_(
            "cannot undo the merge of {removed} into {kept}: {name} is in the directory again; "
            "merge or rename that person first", name=other, **what,
        ))  # fmt: skip
    if meetings and conn.execute(select(P.c.id).where(P.c.id == row.kept_id)).first() is None:
        raise StoreError(_(
            "cannot undo the merge of {removed} into {kept}: {kept} has since been merged into "
            "someone else; undo that merge first", **what,
        ))  # fmt: skip
    now = load_records(list(meetings), session=session)
    trashed = set(conn.execute(select(T.c.meeting_id).where(
        T.c.meeting_id.in_(list(meetings)))).scalars())  # fmt: skip
    for meeting_id, content in sorted(meetings.items()):
        record = now.get(meeting_id)
        if record is None and meeting_id in trashed:
            raise StoreError(_(
                "cannot undo the merge of {removed} into {kept}: meeting #{id} is in the trash; "
                "restore it first", id=meeting_id, **what,
            ))  # fmt: skip
        if record is None:
            raise StoreError(_(
                "cannot undo the merge of {removed} into {kept}: meeting #{id} is no longer in "
                "the book", id=meeting_id, **what,
            ))  # fmt: skip
        if history.record_hash(record) != content:
            raise StoreError(_(
                "cannot undo the merge of {removed} into {kept}: meeting #{id} has changed since "
                "(now version {version}); undo that change first", id=meeting_id,
                version=record.version, **what,
            ))  # fmt: skip


def _one_row(conn: Any, row: Any, meeting_id: int, role: str, **values: Any) -> None:
    """Put back the kept person's participation in `role` at a meeting (one per person and
    role); the checks above make sure it is there, and if not, nothing is changed at all."""
    done = conn.execute(
        update(PA)
        .where(PA.c.meeting_id == meeting_id, PA.c.person_id == row.kept_id, PA.c.role == role)
        .values(**values)
    )
    if done.rowcount != 1:  # the transaction is rolled back: nothing changed
        raise StoreError(_(
            "cannot undo the merge of {removed} into {kept}: meeting #{id} has changed since",
            removed=row.removed_name, kept=row.kept_name, id=meeting_id,
        ))  # fmt: skip


def _bring_back(conn: Any, row: Any) -> int:
    """The removed person again: under their old number if no one has it, else a new one."""
    values = {"name": row.removed_name, "name_key": name_key(row.removed_name),
              "search_key": words_key(row.removed_name)}  # fmt: skip
    free = conn.execute(select(P.c.id).where(P.c.id == row.removed_id)).first() is None
    if free:
        conn.execute(P.insert().values(id=row.removed_id, **values))
        return int(row.removed_id)
    return int(conn.execute(P.insert().values(**values)).inserted_primary_key[0])
