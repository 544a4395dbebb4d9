"""Where an item of the meeting's outcome starts in a sentence, and of what kind it is.

`trigger` reads one sentence for what opens an item: the verb after a concluding lead-in ("Kết
luận hội nghị, đồng chí X đề nghị …"), an agreeing verb with the meeting or a body named in full
as its subject ("Hội nghị thống nhất …", "UBND tỉnh thống nhất …"), an assignment ("giao Sở X
chủ trì …"), a request ("yêu cầu các cấp …") and, in a concluding or directing speech, what it
asks of a body and what bodies "cần" do. It leaves out what is quoted, what an earlier meeting
or a document the meeting was told of agreed or asked, and a meeting's name ("Lễ ký kết …").
`addressed` says whether a body or person is named where a task is handed out. The items
themselves are cut and kept by `decisions`.
"""

from __future__ import annotations

import re

from store.extract import decision_words as words
from store.extract import lexicon
from store.extract.decision_items import own_kind


def _quoted(line: str, at: int) -> bool:
    """Whether position `at` of a line is inside quotation marks."""
    before = line[:at]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1


def trigger(
    original: str, line: str, concludes: int | None, context: str | None, speech: bool = False
) -> tuple[str, int, float] | None:
    """(kind, where the item starts in the line, confidence) for a sentence that holds one."""
    if concludes is not None:
        if words.EARLIER_MEETING.search(line, 0, concludes):
            return None  # "Kết luận, X nhắc lại: tại hội nghị hồi tháng 8, … đã thống nhất …"
        verb = words.LEAD_VERB.match(line, concludes)
        if verb and verb["verb"] == "giao":
            return "assignment", concludes, 0.6
        if verb is None and (
            words.COURTESY.match(line, concludes) or words.OPINION.match(line, concludes)
        ):
            return None  # thanks, or what the concluding person thinks: nothing to do
        if verb and words.PRAISE.match(line, verb.start()):
            asked = words.ASKS.search(line, verb.end())  # "… đánh giá cao …, đề nghị …"
            if asked is not None and not _quoted(line, asked.start()):
                return "conclusion", asked.start(), 0.5
            if ";" not in line[verb.end() :]:
                return None  # "Phát biểu kết luận, X đánh giá cao kết quả …": praise only
        keep = verb is None or verb["verb"] in words.KEEP_VERB
        at = concludes if keep else verb.end()
        at += len(line[at:]) - len(line[at:].lstrip(" ,:"))
        said = line[at : at + 1] in {'"', "“"} and line.rstrip(" .").endswith(('"', "”"))
        if at < len(line.rstrip(" .")) and not _quoted(line, at) and not said:
            return "conclusion", at, 0.6
        return None  # nothing after the lead-in, or only a quotation: what was said, not decided
    found: list[tuple[str, int, float]] = []
    agreed = words.AGREES.search(line)
    if agreed and words.EARLIER_MEETING.search(line, 0, agreed.start()):
        agreed = None  # "Tại hội nghị năm trước, hai bên đã thống nhất …": not this meeting's
    clause = words.TIME_CLAUSE.match(line)
    if agreed and clause and agreed.end() <= clause.end():
        agreed = None  # "Sau khi hai cơ quan ký kết …, bà A … giao …": the scene, not an item
    if agreed and not _quoted(line, agreed.start()) and not _names_the_meeting(line, agreed):
        subject = agreed["subject"]
        discussed = agreed["discussed"] is not None  # "Ban X đã thảo luận và thống nhất …"
        at = (
            agreed.start("verb")
            if words.MEETING_SUBJECT.match(subject) or discussed
            else (agreed.start())
        )
        found.append(("decision", at, 0.6))
    elif agreed is None:
        named = _named_body_agrees(original, line)
        pair = words.PAIR_AGREES.search(line)
        listed = words.AGREED_LIST.search(line)
        if listed is not None and (
            _quoted(line, listed.start())
            or (not listed["with"] and _a_person_agrees(original, line, listed))
        ):
            listed = None  # one person's "thống nhất:" alone is a view in discussion
        if listed is not None:
            # what follows the colon was agreed; the list after it when nothing follows
            at = listed.end() if line[listed.end() :].strip() else listed.start("verb")
            at += len(line[at:]) - len(line[at:].lstrip())
            found.append((own_kind(line, at) or "decision", at, 0.55))
        elif named is not None:  # taking opinions on board to finish texts concludes; else decided
            takes_on = words.TAKES_ON_VERB.search(line, named)
            found.append(("conclusion" if takes_on else "decision", named, 0.55))
        elif pair is not None and not _quoted(line, pair.start()):
            found.append(("decision", pair.start("verb"), 0.5))  # "ông A và bà B thống nhất:"
    for assigned in words.ASSIGN.finditer(line):
        if not _quoted(line, assigned.start()) and _assigns(original, line, assigned):
            found.append(("assignment", assigned.start(), 0.6))
            break
    given = words.GIVEN_TASK.match(line)
    if given and original[given.start("head")].isupper():
        found.append(("assignment", given.start("head"), 0.5))
    launched = _launched(original, line)
    if launched is not None:
        found.append(("decision", launched, 0.5))
    asked = words.REQUEST.search(line)
    if asked and words.DOCUMENT_ASKS.search(line, 0, asked.start()):
        asked = None  # what a document issued asks, told in passing
    if asked and not _quoted(line, asked.start()):
        found.append((context or "conclusion", asked.end(), 0.45))
    if context and speech:  # a directing or concluding speech: its requests, what bodies "cần" do
        asked = words.ASKS.search(line)
        if asked and not _quoted(line, asked.start()) and addressed(original, line, asked.end()):
            # "đề nghị LĐLĐ tỉnh …" asks, as a conclusion does; "đề nghị, A và B tiếp tục …" (the
            # verb set off) keeps the speech's kind
            kind = context if "," in asked.group() else "conclusion"
            found.append((kind, asked.end(), 0.45))
        needs = words.NEEDS.search(line)
        if needs and not _quoted(line, needs.start()):
            found.append((context, needs.end(), 0.45))
        body = words.BODY_NEEDS.search(line)
        if (
            body
            and original[body.start("head")].isupper()
            and original[body.start("need") : body.end("need")] == "cần"  # not "cán sự"
            and not _quoted(line, body.start())
        ):
            found.append((context, body.end(), 0.45))
        further = words.FURTHER.match(line)
        if further:
            found.append((context, further.end(), 0.4))
    praised = words.PRAISE.search(line)
    asked = praised and words.ASKS.search(line, praised.end())
    if (
        asked
        and not asked.group().startswith("mong")  # "bày tỏ mong muốn …": a wish, not a request
        and not words.ENCOURAGES.match(line, asked.end())
        and not _quoted(line, asked.start())
        and addressed(original, line, asked.end())
    ):
        # "Bà A ghi nhận những cố gắng của …, đề nghị B …": a leading guest's request after
        # the praise, in the same sentence, is what the guest's speech sets to do
        found.append(("conclusion", asked.end(), 0.45))
    return min(found, key=lambda item: item[1], default=None)  # the first: "yêu cầu …; giao …"


