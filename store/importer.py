"""Import: read files, validate every record, decide what each one does, write in one transaction.

All or nothing by default: records are written as they are read, inside one transaction, and any
invalid record anywhere means the transaction is rolled back, so nothing is half-written. Reading
goes on after the first problem so that one run reports many problems (up to `MAX_PROBLEMS`).
With `skip_invalid`, an invalid record is set aside instead (see `store.rejects` for the file it
goes to) and the valid ones are written; a problem that stops a file being read at all (its
encoding, its header, broken JSON) still stops the whole import. A dry run sets every refused
record aside too, whether or not `skip_invalid`: it says what each valid record would do and why
each refused one is refused, every one of them, and writes nothing.

A record whose `uid` is already in the book is compared with what is stored: identical means
unchanged (re-importing a file changes nothing); different is skipped, updated or refused by
`on_conflict`. A record without a uid that has the date, title and place of a meeting in the book
is the same meeting if its content is the same, else a likely duplicate: reported, not written.

The transaction takes the write lock before reading anything (SQLite's BEGIN IMMEDIATE): a busy
book makes it wait (the connection's busy timeout) instead of failing halfway, and readers on
other connections keep reading the book as it was (WAL) until the import commits.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import distinct, func, or_, select, tuple_
from sqlmodel import Session

from store import lifecycle
from store.db import CACHE_KIB, Store
from store.errors import LikelyDuplicate, Problem, StoreError
from store.exchange.raw import RawRecord, detect_format
from store.i18n import _
from store.import_report import ImportFailed, ImportReport
from store.import_worker import Outcome, checked_records
from store.models import Meeting, Participation, Person
from store.outputs import refuse_protected
from store.record import MeetingRecord
from store.rejects import Pending, Rejected, check_target, reasons_path, write_rejects
from store.repo import load_records, meeting_ids_by_uid
from store.rows import MEETING_COLUMNS, Prepared, prepare, same_meeting_key
from store.statistics import refresh_statistics_after
from store.text import fold
from store.urls import sqlite_file
from store.writer import Writer

CONFLICT_MODES = ("skip", "update", "fail")
BATCH = 500
PROGRESS_EVERY = 50

M = Meeting.__table__
P = Person.__table__
PA = Participation.__table__

# Called every few records with (source, line or row of the record just read, records read).
Progress = Callable[[str, int, int], None]


class _Rollback(Exception):
    """Raised inside the transaction to undo it (dry runs, invalid input)."""


def _unchanged(stored: Prepared, incoming: Prepared) -> bool:
    """Whether a record says nothing the stored meeting does not already say.

    A body's short forms belong to the body, shared by every meeting that names it, and grow as
    records bring new ones ("LĐLĐ tỉnh Nghệ An" from one file, "LĐLĐ Nghệ An" from another): a
    record is unchanged when the forms it gives are among the body's.
    """
    if stored.content()[2:] != incoming.content()[2:] or stored.meeting != incoming.meeting:
        return False
    if len(stored.organisers) != len(incoming.organisers):
        return False
    for (name, key, forms), (new_name, new_key, new_forms) in zip(
        stored.organisers, incoming.organisers, strict=True
    ):
        known = {form.casefold() for form in forms}
        if (name, key) != (new_name, new_key) or any(f.casefold() not in known for f in new_forms):
            return False
    return True


def same_meetings(records: Sequence[Prepared], *, session: Session) -> dict[str, int]:
    """The meetings in the book these records already are, by uid: how `import` tells a record
    it has seen, and how the TUI's draft form warns before saving (`Book.same_meeting`).

    A record is found by its uid: the one it gives, or for one without, its natural uid (a
    meeting imported or typed without a uid). One without a uid is found by its date, title and
    place too, in a meeting that has a uid of its own.
    """
    found = meeting_ids_by_uid([p.uid for p in records], session=session)
    loose = [p for p in records if not p.given_uid and p.uid not in found]
    if not loose:
        return found
    wanted = {p.same_meeting_key(): p.uid for p in loose}
    pairs = list({(key[0], key[2]) for key in wanted})
    rows = session.connection().execute(
        select(M.c.id, M.c.date_start, M.c.date_precision, M.c.location_key, M.c.title)
        .where(tuple_(M.c.date_start, M.c.location_key).in_(pairs))
        .order_by(M.c.id)
    )
    for row in rows:
        key = same_meeting_key(row.date_start, row.date_precision, row.location_key, row.title)
        uid = wanted.get(key)
        if uid is not None and uid not in found:
            found[uid] = row.id
    return found


class _Plan:
    """Decides, batch by batch, what each valid record does to the book, and does it."""

    def __init__(
        self,
        session: Session,
        report: ImportReport,
        on_conflict: str,
        refuse: Callable[[RawRecord, list[Problem]], None],
        history: bool = True,
    ) -> None:
        self.session = session
        # The writer gathers a whole batch's rows and writes them table by table.
        self.writer = Writer(session, batch=BATCH, action="imported", history=history)
        self.report = report
        self.on_conflict = on_conflict
        self.refuse = refuse
        self.seen: dict[str, str] = {}  # uid -> "file:line" where it first appeared
        self.batch: list[tuple[RawRecord, Prepared]] = []
        self.updated: list[int] = []  # meetings replaced by records of this import

    def add(self, raw: RawRecord, prepared: Prepared) -> None:
        uid = prepared.uid
        where = self.seen.get(uid)
        if where is not None:
            reason = (
                _("uid {uid!r} is used twice (first at {where})", uid=uid, where=where)
                if prepared.given_uid
                else _(
                    "same date, title and place as {where}; give each a uid if they differ",
                    where=where,
                )
            )
            # The record's line, not its uid's: the reading process keeps no text to find it in,
            # and a big file must say what a small one says.
            problem = Problem(raw.source, raw.number, "uid", reason)
            self.refuse(raw, [raw.locate(problem, at_field=False)])
            return
        self.seen[uid] = f"{raw.source}:{raw.number}"
        self.batch.append((raw, prepared))
        if len(self.batch) >= BATCH:
            self.flush()

    def sync(self) -> None:
        """Write what the writer has gathered, so that queries see it."""
        self.writer.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if self.report.problem_count or not batch:
            return  # nothing will be kept; validating the rest is all that matters now
        self.sync()
        existing = same_meetings([p for _, p in batch], session=self.session)
        stored = load_records(list(set(existing.values())), session=self.session)
        new: list[Prepared] = []
        for raw, prepared in batch:
            meeting_id = existing.get(prepared.uid)
            if meeting_id is None:
                new.append(prepared)
            elif _unchanged(prepare(stored[meeting_id]), prepared):
                self.report.unchanged += 1
            elif not prepared.given_uid:
                found = LikelyDuplicate(
                    raw.source, raw.number, raw.unit, meeting_id, stored[meeting_id].uid or ""
                )
                self.report.likely_duplicates.append(found)
            else:
                self._conflict(raw, prepared, meeting_id)
        self.writer.insert_many(new)
        self.report.inserted += len(new)
        self.sync()

    def _conflict(self, raw: RawRecord, prepared: Prepared, meeting_id: int) -> None:
        uid = prepared.uid
        if self.on_conflict == "update":
            previous = load_records([meeting_id], session=self.session)[meeting_id]
            incoming = prepared.meeting[MEETING_COLUMNS.index("status")]
            refused = lifecycle.refuses_update(meeting_id, previous.status, incoming)
            if refused:  # a locked or approved meeting is not rewritten by a file
                problem = Problem(raw.source, raw.number, "status", refused, raw.unit)
                self.refuse(raw, [raw.locate(problem, at_field=False)])
                return
            self.writer.replace(
                meeting_id, prepared, expected_version=None, previous=previous,
                keep_timestamps=True,
            )  # fmt: skip
            self.report.updated += 1
            self.updated.append(meeting_id)
        elif self.on_conflict == "skip":
            self.report.skipped.append(uid)
        else:
            reason = _(
                "a different meeting with uid {uid!r} is already in the book; "
                "use --on-conflict skip or update", uid=uid,
            )  # fmt: skip
            problem = Problem(raw.source, raw.number, "uid", reason, raw.unit)
            self.refuse(raw, [raw.locate(problem, at_field=False)])


@contextmanager
def _writing(store: Store) -> Iterator[Session]:
    """The import's transaction, holding the book's write lock from its first statement.

    Every uid lookup and write of the import then sees one state of the book: a meeting another
    program was adding cannot be missed, then inserted twice. A busy book is waited for (on a
    server as long as it takes; on SQLite up to the busy timeout), then refused whole.
    """
    try:
        with store.session(write=True, wait=True) as session, _default_page_cache(session):
            yield session
    except StoreError as exc:
        if not str(exc).startswith("the book is busy"):
            raise
        raise StoreError(
            _("the book is busy: another program (another import?) has been writing to it "
            "for several seconds; nothing was imported: try again when it is done")
        ) from None  # fmt: skip


@contextmanager
def _default_page_cache(session: Session) -> Iterator[None]:
    """On SQLite, the import's connection keeps SQLite's default page cache (2 MB) while it
    writes, then the book's again (`store.db.CACHE_KIB`, 64 MB, for searches): an import writes
    far more pages than it reads back, and with the larger cache up to 64 MB of its rows waited
    in memory before spilling into the write-ahead log, adding that much to its peak."""
    raw = session.connection().connection.dbapi_connection
    if not isinstance(raw, sqlite3.Connection):
        yield
        return
    raw.execute(f"PRAGMA cache_size={SQLITE_DEFAULT_CACHE}")
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # a connection closed by then is made again as the book's
            raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")


SQLITE_DEFAULT_CACHE = -2000  # KiB, as SQLite's own default


class _Reading:
    """One import's reading side: records in, problems and refusals out."""

    def __init__(
        self, report: ImportReport, kinds: dict[str, str], skip_invalid: bool, dry_run: bool = False
    ) -> None:
        self.report = report
        self.kinds = kinds
        # A dry run sets every refused record aside, as --skip-invalid does, so that it can say
        # what each of the others would do and why each refused one is refused.
        self.set_aside = skip_invalid or dry_run
        self.keep_data = skip_invalid  # only a rejects file needs the JSON objects
        # Every record's first line, per CSV source: a refused record's lines end where the next
        # record's begin (only kept when there is a rejects file to copy them to).
        self.starts: dict[str, list[int]] = defaultdict(list)

    def refuse(self, raw: RawRecord, problems: list[Problem]) -> None:
        if not self.set_aside:
            for problem in problems:
                self.report.add_problem(problem)
            return
        data = raw.data if self.keep_data and self.kinds.get(raw.source) == "json" else None
        self.report.rejected.append(Rejected(raw.source, raw.number, problems, data))

    def take(self, raw: RawRecord, outcome: Outcome, plan: _Plan, keep_starts: bool) -> None:
        self.report.records_read += 1
        kind = self.kinds.get(raw.source, "")
        if keep_starts and kind == "csv":
            self.starts[raw.source].append(raw.number)
        if raw.problem is not None:
            if self.set_aside and raw.skippable:
                self.refuse(raw, [raw.problem])
            else:
                self.report.add_problem(raw.problem)
            return
        if isinstance(outcome, list):
            self.refuse(raw, outcome)
        elif outcome is not None:
            plan.add(raw, outcome)


