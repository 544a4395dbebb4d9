"""Who spoke, read from the words around a name: the verbs after it ("… cho biết", "…
phát biểu"), the openers before it ("Phát biểu tại hội nghị, đồng chí X …", "Theo bà X, …"), a Q&A
answer ("Bà X: …"), and a speaker named by an office alone ("Kết luận, đồng chí Bí thư Huyện ủy
…"), who is the one person the report gave that office. Which part of a sentence names chairs and
attendees is `people`'s business.
"""

from __future__ import annotations

import re

from store.extract import lexicon
from store.extract.people_records import Mention, Person
from store.extract.plain_text import Sentence
from store.text import fold

SPEECH_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:[^\W\d_]+|\d+)(?:\s+(?:[^\W\d_]+|\d+)){0,3}\s*,\s*)?"  # a title's rest
    r"(?:(?:da|cung|tiep tuc|thi|con|lai|van|khi|du va|(?:ve|den|toi|tham) du va|xuc dong|"
    r"phan khoi|tran trong|than mat|an can|"
    r"truc tiep|lan luot|thang than|cong khai|ngan gon|cu the|kip thoi"
    # "X thay mặt công nhân cảm ơn …", "… thay mặt hai đơn vị chủ trì công bố …": for whom
    r"|thay mat [^,.;:]{1,50}?)\s+)*"  # how one spoke
    r"(?P<verb>" + "|".join(lexicon.SPEECH_VERBS) + r")\b"
)
# Verbs of speaking that fold like other words, as they must be written: "để nghỉ hưu" (to
# retire) folds like "đề nghị" (to propose), "nếu" (if) like "nêu" (to raise).
_WRITTEN = {"de nghi": "đề nghị", "neu": "nêu"}  # "nếu" (if) folds like "nêu" (to raise)


# "Chị A, công nhân Công ty X, quê Thanh Hóa, 12 năm làm ở xưởng, chia sẻ: …": a worker or a
# guest told by the title and then by an aside or two (a home province, years of service, whom
# they stand for) before the verb. An aside names no one ("…, bà B, Phó Giám đốc, cho biết": B
# spoke, not A), so an honorific and a capital after it, or a semicolon, ends the search.
_ASIDES_THEN_SPEECH = re.compile(
    r"^\s*(?P<comma>,)?\s*(?:[^,;.:()\"“”]{1,60},\s*){1,3}"
    r"(?:(?:da|cung|thi|con|xuc dong|thang than|cu the)\s+)*"
    r"(?P<verb>" + "|".join(lexicon.SPEECH_VERBS) + r")\b"
)
_NAMES_SOMEONE = re.compile(r"\b(?:ông|bà|anh|chị|đồng chí|đ/c)\s+[A-ZĐ]")


def speaks_after(flat: str, after: str, at: int, *, titled: bool = False) -> bool:
    """Whether `after` (the folded text at `at` of `flat`, after a name and its title) opens
    with a verb of speaking, written as that verb. The asides before the verb follow a comma,
    or run on from a title (`titled`) read short ("công nhân Công ty TNHH Dệt| may …, quê …")."""
    found = SPEECH_AFTER.match(after)
    if found is None:
        found = _ASIDES_THEN_SPEECH.match(fold(flat[at : at + 150]))
        if (
            found is None
            or not (titled or found["comma"])
            or _NAMES_SOMEONE.search(flat, at, at + found.start("verb"))
        ):
            return False
    written = _WRITTEN.get(found["verb"])
    start = at + found.start("verb")
    return written is None or flat[start : start + len(written)].casefold() == written


# "Phát biểu tại hội nghị, đồng chí X …"; not "Kết luận của Phó Thủ tướng X về …", a headline
# naming whose conclusions a notice gives (a noun, not a verb of speaking at the meeting).
SPEECH_OPEN = re.compile(
    r"^[\s\"“(]*(?:" + "|".join(lexicon.SPEECH_OPENERS) + r")\b(?!\s+(?:cua|so)\b)"
)

