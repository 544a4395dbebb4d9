"""The lines of a Biên bản as `bien_ban` walks them: each stripped, with its span and folded form.

Also the columns a line is laid out in (a header's two columns, the signatures), an upper-case
body's name ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH") in the case a name is written in, and the label
a line starts with ("II. THÀNH PHẦN", "Chủ trì:", "Kết luận:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.extract.bien_ban_people import COLUMNS
from store.text import fold

# A line of rules only ("-----", "___", "…"): a separator or a blank to fill in, never a value.
RULE = re.compile(r"^[-_=*~.…\s]*$")
_ACRONYMS = frozenset(["ubnd", "hdnd", "mttq", "tnhh", "cp", "bch", "cdcs", "kcn", "ldld", "tld",
                       "btv", "ubkt", "dtn", "cd", "thpt", "thcs", "tw", "ld-tb&xh", "mtv",
                       "xhcn", "ccb", "htx"])  # fmt: skip
# Words of an organisation's name written lower-case after its first word (Nghị định 30/2020's
# rule: the kind of body and its function capitalised on their first syllable only): a place's
# kind ("tỉnh Nghệ An"), joining words, and pairs that stay whole in lower case.
_LOWER = frozenset(["tinh", "huyen", "xa", "phuong", "quan", "va", "cua", "voi", "cac"])
_LOWER_PAIRS = frozenset(["thanh pho", "thi xa", "thi tran", "nhan dan", "co so", "trach nhiem",
                          "huu han", "mot thanh vien"])  # fmt: skip
# Two-syllable words of a body's kind or function: the first syllable capitalised, the second not
# ("Liên đoàn Lao động", "Ban Chấp hành Công đoàn Công ty Cổ phần").
_COMPOUNDS = frozenset([
    "chi bo", "dang bo", "dang uy", "lien doan", "lao dong", "cong doan", "chap hanh",
    "thuong vu", "thuong truc", "van phong", "cong ty", "co phan", "uy ban", "hoi dong",
    "mat tran", "to quoc", "kiem tra", "tuyen giao", "dan van", "to chuc", "doanh nghiep",
    "khu pho", "noi vu", "tai chinh", "giao duc", "dao tao", "y te", "benh vien", "nha may",
    "xi nghiep", "co quan", "bao hiem", "xa hoi", "thuong binh", "nu cong", "thanh nien",
    "cong thuong", "nong nghiep", "xay dung", "giao thong", "van tai", "khoa hoc", "cong nghe",
])  # fmt: skip


@dataclass(frozen=True)
class Line:
    """One line of the minutes, stripped: its span in the text and its folded form."""

    start: int
    end: int
    text: str
    low: str


def lines(text: str, folded: str) -> list[Line]:
    lines, at = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        start = at + len(raw) - len(raw.lstrip())
        lines.append(Line(start, start + len(stripped), stripped,
                          folded[start : start + len(stripped)]))  # fmt: skip
        at += len(raw) + 1
    return lines


def sub(line: Line, start: int, end: int | None = None) -> Line:
    """Part of a line (a value after its label), as a line of its own."""
    end = len(line.text) if end is None else end
    text = line.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    begin = line.start + start + lead
    return Line(begin, begin + len(text), text, line.low[start + lead : start + lead + len(text)])


def columns(line: Line) -> list[tuple[Line, int]]:
    """The parts of a line laid out in columns (three spaces or more, tabs, " | ")."""
    parts, at = [], 0
    for piece in COLUMNS.split(line.text):
        start = line.text.find(piece, at)
        if piece.strip():
            parts.append((sub(line, start, start + len(piece)), start))
        at = start + len(piece)
    return parts


def title_case(text: str) -> str:
    """An upper-case body's name as a name is written: "CHI BỘ VĂN PHÒNG LIÊN ĐOÀN LAO ĐỘNG TỈNH
    NGHỆ AN" is "Chi bộ Văn phòng Liên đoàn Lao động tỉnh Nghệ An" (acronyms kept, a place's kind
    lowered, a two-syllable word of the body's kind capitalised on its first syllable only)."""
    given = text.split()
    low = [fold(word) for word in given]
    words: list[str] = []
    at = 0
    while at < len(given):
        pair = " ".join(low[at : at + 2])
        triple = " ".join(low[at : at + 3])
        if low[at] in _ACRONYMS:
            words.append(given[at])
        elif at and triple in _LOWER_PAIRS:
            words += [word.lower() for word in given[at : at + 3]]
            at += 3
            continue
        elif at and pair in _LOWER_PAIRS:
            words += [given[at].lower(), given[at + 1].lower()]
            at += 2
            continue
        elif pair in _COMPOUNDS:
            words += [_capital(given[at]), given[at + 1].lower()]
            at += 2
            continue
        elif at and low[at] in _LOWER and _place_kind_here(at, low, words):
            words.append(given[at].lower())
        else:
            words.append(_capital(given[at]))
        at += 1
    return " ".join(words)


