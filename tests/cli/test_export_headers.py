"""`export --format xlsx` and `--format csv --excel` headed in the language a person reads.

Through the real CLI on a real book of each backend holding the samples and one meeting with
every field: under `--lang vi` (or a Vietnamese locale) the files made for people carry the
Vietnamese headers docs/format.md lists first and say their cells in Vietnamese words and
day-first dates, `--headers en|vi` pins them, and either imports into an empty book of the same
backend to the same JSON export. The round-trip CSV and JSON do
not change with the language.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from store.exchange.csv_records import COLUMNS, header_names
from tests.helpers import ok, one_error

# A meeting whose every column has a value, so that every header carries something back.
FULL = {
    "uid": "day-du-2024-03-15",
    "title": "=== Hội nghị Ban Chấp hành; lần thứ 5 ===",
    "kind": "hội nghị",
    "date": "2024-03-15",
    "date_inferred": True,
    "part_of_day": "afternoon",
    "start_time": "14:00",
    "end_time": "16:30",
    "location": "Trụ sở LĐLĐ tỉnh Nghệ An",
    "organisers": [{"name": "Liên đoàn Lao động tỉnh Nghệ An", "short_forms": ["LĐLĐ tỉnh"]}],
    "participants": [
        {"name": "Kha Văn Tám", "role": "chair", "title": "Chủ tịch"},
        {"name": "Trần Thị Hương", "role": "attendee"},
        {"name": "Lê Văn Bốn", "role": "speaker", "title": "Ủy viên"},
        {"name": "Nguyễn Thị Thu", "role": "secretary"},
        {"name": "Phạm Văn Năm", "role": "representative", "title": "Công đoàn ngành"},
        {"name": "Hồ Thị Sáu", "role": "absent"},
    ],
    "decisions": [
        {
            "text": "Triển khai kế hoạch quý",
            "kind": "assignment",
            "responsible": "Ban Tổ chức",
            "due": "2024-06",
            "status": "open",
        },
        {"text": "Tổng kết năm 2023", "kind": "conclusion", "status": "done"},
        {"text": "Tổ chức hội thao", "kind": "decision", "status": "dropped"},
    ],
    "documents": [
        {"number": "02-NQ/TW", "kind": "Nghị quyết", "title": "về Công đoàn", "date": "2021-06-12"},
    ],
    "notes": "-2 người vắng.\nBế mạc lúc 16 giờ 30.",
    "source": "bien-ban-5.docx",
    "status": "approved",
    "approved_on": "2024-03-20",
    "approved_by": "Hội nghị BCH ngày 20/3/2024",
}

PEOPLE_FILES = [
    pytest.param(("--format", "csv", "--excel"), "csv", id="csv-excel"),
    pytest.param(("--format", "xlsx"), "xlsx", id="xlsx"),
]


@pytest.fixture
def full(imported: Any, tmp_path: Path) -> Any:
    """The sample book with FULL added: the CLI on it."""
    path = tmp_path / "full.json"
    path.write_text(json.dumps([FULL], ensure_ascii=False), encoding="utf-8")
    ok(imported("import", str(path)))
    return imported


@pytest.fixture
def empty_book(db: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A second, empty book on the test's backend."""
    if "://" not in db:
        path = tmp_path / "again.db"
        path.write_bytes(request.getfixturevalue("sqlite_template").read_bytes())
        yield str(path)
        return
    server = request.getfixturevalue("pg_server")
    name = server.new_database()
    yield server.url(name)
    server.drop_database(name)


def header_row(path: Path) -> list[str]:
    if path.suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path).worksheets[0]
        return [str(cell.value) for cell in next(sheet.iter_rows(max_row=1))]
    return path.read_bytes().decode("utf-8-sig").split("\r\n", 1)[0].split(";")


@pytest.mark.parametrize(("options", "suffix"), PEOPLE_FILES)
def test_under_vi_the_file_is_headed_in_vietnamese_and_imports_back(
    full: Any, empty_book: str, tmp_path: Path, options: tuple[str, ...], suffix: str
) -> None:
    original = ok(full("export", "--format", "json")).stdout
    assert json.loads(original)[-1]["uid"] == FULL["uid"]
    path = tmp_path / f"so.{suffix}"
    ok(full("--lang", "vi", "export", *options, "-o", str(path)))
    assert header_row(path) == header_names("vi")
    assert header_row(path)[:4] == ["Mã", "Ngày", "Ngày suy đoán", "Buổi"]
    again = CliRunner()
    result = ok(again.invoke(cli_app(), ["--db", empty_book, "--lang", "vi", "import", str(path)]))
    assert "6 mới" in result.stdout
    back = ok(again.invoke(cli_app(), ["--db", empty_book, "export", "--format", "json"]))
    assert back.stdout == original


