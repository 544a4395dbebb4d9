"""A Biên bản (the minutes a secretary already keeps) read into a draft record.

`looks_like_minutes(text)` tells minutes from a news report: a "BIÊN BẢN" heading near the top
and the labels of the layout ("Thời gian:", "Địa điểm:", "Chủ trì:", "Thư ký:", ...), or those
labels alone. `extract_minutes(text, source=...)` returns the same `Draft` as `extract_report`.

It reads the administrative layout (Nghị định 30/2020, the one `store.documents.docx_minutes`
writes: quốc hiệu, issuing body, "Số: …", BIÊN BẢN and the title, I. Thời gian, địa điểm,
II. Thành phần, III. Nội dung, IV. Kết luận, V. Văn bản dẫn chiếu, the signatures) and its common
variants: unnumbered or upper-case headings, a narrative opening ("Hôm nay, vào lúc 14 giờ …,
tại …"), attendees in a table or a list (`bien_ban_people`), Bên A / Bên B working minutes,
conclusions numbered, dashed or inline after "thống nhất như sau:". What our own export writes
comes back as it was: the kind, owner, deadline and state after each conclusion, the date at its
precision, the documents of section V. The minutes' own number is not a document cited.
This module walks the lines, zone by zone; what was read becomes the record in `bien_ban_record`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from store.extract import bien_ban_outcome as outcome
from store.extract import lexicon
from store.extract.bien_ban_lines import (
    HEAD_LABELS,
    RULE,
    Line,
    columns,
    label_at,
    lines,
    listed_label,
    people_parts,
    sub,
    unframed,
)  # fmt: skip
from store.extract.bien_ban_people import (
    absent_named,
    counts_members,
    is_border,
    is_name,
    person_line,
    role_after_title,
    signature_roles,
    table_cells,
    without_reason,
)  # fmt: skip
from store.extract.bien_ban_record import Reading
from store.extract.draft import Draft
from store.extract.drafting import minimal_draft, minutes_notes, validated
from store.extract.organisers import UNIT
from store.extract.plain_text import MAX_READ, folded_view, read_text
from store.text import fold, name_key

_TOP_LINES = 40
_HEADING = re.compile(r"^bien ban\b")
_INLINE_LABEL = re.compile(r"(?<=[.;])\s+(?=(?:khach moi|vang mat|co mat|tham du|thu ky|chu tri)"
                           r"[^:.]{0,20}:)")  # fmt: skip
_PARTY = re.compile(r"^ben\s+(?P<side>[a-d])\s*[:.-]\s*")
_BETWEEN = re.compile(r"^giua\s+")
# "+ Thường trực: đ/c A - PCT; đ/c B - PCT", "Đại diện người lao động: ông C, …; bà D, …": a group
# of those present headed on the people's own line; the heading names nobody.
_GROUP_HEAD = re.compile(
    r"^(?:[-–+•*]\s*|(?:\d{1,2}|[a-h])\s*[.)]\s*)?(?!(?:dong chi|d/c|ong|ba|anh|chi)\s)"
    r"[^:;()]{3,80}:\s*(?=(?:dong chi|d/c|ong|ba|anh|chi)\s)"
)
# "1. Đại diện người sử dụng lao động:", "Bên tập thể người lao động (Bên B):": one side's heading
# in the list of those present (a dialogue's, a collective agreement's), its people on the next
# lines; "1. Về phía Tỉnh đoàn:", "* Về phía Công ty:" name the side as a joint meeting's minutes
# do, the heading a list item of its own, numbered, lettered or bulleted.
_SIDE = re.compile(
    r"^(?:[-–+•*]\s*|(?:\d{1,2}|[a-h])\s*[.)]\s*)?(?:dai dien|ben|ve phia)\b[^:]{3,80}:\s*$"
)
# "1. Liên đoàn Lao động thị xã X:", "2. Công ty TNHH Y:": under the people, a numbered line naming
# a body heads that side's people, as "1. Đại diện …:" does.
_BODY_SIDE = re.compile(
    r"^(?:\d{1,2}|[a-h])\s*[.)]\s*(?:" + "|".join(lexicon.BODY_HEADS) + r")\b[^:]{0,80}:\s*$"
)
# The count of votes in brackets is no part of the lead-in's length ("… kết luận; chi bộ biểu
# quyết (09/09 đảng viên có mặt tán thành):").
_AGREED = re.compile(r"\b(?:thong nhat|nhat tri|ket luan|quyet nghi)\b[^:(]{0,40}"
                     r"(?:\([^()]{0,80}\)\s*)?"
                     r"(?:nhu sau|noi dung sau|van de sau|sau day)?\s*:\s*")  # fmt: skip
# "Hội nghị biểu quyết thông qua (168/171, đạt 98,2%) các nội dung:": a vote over the list under
# it, which names no text of its own; the items are the list's lines.
_VOTES_THE_LIST = re.compile(
    r"\b(?:bieu quyet|thong qua|nhat tri)\b[^:]{0,60}?\b(?:cac|nhung)\s+(?:noi dung|van de|"
    r"diem)(?:\s+(?:sau|sau day|nhu sau|chinh))?\s*:\s*$"
)
# "3. Hai bên thống nhất", "HỘI NGHỊ NHẤT TRÍ": a heading that says who agreed, without a colon,
# over the list of what they agreed (not "… chưa thống nhất").
_AGREED_HEADING = re.compile(
    r"^(?:(?:[ivx]{1,4}|\d{1,2}|[a-h])\s*[.)]\s*)?"
    r"(?:(?!chua\b)[a-z]+ ){1,4}(?:thong nhat|nhat tri)\s*$"
)
_DELEGATED_TO = re.compile(r"\b(?:uy quyen|giao|phan cong)\s+cho\s+(?=(?:dong chi|d/c|ong|ba)\s)")
# "Hôm nay, …", "Vào lúc …", "Bắt đầu lúc 8 giờ 30 …" (as after "Thời gian:"): a line telling when.
_NARRATIVE = re.compile(
    r"^(?:hom nay|vao (?:hoi|luc)\b|(?:cuoc hop |phien hop |hoi nghi )?bat dau (?:vao )?(?:luc|hoi)"
    r"\s+\d{1,2}\s*(?:gio|h)\b)"
)
# "Căn cứ Nghị định số …; Quyết định số … ban hành Quy chế … tại nơi làm việc": the legal basis
# before the minutes open, whose dates and places are the documents', whether set out as a dashed
# list ("- Căn cứ …;") or not.
_BASIS = re.compile(
    r"^(?:[-–+•*]\s*)?(?:can cu|thuc hien|theo)\s+(?:vao\s+)?(?:nghi dinh|nghi quyet|quyet dinh|"
    r"bo luat|luat|thong tu|chi thi|ke hoach|huong dan|dieu le|quy che|thong bao|cong van|"
    r"chuong trinh)\b"
)
_THE_END = re.compile(
    r"^(?:(?:cuoc hop|bien ban|hoi nghi|buoi (?:hop|lam viec|sinh hoat|doi thoai)|phien hop|"
    r"ky hop|dai hoi|doi thoai)(?: da)? (?:ket thuc|duoc lap|nay|da duoc|duoc thong qua|duoc doc)"
    r"|ket thuc\s+(?:vao\s+)?(?:luc|hoi)\b)"  # "Kết thúc lúc 11 giờ 15": the subject left out
)
# "Công ty phối hợp với Công đoàn cơ sở tổ chức đối thoại": the body's own union, named by its
# kind alone, held the meeting with it.
_OWN_UNION = re.compile(
    r"\b(?:phoi hop voi|va|cung)\s+(?P<u>(?:ban chap hanh\s+)?(?:cong doan co so|cdcs))"
    rf"(?:\s+{UNIT})?\s+(?:phoi hop\s+)?(?:to chuc|tien hanh)\b"
)
# "Hội nghị biểu quyết nhất trí (171/171) bầu Đoàn Chủ tịch gồm 03 đồng chí:" over the people
# listed under it: the presiding board, who chair (a vote that elects it decides nothing else).
_BOARD = re.compile(r"\bdoan chu tich(?:\s+(?:hoi nghi|dai hoi|ky hop))?\s+gom\b[^:]{0,30}:\s*$")
# "Đoàn Chủ tịch cử bà X - title làm thư ký hội nghị": the minute-taker, named in a sentence.
_NAMES_SECRETARY = re.compile(r"\bcu\s+(?=(?:ong|ba|dong chi|d/c)\s)(?P<who>.+?)\s+lam thu ky\b")
_MOTTO = re.compile(r"^(?:cong hoa xa hoi|doc lap|dang cong san viet nam|so\s*:|v/v\b)")
_DATELINE = re.compile(r"^(?P<place>[^\d,:]{2,60}),\s*ngay\s+\S+\s+thang\b")
FLAG_HEADER_DATE = "minutes-date-from-header"


def looks_like_minutes(text: str) -> bool:
    """True for the text of a Biên bản, False for a news report of a meeting."""
    top = [line for line in lines(text[:20_000], folded_view(text[:20_000])) if line.text]
    top = top[: _TOP_LINES * 3]
    labels = {label_at(unframed(line).low)[0] for line in top} - {None}
    labels |= {"narrative" for line in top if _NARRATIVE.match(line.low)}
    headed = any(_HEADING.match(line.low) for line in top[:_TOP_LINES])
    upper = any(_HEADING.match(line.low) and line.text[:8].isupper() for line in top[:_TOP_LINES])
    signed = any(signature_roles(line.low) for line in top)
    if upper and (labels or signed):
        return True
    if headed and len(labels) >= 2:
        return True
    return len(labels & {"chair", "secretary", "time", "place", "timeplace"}) >= 3


def extract_minutes(text: str, *, source: str | None = None, known_people: Iterable[str] = ()
                    ) -> Draft:  # fmt: skip
    """Read one Biên bản into a draft meeting; never raises for any text."""
    try:
        plain, _stripped = read_text(text, None)
    except Exception:
        plain = ""
    try:
        draft = _Reader(plain[:MAX_READ], known_people).draft(plain, source)
    except Exception:  # a reader's bug must not lose the user's text
        draft = minimal_draft(plain, source, ["extractor-error"])
    if len(plain) > MAX_READ:
        draft.flags.append("text-truncated")
    draft.record["notes"] = minutes_notes(draft)
    return validated(draft)


class _Reader(Reading):
    """One pass over the lines, zone by zone, filling the record's fields."""

    def draft(self, plain: str, source: str | None) -> Draft:
        if not plain.strip():
            return minimal_draft(plain, source, ["empty-text", "date-missing", "no-people-named"])
        heading = next((i for i, line in enumerate(self.lines[:200])
                        if _HEADING.match(line.low)), None)  # fmt: skip
        body = self._head(heading) if heading is not None else 0
        self.ours = outcome.our_layout(line.text for line in self.lines)
        # "… thống nhất như sau:" opens the conclusions only where no heading does.
        self.headed = any(label_at(line.low)[0] == "conclusion" for line in self.lines)
        self._walk(self.lines[body:])
        return self._build(plain, source)

    # The head: issuing body, motto, number, place and date; the heading and the title -------------

    def _head(self, heading: int) -> int:
        for line in self.lines[:heading]:
            for part, start in columns(line):
                self._head_part(part, start)
        line = self.lines[heading]
        rest = line.text[len("biên bản") :].strip(" :-–")
        title = rest[:1].upper() + rest[1:].lower() if rest.isupper() else rest
        at = heading + 1
        while at < len(self.lines) and not self.lines[at].text:
            at += 1
        if at < len(self.lines):
            nxt = self.lines[at]
            if _BETWEEN.match(nxt.low):
                self._between(nxt)
                at += 1
            elif not (
                label_at(nxt.low)[0]
                or listed_label(nxt.low, HEAD_LABELS)[0]  # "- Thời gian: …", as the walk reads it
                or _NARRATIVE.match(nxt.low)
                or _PARTY.match(nxt.low)
                or _BASIS.match(nxt.low)
            ):
                subtitle = nxt.text
                if subtitle.startswith("(") and subtitle.endswith(")"):
                    subtitle = subtitle[1:-1]
                title = f"{title} {subtitle}".strip() if title else subtitle
                at += 1
        if title:
            self.title = (title, line.start, self.lines[at - 1].end)
        return at

    def _head_part(self, part: Line, start: int) -> None:
        if _MOTTO.match(part.low) or RULE.match(part.low):
            return
        dateline = _DATELINE.match(part.low)
        if dateline:
            self.header_place = (part.text[: dateline.end("place")].strip(), part.start,
                                 part.start + dateline.end("place"))  # fmt: skip
            self.when.header(part.text, part.low, part.start)
            return
        if part.text.isupper() and len(part.text) > 3:
            self.head_bodies.append((part.text, part.start, part.end))

    def _between(self, line: Line) -> None:
        rest = sub(line, _BETWEEN.match(line.low).end())  # type: ignore[union-attr]
        cut = rest.low.find(" va ")
        parts = [sub(rest, 0, cut), sub(rest, cut + 4)] if cut > 0 else [rest]
        for part in parts:
            self.organisers.append((part.text.rstrip("."), part.start, part.end))

    # The body, zone by zone -----------------------------------------------------------------------

    def _walk(self, lines: list[Line]) -> None:
        zone, role, inline = "head", "attendee", False
        gap = listed = False  # a blank line just before; the conclusions set out as a marked list
        for whole in lines:
            for line in self._segments(unframed(whole)):
                if zone == "sign":
                    self._sign(line)
                    continue
                if (
                    zone == "content"
                    and self.ours
                    and line.text not in outcome.SECTIONS
                    and (label_at(line.low)[0] != "speaker")
                ):
                    self._content(line)  # our export's notes: any label in them is prose
                    continue
                gap, was_gap = not line.text, gap
                if not line.text:
                    zone = "content" if zone == "conclusion" and inline else zone
                    continue
                if signature_roles(line.low) and (
                    zone in {"content", "conclusion", "tail", "documents"} or line.text.isupper()
                ):
                    zone = "sign"  # fmt: skip
                    self._sign(line)
                    continue
                if _THE_END.match(line.low):
                    zone = "tail"
                    self.when.end_time(line.low)
                    continue
                label, value_at = label_at(line.low)
                if not label and zone == "people":
                    label, value_at = listed_label(line.low)
                elif not label and zone in {"head", "time"}:
                    label, value_at = listed_label(line.low, HEAD_LABELS)
                party = _PARTY.match(line.low)
                if label:
                    zone, role, inline = self._labelled(line, label, value_at, zone)
                elif party:
                    value = sub(line, party.end())
                    self.organisers.append((value.text.rstrip(":"), value.start, value.end))
                    zone, role = "people", "attendee"
                elif _BOARD.search(line.low):
                    zone, role = "people", "chair"
                elif zone == "people" and self._named_secretary(line):
                    continue
                elif (zone in {"people", "head", "time"} and _SIDE.match(line.low)) or (
                    zone == "people" and _BODY_SIDE.match(line.low)
                ):
                    zone, role = "people", "attendee"
                elif _BASIS.match(line.low):
                    self._content(line)  # what it cites is cited; its dates and "tại" are not ours
                elif _NARRATIVE.match(line.low) or (
                    # the line under "I. THỜI GIAN, ĐỊA ĐIỂM" however it opens ("16 giờ 30, thứ
                    # Ba, ngày …, tại …"), as a line before the first label
                    zone in {"head", "time"} and " tai " in line.low
                ):
                    self.when.read(line.text, line.low, line.start)
                    self._place_in(line)
                    union = _OWN_UNION.search(line.low)
                    if union and self.own_union is None:
                        self.own_union = line.start + union.start("u")
                    if line.low.rstrip().endswith(("gom:", "gom co:", "gom")):
                        zone, role = "people", "attendee"
                elif zone in {"content", "people"} and _AGREED_HEADING.match(line.low):
                    zone, inline = "conclusion", False
                elif (
                    zone in {"head", "content", "people"}
                    and not self.headed
                    and _AGREED.search(line.low)
                ):
                    found = _AGREED.search(line.low)
                    self._content(sub(line, 0, found.start()))  # type: ignore[union-attr]
                    value = sub(line, found.end())  # type: ignore[union-attr]
                    zone, inline = "conclusion", bool(value.text)
                    self._conclusions(value, inline=True)
                elif zone == "conclusion" and outcome.NOT_AGREED.match(line.low):
                    # what was not agreed is no item; a later sentence agreeing on the line is
                    later = outcome.after_refusal(self.text, self.folded, line.start, line.end)
                    self.items += later
                    headed = line.low.rstrip().endswith(":") and outcome.numbered(line.text)
                    zone = "refused" if headed else "conclusion" if later else "content"
                    inline = False
                    self._content(line)
                elif zone == "refused" and outcome.numbered(line.text):
                    zone = "conclusion"  # "3. Hai bên thống nhất …" after "2. … chưa thống nhất:"
                    self._conclusions(line, inline=False)
                elif zone == "refused":
                    self._content(line)  # "a) Phụ cấp …: Bên B giữ mức …": a point not agreed
                elif zone == "conclusion" and not (
                    (inline or (listed and was_gap and not self._own(line)))  # "Họp xong 17h30."
                    and not outcome.marked(line.text)
                    and not outcome.led(line.low)
                ):
                    listed = listed or outcome.marked(line.text)
                    self._conclusions(line, inline=False)
                elif zone == "conclusion":
                    zone, inline = "content", False
                    self._content(line)
                elif zone == "documents":
                    self._documents(line)
                elif zone == "people" and self._delegated_chair(line):
                    continue
                elif zone == "people" and not self._person(line, role):
                    zone = "content"
                    self._content(line)
                elif zone in {"content", "head", "time", "tail"}:
                    self._content(line)

    def _segments(self, line: Line) -> list[Line]:
        if not label_at(line.low)[0]:
            return [line]
        cuts = [m.end() for m in _INLINE_LABEL.finditer(line.low)]
        bounds = [0, *cuts, len(line.text)]
        return [sub(line, a, b) for a, b in itertools.pairwise(bounds)]

    def _labelled(self, line: Line, label: str, at: int, zone: str) -> tuple[str, str, bool]:
        value = sub(line, at)
        if label in {"time", "timeplace", "place"}:
            if label != "place":
                self.when.read(value.text, value.low, value.start)
            if label == "place":
                self._place(value, 0.9)
            elif label == "timeplace" and value.text:
                self._place_in(value)
            return "time", "attendee", False
        if label == "content":
            self._content(value)
            return "content", "attendee", False
        if label == "conclusion":
            self._conclusions(value, inline=True)
            return "conclusion", "attendee", bool(value.text)
        if label == "documents":
            self._documents(value)
            return "documents", "attendee", False
        if value.text:
            for part in people_parts(value):
                self._person(part, label)
        return "people", label, False

    def _person(self, line: Line, role: str) -> bool:
        """Read a line of a list of people (or a table row); False when it names nobody."""
        if is_border(line.text):
            return True  # "+-----+--------+" or "|=====|": a grid table's border, the list goes on
        cells = table_cells(line.text)
        if cells is not None:
            folded = [fold(c) for c in cells]
            if self.table.read_header(folded) and not any(is_name(c) for c in cells):
                return True
            row = self.table.person(cells, folded, role)
            if row is None:
                return all(not c.strip("-: ") for c in cells) or bool(cells[0].isdigit())
            name, title, row_role, _column = row
            at = line.text.find(name)
            self._add(name, row_role, title, line.start + max(at, 0), 0.85)
            return True
        head = _GROUP_HEAD.match(line.low)
        if head:
            line = sub(line, head.end())
        parts = people_parts(line)
        if len(parts) > 1 and not counts_members(line.low):  # "đ/c A, …, chủ trì; đ/c B, …"
            return any([self._person(part, role) for part in parts])
        found = person_line(line.text, line.low)
        if found is None:
            absent = absent_named(line.text, line.low)
            if absent:
                self._add(absent[0], "absent", absent[1], line.start + absent[2], 0.8)
            return counts_members(line.low)
        name, title, at = found
        if role == "speaker" and title and ": " in title:
            title = title[: title.index(": ")]  # "- Đ/c A – title: what they said"
        title, marked = role_after_title(title)
        if marked and role in {"attendee", "representative"}:
            role = marked  # the chair or minute-taker inside one side's list
        title = without_reason(title) if role == "absent" else title
        self._add(name, role, title, line.start + at, 0.9)
        self.people_lines.append((line.start, line.end))
        return True

    def _named_secretary(self, line: Line) -> bool:
        """ "Đoàn Chủ tịch cử bà X - title làm thư ký hội nghị." after a list of people."""
        found = _NAMES_SECRETARY.search(line.low)
        part = found and sub(line, found.start("who"), found.end("who"))
        person = part and person_line(part.text, part.low)
        if not person:
            return False
        self._add(person[0], "secretary", person[1], part.start + person[2], 0.85)
        return True

    def _delegated_chair(self, line: Line) -> bool:
        """ "Đồng chí Chủ tịch … bận công tác, ủy quyền cho đồng chí A, title, chủ trì cuộc họp":
        the person a chair's duty is handed to, in a sentence among the people, chaired."""
        found = _DELEGATED_TO.search(line.low)
        if found is None:
            return False
        end = line.low.find(" chu tri", found.end())
        part = sub(line, found.end(), end if end > 0 else len(line.text))
        person = person_line(part.text, part.low)
        if person is None:
            return False
        title = (person[1] or "").strip(" ,") or None
        self._add(person[0], "chair", title, part.start + person[2], 0.85)
        return True

    def _sign(self, line: Line) -> None:
        roles = signature_roles(line.low)
        if roles is not None:
            self.signing = roles
            return
        for index, (part, _start) in enumerate(columns(line)):
            roles = getattr(self, "signing", [])
            if len(roles) == 1:
                index = 0
            role = roles[index] if index < len(roles) else None
            found = person_line(part.text, part.low) if role else None
            if found and not found[1]:
                name = found[0]
                if not any(name_key(p.name) == name_key(name) and p.role == role
                           for p in self.people.found):  # fmt: skip
                    self._add(name, role, self.people.title_of(name), part.start, 0.7)  # type: ignore[arg-type]

    def _place(self, value: Line, sure: float) -> None:
        place = value.text.rstrip(".;")
        if place and not RULE.match(place) and self.place is None:
            self.place = (place, value.start, value.start + len(place), sure)

    def _place_in(self, line: Line) -> None:
        found = re.search(r"(?:^|\s)tai\s+", line.low)
        if not found or self.place is not None:
            return
        end, depth = found.end(), 0
        while end < len(line.text):
            char = line.text[end]
            depth += (char == "(") - (char == ")")
            if depth <= 0 and (char in ",;" or line.text.startswith(". ", end)):
                break
            end += 1
        self._place(sub(line, found.end(), end), 0.8)

    def _content(self, line: Line) -> None:
        if line.text:
            self.content.append(line)

    def _conclusions(self, line: Line, *, inline: bool) -> None:
        if "|" in line.text or "\t" in line.text:  # a table: "| 1 | Tổ chức … | đ/c A | 30/4 |"
            self.items += self.tasks.row(self.text, self.folded, line.start, line.end)
            return
        agreed = _AGREED.search(line.low)
        if (
            (agreed and agreed.end() == len(line.low)) or _VOTES_THE_LIST.search(line.low)
        ) and not outcome.marked(line.text):
            return  # "Sau khi thảo luận, đồng chí Chủ trì kết luận:": the list's lead-in
        if line.low.rstrip().endswith(":"):
            return  # "Phân công thực hiện như sau:", "2. Nhiệm vụ tháng 01/2026:": a heading
        self.items += outcome.read_items(self.text, self.folded, line.start, line.end, inline)

    def _own(self, line: Line) -> bool:
        return outcome.own_outcome(self.text, self.folded, line.start, line.end)

    def _documents(self, line: Line) -> None:
        if line.text:
            self.cited += outcome.read_citations(self.text, self.folded, line.start, line.end)
            self.cited_spans.append((line.start, line.end))
