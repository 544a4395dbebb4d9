"""What the meeting decided, concluded and assigned: the items of its outcome, read from a report.

Reads the ways a report writes them:
- lists of tasks after a header that concludes, agrees or asks ("Kết luận hội nghị, đồng chí X đề
  nghị các cấp công đoàn tập trung:", "Đoàn Chủ tịch thống nhất:", "Chi bộ ra nghị quyết với 3
  nhóm nhiệm vụ:", "Ba quan tâm:"), numbered, lettered, bulleted or "Một là, … Hai là, …";
- a sentence that concludes ("Kết luận hội nghị, đồng chí X …"), agrees ("Hội nghị thống nhất /
  nhất trí / biểu quyết …"), assigns ("giao Sở X chủ trì, phối hợp …") or asks ("yêu cầu các cấp
  …"), trimmed to the decision itself, one item per decision when it holds two;
- in a concluding or directing speech ("Phát biểu chỉ đạo, …"; not at a ceremony), what it asks
  of a body ("đề nghị LĐLĐ tỉnh …"), what bodies "cần" do, "Cùng với đó, …", until another
  speaker takes the floor (a conclusion after the speech leaves only what it asked of a named
  body, what it set a time to, and what it asked apart: the rest was discussion);
  a numbered item's further sentences and its dashed sub-list;
- the signing a signing ceremony is about, when nothing else says it.
Quoted speech (across sentences too), thanks and questions (an interview's "PV: …?") are never
items. Each item keeps its span, a confidence, and the owner and deadline when the text states
them (read by `decision_owners`). What in a sentence opens an item, and of what kind, is
`decision_triggers`; this module walks the sentences, keeps the lists and cuts each item. The words
and patterns are `decision_words`; who the meeting's people are is `people`'s business; this module
only says where the concluding person is named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.extract import decision_owners as owners
from store.extract import decision_sections as sections
from store.extract import decision_triggers as triggers
from store.extract import decision_words as words
from store.extract.decision_items import (
    MAX_ITEMS,
    Item,
    OpenList,
    Outcome,
    add,
    agreed_parts,
    counted,
    extend,
    list_item,
    own_kind,
    signing,
    unique,
)
from store.extract.plain_text import Sentence
from store.text import has_marks


def read_outcome(
    text: str, folded: str, sentences: list[Sentence], lead: Sentence | None = None
) -> Outcome:
    """Every item the report states, in order, once each."""
    folded = words.unassigned(text, folded)
    outcome = Outcome([])
    # "conclusion" once concluded; "assignment" in a directing speech ("Phát biểu chỉ đạo, …").
    # Outside both, what is asked of others ("yêu cầu các cấp …") is a conclusion.
    context: str | None = None
    speech = False  # the concluding or directing speech is still being reported
    quoting = False  # inside a quotation opened in an earlier sentence of the paragraph
    open_list: OpenList | None = None
    previous_end = 0
    # Where the items of a directing speech start, while no conclusion has come: a report that
    # concludes after it ("Phát biểu tại buổi làm việc, đồng chí X …" then "Kết luận buổi làm
    # việc, …") gives the outcome in the conclusion; of the speech stays what it asked of a named
    # body (the leading guest's request, the devset's ruling), set to a time, or asked apart.
    directed = MAX_ITEMS * 2
    praised = False  # a sentence before, in this paragraph, praised, and none gave an item
    # The item a concluding sentence's "nhấn mạnh" gave, while the next sentence may show it was
    # the preamble of the list the body agreed ("Hội nghị thống nhất:").
    emphasis: int | None = None
    agreed_at = -1  # where the items the meeting agreed after a directing speech start
    section: str | None = None  # in a notice's upper-case section after its conclusion
    marked = has_marks(text)  # a report typed without any marks has no slugs to tell apart
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        line = folded[start:end]
        same_line = "\n" not in text[previous_end:start]
        if not same_line:
            quoting = False  # a quotation left open (a page cut short) ends with its paragraph
        previous_gap, previous_end = previous_end, end
        closing = re.compile(r"[\"”’)]*").match(text, end)  # marks the sentence cut left out
        was_quoting, quoting = quoting, _still_quoting(quoting, text[start : closing.end()])
        if was_quoting:
            continue  # a quoted speech's later sentences: what someone said, not what was decided
        if words.QUESTION.match(line) or line.rstrip().endswith("?") or words.RELAYED.search(line):
            open_list = None  # a question; what a document the meeting was told of asked
            continue
        if marked and _unmarked(text[start:end]):
            continue  # a photo's caption as an unaccented slug: it repeats, it does not decide
        mark = words.MARK.match(line)
        if not same_line and sections.resolves(text, previous_gap, start):
            section, context, open_list = "articles", context or "decision", None
        if section == "articles":
            if sections.closes(line):
                section = None
            else:
                _article(outcome, text, folded, sentence, mark)
            continue
        heading = None
        if context == "conclusion" and not same_line:
            heading = sections.heading(text, folded, previous_gap, start)
        if heading is not None:
            section, open_list = heading, None  # "II. NHIỆM VỤ THỜI GIAN TỚI": tasks follow
        if section is not None:
            if sections.closes(line):
                section = None
            elif section != "assess":
                sections.item(outcome, text, folded, start, end, mark, same_line, section)
            continue
        if open_list is not None and (mark or open_list.count_header):
            list_item(outcome, text, folded, start, end, mark, open_list)
            open_list.count_header = False
            continue
        if open_list is not None and open_list.praising and same_line:
            continue  # "1. … đánh giá cao … . Tuy nhiên, …": the rest of an assessment
        if (
            open_list is not None
            and open_list.style is not None  # a numbered or bulleted list, one item a line
            and same_line
            and outcome.items
            and not words.AGREES.search(line)
            and not words.PRAISE.search(line)  # "… . X cũng biểu dương …": the speech goes on
        ):
            extend(outcome, text, end)  # "2- Quan tâm … . Đẩy mạnh …": the item's next sentence
            continue
        if (
            open_list is not None
            and open_list.style
            and text[previous_gap:start].count("\n") == 1
            and len(line.split()) >= 6
            and not line.rstrip().endswith(":")
        ):
            # an unmarked line inside a list (no blank line before it) is one more item
            add(outcome, text, folded, start, end, open_list.kind, 0.6, open_list.owner)
            continue
        open_list = None
        if context and speech and not same_line and mark and words.FIRST_ORDINAL.match(line):
            # "Thứ nhất, Ban X …" opening a paragraph in the concluding speech: its tasks counted
            # one a paragraph, whether or not the sentence before ended in a colon
            open_list = OpenList(context, None, False)
            list_item(outcome, text, folded, start, end, mark, open_list)
            continue
        if praised and same_line and words.PRAISE_GOES_ON.match(line):
            continue  # "… biểu dương X đã … . Đặc biệt là, chỉ đạo …": what X did, praised
        if speech and same_line and outcome.items and words.SPECIFIES.match(line):
            extend(outcome, text, end)  # "Trước mắt, căn cứ …": how the task before is to be done
            continue
        concludes = _concludes(line)
        if concludes is not None:
            context = "conclusion"
            # who answers what was heard may head a visit, and a visit's head is not its chair
            if outcome.concluder is None and not words.CONCLUDE_HEARD.match(line):
                outcome.concluder = (start, start + concludes)
            # what a speech in discussion asked is not the outcome; what the body agreed is (a
            # closing speech, "bế mạc", that only quotes its speaker asks nothing in its place)
            if not ("be mac" in line[:concludes] and _only_quotes(line, concludes)):
                upto = len(outcome.items) if agreed_at < directed else agreed_at
                timed = words.TIMED.search
                kept = []
                for item in outcome.items[directed:upto]:
                    guest = _guest_request(text, folded, item)
                    if guest or item.kind == "decision" or timed(folded, item.start, item.end):
                        kept.append(guest or item)
                    elif _asked_apart(folded, item.start):
                        kept.append(item)
                outcome.items[directed:upto] = kept
            directed = len(outcome.items) + MAX_ITEMS
        directs = words.DIRECTS.match(line)
        if directs and not words.CEREMONY.search(directs["where"]):
            context = context or "assignment"
            speech = True
            if context == "assignment":
                directed = min(directed, len(outcome.items))
        elif concludes is not None:
            speech = True
        elif words.OTHER_SPEAKER.match(line):
            speech = False  # another speaker: what they ask is their opinion, not the outcome
        count = len(outcome.items)
        open_list = _sentence(outcome, text, folded, sentence, concludes, context, speech)
        agreed = open_list and open_list.kind == "decision" and directed <= count
        if agreed and words.MEETING_SUBJECT.match(line.lstrip(' "“')):
            # "Hội nghị thống nhất:" after a directing speech ends it: a conclusion after that
            # leaves the speech's requests as discussion, not what the meeting agreed
            speech, agreed_at = False, count
        if emphasis is not None and same_line and open_list and open_list.kind == "decision":
            del outcome.items[emphasis]  # "… nhấn mạnh, … . Hội nghị thống nhất:": the preamble
        emphasis = None
        if concludes is not None and len(outcome.items) == count + 1:
            lead_verb = words.LEAD_VERB.match(line, concludes)
            emphasis = count if lead_verb and lead_verb["verb"] == "nhan manh" else None
            if emphasis is not None and words.SETTING.match(folded, outcome.items[count].start):
                del outcome.items[count]  # "… nhấn mạnh năm 2025 là năm …": the setting, no task
                emphasis = None
        praised = count == len(outcome.items) and (
            (praised and same_line) or words.PRAISE.search(line) is not None
        )  # and so on over the praise's paragraph, while it gives no item
        if (
            speech
            and same_line
            and open_list is None
            and count == len(outcome.items)
            and count
            and outcome.items[-1].end >= previous_gap - 1
            and words.GOES_ON.match(line)
        ):
            extend(outcome, text, end)  # "… cần nắm chắc … . Thường xuyên, chủ động phối hợp …"
        elif (
            same_line
            and open_list is None
            and count == len(outcome.items)
            and count
            and outcome.items[-1].end >= previous_gap - 1
        ):
            # the sentence after an item names a body doing a task: one more task of the outcome
            owner = owners.doer(text, folded, start, end)
            if owner is not None and (owner[0] > start or outcome.items[-1].kind != "decision"):
                # urged ("Sở X khẩn trương tham mưu …") it is asked for; bare, handed on as before;
                # who a task is done by ("Việc … do X thực hiện") is assigned it
                urged = words.URGING.match(folded, owner[1] + 1)
                kind = "assignment" if owner[0] > start else outcome.items[-1].kind
                kind = "conclusion" if urged else kind
                add(outcome, text, folded, start, end, kind, 0.5, owner)
        if len(outcome.items) >= MAX_ITEMS:
            break
    if lead is not None:  # the lead's ceremony, unless an item already holds a signing
        lead_too = not any("ky ket" in folded[i.start : i.end] for i in outcome.items)
        signing(outcome, text, folded, lead, sentences, lead_too)
    outcome.items = unique(outcome.items)[:MAX_ITEMS]
    return outcome


def _article(
    outcome: Outcome, text: str, folded: str, sentence: Sentence, mark: re.Match[str] | None
) -> None:
    """A sentence of a resolution's articles: what it resolves, read as any sentence first."""
    start, end = sentence.start, sentence.end
    article = sections.ARTICLE.match(folded, start, end)
    body = article.end() if article else start
    line = folded[body:end]
    if not line.strip() or line.rstrip().endswith(":") or sections.executes(line):
        return  # "Điều 2.", "Các chỉ tiêu chủ yếu năm 2026:", "… có hiệu lực kể từ ngày ký."
    count = len(outcome.items)
    _sentence(outcome, text, folded, Sentence(body, end, text[body:end]), None, "conclusion")
    if len(outcome.items) == count:
        kind = own_kind(folded, body) or "decision"
        list_item(
            outcome, text, folded, body, end, words.MARK.match(line), OpenList(kind, None, False)
        )


