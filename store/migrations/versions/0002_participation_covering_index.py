"""Participation index covers the meeting id, so person: and chair: read the index alone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Measured on 100k generated meetings (1.1M participations): `person:` and `chair:` searches looked
each participation row up in the table to get its meeting; with the meeting id in the index they
no longer touch the table.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_participation_person", table_name="participation")
    op.create_index("ix_participation_person", "participation", ["person_id", "role", "meeting_id"])


def downgrade() -> None:
    op.drop_index("ix_participation_person", table_name="participation")
    op.create_index("ix_participation_person", "participation", ["person_id", "role"])
