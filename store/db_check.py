"""`db check`: is the book whole (SQLite's own checks, or a round of queries elsewhere), do the
figures' summaries hold what the meetings say (`store.stats_summary`), how much it holds, and
which schema it has against the one this release expects."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from store.db import HEAD_REVISION, Store, schema_revision
from store.stats_summary import recount
from store.urls import _scrub


@dataclass(frozen=True)
class CheckReport:
    backend: str
    url: str
    revision: str | None
    head: str
    problems: list[str]
    counts: dict[str, int]
    read_only: str | None = None  # why the book can be read but not written now

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


def check(store: Store) -> CheckReport:
    """Integrity (SQLite's own checks, or a round of queries elsewhere) and schema version."""
    problems: list[str] = []
    counts: dict[str, int] = {}
    try:
        with store.engine.connect() as conn:
            if store.backend == "sqlite":
                result = [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]
                if result != ["ok"]:
                    problems.extend(result)
                for row in conn.execute(text("PRAGMA foreign_key_check")):
                    problems.append(f"dangling reference in {row[0]} row {row[1]} to {row[2]}")
                if not store.read_only:  # FTS5 asks for its check as a write, rolled back
                    conn.execute(text(
                        "INSERT INTO meeting_fts(meeting_fts, rank) VALUES ('integrity-check', 1)"
                    ))  # fmt: skip
            for table in ("meeting", "person", "organisation", "participation", "decision"):
                counts[table] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            if conn.dialect.has_table(conn, "stats_meetings"):  # schema 0012 on: the summaries
                problems.extend(recount(conn))
            conn.rollback()
    except SQLAlchemyError as exc:
        problems.append(_scrub(str(getattr(exc, "orig", exc)), store.url))
    revision = schema_revision(store)
    return CheckReport(
        store.backend, store.display_url, revision, HEAD_REVISION, problems, counts, store.read_only
    )