def data_rows(path: Path) -> list[dict[str, str]]:
    """The file's meetings, each its cells by header (an empty cell as "")."""
    if path.suffix == ".xlsx":
        rows = list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))
        cells = [["" if value is None else str(value) for value in row] for row in rows]
    else:
        text = path.read_bytes().decode("utf-8-sig")
        cells = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    return [dict(zip(cells[0], row, strict=True)) for row in cells[1:]]


@pytest.mark.parametrize(("options", "suffix"), PEOPLE_FILES)
def test_under_vi_the_cells_say_what_the_screens_say_and_english_keeps_the_codes(
    full: Any, tmp_path: Path, options: tuple[str, ...], suffix: str
) -> None:
    vietnamese, english = tmp_path / f"vi.{suffix}", tmp_path / f"en.{suffix}"
    ok(full("--lang", "vi", "export", *options, "-q", "status:approved", "-o",
            str(vietnamese)))  # fmt: skip
    ok(full("--lang", "en", "export", *options, "-q", "status:approved", "-o", str(english)))
    (said,) = data_rows(vietnamese)
    assert (said["Ngày"], said["Ngày suy đoán"], said["Buổi"]) == ("15/03/2024", "có", "chiều")
    assert (said["Trạng thái"], said["Ngày thông qua"]) == ("đã thông qua", "20/03/2024")
    assert said["Kết luận"].split("\n") == [
        "giao nhiệm vụ: Triển khai kế hoạch quý | phụ trách: Ban Tổ chức | hạn: 06/2024"
        " | trạng thái: đang thực hiện",
        "kết luận: Tổng kết năm 2023 | trạng thái: đã hoàn thành",
        "quyết định: Tổ chức hội thao | trạng thái: đã hủy",
    ]
    assert said["Văn bản"] == "Nghị quyết 02-NQ/TW ngày 12/06/2021: về Công đoàn"
    stamp = r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2} [+-]\d{2}:\d{2}"
    assert re.fullmatch(stamp, said["Ngày tạo"]), said["Ngày tạo"]
    assert said["Tiêu đề"].endswith(FULL["title"])  # what was typed is as typed
    (codes,) = data_rows(english)
    assert (codes["date"], codes["date_inferred"], codes["part_of_day"]) == (
        "2024-03-15", "true", "afternoon",
    )  # fmt: skip
    assert (codes["status"], codes["approved_on"]) == ("approved", "2024-03-20")
    assert codes["decisions"].startswith("assignment: Triển khai kế hoạch quý | responsible:")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", codes["created_at"])


@pytest.mark.parametrize(("options", "suffix"), PEOPLE_FILES)
def test_headers_pins_the_language_whatever_the_interface(
    imported: Any, tmp_path: Path, options: tuple[str, ...], suffix: str
) -> None:
    english, vietnamese = tmp_path / f"en.{suffix}", tmp_path / f"vi.{suffix}"
    ok(imported("--lang", "vi", "export", *options, "--headers", "en", "-o", str(english)))
    ok(imported("--lang", "en", "export", *options, "--headers", "vi", "-o", str(vietnamese)))
    assert header_row(english) == COLUMNS
    assert header_row(vietnamese) == header_names("vi")
    ok(imported("export", *options, "-o", str(english)))
    assert header_row(english) == COLUMNS  # English by default


@pytest.mark.parametrize(("options", "suffix"), PEOPLE_FILES)
def test_a_vietnamese_locale_heads_the_file_in_vietnamese(
    imported: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: tuple[str, ...],
    suffix: str,
) -> None:  # fmt: skip
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    path = tmp_path / f"so.{suffix}"
    ok(imported("export", *options, "-o", str(path)))
    assert header_row(path) == header_names("vi")


def test_the_xlsx_header_stays_bold_and_frozen_in_vietnamese(imported: Any, tmp_path: Path) -> None:
    path = tmp_path / "so.xlsx"
    ok(imported("--lang", "vi", "export", "-o", str(path)))
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert (book.sheetnames, sheet.freeze_panes) == (["Cuộc họp"], "A2")
    assert all(cell.font.bold for cell in next(sheet.iter_rows(max_row=1)))


@pytest.mark.parametrize("fmt", ["csv", "json", "ndjson"])
def test_the_round_trip_files_do_not_change_with_the_language(imported: Any, fmt: str) -> None:
    english = ok(imported("--lang", "en", "export", "--format", fmt)).stdout
    assert ok(imported("--lang", "vi", "export", "--format", fmt)).stdout == english
    if fmt == "csv":
        assert english.split("\n", 1)[0] == ",".join(COLUMNS)


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
def test_headers_for_a_round_trip_file_is_a_usage_error(imported: Any, fmt: str) -> None:
    result = imported("export", "--format", fmt, "--headers", "vi")
    assert one_error(result, 2) == (
        f"minutebook: --headers is for xlsx and csv --excel files, not {fmt}"
    )
    result = imported("--lang", "vi", "export", "--format", fmt, "--headers", "en")
    assert one_error(result, 2).endswith(f"không cho {fmt}")


def cli_app() -> Any:
    from cli import app

    return app
