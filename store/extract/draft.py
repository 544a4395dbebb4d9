"""`Draft`: what the extractor hands back, a record to check before it goes into the book.

`Draft.record` is a meeting in the import shape (docs/format.md) that `store.record.validate_record`
accepts; `Draft.evidence` says, field by field, what was read where in `Draft.text` and how sure
the reading is; `Draft.flags` name what a person must look at ("date-year-missing",
"no-chair-named", ...). `Draft.to_json()` is a file `minutebook import` reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """One extracted value and where it came from: `text[start:end]` of the draft's text.

    `field` names the record field ("date", "location", "participants", "documents", ...);
    `value` is the value as it went into the record (a participant as "Name | title (role)").
    """

    field: str
    value: str
    start: int
    end: int
    confidence: float


@dataclass
class Draft:
    record: dict[str, Any]
    evidence: list[Evidence] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    text: str = ""

    def to_json(self) -> str:
        """The record as a one-meeting JSON array, ready for `minutebook import`."""
        return drafts_json([self])

    def evidence_for(self, name: str) -> list[Evidence]:
        return [item for item in self.evidence if item.field == name]


def drafts_json(drafts: Iterable[Draft]) -> str:
    """Several drafts as one JSON array of records (`extract a.txt b.txt --format json`), each
    marked `draft` as `import --from-report` saves it: a file `import` reads must not turn a
    guess into kept minutes. What to check stays in each record's notes, where the reader put it.
    """
    # As `store.extract.review.draft_record` marks it (imported here, review would close a circle).
    records = [{**draft.record, "status": "draft"} for draft in drafts]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
