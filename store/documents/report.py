"""The report of a period (Báo cáo), in Vietnamese: DOCX for printing, or Markdown.

The layout is the administrative one the minutes use (`store.documents.docx_minutes`: A4, Times New
Roman 13 pt, the issuing body and `Số: ……/BC-……` on the left, the national motto, place and date on
the right), then BÁO CÁO and the period; I. Tình hình tổ chức các cuộc họp (the figures as tables:
by month, quarter, kind, body; attendance; documents cited; first, a sentence on the period's
drafts when it holds any: left out, or counted when asked); II. Các cuộc họp và kết luận (each
meeting, oldest first, with its conclusions, a counted draft marked `(dự thảo)`); III. Quyết định,
kết luận đang thực hiện và quá hạn; and the signature of the reporting body. What the book does
not know (the body, the number) is a dotted line to fill in. Every word is Vietnamese, whatever
the interface's language: the tables are made under `vi` (`store.stats_tables`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import IO, TYPE_CHECKING, Any

from store.documents.docx_minutes import (
    BLANK,
    MOTTO,
    MOTTO_STATE,
    _line,
    _new_document,
    _rule,
    _two_columns,
)
from store.documents.marks import date_words
from store.i18n import current_language, set_language
from store.record import MeetingRecord
from store.vocabulary import DECISION_KINDS_VI, DECISION_STATUSES_VI
from store.words import one_line

if TYPE_CHECKING:
    from store.stats import Stats
    from store.stats_tables import StatsTable

NUMBER_LINE = "Số: ……/BC-……"
SECTIONS = (
    "I. TÌNH HÌNH TỔ CHỨC CÁC CUỘC HỌP",
    "II. CÁC CUỘC HỌP VÀ KẾT LUẬN",
    "III. QUYẾT ĐỊNH, KẾT LUẬN ĐANG THỰC HIỆN VÀ QUÁ HẠN",
)
# After a meeting of part II that is still a draft (counted only with --include-drafts).
DRAFT_MARK = "(dự thảo)"
# The figures' tables the report shows in section I (decisions are section III's).
FIGURES = ("quarters", "months", "kinds", "bodies", "attendance", "documents")
DECISIONS = ("decisions", "owners", "overdue")


@contextmanager
def _vietnamese() -> Iterator[None]:
    before = current_language()
    set_language("vi")
    try:
        yield
    finally:
        set_language(before)


def period_words(stats: Stats) -> str:
    """`quý 2 năm 2024`, `tháng 5 năm 2024`, `năm 2024`, or `từ … đến …`."""
    start, end = stats.date_from, stats.date_to
    if start is None and end is None:
        return "toàn bộ thời gian"
    if start and end and start.day == 1 and start.year == end.year:
        months = end.month - start.month + 1
        if (start.month, months) == (1, 12) and end.day == 31:
            return f"năm {start.year}"
        if months == 3 and start.month % 3 == 1:
            return f"quý {start.month // 3 + 1} năm {start.year}"
        if months == 1:
            return f"tháng {start.month} năm {start.year}"
    shown = [f"{d.day}/{d.month}/{d.year}" if d else "…" for d in (start, end)]
    return f"từ {shown[0]} đến {shown[1]}"


def write_report(
    stats: Stats, meetings: list[MeetingRecord], fmt: str, stream: IO[Any], *, body: str | None
) -> None:
    """The report to `stream`: `docx` (binary) or `md`."""
    with _vietnamese():
        tables = {table.name: table for table in stats.tables()}
    if fmt == "md":
        stream.write(_markdown(stats, meetings, tables, body))
        return
    _docx(stats, meetings, tables, body).save(stream)


def _summary(stats: Stats) -> str:
    return (
        f"Trong {period_words(stats)}, sổ biên bản ghi {_n(stats.meetings)} cuộc họp, "
        f"{_n(stats.decisions)} quyết định, kết luận, trong đó {_n(stats.overdue_total)} "
        "quá hạn."
    )


def _drafts(stats: Stats) -> str | None:
    """Part I's sentence on the drafts of the period (read from a report, not yet reviewed):
    left out, as the record as reviewed is what a report counts, or counted when asked; None
    when there are none."""
    if not stats.drafts:
        return None
    if not stats.with_drafts:
        return f"Không tính {_n(stats.drafts)} biên bản còn là dự thảo, chưa rà soát."
    return (
        f"Số liệu tính cả {_n(stats.drafts)} biên bản còn là dự thảo, chưa rà soát, được ghi"
        f" “{DRAFT_MARK}” ở phần II."
    )


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def _cell(value: object) -> str:
    if value is None:
        return ""
    return _n(value) if isinstance(value, int) else one_line(str(value))


def _decision_line(item: Any) -> str:
    kind = DECISION_KINDS_VI.get(item.kind, item.kind)
    status = DECISION_STATUSES_VI.get(item.status, item.status)
    # The decision's own full stop goes: "… năm 2024.; đơn vị …" read as a slip.
    parts = [f"{kind}: {one_line(item.text).rstrip('.;, ')}"]
    if item.responsible:
        parts.append(f"đơn vị/người thực hiện: {one_line(item.responsible)}")
    if item.due:
        parts.append(f"hạn: {item.due.display()}")
    parts.append(status)
    return "; ".join(parts)


def _meeting_heading(record: MeetingRecord) -> str:
    heading = f"{one_line(record.title)} ({date_words(record.date)})"
    return f"{heading} {DRAFT_MARK}" if record.status == "draft" else heading


# Markdown -----------------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return text


def _md_table(table: StatsTable) -> list[str]:
    lines = [f"### {_md_escape(table.title)}", ""]
    lines.append("| " + " | ".join(_md_escape(h) for h in table.headers) + " |")
    # Numbers to the right, words to the left: a column is numeric when all its cells are.
    numeric = [
        all(isinstance(row[i], int) or row[i] is None for row in table.rows) and bool(table.rows)
        for i in range(len(table.headers))
    ]
    lines.append("|" + "|".join("---:" if right else "---" for right in numeric) + "|")
    for row in table.rows:
        lines.append("| " + " | ".join(_md_escape(_cell(value)) for value in row) + " |")
    return [*lines, ""]


def _markdown(
    stats: Stats, meetings: list[MeetingRecord], tables: dict[str, StatsTable], body: str | None
) -> str:
    heading = _md_escape(one_line(body).upper()) if body else BLANK
    lines = [f"**{heading}**", "", NUMBER_LINE, ""]
    # The motto and the signature, as the .docx has them (there beside the body, here below).
    lines += [f"**{MOTTO_STATE}**", "", f"**{MOTTO}**", ""]
    lines += [f"*{BLANK}, {date_words(_today(stats))}*", "", "# BÁO CÁO", ""]
    lines += [f"**Tình hình hoạt động {period_words(stats)}**", "", _summary(stats), ""]
    lines += [f"## {SECTIONS[0]}", ""]
    lines += [_drafts(stats) or "", ""] if stats.drafts else []
    for name in FIGURES:
        if name in tables:
            lines += _md_table(tables[name])
    lines += [f"## {SECTIONS[1]}", ""]
    for number, record in enumerate(meetings, 1):
        lines += [f"{number}. **{_md_escape(_meeting_heading(record))}**"]
        lines += [f"   - {_md_escape(_decision_line(item))}" for item in record.decisions]
    lines += ["", f"## {SECTIONS[2]}", ""]
    for name in DECISIONS:
        if name in tables:
            lines += _md_table(tables[name])
    lines += [f"**TM. {heading}**", "", "*(Ký, ghi rõ họ tên)*"]
    return "\n".join(lines).rstrip() + "\n"


def _today(stats: Stats) -> Any:
    from store.dates import PartialDate

    return PartialDate.from_date(stats.today if isinstance(stats.today, date) else date.today())


# DOCX ---------------------------------------------------------------------------------------------


def _docx(
    stats: Stats, meetings: list[MeetingRecord], tables: dict[str, StatsTable], body: str | None
) -> Any:
    from docx.shared import Pt

    document = _new_document()
    left, right = _two_columns(document, 65, 95)
    names = [_line(left, one_line(body).upper() if body else BLANK, bold=True, center=True)]
    _rule(left, 25, 65)
    _line(left, NUMBER_LINE, center=True)
    names.append(_line(right, MOTTO_STATE, bold=True, center=True))
    for paragraph in names:
        paragraph.runs[0].font.size = Pt(12)
    _line(right, MOTTO, bold=True, center=True)
    _rule(right, 60, 95)
    _line(right, f"{BLANK}, {date_words(_today(stats))}", italic=True, center=True)
    _line(document, "BÁO CÁO", style="Heading 1", center=True)
    _line(document, f"Tình hình hoạt động {period_words(stats)}", bold=True, center=True)
    _line(document, _summary(stats))
    _line(document, SECTIONS[0], style="Heading 2")
    if stats.drafts:
        _line(document, _drafts(stats) or "")
    for name in FIGURES:
        if name in tables:
            _docx_table(document, tables[name])
    _line(document, SECTIONS[1], style="Heading 2")
    for number, record in enumerate(meetings, 1):
        _line(document, f"{number}. {_meeting_heading(record)}", bold=True)
        for item in record.decisions:
            _line(document, "– " + _decision_line(item))
    _line(document, SECTIONS[2], style="Heading 2")
    for name in DECISIONS:
        if name in tables:
            _docx_table(document, tables[name])
    _, signature = _two_columns(document, 80, 80)
    _line(signature, "TM. " + (one_line(body).upper() if body else BLANK), bold=True, center=True)
    _line(signature, "(Ký, ghi rõ họ tên)", italic=True, center=True)
    return document


def _docx_table(document: Any, table: StatsTable) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    _line(document, table.title, bold=True)
    shown = document.add_table(rows=1, cols=len(table.headers))
    shown.style = "Table Grid"
    for cell, header in zip(shown.rows[0].cells, table.headers, strict=True):
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
    for row in table.rows:
        cells = shown.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = _cell(value)
            if isinstance(value, int):
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in shown.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(11)
