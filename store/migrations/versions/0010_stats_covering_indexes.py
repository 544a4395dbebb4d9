"""Covering indexes for the committee's figures (`minutebook stats`, the Overview).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

Each figure is a `GROUP BY` over one table joined to the meetings of a period (`store.stats_sql`).
Measured on 100k generated meetings: the meetings' month and kind, each meeting's organisers, its
decisions' status, owner and deadline, and its citations' document were each read from the table
row, one page or more a row (a meeting's row holds its notes), and all time sorted 300k decisions
to group them by owner. With these indexes every aggregate reads indexes alone:

* `ix_meeting_stats` (date, precision, kind): meetings by month and kind;
* `ix_meeting_organiser_meeting` (meeting, organisation): bodies by month;
* `ix_decision_meeting_id` widened to (meeting, status, owner, deadline): a period's decisions;
* `ix_decision_owner` (owner, status, deadline): all time by owner, in index order, no sort;
* `ix_document_ref_meeting_id` widened to (meeting, document): a period's documents;
* `ix_document_ref_number_key` widened to (document, meeting, place): all time by document, and
  each document's first citation read off the index.

The widened ones keep their names and serve every lookup the narrow ones did. The same on SQLite
and PostgreSQL; on SQLite the new indexes get their planner's statistics at once.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DECISION_MEETING = ["meeting_id", "status", "responsible", "due_precision", "due_start"]


NEW = [
    "ix_meeting_stats",
    "ix_meeting_organiser_meeting",
    "ix_decision_meeting_id",
    "ix_decision_owner",
    "ix_document_ref_meeting_id",
    "ix_document_ref_number_key",
]


def upgrade() -> None:
    op.create_index("ix_meeting_stats", "meeting", ["date_start", "date_precision", "kind"])
    op.create_index(
        "ix_meeting_organiser_meeting", "meeting_organiser", ["meeting_id", "organisation_id"]
    )
    op.drop_index("ix_decision_meeting_id", table_name="decision")
    op.create_index("ix_decision_meeting_id", "decision", DECISION_MEETING)
    op.create_index(
        "ix_decision_owner", "decision", ["responsible", "status", "due_precision", "due_start"]
    )
    op.drop_index("ix_document_ref_meeting_id", table_name="document_ref")
    op.create_index("ix_document_ref_meeting_id", "document_ref", ["meeting_id", "number_key"])
    op.drop_index("ix_document_ref_number_key", table_name="document_ref")
    op.create_index(
        "ix_document_ref_number_key", "document_ref", ["number_key", "meeting_id", "position"]
    )
    if op.get_bind().dialect.name == "sqlite":
        # The planner's statistics of the new indexes, as `store.statistics` would take them:
        # without them SQLite guesses, and the book's other indexes have theirs.
        op.execute("PRAGMA analysis_limit=1000")
        for name in NEW:
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    op.drop_index("ix_document_ref_number_key", table_name="document_ref")
    op.create_index("ix_document_ref_number_key", "document_ref", ["number_key"])
    op.drop_index("ix_document_ref_meeting_id", table_name="document_ref")
    op.create_index("ix_document_ref_meeting_id", "document_ref", ["meeting_id"])
    op.drop_index("ix_decision_owner", table_name="decision")
    op.drop_index("ix_decision_meeting_id", table_name="decision")
    op.create_index("ix_decision_meeting_id", "decision", ["meeting_id"])
    op.drop_index("ix_meeting_organiser_meeting", table_name="meeting_organiser")
    op.drop_index("ix_meeting_stats", table_name="meeting")
