"""The people of a Biên bản: who chaired, who kept the minutes, who attended, spoke or was absent.

A Biên bản names them in lists, not in prose: a label and a person ("Chủ trì: đ/c Nguyễn Văn A -
Chủ tịch CĐCS"), a label over a dashed, numbered or plain list, a table (`| STT | Họ và tên |
Chức vụ | Ghi chú |`, tab-separated, or a .docx table read by `docx_text`) whose notes column
may say "Chủ trì" / "Thư ký" / "Vắng", and the signature blocks at the end ("THƯ KÝ    CHỦ TRÌ"
over the names). Speakers are the people named first in a sentence of the content ("Đồng chí X
báo cáo …") unless the minutes list them ("Ý kiến phát biểu:"). This module reads single lines
and tables; `bien_ban` walks the document and says which list a line is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.extract.names import NameSpan, nickname_after
from store.text import fold, name_key

ROLE_ORDER = ("chair", "secretary", "attendee", "representative", "absent", "speaker")
SIGN_ROLES = {"chu tri": "chair", "chu toa": "chair", "thu ky": "secretary",
              "nguoi ghi bien ban": "secretary", "nguoi ghi": "secretary"}  # fmt: skip
_SIGN_PART = re.compile(
    r"^(?:(?P<role>chu tri|chu toa|thu ky|nguoi ghi bien ban|nguoi ghi)"
    r"(?:\s+(?:cuoc hop|hoi nghi|buoi hop|phien hop|ky hop))?|dai dien(?:\s+ben\s+\w+)?.*"
    r"|tm\.?\s.*|xac nhan.*)$"
)
# "-", "2.", "2.1." (a person numbered within a numbered side), "a)".
_MARKER = re.compile(r"^\s*(?:[-–—+•●▪*·]|\(?\d{1,2}(?:\.\d{1,2})?\s*[.)/]|\(?[a-hđ]\s*\))\s*")
# An academic degree or rank before a name ("ThS. A", "PGS.TS. B", "BS.CKII C") is worn like an
# honorific: part of neither the name nor the title. So is a hospital's stack or profession
# ("PGS.TS. BSCKII. D", "ĐD. E" a nurse, "KTV. F" a technician), the short ones with their dot.
_DEGREE = (
    r"(?:(?:(?:gs|pgs|ts|ths|bs|ds|ks|ls|ncs|cn|bscki{1,2})(?:\.\s?|\s)|(?:dd|ktv)\.\s?)"
    r"(?:(?:ts|ths|bs|ds|ck ?i{1,2}|bscki{1,2})\.?\s?){0,2})"
)
_HONORIFIC = re.compile(
    r"(?:(?:cac dong chi|dong chi|d/c|đ/c|dc|ong|ba|anh|chi|thay|co|ngai|mr\.?|ms\.?)\s+)?"
    rf"(?:{_DEGREE}\s*)?(?<=\s|\.)"
)
# Two spaces or more: a name and its title set in space-aligned columns.
_SEPARATORS = (" – ", " - ", " — ", "–", " -", ", ", ": ", " (", "\t", "  ")
# A role written after a title inside a side's list ("… Phó Chủ tịch LĐLĐ huyện - chủ trì buổi
# làm việc", "… - đồng chủ trì", "… (thư ký)"): the person is in that role, and the words are not
# part of the title.
_ROLE_AFTER_TITLE = re.compile(
    r"\s*(?:[-–—,]\s*|\(\s*)(?:dong )?(?P<role>chu tri|chu toa|thu ky|(?:nguoi )?ghi bien ban)"
    r"(?: (?:buoi lam viec|buoi hop|cuoc hop|hoi nghi|phien hop|(?:buoi )?doi thoai))?\s*\)?"
    r"\s*[.;]?$"
)
_ROLE_CELL = (
    ("chair", re.compile(r"\b(?:chu tri|chu toa)\b")),
    ("secretary", re.compile(r"\b(?:thu ky|ghi bien ban)\b")),
    ("absent", re.compile(r"\bvang\b")),
    ("representative", re.compile(r"\bdai dien\b")),
)
_NAME_HEAD = re.compile(r"\b(?:ho va ten|ho ten|ten)\b")
_TITLE_HEAD = re.compile(r"\b(?:chuc vu|chuc danh|don vi|co quan|noi cong tac)\b")
_ROLE_HEAD = re.compile(r"\b(?:ghi chu|vai tro|nhiem vu)\b")
_RULE_CELL = re.compile(r"^[\s:|+=_-]*$")
COLUMNS = re.compile(r"\s{3,}|\t+|\s+\|\s+")


@dataclass
class Found:
    """One person in one role, as the minutes write them, and where."""

    name: str
    role: str
    title: str | None
    start: int
    end: int
    confidence: float


@dataclass
class People:
    """Everyone found so far, a person once per role (the first title read wins)."""

    found: list[Found] = field(default_factory=list)
    # a nickname's key: the full name it was told beside ("Trần Văn Tư (Tư Lúa)")
    nicknames: dict[str, str] = field(default_factory=dict)

    def add(self, person: Found) -> None:
        """Add one person in one role; a given name ("Đ/c Bình (HT) báo cáo") is the one person
        listed whose name ends so, and names nobody when none or several do; a nickname told
        beside a full name is that person."""
        person.name = self.nicknames.get(name_key(person.name), person.name)
        whole = self._whole_name(person.name)
        if whole is not None:
            person.name, person.title = whole, person.title or self.title_of(whole)
        elif len(person.name.split()) < 2:
            return
        key = name_key(person.name)
        for known in self.found:
            if name_key(known.name) == key and known.role == person.role:
                known.title = known.title or person.title
                return
        self.found.append(person)

    def _whole_name(self, name: str) -> str | None:
        key = name_key(name)
        if any(name_key(p.name) == key for p in self.found):
            return None
        wholes = {name_key(p.name): p.name for p in self.found
                  if name_key(p.name).endswith(" " + key)}  # fmt: skip
        return next(iter(wholes.values())) if len(wholes) == 1 else None

    def title_of(self, name: str) -> str | None:
        key = name_key(name)
        return next((p.title for p in self.found if name_key(p.name) == key and p.title), None)

    def has_role(self, role: str) -> bool:
        return any(p.role == role for p in self.found)

    def resolved(self) -> list[Found]:
        """Chairs, secretaries and the absent are in that role only, not also attendees."""
        listed = {name_key(p.name) for p in self.found
                  if p.role in {"chair", "secretary", "absent"}}  # fmt: skip
        kept = [p for p in self.found if not (p.role == "attendee" and name_key(p.name) in listed)]
        for person in kept:  # "Thư ký: đ/c A." with A's title in the list of those present
            person.title = person.title or self.title_of(person.name)
        return sorted(kept, key=lambda p: ROLE_ORDER.index(p.role))


def is_border(text: str) -> bool:
    """Whether a line is a table's border ("+-----+------+", "|=====|=====|"), naming nobody."""
    return len(text) >= 3 and ("+" in text or "|" in text) and _RULE_CELL.match(text) is not None


