"""Drafts in the committee's figures: `Book.stats` counts them and says how many (the working
figures); `drafts=False`, the report's, counts the record as reviewed and still says how many it
left out. Counted here from the records themselves, read one by one, on a generated book some of
whose meetings were made drafts, on each backend.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

import store
from store.stats import ALL_TIME, REVIEWED, Stats
from tests.helpers import attendance_of

TODAY = date(2026, 12, 5)
# A whole year, a quarter (the summaries serve both when drafts count), days cut inside months.
PERIODS = [ALL_TIME, "2021", "q2/2021", "2021-03-10..2021-08-20"]


@pytest.fixture
def generated(generated_at: Any) -> Any:
    book = generated_at(200, seed=5)
    yield book
    book.close()


def drafted(book: store.Book, every: int = 2) -> set[int]:
    """Every `every`th meeting of `book` made a draft again, in one import (a save each took
    most of the test's time on PostgreSQL); their numbers."""
    ids = sorted(book.search("", limit=None).ids)[::every]
    records = [record.model_copy(update={"status": "draft"}) for record in book.meetings(ids)]
    report = book.import_records(records, on_conflict="update")
    assert report.updated == len(ids), report
    return set(ids)


def counted(book: store.Book, stats: Stats) -> list[tuple[int, store.MeetingRecord]]:
    """The meetings of the figures' whole query that fall in their period, each with its number."""
    ids = book.search(stats.query, limit=None).ids
    return [(i, r) for i, r in zip(ids, book.meetings(ids), strict=True) if stats.falls_in(r)]


def attendance(records: list[store.MeetingRecord]) -> dict[str, int]:
    """Each person's meetings present, for those present at one or more."""
    return {name: present for name, (present, _) in attendance_of(records).items() if present}


def test_drafts_are_counted_and_said_or_left_out(generated: Any) -> None:
    # The drafts made once, every period and query asked of them.
    drafts = drafted(generated)
    for period in PERIODS:
        for query in (None, "hội nghị"):
            figures_leave_out_the_drafts(generated, drafts, period, query)


def figures_leave_out_the_drafts(
    generated: Any, drafts: set[int], period: str, query: str | None
) -> None:
    case = (period, query)
    working = generated.stats(query, period=period, today=TODAY, top=None)
    reviewed = generated.stats(query, period=period, today=TODAY, top=None, drafts=False)
    meetings = counted(generated, working)
    in_draft = [record for i, record in meetings if i in drafts]
    kept = [record for i, record in meetings if i not in drafts]
    assert in_draft and kept, ("the period holds drafts and reviewed minutes both", case)
    assert (working.meetings, working.drafts, working.with_drafts) == (
        len(meetings), len(in_draft), True
    ), case  # fmt: skip
    assert (reviewed.meetings, reviewed.drafts, reviewed.with_drafts) == (
        len(kept), len(in_draft), False
    ), case  # fmt: skip
    assert sum(row.meetings for row in reviewed.months) == len(kept), case
    assert {row.name: row.present for row in reviewed.attendance} == attendance(kept), case
    assert {row.name: row.present for row in working.attendance} == attendance(
        [record for _, record in meetings]
    ), case
    assert reviewed.decisions == sum(len(record.decisions) for record in kept), case
    # The report's list of meetings: the same query as a parsed one, the record as reviewed.
    assert reviewed.counted_query().status[-1] == REVIEWED, case
    listed = [r for r in generated.iter_meetings(reviewed.counted_query()) if reviewed.falls_in(r)]
    assert sorted(r.uid for r in listed) == sorted(r.uid for r in kept), case
    assert all(r.status != "draft" for r in listed), case


def test_a_body_s_attendance_leaves_its_drafts_out(generated: Any) -> None:
    drafts = drafted(generated, every=3)
    working = generated.stats(period=ALL_TIME, today=TODAY, top=1)
    body = working.by_body[0].name
    reviewed = generated.stats(
        period=ALL_TIME, today=TODAY, members_of=body, top=None, drafts=False
    )  # fmt: skip
    ids = generated.search(f'org:"{body}"', limit=None).ids  # as --members-of takes the body
    theirs = list(zip(ids, generated.meetings(ids), strict=True))
    kept = [record for i, record in theirs if i not in drafts]
    assert len(kept) < len(theirs)
    assert reviewed.body_meetings == len(kept)
    assert {row.name: row.present for row in reviewed.attendance} == attendance(kept)


@pytest.mark.parametrize("period", PERIODS)
def test_without_a_draft_nothing_changes(generated: Any, period: str) -> None:
    working = generated.stats(period=period, today=TODAY)
    reviewed = generated.stats(period=period, today=TODAY, drafts=False)
    assert working.drafts == 0 and working.meetings
    assert replace(reviewed, with_drafts=True) == working
    assert reviewed.counted_query() == store.parse_query(working.query)
