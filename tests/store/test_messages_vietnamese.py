"""The store's messages under `set_language("vi")`: one line, in Vietnamese, naming the file, the
line and the field; under English they read as they always did.

Data stays as it is (file names, values typed, field codes in quotes), so the English words are
looked for in the message with its quoted parts taken out.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import store.dates
from store import urls
from store.db import Store
from store.errors import Problem, StoreError
from store.exchange import json_records, raw
from store.i18n import CATALOGS, set_language
from store.importer import ImportFailed, import_files
from store.query import QueryError, parse_query
from store.record import MeetingRecord, validate_record

ROOT = Path(__file__).resolve().parents[2]
# Words only English says in these messages; none is Vietnamese, a code or a value typed.
ENGLISH = (
    "is", "not", "the", "a", "must", "should", "be", "field", "line", "record", "row", "required",
    "empty", "unknown", "use", "of", "has", "days", "needs", "text", "there", "no", "hour",
    "February", "date", "time", "valid", "JSON", "at", "or", "and",
)  # fmt: skip
# Data in a message: quoted values, a query's items (`date:2024`, `person:`), codes (`end_time`),
# paths (`docs/format.md`).
DATA = re.compile(r"'[^']*'|\"[^\"]*\"|\w+:\S*|\w+_\w+|\S+/\S+")


def english_words(message: str) -> list[str]:
    prose = DATA.sub(" ", message)
    return [word for word in re.findall(r"\w+", prose) if word in ENGLISH]


@pytest.fixture
def vi() -> Iterator[None]:
    set_language("vi")
    yield
    set_language("en")


def problems(data: object, source: str = "loi.csv", line: int = 3) -> list[Problem]:
    result = validate_record(data, source=source, record=line)
    assert not isinstance(result, MeetingRecord)
    return result


def said(data: object) -> str:
    found = problems(data)
    assert len(found) == 1, found
    return str(found[0])


BAD_DATE = {"title": "Giao ban", "date": "31/2/2024"}
NO_TITLE = {"date": "15/3/2024"}
BAD_TIME = {"title": "Giao ban", "date": "15/3/2024", "start_time": "25:00"}


def test_a_bad_date_in_vietnamese(vi: None) -> None:
    message = said(BAD_DATE)
    assert message == (
        "loi.csv, dòng 3, trường 'date': '31/2/2024' không phải là ngày: tháng 2/2024 có 29 ngày"
    )
    assert english_words(message) == []


def test_a_missing_title_in_vietnamese(vi: None) -> None:
    message = said(NO_TITLE)
    assert message.startswith("loi.csv, dòng 3, trường 'title': ") and "\n" not in message
    assert english_words(message) == [], message


def test_a_bad_time_in_vietnamese(vi: None) -> None:
    message = said(BAD_TIME)
    assert message.startswith("loi.csv, dòng 3, trường 'start_time': '25:00' không phải là giờ")
    assert english_words(message) == [], message


@pytest.mark.parametrize(
    "data",
    [
        {"title": "Họp", "date": "15/3/2024", "participants": [{"name": "An", "role": "boss"}]},
        {"title": "Giao ban", "date": "tháng 5"},
        {"title": "Giao ban", "date": "15/3/2024", "start_time": "9 giờ chiều"},
        {"title": "Giao ban", "date": "15/3/2024", "start_time": "10:00", "end_time": "9:00"},
        {"title": "Giao ban", "date": "15/3/2024", "status": "approved"},
        {"title": "x" * 600, "date": "2024"},
        {"title": "Giao ban", "date": "2024", "version": "x"},
        {"title": "Giao ban", "date": "2024", "nguoi": "An"},
        {"title": "Giao ban", "date": "chiều 15/3/2024", "part_of_day": "sáng"},
    ],
)  # fmt: skip
def test_other_record_mistakes_in_vietnamese(vi: None, data: dict[str, object]) -> None:
    for problem in problems(data):
        assert english_words(str(problem)) == [], str(problem)


def test_an_unknown_query_field_in_vietnamese(vi: None) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query("nguoi:khang chuc:x")
    message = str(caught.value)
    assert message.startswith("không có trường 'chuc'; dùng nguoi:, chutri:, donvi:")
    assert english_words(message) == [], message


@pytest.mark.parametrize(
    "query", ["date:31/2/2024", "status:xx", "person:", '"abc', "date:2024..2023"]
)
def test_other_query_mistakes_in_vietnamese(vi: None, query: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(query)
    assert english_words(str(caught.value)) == [], str(caught.value)


def test_a_bad_import_line_in_vietnamese(vi: None, tmp_path: Path, book: Store) -> None:
    source = tmp_path / "hop.csv"
    source.write_text("title,date\nGiao ban,15/3/2024\nHọp chi bộ,31/2/2024\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_files([str(source)], store=book)
    assert [str(problem) for problem in failed.value.problems] == [
        f"{source}, bản ghi 2 (hàng 3, dòng 3, tiêu đề 'Họp chi bộ'), trường 'date': '31/2/2024' "
        "không phải là ngày: tháng 2/2024 có 29 ngày"
    ]
    assert english_words(str(failed.value)) == []


def test_a_file_that_cannot_be_read_in_vietnamese(vi: None, tmp_path: Path, book: Store) -> None:
    source = tmp_path / "hop.csv"
    source.write_text("tieu de,ngay,chu tri\nGiao ban,15/3/2024\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_files([str(source)], store=book)
    message = str(failed.value.problems[0])
    assert message.startswith(
        f"{source}, bản ghi 1 (hàng 2, dòng 2, tiêu đề 'Giao ban'): có 2 ô, dòng tiêu đề có 3"
    ), message
    broken = tmp_path / "hop.json"
    broken.write_text('[{"title": "Giao ban" "date": "2024"}]', encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_files([str(broken)], store=book)
    message = str(failed.value.problems[0])
    assert message == f"{broken}, dòng 1: JSON không hợp lệ ở cột 23: thiếu dấu ','", message


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("bai-bao.txt", "không có tệp hay thư mục này"),
        ("tep/bai-bao.txt", "một phần của đường dẫn không phải thư mục"),
    ],
)
def test_the_systems_reason_in_vietnamese(
    vi: None, tmp_path: Path, where: str, reason: str
) -> None:
    from store.files import read_limited

    (tmp_path / "tep").write_text("", encoding="utf-8")
    with pytest.raises(StoreError) as refused:
        read_limited(tmp_path / where, 1000)
    assert str(refused.value) == f"{tmp_path / where}: không đọc được: {reason}"


def test_english_is_unchanged() -> None:
    set_language("en")
    assert said(BAD_DATE) == (
        "loi.csv, line 3, field 'date': '31/2/2024' is not a date: February 2024 has 29 days"
    )
    assert said(NO_TITLE) == "loi.csv, line 3, field 'title': is required"
    assert said(BAD_TIME) == (
        "loi.csv, line 3, field 'start_time': '25:00' is not a time: there is no hour 25; "
        "use 14:30, 8:00, 14h, 14h30, 14 giờ 30 or 2h chiều"
    )
    with pytest.raises(QueryError, match=r"^unknown field 'chuc'; use person:, chair:"):
        parse_query("chuc:x")


def test_words_said_through_a_name_have_entries() -> None:
    # Said as `_(what)` or `_(DATE_FORMS)`, so the test of `_()` literals cannot see them.
    forms = [store.dates.DATE_FORMS, store.dates.DATE_AND_PART_FORMS, store.dates.PERIOD_FORMS]
    forms += [store.dates.TIME_FORMS, store.dates._PART_OF_DAY_FORMS]
    forms += [json_records.TOO_DEEP, json_records.TOO_LONG_NUMBER, *raw._UNREADABLE.values()]
    forms += [hint for _, hint in urls._CONNECTION_HINTS]
    forms += ["file", "report file", "key map", "settings file"]  # read_limited's `what`
    named = []
    tree = ast.parse((ROOT / "store" / "record.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {"_at_most", "_enum"}:
            named += [a.value for a in node.args if isinstance(a, ast.Constant)]
    assert len(named) >= 10
    assert [text for text in [*forms, *named] if text not in CATALOGS["vi"]] == []
