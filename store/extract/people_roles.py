"""The roles a person named in a sentence had, read from where the name is and the words around it.

`sentence_zones` finds where a sentence's chairs' part starts ("dưới sự chủ trì của …", "Chủ trì
hội nghị có …") and where its attendees' part starts ("Dự hội nghị có …", "Về phía … có …");
`mention_roles` gives one mention's roles from its part and from the words after it (chairs,
attends, is made secretary, speaks, answers in a Q&A) or before it (the author of a directive,
someone the meeting acted on or gave a gift to: no participant); a sentence that opens with "Đại
diện …" names a representative. `chairs_listed_before` gives a chair's or a secretary's role to
the names listed before the verb. Which names a sentence holds, and whom they make, is `people`'s
business.
"""

from __future__ import annotations

import re

from store.extract import lexicon
from store.extract.people_records import Mention
from store.extract.people_speech import (
    ACCORDING,
    ANSWER_OPENS,
    SPEECH_OPEN,
    asks_in_brackets,
    heard_before,
    speaks_after,
)

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
    r"^[\s\"“(]*(?:dieu hanh\s+(?:hoi nghi|phien hop|cuoc hop|buoi [a-z]+|hoi thao|toa dam|"
    r"dai hoi|ky hop|doi thoai)\s+(?:la|co|gom)\b|"  # "Điều hành hội nghị là đồng chí X"
    r"(?:(?:cung|tham du va|du va)\s+)?(?:dong\s+)?chu tri"
    r"(?:\s*:|(?:\s+[a-z]+){0,4}?\s+(?:co|la|gom)\b|\s+(?:hoi nghi|"
    r"buoi [a-z]+(?: [a-z]+)?|phien hop|cuoc hop|le [a-z]+(?: [a-z]+)?|hoi thao|toa dam|dai hoi|"
    r"ky hop|chuong trinh|doi thoai)\b))"
)
# "A, title, chủ trì", "do A, title, điều hành.", "A, title và B, title điều hành đối thoại"
# (điều hành before the meeting's kind, whichever it is); a chair by delegation or one of
# several: "A - title - được ủy quyền chủ trì", "A, title, một trong hai người chủ trì hội
# nghị", "A, title, người chủ trì hội nghị".
_CHAIR_AFTER = re.compile(
    r"^\s*[,–-]?\s*(?:cung\s+|da\s+)?(?:duoc\s+(?:uy quyen|phan cong|giao|cu)\s+|"
    r"mot trong (?:hai|ba|bon|cac|nhung) (?:nguoi|dong chi|vi)\s+|nguoi\s+)?"
    r"(?:(?:dong\s+)?chu tri\b|dieu hanh\s+(?=hoi|phien|buoi|toa|cuoc|doi thoai|dai hoi|dien dan|"
    r"ky hop|giao ban|le\b|chuong trinh)|dieu hanh\s*(?=[.;]|$))"
    r"(?!\s*(?:,|va)\s*phoi hop|\s+tham muu|"
    r"\s+xay dung|\s+trien khai|\s+thuc hien)"
)
# A second chair joined after the first in the same sentence: "…; cùng chủ trì có đồng chí B",
# "…, đồng chủ trì hội nghị là bà C" (as "Đồng chủ trì hội nghị có …" opening a sentence).
_CHAIR_JOINS = re.compile(
    r"[;,]\s*(?:cung\s+|dong\s+|cung\s+dong\s+)chu tri(?:\s+(?:hoi nghi|buoi [a-z]+))?"
    r"\s+(?:co|la|gom)\s+(?=(?:cac\s+)?(?:dong chi|ong|ba)\s)"
)
_ATTENDANCE = re.compile("|".join(rf"\b{marker}\b" for marker in lexicon.ATTENDANCE_MARKERS))
_ATTEND_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:cung|da|cung da|con)\s+)?(?:tham du|du|ve du|den du|toi du|co mat|"
    r"lam truong doan|dan dau)\b"
)
# "A, đảng viên, được cử làm thư ký", "B - title được đại hội cử làm thư ký": the secretary, not
# an attendee.
_SECRETARY_AFTER = re.compile(
    r"^\s*,?\s*(?:[^,;.:]{1,40},\s*)?(?:(?:da|cung)\s+)?(?:duoc\s+)?"
    r"(?:(?:hoi nghi|dai hoi|ky hop|cuoc hop|chi bo|ban chap hanh|doan chu tich|chu toa)\s+)?"
    r"(?:(?:cu|bau|phan cong|chi dinh)\s+)?lam thu ky\b"
)
# "bổ sung đồng chí X … vào Ban Chấp hành", "khen thưởng đồng chí X": whom the meeting acted on,
# named without being said to be there; so is "quần chúng (ưu tú) Y", a candidate for the party
# whose file a cell reviews.
_ACTED_ON_BEFORE = re.compile(
    r"\b(?:bo sung|kien toan|bau bo sung|chuan y|bo nhiem|dieu dong|ket nap|khen thuong|"
    r"tang bang khen cho|tang giay khen cho|gioi thieu|doi voi|quan chung(?: uu tu)?"
    # "Chồng chị, anh X, …", "Chồng chị Hiên là anh Y", "Chủ nhân của các ngôi nhà là anh Z": a
    # beneficiary's family, or the owner of what was handed over, told in the story of the gift
    r"|\b(?:chong|vo|chu nhan)\b[^.;:]{0,24}?(?:,|\bla)\s*(?:anh|chi|ong|ba)?)\s*$"
)
# "trao 2 Mái ấm Công đoàn cho gia đình chị X và anh Y", "tặng quà cho ông Z": who received a gift
# at the meeting, named without being said to take part in it.
_RECEIVES_BEFORE = re.compile(
    r"\b(?:trao|tang|trao tang|ho tro)\b[^.;:]{0,120}?\bcho\s+(?:gia dinh\s+)?"
    r"(?:[^.;:]{0,100}?\s(?:va|,)\s+(?:gia dinh\s+)?)?(?:(?:anh|chi|ong|ba|em|chau|co|thay)\s+)?$"
)
_ANSWERS = re.compile(r"^\s*:")  # "Ông Vũ Kiên Cường: …", who answers in a Q&A
# "- Bà X: Hội nghị diễn ra …, do tôi chủ trì.": who answers in the first person chaired.
_ANSWERS_AS_CHAIR = re.compile(r"\b(?:do|va|toi)\s+toi\s+(?:dong\s+)?chu tri\b")
_REPRESENTS = re.compile(r"^[\s\"“(]*dai dien(?:\s+cho)?\b")
_REFERENCE_BEFORE = re.compile(r"(?:\bcua|\btheo|loi day cua|chi dao cua|tu tuong)\s*$")
# "X, title, do bận công tác đã gửi thư chúc mừng", "Y gửi lẵng hoa chúc mừng": who sent
# greetings, flowers or a telegram instead of coming, was not there; nor was who "không về dự
# được", whether or not the sentence goes on to what they sent, who is told "vắng mặt", or who
# was to come "nhưng … không thể về dự".
_SENT_INSTEAD_AFTER = re.compile(
    r"^\s*(?:[,–-]\s*[^,;.–-]{1,40}?\s+[-–]\s*)?"  # an aside: "…, nay đã nghỉ hưu - gửi …"
    r",?\s*(?:[^.;]{0,120}?\bnhung\s+(?:[^.;]{0,100}?\s)?)?"  # "dự kiến dự … nhưng do … nên"
    r"(?:(?:do|vi)\s+(?:ban|vang)[^,;.]{0,30}?,?\s*)?"
    r"(?:khong\s+(?:the\s+)?(?:(?:ve|den|toi)\s+)?(?:tham\s+)?du(?:\s+duoc)?\b|vang mat\b"
    r"|(?:(?:da|cung|da cung)\s+)?(?:gui|chuyen)\s+(?:thu|lang hoa|hoa|dien|dien hoa|lang)\b)"
)
_REFERENCE_AFTER = re.compile(  # who signed a document; "ký kết" is signing at the meeting
    r"^\s*,?\s*(?:da\s+|vua\s+)?(?:ky ban hanh|ky quyet dinh|ky(?!\s+ket))\b"
)


