"""What the meeting was, where and who held it: read from the lead sentence.

A Vietnamese report opens with one sentence that says it all: "Chiều 30/5, tại Hà Nội, Đảng ủy
Khối ... và Đảng đoàn ... phối hợp tổ chức Hội nghị ký kết Quy chế phối hợp ...". The title,
kind, place and organisers come from there (the headline when the lead names no meeting).
Decisions and conclusions are `decisions`' business; the organisers are read by
`organisers` (`read_organisers` is here too, for the readers that ask this module).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from store.extract import lexicon
from store.extract.organisers import UNIT, read_organisers
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
_PLACE = re.compile(
    r"\btai\s+(?!(?:hoi nghi|buoi|le\s|phien|dai hoi|day|do|cuoc|ky hop|"
    r"hoi thao|toa dam|cho\b|noi|co so|dia phuong|don vi))"
)
_PLACE_GOES_ON = re.compile(
    r"^(?:tru so|so \d|duong|phuong|quan|huyen|thi xa|xa |tp|thanh pho|tinh|ha noi|"
    r"khu cong nghiep)"
)
# "diễn ra tại", "diễn ra từ 14 giờ tại", "diễn ra trong buổi sáng tại": a place the meeting was in.
# Also "tổ chức ngay tại", an online meeting's "điểm cầu chính tại", and a working session's
# "làm việc với Công ty X, tại …" (the host's premises told after the host).
_HELD_AT = re.compile(
    r"(?:(?:dien ra|to chuc|hop)\s+(?:ngay\s+)?(?:(?:tu|vao|luc|trong)\s+(?:buoi\s+\w+"
    r"|\d{1,2}\s*(?:gio|h)(?:\s*\d{2})?(?:\s*phut)?)\s+)?"
    r"|\bdiem cau (?:chinh|trung tam)\s+|\blam viec voi\s[^.;:]{0,120},\s*)$"
)
# A place told in lowercase by the kind of place it is; a ground or a hamlet ("sân", "xóm",
# "thôn", "ấp", "làng") only before the proper name it is of ("sân Nhà văn hóa …", "xóm Đồng").
_PLACE_NOUN = re.compile(
    r"(?:tru so|hoi truong|nha van hoa|thanh pho|tinh|huyen|thi xa|khach san|trung tam|"
    r"cung van hoa|phong hop|van phong|tp|khu cong nghiep|truong|cong ty|nha may|xa|phuong|quan|"
    r"nha an|hoi quan|nha xuong|xuong)\b|(?P<ground>san|xom|thon|ap|lang)\s+"
)


# What a ground or a hamlet is of: a proper name, right away ("sân Nhà văn hóa …") or after up
# to four lowercase words of its kind ("sân vận động phường Sông Trí", "sân nhà văn hóa thôn
# Nậm Tăm", "sân khu nhà trọ Phúc Lộc").
def _ground_of_a_name(after: str) -> bool:
    words = after.split()[:5]
    first_named = next((i for i, word in enumerate(words) if word[:1].isupper()), None)
    return first_named is not None and all(w.isalpha() for w in words[:first_named])


_OWNED = re.compile(
    r"(?:[^\W\d]+\s+){1,3}(?:so\s+)?(?:\d+\s+)?cua\s+(?:(?:ong|ba|anh|chi|gia dinh)\s+)?"
)
# An address in brackets after the place's name: "(số 2 đường X, phường Y)", "(KCN Z)" (not a
# short form, "Bộ đội Biên phòng (BĐBP) tỉnh").
_ADDRESS = re.compile(
    r"\((?:so \d|duong|pho|phuong|xa|quan|huyen|thi xa|thi tran|tp|thanh pho|tinh|kcn|"
    r"khu cong nghiep|lo)\b[^()]*\)"
)

# A delegation's working visit to a workplace, told with no "tại" of its own: "đến làm việc với
# Công ty X (phường …)", "… với Công đoàn cơ sở Công ty X", "giám sát … đối với công nhân tại
# Công ty X", "đến thăm, chúc Tết và tặng quà công nhân Nhà máy X". The host's premises are where
# it met.
_HOSTED = re.compile(
    r"\b(?:lam viec voi|(?:giam sat|khao sat|kiem tra)\b[^.;]{0,160}?\btai"
    r"|den tham\b[^.;:]{0,60}?\b(?:cong nhan|nguoi lao dong|doan vien)(?:\s+cua)?)\s+"
    rf"(?:(?:ban chap hanh\s+)?(?:cong doan co so|cdcs)\s+)?(?P<unit>{UNIT}\s+\S)"
)
_HOST_ENDS = re.compile(r"\s?\(|,|\s(?:ve|de|nham|trong|sau|theo|vao|thuoc)\s|[.;]")
# A venue told by its kind after "tại" in any sentence, when the lead and the sentences near it
# name none: "… trong buổi chiều, tại phòng họp số 1 trụ sở UBND tỉnh", "Tiếp đoàn tại trụ sở
# LĐLĐ tỉnh có …", "… vào sáng thứ Bảy, ngay tại nhà ăn ca của Công ty". A room, a hall, a seat
# or a canteen is where people sat, whatever the verb; a town or a company may be anyone's.
_VENUE = re.compile(
    r"\btai\s+(?P<at>(?:phong hop|phong hoi dong|phong giao ban|hoi truong|tru so|nha an|"
    r"nha van hoa|trung tam hoi nghi)\b)"
)


@dataclass
class Found:
    value: str
    start: int
    end: int
    confidence: float


# A sentence that turns to another meeting: "Trước đó, sáng cùng ngày, Hội đồng … đã họp",
# "Cũng trong tuần, ngày 26/3, Công đoàn … họp": a time other than the meeting's, then a meeting.
_ELSEWHERE = re.compile(
    r"^[\s\"“(]*(?:truoc do|sau do|cung trong (?:tuan|thang|ngay|dip|dot)|trong tuan|"
    r"tuan truoc|hom truoc)\b\s*,?\s*(?:mot ngay\s*,?\s*)?"
    r"(?:(?:vao\s+)?(?:sang|trua|chieu|toi)\b|(?:vao\s+)?ngay\s+\d|cung ngay|\d{1,2}/\d{1,2})"
)
# "Chiều cùng ngày, ngay sau hội nghị, Ủy ban Kiểm tra … họp": another body meets that day (not
# "Chiều cùng ngày, hội nghị tiếp tục …", the same meeting going on).
_SAME_DAY = re.compile(
    r"^[\s\"“(]*(?:sang|trua|chieu|toi) cung ngay\s*,\s*(?!(?:hoi nghi|dai hoi|ky hop|phien hop|"
    r"hoi thao|toa dam|cuoc hop|buoi)\b)"
)
# "Cũng trong sáng 5/2, Phó Chủ tịch … chủ trì cuộc họp trực tuyến …": another event in the same
# part of the day (not "Cũng trong buổi sáng, hội nghị …", the same meeting going on).
_ALSO_THEN = re.compile(
    r"^[\s\"“(]*cung trong (?:buoi )?(?:sang|trua|chieu|toi)\b[^,.;]{0,20},\s*(?!(?:hoi nghi|"
    r"dai hoi|ky hop|phien hop|hoi thao|toa dam|cuoc hop|buoi|cac dai bieu|dai bieu|doan)\b)"
)
# "Theo kế hoạch, tháng 6, Tổng Liên đoàn sẽ tổ chức hội nghị trực tuyến …", "Dự kiến tháng 10,
# Ban Thường vụ sẽ họp …": a meeting still to come, whose people and tasks are not this one's
# (not "Dự kiến, đại hội sẽ diễn ra trong 2 ngày": this meeting, going on).
_LATER = re.compile(
    r"^[\s\"“(]*(?:theo ke hoach|du kien|sap toi|thoi gian toi)\b"
    r"(?![^.;]{0,60}?\b(?:hoi nghi|dai hoi|ky hop|phien hop|cuoc hop|buoi \w+)(?: nay)? se\b)"
    r"[^.;]{0,60}?\bse\s+(?:to chuc|hop|khai mac|dien ra)\b"
)
_ANOTHER_MEETING = re.compile(r"\b(?:hop|to chuc|chu tri|dien ra|khai mac|lam viec|ky ket)\b")
# A paragraph set apart for another event of that day: "Cùng ngày, …", "Chiều cùng ngày, …", "Cũng
# trong chiều cùng ngày, …", "* Sáng nay (23/8), …" (a brief added under the report). What
# follows is another event when it is not the meeting going on ("Chiều cùng ngày, hội nghị …");
# told of the visiting delegation, only when it turns to a visit or a gift ("đoàn đến thăm, tặng
# quà …") or is another delegation ("đoàn giám sát thứ hai …"), not its work going on.
_ASIDE = re.compile(
    r"^[\s\"“(*]*(?:cung trong\s+)?(?:(?:buoi\s+)?(?:sang|trua|chieu|toi)\s+)?cung ngay\s*,\s*"
    r"|^[\s\"“(]*\*\s*(?:sang|trua|chieu|toi)\s+nay\b[^,.;]{0,12},\s*"
)
_SAME_MEETING = re.compile(
    r"(?:hoi nghi|dai hoi|ky hop|phien hop|hoi thao|toa dam|cuoc hop|buoi|cac dai bieu|dai bieu)\b"
)
_VISIT = re.compile(r"\b(?:den tham|tham(?:,| va)? tang|tang qua|trao tang|trao qua)\b")
_SECOND_DELEGATION = re.compile(r"^doan\b[^,.;]{0,40}?\bthu (?:hai|ba)\b")


def _aside(line: str) -> bool:
    """Whether a sentence opens a paragraph set apart for another event of the day (`_ASIDE`)."""
    opens = _ASIDE.match(line)
    if not opens:
        return False
    rest = line[opens.end() :]
    if _SAME_MEETING.match(rest):
        return False
    if rest.startswith("doan"):
        return bool(_VISIT.search(rest) or _SECOND_DELEGATION.match(rest))
    return bool(_ANOTHER_MEETING.search(rest) or _VISIT.search(rest))


# A sentence, or a paragraph, that opens with a day: "Chiều 26/9, …", "(CMO) Ngày 27/9, …". In a
# round-up of the week, one that names another day than the first such and says a body met
# ("Sáng 24/9, Ban Thường vụ … họp phiên thường kỳ …") opens another meeting's account; the same
# meeting going on another day says so ("Ngày 16/8, hội nghị tiếp tục …", "các đại biểu …").
_DAY_OPENS = re.compile(
    r"^[\s\"“(]*(?:\([^)\n]{1,20}\)\s*-?\s*)?(?:sang|chieu|toi|trua|ngay)\s+"
    r"(?P<day>\d{1,2}/\d{1,2})\b(?:/\d{2,4})?\s*,(?!\s*(?:hoi nghi|dai hoi|ky hop|phien hop|"
    r"hoi thao|toa dam|cuoc hop|buoi|cac dai bieu|dai bieu|doan)\b)"
)
_FIRST_DAY = re.compile(
    r"(?:^|\n)[^\S\n]*(?:\([^)\n]{1,20}\)\s*-?\s*)?(?:sang|chieu|toi|trua|ngay)\s+"
    r"(\d{1,2}/\d{1,2})\b(?:/\d{2,4})?\s*,(?P<rest>[^\n]*(?:\n(?!\s*\n)[^\n]*)?)"
)  # the next line too: text pasted from a PDF breaks a paragraph's first sentence


@functools.lru_cache(maxsize=4)
def _first_day(folded: str) -> str | None:
    """The day the first paragraph that opens with one and says a meeting was held names: the
    report's meeting's ("Chiều 26/9, tại …, Ban Thường vụ … tổ chức hội nghị …")."""
    for found in _FIRST_DAY.finditer(folded):
        if _ANOTHER_MEETING.search(found["rest"]):
            return found.group(1)
    return None


def elsewhere(folded: str, sentence: Sentence) -> bool:
    """Whether a sentence opens the account of another meeting than the report's."""
    line = folded[sentence.start : sentence.end]
    if _aside(line):
        return True
    opens = (
        _ELSEWHERE.match(line)
        or _SAME_DAY.match(line)
        or _ALSO_THEN.match(line)
        or _LATER.match(line)
    )
    if not opens:
        day = _DAY_OPENS.match(line)
        opens = day if day and day["day"] != _first_day(folded) else None
    return bool(opens and _ANOTHER_MEETING.search(line))