def _unmarked(original: str) -> bool:
    """Whether a sentence of five words or more is written without Vietnamese marks ("Dai bieu
    bieu quyet thong qua Nghi quyet"): a slug copied from a photo or a link, not the report."""
    return original.isascii() and len(re.findall(r"[A-Za-z]{2,}", original)) >= 5


def _only_quotes(line: str, at: int) -> bool:
    """Whether what follows a concluding lead-in is a quotation and no request, task or
    agreement outside it ("Phát biểu bế mạc, bà X nói: "…"")."""
    rest = line[at:]
    outside = re.sub(r'"[^"]*"?|“[^”]*”?', " ", rest)
    if outside == rest:
        return False
    return not (
        words.LEAD_VERB.search(outside)
        or words.ASSIGN.search(outside)
        or words.ASKS.search(outside)
    )


def _still_quoting(quoting: bool, original: str) -> bool:
    """Whether a quotation is open after this sentence (one opened before it, or in it)."""
    opened = original.count("“") - original.count("”")
    if opened:
        return opened > 0
    return quoting != (original.count('"') % 2 == 1)


def _asked_apart(folded: str, at: int) -> bool:
    """Whether the sentence holding position `at` opens with a speaker named by a pronoun asking
    ("Đồng chí đề nghị …"): a speech's directions told apart from its assessment."""
    opens = max(folded.rfind(". ", 0, at), folded.rfind("\n", 0, at)) + 1
    if words.COUNTED_BEFORE.search(folded, max(opens, at - 20), at):
        return True  # "Thứ hai, các công đoàn cơ sở phải …": one of the speech's counted tasks
    return words.ASKED_APART.match(folded, opens) is not None