# "Hội nghị nghe đồng chí X báo cáo", "ý kiến phát biểu của đồng chí X": X was heard. "nghe" is
# read as written: "nghề" (a trade) folds alike.
_HEARD = re.compile(
    r"(?:\b(?P<hear>nghe)|\by kien(?:\s+(?:phat bieu|tham luan|gop y))?(?:\s+chi dao)?\s+cua"
    r"|\b(?:phat bieu|tham luan)(?:\s+chi dao)?\s+cua)(?:\s+(?:dong chi|ong|ba|anh|chi))?\s*$"
)


def heard_before(flat: str, folded: str, start: int) -> bool:
    """Whether the words before `start` (a name, or the honorific or title before it) say the
    meeting heard that person ("Hội nghị nghe đồng chí X …", "ý kiến của bà X", "ý kiến phát
    biểu chỉ đạo của đồng chí X", as a resolution's preamble writes it)."""
    found = _HEARD.search(folded, max(0, start - 40), start)
    if found is None:
        return False
    return found["hear"] is None or flat[found.start("hear") : found.end("hear")] == "nghe"


# "Hỏi (chị X, công nhân Công ty Y): …": who asks, named in brackets after the question's label
# (as written: "Hội (…)" is an association).
_ASKS_IN_BRACKETS = re.compile(
    r"^[\s\"“]*(?:câu hỏi|hỏi)\s*:?\s*\(\s*(?:(?:anh|chị|ông|bà|cô|đồng chí|em)\s+)?$", re.I
)


def asks_in_brackets(flat: str, start: int) -> bool:
    """Whether the name (or its honorific) at `start` of a sentence is who asks a Q&A's question,
    in brackets after "Hỏi": a speaker, not said to be among those present."""
    return start <= 40 and _ASKS_IN_BRACKETS.match(flat[:start]) is not None


# "Theo đồng chí X, …", "Tuy nhiên, theo bà X, …": what X said at the meeting.
ACCORDING = re.compile(r"(?:^[\s\"“(]*|,\s+)theo\s*(?:dong chi\s+|ong\s+|ba\s+)?$")


# The folded offices `by_title` looks for, by their first two words (or one, for an office of one
# word), each with the people who hold it: a sentence asks only about the words it has.
Offices = dict[str, list[tuple[Person, str]]]
_TWO_WORDS = re.compile(r"\S+(?:\s+\S+)?")


def offices(people: list[Person]) -> Offices:
    """Each folded office (each title once per person), by its first two words."""
    found: Offices = {}
    for person in people:
        titles = dict.fromkeys(m.title for m in person.mentions if m.title)
        for part in dict.fromkeys(part for title in titles for part in _parts(title)):
            found.setdefault(" ".join(part.split()[:2]), []).append((person, part))
    return found


def by_title(sentence: Sentence, index: int, people: Offices, untitled: bool) -> None:
    """ "Kết luận cuộc họp, Phó Thủ tướng giao …", "Báo cáo tại hội nghị, đồng chí Chủ tịch
    LĐLĐ tỉnh cho biết …": a speaker named by a title alone (or one part of a title, "Chủ tịch
    UBND tỉnh" for "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"), the one person the report gave
    it; also in a Q&A answer ("Bà X: Kết luận hội nghị, đồng chí Chủ tịch … đã giao …"). In a
    sentence naming others too (`untitled` false), only after "đồng chí": "Sau khi nghe …, đồng
    chí Bí thư Huyện ủy kết luận như sau:"."""
    folded = fold(sentence.flat)
    if len(folded) != len(sentence.flat):
        return
    places = [found.end() for found in _COMRADE.finditer(folded)]
    opening = -1
    if untitled:
        answer = ANSWER_OPENS.match(folded)
        skip = answer.end() if answer else 0
        opener = SPEECH_OPEN.match(folded[skip:])
        comma = folded.find(", ", skip + opener.end()) if opener else -1
        if comma >= 0:
            honorific = re.match(r"(?:dong chi|d/c|ong|ba)\s+", folded[comma + 2 :])
            places.insert(0, comma + 2 + (honorific.end() if honorific else 0))
        # "Giám đốc Sở khẳng định …": a sentence naming no one may open with the office itself,
        # when what follows is speech; "Bộ trưởng yêu cầu …" opening a sentence is a notice
        # relaying directives, not someone heard at the meeting.
        opening = skip + len(folded[skip:]) - len(folded[skip:].lstrip(' "“('))
    # "Giám đốc Công ty trực tiếp trả lời: …": the words before the colon may be the office
    # itself and its verb of speaking, not an answerer's name
    before = [len(folded) - len(folded.lstrip(' "“('))] if untitled and opening > 0 else []
    for at in before + ([opening] if opening >= 0 else []) + places:
        spoken = at == opening or at in before
        words = _TWO_WORDS.match(folded, at)
        first = words.group().split() if words else []
        held = people.get(" ".join(first), []) + people.get(" ".join(first[:1]), [])
        named = list(
            {id(p): p for p, t in held if _title_then_verb(folded, at, t, spoken)}.values()
        )
        if len(named) == 1:
            mention = Mention(named[0].name, sentence.start + at, sentence.start + at, None,
                              {"speaker"}, index)  # fmt: skip
            named[0].mentions.append(mention)
            named[0].roles.setdefault("speaker", mention)
            return