# "Đồng chí nhắc lại, tại buổi làm việc hồi tháng 3, đồng chí X đã đề nghị …": a meeting of another
# time, recalled in a sentence about this one; who spoke there and what was asked are not this
# meeting's.
_RECALLS = re.compile(r"\bnhac lai\b")
_PAST_TIME = re.compile(
    r"\bhoi (?:thang \d{1,2}|dau nam|giua nam|cuoi nam|nam ngoai|nam truoc|ky truoc|dot truoc)\b"
)


def recalls(folded: str, sentence: Sentence) -> bool:
    """Whether a sentence recalls what was said at a meeting of another time."""
    line = folded[sentence.start : sentence.end]
    return bool(_RECALLS.search(line) and _PAST_TIME.search(line) and _ANOTHER_MEETING.search(line))


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
            held_here = _HELD_AT.search(folded, max(0, match.start() - 160), match.start())
            found = _place_from(text, folded, match.end(), sentence.end, bool(held_here))
            if found and (sentence is lead or held_here):  # fmt: skip
                return found
    for sentence in candidates:
        hosted = _HOSTED.search(folded, sentence.start, sentence.end)
        if hosted and text[hosted.start("unit")].isupper():
            start = hosted.start("unit")
            ends = _HOST_ENDS.search(folded, start, sentence.end)
            end = ends.start() if ends else sentence.end
            if ends and ends.group().endswith("("):  # its address in brackets goes with it
                close = folded.find(")", end, sentence.end)
                end = close + 1 if close > 0 else end
            place = clean(text[start:end]).strip(" ,")
            if len(place.split()) <= 24:
                return Found(place, start, end, 0.6)
    for sentence in sentences:
        venue = _VENUE.search(folded, sentence.start, sentence.end)
        if venue and not elsewhere(folded, sentence):
            found = _place_from(text, folded, venue.start("at"), sentence.end)
            if found:
                return Found(found.value, found.start, found.end, 0.5)
    return None


