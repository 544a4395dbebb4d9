"""On SQLite, an index of each meeting's neighbouring words, for phrases (`store.word_pairs`).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

A phrase of common words read the positions of each word in most of the book (`"lao dong
tinh nam"`: about 50 ms on 100,000 meetings, the slowest of the phrase class; the phrase tier
of `giao gia`, which no meeting holds, 27 ms). `meeting_pairs` keeps the pairs of neighbouring
words (`lao_dong`, `dong_tinh`, …), made from `meeting_search.body` by triggers and filled here
from the meetings already in the book. PostgreSQL finds pairs in its word vectors: nothing to do.
"""

from collections.abc import Sequence

from alembic import op

from store.word_pairs import drop_statements, statements

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in statements():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in drop_statements():
            op.execute(statement)
