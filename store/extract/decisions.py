"""What the meeting decided, concluded and assigned: the items of its outcome, read from a report.

Reads the ways a report writes them:
- lists of tasks after a header that concludes, agrees or asks ("Kết luận hội nghị, đồng chí X đề
  nghị các cấp công đoàn tập trung:", "Đoàn Chủ tịch thống nhất:", "Chi bộ ra nghị quyết với 3
  nhóm nhiệm vụ:", "Ba quan tâm:"), numbered, lettered, bulleted or "Một là, … Hai là, …";
- a sentence that concludes ("Kết luận hội nghị, đồng chí X …"), agrees ("Hội nghị thống nhất /
  nhất trí / biểu quyết …"), assigns ("giao Sở X chủ trì, phối hợp …") or asks ("yêu cầu các cấp
  …"), trimmed to the decision itself, one item per decision when it holds two;
- the signing a signing ceremony is about, when nothing else says it.
Quoted speech and questions (an interview's "PV: …?") are never items. Each item keeps its span,
a confidence, and the owner and deadline when the text states them. Who the meeting's people are
is `people`'s business; this module only says where the concluding person is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from store.extract import lexicon
from store.extract.plain_text import Sentence
from store.text import clean

MAX_ITEMS = 30

_CONCLUDE_OPEN = re.compile(
    r"^[\s\"“(]*(?:phat bieu\s+|thay mat[^,]{0,80},\s*[^,]{0,80}?\s*)?(?:ket luan|be mac)\b"
    r"(?!\s+(?:so\b|\d))"
)
_CONCLUDE_VERB = re.compile(
    r"(?<!thong bao )(?<!theo )(?<!cac )\b(?:phat bieu\s+)?ket luan\b(?!\s+(?:so\b|\d))"
    r"(?=(?:\s+(?:hoi nghi|phien hop|buoi lam viec|ky hop|cuoc hop|dai hoi))?\s*[,:]"
    r"|[^.;:]{0,80}?\b(?:de nghi|yeu cau|giao|chi dao)\b)"
)
_BODY = (
    r"(?:hoi nghi|dai hoi|phien hop|ky hop|cuoc hop|ban chap hanh|bch|cac dai bieu|dai bieu|"
    r"hai ben|cac ben|doan chu tich|ban thuong vu|btv|thuong truc|hai co quan|chi bo|dang uy|"
    r"uy ban|hoi dong|cac thanh vien|thanh vien|tap the|ban can su|dang doan|ban)"
)
_MEETING_SUBJECT = re.compile(r"^(?:hoi nghi|dai hoi|phien hop|ky hop|cuoc hop)\b")
_AGREE_VERB = r"(?:thong nhat|nhat tri|bieu quyet|quyet dinh|thong qua|ra nghi quyet|tan thanh)"
_AGREES = re.compile(
    rf"\b(?P<subject>{_BODY})(?:\s+[a-z0-9/]+){{0,4}}?\s+(?:(?:cung|da|deu)\s+)*"
    rf"(?P<verb>{_AGREE_VERB}|bau|ky ket)\b"
)
_ASSIGN = re.compile(r"(?<!\bban )\bgiao\s+(?:cho\s+)?(?=\S)")
_REQUEST = re.compile(r"\b(?:yeu cau|de nghi|chi dao)\s+(?=(?:cac|toan|moi|tung)\b)")
_SPLIT = re.compile(
    r"\s*;\s*(?:dong thoi\s*,?\s*)?(?=(?:giao|de nghi|yeu cau|thong nhat|nhat tri|quyet dinh|"
    r"bieu quyet|thong qua)\s)|\s*,?\s+(?:va|dong thoi)\s+(?=giao\s)"
)
_LEAD_VERB = re.compile(
    r"\b(?P<verb>de nghi|yeu cau|chi dao|nhan manh|luu y|khang dinh|dan do|giao|ghi nhan|"
    r"danh gia|thong nhat|nhat tri|bieu duong)\b"
)
_KEEP_VERB = frozenset({"giao", "ghi nhan", "danh gia", "thong nhat", "nhat tri", "bieu duong"})
_MARK = re.compile(
    r"^[\s\"“]*(?:(?P<num>\d{1,2})\s*(?:[.)]\s+|[-–/]\s*)(?=\S)|(?P<letter>[a-z])\s*[.)]\s+"
    r"|(?P<bullet>[-–—+•●▪*·])\s*|(?P<word>(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+la"
    r"|thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam))\s*[,:]\s*(?!\d))"
)
_INLINE_MARK = re.compile(
    r"[.;]\s+(?=(?:hai|ba|bon|nam|sau|bay|tam)\s+la\s*[,:]|thu\s+(?:hai|ba|tu|nam|sau)\s*[,:])"
)
_TASK_HEADER = re.compile(
    r"^(?:\d+|mot|hai|ba|bon|nam|sau|bay)\s+(?:nhom\s+)?(?:nhiem vu|quan tam|day manh|giai phap|"
    r"noi dung|van de|dinh huong|yeu cau|diem|khau dot pha)[^:]{0,40}:\s*$"
)
_TASK_WORDS = re.compile(r"\b(?:nhiem vu|giai phap|noi dung|van de|tap trung|sau|chi tieu)\b")
_QUESTION = re.compile(r"^[\s\"“]*(?:pv|hoi|h|phong vien)\s*:")
_DUE = re.compile(
    r"\b(?:truoc|den|cham nhat(?:\s+la)?|han(?:\s+chot)?|xong truoc)\s+(?:ngay\s+)?"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\b"
)
_SIGNING = re.compile(r"\b(?:le|hoi nghi)?\s*ky ket\s+(?P<what>(?:quy che|chuong trinh|thoa thuan|"
                      r"ke hoach|nghi quyet lien tich|bien ban)\b)")  # fmt: skip
_OWNER_WORDS = """
    cac cap cong doan co so don vi nganh truc thuoc ban so phong hoi dong van chi bo dang uy
    thuong truc vu lien lao tinh huyen thanh pho xa phuong quan dia doanh nghiep trong tu phap
    moi tung dai bieu dang vien the ca nhan ldld ubnd
