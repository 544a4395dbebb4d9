"""The figures' summaries (`store.stats_summary`) stay exact on every write path: after each, the
kept counts equal the counts made from the rows (`recount`), and the figures read off them equal
those the rows give (`store.stats_sql`'s and `store.stats_attendance`'s own statements), on both
backends; and a book from before them gets them filled when upgraded."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest

import store
from store import stats_attendance, stats_sql, stats_summary
from store.query import parse_query
from store.stats import ALL_TIME, stats_query
from store.stats_scope import _matching
from tests.helpers import downgraded

# Every precision, two kinds and none, a meeting naming one body twice, and the months a
# period's edges fall on (a year dated only to 2024 is in 2024's figures, never in a quarter's).
MEETINGS = [
    ("2024", "hội nghị", ["Ban A"]),
    ("3/2024", None, ["Ban A", "Ban B"]),
    ("31/3/2024", "họp", ["Ban B", "Ban B"]),
    ("1/4/2024", "hội nghị", []),
    ("12/2023", "họp", ["Ban C", "Ban A"]),
    ("2023", None, ["Ban C"]),
    ("15/6/2025", "hội nghị", ["Ban A"]),
]
PERIODS = ["2024", "q1/2024", "q2/2024", "3/2024", "2023..2024", "2024-03..2024-04", ALL_TIME]


def record(
    number: int, day: str, kind: str | None, bodies: list[str], uid: str | None = None
) -> store.MeetingRecord:
    fields: dict[str, Any] = {"title": f"Họp {number}", "date": day, "organisers": bodies}
    if uid:
        fields["uid"] = uid
    if kind:
        fields["kind"] = kind
    # Two roles at one meeting, someone absent, someone both named absent and attending: each
    # meeting counts once per person, absent only when in no other role.
    fields["participants"] = [
        {"name": f"Người {number % 3}", "role": "chair"},
        {"name": f"Người {number % 3}", "role": "speaker"},
        {"name": f"Người {(number + 1) % 3}", "role": "absent"},
        {"name": f"Khách {number % 2}", "role": "attendee"},
        {"name": f"Khách {number % 2}", "role": "absent"},
        {"name": f"Khách {number % 4 + 2}", "role": "attendee" if number % 2 else "absent"},
    ]
    made = store.validate_record(fields)
    assert isinstance(made, store.MeetingRecord), made
    return made


@pytest.fixture
def filled(db: str) -> Any:
    with store.open_book(db, create=True) as book:
        for number, (day, kind, bodies) in enumerate(MEETINGS):
            book.add(record(number, day, kind, bodies))
        yield book


def assert_exact(book: store.Book) -> None:
    """The summaries hold what the rows say, and every period's figures read off them are the
    ones the rows give."""
    with book._store.session() as session:
        conn = session.connection()
        assert stats_summary.recount(conn) == []
        for period in PERIODS:
            parsed = parse_query(stats_query(None, period, book_today()))
            assert stats_summary.serves(parsed, None), period
            scope = _matching(parsed, session)
            assert stats_summary.dated(conn, parsed) == stats_sql._dated(conn, scope), period
            summed = stats_sql._bodies(conn, scope, "", None, parsed)
            assert summed == stats_sql._bodies(conn, scope, "", None), period
            # Each person's attendance over the period, and the list cut short, as the rows say.
            scoped = partial(_scoped_to, scope=scope)
            rows = stats_attendance._exact(conn, scoped, None, None)
            assert stats_summary.attendance(conn, parsed, None) == rows, period
            cut = stats_summary.attendance(conn, parsed, 2)
            assert cut == (rows[0][:2], rows[1]), period
            assert period != ALL_TIME or rows[0], "the records name people"


def _scoped_to(statement: Any, column: Any, scope: Any) -> Any:
    return stats_sql._scoped(statement, column, scope)


def book_today() -> Any:
    from datetime import date

    return date(2025, 12, 31)


def test_adding_saving_and_deleting_keep_the_summaries_exact(filled: store.Book) -> None:
    assert_exact(filled)
    stats = filled.stats(period="2024", today=book_today())
    assert stats.meetings == 4 and {row.name: row.meetings for row in stats.by_body} == {
        "Ban A": 2, "Ban B": 2
    }  # fmt: skip
    ids = filled.search("", limit=None).ids
    first = filled.meeting(ids[0])
    moved = record(9, "5/2023", "họp", ["Ban B", "Ban C", "Ban B"], first.uid)
    filled.save(ids[0], moved, expected_version=None)  # another month, kind and bodies
    assert_exact(filled)
    filled.delete(ids[1])
    filled.delete(ids[2])
    assert_exact(filled)
    filled.restore(ids[1])
    assert_exact(filled)
    filled.empty_trash()
    assert_exact(filled)


def test_history_a_merge_and_an_import_keep_the_summaries_exact(filled: store.Book) -> None:
    ids = filled.search("", limit=None).ids
    before = filled.meeting(ids[3])
    filled.save(ids[3], record(8, "2022", None, ["Ban D"], before.uid), expected_version=None)
    assert_exact(filled)
    history = filled.history(ids[3])
    filled.revert(ids[3], history[0].version, expected_version=None)
    assert_exact(filled)
    filled.merge_people(filled.find_person("Người 0"), filled.find_person("Người 1"))
    assert_exact(filled)
    more = [record(20 + n, day, kind, bodies) for n, (day, kind, bodies) in enumerate(MEETINGS)]
    filled.import_records(more)
    assert_exact(filled)
    assert filled.stats(period=ALL_TIME).meetings == 2 * len(MEETINGS)


def test_a_copy_has_the_same_summaries(filled: store.Book, tmp_path: Path) -> None:
    copy = store.open_book(str(tmp_path / "copy.db"), create=True)
    filled.copy_to(copy)
    assert_exact(copy)
    assert copy.stats(period=ALL_TIME) == filled.stats(period=ALL_TIME)
    copy.close()


@pytest.mark.parametrize("revision", ["0011", "0012"])
def test_an_older_book_gets_its_summaries_when_upgraded(db: str, revision: str) -> None:
    book = store.open_book(db, create=True)
    for number, (day, kind, bodies) in enumerate(MEETINGS):
        book.add(record(number, day, kind, bodies))
    book.close()
    downgraded(db, revision)
    book = store.open_book(db)
    assert_exact(book)
    assert book.check().problems == []
    book.close()


def test_db_check_says_when_a_summary_drifted(filled: store.Book) -> None:
    with filled._store.session(write=True) as session:
        session.connection().execute(
            stats_summary.SM.update().values(meetings=stats_summary.SM.c.meetings + 1)
        )
    problems = filled.check().problems
    assert problems and all(line.startswith("stats_meetings") for line in problems)
    with filled._store.session(write=True) as session:
        stats_summary.rebuild(session.connection())
    assert filled.check().problems == []
    with filled._store.session(write=True) as session:
        session.connection().execute(
            stats_summary.SP.update().values(absent=stats_summary.SP.c.absent + 2)
        )
    problems = filled.check().problems
    assert problems and all(line.startswith("stats_people") for line in problems)
    assert " kept, " in problems[0] and "/" in problems[0]  # present/absent/chaired, both sides
