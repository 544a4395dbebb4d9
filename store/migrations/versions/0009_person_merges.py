"""A merge of two people can be undone: `person_merge` keeps what each merge changed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

Each merge (`store.people.merge_people`) adds a row: who was kept, who left the directory (id and
name), when and by whom, and as JSON the participations it moved, dropped or retitled and each
changed meeting's content hash after it (`store.merging` undoes a merge from it, and refuses when
a meeting has changed since). Merges made before this revision were not recorded: they cannot be
undone. The same on SQLite and PostgreSQL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("kept_name", sa.String(), nullable=False),
        sa.Column("removed_id", sa.Integer(), nullable=False),
        sa.Column("removed_name", sa.String(), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("merged_by", sa.String(), nullable=False),
        sa.Column("changes", sa.String(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("person_merge")
