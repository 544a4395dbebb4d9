"""Summaries of the committee's figures kept by the database (`store.stats_summary`).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

All time on 100k generated meetings read every meeting and every organiser row to count the
meetings by month and kind and each body's meetings by month (about 80 ms of SQLite's 243 ms,
and more than half of PostgreSQL's 390 ms). Two small tables now hold those counts by month,
kept exact by triggers on `meeting` and `meeting_organiser` (so every write path keeps them),
and are filled here from the book's rows.
"""

from collections.abc import Sequence

from alembic import op

from store.stats_summary import SB, SM, rebuild
from store.stats_triggers import BODY_TRIGGERS, create_triggers, drop_triggers

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    for table in (SM, SB):
        table.create(conn)
    rebuild(conn, (SM, SB))
    create_triggers(conn, BODY_TRIGGERS)


def downgrade() -> None:
    conn = op.get_bind()
    drop_triggers(conn, BODY_TRIGGERS)
    for table in (SB, SM):
        table.drop(conn)
