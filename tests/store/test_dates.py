"""Tests for store.dates: partial dates, ranges, times and parts of day."""

from __future__ import annotations

from datetime import date, time

import pytest

import store
import store.db
import store.repo
from store.dates import (
    DateError,
    PartialDate,
    parse_date_and_part,
    parse_date_range,
    parse_part_of_day,
    parse_partial_date,
    parse_time,
)
from store.vocabulary import PART_OF_DAY_VI, PARTS_OF_DAY

DECEMBER_2026 = date(2026, 12, 5)  # "today" for the two-digit years below


def one_line(error: pytest.ExceptionInfo[DateError]) -> str:
    message = str(error.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", PartialDate(2024)),
        ("2024-03", PartialDate(2024, 3)),
        ("2024-3", PartialDate(2024, 3)),
        ("2024-03-15", PartialDate(2024, 3, 15)),
        ("15/3/2024", PartialDate(2024, 3, 15)),
        ("15/03/2024", PartialDate(2024, 3, 15)),
        ("15-3-2024", PartialDate(2024, 3, 15)),
        ("15.3.2024", PartialDate(2024, 3, 15)),
        ("5/3/2024", PartialDate(2024, 3, 5)),
        ("3/2024", PartialDate(2024, 3)),
        ("03/2024", PartialDate(2024, 3)),
        ("3.2024", PartialDate(2024, 3)),
        ("tháng 5/2022", PartialDate(2022, 5)),
        ("Tháng 5/2022", PartialDate(2022, 5)),
        ("thang 5/2022", PartialDate(2022, 5)),
        ("tháng 5 năm 2022", PartialDate(2022, 5)),
        ("THÁNG 05 NĂM 2022", PartialDate(2022, 5)),
        ("ngày 15/3/2024", PartialDate(2024, 3, 15)),
        ("Ngay 15/3/2024", PartialDate(2024, 3, 15)),
        ("ngày 15 tháng 3 năm 2024", PartialDate(2024, 3, 15)),
        ("ngay 15 thang 3 nam 2024", PartialDate(2024, 3, 15)),
        ("Ngày  15  tháng 3  năm 2024", PartialDate(2024, 3, 15)),
        ("  2024-03-15\n", PartialDate(2024, 3, 15)),
        ("29/02/2024", PartialDate(2024, 2, 29)),
        ("1900", PartialDate(1900)),
        ("31/12/2199", PartialDate(2199, 12, 31)),
    ],
)
def test_parse_partial_date(text: str, expected: PartialDate) -> None:
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/02/2024", "'31/02/2024' is not a date: February 2024 has 29 days"),
        ("29/02/2023", "'29/02/2023' is not a date: February 2023 has 28 days"),
        ("31/4/2024", "April 2024 has 30 days"),
        ("2024-13", "'2024-13' is not a date: there is no month 13"),
        ("0/2024", "'0/2024' is not a date: there is no month 0"),
        ("2024-01-00", "January 2024 has 31 days"),
        ("1899", "year 1899 is out of range (1900-2199)"),
        ("2200-01", "year 2200 is out of range"),
        (
            "garbage",
            "'garbage' is not a date; use 2024-03-15, 15/3/2024, 15/3/24, 2024-03, 3/2024 or 2024",
        ),
        ("", "empty date; use 2024-03-15"),
        ("   ", "empty date"),
        ("24", "'24' is not a date; use"),
        ("15/3", "'15/3' needs a year; e.g. 15/3/"),
        # Two digits of a year only after a day and a month: 11/26 could be 11 March, year left out.
        ("11/26", "'11/26' is not a date; use"),
        ("15/3/202", "'15/3/202' is not a date"),
        ("15/3-2024", "'15/3-2024' is not a date"),  # mixed separators
        ("2024/03/15", "is not a date"),
        ("15 3 2024", "is not a date"),
        ("20\n24", "'20 24' is not a date"),  # still one line
        ("x" * 100, "'" + "x" * 40 + "…' is not a date"),
        ("tháng 5", "'tháng 5' needs a year; e.g. tháng 5/2024"),
        # A quarter is a period to search, never a meeting's date.
        ("quý 2/2024", "'quý 2/2024' is not a date; use 2024-03-15"),
    ],
)
def test_parse_partial_date_errors(text: str, message: str) -> None:
    with pytest.raises(DateError) as error:
        parse_partial_date(text)
    assert message in one_line(error)


