"""DOCX: meetings as Vietnamese administrative minutes ("Biên bản"), one meeting per page.

Write-only, for printing, signing and filing. The layout is the usual one for a biên bản (after
Nghị định 30/2020/NĐ-CP): A4, Times New Roman 13 pt; a header of two columns, the issuing body (the
organisers) and the number line "Số: ……/BB-……" on the left, the national motto and the place and
date line on the right; the title "BIÊN BẢN" and the meeting's title; then I. Thời gian, địa điểm;
II. Thành phần; III. Nội dung; IV. Kết luận; V. Văn bản dẫn chiếu (when any); and the
signature blocks THƯ KÝ and CHỦ TRÌ with the names. Every label is Vietnamese: this is a Vietnamese
administrative document whatever the language of the screens.

What the record does not say is left as a dotted line to fill in by hand (the number, a missing
place, chair or secretary), never made up; a date is written at the precision it was recorded
(`tháng 5 năm 2022`, `năm 2024`), and an inferred one says so. Several meetings make one
document, each meeting's minutes starting on a new page: what a secretary prints for a file.
A draft is marked "DỰ THẢO" above the heading and in the header of each of its pages; approved
or locked minutes say when and by whom they were approved, above the signatures (the words are
`store.documents.marks`').

The notes are Markdown (docs/format.md) and keep their paragraphs, lists, bold and italics
(`store.documents.docx_notes`). `python-docx` and `markdown-it` are imported inside the writer,
so no other command loads them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, BinaryIO

from store.documents.docx_notes import NOT_XML, write_notes
from store.documents.docx_stream import StreamedBody
from store.documents.marks import DRAFT_MARK, approval_sentence, date_words, is_draft
from store.record import DecisionItem, DocumentItem, MeetingRecord, Participant
from store.vocabulary import DECISION_KINDS_VI, DECISION_STATUSES_VI, PART_OF_DAY_VI
from store.words import one_line

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

BLANK = "……………"  # a dotted line: the record does not say, the secretary fills it in
FONT = "Times New Roman"
MOTTO_STATE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NUMBER_LINE = "Số: ……/BB-……"
TITLE = "BIÊN BẢN"
SECTIONS = (
    "I. Thời gian, địa điểm",
    "II. Thành phần",
    "III. Nội dung",
    "IV. Kết luận",
    "V. Văn bản dẫn chiếu",
)
SIGN_HINT = "(Ký, ghi rõ họ tên)"
RESPONSIBLE = "đơn vị/người thực hiện"  # who carries a decision out (docs/glossary.md)


def write_docx(records: Iterable[MeetingRecord], out: BinaryIO) -> int:
    """Write the minutes of every record into one document; return how many meetings.

    Written a meeting at a time (`docx_stream`): memory stays that of one meeting's minutes."""
    from docx.oxml.ns import qn

    document = _new_document()  # the skeleton: styles, page headers, the last section
    end = document.element.body.sectPr  # the last section's properties close the body
    # Each meeting is written into a scratch document, then streamed out of it: python-docx
    # finds where a new paragraph goes by scanning the whole body, so the body must stay small.
    scratch = _new_document()
    headers = _PageHeaders(document)
    body = StreamedBody(document, out)
    count = 0
    previous: MeetingRecord | None = None
    try:
        for record in records:
            if previous is not None:
                # A section break, not a page break: the next minutes start at the very top of
                # their page, with no empty line left over from the break. It closes the
                # section of the minutes before it, whose page header it names.
                body.write(_section_break(end, headers, previous))
            _minutes(scratch, record)
            for element in list(scratch.element.body):
                if element.tag != qn("w:sectPr"):
                    body.write(element)
                    scratch.element.body.remove(element)
            count += 1
            previous = record
        if previous is not None:
            headers.mark(end, previous)  # the body's last section: the last minutes'
            _line(document)  # Word wants a paragraph, not a table, at the end of the body
        body.close()
    except BaseException:
        body.abandon()
        raise
    return count


def _section_break(last: Any, headers: _PageHeaders, record: MeetingRecord) -> Any:
    """A paragraph that ends the section of `record`'s minutes with the page settings of
    `last`; the next section starts on a new page (Word's default section start)."""
    from docx.oxml import OxmlElement

    paragraph = OxmlElement("w:p")
    properties = OxmlElement("w:pPr")
    settings = copy.deepcopy(last)
    headers.mark(settings, record)
    properties.append(settings)
    paragraph.append(properties)
    return paragraph


