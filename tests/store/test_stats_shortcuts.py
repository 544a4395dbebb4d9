"""The committee's figures take shortcuts (`store.stats_attendance` bounds each person's meetings
by their participations before counting the few who can be shown, over a period the summaries do
not hold: one that starts or ends inside a month; the owners of decisions are
ranked in SQL; the overdue decisions are read by deadline first): on a generated book, with short
lists, they equal the figures counted the slow obvious way, every list in full and then cut, and
attendance counted here from the records."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

import store
import store.stats_attendance
from store.stats import ALL_TIME
from tests.helpers import a_meeting

TODAY = date(2026, 12, 5)


@pytest.fixture
def generated(generated_at: Any) -> Any:
    book = generated_at(300, seed=3)
    yield book
    book.close()


@pytest.mark.parametrize("period", [ALL_TIME, "quý 3/2019", "2019-03-10..2020-11-20"])
@pytest.mark.parametrize(("top", "named"), [(1, 1), (3, 5), (10, 40)])
def test_short_lists_equal_the_full_ones_cut(
    generated: Any, period: str, top: int, named: int
) -> None:
    fast = generated.stats(period=period, today=TODAY, top=top, named=named)
    slow = generated.stats(period=period, today=TODAY, top=None, named=None)
    assert fast.meetings and fast.overdue_total
    assert fast.attendance == slow.attendance[:top]
    assert fast.people_total == slow.people_total
    assert fast.owners == slow.owners[:top] and fast.owners_total == slow.owners_total
    assert fast.overdue == slow.overdue[:named] and fast.overdue_total == slow.overdue_total
    assert fast.documents == slow.documents[:top]
    assert fast.by_body == slow.by_body[:top]


@pytest.mark.parametrize("period", ["2019-03-10..2020-11-20", "2020-01-02..2020-12-31"])
@pytest.mark.parametrize("most", [0, 3])
def test_attendance_with_too_many_candidates_counts_everyone(
    generated: Any, monkeypatch: pytest.MonkeyPatch, period: str, most: int
) -> None:
    # Past MOST_CANDIDATES the second round counts everyone exactly: the same list.
    slow = generated.stats(period=period, today=TODAY, top=None, figures=("attendance",))
    monkeypatch.setattr(store.stats_attendance, "MOST_CANDIDATES", most)
    for top in (1, 2, 4):
        fast = generated.stats(period=period, today=TODAY, top=top, figures=("attendance",))
        assert fast.attendance == slow.attendance[:top]
        assert fast.people_total == slow.people_total


def test_attendance_is_the_records_count(generated: Any) -> None:
    present: Counter[str] = Counter()
    absent: Counter[str] = Counter()
    chaired: Counter[str] = Counter()
    for record in generated.iter_meetings():
        roles: dict[str, set[str]] = {}
        for person in record.participants:
            roles.setdefault(person.name, set()).add(person.role)
        for name, held in roles.items():
            present[name] += held != {"absent"}
            absent[name] += held == {"absent"}
            chaired[name] += "chair" in held
    stats = generated.stats(period=ALL_TIME, today=TODAY, top=5)
    counted = sorted(present, key=lambda name: (-present[name], -chaired[name], absent[name]))
    assert [row.present for row in stats.attendance] == [present[n] for n in counted[:5]]
    for row in stats.attendance:
        assert (row.present, row.absent, row.chaired) == (
            present[row.name],
            absent[row.name],
            chaired[row.name],
        )
    assert stats.people_total == len(present | absent)


@pytest.mark.parametrize("period", [ALL_TIME, "2024"])
def test_one_with_fewer_participations_but_more_meetings_is_counted_in_a_second_round(
    db: str, period: str
) -> None:
    # Participations only bound meetings present: Ba holds three roles at each of two meetings
    # (six), Chi two at each of two (four), An one at each of three (three). The first round
    # counts the two with the most participations, present at two meetings each; An, with three
    # participations, may beat them and is counted next, and is first.
    book = store.open_book(db)
    roles = ("chair", "speaker", "secretary")
    for day in (1, 2, 3):
        people = [{"name": "Lê Văn An", "role": "attendee"}]
        if day < 3:
            people += [{"name": "Trần Thị Ba", "role": role} for role in roles]
            people += [{"name": "Phạm Văn Chi", "role": role} for role in roles[1:]]
        book.add(a_meeting(uid=f"round-{day}", date=f"2024-05-0{day}", participants=people))
    stats = book.stats(period=period, today=TODAY, top=1, figures=("attendance",))
    book.close()
    assert [(row.name, row.present, row.chaired) for row in stats.attendance] == [
        ("Lê Văn An", 3, 0)
    ]
    assert stats.people_total == 3