def _a_person_agrees(original: str, line: str, listed: re.Match[str]) -> bool:
    """Whether the clause before an agreeing verb names a person ("Ông X thống nhất:"; "Ba đơn
    vị thống nhất:" counts units, its "Ba" is not "Bà")."""
    clause = max(line.rfind(",", 0, listed.start()), line.rfind(".", 0, listed.start()))
    return any(
        found.group() != "ba" or original[found.start() : found.end()].lower() == "bà"
        for found in words.PERSON_WORDS.finditer(line, clause + 1, listed.start())
    )


def _named_body_agrees(original: str, line: str) -> int | None:
    """Where a body named in full starts when it is the subject of an agreeing verb ("UBND tỉnh
    thống nhất …", "Ủy ban Kiểm tra Tổng Liên đoàn quyết định:"): the words just before the verb,
    capitalised or of bodies' names, with no mark between them, run back to a body's head."""
    for verb in words.NAMED_AGREES.finditer(line):
        if _quoted(line, verb.start()):
            continue
        subject = None
        before = list(words.WORD.finditer(original, max(0, verb.start() - 120), verb.start()))
        cursor = verb.start()
        for word in reversed(before):
            low = line[word.start() : word.end()]
            if original[word.end() : cursor].strip() or not (
                word.group()[:1].isupper() or low in lexicon.TITLE_LOWER
            ):
                break
            cursor = word.start()
            if word.group()[:1].isupper() and any(
                line.startswith(head, word.start())
                and not line[word.start() + len(head) : word.start() + len(head) + 1].isalpha()
                for head in lexicon.BODY_HEADS
            ):
                subject = word.start()
        titles = [
            found
            for found in words.PERSON_WORDS.finditer(line, cursor, verb.start())
            if line[max(0, found.start() - 5) : found.start()] != "doan "  # "Đoàn Chủ tịch": a body
        ]
        if subject is not None and not titles and not _PASSIVE.search(line, 0, subject):
            return subject
    return None