class _PageHeaders:
    """The page header of each meeting's section: "DỰ THẢO" on a draft's pages. Once a draft has
    been written, the minutes after it get an empty header of their own, since a section without
    one repeats the header of the section before. Two header parts, shared by every section."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._ids: dict[bool, str] = {}
        self._drafts_seen = False

    def mark(self, settings: Any, record: MeetingRecord) -> None:
        """Give the section whose properties are `settings` the header `record` needs."""
        from docx.enum.section import WD_HEADER_FOOTER

        draft = is_draft(record)
        self._drafts_seen = self._drafts_seen or draft
        if self._drafts_seen:
            settings.add_headerReference(WD_HEADER_FOOTER.PRIMARY, self._header(draft))

    def _header(self, draft: bool) -> str:
        if draft not in self._ids:
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            from docx.text.paragraph import Paragraph

            part, rel_id = self._document.part.add_header_part()
            if draft:
                paragraph = Paragraph(part.element.p_lst[0], part)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.add_run(DRAFT_MARK).bold = True
            self._ids[draft] = rel_id
        return self._ids[draft]


def meeting_time(record: MeetingRecord) -> str:
    """Section I's time line: hours or part of day, the date in words, what is not known."""
    when = date_words(record.date)
    if record.start_time and record.end_time:
        hours = f"từ {_hour(record.start_time)} đến {_hour(record.end_time)}"
    elif record.start_time:
        hours = f"bắt đầu lúc {_hour(record.start_time)}"
    elif record.part_of_day:
        hours = "buổi " + PART_OF_DAY_VI.get(record.part_of_day, record.part_of_day)
    else:
        hours = ""
    text = f"{hours}, {when}" if hours else when
    unknown = {"month": "không rõ ngày", "year": "không rõ ngày, tháng"}
    caveats = [unknown.get(record.date.precision)]
    if record.date_inferred:
        caveats.append("được suy ra: nguồn không ghi đầy đủ")
    said = "; ".join(filter(None, caveats))
    return f"{text} ({said})" if said else text


def _hour(moment: Any) -> str:
    return f"{moment.hour} giờ {moment.minute:02d}"


def _text(value: str | None) -> str:
    return NOT_XML.sub("\ufffd", one_line(value))


# The document and its styles ----------------------------------------------------------------------


def _new_document() -> Document:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = docx.Document()
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(20)
    normal = document.styles["Normal"]
    _font(normal, size=13)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for name, size in (("Heading 1", 14), ("Heading 2", 13)):
        _font(document.styles[name], size=size, bold=True)
        document.styles[name].paragraph_format.space_before = Pt(10)
        document.styles[name].paragraph_format.space_after = Pt(4)
    return document


def _font(style: Any, *, size: int, bold: bool | None = None) -> None:
    """One font for every script: the template's headings use blue theme fonts otherwise."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = None
    style.font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attribute}"), FONT)


def _line(
    container: Any,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    center: bool = False,
    style: str | None = None,
) -> Paragraph:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = container.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _labelled(container: Any, label: str, value: str) -> Paragraph:
    """`Địa điểm: Hà Nội`, the label bold; a label alone when a list follows."""
    paragraph = container.add_paragraph()
    paragraph.add_run(f"{label}: " if value else f"{label}:").bold = True
    if value:
        paragraph.add_run(value)
    return paragraph


def _rule(cell: _Cell, width_mm: float, cell_mm: float) -> None:
    """The short line under the issuing body and under the motto: a centred bottom border."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    paragraph = cell.add_paragraph()
    indent = Mm(max(0.0, (cell_mm - width_mm) / 2))
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = indent
    paragraph.paragraph_format.space_after = Pt(2)
    paragraph.paragraph_format.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _two_columns(document: Document, left_mm: float, right_mm: float) -> tuple[_Cell, _Cell]:
    """A borderless two-column table (header, signatures): its cells start empty."""
    from docx.shared import Mm

    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    left, right = table.rows[0].cells
    for column, cell, width in zip(table.columns, (left, right), (left_mm, right_mm), strict=True):
        # Word reads the cell's width, LibreOffice the grid column's: set both.
        column.width = cell.width = Mm(width)
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    return left, right


def _keep_on_one_page(cell: _Cell) -> None:
    """The cell's row never splits across pages (a signature heading without its names)."""
    from docx.oxml import OxmlElement

    row = cell._tc.getparent()
    row.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


# One meeting's minutes ----------------------------------------------------------------------------


def _minutes(document: Document, record: MeetingRecord) -> None:
    _header(document, record)
    if is_draft(record):
        _line(document, DRAFT_MARK, bold=True, center=True)
    _line(document, TITLE, style="Heading 1", center=True)
    _line(document, _text(record.title), bold=True, center=True)
    _time_and_place(document, record)
    _people(document, record.participants)
    _content(document, record)
    _conclusions(document, record.decisions)
    if record.documents:
        _line(document, SECTIONS[4], style="Heading 2")
        for cited in record.documents:
            _line(document, "– " + _citation(cited))
    if record.end_time and record.date.precision == "day":
        _line(document, f"Cuộc họp kết thúc lúc {_hour(record.end_time)} cùng ngày.")
    approval = approval_sentence(record)
    if approval:
        _line(document, NOT_XML.sub("\ufffd", approval), italic=True)
    _signatures(document, record.participants)


