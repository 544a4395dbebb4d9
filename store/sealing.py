"""The first history row of meetings written before the book kept history.

After an upgrade to the schema with history (migration 0006), every meeting already in the book
gets a "recorded" row: its state at that moment, hashed, so `db verify` can tell from then on
whether it was changed outside the program. Done in batches, in the upgrade's own transaction,
so a killed upgrade leaves neither the new schema nor half the rows.
"""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlmodel import Session

from store.history import current_user, event_row, record_hash
from store.models import Meeting, MeetingHistory
from store.repo import load_records
from store.writer import HISTORY_COLUMNS, now_utc

M = Meeting.__table__
H = MeetingHistory.__table__
BATCH = 500
FIRST_WITH_HISTORY = "0006"


def record_unrecorded(conn: Connection, revision_before: str | None) -> int:
    """After an upgrade from before history (in its transaction: `store.db.upgrade_schema`),
    give every meeting without history its "recorded" row; how many were recorded."""
    if revision_before is None or revision_before >= FIRST_WITH_HISTORY:
        return 0
    session = Session(bind=conn)
    has_history = select(H.c.id).where(H.c.meeting_id == M.c.id).exists()
    ids = list(conn.execute(select(M.c.id).where(~has_history).order_by(M.c.id)).scalars())
    now, who = now_utc(), current_user(conn)
    for start in range(0, len(ids), BATCH):
        part = ids[start : start + BATCH]
        records = load_records(part, session=session)
        rows = []
        for meeting_id in part:
            record = records[meeting_id]
            row = event_row(
                meeting_id=meeting_id, uid=record.uid or "", version=record.version or 1,
                action="recorded", saved_at=now, saved_by=who,
                content=record_hash(record), previous=None,
            )  # fmt: skip
            rows.append({name: row[name] for name in HISTORY_COLUMNS})
        conn.execute(H.insert(), rows)
    return len(ids)
