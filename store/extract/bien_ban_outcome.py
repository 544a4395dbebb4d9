"""A Biên bản's time, conclusions and cited documents, as `bien_ban` finds their lines.

- `When`: "Thời gian: 8 giờ 00, ngày 15 tháng 3 năm 2024", "9h00 ngày 03/10/2023", "từ 8 giờ 00
  đến 10 giờ 30", "buổi chiều, tháng 5 năm 2022", "năm 2024 (không rõ ngày, tháng; được suy ra …)"
  (our export's words for a date known to the month or year, or inferred); the place-and-date line
  of the header when nothing else gives the date. The part of day follows the clock.
- conclusions: one item per numbered, dashed or lettered line, or per ";" of a conclusion written
  inline ("Kết luận: A; B."); a lead "Quyết định:" / "Giao việc:" / "Giao:" / "Kết luận:" gives
  the kind (and a line it opens is one more item after an inline conclusion); our export's
  "(Giao nhiệm vụ; đơn vị/người thực hiện: X; hạn: 31/03/2024)" gives kind, owner, deadline and
  state; otherwise "giao …" and a deadline make an assignment (`decisions`' owner
  and deadline readers are reused, unchanged); a table of tasks ("| TT | Nội dung | Người thực
  hiện | Thời hạn |") gives one item a row, its owner and deadline from their columns; what
  was not agreed ("Chưa thống nhất: …", "2. Các nội dung chưa thống nhất:") is no item, but a
  later sentence of its line that agrees ("Hai bên thống nhất …") is; a conclusion line's later
  sentence that is an outcome of its own ("… . Giao đ/c A …", "… . Không tổ chức …") is one more;
  a marked list ends at an unmarked line after a blank one ("Họp xong 17h30."), unless that line
  is an outcome of its own ("Bên A giao …").
- documents: our export's "Kế hoạch số 25/KH-LĐLĐ ngày 01/02/2024: title" read back whole, other
  lines by `documents.read_documents`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from store.documents.docx_minutes import SECTIONS
from store.extract import decision_owners, decision_words, decisions, documents
from store.extract.bien_ban_people import is_border
from store.extract.draft import Evidence
from store.vocabulary import DECISION_KINDS_VI, DECISION_STATUSES_VI

_FULL = re.compile(r"ngay\s+(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})\s*,?\s+nam\s+(?P<y>\d{4})")
_NUMERIC = re.compile(r"(?<![\d/])(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})")
_MONTH = re.compile(r"thang\s+(?P<m>\d{1,2})(?:\s*,?\s+nam\s+|\s*/\s*)(?P<y>\d{4})")
_YEAR = re.compile(r"\bnam\s+(?P<y>\d{4})\b")
_CLOCK = r"(?P<{0}h>\d{{1,2}})\s*(?:gio|h|:)\s*(?P<{0}m>\d{{2}})?(?:\s*phut)?(?![\d/])"
_START = re.compile(r"(?<![\d/])" + _CLOCK.format("s"))
_RANGE_END = re.compile(r"\bden\s+(?:luc\s+)?" + _CLOCK.format("e"))
_PART = re.compile(
    r"(?:\bbuoi\s+|^|,\s*|\bvao\s+)(?P<part>sang|trua|chieu|toi)\b"
    r"(?=\s*(?:,|ngay|\d|hom|nay|$))"
)
_PARTS = {"sang": "morning", "trua": "noon", "chieu": "afternoon", "toi": "evening"}
_INFERRED = "duoc suy ra"

_MARK = re.compile(r"^\s*(?:\(?(?:(?:\d{1,2}\.)?\d{1,2}|[a-hđ])\s*[.)]|[-–—+•●▪*·])\s*")
_LEAD = re.compile(
    r"(?P<lead>quyet dinh|giao viec|giao nhiem vu|giao|phan cong|ket luan|nghi quyet)\s*:\s*"
)
_LEAD_KINDS = {"quyet dinh": "decision", "nghi quyet": "decision", "ket luan": "conclusion",
               "giao viec": "assignment", "giao nhiem vu": "assignment", "giao": "assignment",
               "phan cong": "assignment"}  # fmt: skip
_KINDS = {label: kind for kind, label in DECISION_KINDS_VI.items()}
_STATUSES = {label: status for status, label in DECISION_STATUSES_VI.items()}
_DETAILS = re.compile(
    r"\s\((?P<kind>" + "|".join(_KINDS) + r")(?:; đơn vị/người thực hiện: (?P<resp>.+?))?"
    r"(?:; hạn: (?P<due>[\d/]+))?(?:; (?P<status>" + "|".join(_STATUSES) + r"))?\)\s*$"
)
_ASSIGNS = re.compile(r"(?:^|\s)giao\s|\b(?:tham muu|chiu trach nhiem|phu trach)\b")
_GIVEN_TO = re.compile(r"\bgiao\s+(?:cho\s+)?(?:(?:dong chi|d/c|đ/c|ong|ba)\s+)?")
_CITATION = re.compile(
    r"^(?:(?P<kind>\S.*?)\s+)?số\s+(?P<number>\S+?)"
    r"(?:\s+ngày\s+(?P<date>\d{2}/\d{2}/\d{4}|\d{2}/\d{4}|\d{4}))?"
    r"(?::\s+(?P<title>.+)|\s+(?P<about>về\s.+))?$"
)


def _iso(day: int | None, month: int | None, year: int) -> str:
    return "-".join(f"{p:02d}" for p in (year, month, day) if p is not None)


def _shown_date(text: str) -> str | None:
    """Our export's day-first date ("31/03/2024", "03/2024", "2024") as ISO."""
    parts = [int(p) for p in text.split("/")]
    if not parts or parts[-1] < 1000:
        return None
    return _iso(*([None] * (3 - len(parts)) + parts))  # type: ignore[arg-type]