def test_date_error_is_a_value_error() -> None:
    assert issubclass(DateError, ValueError)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ((2024, 2, 30), "30/02/2024 is not a date: February 2024 has 29 days"),
        ((2024, 13), "there is no month 13"),
        ((2024, None, 5), "a day needs a month"),
        ((1800,), "year 1800 is out of range"),
    ],
)
def test_partial_date_validates(fields: tuple[int | None, ...], message: str) -> None:
    with pytest.raises(DateError) as error:
        PartialDate(*fields)  # type: ignore[arg-type]
    assert message in one_line(error)


@pytest.mark.parametrize(
    ("value", "precision", "start", "end"),
    [
        (PartialDate(2024, 3, 15), "day", date(2024, 3, 15), date(2024, 3, 15)),
        (PartialDate(2024, 2), "month", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        (PartialDate(2023, 2), "month", date(2023, 2, 1), date(2023, 2, 28)),
        (PartialDate(2100, 2), "month", date(2100, 2, 1), date(2100, 2, 28)),  # not leap
        (PartialDate(2024, 4), "month", date(2024, 4, 1), date(2024, 4, 30)),
        (PartialDate(2024, 12), "month", date(2024, 12, 1), date(2024, 12, 31)),
        (PartialDate(2024), "year", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_period(value: PartialDate, precision: str, start: date, end: date) -> None:
    assert value.precision == precision
    assert value.start == start
    assert value.end == end


@pytest.mark.parametrize(
    ("value", "iso", "display"),
    [
        (PartialDate(2024, 3, 15), "2024-03-15", "15/03/2024"),
        (PartialDate(2024, 3, 5), "2024-03-05", "05/03/2024"),
        (PartialDate(2024, 3), "2024-03", "03/2024"),
        (PartialDate(2024), "2024", "2024"),
    ],
)
def test_iso_and_display_round_trip(value: PartialDate, iso: str, display: str) -> None:
    assert value.iso() == iso
    assert value.display() == display
    assert str(value) == iso
    assert parse_partial_date(iso) == value
    assert parse_partial_date(display) == value


def test_from_date() -> None:
    assert PartialDate.from_date(date(2022, 5, 30)) == PartialDate(2022, 5, 30)


@pytest.mark.parametrize(
    ("start", "precision", "expected"),
    [
        (date(2022, 5, 30), "day", PartialDate(2022, 5, 30)),
        (date(2022, 5, 1), "month", PartialDate(2022, 5)),
        (date(2022, 1, 1), "year", PartialDate(2022)),
        (date(2022, 5, 30), "month", PartialDate(2022, 5)),  # finer fields dropped
    ],
)
def test_from_parts(start: date, precision: str, expected: PartialDate) -> None:
    value = PartialDate.from_parts(start, precision)
    assert value == expected
    assert PartialDate.from_parts(value.start, value.precision) == value


def test_from_parts_unknown_precision() -> None:
    with pytest.raises(DateError) as error:
        PartialDate.from_parts(date(2022, 5, 30), "week")
    assert "use day, month or year" in one_line(error)


def test_partial_dates_are_hashable_and_frozen() -> None:
    assert len({PartialDate(2024, 3), PartialDate(2024, 3), PartialDate(2024)}) == 2
    with pytest.raises(AttributeError):
        PartialDate(2024).year = 2025  # type: ignore[misc]


def test_order_within_one_precision() -> None:
    assert PartialDate(2023, 12, 31) < PartialDate(2024, 1, 1)
    assert PartialDate(2024, 2) < PartialDate(2024, 3)
    assert PartialDate(2023) < PartialDate(2024, 1)


def test_sort_key_orders_mixed_precisions() -> None:
    dates = [PartialDate(2024, 3, 15), PartialDate(2024), PartialDate(2024, 3), PartialDate(2023)]
    assert sorted(dates, key=lambda d: d.sort_key) == [
        PartialDate(2023),
        PartialDate(2024),
        PartialDate(2024, 3),
        PartialDate(2024, 3, 15),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("15/3/2024", (date(2024, 3, 15), date(2024, 3, 15))),
        ("2024-01..2024-06", (date(2024, 1, 1), date(2024, 6, 30))),
        ("15/1/2024..20/2/2024", (date(2024, 1, 15), date(2024, 2, 20))),
        ("15.1.2024..20.2.2024", (date(2024, 1, 15), date(2024, 2, 20))),
        ("2023..2024", (date(2023, 1, 1), date(2024, 12, 31))),
        ("2024..2024", (date(2024, 1, 1), date(2024, 12, 31))),
        ("2024-03..2024-03-15", (date(2024, 3, 1), date(2024, 3, 15))),
        (" 2023 .. 2024 ", (date(2023, 1, 1), date(2024, 12, 31))),
        ("..2023", (None, date(2023, 12, 31))),
        ("..3/2023", (None, date(2023, 3, 31))),
        ("2024..", (date(2024, 1, 1), None)),
        ("tháng 5/2022..", (date(2022, 5, 1), None)),
        # The periods secretaries report on.
        ("quý 2/2024", (date(2024, 4, 1), date(2024, 6, 30))),
        ("Quý 1/2024", (date(2024, 1, 1), date(2024, 3, 31))),
        ("quy 4/2024", (date(2024, 10, 1), date(2024, 12, 31))),
        ("quý II/2024", (date(2024, 4, 1), date(2024, 6, 30))),
        ("QUÝ III NĂM 2024", (date(2024, 7, 1), date(2024, 9, 30))),
        ("quý 2 năm 2024", (date(2024, 4, 1), date(2024, 6, 30))),
        ("q2/2024", (date(2024, 4, 1), date(2024, 6, 30))),
        ("Q1-2024", (date(2024, 1, 1), date(2024, 3, 31))),
        ("q4.2023", (date(2023, 10, 1), date(2023, 12, 31))),
        ("2024-Q3", (date(2024, 7, 1), date(2024, 9, 30))),
        ("tháng 5/2022", (date(2022, 5, 1), date(2022, 5, 31))),
        ("thang 5/2022", (date(2022, 5, 1), date(2022, 5, 31))),
        ("tháng 2 năm 2024", (date(2024, 2, 1), date(2024, 2, 29))),
        ("năm 2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("nam 2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("6-2024", (date(2024, 6, 1), date(2024, 6, 30))),
        ("quý 1/2024..quý 2/2024", (date(2024, 1, 1), date(2024, 6, 30))),
        ("q3/2023..tháng 1/2024", (date(2023, 7, 1), date(2024, 1, 31))),
        ("..quý 1/2024", (None, date(2024, 3, 31))),
        ("quý 4/2024..", (date(2024, 10, 1), None)),
    ],
)
def test_parse_date_range(text: str, expected: tuple[date | None, date | None]) -> None:
    assert parse_date_range(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024..2023", "'2024..2023' starts after it ends"),
        ("20/2/2024..15/1/2024", "starts after it ends"),
        ("..", "'..' has no dates"),
        (" .. ", "has no dates"),
        ("", "empty date"),
        ("2024..31/02/2024", "'31/02/2024' is not a date: February 2024 has 29 days"),
        ("x..2024", "'x' is not a date"),
        ("2023..2024..2025", "is not a date range; use A..B, ..B or A.."),
        ("soon", "'soon' is not a date; use 2024-03-15, 15/3/2024, 3/2024, tháng 3/2024, quý 2"),
        ("quý 5/2024", "'quý 5/2024' is not a date: there is no quarter 5 (quarters are 1-4)"),
        ("q0/2024", "there is no quarter 0"),
        ("quý 2/1899", "year 1899 is out of range"),
        ("tháng 13/2024", "there is no month 13"),
        # Which year a bare month or quarter means would be a guess: the year is asked for.
        ("tháng 5", "'tháng 5' needs a year; e.g. tháng 5/2024"),
        ("thang 12..", "needs a year; e.g. tháng 5/2024"),
        ("quý 2", "'quý 2' needs a year; e.g. quý 2/2024"),
        ("q3", "needs a year; e.g. quý 2/2024"),
    ],
)
def test_parse_date_range_errors(text: str, message: str) -> None:
    with pytest.raises(DateError) as error:
        parse_date_range(text)
    assert message in one_line(error)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:00", time(14, 0)),
        ("14:30", time(14, 30)),
        ("8:00", time(8, 0)),
        ("08:05", time(8, 5)),
        ("0:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("14h", time(14, 0)),
        ("14h30", time(14, 30)),
        ("14H30", time(14, 30)),
        ("14g30", time(14, 30)),
        ("8h", time(8, 0)),
        ("14 giờ 30", time(14, 30)),
        (" 14:30 ", time(14, 30)),
        # As the minutes say them: the part of day gives the half of the day.
        ("2h chiều", time(14, 0)),
        ("2 giờ chiều", time(14, 0)),
        ("2 gio chieu", time(14, 0)),
        ("14h chiều", time(14, 0)),  # already on the 24-hour clock
        ("2h30 chiều", time(14, 30)),
        ("2 giờ rưỡi chiều", time(14, 30)),
        ("14 giờ 30 phút", time(14, 30)),
        ("14g30", time(14, 30)),
        ("8h sáng", time(8, 0)),
        ("8 giờ buổi sáng", time(8, 0)),
        ("0h sáng", time(0, 0)),
        ("7 giờ tối", time(19, 0)),
        ("19h tối", time(19, 0)),
        ("12 giờ trưa", time(12, 0)),
        ("1 giờ trưa", time(13, 0)),
        ("11h30 trưa", time(11, 30)),
        ("7h chiều", time(19, 0)),
        ("2h afternoon", time(14, 0)),
    ],
)
def test_parse_time(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "24:00",
            "'24:00' is not a time: there is no hour 24; "
            "use 14:30, 8:00, 14h, 14h30, 14 giờ 30 or 2h chiều",
        ),
        ("14:60", "there is no minute 60"),
        ("14", "'14' is not a time; use"),
        ("14:", "'14:' is not a time"),
        ("14:3", "'14:3' is not a time"),
        ("2pm", "'2pm' is not a time"),
        ("", "'' is not a time"),
        # An hour that is no hour of the part said is a slip, not a meaning: refused.
        ("9h chiều", "'9h chiều' is not a time: chiều is 12h to 19h; use 14:30"),
        ("12h tối", "tối is 17h to 23h"),
        ("12h sáng", "sáng is 0h to 11h"),
        ("3 giờ trưa", "trưa is 11h to 14h"),
        ("14h sáng", "sáng is 0h to 11h"),
        ("25h chiều", "there is no hour 25"),
        ("2h đêm", "'2h đêm' is not a time; use 14:30, 8:00, 14h, 14h30, 14 giờ 30 or 2h chiều"),
        ("chiều", "'chiều' is not a time"),
        ("14:ruoi", "is not a time"),
    ],
)
def test_parse_time_errors(text: str, message: str) -> None:
    with pytest.raises(DateError) as error:
        parse_time(text)
    assert message in one_line(error)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *[(code, code) for code in PARTS_OF_DAY],
        ("Morning", "morning"),
        ("sáng", "morning"),
        ("Sáng", "morning"),
        ("sang", "morning"),
        ("trưa", "noon"),
        ("TRUA", "noon"),
        ("chiều", "afternoon"),
        ("Chiều", "afternoon"),
        ("chieu", "afternoon"),
        ("tối", "evening"),
        ("toi", "evening"),
        ("buổi chiều", "afternoon"),
        (" tối ", "evening"),
    ],
)
def test_parse_part_of_day(text: str, expected: str) -> None:
    assert parse_part_of_day(text) == expected


