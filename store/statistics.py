"""The planner's statistics of a book: refreshed after writes big enough to change them.

A book just copied (`store.book_copy`) or filled by an import has none, or ones of a book a tenth
its size; without them PostgreSQL guesses how many meetings a word or a name matches and SQLite
has no `sqlite_stat1` at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from store.db import Store

# Meetings one import or copy must write before the book's statistics are refreshed: fewer barely
# change what the planner knows of a book (PostgreSQL's autovacuum waits for 10% of a table too).
STATISTICS_AFTER = 500
# SQLite reads this many rows of each index for its statistics instead of every row: enough for
# the planner, and ANALYZE of a 100,000-meeting book takes a fraction of a second, not a minute.
SQLITE_ANALYSIS_LIMIT = 1000


def refresh_statistics_after(store: Store, written: int) -> bool:
    """Refresh the planner's statistics when `written` meetings are a tenth of the book or more
    (and at least STATISTICS_AFTER); True when it did.

    A book just copied or filled by an import has none, or ones of a book a tenth its size:
    PostgreSQL then guesses how many meetings a word or a name matches (a guess of 84 rows for
    35,933 chose a plan that took 1.9 s), and SQLite has no `sqlite_stat1` at all. The writes are
    committed already: a refresh that cannot run now (the book busy) is left for the next one.
    """
    if written < STATISTICS_AFTER:
        return False
    try:
        with store.engine.connect() as conn:
            meetings = conn.execute(text("SELECT count(*) FROM meeting")).scalar_one()
        if written * 10 < meetings:
            return False
        refresh_statistics(store)
    except DBAPIError:
        return False
    return True


def refresh_statistics(store: Store) -> None:
    """ANALYZE the book's tables: PostgreSQL's statistics (with the full-text index's words,
    its pending entries merged by a VACUUM), SQLite's `sqlite_stat1`."""
    from sqlmodel import SQLModel

    from store import models  # noqa: F401 - registers the tables on SQLModel.metadata

    if store.backend == "postgresql":
        tables = ", ".join(SQLModel.metadata.tables)
        # VACUUM too: it merges the full-text indexes' pending lists, which after a bulk write
        # hold every new meeting unsorted (a rare word then took 800 ms, not 10, until the
        # server's autovacuum came by). VACUUM runs outside any transaction.
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"VACUUM (ANALYZE) {tables}")
    elif store.backend == "sqlite":
        with store.session(write=True) as session:
            conn = session.connection()
            conn.exec_driver_sql(f"PRAGMA analysis_limit={SQLITE_ANALYSIS_LIMIT}")
            conn.exec_driver_sql("ANALYZE")
