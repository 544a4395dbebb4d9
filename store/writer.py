"""Writing prepared meetings fast: `Writer` stores a record's rows (`store.rows.prepare`) with
SQLAlchemy Core and DB-API executemany (no ORM object per row, so a bulk import stays near the
floor of what inserting costs), reusing people and organisations by name.

Used by `store.repo` (one meeting at a time), the importer (batches of 500) and `store.book_copy`.
Table objects never leave the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, Text, cast, delete, insert, literal, select, update
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlmodel import Session

from store.db import lock_for_writing
from store.errors import NotFound, VersionConflict
from store.history import content_hash, current_user, event_row, latest, supersede
from store.models import (
    Decision,
    DocumentRef,
    Meeting,
    MeetingHistory,
    MeetingOrganiser,
    MeetingSearch,
    Organisation,
    OrganisationShortForm,
    Participation,
    Person,
    sort_key,
)
from store.record import MeetingRecord
from store.rows import (
    DECISION_COLUMNS,
    DOCUMENT_COLUMNS,
    MEETING_COLUMNS,
    PARTICIPATION_COLUMNS,
    Prepared,
    search_vector,
    words_key,
)

M = Meeting.__table__
P = Person.__table__
O = Organisation.__table__  # noqa: E741
OSF = OrganisationShortForm.__table__
MO = MeetingOrganiser.__table__
PA = Participation.__table__
D = Decision.__table__
DR = DocumentRef.__table__
MS = MeetingSearch.__table__
H = MeetingHistory.__table__
SEARCH_COLUMNS = ("meeting_id", "sort_key", "body", "marked", "body_words", "marked_words")
VECTORS = {"body_words": "tsvector", "marked_words": "tsvector"}
HISTORY_COLUMNS = (
    "meeting_id", "uid", "version", "action", "saved_at", "saved_by", "note", "record",
    "content_hash", "chain_hash",
)  # fmt: skip


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class _Rows:
    """Rows for one table, gathered as tuples and written with one DB-API executemany: the
    floor of what inserting them costs (SQLAlchemy's per-statement work, ~70 µs, was half of an
    import). Values pass through the column types' own bind processors, so a date is stored
    exactly as SQLAlchemy stores it."""

    def __init__(
        self,
        conn: Connection,
        table: Table,
        columns: Sequence[str],
        casts: dict[str, str] | None = None,
        ordered_by: str | None = None,
    ) -> None:
        dialect = conn.dialect
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        # `casts`: a column's value is text the server reads as that type (a tsvector literal).
        casts = casts or {}
        marks = [f"CAST({mark} AS {casts[c]})" if c in casts else mark for c in columns]
        self.sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join(marks)})"
        self.columns = list(columns)
        processors = [
            None if name in casts else table.c[name].type.bind_processor(dialect)
            for name in columns
        ]
        self.processed = [(i, f) for i, f in enumerate(processors) if f is not None]
        self.pending: list[tuple[Any, ...]] = []
        self.order = None if ordered_by is None else self.columns.index(ordered_by)

    def add(self, *values: Any) -> None:
        """One row, its values in the order of the columns."""
        if self.processed:
            row = list(values)
            for i, process in self.processed:
                if row[i] is not None:
                    row[i] = process(row[i])
            values = tuple(row)
        self.pending.append(values)

    def write(self, conn: Connection) -> None:
        if self.pending:
            if self.order is not None:
                self.pending.sort(key=itemgetter(self.order))
            conn.exec_driver_sql(self.sql, self.pending)  # type: ignore[arg-type]
            self.pending = []


class Writer:
    """Writes prepared meetings in the session's transaction, caching people and organisations.

    `insert` adds one meeting and `insert_many` a batch (one multi-row insert for the meetings,
    then one executemany per table). The rows that hang off a meeting are gathered and written
    together every `batch` meetings, and by `flush()`, which must be called before reading what
    was written (the default batch of 1 writes each meeting completely).
    """

    def __init__(
        self,
        session: Session,
        *,
        batch: int = 1,
        action: str = "created",
        note: str | None = None,
        history: bool = True,
    ) -> None:
        lock_for_writing(session)
        self.conn: Connection = session.connection()
        # PostgreSQL keeps the search words as tsvectors too (migration 0008); SQLite has FTS5.
        self._vectors = self.conn.dialect.name == "postgresql"
        self._people: dict[str, tuple[int, str]] = {}
        self._orgs: dict[str, tuple[int, list[str]]] = {}
        self._org_names: dict[int, str] = {}
        self._batch = batch
        self._gathered = 0
        # Each meeting written gets a history row (`store.history`): what happened, who, when.
        self.action = action
        self.note = note
        self._history = history
        self._saved_by = current_user(self.conn) if history else ""
        self._now = now_utc()
        self._rows = {
            MO: _Rows(self.conn, MO, ("meeting_id", "position", "organisation_id")),
            PA: _Rows(
                self.conn, PA, ("meeting_id", "person_id", "position", *PARTICIPATION_COLUMNS)
            ),
            D: _Rows(self.conn, D, ("meeting_id", "position", *DECISION_COLUMNS)),
            DR: _Rows(self.conn, DR, ("meeting_id", "position", *DOCUMENT_COLUMNS)),
            # FTS5 writes out what it holds in memory whenever a row comes with a rowid lower
            # than the last one's (`sort_key`, a meeting's date), and a file's order is no date
            # order. A batch's search rows go in the index's order: one write-out a batch (the
            # word pairs of 100,000 meetings filled alone: 31 s in file order, 17 s sorted; a
            # whole import of 20,000 gained less, CPU 40.1 -> 38.5 s: docs/speed.md).
            MS: _Rows(
                self.conn,
                MS,
                SEARCH_COLUMNS[: 6 if self._vectors else 4],
                VECTORS,
                ordered_by="sort_key",
            ),
            H: _Rows(self.conn, H, HISTORY_COLUMNS),
        }

    def flush(self) -> None:
        """Write every gathered row."""
        for rows in self._rows.values():
            rows.write(self.conn)
        self._gathered = 0

    # Shared rows -----------------------------------------------------------------------------

    def person_id(self, name: str, key: str) -> int:
        return self._person(name, key)[0]

    def _person(self, name: str, key: str) -> tuple[int, str]:
        """The person's id and name as the book spells it (the first spelling it was given)."""
        cached = self._people.get(key)
        if cached is not None:
            return cached
        row = self.conn.execute(select(P.c.id, P.c.name).where(P.c.name_key == key)).first()
        if row is None:
            values = {"name": name, "name_key": key, "search_key": words_key(name)}
            found = (self.conn.execute(insert(P), values).inserted_primary_key[0], name)
        else:
            found = (row.id, row.name)
        self._people[key] = found
        return found

    def organisation_id(self, name: str, key: str, short_forms: Sequence[str]) -> int:
        cached = self._orgs.get(key)
        if cached is None:
            cached = self._load_or_create_organisation(name, key)
            self._orgs[key] = cached
        org_id, forms = cached
        known = {form.casefold() for form in forms}
        added = [form for form in short_forms if form.casefold() not in known]
        if added:
            self._add_short_forms(org_id, forms, added)
        return org_id

    def _load_or_create_organisation(self, name: str, key: str) -> tuple[int, list[str]]:
        row = self.conn.execute(select(O.c.id, O.c.name).where(O.c.name_key == key)).first()
        if row is not None:
            forms = self.conn.execute(
                select(OSF.c.name).where(OSF.c.organisation_id == row.id).order_by(OSF.c.position)
            ).scalars()
            self._org_names[row.id] = row.name
            return row.id, list(forms)
        values = {"name": name, "name_key": key, "search_key": words_key(name)}
        org_id = self.conn.execute(insert(O), values).inserted_primary_key[0]
        self._org_names[org_id] = name
        return org_id, []

    def _add_short_forms(self, org_id: int, forms: list[str], added: list[str]) -> None:
        # Short forms accumulate: one record may know "Tổng LĐLĐ Việt Nam", another "TLĐ".
        rows = [
            {"organisation_id": org_id, "position": len(forms) + i, "name": form}
            for i, form in enumerate(added)
        ]
        self.conn.execute(insert(OSF), rows)
        forms.extend(added)
        search_key = words_key(self._org_names[org_id], *forms)
        self.conn.execute(update(O).where(O.c.id == org_id).values(search_key=search_key))

    # Meetings --------------------------------------------------------------------------------

    def insert(self, prepared: Prepared, *, meeting_id: int | None = None) -> int:
        """Add a meeting; `meeting_id` puts it back under the number it had (undo of a delete)."""
        values = _meeting_row(prepared, now_utc())
        if meeting_id is not None:
            values["id"] = meeting_id
        # A meeting put back under its number continues its history; a new one starts one.
        continues = meeting_id is not None
        meeting_id = self.conn.execute(insert(M), values).inserted_primary_key[0]
        self._add_children(meeting_id, prepared, values["version"], continues=continues)
        return meeting_id

    def insert_many(self, batch: Sequence[Prepared], *, ids: Sequence[int] = ()) -> list[int]:
        """Add these meetings, numbered in their order (or as `ids` say); return their ids."""
        if not batch:
            return []
        now = now_utc()
        rows = [_meeting_row(p, now) for p in batch]
        if ids:
            for row, meeting_id in zip(rows, ids, strict=True):
                row["id"] = meeting_id
            self.conn.execute(insert(M), rows)
        else:
            # RETURNING in parameter order: the ids of a multi-row insert, on every backend.
            statement = insert(M).returning(M.c.id, sort_by_parameter_order=True)
            ids = list(self.conn.execute(statement, rows).scalars())
        for meeting_id, prepared, row in zip(ids, batch, rows, strict=True):
            self._add_children(meeting_id, prepared, row["version"])
        return ids

    def replace(
        self,
        meeting_id: int,
        prepared: Prepared,
        *,
        expected_version: int | None,
        previous: MeetingRecord | None = None,
        keep_timestamps: bool = False,
    ) -> int:
        """Overwrite a meeting's content (not its uid); return the new version number.

        `previous` is the state being replaced, kept in the meeting's history.
        """
        values: dict[str, Any] = dict(zip(MEETING_COLUMNS, prepared.meeting, strict=True))
        values["updated_at"] = (keep_timestamps and prepared.updated_at) or now_utc()
        if keep_timestamps and prepared.created_at:
            values["created_at"] = prepared.created_at
        statement = update(M).where(M.c.id == meeting_id)
        if expected_version is not None:
            statement = statement.where(M.c.version == expected_version)
        statement = statement.values(**values, version=M.c.version + 1).returning(M.c.version)
        new_version = self.conn.execute(statement).scalar()
        if new_version is None:
            actual = self.conn.execute(select(M.c.version).where(M.c.id == meeting_id)).scalar()
            if actual is None:
                if expected_version is None:
                    raise NotFound(f"no meeting {meeting_id}")
                raise VersionConflict(meeting_id, expected_version, None)
            raise VersionConflict(meeting_id, expected_version or 0, actual)
        self.flush()
        if previous is not None and self._history:
            supersede(self.conn, meeting_id, previous)
        for table in (MO, PA, D, DR, MS):
            self.conn.execute(delete(table).where(table.c.meeting_id == meeting_id))
        self._add_children(meeting_id, prepared, int(new_version), continues=True)
        return int(new_version)

    def _add_children(
        self, meeting_id: int, prepared: Prepared, version: int, *, continues: bool = False
    ) -> None:
        rows = self._rows
        organisations = []
        for i, (name, key, forms) in enumerate(prepared.organisers):
            org_id = self.organisation_id(name, key, forms)
            organisations.append(self._org_names[org_id])
            rows[MO].add(meeting_id, i, org_id)
        participations = rows[PA]
        people = []
        for i, (name, key, role, title) in enumerate(prepared.participants):
            person_id, stored_name = self._person(name, key)
            people.append(stored_name)
            participations.add(meeting_id, person_id, i, role, title)
        for i, decision in enumerate(prepared.decisions):
            rows[D].add(meeting_id, i, *decision)
        for i, document in enumerate(prepared.documents):
            rows[DR].add(meeting_id, i, *document)
        key = sort_key(prepared.date_start, meeting_id)
        search = [meeting_id, key, prepared.body, prepared.marked]
        if self._vectors:
            search += [search_vector(prepared.body), search_vector(prepared.marked)]
        rows[MS].add(*search)
        if self._history:
            content = content_hash(prepared, people, organisations)
            self._add_history(meeting_id, prepared, version, content, continues=continues)
        self._gathered += 1
        if self._gathered >= self._batch:
            self.flush()

    def _add_history(
        self, meeting_id: int, prepared: Prepared, version: int, content: str, *, continues: bool
    ) -> None:
        # A replaced meeting continues the chain of its last row (written before this one:
        # `replace` flushes before it writes); a new meeting starts a chain.
        previous = None
        if continues:
            last = latest(self.conn, meeting_id)
            previous = last.chain_hash if last is not None else None
        row = event_row(
            meeting_id=meeting_id, uid=prepared.uid, version=version, action=self.action,
            saved_at=self._now, saved_by=self._saved_by, content=content, previous=previous,
            note=self.note,
        )  # fmt: skip
        self._rows[H].add(*(row[column] for column in HISTORY_COLUMNS))


def search_values(conn: Connection, body: str, marked: str) -> dict[str, Any]:
    """A meeting's search row's words for an UPDATE: the lists, and on PostgreSQL their vectors
    (migration 0008), so that every path that rewrites the words keeps the vectors in step."""
    values: dict[str, Any] = {"body": body, "marked": marked}
    if conn.dialect.name == "postgresql":
        values["body_words"] = cast(literal(search_vector(body), Text), TSVECTOR)
        values["marked_words"] = cast(literal(search_vector(marked), Text), TSVECTOR)
    return values


def _meeting_row(prepared: Prepared, now: datetime) -> dict[str, Any]:
    values: dict[str, Any] = dict(zip(MEETING_COLUMNS, prepared.meeting, strict=True))
    values["uid"] = prepared.uid
    values["created_at"] = prepared.created_at or now
    values["updated_at"] = prepared.updated_at or prepared.created_at or now
    values["version"] = prepared.version or 1
    return values
