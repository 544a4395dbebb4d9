"""Markdown minutes from the command line: `show --format md` and `export --format md`.

The real CLI on a real SQLite book holding the samples; the output is parsed back with a
CommonMark parser, so a heading is a heading and a rule between meetings is a rule.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

import store
import store.db
import store.repo
from store.documents.markdown import minutes_markdown, record_markdown, write_markdown
from tests.helpers import ok, one_error

SEED_004 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"
KHANG_UIDS_OLDEST_FIRST = [
    "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022",
    "seed-000-ky-ket-quy-che-dukdn-tld-2022",
    SEED_004,
]


def records_by_uid(book: store.db.Store) -> dict[str, store.MeetingRecord]:
    with book.session() as session:
        return {record.uid or "": record for record in store.repo.iter_records(session=session)}


def blocks(markdown: str) -> list[tuple[str, str]]:
    """(block type, heading text) for every heading and rule, in document order."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            found.append((token.tag, tokens[index + 1].content))
        elif token.type == "hr":
            found.append(("hr", ""))
    return found


def test_show_md_is_the_meetings_minutes(sample_book: store.db.Store, cli: Any) -> None:
    record = records_by_uid(sample_book)[SEED_004]
    result = ok(cli("show", SEED_004, "--format", "md"))
    assert result.stdout == record_markdown(record)
    assert blocks(result.stdout)[0] == ("h1", record.title)
    assert "- Nguyễn Đình Khang — Ủy viên Ban Chấp hành Trung ương Đảng" in result.stdout
    assert result.stderr == ""


def test_show_md_to_a_file(sample_book: store.db.Store, cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "bien-ban.md"
    result = ok(cli("show", SEED_004, "-f", "md", "-o", str(target)))
    assert result.stdout == ""
    assert f"to {target}" in result.stderr
    record = records_by_uid(sample_book)[SEED_004]
    assert target.read_text(encoding="utf-8") == record_markdown(record)


def test_show_takes_the_format_from_the_file_s_ending(
    sample_book: store.db.Store, cli: Any, tmp_path: Path
) -> None:
    # As export does: `show 8 -o d8.docx` was refused for want of --format.
    by_ending = tmp_path / "bien-ban.md"
    ok(cli("show", SEED_004, "-o", str(by_ending)))
    record = records_by_uid(sample_book)[SEED_004]
    assert by_ending.read_text(encoding="utf-8") == record_markdown(record)
    ok(cli("show", SEED_004, "-o", str(tmp_path / "bien-ban.docx")))
    assert (tmp_path / "bien-ban.docx").read_bytes()[:2] == b"PK"  # a zip: a Word file
    line = one_error(cli("show", SEED_004, "-f", "json", "-o", str(tmp_path / "x.md")), 2)
    assert "named like a .md file but --format is json" in line

def test_show_table_to_a_file_is_a_usage_error(
    sample_book: store.db.Store, cli: Any, tmp_path: Path
) -> None:
    line = one_error(cli("show", SEED_004, "-o", str(tmp_path / "x.txt")), 2)
    assert "--format md" in line
    assert not (tmp_path / "x.txt").exists()


def test_export_md_of_a_query_has_a_heading_per_meeting(
    sample_book: store.db.Store, cli: Any, tmp_path: Path
) -> None:
    target = tmp_path / "khang.md"
    result = ok(cli("export", "--format", "md", "-q", "nguyen dinh khang", "-o", str(target)))
    assert "Wrote 3 meetings" in result.stderr
    text = target.read_text(encoding="utf-8")
    records = records_by_uid(sample_book)
    titles = [records[uid].title for uid in KHANG_UIDS_OLDEST_FIRST]
    found = blocks(text)
    assert [title for tag, title in found if tag == "h1"] == titles  # oldest first
    assert [tag for tag, _ in found].count("hr") == 2  # one rule between each two meetings
    # Each meeting's own sections sit under its heading, before the next rule.
    first_break = [tag for tag, _ in found].index("hr")
    assert ("h2", "Chaired by") in found[:first_break]
    assert text == minutes_markdown(records[uid] for uid in KHANG_UIDS_OLDEST_FIRST)


def test_export_md_to_stdout(sample_book: store.db.Store, cli: Any) -> None:
    result = ok(cli("export", "-f", "md"))
    assert [tag for tag, _ in blocks(result.stdout)].count("h1") == 5
    assert result.stderr == ""


def test_the_rule_between_meetings_never_turns_a_line_into_a_heading() -> None:
    # Notes ending in a plain line: a "---" right under it would make that line a heading.
    first = store.MeetingRecord(title="Họp 1", date="2024-03-15", notes="Kết thúc lúc 11 giờ")
    second = store.MeetingRecord(title="Họp 2", date="2024-03-16", notes="- một\n- hai")
    out = io.StringIO()
    assert write_markdown([first, second], out) == 2
    found = blocks(out.getvalue())
    assert found == [("h1", "Họp 1"), ("h2", "Notes"), ("hr", ""), ("h1", "Họp 2"), ("h2", "Notes")]
    assert "Kết thúc lúc 11 giờ\n\n---\n\n# Họp 2" in out.getvalue()


def test_one_meeting_written_alone_is_its_record_markdown() -> None:
    record = store.MeetingRecord(title="Họp *chi bộ*", date="05/2022")
    out = io.StringIO()
    assert write_markdown([record], out) == 1
    assert out.getvalue() == record_markdown(record)
    assert "05/2022" in out.getvalue()  # a month stays a month
    assert write_markdown([], io.StringIO()) == 0


def test_export_md_of_an_empty_book_is_one_line(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "empty.md"
    assert "empty" in one_error(cli("export", "--format", "md", "-o", str(target)), 1)
    assert not target.exists()