def sentence_zones(folded: str) -> tuple[int | None, int | None]:
    """Where the chairs' part of a sentence starts, and where the attendees' part starts."""
    chair = _CHAIR_UNDER.search(folded)
    if (
        chair
        and not chair.group().startswith(("doan chu tich", "chu toa"))
        and _SESSION.search(folded, max(0, chair.start() - 60), chair.start())
    ):
        # "… ở phiên thứ hai dưới sự điều hành của đồng chí X": X steers a session. A presidium
        # elected at the first session ("Tại phiên thứ nhất, đại hội bầu Đoàn Chủ tịch gồm …")
        # steers the whole congress.
        chair = None
    chair_at = chair.end() if chair else (0 if _CHAIR_OPEN.match(folded) else None)
    if chair_at is None:  # "A, title, chủ trì hội nghị; cùng chủ trì có đồng chí B, title"
        joins = _CHAIR_JOINS.search(folded)
        chair_at = joins.end() if joins else None
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
    side = None
    if attend is None and chair_at is None:
        side = _SIDE_HAS.match(folded) or _LISTED_HAS.match(folded)
    return chair_at, (side.start("has") if side else attend)


# "Ban Dân vận Thành ủy có đồng chí Trưởng ban A và hai Phó Trưởng ban là B và C": a body's
# people present, as after "Về phía Ban Dân vận có …".
_SIDE_HAS = re.compile(
    r"^[\s\"“(]*(?:" + "|".join(lexicon.BODY_HEADS) + r")\b[^.;:,]{0,80}?\s(?P<has>co)\s+"
    r"(?:cac\s+|\d+\s+|hai\s+|ba\s+)?(?:dong chi|ong|ba|pho|truong|chu tich|giam doc)\b"
)

