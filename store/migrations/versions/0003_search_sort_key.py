"""The full-text index is keyed by each meeting's place in the newest-first order.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

`meeting_search` gains `sort_key` (days since 0001-01-01 in the high bits, the meeting id in the
low 32; see store.models.sort_key), and on SQLite the FTS5 index is rebuilt with it as its rowid.
FTS5 returns matches in rowid order and stops when the page is full, so the first page of a word
found in nearly every meeting ("hoi nghi" on 100k meetings) takes under a millisecond instead of
the ~25 ms of collecting every match and walking the date index for them. Prefix indexes
for 2 to 6 letters (a Vietnamese syllable has at most 7) keep a word being typed ("hoi nghi",
the last word a prefix) just as fast: without one, FTS5 merges every word with that prefix
first (~30 ms for "nghi*"); they cost ~30% more index and ~10 s per 100k meetings to build.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = ("meeting_search_ai", "meeting_search_ad", "meeting_search_au")


def fts_statements(rowid: str) -> list[str]:
    """The FTS5 table over meeting_search and the triggers that keep it in step."""
    return [
        "CREATE VIRTUAL TABLE meeting_fts USING fts5(body, content='meeting_search', "
        f"content_rowid='{rowid}', tokenize='unicode61 remove_diacritics 0', prefix='2 3 4 5 6')",
        "CREATE TRIGGER meeting_search_ai AFTER INSERT ON meeting_search BEGIN "
        f"INSERT INTO meeting_fts(rowid, body) VALUES (new.{rowid}, new.body); END",
        "CREATE TRIGGER meeting_search_ad AFTER DELETE ON meeting_search BEGIN "
        "INSERT INTO meeting_fts(meeting_fts, rowid, body) "
        f"VALUES ('delete', old.{rowid}, old.body); END",
        "CREATE TRIGGER meeting_search_au AFTER UPDATE ON meeting_search BEGIN "
        "INSERT INTO meeting_fts(meeting_fts, rowid, body) "
        f"VALUES ('delete', old.{rowid}, old.body); "
        f"INSERT INTO meeting_fts(rowid, body) VALUES (new.{rowid}, new.body); END",
        "INSERT INTO meeting_fts(meeting_fts) VALUES ('rebuild')",
    ]


def _sort_key_sql(dialect: str) -> str:
    if dialect == "sqlite":
        return "(CAST(julianday(m.date_start) - 1721424.5 AS INTEGER) << 32) | m.id"
    return "((m.date_start - DATE '0001-01-01' + 1)::bigint << 32) | m.id"


def _drop_fts() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS meeting_fts")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _drop_fts()
    op.create_table(
        "meeting_search_new",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("sort_key", sa.BigInteger(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id"),
        sa.UniqueConstraint("sort_key"),
    )
    op.execute(
        "INSERT INTO meeting_search_new (meeting_id, sort_key, body) "
        f"SELECT m.id, {_sort_key_sql(dialect)}, s.body "
        "FROM meeting_search s JOIN meeting m ON m.id = s.meeting_id"
    )
    op.drop_table("meeting_search")
    op.rename_table("meeting_search_new", "meeting_search")
    if dialect == "sqlite":
        for statement in fts_statements("sort_key"):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _drop_fts()
    op.create_table(
        "meeting_search_old",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id"),
    )
    op.execute(
        "INSERT INTO meeting_search_old (meeting_id, body) "
        "SELECT meeting_id, body FROM meeting_search"
    )
    op.drop_table("meeting_search")
    op.rename_table("meeting_search_old", "meeting_search")
    if dialect == "sqlite":
        for statement in fts_statements("meeting_id"):
            op.execute(statement)
