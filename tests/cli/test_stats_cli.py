"""`minutebook stats` and `minutebook report` on the sample book: the figures equal counts made
here from the records themselves, and every format reads back (xlsx with openpyxl, docx with
python-docx, json, csv, md); bad periods are one line."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import store
from tests.helpers import attendance_of, ok, one_error


def _records(db: str) -> list[store.MeetingRecord]:
    with store.open_book(db) as book:
        return list(book.iter_meetings())


def test_the_figures_are_the_records_counts(imported: Any, db: str) -> None:
    data = json.loads(ok(imported("stats", "--all", "--top", "100", "-f", "json")).stdout)
    records = _records(db)
    assert data["meetings"] == len(records)
    kinds = Counter(r.kind for r in records)
    assert {row["kind"]: row["meetings"] for row in data["kinds"]} == dict(kinds)
    months = Counter(
        f"{r.date.year}-{r.date.month:02d}" for r in records if r.date.month is not None
    )
    shown = {row["period"]: row["meetings"] for row in data["months"] if row["meetings"]}
    year_only = Counter(str(r.date.year) for r in records if r.date.month is None)
    assert shown == dict(months) | dict(year_only)
    attendance = {row["name"]: (row["present"], row["chaired"]) for row in data["attendance"]}
    assert attendance == attendance_of(records)
    statuses = Counter(d.status for r in records for d in r.decisions)
    assert data["decisions"] == dict(statuses)
    cited = Counter(number for r in records for number in {d.number for d in r.documents})
    assert {row["number"]: row["meetings"] for row in data["documents"]} == dict(cited)
    bodies = Counter(o.name for r in records for o in r.organisers)
    assert {row["name"]: row["meetings"] for row in data["bodies"]} == dict(bodies)


def test_each_figure_s_query_finds_its_meetings(imported: Any, db: str) -> None:
    with store.open_book(db) as book:
        stats = book.stats(period="all", top=None)
        for row in [*stats.by_body, *stats.by_kind, *stats.months, *stats.attendance]:
            found = book.search(row.query, limit=None).total
            count = getattr(row, "meetings", None)
            count = getattr(row, "present", count)
            assert found >= count
            if row.exact:
                assert found == count, row


def test_a_quarter_and_a_body(imported: Any) -> None:
    data = json.loads(ok(imported("stats", "--quarter", "1/2024", "-f", "json")).stdout)
    assert data["from"] == "2024-01-01" and data["to"] == "2024-03-31"
    assert data["meetings"] == 1  # 15/3/2024; not the one dated only to 2024 (see below)
    body = "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam"
    data = json.loads(ok(imported("stats", "--all", "--members-of", body, "-f", "json")).stdout)
    assert data["body_meetings"] == 1
    assert {row["not_named"] for row in data["attendance"]} == {0}


def test_table_csv_xlsx(imported: Any, tmp_path: Path) -> None:
    table = ok(imported("--lang", "vi", "stats", "--all")).stdout
    assert "Số cuộc họp theo tháng" in table and "quý 1/2022" in table
    rows = list(csv.DictReader(io.StringIO(ok(imported("stats", "--all", "-f", "csv")).stdout)))
    assert {"table": "kinds", "row": "hội nghị", "column": "Meetings", "value": "2"} in rows
    target = tmp_path / "so-lieu.xlsx"
    target.write_bytes(b"old")
    ok(imported("stats", "--all", "-f", "xlsx", "-o", str(target)))
    from openpyxl import load_workbook

    sheets = load_workbook(target, read_only=True)
    assert {"Months", "Quarters", "Kinds", "Attendance", "Documents"} <= set(sheets.sheetnames)
    kinds = list(sheets["Kinds"].iter_rows(values_only=True))
    assert kinds[0] == ("Kind", "Meetings") and ("hội nghị", 2) in kinds
    # In Vietnamese, the sheets are named in Vietnamese too, without a character Excel refuses.
    ok(imported("--lang", "vi", "stats", "--all", "-f", "xlsx", "-o", str(target)))
    sheets = load_workbook(target, read_only=True)
    assert {"Tháng", "Quý", "Loại", "Tham dự", "Đơn vị, người thực hiện"} <= set(sheets.sheetnames)
    assert next(sheets["Loại"].iter_rows(values_only=True)) == ("Loại", "Số cuộc họp")
    # Ready to read: the header row stays in view, each column as wide as its longest cell.
    whole = load_workbook(target)
    assert {sheet.freeze_panes for sheet in whole} == {"A2"}
    kinds = whole["Loại"]
    assert kinds.column_dimensions["A"].width > max(len(str(c.value)) for c in kinds["A"])


def test_report_docx_and_md(imported: Any, tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.docx"
    ok(imported("report", "--year", "2024", "--body", "Tổng Liên đoàn", "-o", str(target)))
    import docx

    document = docx.Document(str(target))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = "\n".join([*(p.text for p in document.paragraphs), *cells])
    assert "BÁO CÁO" in text and "năm 2024" in text and "TỔNG LIÊN ĐOÀN" in text
    assert "III. QUYẾT ĐỊNH, KẾT LUẬN ĐANG THỰC HIỆN VÀ QUÁ HẠN" in text
    assert any(t.rows[0].cells[0].text == "Quý" for t in document.tables)
    markdown = ok(imported("report", "--year", "2024", "--format", "md")).stdout
    assert markdown.count("# BÁO CÁO") == 1 and "| quý 1/2024 | 1 | 1 |" in markdown
    assert "**Độc lập - Tự do - Hạnh phúc**" in markdown  # the motto, as in the .docx
    assert markdown.rstrip().endswith("*(Ký, ghi rõ họ tên)*") and "**TM. " in markdown
    # Words to the left, numbers to the right: the documents' kind is words, their count a number.
    lines = markdown.splitlines()
    documents = lines.index(next(line for line in lines if line.startswith("| Văn bản")))
    assert lines[documents + 1] == "|---|---|---:|", lines[documents : documents + 2]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--quarter", "5/2024"), "--quarter 5/2024"),
        (("--month", "13/2024"), "--month 13/2024"),
        (("--year", "2024", "--all"), "give one period"),
        (("--query", "date:"), "has no value"),
        (("--members-of", " "), "--members-of: name a body"),
    ],
)
def test_bad_input_is_one_line(imported: Any, args: tuple[str, ...], said: str) -> None:
    assert said in one_error(imported("stats", *args), 2)


def test_a_period_is_written_as_the_query_language_writes_one(imported: Any) -> None:
    """A newcomer typed `--quarter Q1/2024` and `--quarter "quý 1/2024"` (as `date:` takes
    them) and was refused; every spelling of a quarter or a month names the same period."""
    for quarter in ("1/2024", "Q1/2024", "quý 1/2024", "quy I nam 2024", "2024-q1"):
        data = json.loads(ok(imported("stats", "--quarter", quarter, "-f", "json")).stdout)
        assert (data["from"], data["to"]) == ("2024-01-01", "2024-03-31"), quarter
    for month in ("3/2024", "2024-03", "tháng 3/2024"):
        data = json.loads(ok(imported("stats", "--month", month, "-f", "json")).stdout)
        assert (data["from"], data["to"]) == ("2024-03-01", "2024-03-31"), month
    assert "--quarter quý 5/2024" in one_error(imported("stats", "--quarter", "quý 5/2024"), 2)
    assert "--month 2024" in one_error(imported("stats", "--month", "2024"), 2)


def test_a_month_holding_only_a_meeting_dated_to_its_year_says_search_finds_it(
    imported: Any,
) -> None:
    """Meeting #4 is dated only to 2024: `search date:5/2024` finds it, the figures for May
    cannot count it; "no meetings match date:5/2024" read as a contradiction to a newcomer."""
    assert one_error(imported("stats", "--month", "5/2024"), 1) == (
        "minutebook: no meetings known to fall in date:5/2024; 1 dated only to a month or year"
        " that holds it may (`minutebook search date:5/2024` lists it)"
    )
    found = imported("search", "date:5/2024", "--format", "json").stdout
    assert [meeting["number"] for meeting in json.loads(found)] == [4]

def test_a_list_cut_at_top_says_how_many_more_and_how_to_see_them(imported: Any) -> None:
    """The attendance table stopped at ten rows and said nothing: a newcomer missed the
    secretary of a meeting, eleventh, and took the list for everyone who attended."""
    shown = ok(imported("stats", "--year", "2024", "--top", "3")).stdout
    attendance = shown[shown.index("Attendance by person"):]
    assert "… and 3 more (--top 6 lists them all)" in attendance.split("\n\n")[0]
    whole = ok(imported("stats", "--year", "2024", "--top", "6")).stdout
    assert "--top 6 lists them all" not in whole[whole.index("Attendance by person"):]
    said = ok(imported("--lang", "vi", "stats", "--year", "2024", "--top", "3")).stdout
    assert "… và 3 dòng nữa (--top 6 để liệt kê tất cả)" in said

def test_an_empty_default_year_says_how_to_choose_another(imported: Any) -> None:
    """The sample's meetings are of 2022 and 2024: `stats` alone (this year) finds none, and
    says how to choose the period; an empty period asked for is said plainly."""
    from datetime import date

    if date.today().year in (2022, 2024):
        pytest.skip("this year has sample meetings")
    for command in ("stats", "report"):
        said = one_error(imported(command), 1)
        assert said.endswith("by default; the newest are of 2024: --year 2024, or --all)"), said
    assert one_error(imported("stats", "--year", "2023"), 1) == (
        "minutebook: no meetings match date:2023; the newest are of 2024 (--year 2024)"
    )
    # A query found in no period at all: how to choose a period, not a year that has nothing.
    said = one_error(imported("stats", "-q", "khnag"), 1)
    assert said.endswith("--year 2024, --quarter 2/2024 or --all)"), said
    said = one_error(imported("stats", "-q", '"dan van"', "--year", "2024"), 1)
    assert said.endswith("the newest are of 2022 (--year 2022)"), said


def test_a_meeting_dated_to_the_year_is_in_no_quarter_or_month(imported: Any) -> None:
    """The sample's 2024 meetings: 15/3/2024 and one dated only to 2024. The quarters count
    what is known to be in them (a newcomer's quarters once added up to six of the year's
    two); the year counts both; a query's words keep the same rule."""

    def meetings(*args: str) -> int:
        result = imported("stats", *args, "-f", "json")
        return json.loads(result.stdout)["meetings"] if result.exit_code == 0 else 0

    quarters = [meetings("--quarter", f"{q}/2024") for q in (1, 2, 3, 4)]
    assert quarters == [1, 0, 0, 0]
    assert meetings("--year", "2024") == 2
    assert [meetings("--month", f"{m}/2024") for m in (3, 5, 7)] == [1, 0, 0]
    assert meetings("--quarter", "1/2024", "-q", "ldld") == meetings("--quarter", "1/2024")
    assert meetings("--year", "2024", "-q", "ldld") == 2
    # The search still finds what may fall in a month: May's search shows the 2024 meeting.
    found = json.loads(ok(imported("search", "date:5/2024", "--format", "json")).stdout)
    assert [row["date"] for row in found] == ["2024"]


