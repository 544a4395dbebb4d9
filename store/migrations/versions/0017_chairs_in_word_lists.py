"""Each chair's name is a part of the search word lists, so `chair:` with words is one index read.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

`chair:hien cong` read the meetings of every chair named Hiền one by one to test the words (the
chairs' word lists, or their rows by date): p99 40 ms at 100,000 meetings, where free words alone
take under 15. The word lists (`meeting_search.body`, `.marked`, PostgreSQL's vectors) now end
with a part for each chair, every word of the name after `store.text.CHAIR` (`_c_hien`), so a
search with free words asks the words' index for the chair too (`store.search_where
.chairs_as_words`). No table changes: the meetings already in the book get their word lists
again from `store.reindex`, once the upgrade is done, in its transaction, with the code of the
day, and SQLite's word indexes are made again from them.
"""

from collections.abc import Sequence

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Nothing in the schema: `store.reindex.fill_search_words` writes the word lists."""


def downgrade() -> None:
    """Nothing in the schema: the chairs' parts in the word lists are words no query asks of an
    older release (it never holds an underscore)."""
