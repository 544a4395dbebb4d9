"""The search word lists keep the parts of a record apart, so a phrase stays within one part.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

A quoted phrase ran from the end of one part of a record into the start of the next: `"nghe an
ky ket"` found a meeting where one attendee's title ended "… tỉnh Nghệ An" and a decision began
"Ký kết …". Each meeting's word lists (`meeting_search.body`, `.marked`) now hold a separator
between two parts (`store.text.PART`), which FTS5 indexes as a token no query asks for, and
which PostgreSQL's vectors skip, a position left empty.

No table changes: the meetings already in the book get their word lists again from
`store.reindex`, once the upgrade is done, in its transaction, with the code of the day.
"""

from collections.abc import Sequence

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # the word lists are rewritten by store.reindex after the upgrade


def downgrade() -> None:
    pass  # a list with separators is still a list of words to schema 0014