def is_name(text: str) -> bool:
    """Two to six capitalised words, nothing else: "Nguyễn Thị Thu Hà", "Takashi Yamamoto"."""
    words = text.split()
    if not 2 <= len(words) <= 6 or text.isupper():
        return False
    return all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)


def strip_marker(text: str) -> str:
    return _MARKER.sub("", text, count=1)


def person_line(text: str, folded: str) -> tuple[str, str | None, int] | None:
    """(name, title, offset of the name in `text`) of a line naming one person, else None.

    `text` and `folded` are the same line (folded as `plain_text.folded_view`, same length)."""
    at = len(text) - len(strip_marker(text))
    honorific = _HONORIFIC.match(folded, at)
    if honorific:
        at = honorific.end()
    rest = text[at:].strip()
    at += len(text[at:]) - len(text[at:].lstrip())
    cut = min((i for i in (rest.find(s) for s in _SEPARATORS) if i > 0), default=-1)
    name, title = (rest[:cut], rest[cut:]) if cut > 0 else (rest, "")
    name = name.strip(" .;:,")
    nickname = nickname_after(text, NameSpan(at, at + len(name), name))
    if nickname is not None:  # "Trần Văn Tư (Tư Lúa) - title": the title after the nickname
        title = text[nickname[1] :]
    if title.startswith(" (") and "):" in title:
        title = title[: title.index("):")]  # "- Đ/c A (title): what they said"
    title = _bracketed_then_role(title).strip().lstrip("–—-,:(").strip().rstrip(".;")
    if title.endswith(")") and "(" not in title:
        title = title[:-1].rstrip()
    if not is_name(name):
        return None
    return name, title or None, at


