"""A meeting the book may already hold, asked before a draft is saved (`Book.same_meeting`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import store

SIGNING = (
    "Hội nghị ký kết Quy chế phối hợp giữa Đảng đoàn Liên đoàn Lao động tỉnh Bắc Giang với Ban "
    "Thường vụ các huyện ủy và Đảng ủy Khối các cơ quan tỉnh"
)


@pytest.fixture
def book(db: str) -> Iterator[store.Book]:
    opened = store.open_book(db)
    yield opened
    opened.close()


def record(**fields: Any) -> store.MeetingRecord:
    data = {"title": SIGNING, "date": "2023-03-14", "part_of_day": "afternoon", **fields}
    return store.MeetingRecord.model_validate(data)


def test_a_draft_that_spells_the_title_otherwise_and_gives_no_place_is_perhaps_the_meeting(
    book: store.Book,
) -> None:
    kept = book.add(record(location="Bắc Giang"))
    book.add(record(title="Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh lần thứ 9"))
    drafted = record(
        title="Hội nghị ký kết Quy chế phối hợp giữa Đảng đoàn LĐLĐ tỉnh với Ban Thường vụ "
        "các huyện ủy",
        date_inferred=True,
    )
    assert book.same_meeting(drafted) == store.Twin(kept, exact=False)


def test_the_meeting_an_import_would_take_the_record_for_is_said_exactly(
    book: store.Book,
) -> None:
    kept = book.add(record(location="Bắc Giang"))
    assert book.same_meeting(record(location="Bac Giang")) == store.Twin(kept, exact=True)


@pytest.mark.parametrize(
    "other",
    [
        {"date": "2023-03-15"},  # another day
        {"part_of_day": "morning"},  # the morning's meeting, not the afternoon's
        {"title": "Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh lần thứ 9"},  # another title
        {"title": "Hội nghị ký kết"},  # too few words to tell meetings apart
        {"date": "2023-03"},  # a month holds many meetings alike
    ],
    ids=["day", "part of day", "title", "short title", "month"],
)
def test_a_meeting_only_somewhat_like_it_is_not_named(
    book: store.Book, other: dict[str, str]
) -> None:
    book.add(record(location="Bắc Giang"))
    fields = {"title": "Ký kết Quy chế phối hợp giữa Đảng đoàn LĐLĐ tỉnh với Ban Thường vụ"}
    assert book.same_meeting(record(**{**fields, **other})) is None


PEOPLE = [
    {"name": "Nguyễn Văn Hùng", "role": "chair"},
    {"name": "Trần Thị Mai", "role": "attendee"},
    {"name": "Lê Quốc Bảo", "role": "attendee"},
]


def test_a_draft_whose_title_is_cut_short_is_perhaps_the_meeting_of_that_day_with_its_people(
    book: store.Book,
) -> None:
    # A report shortened the title past likeness ("... giữa hai bên") and named the people
    # the minutes named: a newcomer's draft of a meeting already in the book was not told so.
    kept = book.add(record(location="Bắc Giang", participants=PEOPLE))
    book.add(record(title="Hội nghị Ban Chấp hành lần thứ 9", participants=PEOPLE[:1]))
    shortened = {"title": "Ký kết quy chế phối hợp năm 2023 giữa hai bên", "location": None}
    told = store.Twin(kept, exact=False, people=2)
    assert book.same_meeting(record(**shortened, participants=PEOPLE[1:])) == told
    said = store.twin_said(book, record(**shortened, participants=PEOPLE[1:]))
    assert said is not None and said[1].endswith("(the same day, 2 of the same people).")
    # One person in common is no evidence; nor the same people another day or part of the day.
    assert book.same_meeting(record(**shortened, participants=PEOPLE[:1])) is None
    assert book.same_meeting(record(**shortened, date="2023-03-15", participants=PEOPLE)) is None
    morning = record(**shortened, part_of_day="morning", participants=PEOPLE)
    assert book.same_meeting(morning) is None
