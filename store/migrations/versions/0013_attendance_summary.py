"""Each person's attendance over the whole book, kept by the database (`store.stats_summary`).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

All time's attendance on 100k generated meetings grouped every participation by person (about
40 ms of SQLite's 160 ms for the figures) and then counted the first forty people's meetings
one by one (about 18 ms more). A table of each person's meetings present, absent and chaired,
kept exact by triggers on `participation` (so every write path keeps it), now answers it; it is
filled here from the book's rows.
"""

from collections.abc import Sequence

from alembic import op

from store.stats_summary import PEOPLE_TRIGGERS, SP, create_triggers, drop_triggers, rebuild

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    SP.create(conn)
    rebuild(conn, (SP,))
    create_triggers(conn, PEOPLE_TRIGGERS)


def downgrade() -> None:
    conn = op.get_bind()
    drop_triggers(conn, PEOPLE_TRIGGERS)
    SP.drop(conn)