@pytest.mark.parametrize("text", ["night", "", "chiều tối", "buổi", "đêm"])
def test_parse_part_of_day_errors(text: str) -> None:
    with pytest.raises(DateError) as error:
        parse_part_of_day(text)
    message = one_line(error)
    assert "is not a part of day" in message
    assert "morning/sáng, noon/trưa, afternoon/chiều or evening/tối" in message


def test_part_of_day_vietnamese_names() -> None:
    assert tuple(PART_OF_DAY_VI) == PARTS_OF_DAY
    assert PART_OF_DAY_VI == {
        "morning": "sáng",
        "noon": "trưa",
        "afternoon": "chiều",
        "evening": "tối",
    }
    for code, word in PART_OF_DAY_VI.items():
        assert parse_part_of_day(word) == code


# Two-digit years ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/11/26", PartialDate(2026, 11, 12)),
        ("12.11.26", PartialDate(2026, 11, 12)),
        ("12-11-26", PartialDate(2026, 11, 12)),
        ("ngày 5/3/24", PartialDate(2024, 3, 5)),
        ("1/1/00", PartialDate(2000, 1, 1)),
        # Next year is still this century: meetings are planned ahead...
        ("1/1/27", PartialDate(2027, 1, 1)),
        # ... but not years ahead: an old record is being typed in.
        ("1/1/28", PartialDate(1928, 1, 1)),
        ("15/3/98", PartialDate(1998, 3, 15)),
    ],
)
def test_two_digit_years(text: str, expected: PartialDate) -> None:
    assert parse_partial_date(text, today=DECEMBER_2026) == expected


