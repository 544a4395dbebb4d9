"""The search word lists keep the parts of a record apart, so a phrase stays within one part.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

A quoted phrase ran from the end of one part of a record into the start of the next: `"nghe an
ky ket"` found a meeting where one attendee's title ended "… tỉnh Nghệ An" and a decision began
"Ký kết …". Each meeting's word lists (`meeting_search.body`, `.marked`) now hold a separator
between two parts (`store.text.PART`, an underscore, which no word holds). On SQLite the words'
index is made again with `_` as a word character, so the separator is a token of its own that no
query asks for (the pairs' index had it so already); PostgreSQL's vectors skip it, a position
left empty.

The meetings already in the book get their word lists again from `store.reindex`, once the
upgrade is done, in its transaction, with the code of the day; it fills the new index too.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = ("meeting_search_ai", "meeting_search_ad", "meeting_search_au")
COLUMNS = "body, marked"
NEW = "new.body, new.marked"
OLD = "old.body, old.marked"


def _words_index(tokenize: str) -> list[str]:
    """The words' FTS5 index over `meeting_search` and the triggers keeping it in step."""
    return [
        f"CREATE VIRTUAL TABLE meeting_fts USING fts5({COLUMNS}, content='meeting_search', "
        f"content_rowid='sort_key', tokenize=\"{tokenize}\", prefix='2 3 4 5 6')",
        "CREATE TRIGGER meeting_search_ai AFTER INSERT ON meeting_search BEGIN "
        f"INSERT INTO meeting_fts(rowid, {COLUMNS}) VALUES (new.sort_key, {NEW}); END",
        "CREATE TRIGGER meeting_search_ad AFTER DELETE ON meeting_search BEGIN "
        f"INSERT INTO meeting_fts(meeting_fts, rowid, {COLUMNS}) "
        f"VALUES ('delete', old.sort_key, {OLD}); END",
        "CREATE TRIGGER meeting_search_au AFTER UPDATE ON meeting_search BEGIN "
        f"INSERT INTO meeting_fts(meeting_fts, rowid, {COLUMNS}) "
        f"VALUES ('delete', old.sort_key, {OLD}); "
        f"INSERT INTO meeting_fts(rowid, {COLUMNS}) VALUES (new.sort_key, {NEW}); END",
    ]


def _drop_words_index() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS meeting_fts")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _drop_words_index()
        # Filled by store.reindex's rewrite of every word list, right after, in this transaction.
        for statement in _words_index("unicode61 remove_diacritics 0 tokenchars '_'"):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _drop_words_index()
        for statement in _words_index("unicode61 remove_diacritics 0"):
            op.execute(statement)
        op.execute("INSERT INTO meeting_fts(meeting_fts) VALUES ('rebuild')")