"""
_OWNER_LOWER = frozenset(_OWNER_WORDS.split())
_VERB_FIRST = re.compile(rf"(?:giao|{_AGREE_VERB}|bau|ky ket)\b")
_WORD = re.compile(r"[^\W_]+(?:[/-][^\W_]+)*")


@dataclass(frozen=True)
class Item:
    """One decision, conclusion or assignment: `text[start:end]` of the report, trimmed."""

    text: str
    kind: str  # decision | conclusion | assignment
    start: int
    end: int
    confidence: float
    responsible: str | None = None
    responsible_span: tuple[int, int] | None = None
    due: str | None = None
    due_span: tuple[int, int] | None = None


@dataclass
class Outcome:
    """The items, and where a concluding person is named (the span before the verb), if any."""

    items: list[Item]
    concluder: tuple[int, int] | None = None


@dataclass
class _List:
    kind: str
    owner: tuple[int, int] | None
    count_header: bool
    style: str | None = None


def read_outcome(
    text: str, folded: str, sentences: list[Sentence], lead: Sentence | None = None
) -> Outcome:
    """Every item the report states, in order, once each."""
    outcome = Outcome([])
    concluding = False
    open_list: _List | None = None
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        line = folded[start:end]
        if _QUESTION.match(line) or line.rstrip().endswith("?"):
            open_list = None
            continue
        mark = _MARK.match(line)
        if open_list is not None and (mark or open_list.count_header):
            _list_item(outcome, text, folded, start, end, mark, open_list)
            open_list.count_header = False
            continue
        open_list = None
        concludes = _concludes(line)
        if concludes is not None:
            concluding = True
            if outcome.concluder is None:
                outcome.concluder = (start, start + concludes)
        open_list = _sentence(outcome, text, folded, sentence, concludes, concluding)
        if len(outcome.items) >= MAX_ITEMS:
            break
    if lead is not None and not any("ky ket" in folded[i.start : i.end] for i in outcome.items):
        _signing(outcome, text, folded, lead)
    outcome.items = _unique(outcome.items)[:MAX_ITEMS]
    return outcome


def _concludes(line: str) -> int | None:
    """Where the verb after a concluding lead-in is ("Kết luận hội nghị, đồng chí X đề nghị"),
    relative to the line; the line's end when no verb follows; None if it does not conclude."""
    found = _CONCLUDE_OPEN.match(line) or _CONCLUDE_VERB.search(line)
    if not found:
        return None
    verb = _LEAD_VERB.search(line, found.end())
    return verb.start() if verb else found.end()


