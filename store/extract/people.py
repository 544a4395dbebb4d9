"""Who was at the meeting and in what role: chairs, attendees, speakers, representatives.

Reads the sentence patterns of Vietnamese reports: "dưới sự chủ trì của đồng chí X và các đồng chí
Phó Chủ tịch: A, B", "Chủ trì hội nghị có các đồng chí ...", "X, title và Y, title đồng chủ trì",
"Dự hội nghị có các đồng chí: A, title; B, title", "Về phía ... có đồng chí X", "Phát biểu tại
hội nghị, đồng chí X ... nhấn mạnh", and photo captions. A person named only as the author of a
directive ("lời dạy của Chủ tịch Hồ Chí Minh", "theo chỉ đạo của Thủ tướng X") was not there.

The same person named twice is one person (`store.text.name_key`); a chair is never also an
attendee; someone who only spoke is a speaker, as the sample book records it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from store.extract import lexicon
from store.extract import people_records as records
from store.extract.names import (
    find_names,
    honorific_before,
    names_after_honorifics,
    names_in_list,
    tokens,
    with_hyphenated_ends,
    written_honorific_before,
)
from store.extract.people_records import Mention, Person
from store.extract.people_speech import (
    ACCORDING,
    ANSWER_OPENS,
    FIRST_PERSON_CHAIR,
    SPEECH_OPEN,
    asks_in_brackets,
    by_title,
    heard_before,
    offices,
    only_the_answerer,
    speaks_after,
)
from store.extract.plain_text import Sentence
from store.extract.titles import starts_title, title_after, title_before
from store.text import clean, fold, name_key

_CAPTION = re.compile(r"[-–(]\s*(?:Ảnh|Anh|Ảnh minh họa|Photo)\s*(?:\d+|:[^)]*)\)?\s*$", re.I)
_CHAIR_UNDER = re.compile(
    r"(?:duoi su|voi su|do)\s+(?:dong\s+)?(?:chu tri|dieu hanh)\s+cua\b"
    r"|\bduoc\s+(?:dong\s+)?(?:chu tri|dieu hanh)\s+boi\b"
    r"|\b(?:doan chu tich|chu toa)(?:\s+(?:dai hoi|hoi nghi|ky hop|phien hop))?\s+(?:gom|la|co)\b"
)
# One session of a meeting held over several ("phiên thứ hai", "phiên thảo luận", "phiên bế
# mạc"; not "phiên họp", a meeting itself): whoever steers it is not the meeting's chair.
_SESSION = re.compile(
    r"\bphien\s+(?:thu\s+\w+|thao luan|toan the|khai mac|be mac|buoi|sang|chieu|\d)[^.;]*$"
)
_CHAIR_OPEN = re.compile(
    r"^[\s\"“(]*(?:(?:cung|tham du va|du va)\s+)?(?:dong\s+)?chu tri"
    r"(?:\s*:|(?:\s+[a-z]+){0,4}?\s+(?:co|la|gom)\b|\s+(?:hoi nghi|"
    r"buoi [a-z]+(?: [a-z]+)?|phien hop|cuoc hop|le [a-z]+(?: [a-z]+)?|hoi thao|toa dam|dai hoi|"
    r"ky hop|chuong trinh|doi thoai)\b)"
)
# "A, title, chủ trì"; a chair by delegation or one of several: "A - title - được ủy quyền chủ
# trì", "A, title, một trong hai người chủ trì hội nghị", "A, title, người chủ trì hội nghị".
_CHAIR_AFTER = re.compile(
    r"^\s*[,–-]?\s*(?:cung\s+|da\s+)?(?:duoc\s+(?:uy quyen|phan cong|giao|cu)\s+|"
    r"mot trong (?:hai|ba|bon|cac|nhung) (?:nguoi|dong chi|vi)\s+|nguoi\s+)?"
    r"(?:(?:dong\s+)?chu tri\b|dieu hanh\s+(?=hoi|phien|buoi|toa|cuoc))"
    r"(?!\s*(?:,|va)\s*phoi hop|\s+tham muu|"
    r"\s+xay dung|\s+trien khai|\s+thuc hien)"
)
_ATTENDANCE = re.compile("|".join(rf"\b{marker}\b" for marker in lexicon.ATTENDANCE_MARKERS))
_ATTEND_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:cung|da|cung da|con)\s+)?(?:tham du|du|ve du|den du|toi du|co mat|"
    r"lam truong doan|dan dau)\b"
)
# "A, đảng viên, được cử làm thư ký": the secretary, not an attendee.
_SECRETARY_AFTER = re.compile(
    r"^\s*,?\s*(?:[^,;.:]{1,40},\s*)?(?:(?:da|cung)\s+)?(?:duoc\s+)?"
    r"(?:(?:cu|bau|phan cong|chi dinh)\s+)?lam thu ky\b"
)
# "Đoàn Thư ký gồm đồng chí A, …, và đồng chí B, …", "Thư ký hội nghị là …": the secretaries.
_SECRETARIES_OPEN = re.compile(
    r"\b(?:(?:doan|ban|to)\s+thu ky(?:\s+(?:dai hoi|hoi nghi|ky hop))?|thu ky\s+(?:dai hoi|"
    r"hoi nghi|ky hop|phien hop|cuoc hop))\s*(?::|gom|la|co)\s*(?:cac\s+)?"
)
# "bổ sung đồng chí X … vào Ban Chấp hành", "khen thưởng đồng chí X": whom the meeting acted on,
# named without being said to be there.
_ACTED_ON_BEFORE = re.compile(
    r"\b(?:bo sung|kien toan|bau bo sung|chuan y|bo nhiem|dieu dong|ket nap|khen thuong|"
    r"tang bang khen cho|tang giay khen cho|gioi thieu|doi voi)\s*$"
)
# "trao 2 Mái ấm Công đoàn cho gia đình chị X và anh Y", "tặng quà cho ông Z": who received a gift
# at the meeting, named without being said to take part in it.
_RECEIVES_BEFORE = re.compile(
    r"\b(?:trao|tang|trao tang|ho tro)\b[^.;:]{0,120}?\bcho\s+(?:gia dinh\s+)?"
    r"(?:[^.;:]{0,100}?\s(?:va|,)\s+(?:gia dinh\s+)?)?(?:(?:anh|chi|ong|ba|em|chau|co|thay)\s+)?$"
)
# "…, ngay trong buổi sáng cùng ngày, Ban Thường vụ đã họp dưới sự chủ trì của …": another meeting
# told inside a sentence about this one; who is named in it was not at this one.
_RECALLED = re.compile(
    r"\b(?:truoc do|(?:buoi\s+)?(?:sang|trua|chieu|toi) cung ngay|hom truoc|tuan truoc|"
    r"thang truoc|hoi thang \d{1,2})\b[^.;]{0,80}?\b(?:da|vua)\s+(?:hop|to chuc|dien ra)\b"
)
_ANSWERS = re.compile(r"^\s*:")  # "Ông Vũ Kiên Cường: …", who answers in a Q&A
# "- Bà X: Hội nghị diễn ra …, do tôi chủ trì.": who answers in the first person chaired.
_ANSWERS_AS_CHAIR = re.compile(r"\b(?:do|va|toi)\s+toi\s+(?:dong\s+)?chu tri\b")
_REPRESENTS = re.compile(r"^[\s\"“(]*dai dien(?:\s+cho)?\b")
_REFERENCE_BEFORE = re.compile(r"(?:\bcua|\btheo|loi day cua|chi dao cua|tu tuong)\s*$")
_REFERENCE_AFTER = re.compile(  # who signed a document; "ký kết" is signing at the meeting
    r"^\s*,?\s*(?:da\s+|vua\s+)?(?:ky ban hanh|ky quyet dinh|ky(?!\s+ket))\b"
)
_LIST_HEADER = re.compile(
    r"(?:(?P<hon>cac dong chi|cac ong|cac ba|cac vi)(?P<title>[^:;]{0,160}?)|\b(?:co|gom)"
    r"(?:\s+(?:\d{1,2}|hai|ba|bon|nam|sau|bay|cac))?(?:\s+(?:dong chi|ong|ba|vi|thanh vien))?)"
    r"\s*:\s*"
)
_SHARED_TITLE = re.compile(
    r"\b(?P<count>cac|hai|ba|bon|nam)\s+(?P<shared>[^:;.]{3,120}?)(?:\s*:\s*|\s+(?:la|gom)\s+)"
)


def _zones(folded: str) -> tuple[int | None, int | None]:
    """Where the chairs' part of a sentence starts, and where the attendees' part starts."""
    chair = _CHAIR_UNDER.search(folded)
    if chair and _SESSION.search(folded, max(0, chair.start() - 60), chair.start()):
        chair = None  # "… ở phiên thứ hai dưới sự điều hành của đồng chí X": X steers a session
    chair_at = chair.end() if chair else (0 if _CHAIR_OPEN.match(folded) else None)
    answer = ANSWER_OPENS.match(folded)  # "Ông X: Chủ trì là …", past who answers
    if chair_at is None and answer and _CHAIR_OPEN.match(folded[answer.end() :]):
        chair_at = answer.end()
    attend = None
    for match in _ATTENDANCE.finditer(folded):
        if chair_at is not None and match.group() == "ve phia":
            continue  # "Chủ trì …, về phía Sở có ông X; về phía LĐLĐ có bà Y": sides of the chairs
        if chair_at is None or match.start() > chair_at:
            attend = match.start()
            break
    side = _SIDE_HAS.match(folded) if attend is None and chair_at is None else None
    return chair_at, (side.start("has") if side else attend)


# "Ban Dân vận Thành ủy có đồng chí Trưởng ban A và hai Phó Trưởng ban là B và C": a body's
# people present, as after "Về phía Ban Dân vận có …".
_SIDE_HAS = re.compile(
    r"^[\s\"“(]*(?:" + "|".join(lexicon.BODY_HEADS) + r")\b[^.;:,]{0,80}?\s(?P<has>co)\s+"
    r"(?:cac\s+|\d+\s+|hai\s+|ba\s+)?(?:dong chi|ong|ba|pho|truong|chu tich|giam doc)\b"
)


def _list_titles(flat: str, folded: str) -> list[tuple[int, int, str | None]]:
    """(where each list after "các đồng chí [title]:" starts and ends, the title its members
    share); also "các Phó Chủ tịch LĐLĐ tỉnh: A, B", "hai Phó Chủ tịch … là A và B"."""
    found = []
    for match in _LIST_HEADER.finditer(folded):
        shared = None
        if match["hon"] and match["title"] and match["title"].strip():
            shared = clean(flat[match.start("title") : match.end("title")]).strip(" ,") or None
        found.append((match.end(), _list_end(folded, match.end()), shared))
    for match in _SHARED_TITLE.finditer(folded):
        at = match.start("shared")
        if not starts_title(folded, at) or flat[match.start() : match.start() + 2] == "bà":
            continue  # not a title ("các đơn vị là …"), or "bà" (Mrs), not "ba" (three)
        if any(start <= at < end for start, end, _ in found):
            continue
        shared = clean(flat[at : match.end("shared")]).strip(" ,")
        found.append((match.end(), _list_end(folded, match.end()), shared))
    return found


def _list_end(folded: str, start: int) -> int:
    """A list of names runs to the end of its clause: the next ";" (or the sentence's end)."""
    end = folded.find(";", start)
    return len(folded) if end < 0 else end


def read_sentence(flat: str, offset: int, index: int, known: frozenset[str]) -> list[Mention]:
    """The people named in one sentence (`flat`, starting at `offset` in the text)."""
    folded = fold(flat) if len(fold(flat)) == len(flat) else flat.lower()
    words = tokens(flat, folded)
    names = find_names(flat, folded, words, known)
    names = sorted(names + names_after_honorifics(flat, words, names), key=lambda n: n.start)
    names = with_hyphenated_ends(flat, names)
    if not names:
        return []
    chair_at, attend_at = _zones(folded)
    recalled = _RECALLED.search(folded)
    recalled_at = recalled.start() if recalled else None
    if recalled_at is not None and chair_at is not None and chair_at > recalled_at:
        chair_at = None  # the chair of the meeting recalled, not of this one
    secretaries = _SECRETARIES_OPEN.search(folded)
    secretary_at = secretaries.end() if secretaries else None
    lists = _list_titles(flat, folded)
    for at, end, shared in lists:  # "các Phó Chủ tịch …: Võ Văn A, Bhling Mia và …"
        if shared:
            names = sorted(names + names_in_list(flat, at, end, names), key=lambda n: n.start)
    mentions: list[Mention] = []
    previous_end = 0
    afters = _titles_after(flat, folded, words, names)
    starts = [name.start for name in names[1:]] + [len(flat)]
    plural: str | None = None  # "các Phó Chủ tịch LĐLĐ tỉnh A, B và C": the title A, B, C share
    for position, name in enumerate(names):
        after_span = afters[position]
        before_span = title_before(flat, folded, words, name.start, previous_end)
        if before_span and after_span and flat[after_span[1] : starts[position]] == " ":
            after_span = None  # "Phó Bí thư A, Chủ tịch UBND thành phố B": B's title, not A's
        honorific = honorific_before(folded, (before_span or (name.start, 0))[0])
        in_list = [shared for at, end, shared in lists if at <= name.start < end]
        gap = folded[previous_end : name.start] if mentions else ""
        shares = plural is not None and gap in {", ", " va "} and not before_span
        if not (after_span or before_span or honorific is not None or in_list or shares
                or name.given or name.text.casefold() in known
                or written_honorific_before(flat, name.start)):  # fmt: skip
            continue
        if shares and not (after_span or in_list):
            in_list = [plural]
        title = _title(flat, folded, name, after_span, before_span, in_list, honorific)
        plural = _plural_title(flat, folded, before_span, title, plural, shares)
        tail = after_span[1] if after_span else name.end
        start = honorific if honorific is not None else (before_span or (name.start,))[0]
        if secretary_at is not None and name.start >= secretary_at > max(
                chair_at or 0, attend_at or 0):  # fmt: skip
            roles = {"secretary"}  # listed after "Đoàn Thư ký gồm", not a chair or attendee
        else:
            roles = _roles(flat, folded, start, name.start, tail, position, chair_at, attend_at)
        if recalled_at is not None and name.start > recalled_at and roles - {"speaker"}:
            roles = {"reference"}  # named in the account of another meeting
        if _joins_reference(folded, mentions, previous_end, start, roles):
            roles = {"reference"}  # "… đối với đồng chí A và đồng chí B": both acted on
        mentions.append(
            Mention(name.text, offset + start, offset + tail, title, roles, index, name.given)
        )
        previous_end = tail
    _chairs_listed_before(folded, mentions, offset)
    return mentions


def _joins_reference(
    folded: str, mentions: list[Mention], previous_end: int, start: int, roles: set[str]
) -> bool:
    """A name joined by "và" or a comma to one the meeting acted on (or a document's author),
    with no role of its own, is acted on too."""
    return (
        roles == {"present"}
        and bool(mentions)
        and mentions[-1].roles == {"reference"}
        and re.fullmatch(r"\s*(?:,|va)\s*", folded[previous_end:start]) is not None
    )


def _plural_title(
    flat: str,
    folded: str,
    before_span: tuple[int, int] | None,
    title: str | None,
    plural: str | None,
    shares: bool,
) -> str | None:
    """The title the next names share: one written before a name after "các"/"hai"/"ba"."""
    if shares:
        return plural
    plural = r"\b(?:cac|hai|ba|bon|nam)(?:\s+dong chi)?\s+$"
    if before_span and re.search(plural, folded[: before_span[0]]):
        return title if flat[before_span[0] - 3 : before_span[0]] != "bà " else None
    return None


def _titles_after(
    flat: str, folded: str, words: list[Any], names: list[Any]
) -> list[tuple[int, int] | None]:
    """The title after each name; "A và B - Phó Chủ tịch": A, with none of its own, shares B's."""
    spans: list[tuple[int, int] | None] = []
    for position, name in enumerate(names):
        stop = names[position + 1].start if position + 1 < len(names) else len(flat)
        spans.append(title_after(flat, folded, words, name.end, stop))
    for position in range(len(names) - 2, -1, -1):
        gap = folded[names[position].end : names[position + 1].start]
        if spans[position] is None and spans[position + 1] and gap in {" va ", ", "}:
            spans[position] = spans[position + 1]
    return spans


def _title(
    flat: str,
    folded: str,
    name: object,
    after_span: tuple[int, int] | None,
    before_span: tuple[int, int] | None,
    in_list: list[str | None],
    honorific: int | None,
) -> str | None:
    own = after_span or before_span
    title = clean(flat[own[0] : own[1]]).strip(" ,-–") if own else None
    shared = in_list[-1] if in_list else None
    own_honorific = honorific is not None and not folded[honorific:].startswith("cac")
    if shared and (not own_honorific or not title):
        return f"{shared}, {title}" if title else shared
    return title or None


def _roles(
    flat: str,
    folded: str,
    mention_start: int,
    start: int,
    tail: int,
    position: int,
    chair_at: int | None,
    attend_at: int | None,
) -> set[str]:
    """The roles one mention shows: by the part of the sentence it is in, and the verb after it."""
    roles: set[str] = set()
    after = _after(folded, tail)
    before = folded[max(0, mention_start - 30) : mention_start]
    if _REPRESENTS.match(folded):
        attend_at = None  # "Đại diện ... tham dự hội nghị, đồng chí X": a representative
    in_chair_zone = chair_at is not None and start >= chair_at
    in_attend_zone = attend_at is not None and start >= attend_at
    if in_chair_zone and not (in_attend_zone and attend_at > chair_at):  # type: ignore[operator]
        roles.add("chair")
    elif in_attend_zone or _ATTEND_AFTER.match(after):
        roles.add("attendee")
    if _SECRETARY_AFTER.match(after):
        return {"secretary"}
    if asks_in_brackets(flat, mention_start):
        return {"speaker"}
    if _ANSWERS.match(after):
        if _ANSWERS_AS_CHAIR.search(folded, tail):
            return {"speaker", "chair"}
        return {"speaker", "attendee"}
    if _CHAIR_AFTER.match(after):
        roles.add("chair")
    if speaks_after(flat, after, _after_start(folded, tail)) or (
        position == 0 and SPEECH_OPEN.match(folded)
    ):
        roles.add("speaker")
    if ACCORDING.search(folded, max(0, mention_start - 40), mention_start) or heard_before(
        flat, folded, mention_start
    ):
        roles.add("speaker")
    if position == 0 and _REPRESENTS.match(folded):
        roles.add("representative")
    if not roles and (_REFERENCE_BEFORE.search(before) or _REFERENCE_AFTER.match(after)
                      or _ACTED_ON_BEFORE.search(before)
                      or _RECEIVES_BEFORE.search(folded, max(0, mention_start - 240),
                                                 mention_start)):  # fmt: skip
        roles.add("reference")
    if not roles:
        roles.add("present")
    return roles


def _after(folded: str, tail: int) -> str:
    """What follows a mention, past the bracket closing its title ("A (Chủ tịch …) chủ trì")."""
    at = _after_start(folded, tail)
    return folded[at : at + 60] if at == tail else folded[at : tail + 90]


def _after_start(folded: str, tail: int) -> int:
    """Where what follows a mention starts in `folded` (see `_after`)."""
    after = folded[tail : tail + 90]
    if after.lstrip().startswith(")"):
        return tail + after.index(")") + 1
    # "Y Thanh, Trường Tiểu học xã Đăk Na (huyện Tu Mơ Rông) cho biết": past a place in brackets
    place = re.match(r"\s*,?\s*(?:[^(),;.]{1,40}\s)?\([^()]{1,40}\)", after)
    return tail + place.end() if place else tail


def _chairs_listed_before(folded: str, mentions: list[Mention], offset: int) -> None:
    """ "A, title; B, title chủ trì ...": everyone listed before a chair's verb chaired; "A, title,
    và B, title, được cử làm thư ký": both are secretaries."""
    for index, mention in enumerate(mentions):
        if mention.roles == {"secretary"}:
            for earlier in reversed(mentions[:index]):
                between = folded[earlier.end - offset : mention.start - offset]
                if earlier.roles != {"present"} or not re.fullmatch(r"\s*,?\s*(?:va)?\s*", between):
                    break
                earlier.roles = {"secretary"}
            continue
        if "chair" in mention.roles and _CHAIR_AFTER.match(_after(folded, mention.end - offset)):
            for earlier in mentions[:index]:
                if earlier.roles & {"present", "attendee"} and not earlier.roles & {
                    "attendee",
                    "speaker",
                }:
                    earlier.roles.discard("present")
                    earlier.roles.add("chair")


def _met(known: frozenset[str], mentions: list[Mention]) -> frozenset[str]:
    """The names to find from now on: a name of two words or more read after an honorific
    ("đồng chí Tẩn Thị Sành", a family name the lists lack) is found later without one
    ("Chủ tịch LĐLĐ tỉnh Tẩn Thị Sành đề nghị …")."""
    met = {fold(m.name) for m in mentions if m.given and len(m.name.split()) >= 2}
    return known | met if met - known else known


def read_people(
    sentences: list[Sentence], known_people: Iterable[str]
) -> tuple[list[Person], dict[str, str]]:
    """Everyone named, once each, with their roles; and the directory spellings used."""
    directory = {name_key(name): clean(name) for name in known_people if name and name.strip()}
    known = frozenset(fold(name) for name in directory.values())
    people: dict[str, Person] = {}
    untitled: set[int] = set()
    answerer: Person | None = None  # who answers in a Q&A, until the next "X: " line
    for index, sentence in enumerate(sentences):
        if _CAPTION.search(sentence.flat):
            continue  # a photo's caption repeats who is in the report, often as a bare slug
        mentions = read_sentence(sentence.flat, sentence.start, index, known)
        known = _met(known, mentions)
        opens = ANSWER_OPENS.match(sentence.flat)
        if opens:
            first = [m for m in mentions if m.end - sentence.start < opens.end()]
            answerer = people.get(name_key(first[0].name)) if first else None
            if first and answerer is None:
                answerer = people.setdefault(
                    name_key(first[0].name), Person(clean(first[0].name), name_key(first[0].name))
                )
        if not mentions or only_the_answerer(sentence, mentions):
            untitled.add(index)
        for mention in mentions:
            key = name_key(mention.name)
            person = people.setdefault(key, Person(directory.get(key, clean(mention.name)), key))
            person.mentions.append(mention)
            for role in mention.roles:
                person.roles.setdefault(role, mention)
        if answerer is not None and FIRST_PERSON_CHAIR.search(sentence.flat.lower()):
            mention = Mention(answerer.name, sentence.start, sentence.start, None, {"chair"}, index)
            answerer.mentions.append(mention)
            answerer.roles.setdefault("chair", mention)
    found = records.completed([p for p in people.values() if set(p.roles) - {"reference"}])
    holders = offices(found)
    for index, sentence in enumerate(sentences):
        if not _CAPTION.search(sentence.flat):
            by_title(sentence, index, holders, index in untitled)
    return records.without_slugs(found), directory
