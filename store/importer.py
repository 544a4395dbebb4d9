"""Import: read files, validate every record, decide what each one does, write in one transaction.

All or nothing: records are written as they are read, inside one transaction, and any invalid
record anywhere means the transaction is rolled back, so nothing is half-written. Reading goes on
after the first problem so that one run reports many problems (up to `MAX_PROBLEMS`). A record
whose `uid` is already in the book is compared with what is stored: identical means unchanged
(re-importing a file changes nothing); different is skipped, updated or refused by `on_conflict`.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sqlmodel import Session

from store.db import Store
from store.errors import InvalidRecord, Problem, StoreError
from store.formats import RawRecord, detect_format, reader
from store.record import MeetingRecord, validate_record
from store.repo import Writer, effective_uid, load_records, meeting_ids_by_uid

MAX_PROBLEMS = 20
CONFLICT_MODES = ("skip", "update", "fail")
BATCH = 500


class _Rollback(Exception):
    """Raised inside the transaction to undo it (dry runs, invalid input)."""


@dataclass
class ImportReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # uids kept as stored (content differed)
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    dry_run: bool = False

    @property
    def read(self) -> int:
        return self.inserted + self.updated + self.unchanged + len(self.skipped)

    def add_problem(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)


def _content(record: MeetingRecord) -> dict[str, object]:
    data = record.to_json()
    for key in ("uid", "created_at", "updated_at", "version"):
        data.pop(key)
    return data


def open_source(path: str, encoding: str = "utf-8") -> TextIO:
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding=encoding, newline="")
    try:
        return Path(path).open(encoding=encoding, newline="")
    except FileNotFoundError:
        raise StoreError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise StoreError(f"{path}: permission denied") from None


def read_records(paths: Sequence[str], fmt: str | None) -> Iterator[RawRecord]:
    for path in paths:
        if path == "-" and not fmt:
            raise StoreError("reading standard input needs --format json|ndjson|csv")
        kind = detect_format(path, fmt)
        source = "<stdin>" if path == "-" else path
        with open_source(path) as stream:
            try:
                yield from reader(kind)(stream, source)
            except UnicodeDecodeError as exc:
                reason = (
                    f"not UTF-8 text (byte {exc.start}: {exc.object[exc.start : exc.start + 1]!r})"
                )
                yield RawRecord(source, 0, problem=Problem(source, None, "", reason))


class _Plan:
    """Decides, batch by batch, what each valid record does to the book, and does it."""

    def __init__(self, session: Session, report: ImportReport, on_conflict: str) -> None:
        self.session = session
        self.writer = Writer(session)
        self.report = report
        self.on_conflict = on_conflict
        self.seen: dict[str, str] = {}  # uid -> "file:line" where it first appeared
        self.batch: list[tuple[RawRecord, MeetingRecord, str]] = []

    def add(self, raw: RawRecord, record: MeetingRecord) -> None:
        uid = effective_uid(record)
        where = self.seen.get(uid)
        if where is not None:
            reason = (
                f"uid {uid!r} is used twice (first at {where})"
                if record.uid
                else f"same date, title and place as {where}; give each a uid if they differ"
            )
            self.report.add_problem(raw.locate(Problem(raw.source, raw.number, "uid", reason)))
            return
        self.seen[uid] = f"{raw.source}:{raw.number}"
        self.batch.append((raw, record, uid))
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if self.report.problem_count:
            return  # nothing will be kept; validating the rest is all that matters now
        existing = meeting_ids_by_uid([uid for _, _, uid in batch], session=self.session)
        stored = load_records(list(existing.values()), session=self.session)
        for raw, record, uid in batch:
            meeting_id = existing.get(uid)
            if meeting_id is None:
                self.writer.insert(record)
                self.report.inserted += 1
            elif _content(stored[meeting_id]) == _content(record):
                self.report.unchanged += 1
            else:
                self._conflict(raw, record, uid, meeting_id)

    def _conflict(self, raw: RawRecord, record: MeetingRecord, uid: str, meeting_id: int) -> None:
        if self.on_conflict == "update":
            self.writer.replace(meeting_id, record, expected_version=None, keep_timestamps=True)
            self.report.updated += 1
        elif self.on_conflict == "skip":
            self.report.skipped.append(uid)
        else:
            reason = (
                f"a different meeting with uid {uid!r} is already in the book; "
                "use --on-conflict skip or update"
            )
            self.report.add_problem(Problem(raw.source, raw.number, "uid", reason))


def import_files(
    paths: Sequence[str],
    *,
    store: Store,
    fmt: str | None = None,
    dry_run: bool = False,
    on_conflict: str = "skip",
) -> ImportReport:
    """Import every record of `paths`; raise InvalidRecord (nothing written) if any is invalid."""
    if on_conflict not in CONFLICT_MODES:
        raise StoreError(f"unknown --on-conflict {on_conflict!r}; use {', '.join(CONFLICT_MODES)}")
    report = ImportReport(dry_run=dry_run)
    try:
        with store.session() as session:
            plan = _Plan(session, report, on_conflict)
            for raw in read_records(paths, fmt):
                if raw.problem is not None:
                    report.add_problem(raw.problem)
                    continue
                checked = validate_record(raw.data, source=raw.source, record=raw.number)
                if isinstance(checked, list):
                    for problem in checked:
                        report.add_problem(raw.locate(problem))
                else:
                    plan.add(raw, checked)
            plan.flush()
            if report.problem_count or dry_run:
                raise _Rollback
    except _Rollback:
        pass
    if report.problem_count and not dry_run:
        raise InvalidRecord(report.problems, report.problem_count)
    return report


def import_records(
    records: Sequence[MeetingRecord], *, store: Store, on_conflict: str = "skip"
) -> ImportReport:
    """Import already-validated records (from code, e.g. a TUI restore or a test)."""
    report = ImportReport()
    with store.session() as session:
        plan = _Plan(session, report, on_conflict)
        for number, record in enumerate(records, start=1):
            plan.add(RawRecord("<records>", number, unit="record"), record)
        plan.flush()
        if report.problem_count:
            raise InvalidRecord(report.problems, report.problem_count)
    return report
