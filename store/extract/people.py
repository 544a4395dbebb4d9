"""Who was at the meeting and in what role: chairs, attendees, speakers, representatives.

Reads the sentence patterns of Vietnamese reports: "dưới sự chủ trì của đồng chí X và các đồng chí
Phó Chủ tịch: A, B", "Chủ trì hội nghị có các đồng chí ...", "X, title và Y, title đồng chủ trì",
"Dự hội nghị có các đồng chí: A, title; B, title", "Về phía ... có đồng chí X", "Phát biểu tại
hội nghị, đồng chí X ... nhấn mạnh", and photo captions. A person named only as the author of a
directive ("lời dạy của Chủ tịch Hồ Chí Minh", "theo chỉ đạo của Thủ tướng X") was not there.

The same person named twice is one person (`store.text.name_key`); a chair is never also an
attendee; someone who only spoke is a speaker, as the sample book records it. This module finds
the names of each sentence with their titles (`names`, `titles`), and those listed under a shared
title; the roles each mention shows by the words around it are `people_roles`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from store.extract import people_records as records
from store.extract.names import (
    distinction_before,
    find_names,
    honorific_before,
    names_after_honorifics,
    names_in_list,
    nickname_after,
    tokens,
    with_hyphenated_ends,
    written_honorific_before,
)
from store.extract.people_records import Mention, Person
from store.extract.people_roles import chairs_listed_before, mention_roles, sentence_zones
from store.extract.people_speech import (
    ANSWER_OPENS,
    FIRST_PERSON_CHAIR,
    by_title,
    offices,
    only_the_answerer,
)
from store.extract.plain_text import Sentence
from store.extract.titles import given_after_office, starts_title, title_after, title_before
from store.text import clean, fold, name_key

_CAPTION = re.compile(
    r"[-–(]\s*(?:Ảnh|Anh|Ảnh minh họa|Photo)\s*(?:\d+|:[^)]*)\)?\s*$"
    # a file photo's caption ("Ảnh tư liệu: Bà A thăm …", "… (ảnh tư liệu)"): another occasion
    r"|^[\s\"“(]*ảnh\s+tư\s+liệu\b|\(\s*ảnh\s+tư\s+liệu\s*\)",
    re.I,
)
# "Đoàn Thư ký gồm đồng chí A, …, và đồng chí B, …", "Thư ký hội nghị là …": the secretaries.
_SECRETARIES_OPEN = re.compile(
    r"\b(?:(?:doan|ban|to)\s+thu ky(?:\s+(?:dai hoi|hoi nghi|ky hop))?|thu ky\s+(?:dai hoi|"
    r"hoi nghi|ky hop|phien hop|cuoc hop))\s*(?::|gom|la|co)\s*(?:cac\s+)?"
)
# "…, ngay trong buổi sáng cùng ngày, Ban Thường vụ đã họp dưới sự chủ trì của …": another meeting
# told inside a sentence about this one, or a visit ("Trước đó, chiều cùng ngày, bà X đã đến thăm,
# tặng quà …"); who is named only in it was not at this one.
_RECALLED = re.compile(
    r"\b(?:truoc do|(?:buoi\s+)?(?:sang|trua|chieu|toi) cung ngay|hom truoc|tuan truoc|"
    r"thang truoc|hoi thang \d{1,2})\b[^.;]{0,80}?\b(?:da|vua)\s+(?:hop|to chuc|dien ra"
    r"|(?:den\s+|di\s+)?tham|dang huong|dang hoa|trao|tang)\b"
)
# "Đến dự có:", "Tham dự hội nghị gồm các đồng chí:" alone, its people on the lines after it,
# each a list item ("- Ông A, title;", "1. Bà B - title"): they attended.
_ATTENDING_HEADING = re.compile(
    r"^[\s\"“(]*(?:(?:den|ve|toi|cung|tham)\s+)?(?:du|tham du)(?:\s+(?:hoi nghi|dai hoi|"
    r"hoi thao|buoi [a-z]+|le|phien hop|cuoc hop|toa dam))?\s+(?:co|gom)(?:\s+co)?"
    r"(?:\s+cac\s+(?:dong chi|dai bieu|ong|ba))?\s*:\s*$"
)
# "Đoàn Chủ tịch đại hội gồm 3 đồng chí:", "Chủ trì hội nghị gồm các đồng chí:" alone, its people
# on the list items after it: they chaired.
_CHAIRING_HEADING = re.compile(
    r"^[\s\"“(]*(?:doan chu tich|chu toa|(?:dong\s+)?chu tri)(?:\s+(?:dai hoi|hoi nghi|ky hop|"
    r"phien hop|cuoc hop|hoi thao|toa dam|buoi [a-z]+))?\s+(?:gom|la|co)(?:\s+co)?"
    r"(?:\s+(?:\d{1,2}|hai|ba|bon|nam|cac))?(?:\s+(?:dong chi|d/c|ong|ba|thanh vien))?\s*:\s*$"
)
_LIST_ITEM = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)]|[a-h]\))\s+")
_LIST_HEADER = re.compile(
    r"(?:(?P<hon>cac dong chi|cac d/c|cac ong|cac ba|cac vi)(?P<title>[^:;]{0,160}?)|\b(?:co|gom)"
    r"(?:\s+(?:\d{1,2}|hai|ba|bon|nam|sau|bay|cac))?(?:\s+(?:dong chi|ong|ba|vi|thanh vien))?)"
    r"\s*:\s*"
)
_SHARED_TITLE = re.compile(
    r"\b(?P<count>cac|hai|ba|bon|nam)\s+(?P<shared>[^:;.]{3,120}?)(?:\s*:\s*|\s+(?:la|gom)\s+)"
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
    position = 0
    while (match := _SHARED_TITLE.search(folded, position)) is not None:
        at = match.start("shared")
        if not starts_title(folded, at) or flat[match.start() : match.start() + 2] == "bà":
            # not a title ("các đơn vị là …"), or "bà" (Mrs), not "ba" (three); or a count word
            # that is a name's ("Việt Nam có các PCT: …"): the real count may come after it
            position = match.start() + 1
            continue
        position = match.end()
        if any(start <= at < end for start, end, _ in found):
            continue
        shared = clean(flat[at : match.end("shared")]).strip(" ,")
        found.append((match.end(), _list_end(folded, match.end()), shared))
    return found


def _heading_role(folded: str) -> str | None:
    """The role of the people on the list items after a sentence that heads them, else None."""
    if _ATTENDING_HEADING.search(folded):
        return "attendee"
    return "chair" if _CHAIRING_HEADING.search(folded) else None


def _list_end(folded: str, start: int) -> int:
    """A list of names runs to the end of its clause: the next ";" (or the sentence's end)."""
    end = folded.find(";", start)
    return len(folded) if end < 0 else end


def read_sentence(
    flat: str,
    offset: int,
    index: int,
    known: frozenset[str],
    tails: frozenset[str] = frozenset(),
    listed: str | None = None,
) -> list[Mention]:
    """The people named in one sentence (`flat`, starting at `offset` in the text); `tails`, the
    folded last words of the names met before, for a given name after an office alone; `listed`,
    the role of the list headed "Đến dự có:" or "Đoàn Chủ tịch gồm:" the sentence is an item of."""
    folded = fold(flat) if len(fold(flat)) == len(flat) else flat.lower()
    words = tokens(flat, folded)
    names = find_names(flat, folded, words, known)
    names = sorted(names + names_after_honorifics(flat, words, names), key=lambda n: n.start)
    by_office = given_after_office(flat, folded, words, names, tails) if tails else []
    if by_office:  # "Chủ tịch Hạnh Phúc": the office is not a title of its own
        names = sorted(names + by_office, key=lambda n: n.start)
    office_named = {n.start for n in by_office}
    names = with_hyphenated_ends(flat, names)
    if not names:
        return []
    chair_at, attend_at = sentence_zones(folded)
    if listed == "chair" and chair_at is None and attend_at is None:
        chair_at = 0
    elif listed and chair_at is None and attend_at is None:
        attend_at = 0
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
    nicknames = [nickname_after(flat, name) for name in names]
    bracketed = [(name.end, nick[1]) for name, nick in zip(names, nicknames, strict=True) if nick]
    if bracketed:  # "Lê Văn Năm (Năm Cần Đước)": the nickname's words name nobody else
        kept = [not any(a < name.start < b for a, b in bracketed) for name in names]
        names = [name for name, keep in zip(names, kept, strict=True) if keep]
        nicknames = [nick for nick, keep in zip(nicknames, kept, strict=True) if keep]
    ends = [nick[1] if nick else name.end for name, nick in zip(names, nicknames, strict=True)]
    afters = _titles_after(flat, folded, words, names, ends)
    starts = [name.start for name in names[1:]] + [len(flat)]
    plural: str | None = None  # "các Phó Chủ tịch LĐLĐ tỉnh A, B và C": the title A, B, C share
    for position, name in enumerate(names):
        after_span = afters[position]
        before_span = _before_distinction(
            folded, title_before(flat, folded, words, name.start, previous_end), name.start
        )
        if name.start in office_named:
            before_span = after_span = None
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
        tail = after_span[1] if after_span else ends[position]
        start = honorific if honorific is not None else (before_span or (name.start,))[0]
        if secretary_at is not None and name.start >= secretary_at > max(
                chair_at or 0, attend_at or 0):  # fmt: skip
            roles = {"secretary"}  # listed after "Đoàn Thư ký gồm", not a chair or attendee
        else:
            roles = mention_roles(
                flat,
                folded,
                start,
                name.start,
                tail,
                position,
                chair_at,
                attend_at,
                titled=after_span is not None,
            )
        if recalled_at is not None and name.start > recalled_at and roles - {"speaker"}:
            roles = {"reference"}  # named in the account of another meeting
        if _joins_reference(folded, mentions, previous_end, start, roles):
            roles = {"reference"}  # "… đối với đồng chí A và đồng chí B": both acted on
        mentions.append(
            Mention(name.text, offset + start, offset + tail, title, roles, index, name.given)
        )
        if nicknames[position]:
            mentions[-1].nickname = nicknames[position][0]
        previous_end = tail
    chairs_listed_before(folded, mentions, offset)
    return mentions


def _before_distinction(
    folded: str, span: tuple[int, int] | None, start: int
) -> tuple[int, int] | None:
    """A title read back from a name, without the degree or rank worn right before the name
    ("Phó Chủ tịch Hội đồng, PGS.TS A": the title; "Đại tá B": none)."""
    if span is None:
        return None
    at = distinction_before(folded, start)
    if at is None or at >= span[1] + 1:
        return span
    end = at
    while end > span[0] and folded[end - 1] in " ,":
        end -= 1
    return (span[0], end) if end > span[0] else None


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
    flat: str, folded: str, words: list[Any], names: list[Any], ends: list[int]
) -> list[tuple[int, int] | None]:
    """The title after each name (read from `ends`, past a nickname in brackets); "A và B -
    Phó Chủ tịch": A, with none of its own, shares B's."""
    spans: list[tuple[int, int] | None] = []
    for position, end in enumerate(ends):
        stop = names[position + 1].start if position + 1 < len(names) else len(flat)
        spans.append(title_after(flat, folded, words, end, stop))
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


