"""A draft in the period, through the real command line on the sample book: a newcomer drafted a
report of a meeting already in the book (20/1/2022) and saved it as a draft. The Báo cáo counts
the record as reviewed and says in part I what it left out; `--include-drafts` counts the draft
and marks it in part II; `stats`, the working figures, counts it and says so in its first line,
its JSON and its files. Without a draft nothing of this shows.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from tests.helpers import ok, one_error

LEFT_OUT = "Không tính 1 biên bản còn là dự thảo, chưa rà soát."
COUNTED = "Số liệu tính cả 1 biên bản còn là dự thảo, chưa rà soát"
TITLE = "Hội nghị ký kết Quy chế phối hợp giữa Đảng đoàn Liên đoàn Lao động tỉnh Nghệ An"


def draft_of_the_january_meeting(cli: Any, tmp_path: Path) -> None:
    """The 20/1/2022 meeting drafted again from a report, as its own record, not yet reviewed."""
    found = json.loads(ok(cli("search", "date:2022-01-20", "--format", "json")).stdout)
    found = [m for m in found if m["date"] == "2022-01-20"]  # not the one dated only to 2022
    assert [m["title"][: len(TITLE)] for m in found] == [TITLE]
    output_only = ("number", "matched", "created_at", "updated_at", "version")
    record = {key: value for key, value in found[0].items() if key not in output_only}
    record |= {"uid": "draft-from-a-report", "status": "draft"}
    drafted = tmp_path / "draft.json"
    drafted.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")
    assert "1 new" in ok(cli("import", str(drafted))).stdout


def report(cli: Any, *args: str) -> str:
    return ok(cli("report", "--quarter", "1/2022", "--format", "md", *args)).stdout


def attended(markdown: str, name: str) -> str:
    return next(line for line in markdown.splitlines() if line.startswith(f"| {name} |"))


def test_the_report_counts_the_reviewed_record_and_names_the_draft(
    imported: Any, tmp_path: Path
) -> None:
    before = report(imported)
    draft_of_the_january_meeting(imported, tmp_path)
    after = report(imported)
    assert "sổ biên bản ghi 1 cuộc họp" in after
    assert LEFT_OUT in after.splitlines()
    # Else word for word the report of the book without its draft: part II, attendance and all.
    assert after.replace(LEFT_OUT + "\n\n", "") == before
    assert "(dự thảo)" not in after

    counted = report(imported, "--include-drafts")
    assert "sổ biên bản ghi 2 cuộc họp" in counted
    assert any(line.startswith(COUNTED) for line in counted.splitlines())
    listed = [line for line in counted.splitlines() if line.startswith(("1. ", "2. "))]
    assert len(listed) == 2 and sum(line.endswith(" (dự thảo)**") for line in listed) == 1
    assert attended(counted, "Kha Văn Tám") == "| Kha Văn Tám | 2 | 0 | 0 |"
    assert attended(after, "Kha Văn Tám") == "| Kha Văn Tám | 1 | 0 | 0 |"

    target = tmp_path / "bao-cao.docx"
    ok(imported("report", "--quarter", "1/2022", "-o", str(target)))
    import docx

    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    start = paragraphs.index("I. TÌNH HÌNH TỔ CHỨC CÁC CUỘC HỌP")
    assert paragraphs[start + 1] == LEFT_OUT


def test_stats_counts_the_draft_and_says_so(imported: Any, tmp_path: Path) -> None:
    draft_of_the_january_meeting(imported, tmp_path)
    first = ok(imported("stats", "--quarter", "1/2022")).stdout.splitlines()[0]
    assert first.startswith("2 meetings (1 draft, not yet reviewed), 6 decisions")
    said = ok(imported("--lang", "vi", "stats", "--quarter", "1/2022")).stdout
    assert said.startswith("2 cuộc họp (1 dự thảo, chưa rà soát), 6 quyết định")
    data = json.loads(ok(imported("stats", "--quarter", "1/2022", "-f", "json")).stdout)
    assert (data["meetings"], data["drafts"]) == (2, 1)
    rows = list(csv.DictReader(io.StringIO(ok(imported("stats", "--all", "-f", "csv")).stdout)))
    assert [(r["column"], r["value"]) for r in rows if r["table"] == "totals"] == [
        ("Meetings", "6"), ("Drafts", "1")
    ]  # fmt: skip
    target = tmp_path / "so-lieu.xlsx"
    ok(imported("--lang", "vi", "stats", "--all", "-o", str(target)))
    from openpyxl import load_workbook

    sheets = load_workbook(target, read_only=True)
    assert sheets.sheetnames[0] == "Tổng số"
    totals = list(sheets["Tổng số"].iter_rows(values_only=True))
    assert totals == [("Kỳ", "Số cuộc họp", "Dự thảo"), ("toàn bộ thời gian", 6, 1)]


def test_a_period_of_drafts_alone_says_how_to_count_them(imported: Any, tmp_path: Path) -> None:
    draft_of_the_january_meeting(imported, tmp_path)
    ok(imported("edit", "3", "--status", "draft"))  # the reviewed one of 20/1/2022: a draft again
    said = one_error(imported("report", "--month", "1/2022", "-f", "md"), 1)
    assert said.endswith("but 2 drafts, not yet reviewed (--include-drafts counts them)")
    assert (
        "sổ biên bản ghi 2 cuộc họp"
        in ok(imported("report", "--month", "1/2022", "-f", "md", "--include-drafts")).stdout
    )


def test_without_a_draft_nothing_shows(imported: Any) -> None:
    plain = report(imported)
    assert "dự thảo" not in plain and report(imported, "--include-drafts") == plain
    first = ok(imported("stats", "--all")).stdout.splitlines()[0]
    assert first.startswith("5 meetings, ") and "draft" not in first
    data = json.loads(ok(imported("stats", "--all", "-f", "json")).stdout)
    assert (data["meetings"], data["drafts"]) == (5, 0)