def _guest_request(text: str, folded: str, item: Item) -> Item | None:
    """The item as the leading guest's conclusion when a speech before the chair's asked it of a
    named body ("Phát biểu tại hội nghị, đồng chí X đề nghị LĐLĐ tỉnh …; Sở Y …"): the devset's
    ruling keeps it, as a conclusion unless it hands the task out ("giao …"). None for what the
    speech only said or wished, for encouragement to go on as before, and for a request after
    the speaker told of their own body's work ("… cho biết …, đồng thời đề nghị …"): a partner's
    proposal in discussion."""
    opens = max(folded.rfind(". ", 0, item.start), folded.rfind("\n", 0, item.start)) + 1
    # "để Nghị quyết …" folds to "de nghi quyet": only "đề nghị" and "yêu cầu" ask
    asked = any(
        text[found.start() : found.start() + 2].lower() != "để"
        for found in words.REQUESTED.finditer(folded, opens, item.start)
    )
    if not asked or words.INFORMS.search(folded, opens, item.start):
        return None
    if words.ENCOURAGES.match(folded, item.start, item.end):
        return None  # "… đề nghị các cấp công đoàn tiếp tục quan tâm …": nothing new to do
    if item.kind == "assignment" and not folded.startswith("giao", item.start):
        return replace(item, kind="conclusion")
    return item


