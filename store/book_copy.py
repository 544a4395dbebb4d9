"""Moving a whole book to another database: SQLite to a team's PostgreSQL server, and back.

`copy_book` writes every meeting of one open book into another, empty one, in one transaction on
the target: under the same numbers (a "#6" written in a letter still means that meeting), with
its uid, timestamps and version, so that exporting either book gives the same JSON. People and
bodies are made again as the meetings name them. The numbering goes on where the source's did,
so a number given to a meeting since deleted is not given again. Each meeting's history and the
trash go along as they are, so `db verify` holds on the copy as on the source. The target's planner
statistics are made once the copy is committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, select, text

from store.db import Store, lock_for_writing
from store.errors import StoreError
from store.i18n import _
from store.models import Meeting, MeetingHistory, Person, TrashedMeeting
from store.repo import load_records
from store.rows import prepare
from store.statistics import refresh_statistics_after
from store.stats_summary import rebuild
from store.stats_triggers import BODY_TRIGGERS, PEOPLE_TRIGGERS, create_triggers, drop_triggers
from store.writer import Writer

M = Meeting.__table__
H = MeetingHistory.__table__
T = TrashedMeeting.__table__
P = Person.__table__
CHUNK = 500

# Called after each chunk with (meetings copied, meetings in all).
CopyProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class CopyReport:
    meetings: int
    people: int
    source: str  # URLs with the password masked
    target: str


def copy_book(source: Store, target: Store, *, progress: CopyProgress | None = None) -> CopyReport:
    """Copy every meeting of `source` into `target`, which must hold none."""
    if source.url == target.url:
        raise StoreError(_("the source and the target are the same database"))
    with source.session() as reading, target.session() as writing:
        lock_for_writing(writing, wait=True)
        conn = writing.connection()
        already = conn.execute(select(func.count()).select_from(M)).scalar_one()
        if already:
            raise StoreError(
                _(
                    "{url} already holds {count} meetings; copy into an empty database",
                    url=target.display_url,
                    count=already,
                )
            )
        source_conn = reading.connection()
        ids = list(source_conn.execute(select(M.c.id).order_by(M.c.id)).scalars())
        # The history and the trash travel as they are, hashes and all: the copy is the same
        # record of record, and `db verify` holds on it as on the source.
        writer = Writer(writing, batch=CHUNK, history=False)
        with _summaries_made_after(conn), _word_indexes_built_after(conn):
            for start in range(0, len(ids), CHUNK):
                part = ids[start : start + CHUNK]
                records = load_records(part, session=reading)
                writer.insert_many([prepare(records[i]) for i in part], ids=part)
                if progress is not None:
                    progress(min(start + CHUNK, len(ids)), len(ids))
            writer.flush()
        for table in (H, T):
            _copy_table(source_conn, conn, table)
        _continue_numbering(conn, _next_meeting_id(source_conn))
        people = conn.execute(select(func.count()).select_from(P)).scalar_one()
    # A server fills in statistics of new tables only when its autovacuum gets to them (never,
    # where it is off), and a SQLite book never: until then the planner guesses.
    refresh_statistics_after(target, len(ids))
    return CopyReport(len(ids), people, source.display_url, target.display_url)


# The triggers that keep the figures' summaries (store.stats_summary): one row of a summary
# written per participation, organiser and meeting copied, a million and more for a big book.
SUMMARY_TRIGGERS = BODY_TRIGGERS + PEOPLE_TRIGGERS


@contextmanager
def _summaries_made_after(conn: Connection) -> Iterator[None]:
    """The summaries' triggers dropped while the empty book is filled, made again after it, and
    the summaries counted once from the rows (`store.stats_summary.rebuild`, as the migrations
    fill them): the same summaries (`minutebook db check` recounts them). In the copy's one
    transaction, so an error leaves the triggers as they were."""
    if not _owns_the_tables(conn):
        yield
        return
    drop_triggers(conn, SUMMARY_TRIGGERS)
    yield
    create_triggers(conn, SUMMARY_TRIGGERS)
    rebuild(conn)


def _owns_the_tables(conn: Connection) -> bool:
    """Whether the copy may drop and make again the book's triggers and indexes: always on
    SQLite; on PostgreSQL when the tables are the connecting role's (the one that made them with
    `db upgrade`), as a team's server may keep them under another role."""
    if conn.dialect.name != "postgresql":
        return True
    owned = text(
        "SELECT bool_and(tableowner = current_user) FROM pg_tables"
        " WHERE schemaname = current_schema() AND tablename IN"
        " ('meeting', 'meeting_organiser', 'participation', 'meeting_search')"
    )
    return bool(conn.execute(owned).scalar())


@contextmanager
def _word_indexes_built_after(conn: Connection) -> Iterator[None]:
    """On PostgreSQL, the word lists' GIN indexes (full-text and trigrams, migrations 0007-0008)
    dropped while the empty book is filled, and built again, as they were, once it is: built
    whole, an index sorts its entries once, where each row added updated it in place. In the
    copy's one transaction, so an error leaves them as they were."""
    if conn.dialect.name != "postgresql" or not _owns_the_tables(conn):
        yield
        return
    found = text(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        " AND tablename = 'meeting_search' AND indexdef LIKE '% USING gin %'"
    )
    indexes = conn.execute(found).all()
    for name, _definition in indexes:
        conn.execute(text(f'DROP INDEX "{name}"'))
    yield
    conn.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
    for _name, definition in indexes:
        conn.exec_driver_sql(definition)


def _copy_table(source: Connection, target: Connection, table: Table) -> None:
    """Every row of `table`, ids kept, in chunks (history rows carry whole records)."""
    statement = select(table).order_by(*table.primary_key)
    rows = source.execution_options(yield_per=CHUNK).execute(statement)
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(dict(row._mapping))
        if len(batch) == CHUNK:
            target.execute(table.insert(), batch)
            batch = []
    if batch:
        target.execute(table.insert(), batch)
    if table is H and target.dialect.name == "postgresql":
        target.execute(text("SELECT setval(pg_get_serial_sequence('meeting_history', 'id'), "
                            "(SELECT coalesce(max(id), 1) FROM meeting_history))"))  # fmt: skip


def _next_meeting_id(conn: Connection) -> int:
    """The number the source would give its next meeting."""
    highest = conn.execute(select(func.max(M.c.id))).scalar() or 0
    if conn.dialect.name == "sqlite":
        used = conn.execute(text("SELECT seq FROM sqlite_sequence WHERE name = 'meeting'")).scalar()
        return max(highest, used or 0) + 1
    if conn.dialect.name == "postgresql":
        sequence = conn.execute(text("SELECT pg_get_serial_sequence('meeting', 'id')")).scalar()
        if sequence:
            row = conn.execute(text(f"SELECT last_value, is_called FROM {sequence}")).one()
            return max(highest, row.last_value if row.is_called else row.last_value - 1) + 1
    return highest + 1


def _continue_numbering(conn: Connection, next_id: int) -> None:
    """Make the target number its next meeting `next_id`."""
    if next_id <= 1:
        return
    if conn.dialect.name == "sqlite":
        # AUTOINCREMENT keeps its counter in sqlite_sequence; explicit ids already raised it to
        # the highest copied one, and a deleted meeting's number may lie above that.
        conn.execute(
            text("UPDATE sqlite_sequence SET seq = max(seq, :seq) WHERE name = 'meeting'"),
            {"seq": next_id - 1},
        )
    elif conn.dialect.name == "postgresql":
        conn.execute(
            text("SELECT setval(pg_get_serial_sequence('meeting', 'id'), :seq)"),
            {"seq": next_id - 1},
        )
