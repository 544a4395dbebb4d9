"""A meeting's status: `draft` (to review) or `final`.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10

`minutebook import --from-report` and the TUI's "New from report" save what the report extractor
read as drafts for a person to check. Every meeting already in the book was kept as written, so
the column arrives as `final` (its server default) for all of them. It is a short string, not an
enum type, so the planned lifecycle (draft → approved → locked) adds values without a migration;
`store.record` says which values are valid. The index serves `status:draft` newest first.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN with a constant default is an in-place change on SQLite and PostgreSQL alike:
    # no table copy, so a big book upgrades in moments and its FTS triggers are left alone.
    op.add_column(
        "meeting",
        sa.Column("status", sa.String(length=20), nullable=False, server_default="final"),
    )
    op.create_index("ix_meeting_status", "meeting", ["status", "date_start", "id"])


def downgrade() -> None:
    op.drop_index("ix_meeting_status", table_name="meeting")
    # SQLite 3.35+ drops a column in place; the column is in no other index or trigger.
    op.drop_column("meeting", "status")