def _concludes(line: str) -> int | None:
    """Where the verb after a concluding lead-in is ("Kết luận hội nghị, đồng chí X đề nghị"),
    relative to the line; the line's end when no verb follows; None if it does not conclude."""
    found = (
        words.CONCLUDE_OPEN.match(line)
        or words.CONCLUDE_VERB.search(line)
        or words.CONCLUDE_HEARD.match(line)
    )
    if not found:
        return None
    for verb in words.LEAD_VERB.finditer(line, found.end()):
        if not (
            words.LEAD_NOUN_BEFORE.search(line, max(0, verb.start() - 10), verb.start())
            or words.LEAD_NOUN_AFTER.match(line, verb.end())
        ):
            return verb.start()
    return found.end()


def _sentence(
    outcome: Outcome,
    text: str,
    folded: str,
    sentence: Sentence,
    concludes: int | None,
    context: str | None,
    speech: bool = False,
) -> OpenList | None:
    """The items of one sentence; a `OpenList` when it opens a list of items after a colon."""
    start, end = sentence.start, sentence.end
    line = folded[start:end]
    counts = words.COUNTS_AFTER_COLON.search(line) if context and speech else None
    if counts is not None and context:  # "… nêu rõ: Thứ nhất, A. Thứ hai, B.": its tasks counted
        at = start + counts.start() + 1
        opened = OpenList("conclusion", None, False)  # what the speech asks, as "đề nghị" does
        list_item(outcome, text, folded, at, end, words.MARK.match(folded[at:end]), opened)
        return opened
    trigger = triggers.trigger(text[start:end], line, concludes, context, speech)
    if trigger is None:
        if words.TASK_HEADER.match(line.strip()):
            return OpenList("conclusion", None, True)
        if concludes is not None and line.rstrip().endswith(":"):
            return OpenList("conclusion", None, False)  # "Ban Thường vụ Huyện ủy kết luận:"
        listed = words.DIRECTS_LIST.search(line)
        if context and speech and listed:  # "… Đồng chí chỉ đạo:" in the concluding speech
            kind = "assignment" if listed.group().startswith("giao") else context
            return OpenList(kind, None, False)  # "… giao:" hands out tasks
        announced = words.TASKS_ANNOUNCED.search(line)
        lead = announced and words.LEAD_IN.search(line, 0, announced.start())
        if context and speech and lead:  # "… chỉ đạo Ban X tập trung một số việc: …; …"
            owner = owners.owner_span(text, folded, start + lead.end(), start + announced.start())
            opened = OpenList(context, owner, False)
            _inline_tasks(outcome, text, folded, start + announced.end(), end, opened)
            return opened
        return None
    kind, at, confidence = trigger
    colon = line.find(":", at)
    if colon >= 0 and (words.TASK_WORDS.search(line, at, colon) or not line[colon + 1 :].strip()
                       or words.MARK.match(line[colon + 1 :])):  # fmt: skip
        cut = _last_cut(text, folded, start + at, start + colon, kind)
        tallied = words.TALLIED_ADOPTION.match(folded, start + at, start + colon)
        if cut is None and kind == "decision" and tallied is not None:
            _add_parts(outcome, text, folded, start + at, tallied.end(), kind, confidence)
        if cut is not None:  # "… thống nhất …; đồng thời đề nghị LĐLĐ tỉnh:" a decision, a list
            _add_parts(outcome, text, folded, start + at, cut.start(), kind, confidence)
            at = cut.end() - start
            kind = own_kind(folded, cut.end()) or kind
        owner = (
            None
            if kind == "decision"
            else owners.owner_span(text, folded, start + at, start + colon)
        )
        opened = OpenList(kind, owner, False)
        # under "Hai đơn vị thống nhất:" an item naming a body is that body's task
        opened.bodies_tasked = words.AGREED_LIST.match(line, at) is not None
        rest = line[colon + 1 :]
        announced = words.TASKS_ANNOUNCED.search(line, at, colon + 1)
        if rest.strip() and kind != "decision" and announced and not words.MARK.match(rest):
            _inline_tasks(outcome, text, folded, start + colon + 1, end, opened)
        elif (
            kind == "decision"
            and ";" in rest
            and not words.MARK.match(rest)  # "(1) …; (2) …": a list of its own
            and words.AGREED_POINTS.search(line, 0, colon + 1)
        ):
            agreed_parts(outcome, text, folded, start + colon + 1, end, confidence)
        elif rest.strip():
            mark = words.MARK.match(rest)
            list_item(outcome, text, folded, start + colon + 1, end, mark, opened)
        return opened
    if not counted(outcome, text, folded, start + at, end, kind, confidence):
        _add_parts(outcome, text, folded, start + at, end, kind, confidence)
    return None


