"""Who does a decided task and by when: the owner and deadline an item of the outcome states.

`owner_span` reads the body or person a task is given to ("giao Sở X chủ trì …", "đề nghị
đồng chí Y …"), `subject` the body an item opens with as its task's subject ("Sở Xây dựng
hướng dẫn …"), `doer` that or who a task is done by ("Việc … do X thực hiện"); `deadline`
reads "trước ngày 30/4/2025", "trong tháng 4/2025" or a day without a year, which `with_year`
puts in the meeting's year. `decisions` finds the items themselves.
"""

from __future__ import annotations

import re
from datetime import date

from store.extract import decision_words as words
from store.extract import lexicon

_HOW_OFTEN = re.compile(r"(?:moi|hang|dinh ky)(?: (?:tuan|thang|quy|nam))?\s+")


def subject(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The body an item opens with, as the subject of its task ("Sở Xây dựng hướng dẫn …",
    "Các công đoàn cơ sở chủ động …"): a body's head, its name, then a lowercase verb."""
    rest = folded[start : start + 40]
    if not (text[start : start + 1].isupper() or rest.startswith("cac ")):
        return None  # "…; các chi bộ doanh nghiệp báo cáo …": bodies in the plural, lower case
    head = rest[4:] if rest.startswith("cac ") else rest  # "Các công đoàn cơ sở …"
    if rest.startswith("ban hanh") or not any(
        head.startswith(h) and not head[len(h) : len(h) + 1].isalpha() for h in lexicon.BODY_HEADS
    ):
        return None  # "Ban hành …" is a verb
    span = owner_span(text, folded, start, end)
    if span is None:
        return None
    often = re.search(r"\s(?:moi|hang|dinh ky)$", folded[span[0] : span[1]])
    span = (span[0], span[0] + often.start()) if often else span  # "… doanh nghiệp mỗi | quý"
    after = re.compile(r"\s+(?=[^\W\d_])").match(text, span[1])
    if after is None or not text[after.end()].islower():
        return None
    verb_at = after.end()
    often = _HOW_OFTEN.match(folded, verb_at)  # "… mỗi quý báo cáo …", "… định kỳ rà soát …"
    verb_at = often.end() if often else verb_at
    urged = words.URGING.match(folded, verb_at)
    if urged and text[verb_at : urged.end()].lower() == "cán":
        urged = None  # "Ban cán sự đảng …": a body's name going on, not "cần"
    if words.TASK_VERB.match(folded, verb_at) or urged:
        return span
    if _LEVEL_END.search(folded, span[0], span[1]) and not _NO_TASK.match(folded, verb_at):
        return span  # "Ban Tuyên giáo LĐLĐ tỉnh biên soạn …": a name closed by its level
    # Bodies in the plural qualified by where they are: "UBND các huyện ven biển tổ chức …"
    at = verb_at
    for _ in range(3 if " cac " in folded[span[0] : span[1]] else 0):
        qualified = _QUALIFIED.match(folded, at)  # one word more of where the bodies are
        if qualified is None:
            break
        at = qualified.end()
        if words.TASK_VERB.match(folded, at):
            return span[0], at - 1
    return None  # "Ban soạn thảo thống nhất …", "… bị giảm đơn hàng": no task's verb yet


# "Việc chọn 5 trường hợp do Công đoàn X phối hợp với … thực hiện": the task, then who does it.
_TASK_DONE_BY = re.compile(r"[\s\"“]*viec\s+[^.;,]{3,80}?\s+do\s+(?=\S)")


def doer(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The body a sentence names as doing a task: its subject ("Sở Xây dựng khẩn trương tham
    mưu …") or who a task is done by ("Việc … do Công đoàn X … thực hiện")."""
    done_by = _TASK_DONE_BY.match(folded, start, end)
    if done_by is not None:
        return subject(text, folded, done_by.end(), end)
    return subject(text, folded, start, end)


_QUALIFIED = re.compile(r"[a-z]+ ")
# A body's name closed by the level it sits at ("… Liên đoàn Lao động tỉnh", "UBND huyện"): the
# lowercase word after it starts its task, whatever the verb; not a state or an agreement.
_LEVEL_END = re.compile(r"\s(?:tinh|huyen|thanh pho|thi xa|quan)$")
_NO_TASK = re.compile(
    rf"(?:da|duoc|bi|la|co|van|chua|khong|se|deu|cung|{words.AGREE_VERB}|ghi nhan|cho biet)\b"
)


# A count before the bodies a task is given to: "12 doanh nghiệp", "02 công đoàn cơ sở", "ba sở".
_COUNTED = re.compile(r"(?:\d{1,3}|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?=(?P<word>\w+))")
# The verbs that hand a task to its owner; "Phân công đ/c A …" is how minutes assign a member.
_HANDS_OVER = re.compile(r"\s*(?:giao|phan cong|de nghi|yeu cau|chi dao)\s+(?:cho\s+)?")


def owner_span(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The body or person a task is given to: the words after "giao", "phân công", … up to the
    verb of the task (capitalised words and the lowercase words of bodies' names)."""
    verb = _HANDS_OVER.match(folded, start)
    at = verb.end() if verb else start
    at += len(folded[at:end]) - len(folded[at:end].lstrip())
    honorific = re.compile(r"(?:dong chi|d/c|ong|ba)\s+(?=[^\W\d_])").match(folded, at)
    person = bool(honorific and text[honorific.end()].isupper())
    if person and honorific:
        at = honorific.end()  # "giao đồng chí Phan Thị Hà …": the person
    begin = at
    counted = None if person else _COUNTED.match(folded, at)
    if counted and (text[counted.end()].isupper() or counted["word"] in words.OWNER_LOWER):
        at = counted.end()  # "yêu cầu 12 doanh nghiệp …", "đôn đốc 02 CĐCS …": a counted group
    last, capital = None, False
    for match in words.WORD.finditer(text, at, min(end, at + 120)):
        word, low = match.group(), folded[match.start() : match.end()]
        if person and word[:1].islower():
            break  # a person's name is capitalised words only: "đ/c Cà Văn Tươi đôn đốc …"
        if word[:1].islower() and words.TASK_VERB.match(folded, match.start()):
            break  # "UBND huyện chỉ đạo …", "các doanh nghiệp công khai …": the task begins
        # "Ban Tài chính": inside a body's name, but not after the level that closes it ("…
        # LĐLĐ tỉnh biên soạn …")
        named = (
            capital and low in lexicon.TITLE_LOWER and not _LEVEL_END.search(folded, at, last or at)
        )
        if not (word[:1].isupper() or low in words.OWNER_LOWER or named):
            break
        capital = capital or word[:1].isupper()
        last = match.end()
    if last is None:
        return None
    while folded[at:last].endswith((" va", " cua", " trong")):
        last = folded.rfind(" ", at, last)
    return (begin, last) if last > at else None


def deadline(folded: str, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """An item's deadline as the record holds it: "trước ngày 30/4/2025" → 2025-04-30, "trong
    tháng 4/2025" → 2025-04; "trước ngày 15/4" → --04-15, the year to be the meeting's."""
    for pattern in (words.DUE, words.DUE_NO_YEAR, words.DUE_MONTH):
        found = pattern.search(folded, start, end)
        if found is None:
            continue
        day, month = int(found["d"]) if "d" in found.groupdict() else 1, int(found["m"])
        year = int(found["y"]) if "y" in found.groupdict() else 2024  # a leap year checks 29/2
        try:
            date(year, month, day)
        except ValueError:
            continue
        if pattern is words.DUE:
            return f"{year:04d}-{month:02d}-{day:02d}", found.span()
        if pattern is words.DUE_MONTH:
            return f"{year:04d}-{month:02d}", found.span()
        return f"--{month:02d}-{day:02d}", found.span()
    return None, None


def with_year(due: str | None, meeting: str | None) -> str | None:
    """A deadline without a year ("--04-15") in the meeting's year, or the next one when that
    day is already past at the meeting; None when the meeting's year is not known either."""
    if not due or not due.startswith("--"):
        return due
    if not meeting or not meeting[:4].isdigit():
        return None
    year = int(meeting[:4])
    if len(meeting) >= 10 and due[2:] < meeting[5:10]:
        year += 1
    try:
        return date(year, int(due[2:4]), int(due[5:7])).isoformat()
    except ValueError:
        return None