@dataclass
class When:
    """The meeting's date, hours and part of day, as read so far (the first reading wins)."""

    date: str | None = None
    span: tuple[int, int] | None = None
    as_read: str | None = None
    start: str | None = None
    end: str | None = None
    part: str | None = None
    inferred: bool = False
    from_header: bool = False
    header_date: tuple[str, int, int] | None = field(default=None)

    def read(self, text: str, low: str, offset: int) -> None:
        """A line giving the time ("Thời gian: …", "Hôm nay, vào lúc …")."""
        if self.date is not None:
            return
        for pattern in (_FULL, _NUMERIC, _MONTH, _YEAR):
            found = pattern.search(low)
            if found:
                groups = found.groupdict()
                day, month = (int(groups[k]) if groups.get(k) else None for k in ("d", "m"))
                if (month is not None and not 1 <= month <= 12) or (day is not None and day > 31):
                    continue
                self.date = _iso(day, month, int(groups["y"]))
                self.span = (offset + found.start(), offset + found.end())
                self.as_read = text[found.start() : found.end()]
                break
        if self.date is None:
            return
        self.inferred = _INFERRED in low
        clock = _START.search(low)
        if clock:
            self.start = f"{int(clock['sh']):02d}:{clock['sm'] or '00'}"
            ending = _RANGE_END.search(low, clock.end())
            if ending:
                self.end = f"{int(ending['eh']):02d}:{ending['em'] or '00'}"
        part = _PART.search(low)
        if part:
            self.part = _PARTS[part["part"]]
        elif self.start:
            hour = int(self.start[:2])
            self.part = "morning" if hour < 12 else "afternoon" if hour < 18 else "evening"

    def header(self, text: str, low: str, offset: int) -> None:
        """The header's "Bắc Ninh, ngày 15 tháng 3 năm 2024": the date if nothing else says it."""
        probe = When()
        probe.read(text, low, offset)
        if probe.date and probe.span:
            self.header_date = (probe.date, *probe.span)

    def end_time(self, low: str) -> None:
        """Read "Cuộc họp kết thúc lúc 10 giờ 30 cùng ngày" as the end of a started meeting."""
        clock = _START.search(low)
        if clock and self.start and self.end is None:
            ending = f"{int(clock['sh']):02d}:{clock['sm'] or '00'}"
            if ending > self.start:
                self.end = ending

    def put(self, record: dict[str, Any], evidence: list[Evidence], flags: list[str]) -> None:
        from datetime import date

        date_value, span, sure = self.date, self.span, 0.95
        if date_value is None and self.header_date:
            date_value, span, sure = self.header_date[0], self.header_date[1:], 0.6
            flags.append("minutes-date-from-header")
        if date_value is None:
            record["date"], record["date_inferred"] = str(date.today().year), True
            flags.append("date-missing")
            return
        record["date"], record["date_inferred"] = date_value, self.inferred
        record["part_of_day"] = self.part
        if self.start and len(date_value) == 10:
            record["start_time"], record["end_time"] = self.start, self.end
        if span:
            evidence.append(Evidence("date", self.as_read or date_value, span[0], span[1], sure))


