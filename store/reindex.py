"""Search words of meetings written before the book kept them (after a schema upgrade).

Migration 0007 adds `meeting_search.marked` (the words with their marks), and 0008 on PostgreSQL
the words' tsvectors (`body_words`, `marked_words`); from 0015 the word lists keep the parts of a
record apart (`store.text.PART`), so a phrase no longer runs from one part into the next, and
from 0017 they end with the chairs' names (`store.rows.chair_parts`). The
meetings already in the book get them here, with the code of the day, in the upgrade's own
transaction (`store.db.upgrade_schema`), so a killed upgrade leaves the old schema whole.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select, text
from sqlmodel import Session

from store.models import MeetingSearch
from store.repo import load_records
from store.rows import search_body, search_marked, search_vector

MS = MeetingSearch.__table__
BATCH = 500
# Every upgrade from before this revision writes each meeting's word lists again: it covers the
# marked words (0007), PostgreSQL's vectors (0008) and the parts kept apart (0015) that books
# from before those need too.
WORD_LISTS_OF = "0017"  # the chairs' parts
# The triggers that keep SQLite's two word indexes in step with an update of a word list: set
# aside while every list is written again, the indexes are then rebuilt whole, several times
# quicker than a removal and an insertion for each meeting.
UPDATE_TRIGGERS = ("meeting_search_au", "meeting_pairs_au")
WITH_VECTORS = (
    "UPDATE meeting_search SET body = %s, marked = %s, body_words = CAST(%s AS tsvector), "
    "marked_words = CAST(%s AS tsvector) WHERE meeting_id = %s"
)


def fill_search_words(conn: Connection, revision_before: str | None) -> int:
    """After an upgrade from before WORD_LISTS_OF, write every meeting's word lists again (the
    parts kept apart, the chairs' parts, with their marks and on PostgreSQL their vectors):
    `rewrite_word_lists`. How many meetings."""
    if revision_before is None or revision_before >= WORD_LISTS_OF:
        return 0
    return rewrite_word_lists(conn)


def rewrite_word_lists(conn: Connection) -> int:
    """Every meeting's word lists (`body`, `marked`) written again from its record, and on
    PostgreSQL their vectors; on SQLite the two word indexes rebuilt from them. How many."""
    sqlite = conn.dialect.name == "sqlite"
    triggers: list[tuple[str, str]] = []
    if sqlite:
        named = ", ".join(f"'{name}'" for name in UPDATE_TRIGGERS)
        listed = f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({named})"
        triggers = [(row.name, row.sql) for row in conn.execute(text(listed))]
        for name, _ in triggers:
            conn.execute(text(f"DROP TRIGGER {name}"))
    postgresql = conn.dialect.name == "postgresql"
    session = Session(bind=conn)
    ids = list(conn.execute(select(MS.c.meeting_id).order_by(MS.c.meeting_id)).scalars())
    lists = MS.update().where(MS.c.meeting_id == bindparam("id"))
    lists = lists.values(body=bindparam("body"), marked=bindparam("marked"))
    for start in range(0, len(ids), BATCH):
        records = load_records(ids[start : start + BATCH], session=session)
        words = [(i, search_body(record), search_marked(record)) for i, record in records.items()]
        if postgresql:  # the vectors with their lists, each row written once
            values = [(b, m, search_vector(b), search_vector(m), i) for i, b, m in words]
            conn.exec_driver_sql(WITH_VECTORS, values)  # type: ignore[arg-type]
        else:
            conn.execute(lists, [{"id": i, "body": b, "marked": m} for i, b, m in words])
    if postgresql:  # without fresh statistics the planner guesses how common a word is
        conn.exec_driver_sql("ANALYZE meeting_search")
    if sqlite:
        conn.execute(text("INSERT INTO meeting_fts(meeting_fts) VALUES ('rebuild')"))
        if any(name == "meeting_pairs_au" for name, _ in triggers):
            conn.execute(text("INSERT INTO meeting_pairs(meeting_pairs) VALUES ('delete-all')"))
            conn.execute(
                text(
                    "INSERT INTO meeting_pairs(rowid, pairs) "
                    "SELECT sort_key, minutebook_pairs(body) FROM meeting_search"
                )
            )
        for _, sql in triggers:
            conn.execute(text(sql))
    return len(ids)
