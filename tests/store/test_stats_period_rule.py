"""The figures' period rule is written twice: in SQL off the date index (`store.stats_scope`,
what the counts and `Book.counted_meetings` use) and in Python on a record (`Stats.falls_in`,
what the report's list uses). Both must say the same for every precision and every kind of
period, on both backends: a meeting counts when its whole date lies in the period."""

from __future__ import annotations

from typing import Any

import pytest

import store
from store.stats import ALL_TIME

DATES = ["2024", "3/2024", "31/3/2024", "1/4/2024", "4/2024", "15/6/2024", "6/2024", "2023",
         "12/2023", "31/12/2023", "1/1/2025", "2025"]  # fmt: skip
PERIODS = ["2024", "q1/2024", "q2/2024", "3/2024", "4/2024", "2023..2024", "2024-03..2024-04",
           "2024-03-15..2024-06-20", "2024-01-01..2024-06-30", ALL_TIME]  # fmt: skip


@pytest.fixture
def dated(db: str) -> Any:
    with store.open_book(db, create=True) as book:
        for number, day in enumerate(DATES):
            record = store.validate_record({"title": f"Họp {number}", "date": day})
            assert isinstance(record, store.MeetingRecord), record
            book.add(record)
        yield book


@pytest.mark.parametrize("period", PERIODS)
def test_the_sql_and_the_python_rule_count_the_same_meetings(dated: Any, period: str) -> None:
    ids = dated.search("", limit=None).ids
    records = dict(zip(ids, dated.meetings(ids), strict=True))
    stats = dated.stats(period=period, today=None)
    in_python = {i for i, record in records.items() if stats.falls_in(record)}
    assert set(dated.counted_meetings(stats.query)) == in_python, period
    assert in_python and stats.meetings == len(in_python), period