def _launched(original: str, line: str) -> int | None:
    """Where "phát động" starts when a body named in its clause launches an emulation with it
    ("…, Công đoàn Công ty cũng phát động đợt thi đua …"), not inside a quotation nor at an
    earlier meeting told of."""
    found = words.LAUNCHES.search(line)
    if found is None or _quoted(line, found.start()):
        return None
    clause = max(line.rfind(",", 0, found.start()), line.rfind(";", 0, found.start())) + 1
    if words.EARLIER_MEETING.search(line, 0, found.start()):
        return None
    named = any(
        original[word.start()].isupper()
        and any(line.startswith(head + " ", word.start()) for head in lexicon.BODY_HEADS)
        for word in words.WORD.finditer(original, clause, found.start())
    )
    return found.start("verb") if named else None


# "Luật … được Quốc hội khóa XV thông qua ngày …", "… đã được Chính phủ ban hành": a text's
# history, told in the passive with its maker, not what this meeting agreed.
_PASSIVE = re.compile(r"\bduoc\s+$")


def _assigns(original: str, line: str, assigned: re.Match[str]) -> bool:
    """ "giao Ban X …", "giao các công đoàn …", "giao đồng chí …", "giao phòng …": not "giao
    ban" (a meeting), "giao thông", nor "Tuyên giáo" (folded alike); the word after "giao" names
    who is given the task."""
    if original[assigned.start() : assigned.start() + 4].casefold() != "giao":
        return False
    return addressed(original, line, assigned.end())


_COUNT = re.compile(r"\d{1,3}\s+(?=[^\W\d_])")


def addressed(original: str, line: str, at: int) -> bool:
    """Whether a body or person is named at `at`: a capitalised word, or the lowercase words
    that start one ("các …", "đồng chí …", "phòng …", "hai bên")."""
    if original[at : at + 3].casefold() in {"đ/c", "d/c"}:
        return True  # "giao đ/c Lò Văn Pọm …"
    counted = _COUNT.match(line, at)
    if counted:  # "yêu cầu 12 doanh nghiệp …", "đôn đốc 02 CĐCS …": a group by its count
        at = counted.end()
    word = re.match(r"[^\W\d_]+", original[at:])
    if word is None:
        return False
    return word.group()[:1].isupper() or bool(
        re.match(r"(?:cac|moi|tung|dong chi|ong|ba|chi bo|van phong|phong|so|hai ben|to|cong doan"
                 r"|doanh nghiep)\b",
                 line[at:])
    )  # fmt: skip


def _names_the_meeting(line: str, agreed: re.Match[str]) -> bool:
    """ "tổ chức Hội nghị ký kết …", "Lễ ký kết …": the meeting's name, not what it agreed;
    "sự thống nhất": a noun, not a decision."""
    before = line[: agreed.start()].rstrip()
    if before.endswith(("to chuc", "dien ra", "khai mac", "tien hanh", "su", "le")):
        return True
    if line[: agreed.start("verb")].rstrip().endswith(" su"):
        return True  # "Hai bên có sự thống nhất …": a noun
    return agreed["verb"] == "ky ket" and words.MEETING_SUBJECT.match(agreed["subject"]) is not None