def _bracketed_then_role(title: str) -> str:
    """ "(Trưởng Ban Tổ chức) - Ủy viên Hội đồng": an office in brackets and a role after it, joined
    by a comma as one title."""
    found = re.match(r"\s*\(([^()]+)\)\s*[-–—,]\s*(\S.*)$", title)
    return f"{found[1].strip()}, {found[2]}" if found else title


# A line counting the members rather than naming them ("Đảng viên của Chi bộ: 07 đồng chí; có mặt
# 06 đồng chí; vắng 01 đồng chí (đ/c A, …)", "có mặt 5/6 đ/c"): part of the list, naming at most
# the absent in parentheses.
_COUNT = re.compile(r"\b\d{1,3}\s*(?:/\s*\d{1,3}\s*)?(?:dong chi|d/c|dang vien|doan vien|uy vien"
                    r"|thanh vien|nguoi)\b")  # fmt: skip
_ABSENT_NAMED = re.compile(r"\bvang(?: mat)?\s+\d{1,3}\s*(?:dong chi|d/c)\s*\(\s*")


def counts_members(folded: str) -> bool:
    """Whether a line of a list of people counts them ("có mặt 06/07 đồng chí")."""
    return _COUNT.search(folded) is not None


def absent_named(text: str, folded: str) -> tuple[str, str | None, int] | None:
    """(name, title, offset) of the person a count names as absent ("vắng 01 đồng chí (đ/c A,
    đảng viên dự bị, nằm viện)"), else None."""
    found = _ABSENT_NAMED.search(folded)
    if not found:
        return None
    end = text.find(")", found.end())
    end = len(text) if end < 0 else end
    person = person_line(text[found.end() : end], folded[found.end() : end])
    return None if person is None else (person[0], person[1], found.end() + person[2])


# Why someone was absent, written where a title would be: "Vắng: đ/c A (có lý do)".
_REASON = re.compile(
    r"^(?:(?:vang )?(?:co|khong|khong co) ly do|(?:nghi )?om(?: dau)?|nam vien|(?:di )?cong tac"
    r"|nghi phep|viec rieng|ban (?:viec|cong tac)|nghi che do|thai san)$"
)


def without_reason(title: str | None) -> str | None:
    """An absent person's title without the reason for the absence ("có lý do", "ốm")."""
    if not title:
        return title
    kept = [part.strip() for part in re.split(r"[,;]", title)]
    kept = [part for part in kept if part and not _REASON.match(fold(part).strip(" .()"))]
    return ", ".join(kept) or None


def role_after_title(title: str | None) -> tuple[str | None, str | None]:
    """(title without it, role) for a title ending in a role ("… - chủ trì"), else (title, None)."""
    if not title:
        return title, None
    found = _ROLE_AFTER_TITLE.search(fold(title))
    if not found or found.start() == 0:
        return title, None
    role = "chair" if found["role"] in {"chu tri", "chu toa"} else "secretary"
    return title[: found.start()].strip(), role