def _place_kind_here(at: int, low: list[str], words: list[str]) -> bool:
    """Whether the word at `at` is a place's kind ("tỉnh" before "Nghệ An") rather than part of
    its name ("Hà Tĩnh"): before another word, or last after a word written lower-case ("Ủy ban
    nhân dân tỉnh")."""
    return at + 1 < len(low) or words[-1].islower()


def _capital(word: str) -> str:
    return word[:1] + word[1:].lower()


def spelled(text: str, start: int, whole: str, folded: str) -> str:
    """An upper-case body's name (`text`, at `start` of the minutes `whole`, `folded` their
    folded view) as the minutes spell it further on, else in title case."""
    if not text.isupper():
        return text
    key = fold(text)
    at = folded.find(key, start + len(text))
    while at >= 0:
        found = whole[at : at + len(text)]
        if not found.isupper():
            found += _place_after(whole, folded, at + len(text))
            return found[:1].upper() + found[1:]
        at = folded.find(key, at + 1)
    return title_case(text)


# "Chi bộ Liên đoàn Lao động thị xã tổ chức …" under the header's "CHI BỘ LIÊN ĐOÀN LAO ĐỘNG": the
# place the minutes add to the name (its kind in lower case, then its name if one is written).
_PLACE_AFTER = re.compile(r" (?:thi xa|thi tran|thanh pho|huyen|tinh|quan|phuong|xa)(?![\w])")
_CAPITALISED = re.compile(r" [A-ZÀ-ỸĐ][^\W\d_]*")


def _place_after(whole: str, folded: str, at: int) -> str:
    kind = _PLACE_AFTER.match(folded, at)
    if kind is None or not whole[at + 1].islower():
        return ""
    end = kind.end()
    while (word := _CAPITALISED.match(whole, end)) is not None:
        end = word.end()
    return whole[at:end]


