"""A conclusion or a resolution laid out as an administrative document, in sections or articles.

A notice of conclusions ("… kết luận như sau:") often lays its body out in upper-case sections:
"I. ĐÁNH GIÁ CHUNG" (what the meeting found: no task), then "II. NHIỆM VỤ THỜI GIAN TỚI" and
"III. TỔ CHỨC THỰC HIỆN" (each numbered item or paragraph under them is a task of its own).
The section, not a verb inside each item, says that what follows is the outcome. The notice's
closing ("… thông báo để các cơ quan, đơn vị biết, thực hiện") and its recipients end it.

A resolution says what was resolved after "QUYẾT NGHỊ:" in articles ("Điều 1. Thông qua …",
"Điều 2. Các chỉ tiêu …:" over numbered targets): each article, or each item under one that ends
in a colon, is a decision; the article on who executes it and when it takes effect is not.
"""

from __future__ import annotations

import re

from store.extract.decision_items import OpenList, Outcome, extend, list_item

# "I. ĐÁNH GIÁ CHUNG", "II- NHIỆM VỤ …": a Roman number, then a heading in capitals.
_SECTION = re.compile(r"^[^\S\n]*(?P<number>[IVX]{1,4})\s*[.)/-]\s+(?P<heading>[^\n]{3,80})$", re.M)
# What a section only assesses: the results, the situation, the findings.
_ASSESSES = re.compile(r"\b(?:danh gia|ket qua|tinh hinh|nhan xet|ghi nhan|uu diem|han che)\b")
# "III. TỔ CHỨC THỰC HIỆN": who carries the notice out, each an assignment.
_CARRY_OUT = re.compile(r"\bto chuc thuc hien\b")
_AGREED = re.compile(r"\s*(?:\d{1,2}\s*[.)]\s*)?(?:thong nhat|nhat tri|thong qua|dong y)\b")
# The notice's own closing and what follows it: no task of the meeting's.
_CLOSES = re.compile(
    r"^[\s\"“]*(?:noi nhan\b|[^.;]{0,80}\bthong bao (?:de|cho)\b[^.;]{0,80}\bbiet\b)"
)


def heading(text: str, folded: str, start: int, end: int) -> str | None:
    """The kind of section ("assess", "tasks" or "carry out") whose heading in capitals lies in
    the lines between two sentences (page furniture to the body's reader: only seen there)."""
    found = None
    for match in _SECTION.finditer(text, start, end):
        if match["heading"].strip(" .:").isupper():
            found = match
    if found is None:
        return None
    if _ASSESSES.search(folded, found.start(), found.end()):
        return "assess"
    return "carry out" if _CARRY_OUT.search(folded, found.start(), found.end()) else "tasks"


def kind(folded: str, start: int, section: str) -> str:
    """An item's kind: agreed ("Thống nhất …") a decision; under "TỔ CHỨC THỰC HIỆN" who carries
    the notice out is assigned; else what the conclusion asks."""
    if _AGREED.match(folded, start):
        return "decision"
    return "assignment" if section == "carry out" else "conclusion"


def closes(folded_line: str) -> bool:
    """Whether a sentence is the notice's closing or its list of recipients."""
    return _CLOSES.match(folded_line) is not None


# "QUYẾT NGHỊ:" on a line of its own, in capitals: the operative part of a resolution follows.
_RESOLVES = re.compile(r"^[^\S\n]*(?:QUYẾT NGHỊ|QUYẾT ĐỊNH)\s*:\s*$", re.M)
# "Điều 3." alone, or opening an article's text.
ARTICLE = re.compile(r"^\s*dieu\s+\d{1,2}\s*[.:]\s*")
# "… chịu trách nhiệm thi hành Nghị quyết này", "Nghị quyết có hiệu lực kể từ ngày ký".
_EXECUTES = re.compile(r"\b(?:chiu trach nhiem thi hanh|co hieu luc|thi hanh nghi quyet)\b")


def resolves(text: str, start: int, end: int) -> bool:
    """Whether the lines between two sentences hold a resolution's "QUYẾT NGHỊ:"."""
    return _RESOLVES.search(text, start, end) is not None


def executes(folded_line: str) -> bool:
    """Whether an article only says who executes the resolution and when it takes effect."""
    return _EXECUTES.search(folded_line) is not None


def item(
    outcome: Outcome,
    text: str,
    folded: str,
    start: int,
    end: int,
    mark: re.Match[str] | None,
    same_line: bool,
    section: str,
) -> None:
    """A sentence under a section of tasks: a task of its own, or the one before going on."""
    if same_line and not mark and outcome.items and outcome.items[-1].end >= start - 3:
        extend(outcome, text, end)  # "2. … . Thời hạn …": the item's next sentence
        return
    found = kind(folded, start, section)
    list_item(outcome, text, folded, start, end, mark, OpenList(found, None, False))
