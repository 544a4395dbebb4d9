"""Exports in bounded memory (issue 13, item 8): the writers, and bench/export_memory.py.

The peaks depend on the machine, so nothing here is timed or measured in bytes of memory: the
script must run end to end on a small book and print every format against its target; and each
writer that streams must put meetings out while it is still being given them, never after it
has held them all (the calendar and the DOCX minutes used to build the whole document first).
"""

from __future__ import annotations

import io
import random
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import store
from tests.helpers import NOTES, ROOT, a_meeting

SCRIPT = ROOT / "bench" / "export_memory.py"
FORMATS = ("json", "ndjson", "csv", "csv --excel", "xlsx", "docx", "md", "ics")
# The formats whose writer puts each meeting out as it comes. XLSX is bounded another way:
# openpyxl's write-only sheet goes to a temporary file, zipped into the output at the end.
STREAMED = ("json", "ndjson", "csv", "csv-excel", "md", "ics", "docx")
MEETINGS = 120


def meetings(count: int) -> list[store.MeetingRecord]:
    """Meetings whose notes differ (a zip compresses repeated ones to next to nothing)."""
    words = NOTES.split()
    draw = random.Random(13)
    return [
        a_meeting(
            uid=f"stream-{n}",
            title=f"Giao ban tuần {n}",
            date="2024-03-15",
            notes=" ".join(f"{draw.choice(words)}{draw.randrange(10_000)}" for _ in range(300)),
        )
        for n in range(count)
    ]


def written_while_given(fmt: str, records: list[store.MeetingRecord]) -> tuple[list[int], int]:
    """How much of the output the writer had written as it was given each record, and its
    whole length at the end."""
    binary = fmt in store.BINARY_FORMATS
    stream: io.BytesIO | io.StringIO = io.BytesIO() if binary else io.StringIO()
    seen: list[int] = []

    def given() -> Iterator[store.MeetingRecord]:
        for record in records:
            seen.append(stream.tell())
            yield record

    assert store.Book.write(given(), fmt, stream) == len(records)
    return seen, stream.tell()


@pytest.mark.parametrize("fmt", STREAMED)
def test_a_writer_puts_meetings_out_as_it_is_given_them(fmt: str) -> None:
    seen, total = written_while_given(fmt, meetings(MEETINGS))
    assert seen == sorted(seen)
    # When it asks for the last meeting, most of the document is out already: it never holds
    # the meetings (or a document of them) to write at the end.
    assert seen[-1] > seen[MEETINGS // 2] > seen[MEETINGS // 10] > 0
    tail = total - seen[-1]
    if fmt == "docx":  # the package's other parts (styles, theme, settings) come last
        assert seen[-1] > total / 4
    else:
        assert tail < total / 10


def test_the_streamed_docx_opens_whole_with_its_page_headers() -> None:
    import docx

    records = meetings(3)
    records[1] = a_meeting(uid="draft", title="Giao ban (dự thảo)", status="draft")
    out = io.BytesIO()
    assert store.Book.write(records, "docx", out) == 3
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        assert len(names) == len(set(names)) and "word/header1.xml" in names
        document = package.read("word/document.xml").decode("utf-8")
    # The body's elements declare no namespace the document's root already declares.
    assert document.count('xmlns:w="') == 1
    opened = docx.Document(io.BytesIO(out.getvalue()))
    assert len(opened.sections) == 3
    assert [p.text for p in opened.paragraphs].count("BIÊN BẢN") == 3
    assert "DỰ THẢO" in [p.text for p in opened.sections[1].header.paragraphs]
    assert not opened.sections[2].header.is_linked_to_previous


def test_a_calendar_of_no_day_dated_meeting_writes_nothing() -> None:
    out = io.StringIO()
    with pytest.raises(store.StoreError, match="2 meetings found, none dated to the day"):
        store.Book.write([a_meeting(date="2024-03"), a_meeting(date="2024")], "ics", out)
    assert out.getvalue() == ""
    assert store.Book.write([], "ics", out) == 0
    assert out.getvalue().startswith("BEGIN:VCALENDAR") and "VEVENT" not in out.getvalue()


# bench/export_memory.py ---------------------------------------------------------------------------


def test_the_script_prints_each_format_asked_against_its_target(tmp_path: Path) -> None:
    # Three formats of the eight (a text, the workbook, the minutes): each row is the same loop
    # over two whole processes, and every writer is run in-process above; all eight cost the
    # suite 25 s of subprocesses.
    asked = ("json", "xlsx", "docx")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--meetings", "40", "--data", str(tmp_path),
         "--formats", ",".join(asked)],
        cwd=tmp_path,  # it runs from any folder
        capture_output=True,
        text=True,
        timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.search(r"\d+ cores, Python [\d.]+, SQLite [\d.]+; .* on 40 meetings", out)
    figure = r"[\d,]+ MB, [\d.]+ s"
    for name in (*asked, "`search ng --format json -n 1000000` against json"):
        row = rf"^\| {re.escape(name)} \| [\d.]+ MB \| {figure} \| {figure} \| [\d.]+× \| "
        assert re.search(row + r"(met|\*\*missed\*\*) \|$", out, re.MULTILINE), name
    assert not any(f"| {name} |" in out for name in FORMATS if name not in asked)
    assert "wrote" not in out  # the query matched every meeting, in every format
    assert re.search(r"^targets met: \d of 4$", out, re.MULTILINE)
    # The book is kept for the next run; the exports and the scratch folder are gone.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "40.db",
        "40.ndjson",
        "40.ndjson.args.json",
    ]


def test_the_script_refuses_an_unknown_format(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--formats", "json,pdf", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "--formats" in result.stderr
    assert list(tmp_path.iterdir()) == []