def people_parts(value: Line) -> list[Line]:
    """A label's value naming several people ("A – t1; B – t2", "đ/c A (t1) và đ/c B (t2)") as
    one line each."""
    cuts = [(m.start(), m.end()) for m in _PEOPLE_SEPARATOR.finditer(value.text)]
    bounds = [0] + [x for cut in cuts for x in cut] + [len(value.text)]
    return [sub(value, bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


# ";" between people, "và" before an honorific ("đ/c A (HT) và đ/c B (CTCĐ)"), or a comma before
# a party honorific ("đ/c A (t1), đ/c B (t2)": a title's commas are never followed by one).
_PEOPLE_SEPARATOR = re.compile(r";|\s+và\s+(?=(?:đ/c|Đ/c|đồng chí|Đồng chí|ông|Ông|bà|Bà)\s)"
                               r"|,\s+(?=(?:đ/c|Đ/c|đồng chí|Đồng chí)\s)")  # fmt: skip


# The labels a line of minutes starts with ("II. THÀNH PHẦN", "Chủ trì:", "Kết luận:"), folded,
# each after an optional roman, arabic or letter numbering.
NUMBERING = r"(?:(?:[ivx]{1,4}|\d{1,2}|[a-h])\s*[.)/-]\s*)?"
LABELS = (
    ("timeplace", r"thoi gian\s*(?:,|va)\s*dia diem(?: hop| hoi nghi)?"),
    ("time", r"thoi gian(?: hop| hoi nghi| bat dau| lam viec)?"),
    ("place", r"dia diem(?: hop| hoi nghi| lam viec)?"),
    ("chair", r"(?:nguoi |dong chi |d/c )?(?:dong )?chu (?:tri|toa)"
              r"(?: cuoc hop| hoi nghi| buoi hop| buoi lam viec)?"
              r"|dieu (?:hanh|khien)(?: cuoc hop| hoi nghi| buoi hop| phien hop)?"
              # "ĐOÀN CHỦ TỊCH (hội nghị biểu quyết 49/49 tán thành):": a presidium chairs
              r"|doan chu (?:tich|toa)(?: hoi nghi| dai hoi| ky hop)?"),
    # "BB" is how minutes write "biên bản" short ("Số: 07/BB-LĐLĐ", "Ghi BB:")
    ("secretary", r"(?:dong chi |d/c )?thu ky(?: cuoc hop| hoi nghi| buoi hop)?"
                  r"(?: ghi (?:bien ban|bb))?|(?:nguoi )?ghi (?:bien ban|bb)"),
    ("absent", r"vang mat(?: co ly do| khong ly do)?|vang"),
    ("representative", r"dai dien"),
    ("speaker", r"y kien (?:phat bieu|thao luan|dong gop)"),
    ("attendee", r"thanh phan(?: tham du| du hop| cuoc hop| hoi nghi)?|(?:nguoi |dai bieu |"
                 r"thanh vien )?tham du|co mat|khach moi|dai bieu(?: moi)?|thanh vien"
                 r"|(?:cac )?(?:dang vien|doan vien|uy vien|can bo|thanh vien)(?: [a-z]+){0,4}"
                 r" (?:co mat|tham du|du hop|du hoi nghi|du(?=\s*:))(?: khac)?"
                 # "Ủy viên BCH: Cô A, …; Thầy B, …" under "Thành phần", "Thành viên Hội đồng:"
                 # over a table: the members, present
                 r"|(?:cac )?(?:uy vien|dang vien|thanh vien)(?: (?:bch|btv|ban chap hanh"
                 r"|ban thuong vu|chi bo|hoi dong|ban [a-z]+(?: [a-z]+)?))?(?=\s*:)"
                 r"|(?:den |ve |toi )?du (?:va )?chi dao"
                 r"|du (?:sinh hoat|hop|hoi nghi|buoi hop|buoi lam viec)|(?:nguoi )?chung kien"
                 r"|(?:khach |dai bieu )?(?:moi|cap tren|cap uy)(?: tham)? du"
                 r"|dai bieu cap (?:tren|uy)"  # "Đại biểu cấp trên: bà A - …; ông B - …"
                 # "Danh sách đảng viên có mặt:", "Danh sách Ủy viên Ban Chấp hành có mặt:"
                 r"|danh sach(?: [a-z]+){0,8} (?:co mat|tham du|du hop)"),
    ("content", r"noi dung(?: cuoc hop| hoi nghi| buoi hop| lam viec| (?:buoi )?doi thoai)?"
                r"|dien bien(?: cuoc hop|"
                r" hoi nghi)?"),
    ("conclusion", r"ket luan(?: cuoc hop| hoi nghi| cua chu tri| cua chu toa)?"
                   r"|nghi quyet(?: cuoc hop| hoi nghi| dai hoi| ky hop)?"
                   r"|ket qua(?: bieu quyet| (?:buoi )?doi thoai)?"
                   r"|thong nhat|nhat tri"),  # "THỐNG NHẤT" over the list of what was agreed
    ("documents", r"van ban(?: duoc)?(?: dan chieu| trich dan| lien quan| kem theo| tham chieu)?"),
)  # fmt: skip
# A label's count and "gồm" before its colon ("Thành phần tham dự gồm có:", "Đảng viên có mặt
# gồm các đồng chí:", "Thành viên có mặt 7/9 đồng chí, gồm đồng chí chủ trì và:"): still the label.
_HEADS_A_LIST = (
    r"(?:\s*,?\s+gom(?:\s+co)?(?:\s+(?:cac\s+)?(?:dong chi|d/c|ong ba|ong|ba|thanh vien|"
    r"dang vien|dai bieu))?(?:\s+(?:chu tri|chu toa|bi thu|chu tich)\s+va"
    r"(?:\s+(?:cac\s+)?(?:dong chi|d/c))?)?)?"
)
LABEL = re.compile(
    rf"^{NUMBERING}(?:"
    + "|".join(f"(?P<{key}>{words})" for key, words in LABELS)
    + r")(?:\s+\d{1,3}(?:/\d{1,3})?\s+(?:dong chi|d/c|nguoi|thanh vien|dang vien)"
    # "Có mặt 06/07 đồng chí Ủy viên Ban Thường vụ, gồm …": whose members the count is of
    + r"(?:\s+(?:uy vien|thanh vien|dang vien|doan vien)(?:\s+[a-z]+){0,4})?)?"
    + _HEADS_A_LIST
    + r"(?:\s*\([^()]{1,80}\))?"  # "KẾT LUẬN (hội nghị biểu quyết, 31/31 tán thành)": an aside
    + r"\s*(?::\s*|\|\s*|$|\s+co\s+(?=(?:cac )?(?:dong chi|d/c|ong|ba)\s))"
    # "Thời gian:", "THÀNH PHẦN", a table's "| Thời gian | … |"; "Đến dự và chỉ đạo có đồng chí A"
)


def label_at(low: str) -> tuple[str | None, int]:
    """The label a line starts with ("chair", "conclusion", ...) and where its value starts."""
    found = LABEL.match(low)
    if not found or (found.end() == len(low) and low.endswith(("vang", "dai dien"))):
        return None, 0
    return found.lastgroup, found.end()


# A label inside a list of people, after the list's marker ("- Dự và chỉ đạo: đ/c A, …", "- Các
# đảng viên có mặt khác: …"): a party cell's minutes list their people so under one heading.
_LIST_MARK = re.compile(r"^[-–+•*]\s*")
PEOPLE_LABELS = frozenset(["chair", "secretary", "absent", "representative", "attendee"])
# Under "I. Thời gian, địa điểm" the two are often listed too: "- Thời gian: 14 giờ 00, …".
WHEN_LABELS = frozenset(["time", "place", "timeplace"])
# A head set out as one dashed list ("- Thời gian: …", "- Chủ trì: …", "- Thành phần:"): who
# chaired and who attended are listed there with when and where.
HEAD_LABELS = WHEN_LABELS | PEOPLE_LABELS


def listed_label(low: str, among: frozenset[str] = PEOPLE_LABELS) -> tuple[str | None, int]:
    """The label (one of `among`) after a list's marker and where its value starts, else
    (None, 0)."""
    mark = _LIST_MARK.match(low)
    if not mark:
        return None, 0
    label, at = label_at(low[mark.end() :])
    return (label, mark.end() + at) if label in among else (None, 0)


def unframed(line: Line) -> Line:
    """A row of two cells, a label and its value ("| Thời gian | 14 giờ, ngày … |"), without its
    outer borders, so it reads as a labelled line; any other line as is ("| Nội dung | Người thực
    hiện | Thời hạn |" heads a table of tasks)."""
    if not line.text.startswith("|"):
        return line
    end = len(line.text) - 1 if line.text.endswith("|") and len(line.text) > 1 else len(line.text)
    inner = sub(line, 1, end)
    if inner.text.count("|") != 1:
        return line  # more cells than a label and its value: a table's header or row
    return inner if label_at(inner.low)[0] else line
