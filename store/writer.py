"""Writing prepared meetings fast: `Writer` stores a record's rows (`store.rows.prepare`) with
SQLAlchemy Core and DB-API executemany (no ORM object per row, so a bulk import stays near the
floor of what inserting costs), reusing people and organisations by name.

Used by `store.repo` (one meeting at a time), the importer (batches of 500) and `store.book_copy`.
Table objects never leave the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update
from sqlmodel import Session

from store.db import lock_for_writing
from store.errors import NotFound, VersionConflict
from store.models import (
    Decision,
    DocumentRef,
    Meeting,
    MeetingOrganiser,
    MeetingSearch,
    Organisation,
    OrganisationShortForm,
    Participation,
    Person,
    sort_key,
)
from store.rows import (
    DECISION_COLUMNS,
    DOCUMENT_COLUMNS,
    MEETING_COLUMNS,
    PARTICIPATION_COLUMNS,
    Prepared,
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


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class _Rows:
    """Rows for one table, gathered as tuples and written with one DB-API executemany: the
    floor of what inserting them costs (SQLAlchemy's per-statement work, ~70 µs, was half of an
    import). Values pass through the column types' own bind processors, so a date is stored
    exactly as SQLAlchemy stores it."""

    def __init__(self, conn: Connection, table: Table, columns: Sequence[str]) -> None:
        dialect = conn.dialect
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        self.sql = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join([mark] * len(columns))})"
        )
        self.columns = list(columns)
        processors = [table.c[name].type.bind_processor(dialect) for name in columns]
        self.processed = [(i, f) for i, f in enumerate(processors) if f is not None]
        self.pending: list[tuple[Any, ...]] = []

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
            conn.exec_driver_sql(self.sql, self.pending)  # type: ignore[arg-type]
            self.pending = []


class Writer:
    """Writes prepared meetings in the session's transaction, caching people and organisations.

    `insert` adds one meeting and `insert_many` a batch (one multi-row insert for the meetings,
    then one executemany per table). The rows that hang off a meeting are gathered and written
    together every `batch` meetings, and by `flush()`, which must be called before reading what
    was written (the default batch of 1 writes each meeting completely).
    """

    def __init__(self, session: Session, *, batch: int = 1) -> None:
        lock_for_writing(session)
        self.conn: Connection = session.connection()
        self._people: dict[str, int] = {}
        self._orgs: dict[str, tuple[int, list[str]]] = {}
        self._org_names: dict[int, str] = {}
        self._batch = batch
        self._gathered = 0
        self._rows = {
            MO: _Rows(self.conn, MO, ("meeting_id", "position", "organisation_id")),
            PA: _Rows(
                self.conn, PA, ("meeting_id", "person_id", "position", *PARTICIPATION_COLUMNS)
            ),
            D: _Rows(self.conn, D, ("meeting_id", "position", *DECISION_COLUMNS)),
            DR: _Rows(self.conn, DR, ("meeting_id", "position", *DOCUMENT_COLUMNS)),
            MS: _Rows(self.conn, MS, ("meeting_id", "sort_key", "body")),
        }

    def flush(self) -> None:
        """Write every gathered row."""
        for rows in self._rows.values():
            rows.write(self.conn)
        self._gathered = 0

    # Shared rows -----------------------------------------------------------------------------

    def person_id(self, name: str, key: str) -> int:
        cached = self._people.get(key)
        if cached is not None:
            return cached
        found = self.conn.execute(select(P.c.id).where(P.c.name_key == key)).scalar()
        if found is None:
            values = {"name": name, "name_key": key, "search_key": words_key(name)}
            found = self.conn.execute(insert(P), values).inserted_primary_key[0]
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
        meeting_id = self.conn.execute(insert(M), values).inserted_primary_key[0]
        self._add_children(meeting_id, prepared)
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
        for meeting_id, prepared in zip(ids, batch, strict=True):
            self._add_children(meeting_id, prepared)
        return ids

    def replace(
        self,
        meeting_id: int,
        prepared: Prepared,
        *,
        expected_version: int | None,
        keep_timestamps: bool = False,
    ) -> int:
        """Overwrite a meeting's content (not its uid); return the new version number."""
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
        for table in (MO, PA, D, DR, MS):
            self.conn.execute(delete(table).where(table.c.meeting_id == meeting_id))
        self._add_children(meeting_id, prepared)
        return int(new_version)

    def _add_children(self, meeting_id: int, prepared: Prepared) -> None:
        rows = self._rows
        for i, (name, key, forms) in enumerate(prepared.organisers):
            rows[MO].add(meeting_id, i, self.organisation_id(name, key, forms))
        participations = rows[PA]
        for i, (name, key, role, title) in enumerate(prepared.participants):
            participations.add(meeting_id, self.person_id(name, key), i, role, title)
        for i, decision in enumerate(prepared.decisions):
            rows[D].add(meeting_id, i, *decision)
        for i, document in enumerate(prepared.documents):
            rows[DR].add(meeting_id, i, *document)
        rows[MS].add(meeting_id, sort_key(prepared.date_start, meeting_id), prepared.body)
        self._gathered += 1
        if self._gathered >= self._batch:
            self.flush()


def _meeting_row(prepared: Prepared, now: datetime) -> dict[str, Any]:
    values: dict[str, Any] = dict(zip(MEETING_COLUMNS, prepared.meeting, strict=True))
    values["uid"] = prepared.uid
    values["created_at"] = prepared.created_at or now
    values["updated_at"] = prepared.updated_at or prepared.created_at or now
    values["version"] = prepared.version or 1
    return values