def our_layout(lines: Iterable[str]) -> bool:
    """True when the text has our export's four section headings: its documents are section V's."""
    wanted = set(SECTIONS[:4])
    return wanted <= {line.strip() for line in lines}


# "Chưa thống nhất: …", "2. Các nội dung chưa thống nhất:", "Hai bên không thống nhất …": what
# was NOT agreed, under its own label or told so, ends the conclusions and is no item.
NOT_AGREED = re.compile(
    r"^(?:(?:(?:\d{1,2}\.)?\d{1,2}|[a-h])\s*[.)]\s*)?"
    r"(?:(?:cac\s+)?(?:noi dung|diem|van de|kien nghi)\s+)?"
    r"(?:ve\s[^:;.]{1,80}:\s*)?"  # "3.4. Về đề xuất lập quỹ: chưa thống nhất"
    r"(?:(?:hai ben|cac ben|hoi nghi|cuoc hop)\s+)?(?:van\s+|con\s+)?(?:chua|khong)\s+"
    r"(?:dat duoc\s+(?:su\s+)?)?(?:thong nhat|nhat tri|dong y)\b"
)
_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[.)](?!\d)")
# Where a sentence ends and another starts, on a line: a stop, then a capital.
_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[A-ZĐÀ-Ỹ])")
# A sentence that agrees on something of its own: "Hai bên thống nhất …", "Hội nghị nhất trí …".
_AGREES_AGAIN = re.compile(
    r"(?:hai ben|cac ben|hoi nghi|cuoc hop|ban chap hanh|ban thuong vu)\s+(?:(?:cung|da|deu)\s+)*"
    r"(?:thong nhat|nhat tri|dong y)\s+(?!:)"
)


def numbered(text: str) -> bool:
    """A line numbered "2." or "3)" (not "2.1." under it, nor a letter or a dash)."""
    return bool(_NUMBERED.match(text))


def after_refusal(text: str, folded: str, start: int, end: int) -> list[Decision]:
    """The items of a line that opens with what was not agreed: its later sentences that agree
    on something ("Nội dung chưa thống nhất: A. Hai bên thống nhất tiếp tục thương lượng …")."""
    starts = [found.end() for found in _SENTENCE_END.finditer(text, start, end)]
    items: list[Decision] = []
    for first, last in zip(starts, [*starts[1:], end][: len(starts)], strict=True):
        if _AGREES_AGAIN.match(folded, first):
            item = _item(text, folded, first, last)
            items += [item] if item is not None else []
    return items


def marked(text: str) -> bool:
    """A line that starts an item of a list: "1.", "a)", "-", "•"."""
    return bool(_MARK.match(text))


def led(folded: str) -> bool:
    """A line opened by the label of an outcome's kind ("Giao: Ban X …", "Quyết định: …"): one
    more item, as a marked line is, after a conclusion written inline on the line before."""
    return bool(_LEAD.match(folded))


@dataclass
class Decision:
    text: str
    kind: str
    start: int
    end: int
    responsible: str | None = None
    due: str | None = None
    status: str | None = None
    confidence: float = 0.85


def read_items(text: str, folded: str, start: int, end: int, inline: bool) -> list[Decision]:
    """The conclusions in `text[start:end]`: one line (an item), or an inline run split at ";"."""
    line = text[start:end]
    mark = _MARK.match(line)
    if mark:
        start, line = start + mark.end(), line[mark.end() :]
        inline = False
    if not line.strip():
        return []
    pieces = [(start, end)]
    if inline and _DETAILS.search(line) is None:
        pieces, at = [], start
        for piece in line.split(";"):
            pieces.append((at, at + len(piece)))
            at += len(piece) + 1
    elif not inline:
        pieces = _own_sentences(text, folded, start, end)
    items = [_item(text, folded, a, b) for a, b in pieces]
    return [item for item in items if item is not None]


