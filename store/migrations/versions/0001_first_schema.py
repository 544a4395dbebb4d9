"""The first schema: meetings, people, organisations, decisions, documents, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Written with portable types only; the one SQLite-specific part (the FTS5 index that mirrors
`meeting_search`) is created only on SQLite, where `store.search` uses it. Other backends search
`meeting_search.body` with LIKE, which a trigram index can serve (PostgreSQL).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_SQLITE = [
    # External-content FTS5 over meeting_search: the text lives once, in meeting_search; the
    # triggers keep the index in step with every insert, update and (cascading) delete.
    "CREATE VIRTUAL TABLE meeting_fts USING fts5(body, content='meeting_search', "
    "content_rowid='meeting_id', tokenize='unicode61 remove_diacritics 0', prefix='2 3')",
    "CREATE TRIGGER meeting_search_ai AFTER INSERT ON meeting_search BEGIN "
    "INSERT INTO meeting_fts(rowid, body) VALUES (new.meeting_id, new.body); END",
    "CREATE TRIGGER meeting_search_ad AFTER DELETE ON meeting_search BEGIN "
    "INSERT INTO meeting_fts(meeting_fts, rowid, body) "
    "VALUES ('delete', old.meeting_id, old.body); END",
    "CREATE TRIGGER meeting_search_au AFTER UPDATE ON meeting_search BEGIN "
    "INSERT INTO meeting_fts(meeting_fts, rowid, body) "
    "VALUES ('delete', old.meeting_id, old.body); "
    "INSERT INTO meeting_fts(rowid, body) VALUES (new.meeting_id, new.body); END",
]


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=False),
        sa.Column("date_end", sa.Date(), nullable=False),
        sa.Column("date_precision", sa.String(length=5), nullable=False),
        sa.Column("date_inferred", sa.Boolean(), nullable=False),
        sa.Column("part_of_day", sa.String(length=10), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind_key", sa.String(), nullable=False),
        sa.Column("location_key", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_meeting_date", "meeting", ["date_start", "id"])

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("search_key", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key"),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("search_key", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key"),
    )
    op.create_index("ix_person_search_key", "person", ["search_key"])

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("responsible", sa.String(), nullable=True),
        sa.Column("due_start", sa.Date(), nullable=True),
        sa.Column("due_precision", sa.String(length=5), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_decision_meeting_id", "decision", ["meeting_id"])

    op.create_table(
        "document_ref",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("number_key", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=5), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_document_ref_meeting_id", "document_ref", ["meeting_id"])
    op.create_index("ix_document_ref_number_key", "document_ref", ["number_key"])

    op.create_table(
        "meeting_organiser",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"]),
        sa.PrimaryKeyConstraint("meeting_id", "position"),
    )
    op.create_index(
        "ix_meeting_organiser_organisation_id", "meeting_organiser", ["organisation_id"]
    )

    op.create_table(
        "meeting_search",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id"),
    )
    op.create_table(
        "organisation_short_form",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("organisation_id", "position"),
    )
    op.create_table(
        "participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("meeting_id", "person_id", "role", name="uq_participation_role"),
    )
    op.create_index("ix_participation_person", "participation", ["person_id", "role"])

    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_SQLITE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS meeting_fts")
    for table in (
        "participation",
        "organisation_short_form",
        "meeting_search",
        "meeting_organiser",
        "document_ref",
        "decision",
        "person",
        "organisation",
        "meeting",
    ):
        op.drop_table(table)
