"""PostgreSQL: each meeting's words as full-text vectors with positions, instead of trigrams.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

`meeting_search.body` and `.marked` hold a meeting's words split, folded (or casefolded with
their marks) and separated by single spaces, by Minute Book itself on every backend. On
PostgreSQL they are kept a second time as stored `tsvector` columns, `body_words` and
`marked_words`, with each word's positions, so a phrase is `'w1' <-> 'w2'` and nothing is left to
check by LIKE. Minute Book writes them as tsvector literals it builds itself
(`store.rows.search_vector`): no text-search parser or dictionary reads the words, so the
server's locale cannot make PostgreSQL disagree with SQLite's FTS5. A GIN index on each serves
`@@` (store.search), and ANALYZE keeps statistics of the words in them, so the planner knows a
word in every meeting from a word in twenty and, unlike with an expression, reads a row's vector
for the price of reading the row.

The trigram indexes of `body` and `marked` (migrations 0004 and 0007) go: no search reads them
any more, and every write paid for them.

The vectors of the meetings already in the book are filled in by `store.reindex` once the upgrade
is done, in its transaction. Nothing changes on SQLite, where FTS5 does this work (migration 0007).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index, column): the same list as the models' `words_index` calls.
WORDS_INDEXES = (
    ("ix_meeting_search_body_words", "body_words"),
    ("ix_meeting_search_marked_words", "marked_words"),
)
TRIGRAM_INDEXES = (
    ("ix_meeting_search_body_trgm", "body"),
    ("ix_meeting_search_marked_trgm", "marked"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _column in TRIGRAM_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, column in WORDS_INDEXES:
        # Empty until store.reindex fills them; no default after that, so that a write which
        # forgets them fails rather than hides a meeting from search.
        op.execute(f"ALTER TABLE meeting_search ADD COLUMN {column} tsvector NOT NULL DEFAULT ''")
        op.execute(f"ALTER TABLE meeting_search ALTER COLUMN {column} DROP DEFAULT")
        op.execute(f"CREATE INDEX {name} ON meeting_search USING gin ({column})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, column in WORDS_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"ALTER TABLE meeting_search DROP COLUMN IF EXISTS {column}")
    for name, column in TRIGRAM_INDEXES:
        op.execute(f"CREATE INDEX {name} ON meeting_search USING gin ({column} gin_trgm_ops)")