def test_a_quarters_report_lists_only_the_meetings_it_counts(imported: Any) -> None:
    """The quarter's Báo cáo lists the meetings its figures count (not the one dated only to
    2024, which a search for the quarter also finds), each decision without a stray ".;"."""
    quarter = ok(imported("report", "--quarter", "1/2024", "--format", "md")).stdout
    assert "sổ biên bản ghi 1 cuộc họp" in quarter
    assert "Hội nghị lần thứ Tư Ban Chấp hành" in quarter
    assert "Hội nghị đánh giá kết quả thực hiện Quy chế" not in quarter
    assert ".;" not in quarter
    year = ok(imported("report", "--year", "2024", "--format", "md")).stdout
    assert "Hội nghị đánh giá kết quả thực hiện Quy chế" in year


def test_db_check_finds_drifted_summaries_and_repair_recounts_them(imported: Any, db: str) -> None:
    from store import stats_summary

    before = ok(imported("stats", "--all", "-f", "json")).stdout
    with store.open_book(db) as book, book._store.session(write=True) as session:
        conn = session.connection()  # a change made outside the program, triggers bypassed
        conn.execute(stats_summary.SP.update().values(present=stats_summary.SP.c.present + 3))
        conn.execute(stats_summary.SM.delete())
    drifted = imported("db", "check")
    assert drifted.exit_code == 1 and "Traceback" not in drifted.stderr
    assert "problem: stats_people" in drifted.stderr and "problem: stats_meetings" in drifted.stderr
    assert "db check --repair" in drifted.stderr
    # The file is sound: integrity says so, and the summaries' line says what differs.
    assert "Integrity: ok" in drifted.stdout and "Summaries: they differ" in drifted.stderr
    repaired = ok(imported("db", "check", "--repair"))
    assert "Repaired: " in repaired.stdout and "Integrity: ok" in repaired.stdout
    checked = ok(imported("db", "check")).stdout
    assert "Integrity: ok" in checked and "Summaries: ok" in checked
    assert "Nothing to repair" in ok(imported("db", "check", "--repair")).stdout
    assert ok(imported("stats", "--all", "-f", "json")).stdout == before


