"""The items of a meeting's outcome: the record of one (`Item`, `Outcome`), how one is added
(trimmed, with the owner and deadline the text states), extended by the sentence after it, read
from a list (numbered, lettered, bulleted, "Một là, …", with sub-lists and lead-ins), and the
signing a signing ceremony is about. Which sentences hold items is `decisions`' business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.extract import decision_owners as owners
from store.extract import decision_words as words
from store.extract.plain_text import Sentence
from store.text import clean

MAX_ITEMS = 30


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
class OpenList:
    kind: str
    owner: tuple[int, int] | None
    count_header: bool
    style: str | None = None
    sub_style: str | None = None  # the marks of a sub-list under the current item
    sub_owner: tuple[int, int] | None = None
    sub_items: bool = False  # the sub-list's items are items of their own (after a lead-in)
    praising: bool = False  # the current item is praise, left out with its further sentences
    bodies_tasked: bool = False  # an item naming a body as its subject assigns it a task


def list_item(
    outcome: Outcome,
    text: str,
    folded: str,
    start: int,
    end: int,
    mark: re.Match[str] | None,
    opened: OpenList,
) -> None:
    style = next((k for k, v in (mark.groupdict() if mark else {}).items() if v), None)
    body = start + (mark.end() if mark else 0)
    previous = outcome.items[-1] if outcome.items else None
    if opened.style == "sub" and style != "sub":
        opened.style, opened.owner = None, None  # "3." after "2.1.", "2.2.": the parent list again
    owner = opened.owner
    sub_list = opened.style is not None and style != opened.style
    if previous is not None and sub_list and previous.text.endswith(":") and not opened.sub_items:
        lead = words.LEAD_IN.search(folded, previous.start, previous.end)
        if lead is not None:  # "2. … đề nghị Đảng đoàn … các nhiệm vụ sau:" over "2.1. …"
            outcome.items.pop()
            opened.sub_style, opened.sub_items = style, True
            opened.sub_owner = (
                owners.owner_span(text, folded, lead.end(), previous.end) or opened.owner
            )
    if opened.sub_items and sub_list and style == opened.sub_style:
        owner = opened.sub_owner
    elif (
        previous is not None
        and sub_list
        and (previous.text.endswith(":") or (style and style == opened.sub_style))
    ):  # a sub-list of the previous item: part of it
        opened.sub_style = style
        extend(outcome, text, end)
        return
    else:
        opened.sub_style, opened.sub_items = None, False
    opened.style = opened.style or style
    inline = {"word": words.INLINE_MARK, "paren": words.INLINE_PAREN}.get(style or "")
    pieces = inline.split(folded[body:end]) if inline else [folded[body:end]]
    cursor = body
    for piece in pieces:
        piece_start = folded.find(piece, cursor, end) if piece else cursor
        inner = words.MARK.match(piece)
        first = piece_start + (inner.end() if inner and piece_start != body else 0)
        cursor = piece_start + len(piece)
        kind = own_kind(folded, first) or opened.kind
        directive = re.compile(r"(?:giao|de nghi|yeu cau)\s").match(folded, first)
        piece_owner = owner
        if kind != "decision":  # "2. Bộ Xây dựng chủ trì …": the item names who does it
            piece_owner = owners.subject(text, folded, first, cursor) or owner
        elif opened.bodies_tasked and own_kind(folded, first) is None:
            # "2. LĐLĐ tỉnh trích kinh phí …" under "Hai đơn vị thống nhất:": a body's task
            piece_owner = owners.subject(text, folded, first, cursor)
            kind = "assignment" if piece_owner is not None else kind
        if piece_owner is None and directive:  # "a) Giao UBND huyện …": the item names its owner
            piece_owner = owners.owner_span(text, folded, directive.end(), cursor)
        opened.praising = _praises(folded, first, cursor)
        if opened.praising:
            continue  # "1. Ban Thường vụ ghi nhận, đánh giá cao …": an assessment
        add(outcome, text, folded, first, cursor, kind, 0.7, piece_owner)


def counted(
    outcome: Outcome, text: str, folded: str, start: int, end: int, kind: str, confidence: float
) -> bool:
    """One item per ordinal inside a sentence ("…, thứ nhất, A, thứ hai, B, và cuối cùng, C"):
    each from after its ordinal to the next, from after a "do đó" that turns a shortcoming into
    its task, without the asking person said again. False when the sentence counts none."""
    marks = list(words.ORDINAL_INLINE.finditer(folded, start, end))
    first = [m for m in marks if m["ord"] in ("thu nhat", "mot la")]
    if not first:
        return False
    marks = [m for m in marks if m.start() >= first[0].start()]
    if len([m for m in marks if m["ord"] != "cuoi cung"]) < 2:
        return False
    for index, mark in enumerate(marks):
        at = mark.end()
        last = marks[index + 1].start() if index + 1 < len(marks) else end
        then = list(words.CONSEQUENCE.finditer(folded, at, last))
        at = then[-1].end() if then else at
        asked = words.ASKED_INSIDE.match(folded, at, last)
        at = asked.end() if asked else at
        owner = owners.subject(text, folded, at, last)
        if owner is None and folded.startswith("cac ", at):
            owner = owners.owner_span(text, folded, at, last)
        own = own_kind(folded, at)
        if own is None and owner and folded.startswith("chu tri", owner[1] + 1):
            own = "assignment"  # "Ban Tổ chức chủ trì, phối hợp …": the body that leads is given it
        add(outcome, text, folded, at, last, own or kind, confidence, owner)
    return True


def own_kind(folded: str, start: int) -> str | None:
    """The kind an item's own first verb gives it, whatever the list or sentence it is in:
    "giao …" assigns, "yêu cầu …" / "đề nghị …" asks (a conclusion)."""
    if folded.startswith("giao ", start):
        return "assignment"
    if folded.startswith(("yeu cau ", "de nghi "), start):
        return "conclusion"
    return None


def _praises(folded: str, start: int, end: int) -> bool:
    """Whether an item opens with praise: its subject at most, then "đánh giá cao", "biểu dương"."""
    found = words.PRAISE.search(folded, start, min(end, start + 80))
    return found is not None and not re.search(r"[,.;:]", folded[start : found.start()])


def extend(outcome: Outcome, text: str, end: int) -> None:
    last = outcome.items[-1]
    joined = clean(text[last.start : end])[:2000].rstrip(" .;")
    outcome.items[-1] = replace(last, text=joined, end=end)


def add(
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
    if len(value.split()) <= 6 and words.HEADING.fullmatch(folded, start, end):
        return  # "2. Nhiệm vụ năm 2025", over the lettered tasks: a heading, not a task
    if words.STEERING.match(folded, start):
        return  # "biểu quyết bầu Đoàn Chủ tịch gồm …": who runs the meeting, not an outcome
    if words.LEAD_ONLY.fullmatch(folded, start, end):
        return  # "… tập trung vào các nhiệm vụ trọng tâm", the tasks told after it
    if not words.VERB_FIRST.match(folded, start):  # "giao …", "thống nhất …" keep the verb's case
        value = value[:1].upper() + value[1:]
    due_iso, due_span = owners.deadline(folded, start, end)
    responsible = clean(text[owner[0] : owner[1]]) if owner else None
    outcome.items.append(
        Item(value[:2000], kind, start, end, confidence, responsible, owner, due_iso, due_span)
    )


# "Tại hội nghị, A và B đã ký Quy chế …", "Ngay sau đó, Giám đốc và Chủ tịch Công đoàn ký Thỏa
# ước …": the parties sign at the meeting itself (not "Sau khi … ký", "Trước đó, … đã ký", told
# as what came before). The frame opens the sentence; the signing verb ends a short subject.
_SIGNED_HERE = re.compile(
    r"\s*(?:(?:cung\s+)?tai\s+(?:hoi nghi|buoi le|buoi lam viec|phien hop|cuoc hop)|"
    r"ngay sau do|tiep do|nhan dip nay|dip nay)\s*,\s*(?:[^\s,.;:]+\s+){1,20}?"
    r"(?:(?:da|cung|chinh thuc)\s+)*(?P<sign>ky(?:\s+ket)?\s+(?:quy che|chuong trinh|thoa thuan|"
    r"thoa uoc|ke hoach|nghi quyet lien tich)\b)"
)


def signed_here(folded: str, sentences: list[Sentence]) -> tuple[int, int] | None:
    """Where a sentence says the parties signed at the meeting: from "ký" to its end."""
    for sentence in sentences:
        found = _SIGNED_HERE.match(folded, sentence.start, sentence.end)
        if found:
            return found.start("sign"), sentence.end
    return None


def signing(
    outcome: Outcome,
    text: str,
    folded: str,
    lead: Sentence,
    sentences: list[Sentence] = (),
    lead_too: bool = True,
) -> None:
    """A signing ceremony decided what it signed: "… ký kết Quy chế phối hợp …"; told again
    where the parties sign at the meeting, that sentence, unless the lead names the text more
    fully ("Tại hội nghị, A và B đã ký kết Quy chế phối hợp." after the lead's full title)."""
    found = words.SIGNING.search(folded, lead.start, lead.end)
    here = signed_here(folded, list(sentences))
    if here and any(item.start < here[1] and here[0] < item.end for item in outcome.items):
        here = None  # already read as an item ("Tại hội nghị, hai bên thống nhất ký kết …")
    if here and not (
        found
        and set(words.WORD.findall(folded, *here))
        <= set(words.WORD.findall(folded, found.start(), lead.end))
    ):
        add(outcome, text, folded, *here, "decision", 0.5, None)
        return
    if found and lead_too:
        start = found.start() + folded[found.start() : found.end()].index("ky ket")
        end = lead.end
        for place in re.finditer(r"\s+tai\s+", folded[found.end() : end]):
            at = found.end() + place.end()
            if text[at : at + 1].isupper():  # "… năm 2025 tại Khu công nghiệp Quế Võ": where
                end = found.end() + place.start()
                break
        add(outcome, text, folded, start, end, "decision", 0.5, None)


def unique(items: list[Item]) -> list[Item]:
    """Each item once: the same text, or the same task said twice (its first ten words alike,
    "các cấp công đoàn cần tiếp tục nắm bắt tình hình …" in the speech and again in its summary),
    kept where first said, with the longer of its two texts."""
    kept: list[Item] = []
    where: dict[str, int] = {}
    for item in items:
        words = item.text.casefold().split()
        key = " ".join(words) if len(words) < 10 else " ".join(words[:10])
        if key not in where:
            where[key] = len(kept)
            kept.append(item)
        elif len(item.text) > len(kept[where[key]].text):
            kept[where[key]] = item
    return kept


def agreed_parts(
    outcome: Outcome, text: str, folded: str, start: int, end: int, confidence: float
) -> None:
    """The points agreed after "thống nhất các nội dung:" on the same line, one a part between
    semicolons: each is its own decision ("giao …" an assignment), its body the subject."""
    for part in re.finditer(r"[^;]+", folded[start:end]):
        first, last = start + part.start(), start + part.end()
        first += len(folded[first:last]) - len(folded[first:last].lstrip())
        kind = own_kind(folded, first) or "decision"
        if kind == "decision":
            owner = owners.subject(text, folded, first, last)
        else:
            owner = owners.owner_span(text, folded, first, last)
        add(outcome, text, folded, first, last, kind, confidence, owner)