def _people_summary(
    session: Session, report: ImportReport, ids_before: tuple[int, int], updated: list[int]
) -> None:
    """How many people are new and known, and which new names differ from others by marks only.

    `ids_before` are the highest meeting and person ids before the import: rows above them are
    the import's own.
    """
    conn = session.connection()
    meetings_before, before = ids_before
    report.people_new = conn.execute(select(func.count()).where(P.c.id > before)).scalar_one()
    written = PA.c.meeting_id > meetings_before
    if updated:
        written = or_(written, PA.c.meeting_id.in_(updated))
    known = select(func.count(distinct(PA.c.person_id))).where(PA.c.person_id <= before, written)
    report.people_known = conn.execute(known).scalar_one()
    if not report.people_new:
        return
    groups: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for person_id, name in conn.execute(select(P.c.id, P.c.name).order_by(P.c.id)):
        groups[" ".join(fold(name).split())].append((person_id, name))
    report.people_twins = [
        [name for _, name in group]
        for group in groups.values()
        if len(group) > 1 and any(person_id > before for person_id, _ in group)
    ]


def import_files(
    paths: Sequence[str],
    *,
    store: Store,
    fmt: str | None = None,
    dry_run: bool = False,
    on_conflict: str = "skip",
    encoding: str | None = None,
    delimiter: str | None = None,
    skip_invalid: bool = False,
    rejects: str | Path | None = None,
    progress: Progress | None = None,
    reader_process: bool | None = None,
    history: bool = True,
) -> ImportReport:
    """Import every record of `paths` in one transaction.

    Raises ImportFailed (nothing written) if any record is invalid, or, with `skip_invalid`, if
    a file cannot be read; then invalid records are set aside in `report.rejected` and, given
    `rejects`, written to that file (see `store.rejects`) once the import has committed. A
    `dry_run` sets them aside in `report.rejected` either way and raises nothing.
    `reader_process` runs the reading side in a process of its own (None: when the files are
    big; see `store.import_worker`). `history=False` writes no history rows: only for
    bench/history_bench.py, which times the import without them (not offered by the CLI).
    """
    if on_conflict not in CONFLICT_MODES:
        modes = ", ".join(CONFLICT_MODES)
        raise StoreError(
            _("unknown --on-conflict {mode!r}; use {modes}", mode=on_conflict, modes=modes)
        )
    if rejects is not None and not skip_invalid:
        raise StoreError(_("--rejects goes with --skip-invalid"))
    kinds = {
        ("<stdin>" if path == "-" else path): detect_format(path, fmt)
        for path in paths
        if path != "-" or fmt
    }
    target = Path(rejects) if rejects is not None else None
    if target is not None:  # the rejects file must not be the book itself
        book_file = sqlite_file(store.url)
        refuse_protected(target, [book_file] if book_file is not None else [])
    kind = check_target(target, paths, list(kinds.values())) if target is not None else ""
    report = ImportReport(dry_run=dry_run)
    reading = _Reading(report, kinds, skip_invalid, dry_run)
    pending: Pending | None = None
    try:
        with _writing(store) as session:
            plan = _Plan(session, report, on_conflict, reading.refuse, history)
            conn = session.connection()
            before = (
                conn.execute(select(func.max(M.c.id))).scalar() or 0,
                conn.execute(select(func.max(P.c.id))).scalar() or 0,
            )
            records = checked_records(
                paths,
                fmt,
                encoding=encoding,
                delimiter=delimiter,
                warnings=report.warnings,
                worker=reader_process,
            )
            for count, (raw, outcome) in enumerate(records, start=1):
                reading.take(raw, outcome, plan, target is not None)
                if progress is not None and count % PROGRESS_EVERY == 0:
                    progress(raw.source, raw.number, count)
            plan.flush()
            plan.sync()
            if report.problem_count:
                raise _Rollback
            _people_summary(session, report, before, plan.updated)
            if dry_run:
                raise _Rollback
            if target is not None and report.rejected:
                pending = write_rejects(
                    target,
                    kind,
                    report.rejected,
                    paths={("<stdin>" if p == "-" else p): p for p in paths},
                    starts=reading.starts,
                    encoding=encoding,
                )
    except _Rollback:
        pass
    except BaseException:
        if pending is not None:
            pending.discard()
        raise
    if pending is not None:
        pending.publish()
        report.rejects_file = str(pending.target)
        report.reasons_file = str(reasons_path(pending.target))
    if not dry_run and not report.problem_count:
        # A big import changes what the planner should know of the book (see the function).
        refresh_statistics_after(store, report.inserted + report.updated)
    if report.problem_count and not dry_run:
        # Nothing was written, and the counts stopped at the first problem: none of them holds.
        report.inserted = report.updated = report.unchanged = 0
        report.skipped, report.likely_duplicates = [], []
        report.people_new = report.people_known = 0
        raise ImportFailed(report)
    return report


def import_records(
    records: Sequence[MeetingRecord], *, store: Store, on_conflict: str = "skip"
) -> ImportReport:
    """Import already-validated records (from code, e.g. a TUI restore or a test)."""
    report = ImportReport()
    with _writing(store) as session:
        reading = _Reading(report, {}, skip_invalid=False)
        plan = _Plan(session, report, on_conflict, reading.refuse)
        conn = session.connection()
        before = (
            conn.execute(select(func.max(M.c.id))).scalar() or 0,
            conn.execute(select(func.max(P.c.id))).scalar() or 0,
        )
        for number, record in enumerate(records, start=1):
            plan.add(RawRecord("<records>", number, unit="record"), prepare(record))
        plan.flush()
        plan.sync()
        if report.problem_count:
            raise ImportFailed(report)
        _people_summary(session, report, before, plan.updated)
    return report
