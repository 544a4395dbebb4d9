"""Search words of meetings written before the book kept them (after a schema upgrade).

Migration 0007 adds `meeting_search.marked` (the words with their marks); the meetings already
in the book get theirs here, from their records and with the code of the day, in the upgrade's
own transaction (`store.db.upgrade_schema`), so a killed upgrade leaves the old schema whole.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select
from sqlmodel import Session

from store.models import MeetingSearch
from store.repo import load_records
from store.rows import search_marked

MS = MeetingSearch.__table__
BATCH = 500
FIRST_WITH_MARKS = "0007"


def fill_marked_words(conn: Connection, revision_before: str | None) -> int:
    """After an upgrade from before 0007, give every meeting its marked words; how many."""
    if revision_before is None or revision_before >= FIRST_WITH_MARKS:
        return 0
    session = Session(bind=conn)
    ids = list(conn.execute(select(MS.c.meeting_id).order_by(MS.c.meeting_id)).scalars())
    update = MS.update().where(MS.c.meeting_id == bindparam("id")).values(marked=bindparam("words"))
    for start in range(0, len(ids), BATCH):
        records = load_records(ids[start : start + BATCH], session=session)
        conn.execute(
            update, [{"id": i, "words": search_marked(record)} for i, record in records.items()]
        )
    return len(ids)
