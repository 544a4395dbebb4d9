"""What an import did, said for people and scripts: `ImportReport`, and `ImportFailed` when nothing
was written.

The importer (`store.importer`) fills the report as it reads and writes; the faces print it
(`commands/importing.py`) or hand its JSON shape to scripts (`ImportReport.as_json`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from store.errors import InvalidRecord, LikelyDuplicate, Problem
from store.exchange.raw import RecordProblem
from store.rejects import Rejected

MAX_PROBLEMS = 20


@dataclass
class ImportReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # uids kept as stored (content differed)
    problems: list[Problem] = field(default_factory=list)  # what stops the import (first 20)
    problem_count: int = 0
    dry_run: bool = False
    # Refused records set aside: by skip_invalid (to the rejects file) or by a dry run (to list).
    rejected: list[Rejected] = field(default_factory=list)
    likely_duplicates: list[LikelyDuplicate] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # notes from the readers
    people_new: int = 0  # people the import added to the directory
    people_known: int = 0  # people already in it whom the written records name
    # Groups of names equal but for diacritics, each with at least one new person in it.
    people_twins: list[list[str]] = field(default_factory=list)
    rejects_file: str | None = None
    reasons_file: str | None = None
    records_read: int = 0  # every record the readers gave, valid or not

    @property
    def read(self) -> int:
        return max(self.records_read, self.outcomes)

    @property
    def outcomes(self) -> int:
        """Records whose fate is known: written, kept, set aside."""
        return (
            self.inserted
            + self.updated
            + self.unchanged
            + len(self.skipped)
            + len(self.rejected)
            + len(self.likely_duplicates)
        )

    def add_problem(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    def as_json(self, written: bool) -> dict[str, Any]:
        """The summary for scripts (`minutebook import --summary json`), keys in this order;
        `written`: whether the import's changes were saved (not a dry run, no problem)."""

        def problem(found: Problem) -> dict[str, Any]:
            said: dict[str, Any] = {"source": found.source, found.unit: found.record}
            if isinstance(found, RecordProblem):  # which record (a JSON one has no row)
                said.update(record=found.ordinal, row=found.row, uid=found.uid, title=found.title)
            return {**said, "field": found.field, "reason": found.reason}

        return {
            "written": written,
            "dry_run": self.dry_run,
            "read": self.read,
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "rejected": len(self.rejected),
            # Why each one was (or, in a dry run, would be) refused: every problem of every one.
            "rejected_problems": [problem(p) for entry in self.rejected for p in entry.problems],
            "rejects_file": self.rejects_file,
            "reasons_file": self.reasons_file,
            "likely_duplicates": [
                {"source": d.source, d.unit: d.number, "meeting": d.meeting_id, "uid": d.uid}
                for d in self.likely_duplicates
            ],
            "people": {
                "new": self.people_new,
                "known": self.people_known,
                "possible_duplicates": self.people_twins,
            },
            "warnings": [str(w) for w in self.warnings],
            "problem_count": self.problem_count,
            "problems": [problem(p) for p in self.problems],
        }


class ImportFailed(InvalidRecord):
    """Nothing was written; `report` says what was read before the import gave up."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(report.problems, report.problem_count)
        self.report = report