def _met(known: frozenset[str], mentions: list[Mention]) -> frozenset[str]:
    """The names to find from now on: a name of two words or more read after an honorific
    ("đồng chí Tẩn Thị Sành", a family name the lists lack) is found later without one
    ("Chủ tịch LĐLĐ tỉnh Tẩn Thị Sành đề nghị …")."""
    met = {fold(m.name) for m in mentions if m.given and len(m.name.split()) >= 2}
    return known | met if met - known else known


def _tails(tails: frozenset[str], mentions: list[Mention]) -> frozenset[str]:
    """The last word of each name of two words or more met, and the last two of one of three."""
    new = set()
    for mention in mentions:
        parts = fold(mention.name).split()
        if len(parts) >= 2 and not mention.given:
            new.add(parts[-1])
            if len(parts) >= 3:
                new.add(" ".join(parts[-2:]))
    return tails | new if new - tails else tails


def read_people(
    sentences: list[Sentence], known_people: Iterable[str]
) -> tuple[list[Person], dict[str, str]]:
    """Everyone named, once each, with their roles; and the directory spellings used."""
    directory = {name_key(name): clean(name) for name in known_people if name and name.strip()}
    known = frozenset(fold(name) for name in directory.values())
    people: dict[str, Person] = {}
    untitled: set[int] = set()
    answerer: Person | None = None  # who answers in a Q&A, until the next "X: " line
    tails: frozenset[str] = frozenset()
    # the role of the list of people a sentence is an item of, after its heading ("Đến dự có:")
    listed: str | None = None
    heading: str | None = None
    aliases: dict[str, str] = {}  # a nickname's key: the key of the full name it was told beside
    for index, sentence in enumerate(sentences):
        if _CAPTION.search(sentence.flat):
            continue  # a photo's caption repeats who is in the report, often as a bare slug
        listed = (listed or heading) if _LIST_ITEM.match(sentence.flat) else None
        heading = _heading_role(fold(sentence.flat))
        mentions = read_sentence(sentence.flat, sentence.start, index, known, tails, listed)
        known = _met(known, mentions)
        tails = _tails(tails, mentions)
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
            key = aliases.get(name_key(mention.name), name_key(mention.name))
            if mention.nickname:  # "ông Tư Lúa" later is this person, not a second one
                aliases.setdefault(name_key(mention.nickname), key)
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
