"""Who held the meeting: the organising bodies a report's lead sentence names.

Read from the subject of the lead's organising verb, in the ways Vietnamese reports write it:
"Ban Thường vụ LĐLĐ tỉnh X tổ chức …", "A phối hợp với B tổ chức …", "A, B và C tổ chức …",
"hội nghị … do A và B phối hợp tổ chức", "A làm việc với B", "Đoàn công tác của A do … dẫn
đầu …"; else the pair a joint meeting is "between" ("giữa Chính phủ và Tổng LĐLĐ Việt Nam");
last, the sides of a working session ("về phía Ban Dân vận …; Về phía Tổng LĐLĐ …"). A unit
and its own union said anywhere in the opening to hold it together ("Công ty và Công đoàn cơ sở
phối hợp tổ chức …") are both organisers, named in full (`with_own_union`).

A body's name may hold "và" and commas ("Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa,
Thể thao và Du lịch"): a list is cut only where the next part starts a body's name ("Sở …",
"Liên đoàn …", "UBND …"). "A, B tổ chức" with no "và" is one body and its parent ("Chi bộ X,
Đảng bộ Y"). A term ("khóa XVIII", "nhiệm kỳ 2023 - 2028") is not part of the name; a
parenthesised short name ("(Quỹ CEP)") is kept as a short form. Which meeting it was and where
is `meeting`'s business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from store.extract import lexicon
from store.extract.plain_text import Sentence
from store.extract.titles import starts_title
from store.text import clean, fold

_ABBREVIATED = {
    "Tổng LĐLĐ": "Tổng Liên đoàn Lao động", "LĐLĐ": "Liên đoàn Lao động",
    "BCH": "Ban Chấp hành", "BTV": "Ban Thường vụ", "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
}  # fmt: skip

# The organising verb. "họp" is not "cuộc họp", "phiên họp", "kỳ họp" (nouns) nor "phối hợp".
_ORGANISED = re.compile(
    r"\s+(?:da\s+|vua\s+|cung\s+)?(?:phoi hop\s+|long trong\s+|dong\s+)?(?:to chuc\b|khai mac\b|"
    r"(?<!cuoc )(?<!phien )(?<!buoi )(?<!phoi )(?<!ky )(?<!thong )(?<!phong )hop\b|tien hanh\b|"
    r"ky ket\b|(?:co\s+)?(?:buoi\s+)?lam viec\s+(?:voi|cung)\b)"
)
# "… những nội dung Ban Thường vụ X thống nhất tại phiên họp hôm qua": the body that decided at
# the meeting held it, when no sentence says who organised it.
_DECIDED_AT = re.compile(
    r"\s+(?:da\s+|cung\s+)?(?:thong nhat|nhat tri|quyet dinh|ket luan)\s+"
    r"tai\s+(?:phien hop|cuoc hop|hoi nghi|ky hop|buoi lam viec)\b"
)
# "Nông nghiệp và Phát triển nông thôn": one name where a capital after "và" starts no body
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_JOINT = re.compile(r"\s+(?:phoi hop(?:\s+(?:voi|cung))?|cung(?:\s+voi)?)\s+(?=[^\W\d_])")
_TERM_PART = re.compile(r"(?:nhiem ky|khoa|lan thu)\b")  # "…, nhiệm kỳ 2020 - 2025": a tail
_PARTNER_AFTER = re.compile(r"lam viec\s+(?:voi|cung)\s*$")
_BY = re.compile(r"(?:^|\s)do\s+(?=[^\W\d_])")
_DELEGATION = re.compile(
    r"doan\s+(?:cong tac|dai bieu|giam sat|kiem tra|khao sat)(?:\s+so\s+\d+)?(?:\s+cua)?\s+"
)
# What a delegation does once its body is named: led by someone, or visiting, working, checking.
_DELEGATION_ACTS = re.compile(
    r"\s*(?:,\s*)?(?:do\s|(?:da\s+|vua\s+)?(?:den\s+|ve\s+|toi\s+)?(?:tham\b|lam viec\b|"
    r"chuc tet\b|tang qua\b|giam sat\b|kiem tra\b|khao sat\b))"
)
_TERM_TAIL = re.compile(
    r"\s*[,(]?\s*(?:khoa\s+(?:[ivxl]+|\d{1,2})\b|nhiem ky\b|lan thu\b|\(?\s*(?:19|20)\d\d\s*[-–])"
)
_STOP_SEGMENT = re.compile(r"^(?:tai|vao|theo|thuc hien|nham|de|trong|sau|truoc|nhan dip)\b")
_BETWEEN = re.compile(r"\bgiua\s+(?=[^\W\d_])")
# A wire-style dateline opening the lead ("DIỄN CHÂU (17/11/2025) - Ban Chấp hành …", "HÀ NỘI,
# 20.5.2025 - …", a bulletin's "(Hà Nội, 14/3/2025) Ban Thường vụ …"): the place is where the
# story was filed, not part of the subject.
_FILED = re.compile(
    r"\s*(?:[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4}\s*(?:\(\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)"
    r"|,\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*[-–—]\s*"
    r"|\(\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4}\s*,\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)\s*)"
)


@dataclass
class Organiser:
    value: str
    start: int
    end: int
    confidence: float


def read_organisers(
    text: str,
    folded: str,
    lead: Sentence | None,
    sentences: Sequence[Sentence] = (),
    headline: tuple[int, int] | None = None,
) -> list[tuple[Organiser, list[str]]]:
    """(organiser in full, its short forms as written) for each body the lead says held it; else
    the pair a joint meeting is "between"; else the body the meeting is named after (in the
    lead, the first sentences or the headline)."""
    found = _held_by(text, folded, lead) if lead else []
    if found:
        return found
    sent = _delegation(text, folded, [lead] if lead else sentences[:3])
    if sent:
        return sent
    # The lead names no one who held it ("… diễn ra hội nghị ký kết … giữa A và B", "Buổi làm
    # việc diễn ra ngày …"): the pair it is between, the body it is named after, else the body
    # an opening sentence says met ("Đoàn Chủ tịch X đã họp phiên mở rộng").
    first = [lead] if lead else []
    if headline:
        first.append(Sentence(*headline, text[headline[0] : headline[1]]))
    return (
        _pair(text, folded, first, sentences)
        or _meeting_of(text, folded, first, sentences)
        or _opening(text, folded, [*first[:1], *(s for s in sentences[:4] if s is not lead)])
        or _sides(text, folded, sentences[:8])
    )


# A unit and its own grassroots union holding the meeting together: "Công ty và Công đoàn cơ sở
# phối hợp tổ chức …", "Bệnh viện phối hợp với Công đoàn cơ sở Bệnh viện tổ chức …".
UNIT = r"(?:tong cong ty|cong ty|benh vien|nha may|xi nghiep|nha truong|truong|co quan|don vi)"
JOINT_UNION = re.compile(
    rf"\b(?P<unit>{UNIT})\s+(?:va|phoi hop voi|cung voi|cung)\s+(?:ban chap hanh\s+)?"
    rf"(?P<union>cong doan co so|cdcs)(?:\s+{UNIT})?\s+(?:phoi hop\s+)?(?:to chuc|tien hanh)\b"
)


def with_own_union(
    text: str,
    folded: str,
    sentences: Sequence[Sentence],
    found: list[tuple[Organiser, list[str]]],
) -> list[tuple[Organiser, list[str]]]:
    """The organisers, with a unit and its union when a sentence says they held it together: the
    unit by the full name the report gives it, the union as "Công đoàn cơ sở" of that name; what
    was read as either in part ("Công đoàn cơ sở", "Công ty") gives way to them."""
    for sentence in sentences[:12]:
        joint = JOINT_UNION.search(folded, sentence.start, sentence.end)
        if joint is None:
            continue
        # the unit as already read in full ("Hội nghị … của Công ty X"), else as first named
        named = [b for b, _ in found if re.match(rf"{joint['unit']}\s+\w+\s+\w", fold(b.value))]
        unit = (named[0].start, named[0].end) if named else _unit_named(text, folded, joint["unit"])
        if not unit:
            continue
        name = named[0].value if named else text[unit[0] : unit[1]]
        union = Organiser(f"Công đoàn cơ sở {name}", joint.start("union"), joint.end("union"), 0.6)
        kept = [
            (body, short)
            for body, short in found
            if not re.search(r"\b(?:cong doan co so|cdcs)\b", fold(body.value))
            and fold(body.value) not in fold(name)
        ]
        return [(Organiser(name, *unit, 0.6), []), (union, []), *kept][:10]
    return found


_JOINS = frozenset({"va", "voi", "cua", "ve", "cung"})  # "Bệnh viện và CĐCS": another body next


def _unit_named(text: str, folded: str, unit: str) -> tuple[int, int] | None:
    """Where the report first names a unit of this kind in full ("Công ty Cổ phần Thủy sản Trà
    Kha"): its word capitalised, then capitalised words, up to the last of them."""
    for match in re.finditer(rf"\b{unit}\s+", folded):
        if not text[match.start()].isupper():
            continue
        end, last = None, match.end()
        for word in re.finditer(r"[^\W_]+", text[match.end() : match.end() + 120]):
            at = match.end() + word.start()
            if text[last:at].strip():
                break  # a mark between words ends the name
            low = fold(word.group())
            if not (word.group()[:1].isupper() or low in lexicon.TITLE_LOWER) or low in _JOINS:
                break
            last = match.end() + word.end()
            if word.group()[:1].isupper():  # "… Trà Kha diễn ra": the name ends capitalised
                end = last
        if end is not None:
            return match.start(), end
    return None


_SIDE = re.compile(r"\bve phia\s+(?=[^\W\d_])")
_SIDE_END = re.compile(r"\s+(?:có|là|gồm)\s|\s*[,;:]")


def _sides(
    text: str, folded: str, sentences: Sequence[Sentence]
) -> list[tuple[Organiser, list[str]]]:
    """The sides of a working session, when nothing else says who held it: "Tham dự …, về phía
    Ban Dân vận Trung ương, có …; Về phía Tổng LĐLĐ Việt Nam có …" (two sides or more)."""
    found: list[tuple[Organiser, list[str]]] = []
    for sentence in sentences:
        for side in _SIDE.finditer(folded, sentence.start, sentence.end):
            stop = _SIDE_END.search(text, side.end(), sentence.end)  # "có" folds as "cơ", "cố"
            run = _body_run(text, folded, side.end(), stop.start() if stop else sentence.end)
            named = run and _organiser(text, folded, run)
            if named and all(named[0].value != other.value for other, _ in found):
                found.append(named)
    return found if len(found) >= 2 else []


def _held_by(text: str, folded: str, lead: Sentence) -> list[tuple[Organiser, list[str]]]:
    """The bodies the sentence says held the meeting: the subject of its organising verb."""
    verb = _verb(text, folded, lead)
    if verb is None or folded[: verb.start()].rstrip().endswith("duoc"):
        return []  # "Hội nghị … được tổ chức": not who held it
    spans = _subject(text, folded, lead.start, verb.start())
    if _PARTNER_AFTER.search(folded, verb.start(), verb.end()):  # "A làm việc với B"
        gap = folded[verb.end() : lead.end]
        at = verb.end() + len(gap) - len(gap.lstrip())
        partner = _body_run(text, folded, at, lead.end)
        spans += [partner] if partner else []
    found = [_organiser(text, folded, span) for span in spans]
    return [item for item in found if item is not None]


def _opening(
    text: str, folded: str, sentences: Sequence[Sentence]
) -> list[tuple[Organiser, list[str]]]:
    """A body an opening sentence says met, or decided at the meeting."""
    for sentence in sentences:
        found = _held_by(text, folded, sentence)
        if found:
            return found
        decided = _DECIDED_AT.search(folded, sentence.start, sentence.end)
        span = decided and _body_ending_at(text, folded, sentence.start, decided.start())
        named = span and _organiser(text, folded, span)
        if named:
            return [named]
    return []


def _body_ending_at(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The body's name that runs up to `end` (a verb), wherever in the clause it starts."""
    for word in re.finditer(r"(?<![^\W_])[^\W\d_]", text[start:end]):
        at = start + word.start()
        if not _body_at(text, folded, at, end):
            continue
        run = _body_run(text, folded, at, end)
        if run and not text[run[1] : end].strip():
            return run
    return None


def _verb(text: str, folded: str, lead: Sentence) -> re.Match[str] | None:
    """The first organising verb of the lead written in lower case ("Phòng Tổ chức" is a name)."""
    for match in _ORGANISED.finditer(folded, lead.start, lead.end):
        word = re.compile(r"[^\W\d_]+").search(text, match.start())
        if word and text[word.start()].islower():
            return match
        if word and match.end() > word.end():  # "… tỉnh Lâm Đồng tổ chức": "Đồng" is the name's
            inner = _ORGANISED.match(folded, word.end(), lead.end)
            if inner and text[inner.start() :].lstrip()[:1].islower():
                return inner
    return None


def _subject(text: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The bodies named before the verb: after "do" if the meeting is the subject, each side of
    "phối hợp với", a list cut at "và" and commas only where a body's name starts."""
    filed = _FILED.match(folded, start, end)
    start = filed.end() if filed else start
    delegation = _cut_delegation(text, folded, start, end)
    after_by = [match.end() for match in _BY.finditer(folded, start, end)]
    if delegation:
        # "…, chiều 6/8, đoàn công tác A do …": the body that sent it, whatever comes before
        start, end = delegation
    elif after_by:  # "hội nghị … do A và B phối hợp tổ chức": the bodies after the last "do"
        start = after_by[-1]
    joint = _JOINT.search(folded, start, end)
    if joint and _body_at(text, folded, joint.end()):
        first = _bodies(text, folded, start, joint.start())
        return first[:1] + _bodies(text, folded, joint.end(), end, whole=True)
    return _bodies(text, folded, start, end)


def _cut_delegation(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Đoàn công tác của A do đồng chí X … dẫn đầu", "đoàn công tác của A đã về làm việc …":
    the delegation's body, from after its noun to before "do", else to the end of its name."""
    delegation = _DELEGATION.search(folded, start, end)
    if delegation is None:
        return None
    by = re.compile(r"\s+do\s").search(folded, delegation.end(), end)
    if by:
        return delegation.end(), by.start()
    run = _body_run(text, folded, delegation.end(), end)
    return run if run and _DELEGATION_ACTS.match(folded, run[1]) else None


def _delegation(
    text: str, folded: str, sentences: Sequence[Sentence]
) -> list[tuple[Organiser, list[str]]]:
    """A delegation the lead says came, with no organising verb: "đoàn công tác của A do … làm
    trưởng đoàn đã đến thăm …", "Đoàn giám sát của A đã giám sát …": A sent it and held the
    visit."""
    for sentence in sentences:
        for match in _DELEGATION.finditer(folded, sentence.start, sentence.end):
            run = _body_run(text, folded, match.end(), sentence.end)
            if run and _DELEGATION_ACTS.match(folded, run[1]):
                named = _organiser(text, folded, run)
                if named:
                    return [named]
    return []


def _bodies(
    text: str, folded: str, start: int, end: int, whole: bool = False
) -> list[tuple[int, int]]:
    """The bodies among the comma-separated parts before `end`: from the first part that starts
    a body's name after the last part that cannot be the subject (a date, "tại …"); a part that
    starts no body's name belongs to the one before it ("Sở Văn hóa, Thể thao và Du lịch").
    `whole`: every part is subject (the side after "phối hợp với")."""
    parts, left = [], start
    for match in re.finditer(r",\s*", folded[start:end]):
        parts.append((left, start + match.start()))
        left = start + match.end()
    parts.append((left, end))
    heads: list[int] = []
    for index in range(len(parts) - 1, -1, -1):
        first, last = parts[index]
        first += len(folded[first:last]) - len(folded[first:last].lstrip())
        if _body_at(text, folded, first):
            heads.insert(0, first)
        elif _TERM_PART.match(folded, first):
            continue
        elif not whole and (
            re.search(r"\d", folded[first:last]) or _STOP_SEGMENT.match(folded, first)
        ):
            break
    if whole and parts and heads and heads[0] != parts[0][0]:
        heads.insert(0, parts[0][0])
    bodies = []
    for index, first in enumerate(heads):
        stop = heads[index + 1] if index + 1 < len(heads) else end
        while stop > first and folded[stop - 1] in ", ":
            stop -= 1
        bodies.append((first, stop))
    if len(bodies) > 1 and not _has_list_and(text, folded, *bodies[-1]):
        return bodies[:1]  # "Chi bộ X, Đảng bộ Y tổ chức": one body and its parent
    return [piece for span in bodies for piece in _split_and(text, folded, *span)]


def _body_at(text: str, folded: str, at: int, limit: int | None = None) -> bool:
    """Whether a body's name starts at `at` (and goes on before `limit`): a capitalised word
    that heads bodies' names."""
    if at >= len(text) or not text[at].isupper():
        return False
    rest = folded[at : min(at + 40, limit or len(folded))]
    for head in lexicon.BODY_HEADS:
        if rest.startswith(head) and not rest[len(head) : len(head) + 1].isalpha():
            after = rest[len(head) :]
            return head in lexicon.WHOLE_BODIES or bool(re.match(r" [^\W_]", after))
    return False


def _split_points(text: str, folded: str, start: int, end: int) -> list[re.Match[str]]:
    return [
        m
        for m in re.finditer(r"\s+va\s+|\s*,\s*", folded[start:end])
        if _body_at(text, folded, start + m.end(), end)
    ]


def _has_list_and(text: str, folded: str, start: int, end: int) -> bool:
    return any("va" in m.group() for m in _split_points(text, folded, start, end))


def _split_and(text: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "A và B", "A, B và C": cut only where the next part starts a body's name."""
    spans, left = [], start
    for match in _split_points(text, folded, start, end):
        spans.append((left, start + match.start()))
        left = start + match.end()
    spans.append((left, end))
    return spans


def _body_run(text: str, folded: str, start: int, limit: int) -> tuple[int, int] | None:
    """A body's name from `start` up to the next verb-like lowercase word or mark."""
    if not _body_at(text, folded, start):
        return None
    end = start
    for match in re.finditer(r"[^\W_]+", text[start:limit]):
        word = match.group()
        low = folded[start + match.start() : start + match.end()]
        gap = text[end : start + match.start()]
        if end > start and gap.strip() not in {"", "-", "–"}:
            break
        nxt = _NEXT_WORD.match(text, start + match.end(), limit) if low == "va" else None
        if nxt and end > start and nxt[1][0].isupper() and not _body_at(text, folded, nxt.start(1)):
            end = start + match.end()
            continue
        if not (word[:1].isupper() or low in lexicon.TITLE_LOWER) or low in {"va", "ve", "cua"}:
            break
        if word == "tại":  # "Ban Thường vụ Tỉnh ủy tại buổi làm việc": a place, not "tài"
            break
        end = start + match.end()
    return (start, end) if end > start else None


# "Hội nghị lần thứ chín Ban Chấp hành X khóa XI họp …": the meeting is the verb's subject and
# holds nothing; the body is the one it is named after. A meeting's noun is never its organiser.
_MEETING_ONLY = re.compile(
    r"(?:hoi nghi|dai hoi|phien hop|cuoc hop|ky hop|buoi [a-z]+)(?: [a-z]+)?"
)


def _organiser(text: str, folded: str, span: tuple[int, int]) -> tuple[Organiser, list[str]] | None:
    start, end = span
    start += len(folded[start:end]) - len(folded[start:end].lstrip(" ,"))
    delegation = _DELEGATION.match(folded, start)
    if delegation:  # "Đoàn công tác của Tổng LĐLĐ Việt Nam": the body that sent it
        start = delegation.end()
    tail = _TERM_TAIL.search(folded, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    short: list[str] = []
    # Each parenthesised short form is one ("Ban Chấp hành (BCH) Liên đoàn Lao động (LĐLĐ) tỉnh
    # …" has two), none of them part of the name.
    name, at = "", start
    for bracket in re.compile(r"\s*\(([^()]{2,40})\)").finditer(text, start, end):
        short.append(clean(bracket.group(1)))
        name, at = name + text[at : bracket.start()], bracket.end()
    name += text[at:end]
    name = clean(name).strip(" ,-–")
    words = name.split()
    if (
        not name[:1].isupper()
        or len(name) > 200
        or len(words) > 22
        or re.search(r"\d", name)
        or (starts_title(folded, start) and not name.startswith("Trường "))  # a school
        or folded.startswith(("dong chi", "ong ", "ba "), start)
        or _MEETING_ONLY.fullmatch(fold(name))
    ):
        return None
    full = _spelled_out(name)
    if full != name:
        short.insert(0, name)
    return Organiser(full, start, end, 0.6), short


def _pair(
    text: str, folded: str, lead: list[Sentence], sentences: Sequence[Sentence]
) -> list[tuple[Organiser, list[str]]]:
    """ "… giữa A và B", "… giữa A với B" in the lead or the first sentences: A and B."""
    for sentence in [*lead, *sentences[:8]]:
        for match in _BETWEEN.finditer(folded, sentence.start, sentence.end):
            first = _body_name(text, folded, match.end(), sentence.end)
            if first is None:
                continue
            joint = re.compile(r"\s+(?:va|voi)\s+").match(folded, first[1])
            second = joint and _body_name(text, folded, joint.end(), sentence.end)
            if second:
                found = [_organiser(text, folded, span) for span in (first, second)]
                return [item for item in found if item is not None]
    return []


_MEETING_OF = re.compile(
    r"\b(?:(?:hoi nghi|phien hop|ky hop|cuoc hop)(?:\s+lan\s+thu\s+\w+)?"
    r"|(?:ket luan|nghi quyet|y kien)(?=\s+cua))"
    r"(?P<gap>(?:\s+(?!cua\b)[a-z0-9]+){0,6}?\s+cua)?\s+(?=[^\W\d_])"
)


def _meeting_of(
    text: str, folded: str, lead: list[Sentence], sentences: Sequence[Sentence]
) -> list[tuple[Organiser, list[str]]]:
    """ "Hội nghị Ban Thường vụ LĐLĐ tỉnh X …", "Hội nghị người lao động của Công ty Y",
    "kết luận của Ban Thường vụ Huyện ủy tại phiên họp …": the body whose meeting it is."""
    for sentence in [*lead, *sentences[:4]]:
        for match in _MEETING_OF.finditer(folded, sentence.start, sentence.end):
            span = _body_run(text, folded, match.end(), sentence.end)
            found = span and _organiser(text, folded, span)
            if found:
                return [found]
    return []


def _body_name(text: str, folded: str, start: int, limit: int) -> tuple[int, int] | None:
    """A body's name from `start`: capitalised words and the lowercase words of bodies' names
    ("Tổng Liên đoàn Lao động Việt Nam", "UBND tỉnh"), up to "và"/"với" or another word."""
    end = None
    for match in re.finditer(r"[^\W_]+", text[start:limit]):
        word = match.group()
        low = folded[start + match.start() : start + match.end()]
        if low in {"va", "voi", "cua"} or not (word[:1].isupper() or low in lexicon.TITLE_LOWER):
            break
        if start + match.start() > (end or start) + 1:
            break  # a comma or other mark between words ends the name
        end = start + match.end()
    if end is None or not text[start : start + 1].isupper() or len(text[start:end].split()) > 15:
        return None
    return start, end


def _spelled_out(name: str) -> str:
    for short, full in _ABBREVIATED.items():
        if re.search(rf"(?<!\w){short}(?!\w)", name):
            return re.sub(rf"(?<!\w){short}(?!\w)", full, name, count=1)
    return name