# A later sentence of an item's line that is an outcome of its own: a task handed out ("Giao đ/c
# A thu tiền"), one side's own task ("Bên B lấy ý kiến …"), what the two sides agree ("Hai bên
# thống nhất …"), or what is not to be done ("Không tổ chức tiệc …").
_OWN_SENTENCE = re.compile(
    r"(?:(?:giao|phan cong)\s+(?:cho\s+)?(?:d/c|đ/c|dong chi|ong|ba|anh|chi|phong|to)\s"
    r"|ben [a-d]\s+(?!(?:va|,))[a-z]|(?:hai|cac) ben\s+(?:thong nhat|nhat tri|dong y)\s"
    r"|khong\s+(?:to chuc|thuc hien|ap dung|bo tri|chi|tang)\s)"
)


def own_outcome(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the sentence at `start` is an outcome of its own: a task handed out, a side's or a
    body's task, what the sides agree, what is not to be done."""
    return bool(_OWN_SENTENCE.match(folded, start)) or (
        decision_owners.subject(text, folded, start, end) is not None
    )


def _own_sentences(text: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """An item's line cut before each later sentence that is an outcome of its own; a sentence
    that goes on with the item ("Các dự thảo hoàn thành …") stays with it."""
    cuts = [
        found.end()
        for found in _SENTENCE_END.finditer(text, start, end)
        if own_outcome(text, folded, found.end(), end)
    ]
    bounds = [start, *cuts]
    return list(zip(bounds, [*cuts, end], strict=True))


_ADOPTS = re.compile(r"(?:thong qua|thong nhat|nhat tri|bieu quyet)\s")


def _item(text: str, folded: str, start: int, end: int) -> Decision | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    lead = _LEAD.match(folded, start, end)
    kind = None
    if lead:
        kind, start = _LEAD_KINDS[lead["lead"]], lead.end()
    words = text[start:end]
    details = _DETAILS.search(words)
    item = Decision(words, kind or "decision", start, end)
    if details:
        item.text = words[: details.start()].rstrip()
        item.kind = _KINDS[details["kind"]]
        item.responsible = details["resp"]
        item.due = details["due"] and _shown_date(details["due"])
        item.status = details["status"] and _STATUSES[details["status"]]
        item.confidence = 0.95
        return item if item.text else None
    if len(item.text.split()) < 2:
        return None
    low = folded[start:end]
    due = decision_words.DUE.search(low)
    if due:
        item.due = _iso(int(due["d"]), int(due["m"]), int(due["y"]))
    # a deadline makes a task an assignment, but not what was adopted ("Thông qua báo cáo …;
    # ban hành trước ngày …"): the verb of deciding tells its kind
    if kind is None and (_ASSIGNS.search(low) or (due and not _ADOPTS.match(low))):
        item.kind = "assignment"
    if item.kind == "assignment":
        given = _GIVEN_TO.search(low)
        owner = decision_owners.owner_span(text, folded, start + (given.end() if given else 0), end)
        if owner:
            item.responsible = text[owner[0] : owner[1]].strip(" ,")
    return item


# A table of tasks under the conclusions: its header names the task's, the owner's and the
# deadline's columns ("| TT | Nội dung | Người thực hiện | Thời hạn |").
_TASK_HEAD = re.compile(r"\b(?:noi dung|cong viec|nhiem vu|ket luan|van de)\b")
_OWNER_HEAD = re.compile(r"\b(?:thuc hien|phu trach|chu tri|trach nhiem)\b")
_DUE_HEAD = re.compile(r"\b(?:thoi han|han|thoi gian)\b")


@dataclass
class TaskTable:
    """The columns of a table of tasks, once its header row is read."""

    task: int | None = None
    owner: int | None = None
    due: int | None = None

    def read_header(self, folded_cells: list[str]) -> bool:
        """Take a header row's columns; False when the row names no task column (or is a row of
        the table: a number in a cell, or a cell of more than four words)."""
        if not any(_TASK_HEAD.search(cell) for cell in folded_cells) or any(
            len(cell.split()) > 4 or re.fullmatch(r"\s*\d+[.)]?\s*", cell) for cell in folded_cells
        ):
            return False
        for index, cell in enumerate(folded_cells):
            if self.task is None and _TASK_HEAD.search(cell):
                self.task = index
            elif self.owner is None and _OWNER_HEAD.search(cell):
                self.owner = index
            elif self.due is None and _DUE_HEAD.search(cell):
                self.due = index
        return True

    def row(self, text: str, folded: str, start: int, end: int) -> list[Decision]:
        """The task of one row of `text[start:end]` (none for a border or the header); a row
        before any header is read as a line of conclusions."""
        if is_border(text[start:end]):
            return []
        cells = cell_spans(text, start, end)
        if self.read_header([folded[a:b] for a, b in cells]):
            return []
        if self.task is None:
            return read_items(text, folded, start, end, False)
        found = self.item(text, folded, cells)
        return [found] if found else []

    def item(self, text: str, folded: str, cells: list[tuple[int, int]]) -> Decision | None:
        """One row's task (`cells` are spans of `text`), its owner and deadline from theirs."""
        if self.task is None or self.task >= len(cells):
            return None
        found = _item(text, folded, *cells[self.task])
        if found is None:
            return None
        if self.owner is not None and self.owner < len(cells) and not found.responsible:
            found.responsible = text[slice(*cells[self.owner])].strip() or None
        if self.due is not None and self.due < len(cells) and not found.due:
            due = _NUMERIC.search(folded, *cells[self.due])
            found.due = due and _iso(int(due["d"]), int(due["m"]), int(due["y"]))
        if found.kind == "decision" and (found.responsible or found.due):
            found.kind = "assignment"
        return found


def cell_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a table row's cells in `text[start:end]` ("|" or tabs between them), without
    its outer borders."""
    spans, at = [], start
    for piece in re.split(r"(\||\t+)", text[start:end]):
        if piece != "|" and not piece.startswith("\t"):
            spans.append((at, at + len(piece)))
        at += len(piece)
    if spans and not text[slice(*spans[0])].strip():
        spans = spans[1:]
    if spans and not text[slice(*spans[-1])].strip():
        spans = spans[:-1]
    return spans


def put_decisions(items: list[Decision], evidence: list[Evidence]) -> list[dict[str, Any]]:
    """The items in the import shape, each with its evidence."""
    entries = []
    for item in items[: decisions.MAX_ITEMS * 4]:
        entry: dict[str, Any] = {"text": item.text[:5000], "kind": item.kind}
        evidence.append(Evidence("decisions", item.text[:80], item.start, item.end,
                                 item.confidence))  # fmt: skip
        if item.responsible:
            entry["responsible"] = item.responsible[:500]
            evidence.append(Evidence("decision_responsible", entry["responsible"], item.start,
                                     item.end, item.confidence))  # fmt: skip
        if item.due:
            entry["due"] = item.due
            evidence.append(Evidence("decision_due", item.due, item.start, item.end,
                                     item.confidence))  # fmt: skip
        if item.status:
            entry["status"] = item.status
        entries.append(entry)
    return entries


def read_citations(text: str, folded: str, start: int, end: int) -> list[dict[str, Any]]:
    """The documents of a line of the documents section ("– Kế hoạch số 25/KH-LĐLĐ ...")."""
    line = text[start:end]
    mark = _MARK.match(line)
    if mark:
        start, line = start + mark.end(), line[mark.end() :]
    found = _CITATION.match(line.strip())
    if found is None or not any(ch.isdigit() for ch in found["number"]):
        return cited_in(text, folded, [(start, end)])
    title = found["title"] or found["about"]
    number = documents.written(found["number"])
    return [{"number": number[:100], "kind": found["kind"], "title": title,
             "date": found["date"] and _shown_date(found["date"]), "start": start,
             "end": end}]  # fmt: skip


def cited_in(text: str, folded: str, spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Documents cited anywhere in the spans (content, conclusions), read as in a report."""
    return [{"number": c.number[:100], "kind": c.kind, "title": c.title and c.title[:1000],
             "date": c.date, "start": c.start, "end": c.end}
            for c in documents.read_documents(text, folded, spans)]  # fmt: skip