def test_the_century_follows_today() -> None:
    assert parse_partial_date("1/1/27", today=date(2025, 6, 1)) == PartialDate(1927, 1, 1)
    assert parse_partial_date("1/1/26", today=date(2025, 6, 1)) == PartialDate(2026, 1, 1)
    assert parse_partial_date("1/1/27", today=date(2026, 1, 1)) == PartialDate(2027, 1, 1)
    assert parse_partial_date("1/1/00").year == 2000  # the real today


def test_a_two_digit_year_is_shown_back_in_full() -> None:
    read = parse_partial_date("12/11/26", today=DECEMBER_2026)
    assert read.display() == "12/11/2026"
    assert read.iso() == "2026-11-12"


def test_a_two_digit_year_is_checked_as_the_year_it_is_read_as() -> None:
    with pytest.raises(DateError) as error:
        parse_partial_date("29/2/26", today=DECEMBER_2026)
    assert "'29/2/26' is not a date: February 2026 has 28 days" in one_line(error)


# The part of day in the date ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/11/2026", (PartialDate(2026, 11, 12), None)),
        ("chiều 12/11/2026", (PartialDate(2026, 11, 12), "afternoon")),
        ("12/11/2026 chiều", (PartialDate(2026, 11, 12), "afternoon")),
        ("Chiều ngày 12/11/2026", (PartialDate(2026, 11, 12), "afternoon")),
        ("sáng ngày 15 tháng 3 năm 2024", (PartialDate(2024, 3, 15), "morning")),
        ("buổi tối 5/2024", (PartialDate(2024, 5), "evening")),
        ("12/11/2026, buổi trưa", (PartialDate(2026, 11, 12), "noon")),
        ("12/11/2026 (chiều)", (PartialDate(2026, 11, 12), "afternoon")),
        ("chieu 12/11/2026", (PartialDate(2026, 11, 12), "afternoon")),
        ("afternoon 2026-11-12", (PartialDate(2026, 11, 12), "afternoon")),
        ("chiều 12/11/26", (PartialDate(2026, 11, 12), "afternoon")),
        ("  tối   2024 ", (PartialDate(2024), "evening")),
    ],
)
def test_parse_date_and_part(text: str, expected: tuple[PartialDate, str | None]) -> None:
    assert parse_date_and_part(text, today=DECEMBER_2026) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("chiều", "'chiều' needs a date; e.g. chiều 15/3/2024"),
        ("buổi sáng", "'buổi sáng' needs a date"),
        ("chiều 31/2/2026", "'31/2/2026' is not a date: February 2026 has 28 days"),
        ("chiều 15/3", "'15/3' needs a year; e.g. 15/3/"),
        ("12/11/2026 đêm", "is not a date; use"),
        ("sáng chiều 12/11/2026", "is not a date"),
        ("", "empty date"),
        ("garbage", "with a part of day if you like: chiều 15/3/2024"),
    ],
)
def test_parse_date_and_part_errors(text: str, message: str) -> None:
    with pytest.raises(DateError) as error:
        parse_date_and_part(text)
    assert message in one_line(error)