def _header(document: Document, record: MeetingRecord) -> None:
    from docx.shared import Pt

    left, right = _two_columns(document, 65, 95)
    bodies = [_text(o.name).upper() for o in record.organisers] or [BLANK]
    names = [_line(left, body, bold=True, center=True) for body in bodies]
    _rule(left, 25, 65)
    _line(left, NUMBER_LINE, center=True)
    names.append(_line(right, MOTTO_STATE, bold=True, center=True))
    for paragraph in names:  # the bodies' and the state's names are set in 12 pt
        paragraph.runs[0].font.size = Pt(12)
    _line(right, MOTTO, bold=True, center=True)
    _rule(right, 60, 95)
    place = _text(record.location) or BLANK
    _line(right, f"{place}, {date_words(record.date)}", italic=True, center=True)


def _time_and_place(document: Document, record: MeetingRecord) -> None:
    _line(document, SECTIONS[0], style="Heading 2")
    _labelled(document, "Thời gian", _text(meeting_time(record)))
    _labelled(document, "Địa điểm", _text(record.location) or BLANK)


def _person(participant: Participant) -> str:
    name = _text(participant.name)
    return f"{name} – {_text(participant.title)}" if participant.title else name


def _role_list(document: Document, label: str, people: list[Participant], blank: bool) -> None:
    """`Chủ trì: Name – title` for one person, a dashed list under the label for several."""
    if not people:
        if blank:
            _labelled(document, label, BLANK)
        return
    if len(people) == 1:
        _labelled(document, label, _person(people[0]))
        return
    _labelled(document, label, "")
    for participant in people:
        _line(document, "– " + _person(participant))


def _people(document: Document, participants: list[Participant]) -> None:
    _line(document, SECTIONS[1], style="Heading 2")

    def having(role: str) -> list[Participant]:
        return [p for p in participants if p.role == role]

    _role_list(document, "Chủ trì", having("chair"), blank=True)
    _role_list(document, "Thư ký", having("secretary"), blank=True)
    _role_list(document, "Người tham dự", having("attendee"), blank=True)
    _role_list(document, "Đại diện", having("representative"), blank=False)
    _role_list(document, "Vắng mặt", having("absent"), blank=False)


def _content(document: Document, record: MeetingRecord) -> None:
    _line(document, SECTIONS[2], style="Heading 2")
    speakers = [p for p in record.participants if p.role == "speaker"]
    _role_list(document, "Ý kiến phát biểu", speakers, blank=False)
    if record.notes:
        write_notes(document, record.notes)
    elif not speakers:
        _line(document, BLANK)


def _conclusions(document: Document, decisions: list[DecisionItem]) -> None:
    _line(document, SECTIONS[3], style="Heading 2")
    if not decisions:
        _line(document, BLANK)
    for number, decision in enumerate(decisions, start=1):
        paragraph = _line(document, f"{number}. {_text(decision.text)}")
        details = [DECISION_KINDS_VI.get(decision.kind, decision.kind)]
        if decision.responsible:
            details.append(f"{RESPONSIBLE}: {_text(decision.responsible)}")
        if decision.due:
            details.append(f"hạn: {decision.due.display()}")
        if decision.status != "open":  # open is every decision's state at its meeting
            details.append(DECISION_STATUSES_VI.get(decision.status, decision.status))
        paragraph.add_run(f" ({'; '.join(details)})").italic = True


def _citation(cited: DocumentItem) -> str:
    """`Nghị quyết số 02-NQ/TW ngày 12/06/2021 về ...`, as a document cites another."""
    text = " ".join(filter(None, [_text(cited.kind), "số", _text(cited.number)]))
    if cited.date:
        text += f" ngày {cited.date.display()}"
    if cited.title:
        title = _text(cited.title)
        text += f" {title}" if title.casefold().startswith("về ") else f": {title}"
    return text


def _signatures(document: Document, participants: list[Participant]) -> None:
    from docx.shared import Pt

    spacer = _line(document)
    spacer.paragraph_format.space_after = Pt(12)
    spacer.paragraph_format.keep_with_next = True
    left, right = _two_columns(document, 80, 80)
    _keep_on_one_page(left)
    for cell, heading, role in ((left, "THƯ KÝ", "secretary"), (right, "CHỦ TRÌ", "chair")):
        _line(cell, heading, bold=True, center=True)
        _line(cell, SIGN_HINT, italic=True, center=True)
        names = [_text(p.name) for p in participants if p.role == role] or [BLANK]
        for name in names:
            for _ in range(3):  # room to sign
                _line(cell)
            _line(cell, name, bold=True, center=True)