def signature_roles(folded_line: str) -> list[str | None] | None:
    """The roles of a signature heading ("THƯ KÝ    CHỦ TRÌ" → secretary, chair), else None.

    A part that signs for someone else ("ĐẠI DIỆN BÊN A", "TM. BAN CHẤP HÀNH") is None."""
    if ":" in folded_line or not folded_line.strip():
        return None
    roles: list[str | None] = []
    for part in COLUMNS.split(folded_line.strip()):
        found = _SIGN_PART.match(part.strip())
        if not found:
            return None
        roles.append(SIGN_ROLES.get(found["role"] or ""))
    return roles


def table_cells(text: str) -> list[str] | None:
    """The cells of a table row written with | or tabs; None for any other line."""
    if "|" in text:
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
    elif "\t" in text.strip():
        cells = [c.strip() for c in text.strip().split("\t")]
    else:
        return None
    return cells if len(cells) >= 2 else None


@dataclass
class Table:
    """The columns of a table of people, from its header row (or guessed from its first row)."""

    name: int | None = None
    title: int | None = None
    role: int | None = None

    def read_header(self, folded_cells: list[str]) -> bool:
        """Take the header row's columns; False when the row is not a header."""
        for index, cell in enumerate(folded_cells):
            if self.name is None and _NAME_HEAD.search(cell):
                self.name = index
            elif self.title is None and _TITLE_HEAD.search(cell):
                self.title = index
            elif self.role is None and _ROLE_HEAD.search(cell):
                self.role = index
        return self.name is not None

    def person(self, cells: list[str], folded: list[str], default: str
               ) -> tuple[str, str | None, str, int] | None:  # fmt: skip
        """(name, title, role, index of the name's cell) of one row, else None."""
        if all(_RULE_CELL.match(c) for c in cells):
            return None
        column = self.name
        if column is None:  # no header: the first cell that is a name
            column = next((i for i, c in enumerate(cells) if _bare_name(c) is not None), None)
        if column is None or column >= len(cells):
            return None
        name = _bare_name(cells[column])
        if name is None:
            return None
        title_at = self.title if self.title is not None else column + 1
        title = cells[title_at].strip(" .;") if title_at < len(cells) else ""
        role = default
        notes = [folded[self.role]] if self.role is not None and self.role < len(cells) else []
        notes += [folded[i] for i in range(len(cells)) if i not in {column, title_at}]
        for candidate, pattern in _ROLE_CELL:
            if any(pattern.search(note) for note in notes):
                role = candidate
                break
        return name, title or None, role, column


def _bare_name(cell: str) -> str | None:
    words = cell.split()
    while words and words[0].casefold().rstrip(".") in {"ông", "bà", "đồng", "chí", "đ/c", "đc"}:
        words = words[1:]
    name = " ".join(words)
    return name if is_name(name) else None


_KIN = frozenset({"thầy", "cô", "anh", "chị"})
# With its dot: "ThS.BS.", and a hospital's "PGS.TS. BSCKII.", "ĐD." (a nurse), "KTV.", "CN.".
_DEGREE_DOTTED = (
    r"(?:gs|pgs|ts|ths|bs|ds|ks|ncs|bscki{1,2}|dd|ktv|cn)\."
    r"(?:\s?(?:ts|ths|bs|ds|cki{1,2}|bscki{1,2})\.){0,2}"
)
# A sentence's first words, after a list's marker ("1. ", "- ", "+ ", "a) ") and an "Ý kiến của":
# "- Đồng chí X báo cáo …", "Ý kiến của đ/c X: …", "- Đ/c X (title): …".
_SPEAKER = re.compile(
    r"(?:^|(?<=[.;:!?]\s))(?:(?:[-–+•*]|\d{1,2}[.)]|[a-h]\))\s*)?(?:(?:y kien cua\s+)?"
    r"(?:(?:dong chi|d/c|đ/c|dc|ong|ba)(?:\s+" + _DEGREE_DOTTED + r")?|" + _DEGREE_DOTTED + r")"
    # a school's or a small union's "Thầy X báo cáo …", "- Chị Y: đề xuất …", checked as written
    # ("Có", "Chi" fold alike)
    r"|(?P<kin>thay|co|anh|chi)"
    # a dialogue's "Hỏi (anh X, tổ may 3): …", "Đáp (bà Y): …": who asks, who answers
    r"|(?:hoi|dap|tra loi)\s*\(\s*(?:dong chi|d/c|đ/c|ong|ba|anh|chi|cong nhan))\s+(?=\w)"
)