def _quoted(line: str, at: int) -> bool:
    """Whether position `at` of a line is inside quotation marks."""
    before = line[:at]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1


def _sentence(
    outcome: Outcome,
    text: str,
    folded: str,
    sentence: Sentence,
    concludes: int | None,
    concluding: bool,
) -> _List | None:
    """The items of one sentence; a `_List` when it opens a list of items after a colon."""
    start, end = sentence.start, sentence.end
    line = folded[start:end]
    trigger = _trigger(text[start:end], line, concludes, concluding)
    if trigger is None:
        if _TASK_HEADER.match(line.strip()):
            return _List("conclusion", None, True)
        return None
    kind, at, confidence = trigger
    colon = line.find(":", at)
    if colon >= 0 and (_TASK_WORDS.search(line, at, colon) or not line[colon + 1 :].strip()
                       or _MARK.match(line[colon + 1 :])):  # fmt: skip
        owner = None if kind == "decision" else _owner(text, folded, start + at, start + colon)
        opened = _List(kind, owner, False)
        rest = line[colon + 1 :]
        if rest.strip():
            _list_item(outcome, text, folded, start + colon + 1, end, _MARK.match(rest), opened)
        return opened
    _add_parts(outcome, text, folded, start + at, end, kind, confidence)
    return None


def _trigger(
    original: str, line: str, concludes: int | None, concluding: bool
) -> tuple[str, int, float] | None:
    """(kind, where the item starts in the line, confidence) for a sentence that holds one."""
    if concludes is not None:
        verb = _LEAD_VERB.match(line, concludes)
        if verb and verb["verb"] == "giao":
            return "assignment", concludes, 0.6
        keep = verb is None or verb["verb"] in _KEEP_VERB
        at = concludes if keep else verb.end()
        at += len(line[at:]) - len(line[at:].lstrip(" ,:"))
        if at < len(line.rstrip(" .")) and not _quoted(line, at):
            return "conclusion", at, 0.6
        return None
    agreed = _AGREES.search(line)
    if agreed and not _quoted(line, agreed.start()) and not _names_the_meeting(line, agreed):
        subject = agreed["subject"]
        at = agreed.start("verb") if _MEETING_SUBJECT.match(subject) else agreed.start()
        return "decision", at, 0.6
    assigned = _ASSIGN.search(line)
    if (
        assigned
        and not _quoted(line, assigned.start())
        and _assigns(original, line, assigned.end())
    ):
        return "assignment", assigned.start(), 0.6
    asked = _REQUEST.search(line)
    if asked and not _quoted(line, asked.start()):
        return ("conclusion" if concluding else "assignment"), asked.end(), 0.45
    return None


def _assigns(original: str, line: str, at: int) -> bool:
    """ "giao Ban X …", "giao các công đoàn …", "giao đồng chí …": not "giao ban" (a meeting),
    "giao thông"; the word after "giao" names who is given the task."""
    word = re.match(r"[^\W\d_]+", original[at:])
    if word is None:
        return original[at : at + 3].casefold() in {"đ/c", "d/c"}
    return word.group()[:1].isupper() or bool(
        re.match(r"(?:cac|moi|tung|dong chi|ong|ba|chi bo|van phong)\b", line[at:])
    )


def _names_the_meeting(line: str, agreed: re.Match[str]) -> bool:
    """ "tổ chức Hội nghị ký kết …", "Lễ ký kết …": the meeting's name, not what it agreed;
    "sự thống nhất": a noun, not a decision."""
    before = line[: agreed.start()].rstrip()
    if before.endswith(("to chuc", "dien ra", "khai mac", "tien hanh", "su", "le")):
        return True
    return agreed["verb"] == "ky ket" and _MEETING_SUBJECT.match(agreed["subject"]) is not None


