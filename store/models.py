"""The tables of the minute book (SQLModel), and nothing else.

A meeting owns its participations, decisions, cited documents and search row; people and
organisations are shared across meetings. Widgets and commands never receive these table objects:
they get `store.record.MeetingRecord` (the exchange shape) or the small read models in `store.repo`.

The `*_key` columns hold folded text (see `store.text`) wrapped in single spaces, so that
`LIKE '% khang %'` is a whole-word match and `LIKE '% khan%'` a word-prefix match on every backend.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import BigInteger, Index, UniqueConstraint
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlmodel import Field, SQLModel


def trigram_index(name: str, column: str) -> Index:
    """A PostgreSQL GIN index of the column's trigrams, for `LIKE '% word %'` (migration 0004);
    SQLite has FTS5 and no such index."""
    index = Index(name, column, postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"})
    return index.ddl_if(dialect="postgresql")


def words_index(name: str, column: str) -> Index:
    """A PostgreSQL GIN index of a `tsvector` column, for free words (migration 0008); SQLite has
    FTS5 and neither the column nor the index."""
    return Index(name, column, postgresql_using="gin").ddl_if(dialect="postgresql")


class _Table(SQLModel):
    # The store reads and writes these tables with SQLAlchemy Core and never validates a row
    # through pydantic, so pydantic's validator for each class is not built: a third less time
    # to import this module, which every command pays at start-up.
    model_config = {"defer_build": True}


class Meeting(_Table, table=True):
    __tablename__ = "meeting"
    # AUTOINCREMENT on SQLite: a deleted meeting's number is never given to another one, so a
    # "#6" written down somewhere keeps meaning that meeting (server databases never reuse ids).
    __table_args__ = (
        Index("ix_meeting_date", "date_start", "id", "date_end"),  # a period, index-only (0016)
        # `status:draft` newest first, read straight off the index however big the book is.
        Index("ix_meeting_status", "status", "date_start", "id"),
        # The committee's figures by month and kind, read off the index (`store.stats_sql`).
        Index("ix_meeting_stats", "date_start", "date_precision", "kind"),
        trigram_index("ix_meeting_location_key_trgm", "location_key"),
        trigram_index("ix_meeting_kind_key_trgm", "kind_key"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(max_length=100, unique=True)
    title: str
    kind: str | None = None
    # A partial date is stored as its period: [date_start, date_end] plus the precision, so that
    # "May 2022" sorts by 1 May and a search for 15 May finds it.
    date_start: date
    date_end: date
    date_precision: str = Field(max_length=5)
    date_inferred: bool = False
    part_of_day: str | None = Field(default=None, max_length=10)
    start_time: time | None = None
    end_time: time | None = None
    location: str | None = None
    notes: str | None = None
    source: str | None = None
    status: str = Field(
        default="final", max_length=20, sa_column_kwargs={"server_default": "final"}
    )
    # When and by whom (a meeting or a person) the minutes were approved: status approved/locked.
    approved_on_start: date | None = None
    approved_on_precision: str | None = Field(default=None, max_length=5)
    approved_by: str | None = None
    created_at: datetime
    updated_at: datetime
    version: int = 1
    kind_key: str = ""
    location_key: str = ""


class Person(_Table, table=True):
    __tablename__ = "person"
    __table_args__ = (trigram_index("ix_person_search_key_trgm", "search_key"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str = Field(unique=True)  # identity: NFC + casefold, diacritics kept
    search_key: str = Field(index=True)  # folded words, for person: and chair:


class Organisation(_Table, table=True):
    __tablename__ = "organisation"
    __table_args__ = (trigram_index("ix_organisation_search_key_trgm", "search_key"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str = Field(unique=True)
    search_key: str  # folded name and short forms, with abbreviations expanded


class OrganisationShortForm(_Table, table=True):
    __tablename__ = "organisation_short_form"

    organisation_id: int = Field(
        foreign_key="organisation.id", primary_key=True, ondelete="CASCADE"
    )
    position: int = Field(primary_key=True)
    name: str


class MeetingOrganiser(_Table, table=True):
    __tablename__ = "meeting_organiser"
    # A meeting's bodies, and a body's meetings (its count for the figures), each off an index.
    __table_args__ = (
        Index("ix_meeting_organiser_meeting", "meeting_id", "organisation_id"),
        Index("ix_meeting_organiser_organisation_id", "organisation_id", "meeting_id"),
    )

    meeting_id: int = Field(foreign_key="meeting.id", primary_key=True, ondelete="CASCADE")
    position: int = Field(primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id")


class Participation(_Table, table=True):
    """A person at a meeting in one role, with the title they held then."""

    __tablename__ = "participation"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", "role", name="uq_participation_role"),
        Index("ix_participation_person", "person_id", "role", "meeting_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id")
    role: str = Field(max_length=20)
    title: str | None = None
    position: int


class Decision(_Table, table=True):
    __tablename__ = "decision"
    # A period's decisions by status, owner and deadline (`store.stats_sql`), and all time's by
    # owner in index order: each read off an index alone.
    __table_args__ = (
        Index(
            "ix_decision_meeting_id", "meeting_id", "status", "responsible", "due_precision",
            "due_start",
        ),
        Index("ix_decision_owner", "responsible", "status", "due_precision", "due_start"),
    )  # fmt: skip

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE")
    position: int
    text: str
    kind: str = Field(max_length=20)
    responsible: str | None = None
    due_start: date | None = None
    due_precision: str | None = Field(default=None, max_length=5)
    status: str = Field(default="open", max_length=10)


class DocumentRef(_Table, table=True):
    """A document cited at a meeting, as cited ("249/TB-VPCP")."""

    __tablename__ = "document_ref"
    # A period's documents, and each document's citations in order (its first one), off indexes.
    __table_args__ = (
        Index("ix_document_ref_meeting_id", "meeting_id", "number_key"),
        Index("ix_document_ref_number_key", "number_key", "meeting_id", "position"),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE")
    position: int
    number: str
    number_key: str
    kind: str | None = None
    title: str | None = None
    date_start: date | None = None
    date_precision: str | None = Field(default=None, max_length=5)


class MeetingSearch(_Table, table=True):
    """The folded words of everything searchable about one meeting (see store.search)."""

    __tablename__ = "meeting_search"
    __table_args__ = (
        words_index("ix_meeting_search_body_words", "body_words"),
        words_index("ix_meeting_search_marked_words", "marked_words"),
    )

    meeting_id: int = Field(foreign_key="meeting.id", primary_key=True, ondelete="CASCADE")
    # The meeting's place in the newest-first order as one integer (`sort_key()`): the full-text
    # index is keyed by it, so the first page of a word common to the whole book is read straight
    # off the index, newest first, without collecting and sorting every match.
    sort_key: int = Field(sa_type=BigInteger, unique=True)
    body: str
    # The same words with their marks, for words typed with marks (store.rows.search_marked).
    marked: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # PostgreSQL only (migration 0008; SQLite has FTS5 instead): `body` and `marked` as tsvectors
    # with positions, written by store.writer from store.rows.search_vector. No default: a write
    # that forgets them fails instead of leaving a meeting unfindable.
    body_words: str = Field(sa_type=TSVECTOR)
    marked_words: str = Field(sa_type=TSVECTOR)


def sort_key(date_start: date, meeting_id: int) -> int:
    """Days since 0001-01-01 in the high bits, the meeting id in the low 32: ordering by this is
    ordering by (date_start, id), the order of every list in the book."""
    return date_start.toordinal() << 32 | meeting_id


SORT_KEY_ID_MASK = (1 << 32) - 1


class MeetingHistory(_Table, table=True):
    """One saved state of a meeting, or what happened to it (deleted, restored): its history.

    Rows are only ever added. `record` holds the meeting's record at this version as JSON once a
    later version supersedes it (the latest state is the meeting's own rows). `content_hash` is
    the hash of that state; `chain_hash` covers this row and the one before it, so a row changed
    or removed afterwards breaks the chain (`store.history.verify`).
    """

    __tablename__ = "meeting_history"
    __table_args__ = (Index("ix_meeting_history_meeting", "meeting_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int  # no foreign key: the history outlives a deleted meeting
    uid: str = Field(max_length=100)
    version: int
    action: str = Field(max_length=20)
    saved_at: datetime
    saved_by: str
    note: str | None = None
    record: str | None = None
    content_hash: str = Field(max_length=64)
    chain_hash: str = Field(max_length=64)


class TrashedMeeting(_Table, table=True):
    """A deleted meeting, whole, under its own number, until it is restored or the trash emptied."""

    __tablename__ = "trashed_meeting"

    meeting_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    uid: str = Field(max_length=100)
    title: str
    date_start: date
    deleted_at: datetime
    deleted_by: str
    record: str  # the record as JSON, exactly as it was


class PersonMerge(_Table, table=True):
    """Two people made one (`store.people.merge_people`), and exactly what that changed, so the
    merge can be undone (`store.merging`). Rows are only added, and marked when undone.

    `changes` is JSON: the participations moved to the kept person (`moved`: meeting, role),
    those dropped as twins of the kept person's own (`dropped`, whole rows), titles the kept
    person's rows took from the duplicate's (`retitled`: meeting, role, title before) and, for
    each meeting changed, its content hash right after the merge (`meetings`): a later change is
    seen before an undo.
    No foreign keys: the removed person is gone, and the kept one may be merged away in turn.
    """

    __tablename__ = "person_merge"

    id: int | None = Field(default=None, primary_key=True)
    kept_id: int
    kept_name: str
    removed_id: int
    removed_name: str
    merged_at: datetime
    merged_by: str
    changes: str
    undone_at: datetime | None = None
    undone_by: str | None = None


class StatsMeetings(_Table, table=True):
    """The meetings of one month (`month` 0: dated only to the year) and kind ('' none), kept
    by the database's triggers for the committee's figures (`store.stats_summary`)."""

    __tablename__ = "stats_meetings"
    __table_args__ = {"sqlite_with_rowid": False}

    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    month: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    kind: str = Field(primary_key=True)
    meetings: int


class StatsBodies(_Table, table=True):
    """The meetings one body organised in one month (`month` 0: dated only to the year), each
    once, kept by the database's triggers (`store.stats_summary`). Keyed by body first: a
    period's totals are read body by body in key order, the shown bodies' months a range each."""

    __tablename__ = "stats_bodies"
    __table_args__ = {"sqlite_with_rowid": False}

    organisation_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    month: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    meetings: int


class StatsPeople(_Table, table=True):
    """One person's meetings over the whole book: present (any role but absent), absent (named
    absent and in no other role) and chaired, each meeting once, kept by the database's triggers
    on `participation` (`store.stats_summary`) for all time's attendance."""

    __tablename__ = "stats_people"
    __table_args__ = {"sqlite_with_rowid": False}

    person_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    present: int
    absent: int
    chaired: int


class StatsAttendance(_Table, table=True):
    """One person's meetings of one month (`month` 0: those dated only to the year), counted as
    `StatsPeople` counts the whole book's, kept by the database's triggers on `participation` and
    `meeting` (`store.stats_summary`) for the attendance of whole months (a year, a quarter)."""

    __tablename__ = "stats_attendance"
    __table_args__ = {"sqlite_with_rowid": False}

    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    month: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    person_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    present: int
    absent: int
    chaired: int