def _is_abbreviation(word: str) -> bool:
    """ "HT", "PCTCĐ", "UV": a title's abbreviation, all capitals, never a syllable of a name."""
    return len(word) >= 2 and word.isupper()


def speakers_in(text: str, folded: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """People named first in a sentence of `text[start:end]` ("Đồng chí X báo cáo …")."""
    found = []
    for match in _SPEAKER.finditer(folded[start:end]):
        kin = match["kin"]
        if kin and text[start + match.start("kin") : start + match.end("kin")].lower() not in _KIN:
            continue
        words: list[str] = []
        at = start + match.end()
        last = at
        for word in re.finditer(r"[^\s,.;:()]+", text[at:end]):
            gap = text[last : at + word.start()]
            if words and gap != " ":
                break  # "Đ/c Mùa A Sùng, Ủy viên …": the name ends at the comma
            if not word.group()[:1].isupper() or len(words) == 6 or _is_abbreviation(word.group()):
                break  # "Đ/c Bình HT": a title's abbreviation after a given name
            words.append(word.group())
            last = at + word.end()
        while len(words) > 2 and not is_name(" ".join(words)):
            words.pop()
        name = " ".join(words)
        if is_name(name) or (len(words) == 1 and words[0].isalpha() and len(words[0]) > 1):
            found.append((name, at, at + len(name)))  # one word: a given name, `People` resolves
    return found


# The person who concludes, named by an office of theirs ("Đ/c Bí thư ĐU xã kết luận", "Đ/c Bí thư
# Chi bộ tiếp thu ý kiến và kết luận"): who concludes has spoken. "Đồng chí Chủ trì kết luận" names
# a role in the meeting rather than an office: `_CHAIR_CONCLUDES` reads it.
_CONCLUDER = re.compile(
    r"\b(?:dong chi|d/c)\s+(?P<office>[^,.;:()]{2,50}?)\s+(?:phat bieu |tiep thu y kien va )?"
    r"ket luan\b"
)


def concluders(folded: str, people: People) -> list[tuple[str, int]]:
    """(name, offset) of each listed person the minutes name by office as concluding: the one
    person whose title starts with that office ("Bí thư Chi bộ, Chủ tịch LĐLĐ huyện")."""
    found = []
    for match in _CONCLUDER.finditer(folded):
        office = match["office"]
        holders = {p.name for p in people.found if p.role != "absent" and p.title
                   and fold(p.title).startswith(office)}  # fmt: skip
        if len(holders) == 1:
            found.append((holders.pop(), match.start("office")))
    chairs = {p.name for p in people.found if p.role == "chair"}
    by_role = _CHAIR_CONCLUDES.search(folded)
    if by_role and len(chairs) == 1:
        found.append((chairs.pop(), by_role.start()))
    return found


# "5. Kết luận của đồng chí chủ trì:", "Đồng chí Chủ trì kết luận, BCH thống nhất:", "Sau khi trao
# đổi, chủ tọa kết luận": the conclusions given in the chair's own words; the one chair listed
# spoke (the devset's ruling: the chair who concludes is a speaker too).
_CHAIR_CONCLUDES = re.compile(
    r"\bket luan cua (?:(?:dong chi|d/c|nguoi) )?chu (?:tri|toa)\b"
    r"|(?:^|[\s,.;:(])chu (?:tri|toa) (?:phat bieu )?ket luan\b"
)