def _list_item(
    outcome: Outcome,
    text: str,
    folded: str,
    start: int,
    end: int,
    mark: re.Match[str] | None,
    opened: _List,
) -> None:
    style = next((k for k, v in (mark.groupdict() if mark else {}).items() if v), None)
    body = start + (mark.end() if mark else 0)
    previous = outcome.items[-1] if outcome.items else None
    if (
        previous is not None
        and opened.style is not None
        and style != opened.style
        and previous.text.endswith(":")
    ):  # a sub-list of the previous item: part of it
        joined = clean(text[previous.start : end])[:2000].rstrip(" .;")
        outcome.items[-1] = Item(joined, previous.kind, previous.start, end, previous.confidence,
                                 previous.responsible, previous.responsible_span)  # fmt: skip
        return
    opened.style = opened.style or style
    pieces = _INLINE_MARK.split(folded[body:end]) if style == "word" else [folded[body:end]]
    cursor = body
    for piece in pieces:
        piece_start = folded.find(piece, cursor, end) if piece else cursor
        inner = _MARK.match(piece)
        first = piece_start + (inner.end() if inner and piece_start != body else 0)
        cursor = piece_start + len(piece)
        kind = "assignment" if folded.startswith("giao ", first) else opened.kind
        _add(outcome, text, folded, first, cursor, kind, 0.7, opened.owner)


def _add_parts(
    outcome: Outcome, text: str, folded: str, start: int, end: int, kind: str, confidence: float
) -> None:
    """One item per decision in the span: "…; đồng thời giao …" is two."""
    cuts = [m for m in _SPLIT.finditer(folded, start, end)]
    bounds = [start] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [end]
    for index, (first, last) in enumerate(zip(bounds, ends, strict=True)):
        part_kind = kind
        if index and folded.startswith("giao ", first):
            part_kind = "assignment"
        owner = None
        verb = _LEAD_VERB.match(folded, first) or _ASSIGN.match(folded, first)
        if verb:
            owner = _owner(text, folded, verb.end(), last)
        _add(outcome, text, folded, first, last, part_kind, confidence, owner)


def _owner(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The body or person a task is given to: the words after "giao", "đề nghị", … up to the
    verb of the task (capitalised words and the lowercase words of bodies' names)."""
    verb = re.compile(r"\s*(?:giao|de nghi|yeu cau|chi dao)\s+(?:cho\s+)?").match(folded, start)
    at = verb.end() if verb else start
    last, capital = None, False
    for match in _WORD.finditer(text, at, min(end, at + 120)):
        word, low = match.group(), folded[match.start() : match.end()]
        if low in {"chu", "cung"} and folded.startswith(("chu tri", "cung"), match.start()):
            break
        named = capital and low in lexicon.TITLE_LOWER  # "Ban Tài chính": inside a body's name
        if not (word[:1].isupper() or low in _OWNER_LOWER or named):
            break
        capital = capital or word[:1].isupper()
        last = match.end()
    if last is None:
        return None
    while folded[at:last].endswith((" va", " cua", " trong")):
        last = folded.rfind(" ", at, last)
    return (at, last) if last > at else None


def _add(
    outcome: Outcome,
    text: str,
    folded: str,
    start: int,
    end: int,
    kind: str,
    confidence: float,
    owner: tuple[int, int] | None,
) -> None:
    while start < end and (text[start].isspace() or text[start] in ",;:-–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;,"):
        end -= 1
    value = clean(text[start:end])
    if len(value.split()) < 3 or len(outcome.items) >= MAX_ITEMS:
        return
    if not _VERB_FIRST.match(folded, start):  # "giao …", "thống nhất …" keep the verb's case
        value = value[:1].upper() + value[1:]
    due = _DUE.search(folded, start, end)
    due_iso = None
    if due:
        try:
            due_iso = date(int(due["y"]), int(due["m"]), int(due["d"])).isoformat()
        except ValueError:
            due = None
    responsible = clean(text[owner[0] : owner[1]]) if owner else None
    due_span = (due.start(), due.end()) if due else None
    outcome.items.append(
        Item(value[:2000], kind, start, end, confidence, responsible, owner, due_iso, due_span)
    )


def _signing(outcome: Outcome, text: str, folded: str, lead: Sentence) -> None:
    """A signing ceremony decided what it signed: "… ký kết Quy chế phối hợp …"."""
    found = _SIGNING.search(folded, lead.start, lead.end)
    if found:
        start = found.start() + folded[found.start() : found.end()].index("ky ket")
        _add(outcome, text, folded, start, lead.end, "decision", 0.5, None)


def _unique(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    kept = []
    for item in items:
        key = " ".join(item.text.casefold().split())
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept
