"""Nothing a secretary records is lost: each meeting's history, the trash, and approval.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

`meeting_history` keeps every saved state of a meeting with who saved it, when and what was done,
chained by hashes (`store.history`); `trashed_meeting` keeps deleted meetings whole until they are
restored or the trash is emptied; the meeting gains `approved_on` (a partial date, stored as its
start and precision like every other date) and `approved_by`, for minutes that were approved.

The meetings already in a book get their first history row ("recorded": their state at the
upgrade, hashed) from `store.sealing` once the upgrade is done, with the code of the day rather
than inside this migration, which must keep working when later migrations change the tables.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("meeting", sa.Column("approved_on_start", sa.Date(), nullable=True))
    op.add_column(
        "meeting", sa.Column("approved_on_precision", sa.String(length=5), nullable=True)
    )
    op.add_column("meeting", sa.Column("approved_by", sa.String(), nullable=True))
    op.create_table(
        "meeting_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("saved_by", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("record", sa.String(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_meeting_history_meeting", "meeting_history", ["meeting_id", "id"])
    op.create_table(
        "trashed_meeting",
        sa.Column("meeting_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("uid", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_by", sa.String(), nullable=False),
        sa.Column("record", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("meeting_id"),
    )


def downgrade() -> None:
    op.drop_table("trashed_meeting")
    op.drop_index("ix_meeting_history_meeting", table_name="meeting_history")
    op.drop_table("meeting_history")
    op.drop_column("meeting", "approved_by")
    op.drop_column("meeting", "approved_on_precision")
    op.drop_column("meeting", "approved_on_start")
