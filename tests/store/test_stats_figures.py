"""`Book.stats(figures=..., person=...)`: the lists asked for equal the same lists of the full
figures; a person's figures and the decisions of each period equal counts made here from the
records, read one by one, on a generated book."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

import store
from store.stats import ALL_TIME, DEFAULT_FIGURES, FIGURES

TODAY = date(2026, 12, 5)


@pytest.fixture
def generated(generated_at: Any) -> Any:
    book = generated_at(200, seed=5)
    yield book
    book.close()


def month_of(record: store.MeetingRecord) -> tuple[int, int | None]:
    return record.date.year, record.date.month


@pytest.mark.parametrize("period", [ALL_TIME, "2020"])
def test_each_list_alone_equals_the_full_figures(generated: Any, period: str) -> None:
    full = generated.stats(period=period, today=TODAY, top=5)
    assert full.counted == DEFAULT_FIGURES
    alone = {name: generated.stats(period=period, today=TODAY, top=5, figures=(name,))
             for name in FIGURES}  # fmt: skip
    none = generated.stats(period=period, today=TODAY, top=5, figures=())
    assert (none.meetings, none.kinds, none.by_kind) == (full.meetings, full.kinds, full.by_kind)
    assert [row.meetings for row in none.months] == [row.meetings for row in full.months]
    assert not (none.by_body or none.attendance or none.decision_statuses or none.documents)
    assert alone["bodies"].by_body == full.by_body and alone["bodies"].months == full.months
    assert alone["attendance"].attendance == full.attendance
    decisions = alone["decisions"]
    assert (decisions.decision_statuses, decisions.owners, decisions.overdue) == (
        full.decision_statuses, full.owners, full.overdue
    )  # fmt: skip
    assert alone["documents"].documents == full.documents
    with pytest.raises(ValueError, match="no such figure"):
        generated.stats(period=period, figures=("pies",))


def test_the_decisions_of_each_period_are_the_records(generated: Any) -> None:
    records = list(generated.iter_meetings())
    counted: dict[tuple[int, int | None], Counter[str]] = {}
    for record in records:
        counted.setdefault(month_of(record), Counter()).update(d.status for d in record.decisions)
    stats = generated.stats(period=ALL_TIME, today=TODAY, figures=("decisions_by_period",))
    for row in stats.months:
        said = {count.status: count.decisions for count in row.decisions}
        assert said == {k: v for k, v in counted.get((row.year, row.number), {}).items() if v}
    by_quarter: Counter[tuple[int, int | None, str]] = Counter()
    for (year, month), statuses in counted.items():
        for status, count in statuses.items():
            by_quarter[(year, None if month is None else (month - 1) // 3 + 1, status)] += count
    for row in stats.quarters:
        for count in row.decisions:
            assert count.decisions == by_quarter[(row.year, row.number, count.status)]
    assert sum(c.decisions for row in stats.months for c in row.decisions) == sum(
        len(record.decisions) for record in records
    )


@pytest.mark.parametrize("period", [ALL_TIME, "2021"])
def test_a_person_s_figures_are_their_records(generated: Any, period: str) -> None:
    records = list(generated.iter_meetings())
    busiest = Counter(p.name for r in records for p in {x.name: x for x in r.participants}.values())
    name = busiest.most_common(1)[0][0]
    person = generated.person_named(name)
    present: Counter[tuple[int, int | None]] = Counter()
    absent: Counter[tuple[int, int | None]] = Counter()
    chaired: Counter[tuple[int, int | None]] = Counter()
    for record in records:
        if period != ALL_TIME and record.date.year != int(period):
            continue
        held = {p.role for p in record.participants if p.name == name}
        if held:
            present[month_of(record)] += held != {"absent"}
            absent[month_of(record)] += held == {"absent"}
            chaired[month_of(record)] += "chair" in held
    stats = generated.stats(period=period, today=TODAY, person=person, figures=())
    assert stats.person is not None and stats.person.name == name
    assert stats.person.person_id == person
    assert (stats.person.present, stats.person.absent, stats.person.chaired) == (
        sum(present.values()), sum(absent.values()), sum(chaired.values())
    )  # fmt: skip
    assert stats.meetings == sum(present.values()) + sum(absent.values())
    for row in stats.months:
        key = (row.year, row.number)
        assert row.attended is not None
        assert (row.attended.present, row.attended.absent, row.attended.chaired) == (
            present[key], absent[key], chaired[key]
        ), key  # fmt: skip
        assert row.meetings == present[key] + absent[key]
        assert f'person:"{name}"' in row.query
        if row.exact:
            assert generated.search(row.query, limit=None).total == row.meetings, row.query
    assert generated.stats(period=period, today=TODAY, figures=()).months[0].attended is None


def test_nobody_s_figures_are_empty(generated: Any) -> None:
    stats = generated.stats(period=ALL_TIME, today=TODAY, person=10**6)
    assert stats.meetings == 0 and stats.person is None and stats.months == ()
