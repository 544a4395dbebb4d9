"""What the meeting was, where and who held it: read from the lead sentence.

A Vietnamese report opens with one sentence that says it all: "Chiều 30/5, tại Hà Nội, Đảng ủy
Khối ... và Đảng đoàn ... phối hợp tổ chức Hội nghị ký kết Quy chế phối hợp ...". The title,
kind, place and organisers come from there (the headline when the lead names no meeting).
Decisions and conclusions are `decisions`' business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from store.extract import lexicon
from store.extract.plain_text import Sentence
from store.text import clean

KIND_NAMES = {
    "hoi nghi ky ket": "hội nghị ký kết", "hoi nghi truc tuyen": "hội nghị trực tuyến",
    "hoi nghi": "hội nghị", "buoi lam viec": "buổi làm việc", "buoi gap mat": "buổi gặp mặt",
    "buoi tiep": "buổi tiếp", "phien hop": "phiên họp", "cuoc hop": "cuộc họp",
    "ky hop": "kỳ họp", "le ky ket": "lễ ký kết", "le trao": "lễ trao", "le ra mat": "lễ ra mắt",
    "le ky niem": "lễ kỷ niệm", "le": "lễ", "hoi thao": "hội thảo", "toa dam": "tọa đàm",
    "dai hoi": "đại hội", "giao ban": "giao ban", "doi thoai": "đối thoại",
}  # fmt: skip

_KINDS = "|".join(kind.replace(" ", r"\s+") for kind in lexicon.MEETING_KINDS)
_HELD = re.compile(
    rf"\b(?:to chuc|dien ra|khai mac|tien hanh|chu tri|hop|du|tai)\s+(?P<what>(?:{_KINDS})\b)"
)
_WHAT_STOP = re.compile(
    r"\s+(?:duoi su|voi su|co su|do\s|nham\s|de\s|tai\s|theo\s|vao\s|sang\s|chieu\s)|[.;:]|$"
)
_ORGANISED = re.compile(
    r"\s+(?:da\s+|vua\s+)?(?:phoi hop\s+|long trong\s+|dong\s+)?(?:to chuc|khai mac|hop\b|"
    r"tien hanh|ky ket\b)"
)
_PLACE = re.compile(
    r"\btai\s+(?!(?:hoi nghi|buoi|le\s|phien|dai hoi|day|do|cuoc|ky hop|"
    r"hoi thao|toa dam|cho\b|noi|co so|dia phuong|don vi))"
)
_PLACE_GOES_ON = re.compile(
    r"^(?:tru so|so \d|duong|phuong|quan|huyen|thi xa|xa |tp|thanh pho|tinh|ha noi|"
    r"khu cong nghiep)"
)
_HELD_AT = re.compile(r"(?:dien ra|to chuc|hop)\s+$")
_PLACE_NOUN = re.compile(
    r"(?:tru so|hoi truong|nha van hoa|thanh pho|tinh|huyen|thi xa|khach san|trung tam|"
    r"cung van hoa|phong hop|tp|khu cong nghiep|truong|cong ty|nha may|xa|phuong|quan)\b"
)
_ABBREVIATED = {
    "Tổng LĐLĐ": "Tổng Liên đoàn Lao động", "LĐLĐ": "Liên đoàn Lao động",
    "BCH": "Ban Chấp hành", "BTV": "Ban Thường vụ", "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
}  # fmt: skip


@dataclass
class Found:
    value: str
    start: int
    end: int
    confidence: float


def lead_sentence(folded: str, sentences: list[Sentence], date_at: int | None) -> Sentence | None:
    """The sentence that says what, when and where: the one holding the date, else the first
    that says a meeting was held."""
    for sentence in sentences:
        if date_at is not None and sentence.start <= date_at < sentence.end:
            return sentence
    for sentence in sentences[:15]:
        if _HELD.search(folded, sentence.start, sentence.end):
            return sentence
    return None


def read_title(
    text: str, folded: str, lead: Sentence | None, headline: tuple[int, int] | None
) -> Found | None:
    if headline:
        start, end = headline
        if re.match(rf"(?:{_KINDS})\b", folded[start:end]):
            return Found(clean(text[start:end]), start, end, 0.8)
    if lead:
        held = _HELD.search(folded, lead.start, lead.end)
        if held:
            stop = _WHAT_STOP.search(folded, held.start("what"), lead.end)
            end = stop.start() if stop else lead.end
            what = clean(text[held.start("what") : end]).rstrip(" ,")
            if len(what.split()) >= 3 and len(what) <= 400:
                return Found(what[:1].upper() + what[1:], held.start("what"), end, 0.7)
    if headline:
        return Found(clean(text[headline[0] : headline[1]]), headline[0], headline[1], 0.5)
    return None


def read_kind(title: str) -> str | None:
    from store.text import fold

    folded = fold(title)
    for kind in lexicon.MEETING_KINDS:
        if re.match(rf"{kind}\b", folded):
            return KIND_NAMES[kind]
    held = re.search(rf"\b({_KINDS})\b", folded)
    return KIND_NAMES.get(" ".join(held.group(1).split())) if held else None


def read_place(
    text: str, folded: str, lead: Sentence | None, sentences: list[Sentence]
) -> Found | None:
    candidates = [lead] if lead else []
    candidates += [s for s in sentences[:6] if s is not lead]
    for sentence in candidates:
        for match in _PLACE.finditer(folded, sentence.start, sentence.end):
            found = _place_from(text, folded, match.end(), sentence.end)
            held_here = _HELD_AT.search(folded[max(0, match.start() - 12) : match.start()])
            if found and (sentence is lead or held_here):  # fmt: skip
                return found
    return None


def _place_from(text: str, folded: str, start: int, limit: int) -> Found | None:
    end = start
    while True:
        stop = re.compile(
            r",|\.(?:\s|$)|;|\s(?:da|dien ra|to chuc|voi|duoi|do|doan|nham|de|cac|ban|dong chi)\s"
        ).search(folded, end, limit)
        end = stop.start() if stop else limit
        nxt = folded[end + 1 : end + 30].lstrip() if end < limit and folded[end] == "," else ""
        if nxt and _PLACE_GOES_ON.match(nxt):
            end += 1
            continue
        break
    place = clean(text[start:end]).strip(" ,")
    named = place[:1].isupper() or _PLACE_NOUN.match(folded, start)
    if not place or not named or len(place) > 200 or len(place.split()) > 16:
        return None
    return Found(place, start, end, 0.75)


def read_organisers(
    text: str,
    folded: str,
    lead: Sentence | None,
    sentences: list[Sentence] = (),  # type: ignore[assignment]
) -> list[tuple[Found, list[str]]]:
    """(organiser in full, its short forms as written) for each body the lead says held it; else
    the pair a joint meeting is "between" ("giữa Chính phủ và Tổng LĐLĐ Việt Nam")."""
    verb = _ORGANISED.search(folded, lead.start, lead.end) if lead else None
    passive = verb is not None and folded[: verb.start()].endswith(("duoc", "se duoc"))
    if lead is None or not verb or passive:  # "Hội nghị … được tổ chức": the meeting, not who
        return _pair(text, folded, [lead] if lead else [], sentences)
    clause_start = max(folded.rfind(",", lead.start, verb.start()) + 1, lead.start)
    subject = text[clause_start : verb.start()]
    offset = clause_start + len(subject) - len(subject.lstrip())
    found = []
    for part in re.split(r"\s+và\s+|,\s+", subject.strip()):
        name = clean(part)
        if (
            not name[:1].isupper()
            or len(name) > 150
            or len(name.split()) > 15
            or re.search(r"\d", name)
        ):
            continue
        at = text.find(part, offset)
        full = _spelled_out(name)
        found.append((Found(full, at, at + len(part), 0.6), [name] if full != name else []))
    return found


_BETWEEN = re.compile(r"\bgiua\s+(?=[^\W\d_])")


def _pair(
    text: str, folded: str, lead: list[Sentence], sentences: Sequence[Sentence]
) -> list[tuple[Found, list[str]]]:
    """ "… giữa A và B", "… giữa A với B" in the lead or the first sentences: A and B."""
    for sentence in [*lead, *sentences[:8]]:
        for match in _BETWEEN.finditer(folded, sentence.start, sentence.end):
            first = _body_name(text, folded, match.end(), sentence.end)
            if first is None:
                continue
            joint = re.compile(r"\s+(?:va|voi)\s+").match(folded, first[1])
            second = joint and _body_name(text, folded, joint.end(), sentence.end)
            if second:
                return [_organiser(text, span) for span in (first, second)]
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


def _organiser(text: str, span: tuple[int, int]) -> tuple[Found, list[str]]:
    name = clean(text[span[0] : span[1]])
    full = _spelled_out(name)
    return Found(full, span[0], span[1], 0.5), [name] if full != name else []


def _spelled_out(name: str) -> str:
    for short, full in _ABBREVIATED.items():
        if re.search(rf"(?<!\w){short}(?!\w)", name):
            return re.sub(rf"(?<!\w){short}(?!\w)", full, name, count=1)
    return name
