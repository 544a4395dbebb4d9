"""PostgreSQL: trigram indexes under every folded column that search matches with LIKE.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

Off SQLite, free words, names, bodies, places and kinds are found with `LIKE '% word %'` over
columns that already hold folded text (see store.text.fold: marks removed and đ read as d, in
Python, the same on every backend; no `unaccent` is needed because nothing is folded in SQL).
A GIN index of pg_trgm's trigrams serves such a LIKE from the index instead of reading every row;
`docs/postgresql.md` shows the plans. Nothing changes on SQLite, where FTS5 does this work.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index, table, column): the same list as the models' `trigram_index` calls.
TRIGRAM_INDEXES = (
    ("ix_meeting_search_body_trgm", "meeting_search", "body"),
    ("ix_person_search_key_trgm", "person", "search_key"),
    ("ix_organisation_search_key_trgm", "organisation", "search_key"),
    ("ix_meeting_location_key_trgm", "meeting", "location_key"),
    ("ix_meeting_kind_key_trgm", "meeting", "kind_key"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): a database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in TRIGRAM_INDEXES:
        op.create_index(
            name,
            table,
            [column],
            postgresql_using="gin",
            postgresql_ops={column: "gin_trgm_ops"},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, _ in TRIGRAM_INDEXES:
        op.drop_index(name, table_name=table)