def test_a_body_that_organised_nothing_says_so(imported: Any) -> None:
    result = ok(imported("stats", "--all", "--members-of", "Ban [bold]Không Có[/bold]"))
    assert "Meetings by month" in result.stdout and "Attendance" not in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "organised by Ban [bold]Không Có[/bold]" in lines[0], lines
    known = ok(imported("stats", "--all", "--members-of", "Liên đoàn Lao động tỉnh Nghệ An"))
    assert "Attendance at the meetings of" in known.stdout and not known.stderr


def test_the_output_file_s_name_says_the_format(imported: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    workbook = tmp_path / "so-lieu.xlsx"
    ok(imported("stats", "--all", "-o", str(workbook)))
    assert load_workbook(workbook).sheetnames  # a workbook, not JSON named .xlsx
    table = tmp_path / "so-lieu.csv"
    ok(imported("stats", "--all", "-o", str(table)))
    assert next(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    line = one_error(imported("stats", "--all", "-f", "json", "-o", str(tmp_path / "x.csv")), 2)
    assert "x.csv" in line and "--format" in line
    report = tmp_path / "bao-cao.pdf"
    line = one_error(imported("report", "--year", "2024", "-o", str(report)), 2)
    assert "bao-cao.pdf" in line and ".docx or .md" in line and not report.exists()
    line = one_error(
        imported("report", "--year", "2024", "-f", "md", "-o", str(tmp_path / "a.docx")), 2
    )
    assert "a.docx" in line


@pytest.mark.parametrize("command", [["stats", "--all"], ["export", "-f", "json"]])
def test_a_reader_that_stops_early_ends_the_command_quietly(
    imported: Any, db: str, command: list[str]
) -> None:
    """`minutebook stats | head`: the pipe's reader gone before the first write; no message, and
    the exit status a shell gives a process SIGPIPE ended (141), not a failure's 1."""
    import subprocess

    from tests.helpers import console_script

    run = subprocess.Popen(
        [str(console_script()), "--db", db, *command],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert run.stdout is not None and run.stderr is not None
    run.stdout.close()  # the reader stops before anything is written
    said = run.stderr.read().decode()
    assert run.wait(timeout=60) == 141 and said == "", said


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("stats", "--year", "abcd"), "Invalid value for '--year': write a whole number, like 10"),
        (("stats", "--top", "0"), "Invalid value for '--top': give 1 or more"),
        (("--lang", "vi", "stats", "--top", "0"), "hãy cho từ 1 trở lên"),
    ],
)
def test_a_number_refused_is_said_in_plain_words(
    imported: Any, args: tuple[str, ...], said: str
) -> None:
    result = imported(*args)
    assert result.exit_code == 2 and "Input should be" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and said in lines[0], lines