def _inline_tasks(
    outcome: Outcome, text: str, folded: str, start: int, end: int, opened: OpenList
) -> None:
    """The tasks a lead-in announced, told on its line after the colon: one a clause between
    semicolons ("… một số nhiệm vụ sau: phối hợp …; tham mưu …; chỉ đạo …")."""
    cursor = start
    for clause in re.finditer(r";", folded[start:end]):
        list_item(outcome, text, folded, cursor, start + clause.start(), None, opened)
        cursor = start + clause.end()
    list_item(outcome, text, folded, cursor, end, None, opened)


def _last_cut(text: str, folded: str, start: int, end: int, kind: str) -> re.Match[str] | None:
    """Where the last decision before a list's colon ends and the list's lead-in starts."""
    cuts = [m for m in words.SPLIT.finditer(folded, start, end) if _cuts(text, folded, m, kind)]
    return cuts[-1] if cuts else None


def _add_parts(
    outcome: Outcome, text: str, folded: str, start: int, end: int, kind: str, confidence: float
) -> None:
    """One item per decision in the span: "…; đồng thời giao …" is two."""
    cuts = [m for m in words.SPLIT.finditer(folded, start, end) if _cuts(text, folded, m, kind)]
    if kind != "decision" and words.ASKED_BEFORE.search(folded, max(0, start - 48), start):
        cuts = sorted(cuts + list(words.SAME_OWNER.finditer(folded, start, end)), key=_at)
    bounds = [start] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [end]
    for index, (first, last) in enumerate(zip(bounds, ends, strict=True)):
        own = own_kind(folded, first) if index else None
        if own == "conclusion" and kind == "decision":
            own = None  # "Ban Thường vụ thống nhất …; đề nghị Tổng Liên đoàn tặng …": decided
        part_kind = own or kind
        owner = None
        verb = words.LEAD_VERB.match(folded, first) or words.ASSIGN.match(folded, first)
        if verb and folded[verb.start() : verb.end()].split()[0] in words.DIRECTIVES:
            owner = owners.owner_span(text, folded, verb.end(), last)
        elif words.ASKED_BEFORE.search(folded, max(0, first - 48), first):
            owner = owners.owner_span(
                text, folded, first, last
            )  # "yêu cầu | Ban Tổ chức hoàn thiện …"
        elif index and cuts[index - 1].re is words.SAME_OWNER:
            owner = outcome.items[-1].responsible_span if outcome.items else None
        elif index and cuts[index - 1]["subject"] is not None:
            owner = owners.subject(text, folded, first, last)  # "…; Sở X tạo điều kiện …"
        person = words.ABOUT_A_PERSON.search(folded, first, last)
        last = person.start() if person else last
        add(outcome, text, folded, first, last, part_kind, confidence, owner)


def _at(cut: re.Match[str]) -> int:
    return cut.start()


def _cuts(text: str, folded: str, cut: re.Match[str], kind: str) -> bool:
    """Whether a SPLIT match starts another decision: after ", giao" a body or person is named
    ("…, giao UBND huyện …", not "…, giao ban định kỳ"), after "; giao" not the meeting ("…; giao
    ban quý I tổ chức …"); "… và tiếp tục …" ("… và thành lập …") is a second decision only
    after an agreeing verb ("thống nhất ký lại … và tiếp tục duy trì …"), one task else."""
    if folded.startswith("giao ", cut.end()) and "," in cut.group():
        return triggers.addressed(text, folded, cut.end() + 5)
    if text.startswith("giao ban ", cut.end()):
        return False  # "…; giao ban quý I tổ chức tại …": the meeting, lowercase, hands out nothing
    if folded.startswith(("tiep tuc", "ky ket", "thanh lap"), cut.end()):
        return kind == "decision"
    if cut["subject"] is not None:  # after a bare ";", a body named as its own task's subject
        return (
            owners.subject(text, folded, cut.end(), min(len(folded), cut.end() + 160)) is not None
            or words.GROUP_SUBJECT.match(folded, cut.end()) is not None
        )
    return True