def test_a_date_alone_is_never_read_with_a_part_of_day() -> None:
    # Approval dates, deadlines, searches: a part of day there is a mistake, not a reading.
    with pytest.raises(DateError):
        parse_partial_date("chiều 12/11/2026")


# ... through the one validator, as the form and the CLI save it -----------------------------------


def valid(**fields: object) -> store.MeetingRecord:
    record = store.validate_record({"title": "Giao ban", **fields})
    assert isinstance(record, store.MeetingRecord), record
    return record


def problem(**fields: object) -> store.Problem:
    problems = store.validate_record({"title": "Giao ban", **fields})
    assert isinstance(problems, list) and len(problems) == 1, problems
    assert "\n" not in problems[0].reason
    return problems[0]


def test_the_record_takes_the_part_of_day_from_the_date() -> None:
    record = valid(date="chiều 12/11/2026")
    assert (record.date, record.part_of_day) == (PartialDate(2026, 11, 12), "afternoon")
    assert valid(date="12/11/2026 sáng").part_of_day == "morning"
    # Said twice alike is said once.
    assert valid(date="chiều 12/11/2026", part_of_day="chiều").part_of_day == "afternoon"
    assert valid(date="chiều 12/11/2026", part_of_day="afternoon").part_of_day == "afternoon"
    # A date without one leaves the part of day as given.
    assert valid(date="12/11/2026", part_of_day="tối").part_of_day == "evening"
    assert valid(date="2026-11-12").part_of_day is None


