"""DOCX minutes ("Biên bản"): written by the real CLI, read back with python-docx part by part.

Each part of the administrative layout is checked where python-docx finds it: the header table
(issuing body, number line, motto, place and date), the title, sections I-V, and the signature
table; so is where the minutes stand: a draft's "DỰ THẢO" above the heading and in its pages'
header, approved minutes' approval sentence. Where LibreOffice is installed, one test also
converts a document to PDF headless.
"""

from __future__ import annotations

import io
import os
import pty
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.section import WD_SECTION

import store
import store.db
import store.repo
from store.dates import PartialDate
from store.documents.docx_minutes import (
    BLANK,
    MOTTO,
    MOTTO_STATE,
    NUMBER_LINE,
    SECTIONS,
    date_words,
    write_docx,
)
from store.documents.marks import DRAFT_MARK
from tests.helpers import a_meeting, console_script, ok, one_error

SEED_000 = "seed-000-ky-ket-quy-che-dukdn-tld-2022"
SEED_001 = "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"
SEED_004 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"


def cell_lines(cell: Any) -> list[str]:
    return [paragraph.text for paragraph in cell.paragraphs if paragraph.text]


def body(document: Any) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs]


def section(document: Any, number: int) -> list[str]:
    """The non-empty paragraphs under heading SECTIONS[number], up to the next heading."""
    lines: list[str] = []
    inside = False
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            if inside:
                break
            inside = paragraph.text == SECTIONS[number]
        elif inside and paragraph.text:
            lines.append(paragraph.text)
    return lines


def minutes_of(cli: Any, meeting: str, tmp_path: Path) -> Any:
    target = tmp_path / f"{meeting}.docx"
    result = ok(cli("show", meeting, "--format", "docx", "-o", str(target)))
    assert f"to {target}" in result.stderr and result.stdout == ""
    return docx.Document(str(target))


def records_by_uid(book: store.db.Store) -> dict[str, store.MeetingRecord]:
    with book.session() as session:
        return {record.uid or "": record for record in store.repo.iter_records(session=session)}


def test_every_part_of_the_bien_ban(sample_book: store.db.Store, cli: Any, tmp_path: Path) -> None:
    record = records_by_uid(sample_book)[SEED_004]
    document = minutes_of(cli, SEED_004, tmp_path)
    header, signatures = document.tables[0], document.tables[-1]
    left, right = header.rows[0].cells
    assert cell_lines(left) == [
        "BAN CHẤP HÀNH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",  # the organiser as issuing body
        NUMBER_LINE,
    ]
    assert cell_lines(right) == [MOTTO_STATE, MOTTO, "Hà Nội, ngày 15 tháng 3 năm 2024"]
    lines = body(document)
    title_at = lines.index("BIÊN BẢN")
    assert document.paragraphs[title_at].style.name == "Heading 1"
    assert lines[title_at + 1] == record.title
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == list(SECTIONS)  # I-IV, and V as the meeting cites a document
    assert section(document, 0) == ["Thời gian: ngày 15 tháng 3 năm 2024", "Địa điểm: Hà Nội"]
    people = section(document, 1)
    assert people[0] == "Chủ trì:"
    chairs = [p for p in record.participants if p.role == "chair"]
    assert people[1 : 1 + len(chairs)] == [f"– {p.name} – {p.title}" for p in chairs]
    assert f"Thư ký: {BLANK}" in people  # not recorded: a line to fill in
    content = section(document, 2)
    assert content[0].startswith("Ý kiến phát biểu: Nguyễn Đình Khang – Ủy viên Ban Chấp hành")
    assert any(line.startswith("Ngay sau Hội nghị Đoàn Chủ tịch") for line in content)
    conclusions = section(document, 3)
    assert len(conclusions) == len(record.decisions)
    assert conclusions[0] == (
        f"1. {record.decisions[0].text} (Giao nhiệm vụ; đơn vị/người thực hiện: Các cấp công đoàn)"
    )
    assert section(document, 4) == [
        "– Nghị quyết số 02-NQ/TW về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam "
        "trong tình hình mới"
    ]
    secretary, chair = signatures.rows[0].cells
    assert cell_lines(secretary) == ["THƯ KÝ", "(Ký, ghi rõ họ tên)", BLANK]
    assert cell_lines(chair) == ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", *(p.name for p in chairs)]


