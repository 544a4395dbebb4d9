"""Each person's attendance, over the whole book and by month, kept by the database
(`store.stats_summary`).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

All time's attendance on 100k generated meetings grouped every participation by person (about
40 ms of SQLite's 160 ms for the figures) and then counted the first forty people's meetings
one by one (about 18 ms more); a year's read its 110k participations twice (about 60 ms). Two
tables of each person's meetings present, absent and chaired, one for the whole book and one by
month (as the meetings' summary of 0012 is kept), kept exact by triggers on `participation` and
`meeting` (so every write path keeps them), now answer both; they are filled here from the rows.
"""

from collections.abc import Sequence

from alembic import op

from store.stats_summary import SA, SP, rebuild
from store.stats_triggers import PEOPLE_TRIGGERS, create_triggers, drop_triggers

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    SP.create(conn)
    SA.create(conn)
    rebuild(conn, (SP, SA))
    create_triggers(conn, PEOPLE_TRIGGERS)


def downgrade() -> None:
    conn = op.get_bind()
    drop_triggers(conn, PEOPLE_TRIGGERS)
    SA.drop(conn)
    SP.drop(conn)