def _place_from(text: str, folded: str, start: int, limit: int, held: bool = False) -> Found | None:
    end = start
    while True:
        stop = re.compile(
            r",|\.(?:\s|$)|;|(?<!lien)(?<!cong)(?<!dia)"  # "Công đoàn", "địa bàn": goes on
            r"\s(?:da|dien ra|to chuc|voi|duoi|do|doan|nham|de|cac|ban|dong chi|toi)\s"
        ).search(folded, end, limit)
        end = stop.start() if stop else limit
        nxt = folded[end + 1 : end + 30].lstrip() if end < limit and folded[end] == "," else ""
        if nxt and _PLACE_GOES_ON.match(nxt):
            end += 1
            continue
        break
    address = _ADDRESS.search(folded, start, end)
    if address and not re.match(r"\s*(?:,|$)", folded[address.end() : end]):
        end = address.end()  # "… (số 2 đường X, phường Y) và kết nối …": the place ends there
    place = clean(text[start:end]).strip(" ,")
    noun = _PLACE_NOUN.match(folded, start)
    if noun and noun["ground"] and not _ground_of_a_name(text[noun.end() : end]):
        noun = None
    # After "diễn ra tại", "tổ chức tại" the frame itself says a place follows, however it is
    # told: "sân nhà văn hóa thôn X", "căn nhà mới của chị Y", "lô 3 của Đội Z".
    # "lô 14 của Đội sản xuất số 3", "căn nhà của anh X": a place owned by a named body or person.
    owner = _OWNED.match(folded, start, end)
    owned = owner is not None and text[owner.end() : owner.end() + 1].isupper()
    named = place[:1].isupper() or noun or held or owned
    told = re.sub(r"\([^)]*\)?", " ", place)  # an address in brackets is not more of the name
    if not place or not named or len(place) > 200 or len(told.split()) > 16:
        return None
    return Found(place, start, end, 0.75)


__all__ = [
    "Found",
    "elsewhere",
    "lead_sentence",
    "read_kind",
    "read_organisers",
    "read_place",
    "read_title",
]