def test_page_and_fonts_are_the_administrative_ones(
    sample_book: store.db.Store, cli: Any, tmp_path: Path
) -> None:
    document = minutes_of(cli, SEED_004, tmp_path)
    page = document.sections[0]
    assert (round(page.page_width.mm), round(page.page_height.mm)) == (210, 297)  # A4
    assert (round(page.left_margin.mm), round(page.right_margin.mm)) == (30, 20)
    normal = document.styles["Normal"].font
    assert (normal.name, normal.size.pt) == ("Times New Roman", 13)
    assert document.styles["Heading 2"].font.name == "Times New Roman"


def test_a_partial_date_is_written_as_recorded(
    sample_book: store.db.Store, cli: Any, tmp_path: Path
) -> None:
    year_only = minutes_of(cli, SEED_001, tmp_path)  # 2022, inferred, no place recorded
    right = year_only.tables[0].rows[0].cells[1]
    assert cell_lines(right)[-1] == f"{BLANK}, năm 2022"
    assert section(year_only, 0) == [
        "Thời gian: năm 2022 (không rõ ngày, tháng; được suy ra: nguồn không ghi đầy đủ)",
        f"Địa điểm: {BLANK}",
    ]
    afternoon = minutes_of(cli, SEED_000, tmp_path)  # "Chiều 30/5", the year inferred
    assert section(afternoon, 0)[0] == (
        "Thời gian: buổi chiều, ngày 30 tháng 5 năm 2022 (được suy ra: nguồn không ghi đầy đủ)"
    )
    ok(cli("add", "--title", "Họp Ban Nữ công", "--date", "05/2022", "--uid", "thang-5"))
    month = minutes_of(cli, "thang-5", tmp_path)
    assert section(month, 0)[0] == "Thời gian: tháng 5 năm 2022 (không rõ ngày)"
    assert cell_lines(month.tables[0].rows[0].cells[1])[-1] == f"{BLANK}, tháng 5 năm 2022"
    assert cell_lines(month.tables[0].rows[0].cells[0]) == [BLANK, NUMBER_LINE]  # no organiser


def test_date_words_pad_as_administrative_documents_do() -> None:
    assert date_words(PartialDate(2024, 1, 5)) == "ngày 05 tháng 01 năm 2024"
    assert date_words(PartialDate(2024, 2)) == "tháng 02 năm 2024"
    assert date_words(PartialDate(2024, 12, 25)) == "ngày 25 tháng 12 năm 2024"
    assert date_words(PartialDate(2024)) == "năm 2024"


def test_hours_secretary_and_every_role(cli: Any, tmp_path: Path) -> None:
    ok(cli("add", "--title", "Họp Ban Thường vụ LĐLĐ tỉnh Nghệ An", "--date", "15/3/2024",
           "--start", "14:00", "--end", "16:30", "--place", "Vinh",
           "--org", "Liên đoàn Lao động tỉnh Nghệ An",
           "--chair", "Kha Văn Tám | Chủ tịch LĐLĐ tỉnh",
           "--secretary", "Nguyễn Thị Thu | Chánh Văn phòng",
           "--attendee", "Chu Bá Long", "--representative", "Ngọc Kim Nam | Trưởng Ban Dân vận",
           "--absent", "Lê Văn Vắng", "--speaker", "Kha Văn Tám",
           "--decision", "kết luận: Triển khai quy chế | phụ trách: Văn phòng | hạn: 6/2024",
           "--uid", "timed"))  # fmt: skip
    document = minutes_of(cli, "timed", tmp_path)
    assert section(document, 0)[0] == (
        "Thời gian: từ 14 giờ 00 đến 16 giờ 30, ngày 15 tháng 3 năm 2024"
    )
    assert section(document, 1) == [
        "Chủ trì: Kha Văn Tám – Chủ tịch LĐLĐ tỉnh",
        "Thư ký: Nguyễn Thị Thu – Chánh Văn phòng",
        "Người tham dự: Chu Bá Long",
        "Đại diện: Ngọc Kim Nam – Trưởng Ban Dân vận",
        "Vắng mặt: Lê Văn Vắng",
    ]
    assert section(document, 2) == ["Ý kiến phát biểu: Kha Văn Tám"]
    assert section(document, 3) == [
        "1. Triển khai quy chế (Kết luận; đơn vị/người thực hiện: Văn phòng; hạn: 06/2024)",
        "Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày.",  # the closing line, before signatures
    ]
    secretary, chair = document.tables[-1].rows[0].cells
    assert cell_lines(secretary)[-1] == "Nguyễn Thị Thu"
    assert cell_lines(chair)[-1] == "Kha Văn Tám"
    assert cell_lines(document.tables[0].rows[0].cells[1])[-1] == "Vinh, ngày 15 tháng 3 năm 2024"