_COMRADE = re.compile(r"(?:\bdong chi|(?<![^\W\d_])d/c)\s+(?=[a-z])")


# "Bà Lò Thị Hoa: …", a Q&A answer's speaker before what she says.
ANSWER_OPENS = re.compile(r"^[^:,.;]{3,60}:\s+")


# In a Q&A answer, "tôi" among the chairs: "Đoàn chủ tịch gồm ông X và tôi", "Tôi cùng đồng chí
# X đồng chủ trì". Read with marks: "tôi" (I) folds as "tới" (to) and "tối" (evening).
FIRST_PERSON_CHAIR = re.compile(
    r"(?:đoàn chủ tịch|chủ trì|chủ tọa)\b[^.;:]{0,160}\b(?:và|cùng|với)\s+tôi\b"
    r"|\btôi\s+(?:cùng|và|với)\b[^.;:]{0,160}\b(?:đồng\s+)?chủ trì\b"
)


def only_the_answerer(sentence: Sentence, mentions: list[Mention]) -> bool:
    """Whether the only people named are the one answering, before the colon ("Bà X: …")."""
    opens = ANSWER_OPENS.match(sentence.flat)
    return opens is not None and all(m.end - sentence.start < opens.end() for m in mentions)


def _parts(title: str | None) -> list[str]:
    """A title and, when it holds several offices ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
    each of them of two words or more, folded."""
    if not title:
        return []
    whole = fold(title)
    parts = [p.strip() for p in whole.split(",")]
    parts = [whole] + [p for p in parts if len(p.split()) >= 2 and p != whole]
    # "Giám đốc Sở" for "Giám đốc Sở Giáo dục và Đào tạo", "Phó Chủ tịch Thường trực" for "Phó
    # Chủ tịch Thường trực Tổng Liên đoàn …": a later mention often drops the body's name, so
    # each office's leading words (two or more) name its holder too, when one person holds them.
    leads = [" ".join(p.split()[:n]) for p in parts for n in range(2, len(p.split()))]
    return list(dict.fromkeys(parts + leads))


# Verbs that relay a directive rather than report speech ("Bộ trưởng yêu cầu …").
_DIRECTS = re.compile(r"\s*(?:(?:da|cung)\s+)?(?:yeu cau|giao|chi dao|de nghi|ket luan)\b")


def _title_then_verb(folded: str, at: int, title: str, spoken: bool = False) -> bool:
    """Whether `title` is written at `at` and a verb of speaking or concluding follows it (only
    of speaking, if `spoken`)."""
    if not folded.startswith(title + " ", at):
        return False
    rest = folded[at + len(title) :]
    if spoken and _DIRECTS.match(rest):
        return False
    return bool(
        SPEECH_AFTER.match(rest) or re.match(r"\s*(?:(?:da|cung)\s+)?(?:giao|chi dao)\b", rest)
    )
