"""The rows' part of a schema upgrade, run in its transaction after Alembic's migrations: what a
book written before a feature needs to have it (history's first rows, the search words' lists).
Passed to `store.db.open_store` and `upgrade_schema` by `store.book`."""

from __future__ import annotations

from sqlalchemy import Connection


def after_upgrade(conn: Connection, revision_before: str | None) -> None:
    """In an upgrade's transaction: meetings written before the book kept history get their
    first history row, and before it kept marked words, those words."""
    from store import reindex, sealing

    sealing.record_unrecorded(conn, revision_before)
    reindex.fill_search_words(conn, revision_before)
