"""PostgreSQL: a full-text index of each meeting's words, for free words instead of trigrams.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

`meeting_search.body` and `.marked` already hold a meeting's words split, folded (or casefolded
with their marks) and separated by single spaces, by Minute Book itself on every backend. The
function `minutebook_words(words)` turns such a list into a `tsvector` as it is, one lexeme per
distinct word (`array_to_tsvector`): no text-search parser or dictionary splits or changes them
again, so the server's locale cannot make it disagree with SQLite's FTS5. A GIN index over each
column's `minutebook_words(...)` serves `@@` queries (store.search), and ANALYZE keeps statistics
of the words in it, so the planner knows a word in every meeting from a word in twenty.

A tsvector holds no word longer than 2,047 bytes and no more than 1 MB of words (PostgreSQL
builds a broken one past that, silently). A word over `MAX_WORD` characters is indexed by its first
`MAX_WORD` (store.search asks for those and checks the whole word with LIKE); a list over
`MAX_BYTES` bytes in all is indexed as the one lexeme `_long` (no word can be `_long`: a word never
holds `_`), which every search asks for too, checking such a list's words with LIKE: the meeting
is still found, only without the index's help.

Nothing changes on SQLite, where FTS5 does this work (migration 0007).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MAX_WORD = 500  # characters: 2,000 bytes at most in UTF-8, under a lexeme's 2,047
MAX_BYTES = 1_000_000  # a word list this long may not fit a tsvector's 1 MB of lexemes
# A run of MAX_WORD + 1 characters without a space; PostgreSQL's regular expressions repeat an
# atom at most 255 times, hence two halves.
LONG_WORD = f"[^ ]{{{(MAX_WORD + 1) // 2}}}[^ ]{{{MAX_WORD + 1 - (MAX_WORD + 1) // 2}}}"

# STRICT keeps the planner from inlining it, and COST tells it what building a vector costs, so
# a walk over many rows is weighed against reading the index (it is evaluated per row only then).
# Most lists take the quick way; one with a word over MAX_WORD characters (pasted code, a run of
# letters) keeps that word's first MAX_WORD characters, which still begin with any word typed
# that begins the long one.
WORDS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION minutebook_words(words text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
SELECT CASE
    WHEN octet_length(words) > {MAX_BYTES} THEN '_long'::tsvector
    WHEN words ~ '{LONG_WORD}' THEN array_to_tsvector(ARRAY(
        SELECT DISTINCT left(word, {MAX_WORD}) FROM unnest(string_to_array(words, ' ')) AS word
        WHERE word <> ''
    ))
    ELSE array_to_tsvector(array_remove(string_to_array(words, ' '), ''))
END
$$
"""

# (index, column): the same list as the models' `words_index` calls.
WORDS_INDEXES = (
    ("ix_meeting_search_body_words", "body"),
    ("ix_meeting_search_marked_words", "marked"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(WORDS_FUNCTION)
    for name, column in WORDS_INDEXES:
        op.execute(f"CREATE INDEX {name} ON meeting_search USING gin (minutebook_words({column}))")
        # Searches test `octet_length(column) <= MAX_BYTES` (store.search): without statistics
        # of it the planner would guess a third of the meetings pass, not all of them.
        op.execute(
            f"CREATE STATISTICS IF NOT EXISTS meeting_search_{column}_bytes "
            f"ON (octet_length({column})) FROM meeting_search"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, column in WORDS_INDEXES:
        op.execute(f"DROP STATISTICS IF EXISTS meeting_search_{column}_bytes")
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP FUNCTION IF EXISTS minutebook_words(text)")
