"""`db check`: is the book whole (SQLite's own checks, or a round of queries elsewhere), do the
figures' summaries hold what the meetings say (`store.stats_summary`), how much it holds, and
which schema it has against the one this release expects. The summaries are made from the rows,
so `repair` makes them again when they differ (nothing else can be repaired by recounting)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from store.db import HEAD_REVISION, Store, schema_revision
from store.stats_summary import rebuild, recount
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
    repaired: int = 0  # summary rows that differed from the rows and were made again

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


def check(store: Store, *, repair: bool = False) -> CheckReport:
    """Integrity (SQLite's own checks, or a round of queries elsewhere) and schema version;
    `repair`: the figures' summaries made again from the rows where they differ."""
    problems: list[str] = []
    counts: dict[str, int] = {}
    repaired = 0
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
                    if conn.dialect.has_table(conn, "meeting_pairs"):  # schema 0014 on
                        conn.execute(text(
                            "INSERT INTO meeting_pairs(meeting_pairs) VALUES ('integrity-check')"
                        ))  # fmt: skip
            for table in ("meeting", "person", "organisation", "participation", "decision"):
                counts[table] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            summed = conn.dialect.has_table(conn, "stats_meetings")  # schema 0012 on
            drifted = recount(conn) if summed else []
            conn.rollback()
        if drifted and repair:
            with store.session(write=True) as session:
                rebuild(session.connection())
            repaired, drifted = len(drifted), []
            with store.engine.connect() as conn:
                drifted = recount(conn)
        problems.extend(drifted)
    except SQLAlchemyError as exc:
        problems.append(_scrub(str(getattr(exc, "orig", exc)), store.url))
    revision = schema_revision(store)
    return CheckReport(
        store.backend, store.display_url, revision, HEAD_REVISION, problems, counts,
        store.read_only, repaired,
    )  # fmt: skip