def test_the_notes_keep_their_markdown_shape() -> None:
    notes = (
        "**Ý kiến:** nhất trí *hoàn toàn*\n\n- một\n- hai\n\n3. ba\n4. bốn\n\n"
        "Xem [quy chế](https://example.vn/qc) và <https://example.vn>"
    )
    record = store.MeetingRecord(title="Họp chi bộ", date="2024-03-15", notes=notes)
    out = io.BytesIO()
    assert write_docx([record], out) == 1
    document = docx.Document(io.BytesIO(out.getvalue()))
    content = section(document, 2)
    assert content == [
        "Ý kiến: nhất trí hoàn toàn",
        "– một",
        "– hai",
        "3. ba",
        "4. bốn",
        "Xem quy chế (https://example.vn/qc) và https://example.vn",
    ]
    first = next(p for p in document.paragraphs if p.text == content[0])
    assert [(run.text, bool(run.bold), bool(run.italic)) for run in first.runs] == [
        ("Ý kiến:", True, False),
        (" nhất trí ", False, False),
        ("hoàn toàn", False, True),
    ]
    assert "Họp chi bộ" in body(document)


def test_a_query_makes_one_document_a_meeting_a_page(
    sample_book: store.db.Store, cli: Any, tmp_path: Path
) -> None:
    target = tmp_path / "khang.docx"
    result = ok(cli("export", "-f", "docx", "-q", "nguyen dinh khang", "-o", str(target)))
    assert "Wrote 3 meetings" in result.stderr
    document = docx.Document(str(target))
    records = records_by_uid(sample_book)
    lines = body(document)
    titles = [lines[i + 1] for i, line in enumerate(lines) if line == "BIÊN BẢN"]
    assert titles == [records[uid].title for uid in (SEED_001, SEED_000, SEED_004)]
    assert len(document.tables) == 6  # a header and a signature table each
    assert len(document.sections) == 3
    assert all(s.start_type == WD_SECTION.NEW_PAGE for s in document.sections[1:])


def test_to_a_pipe_the_bytes_are_a_document(sample_book: store.db.Store, cli: Any) -> None:
    result = ok(cli("export", "--format", "docx", "-q", "date:2024"))
    document = docx.Document(io.BytesIO(result.stdout_bytes))
    assert body(document).count("BIÊN BẢN") == 2


def test_to_a_terminal_it_asks_for_a_file(sample_book: store.db.Store, db: str) -> None:
    script = console_script()
    for args in (["show", SEED_004, "-f", "docx"], ["export", "-f", "docx"]):
        leader, follower = pty.openpty()
        try:
            done = subprocess.run(
                [str(script), "--db", db, *args],
                stdout=follower, stderr=subprocess.PIPE, text=True, timeout=60, check=False,
            )  # fmt: skip
        finally:
            os.close(follower)
            os.close(leader)
        assert done.returncode == 2, done.stderr
        assert done.stderr.splitlines() == [
            "minutebook: docx is a binary file: write it with -o FILE.docx"
        ]


