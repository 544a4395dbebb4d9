"""Open decisions across the book: what is still to be done, by whom, by when; and marking one done.

A decision belongs to its meeting's record (`MeetingRecord.decisions`), so a status change goes
through the record: the meeting's version is bumped and an editor holding the meeting open is told
about the change instead of silently overwriting it. Reading is a plain SQL query on the decision
table joined with its meeting, ordered in SQL (the overdue rule, "the END of a partial due date is
before today", is written without date arithmetic so it runs on every backend); the responsible
filter narrows by the meeting's folded search words in SQL and then matches the decision's own
responsible text in Python. Nothing here draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Row, and_, case, extract, or_, select
from sqlmodel import Session

from store.dates import PartialDate
from store.errors import InvalidRecord, NotFound
from store.history import DECISION_NOTE
from store.i18n import _
from store.match import LIKE_ESCAPE, like_prefix, marks_agree, matches, typed_words
from store.models import Decision, Meeting, MeetingSearch
from store.record import MeetingRecord, validate_record
from store.repo import get_record, update_meeting
from store.text import index_text

D = Decision.__table__
M = Meeting.__table__
MS = MeetingSearch.__table__


@dataclass(frozen=True)
class OpenDecision:
    """One decision still open, with enough of its meeting to find it again."""

    meeting_id: int
    meeting_title: str
    meeting_date: PartialDate
    position: int  # 0-based index in the meeting's decisions
    text: str
    kind: str
    responsible: str | None
    due: PartialDate | None
    status: str
    overdue: bool
    meeting_version: int = 0  # the version read with it: pass as expected_version when marking


def _overdue(today: date) -> Any:
    """SQL for "the due period ended before today", from the stored start and precision.

    A month (or year) ends before today exactly when it starts before today's month (or year):
    so the END-date rule needs no date arithmetic in SQL and works on every backend.
    """
    return or_(
        and_(D.c.due_precision == "day", D.c.due_start < today),
        and_(D.c.due_precision == "month", D.c.due_start < today.replace(day=1)),
        and_(D.c.due_precision == "year", D.c.due_start < date(today.year, 1, 1)),
    )


def _order(today: date) -> tuple[Any, ...]:
    """Overdue first, then by deadline (the due period's last day; none last), newest meeting first.

    The last day is ordered as (year, month or 12, day or 31): "06/2024" after every day of June,
    "2024" after every date in 2024, with no date arithmetic in SQL.
    """
    precision = D.c.due_precision
    return (
        case((_overdue(today), 0), else_=1),
        case((D.c.due_start.is_(None), 1), else_=0),
        extract("year", D.c.due_start),
        case((precision == "year", 12), else_=extract("month", D.c.due_start)),
        case((precision == "day", extract("day", D.c.due_start)), else_=31),
        M.c.date_start.desc(),
        M.c.id.desc(),
        D.c.position,
    )


@lru_cache(maxsize=4096)
def _words_of(responsible: str) -> tuple[str, ...]:
    # Few distinct responsible texts recur across thousands of decisions: fold each once.
    return tuple(index_text(responsible).split())


def _matches(words: list[str], responsible: str | None) -> bool:
    """The typed words match `responsible` (folded; abbreviations count both ways)."""
    return bool(responsible) and matches(words, _words_of(responsible or ""))


def _columns() -> tuple[Any, ...]:
    return (
        D.c.meeting_id, M.c.title, M.c.date_start, M.c.date_precision, D.c.position, D.c.text,
        D.c.kind, D.c.responsible, D.c.due_start, D.c.due_precision, D.c.status, M.c.version,
    )  # fmt: skip


def _decision(row: Row[Any], today: date) -> OpenDecision:
    due = (
        PartialDate.from_parts(row.due_start, row.due_precision)
        if row.due_start is not None and row.due_precision
        else None
    )
    return OpenDecision(
        meeting_id=row.meeting_id,
        meeting_title=row.title,
        meeting_date=PartialDate.from_parts(row.date_start, row.date_precision),
        position=row.position,
        text=row.text,
        kind=row.kind,
        responsible=row.responsible,
        due=due,
        status=row.status,
        overdue=due is not None and due.end < today,
        meeting_version=row.version,
    )


def open_decisions(
    *,
    session: Session,
    responsible: str | None = None,
    today: date | None = None,
    limit: int | None = None,
) -> list[OpenDecision]:
    """Every open decision (or those whose responsible matches), in `_order`, at most `limit`."""
    today = today or date.today()
    words = typed_words(responsible)
    statement = (
        select(*_columns())
        .join(M, M.c.id == D.c.meeting_id)
        .where(D.c.status == "open")
        .order_by(*_order(today))
    )
    if not words:
        if limit is not None:
            statement = statement.limit(limit)
        rows = session.connection().execute(statement)
        return [_decision(row, today) for row in rows]
    # The meeting's search body holds the folded responsible text: a portable way to skip
    # meetings that cannot match before the exact word test, which runs here in order.
    statement = statement.join(MS, MS.c.meeting_id == M.c.id)
    for word in words:
        statement = statement.where(MS.c.body.like(like_prefix(word), escape=LIKE_ESCAPE))
    found: list[OpenDecision] = []
    for row in session.connection().execute(statement):
        if limit is not None and len(found) >= limit:
            break
        if _matches(words, row.responsible) and marks_agree(responsible, row.responsible):
            found.append(_decision(row, today))
    return found


def set_decision_status(
    meeting_id: int,
    position: int,
    status: str,
    *,
    expected_version: int | None,
    session: Session,
) -> int:
    """Set one decision's status through its meeting's record; return the meeting's new version.

    Raises VersionConflict when the meeting changed since `expected_version` (then `position` may
    no longer name the same decision), NotFound for a missing meeting or decision, and
    InvalidRecord for an unknown status.
    """
    record = get_record(meeting_id, session=session)
    if not 0 <= position < len(record.decisions):
        raise NotFound(
            _("meeting {id} has no decision {number} (it has {count})",
              id=meeting_id, number=position + 1, count=len(record.decisions))
        )  # fmt: skip
    data = record.to_json()
    data["decisions"][position]["status"] = status
    checked = validate_record(data, source=_("meeting {id}", id=meeting_id))
    if not isinstance(checked, MeetingRecord):
        raise InvalidRecord(checked)
    return update_meeting(
        meeting_id, checked, expected_version=expected_version, session=session,
        action="decision", note=DECISION_NOTE.format(number=position + 1, status=status),
    )  # fmt: skip


__all__ = ["OpenDecision", "open_decisions", "set_decision_status"]
