"""Search keeps each meeting's words with their marks too, so marks typed are marks meant.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

`meeting_search` gains `marked`: the same words as `body`, casefolded but with their marks and đ
(store.rows.search_marked). A query typed with marks is matched against it (`Khang` is then not
`khẳng`, `Hải` not `Hài`); one typed without marks still reads `body`. On SQLite the FTS5 index is
rebuilt over both columns; on PostgreSQL the new column gets a trigram index like `body`'s.

The words of the meetings already in a book are filled in by `store.reindex` once the upgrade is
done, in its transaction, with the code of the day rather than inside this migration.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = ("meeting_search_ai", "meeting_search_ad", "meeting_search_au")


def fts_statements(columns: Sequence[str]) -> list[str]:
    """The FTS5 table over meeting_search's `columns` and the triggers that keep it in step."""
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE meeting_fts USING fts5({names}, content='meeting_search', "
        "content_rowid='sort_key', tokenize='unicode61 remove_diacritics 0', "
        "prefix='2 3 4 5 6')",
        "CREATE TRIGGER meeting_search_ai AFTER INSERT ON meeting_search BEGIN "
        f"INSERT INTO meeting_fts(rowid, {names}) VALUES (new.sort_key, {new}); END",
        "CREATE TRIGGER meeting_search_ad AFTER DELETE ON meeting_search BEGIN "
        f"INSERT INTO meeting_fts(meeting_fts, rowid, {names}) "
        f"VALUES ('delete', old.sort_key, {old}); END",
        "CREATE TRIGGER meeting_search_au AFTER UPDATE ON meeting_search BEGIN "
        f"INSERT INTO meeting_fts(meeting_fts, rowid, {names}) "
        f"VALUES ('delete', old.sort_key, {old}); "
        f"INSERT INTO meeting_fts(rowid, {names}) VALUES (new.sort_key, {new}); END",
        "INSERT INTO meeting_fts(meeting_fts) VALUES ('rebuild')",
    ]


def _drop_fts() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS meeting_fts")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column(
        "meeting_search", sa.Column("marked", sa.String(), nullable=False, server_default="")
    )
    if dialect == "sqlite":
        _drop_fts()
        for statement in fts_statements(("body", "marked")):
            op.execute(statement)
    elif dialect == "postgresql":
        op.create_index(
            "ix_meeting_search_marked_trgm",
            "meeting_search",
            ["marked"],
            postgresql_using="gin",
            postgresql_ops={"marked": "gin_trgm_ops"},
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _drop_fts()
    elif dialect == "postgresql":
        op.drop_index("ix_meeting_search_marked_trgm", table_name="meeting_search")
    with op.batch_alter_table("meeting_search") as batch:
        batch.drop_column("marked")
    if dialect == "sqlite":
        for statement in fts_statements(("body",)):
            op.execute(statement)