def test_files_hold_every_row_unless_top_says_otherwise(imported: Any) -> None:
    every = json.loads(ok(imported("stats", "--all", "-f", "json")).stdout)
    assert len(every["attendance"]) == every["people_total"] > 10  # the sample names 18
    cut = json.loads(ok(imported("stats", "--all", "-f", "json", "--top", "3")).stdout)
    assert len(cut["attendance"]) == 3
    table = ok(imported("stats", "--all")).stdout
    assert table.count("│") and every["attendance"][10]["name"] not in table  # ten on screen


def test_a_body_or_kind_that_looks_like_a_formula_stays_text_in_the_workbook(
    imported: Any, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    ok(imported("add", "--title", "Họp", "--date", "2024-05-02", "--kind", "-khẩn",
                "--org", '=HYPERLINK("http://x")'))  # fmt: skip
    target = tmp_path / "so-lieu.xlsx"
    ok(imported("stats", "--all", "-f", "xlsx", "-o", str(target)))
    sheets = load_workbook(target)
    cells = {cell.value for sheet in sheets for row in sheet.iter_rows() for cell in row}
    assert "'-khẩn" in cells and "'=HYPERLINK(\"http://x\")" in cells
    assert [c for c in cells if isinstance(c, str) and c.startswith(("=", "-"))] == []