def test_two_parts_of_day_are_refused_naming_the_date() -> None:
    found = problem(date="chiều 12/11/2026", part_of_day="sáng")
    assert found.field == "date"
    assert (
        found.reason == "'chiều 12/11/2026' says chiều but the part of day is 'sáng': give it once"
    )


def test_a_wrong_date_or_part_is_told_as_before() -> None:
    found = problem(date="chiều 31/2/2026")
    assert (found.field, found.reason) == (
        "date",
        "'31/2/2026' is not a date: February 2026 has 28 days",
    )
    found = problem(date="chiều 12/11/2026", part_of_day="đêm")
    assert found.field == "part_of_day"
    assert "'đêm' is not a part of day" in found.reason
    assert problem(date="chiều").reason == "'chiều' needs a date; e.g. chiều 15/3/2024"
    assert "control character" in problem(date="chiều\x0012/11/2026").reason


def test_times_as_written_are_saved_on_the_24_hour_clock() -> None:
    record = valid(date="12/11/2026", start_time="2h chiều", end_time="4 giờ rưỡi chiều")
    assert (record.start_time, record.end_time) == (time(14, 0), time(16, 30))
    assert record.to_json()["start_time"] == "14:00"


def test_a_book_keeps_what_the_date_box_said(book: store.db.Store) -> None:
    """On each backend: `chiều 12/11/26` is saved as 12 November 2026 (20xx from 2025 on), in
    the afternoon, from 14:00."""
    with book.session() as session:
        meeting_id = store.repo.create_meeting(
            valid(date="chiều 12/11/26", start_time="2h chiều"), session=session
        )
    with book.session() as session:
        saved = store.repo.load_records([meeting_id], session=session)[meeting_id]
    assert saved.date == PartialDate(2026, 11, 12)
    assert (saved.part_of_day, saved.start_time) == ("afternoon", time(14, 0))


@pytest.mark.parametrize("typed", ["30/5", "ngày 30/5", "30.5"])
def test_a_day_and_month_without_a_year_is_told_what_is_missing(typed: str) -> None:
    # "Chiều 30/5" is how reports date a meeting: the secretary is told to add the year, with
    # this year in the example, not that it is no date at all.
    with pytest.raises(DateError) as error:
        parse_partial_date(typed, today=DECEMBER_2026)
    assert one_line(error) == f"{typed!r} needs a year; e.g. 30/5/2026"
    with pytest.raises(DateError) as error:
        parse_date_and_part(f"Chiều {typed}", today=DECEMBER_2026)
    assert one_line(error) == f"{typed!r} needs a year; e.g. 30/5/2026"
