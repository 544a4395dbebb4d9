"""Search words of meetings written before the book kept them (after a schema upgrade).

Migration 0007 adds `meeting_search.marked` (the words with their marks), and 0008 on PostgreSQL
the words' tsvectors (`body_words`, `marked_words`). The meetings already in the book get them
here, with the code of the day, in the upgrade's own transaction (`store.db.upgrade_schema`), so a
killed upgrade leaves the old schema whole.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select
from sqlmodel import Session

from store.models import MeetingSearch
from store.repo import load_records
from store.rows import search_marked, search_vector

MS = MeetingSearch.__table__
BATCH = 500
FIRST_WITH_MARKS = "0007"
FIRST_WITH_VECTORS = "0008"


def fill_search_words(conn: Connection, revision_before: str | None) -> int:
    """After an upgrade from before 0007, give every meeting its marked words, and from before
    0008 on PostgreSQL its word vectors (`fill_vectors`); how many meetings were given words."""
    filled = 0
    if revision_before is not None and revision_before < FIRST_WITH_MARKS:
        filled = _fill_marked(conn)
    if revision_before is not None and revision_before < FIRST_WITH_VECTORS:
        filled = max(filled, fill_vectors(conn))
    return filled


def _fill_marked(conn: Connection) -> int:
    session = Session(bind=conn)
    ids = list(conn.execute(select(MS.c.meeting_id).order_by(MS.c.meeting_id)).scalars())
    update = MS.update().where(MS.c.meeting_id == bindparam("id")).values(marked=bindparam("words"))
    for start in range(0, len(ids), BATCH):
        records = load_records(ids[start : start + BATCH], session=session)
        conn.execute(
            update, [{"id": i, "words": search_marked(record)} for i, record in records.items()]
        )
    return len(ids)


def fill_vectors(conn: Connection) -> int:
    """On PostgreSQL, every meeting's word vectors from its word lists (`store.rows`), then fresh
    statistics of them, without which the planner guesses how common a word is; how many."""
    if conn.dialect.name != "postgresql":
        return 0
    sql = (
        "UPDATE meeting_search SET body_words = CAST(%s AS tsvector), "
        "marked_words = CAST(%s AS tsvector) WHERE meeting_id = %s"
    )
    ids = list(conn.execute(select(MS.c.meeting_id).order_by(MS.c.meeting_id)).scalars())
    for start in range(0, len(ids), BATCH):
        lists = select(MS.c.meeting_id, MS.c.body, MS.c.marked)
        batch = conn.execute(lists.where(MS.c.meeting_id.in_(ids[start : start + BATCH])))
        values = [(search_vector(r.body), search_vector(r.marked), r.meeting_id) for r in batch]
        conn.exec_driver_sql(sql, values)  # type: ignore[arg-type]
    conn.exec_driver_sql("ANALYZE meeting_search")
    return len(ids)