def test_an_empty_book_writes_no_document(cli: Any, tmp_path: Path) -> None:
    assert "empty" in one_error(cli("export", "-f", "docx", "-o", str(tmp_path / "x.docx")), 1)
    assert not (tmp_path / "x.docx").exists()


def office() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.skipif(
    office() is None, reason="LibreOffice (libreoffice or soffice) is not on PATH: no PDF check"
)
def test_libreoffice_converts_it_to_pdf(sample_book: store.db.Store, cli: Any, tmp_path: Path):
    source = tmp_path / "khang.docx"
    ok(cli("export", "-f", "docx", "-q", "nguyen dinh khang", "-o", str(source)))
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no clash with a running one
    done = subprocess.run(
        [str(office()), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    pdf = tmp_path / "khang.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stdout + done.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-z])", data))
    assert pages >= 3  # each meeting's minutes on a page of their own


# Where the minutes stand: a draft's mark, the approval ---------------------------------------


def written(*records: store.MeetingRecord) -> Any:
    out = io.BytesIO()
    assert write_docx(records, out) == len(records)
    return docx.Document(io.BytesIO(out.getvalue()))


def header_lines(section: Any) -> list[str]:
    """What the page header of a section says; [] when it has none of its own (the first
    section then has none at all)."""
    if section.header.is_linked_to_previous:
        return []
    return [paragraph.text for paragraph in section.header.paragraphs if paragraph.text]


def test_a_draft_is_marked_above_the_heading_and_in_the_page_header() -> None:
    document = written(a_meeting(status="draft"))
    lines = [line for line in body(document) if line]
    at = lines.index("BIÊN BẢN")
    assert lines[at - 1] == DRAFT_MARK == "DỰ THẢO"
    mark = next(p for p in document.paragraphs if p.text == DRAFT_MARK)
    assert mark.runs[0].bold
    assert header_lines(document.sections[0]) == ["DỰ THẢO"]


def test_final_minutes_carry_no_mark() -> None:
    document = written(a_meeting())
    assert DRAFT_MARK not in body(document)
    assert header_lines(document.sections[0]) == []


def test_in_a_book_only_the_drafts_pages_carry_the_mark() -> None:
    document = written(
        a_meeting(title="Một"), a_meeting(title="Hai", status="draft"), a_meeting(title="Ba"),
        a_meeting(title="Bốn", status="draft"),
    )  # fmt: skip
    assert [header_lines(section) for section in document.sections] == [
        [],
        ["DỰ THẢO"],
        [],
        ["DỰ THẢO"],  # the third: an empty header, not the draft's repeated
    ]
    lines = [line for line in body(document) if line]
    marked = [lines[i + 2] for i, line in enumerate(lines) if line == DRAFT_MARK]
    assert marked == ["Hai", "Bốn"]  # the mark, BIÊN BẢN, the title


def test_approved_minutes_say_when_and_by_whom_above_the_signatures() -> None:
    approved = a_meeting(status="approved", approved_on="2024-03-20", approved_by="Hội nghị BCH")
    document = written(approved)
    lines = [line for line in body(document) if line]
    sentence = "Biên bản đã được thông qua ngày 20 tháng 3 năm 2024 bởi Hội nghị BCH."
    assert sentence in lines and DRAFT_MARK not in lines
    assert section(document, 3)[-1] == sentence  # after the conclusions, before the signatures
    locked = written(approved.model_copy(update={"status": "locked", "approved_by": None}))
    assert "Biên bản đã được thông qua ngày 20 tháng 3 năm 2024." in body(locked)
    assert not any("thông qua" in line for line in body(written(a_meeting())))


def test_the_cli_marks_a_draft_it_exports(
    sample_book: store.db.Store, cli: Any, tmp_path: Path
) -> None:
    ok(cli("edit", SEED_004, "--status", "draft"))
    document = minutes_of(cli, SEED_004, tmp_path)
    assert DRAFT_MARK in body(document)
    assert header_lines(document.sections[0]) == ["DỰ THẢO"]