# "Phía Công ty có ông A, bà B (title)", "Cùng đi trong đoàn có bà C, title; ông D, title",
# "Ngồi quanh bàn có anh E (…), chị F (…)": a clause opening the sentence, then "có" and people by
# honorific, lists who was there; so does a colon after "có" or after the honorific ("Dự và trao
# thưởng có các đồng chí: A, …", "Tham gia tọa đàm có: TS B, …"). "Trong số đó có anh G, …" picks
# out some of a group (awardees).
_LISTED_HAS = re.compile(
    r"^[\s\"“(+•*–-]*(?!trong so\b)[a-z][^.;:,()]{2,60}?\s(?P<has>co)"
    r"(?:\s+(?:cac\s+|\d+\s+|hai\s+)?(?:dong chi|d/c|ong|ba|anh|chi)(?:\s|\s*:)|\s*:\s)"
)


def mention_roles(
    flat: str,
    folded: str,
    mention_start: int,
    start: int,
    tail: int,
    position: int,
    chair_at: int | None,
    attend_at: int | None,
    *,
    titled: bool = False,
) -> set[str]:
    """The roles one mention shows: by the part of the sentence it is in, and the verb after it
    (`titled`: a title after the name was read, ending at `tail`)."""
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
    at = _after_start(folded, tail)
    if _SENT_INSTEAD_AFTER.match(folded[at : at + 260]):  # "… nhưng …" runs past `after`
        return {"reference"}
    if asks_in_brackets(flat, mention_start):
        return {"speaker"}
    if _ANSWERS.match(after):
        if _ANSWERS_AS_CHAIR.search(folded, tail):
            return {"speaker", "chair"}
        return {"speaker", "attendee"}
    steers = _CHAIR_AFTER.match(after)
    if steers and not (
        "dieu hanh" in steers.group() and _SESSION.search(folded, 0, mention_start)
    ):  # "phiên thứ nhất do đồng chí X điều hành": X steers one session, not the meeting
        roles.add("chair")
    if speaks_after(flat, after, _after_start(folded, tail), titled=titled) or (
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


def chairs_listed_before(folded: str, mentions: list[Mention], offset: int) -> None:
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
