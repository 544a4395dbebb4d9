"""What a pass over a Biên bản has read, and the draft record it makes of it.

`Reading` holds what the reader of `bien_ban` gathers line by line (the people, the place and the
date, the header's bodies, the conclusions, the documents cited, the content's lines) and builds
the record from it: the title and the kind, the place (the dateline's when no line says where),
the organisers (the issuing body from the header, as Nghị định 30/2020 lays it out, and the sides
of working minutes), the speakers, the people with their evidence, the documents and the
decisions, with the flags a person must check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from store.documents.docx_minutes import NUMBER_LINE
from store.extract import bien_ban_outcome as outcome
from store.extract import meeting
from store.extract.bien_ban_lines import RULE, Line, lines, spelled
from store.extract.bien_ban_people import Found, People, Table, concluders, speakers_in
from store.extract.draft import Draft, Evidence
from store.extract.names import NameSpan, nickname_after
from store.extract.organisers import UNIT
from store.extract.plain_text import folded_view
from store.text import ABBREVIATIONS, fold, name_key

# A header line that starts a body's name of its own, not the rest of the line above it.
_ISSUER_KIND = re.compile(
    r"(?:chi bo|dang bo|dang uy|cong doan|lien doan|ban|uy ban|so|phong|cong ty|truong|hoi|"
    r"van phong|trung tam|benh vien|vien|cuc|tong cong ty|doan|chi doan|to)\b"
)
_UNION = re.compile(r"(?:ban chap hanh\s+)?(?:cong doan|cdcs|lien doan)\b")
_PARTY_CELL = re.compile(r"(?:chi bo|dang bo bo phan|to dang)\b")
_PARTY_COMMITTEE = re.compile(r"(?:dang bo|dang uy)\b")
# "CÔNG TY X" over "CÔNG ĐOÀN CƠ SỞ" ("BCH …", "… CƠ SỞ CÔNG TY"): a union named by its kind alone
# under the unit it belongs to is that unit's own union.
_KIND_ONLY_UNION = re.compile(
    rf"^(?:bch\s+|ban chap hanh\s+)?(?:cong doan co so|cdcs)(?:\s+{UNIT})?$"
)
_UNIT_HEAD = re.compile(rf"^{UNIT}\s+\S")
# What a unit and its union hold between them (Bộ luật Lao động 2019: dialogue at the workplace,
# collective bargaining; a joint "liên tịch" meeting): both sides held it.
_BOTH_SIDES = re.compile(r"\b(?:doi thoai|thuong luong|lien tich)\b")
# The closing line saying these minutes were approved: "Biên bản đã được thông qua ngày …", or
# read back and agreed ("Biên bản đã đọc lại, các đ/c dự họp nhất trí", "… cùng nghe, thống nhất
# ký tên"), or "nhất trí thông qua biên bản này."; not a meeting approving other minutes
# ("thông qua biên bản phiên họp quý II"), a meeting held to approve something ("BIÊN BẢN HỌP
# THÔNG QUA NGHỊ QUYẾT") nor one that only ends ("Biên bản kết thúc lúc …").
_APPROVED = re.compile(
    r"\bbien ban (?:nay |hop |cuoc hop )?(?:da duoc|da|duoc) thong qua\b"
    r"|\bbien ban\b[^.;]{0,120}?\bdoc lai\b[^.;]{0,120}?\b(?:nhat tri|thong nhat|thong qua)\b"
    r"|\b(?:nhat tri|thong qua) (?:noi dung )?bien ban(?: nay| cuoc hop)?\s*(?:[.;]|$)",
    re.MULTILINE,
)


class Reading:
    """What has been read of one Biên bản so far, and the record it becomes."""

    def __init__(self, plain: str, known_people: Iterable[str]) -> None:
        self.text = plain
        self.folded = folded_view(plain)
        self.lines = lines(plain, self.folded)
        self.known = {name_key(name): name for name in known_people}
        self.people = People()
        self.table = Table()
        self.tasks = outcome.TaskTable()
        self.when = outcome.When()
        self.place: tuple[str, int, int, float] | None = None
        self.header_place: tuple[str, int, int] | None = None
        self.organisers: list[tuple[str, int, int]] = []
        self.own_union: int | None = None  # where the narrative names the body's own union
        self.head_bodies: list[tuple[str, int, int]] = []  # the header's upper-case bodies
        self.items: list[outcome.Decision] = []
        self.cited: list[dict[str, Any]] = []
        self.cited_spans: list[tuple[int, int]] = []
        self.content: list[Line] = []
        # a person's line may cite what empowers them ("(theo Giấy ủy quyền số 02/UQ-HP …)")
        self.people_lines: list[tuple[int, int]] = []
        self.title: tuple[str, int, int] | None = None
        self.ours = False
        self.headed = False

    def _add(self, name: str, role: str, title: str | None, start: int, sure: float) -> None:
        nickname = nickname_after(self.text, NameSpan(start, start + len(name), name))
        name = self.known.get(name_key(name), name)
        if nickname is not None:  # later "Đ/c Tư Lúa:" is this person
            self.people.nicknames.setdefault(name_key(nickname[0]), name)
        self.people.add(Found(name, role, title, start, start + len(name), sure))

    def _speakers(self) -> None:
        # A list under "Ý kiến phát biểu:" names the speakers; a label over prose names nobody.
        # Who concludes, named by office ("Đ/c Bí thư … kết luận"), has spoken either way; so has
        # who opens an item of the content before such a list ("1. Đ/c X quán triệt …").
        concluding = concluders(self.folded, self.people)
        for line in self.content:
            for name, start, _end in speakers_in(self.text, self.folded, line.start, line.end):
                self._add(name, "speaker", self.people.title_of(name), start, 0.75)
        for name, start in concluding:
            self._add(name, "speaker", self.people.title_of(name), start, 0.7)

    def _build(self, plain: str, source: str | None) -> Draft:
        record: dict[str, Any] = {}
        evidence: list[Evidence] = []
        flags: list[str] = []
        self._title(record, evidence, flags)
        self.when.put(record, evidence, flags)
        self._put_place(record, evidence, flags)
        self._put_organisers(record, evidence, flags)
        self._speakers()
        self._put_people(record, evidence, flags)
        # Our export lists what it cites in section V (when any); minutes a secretary wrote in
        # the same layout cite their documents in the text, as a report does.
        exported = self.ours and NUMBER_LINE.removeprefix("Số: ") in self.text
        if not exported and not self.cited_spans:
            spans = [(line.start, line.end) for line in self.content]
            spans += [(item.start, item.end) for item in self.items] + self.people_lines
            self.cited = outcome.cited_in(self.text, self.folded, spans)
        record["documents"] = [{k: v for k, v in c.items() if k not in {"start", "end"}}
                               for c in self.cited]  # fmt: skip
        evidence += [Evidence("documents", c["number"], c["start"], c["end"], 0.9)
                     for c in self.cited]  # fmt: skip
        record["decisions"] = outcome.put_decisions(self.items, evidence)
        record["source"] = source
        if _APPROVED.search(self.folded):  # a draft still: approving it is the person's to do
            flags.append("minutes-approved")
        return Draft(record, evidence, flags, plain)

    def _title(self, record: dict[str, Any], evidence: list[Evidence], flags: list[str]) -> None:
        if self.title is None:
            record["title"] = "Cuộc họp (chưa rõ tên)"
            flags.append("title-missing")
        else:
            record["title"] = self.title[0][:500]
            evidence.append(Evidence("title", record["title"], *self.title[1:], 0.9))
        record["kind"] = meeting.read_kind(record["title"])
        if record["kind"] and self.title is not None:  # read off the title, as in a report
            evidence.append(Evidence("kind", record["kind"], *self.title[1:], 0.6))

    def _put_place(self, record: dict[str, Any], evidence: list[Evidence], flags: list[str]
                   ) -> None:  # fmt: skip
        place = self.place
        if place is None and self.header_place and not RULE.match(self.header_place[0]):
            place = (*self.header_place, 0.5)
        if place is None:
            flags.append("no-place")
            return
        record["location"] = place[0][:500]
        evidence.append(Evidence("location", place[0], place[1], place[2], place[3]))

    def _put_organisers(self, record: dict[str, Any], evidence: list[Evidence], flags: list[str]
                        ) -> None:  # fmt: skip
        names: dict[str, str] = {}
        spelled = [(self._spelled(text, start), start, end) for text, start, end in self.organisers]
        issuer = self._issuer()
        if self.own_union is not None and len(issuer) == 1 and not _UNION.match(fold(issuer[0][0])):
            at = self.own_union  # "… phối hợp với Công đoàn cơ sở tổ chức": the issuer's union
            issuer.append((f"Công đoàn cơ sở {issuer[0][0]}", at, at + len("Công đoàn cơ sở")))
        for name, start, end in issuer + spelled:
            if fold(name) not in names and len(names) < 10:
                names[fold(name)] = name
                evidence.append(Evidence("organisers", name, start, end, 0.8))
        record["organisers"] = [{"name": n[:300], "short_forms": []} for n in names.values()]
        if not names:
            flags.append("no-organiser")

    def _issuer(self) -> list[tuple[str, int, int]]:
        """The body that held the meeting, from the header (Nghị định 30/2020, appendix I): under
        an upper-level body ("LIÊN ĐOÀN LAO ĐỘNG TỈNH …" over "… HUYỆN …") the lower one alone;
        a party branch under its party committee is named with it ("Chi bộ X, Đảng bộ Y")."""
        if len(self.head_bodies) < 2:
            return [(self._spelled(text, at), at, end) for text, at, end in self.head_bodies]
        (upper, u_start, _), (own, o_start, o_end) = self.head_bodies[-2:]
        if _KIND_ONLY_UNION.match(fold(own)) and _UNIT_HEAD.match(fold(upper)):
            unit = (self._spelled(upper, u_start), u_start, u_start + len(upper))
            union = (f"Công đoàn cơ sở {unit[0]}", o_start, o_end)
            both = self.title is not None and _BOTH_SIDES.search(fold(self.title[0]))
            return [unit, union] if both else [union]
        named = self._spelled(own, o_start)
        first, _, rest = fold(own).partition(" ")  # "CĐCS CÔNG TY …": a kind, abbreviated
        if not _ISSUER_KIND.match(f"{ABBREVIATIONS.get(first, first)} {rest}"):
            return [(self._spelled(f"{upper} {own}", u_start), u_start, o_end)]  # one name, wrapped
        if _PARTY_CELL.match(fold(own)) and _PARTY_COMMITTEE.match(fold(upper)):
            named = f"{named}, {self._spelled(upper, u_start)}"
        return [(named, o_start, o_end)]

    def _spelled(self, text: str, start: int) -> str:
        return spelled(text, start, self.text, self.folded)

    def _put_people(self, record: dict[str, Any], evidence: list[Evidence], flags: list[str]
                    ) -> None:  # fmt: skip
        record["participants"] = []
        for person in self.people.resolved():
            title = person.title[:500] if person.title else None
            record["participants"].append({"name": person.name[:200], "role": person.role,
                                           "title": title})  # fmt: skip
            shown = f"{person.name} | {title}" if title else person.name
            evidence.append(Evidence(person.role, shown, person.start, person.end,
                                     person.confidence))  # fmt: skip
        if not self.people.has_role("chair"):
            flags.append("no-chair-named")
        if not record["participants"]:
            flags.append("no-people-named")
