"""Vietnamese personal names, found in one sentence, and the words (`Token`) a sentence is read in.

A name is 2-4 capitalised syllables starting with a family name (5 for names such as "Y Thanh Hà
Niê Kđăm"), or one known from the directory however it is capitalised; not a street, school,
company or village named after a person. Also the names read without a known family name: after
an honorific ("đồng chí Thanh Tuyền", "cô Ka Hòa") and in a list under a shared title. The titles
written beside a name are `titles`'; which role a person had is `people`'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from store.extract import lexicon

# A word; "H'", "K'" before a space are one word too, the first syllable of a highland name ("H'
# Yim Niê", "K' Điểu"), written apart from the rest.
_WORD = re.compile(r"[^\W\d_]['’](?=\s)|[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
# A degree, an honour or a rank worn before a name ("TS. A", "PGS.TS B", "NSƯT C", "Anh hùng Lao
# động D", "Thượng tá E"), after an honorific or alone: it marks a person as an honorific does,
# and is part of neither the name nor the title. Folded, as `honorific_before` reads it. Hospital
# unions stack them or write a profession ("PGS.TS. BSCKII. F", "ĐD. G" a nurse, "KTV. H", "CN. I"):
# those short ones only with their dot, which no word of a sentence has.
_DISTINCTION = (
    r"(?:(?:(?:gs|pgs|ts|ths|bs|ds|ks|ncs|bscki{1,2})\.?\s?|(?:cn|dd|ktv)\.\s?)"
    r"(?:(?:ts|ths|bs|ds|ckii|cki|bscki{1,2})\.?\s?){0,2}|nsnd|nsut|ngnd|ngut"
    r"|anh hung (?:lao dong|llvtnd|luc luong vu trang(?: nhan dan)?)"
    r"|(?:dai|thuong|trung|thieu) (?:tuong|ta|uy))"
)
_DISTINCTION_BEFORE = re.compile(rf"(?:^|[\s,;:(“\"])({_DISTINCTION})\s*$")
# A hospital's staff named by their job ("điều dưỡng A", "hộ sinh B", "bác sĩ C") as a school's
# are by theirs ("cô giáo D"): the job marks a person, and is no part of the name.
_HONORIFIC_BEFORE = re.compile(
    r"(?:^|[\s,;:(“\"])(?:(?:cac dong chi|dong chi|d/c|ong|ba|ngai|dc|co giao|thay giao|nha giao"
    r"|bac si|dieu duong|ho sinh|duoc si)"
    rf"(?:\s+{_DISTINCTION})?|{_DISTINCTION})\s*:?\s*$"
)
_NOT_A_PERSON_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:duong|truong|cau|tu tuong|lang|den|benh vien|cong ty|nha van hoa|giai thuong|"
    r"quang truong|so|thpt|thcs|mang ten|khu cong nghiep|cum cong nghiep|khu kinh te|"
    r"khu che xuat|khu do thi|thon|xom|tnhh|co phan|mtv|tap doan|tong cong ty)\s*$"
)
_NOT_A_PERSON = frozenset({"ho chi minh", "ton duc thang"})


class Token(NamedTuple):
    """One word of a sentence (a tuple: a sentence has hundreds, made for every sentence)."""

    start: int
    end: int
    word: str
    folded: str


@dataclass
class NameSpan:
    start: int
    end: int
    text: str
    given: bool = False  # read only because an honorific comes before it ("đồng chí Kim Yến")


_new_tuple = tuple.__new__
_span = re.Match.span


def tokens(flat: str, folded: str) -> list[Token]:
    # Built for every sentence: one span per word and the tuple made directly (not through
    # Token's own constructor, a Python call per word), the cost of a sentence being its words.
    return [_new_tuple(Token, (start, end, flat[start:end], folded[start:end]))
            for start, end in map(_span, _WORD.finditer(flat))]  # fmt: skip


def name_shaped(word: str) -> bool:
    if "'" not in word and "’" not in word:  # most words: no split needed
        return word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word[:1].isalpha()
    parts = re.split(r"['’]", word)
    return all(p[:1].isupper() and (len(p) == 1 or p[1:].islower()) for p in parts if p) and (
        word[:1].isalpha()
    )


def _runs(words: list[Token], flat: str) -> list[list[Token]]:
    """Maximal runs of capitalised words separated by one space, cut at non-name syllables."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(words):
        joined = current and flat[current[-1].end : token.start] == " "
        usable = name_shaped(token.word) and token.word.casefold() not in lexicon.NOT_NAME_SYLLABLES
        if not usable and joined and _last_syllable(current, token, flat):
            current.append(token)
            runs.append(current)
            current = []
            continue
        if usable and (joined or not current):
            current.append(token)
            continue
        if current:
            runs.append(_trim(current, words, index, flat))
        current = [token] if usable else []
    if current:
        runs.append(_trim(current, words, len(words), flat))
    return [run for run in runs if run]


def _last_syllable(current: list[Token], token: Token, flat: str) -> bool:
    """ "Hoàng Văn Bộ," "Lê Thị Hội -": a syllable that is mostly a common noun ends a name
    when a family and a middle name come before it and a mark after it, as in lists."""
    return (
        len(current) >= 2
        and name_shaped(token.word)
        and current[0].folded in lexicon.FAMILY_NAMES
        and all(t.word.casefold() not in lexicon.NOT_NAME_SYLLABLES for t in current)
        and re.match(r"\s*(?:[,;)–]|-\s|$)", flat[token.end :]) is not None
    )


def _trim(run: list[Token], words: list[Token], after: int, flat: str) -> list[Token]:
    """Drop a last word that starts a common noun with the lowercase word after it."""
    if after < len(words) and run:
        nxt = words[after]
        adjacent = flat[run[-1].end : nxt.start] == " "
        if (
            adjacent
            and nxt.word.islower()
            and f"{run[-1].folded}_{nxt.folded}" in lexicon.COMPOUNDS
        ):
            return run[:-1]
    return run


def _is_start(run: list[Token], k: int) -> bool:
    first = run[k].folded
    if run[k].word.casefold() in {"trường", "vụ"}:
        # a school ("Trường Cao đẳng …"), a ministry's department ("Vụ Tiền lương"): the family
        # names are Trương and Vũ
        return False
    if first in lexicon.ETHNIC_PREFIXES or "'" in run[k].word or "’" in run[k].word:
        return len(run) - k >= 2
    if first not in lexicon.FAMILY_NAMES:
        return False
    return not (len(run) - k >= 2 and f"{first}_{run[k + 1].folded}" in lexicon.PLACES)


def find_names(flat: str, folded: str, words: list[Token], extra: frozenset[str]) -> list[NameSpan]:
    """Name-shaped spans in a sentence; `extra` holds folded names known from the directory,
    found however they are capitalised ("Nguyễn đình Khang")."""
    found = _known_names(flat, folded, extra)
    for run in _runs(words, flat):
        for k in range(len(run)):
            length = len(run) - k
            limit = 5 if run[k].folded in lexicon.ETHNIC_PREFIXES or _two_part_family(run, k) else 4
            known = " ".join(t.folded for t in run[k:]) in extra
            if (known or (_is_start(run, k) and 2 <= length <= limit)) and length >= 2:
                k = _middle_name_start(run, _commoner_start(run, k))
                start, end = run[k].start, run[-1].end
                text = flat[start:end]
                if " ".join(t.folded for t in run[k:]) in _NOT_A_PERSON:
                    break
                rare = k and run[k].folded not in lexicon.COMMON_FAMILY_NAMES
                if _not_a_person_before(flat, folded, run[0].start if rare else start):
                    break  # "Công ty TNHH May Hòa Thọ": the run is a company's name
                if k == 0 and _in_a_company_name(flat, folded, start):
                    break
                if not any(n.start < end and start < n.end for n in found):
                    found.append(NameSpan(start, end, text))
                break
    return sorted(found, key=lambda n: n.start)


def _two_part_family(run: list[Token], k: int) -> bool:
    """ "Tôn Nữ Thị Bích Liên", "Nguyễn Phước Thị Minh Hoa": a family name of two syllables, the
    middle name after them, so five syllables in all."""
    return len(run) - k == 5 and run[k + 2].folded in {"thi", "van"}


def _commoner_start(run: list[Token], k: int) -> int:
    """Where a name starts in a run that holds more before it ("xã Diễn Hồng Nguyễn Văn Tâm"):
    at a common family name after a rarer one, when the run does not start with the name."""
    if k == 0 or run[k].folded in lexicon.COMMON_FAMILY_NAMES:
        return k
    for later in range(k + 1, len(run) - 1):
        if run[later].folded in lexicon.COMMON_FAMILY_NAMES:
            return later
    return k


def _middle_name_start(run: list[Token], k: int) -> int:
    """ "… Cao su Lộc Ninh Điểu Văn Bình": "Văn" and "Thị" follow the family name itself, so when
    two family names come before one of them, the first ends a place and the name starts later."""
    if (
        len(run) - k == 4
        and run[k + 1].folded in lexicon.FAMILY_NAMES
        and run[k + 2].folded in {"van", "thi"}
    ):
        return k + 1
    return k


def _not_a_person_before(flat: str, folded: str, start: int) -> bool:
    """A street, school, zone or village named after a person ("đường Lê Hồng Phong", "Khu công
    nghiệp Tằng Loỏng"); "trường" (school) is not "Thứ trưởng" (a title), folded alike."""
    found = _NOT_A_PERSON_BEFORE.search(folded[max(0, start - 20) : start])
    if found is None:
        return False
    at = max(0, start - 20) + found.start()
    word = flat[at : at + found.end() - found.start()].strip().casefold()
    # "Phó Giám đốc Sở Đinh Văn Thuận"; "điều dưỡng Hồ Thị Phúc" (a nurse) is not "đường" (a street)
    return not word.endswith("trưởng") and word not in {"sở", "dưỡng"}


# "Công ty TNHH May xuất khẩu Hòa An": a company's name that goes on in lower case after its
# kind, so the capitalised words after it are the company's still.
_COMPANY_BEFORE = re.compile(r"\b(?:tnhh|co phan|cong ty|mtv)((?:\s+[^\W\d_]+){1,3})\s+$")


def _in_a_company_name(flat: str, folded: str, start: int) -> bool:
    """Whether a run of capitalised words starting at `start` goes on a company's name written in
    part in lower case ("… Công ty TNHH May xuất khẩu Hòa An"); a name after the whole company's
    name ("… Cao su Lộc Ninh Điểu Văn Bình") starts later in its run, and is not asked about."""
    found = _COMPANY_BEFORE.search(folded[max(0, start - 40) : start])
    if found is None:
        return False
    at = max(0, start - 40) + found.start(1)
    return any(word.islower() for word in flat[at:start].split())


# An honorific as written, marks kept: "cô" (Miss), not "có" (has), which folds the same.
_HONORIFIC_WRITTEN = re.compile(
    r"(?:^|(?<=[\s,;:(“\"]))(?:(?:đồng chí|đ/c|ông|bà|anh|chị|cô|thầy)\s+"
    r"|(?:GS|PGS|TS|ThS|BS|DS|KS|NCS|BSCKI{1,2}|CN|ĐD|KTV)\.(?:\s?(?:TS|ThS|BS|DS|CKII|CKI|BSCKI{1,2})\.){0,2}\s*"
    r"|(?:NSND|NSƯT|NGND|NGƯT)\s+"
    r"|Anh hùng (?:Lao động|LLVTND|Lực lượng vũ trang(?: nhân dân)?)\s+"
    r"|(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy)\s+)$",
    re.I,
)


def written_honorific_before(flat: str, start: int) -> bool:
    """Whether an honorific, as written with its marks ("chị", "anh", "cô"), comes right before
    `start`: the folded forms are other words too ("chỉ", "có")."""
    return _HONORIFIC_WRITTEN.search(flat, max(0, start - 42), start) is not None


def names_after_honorifics(flat: str, words: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """Capitalised words right after an honorific, not already a name: a given name for someone
    named in full before ("đồng chí Thanh Tuyền", "ông Trí") or a name whose family name the
    lists lack ("cô Ka Hòa", "đồng chí Thông Thị Ánh Nguyệt"). `people` decides which is which."""
    spans: list[NameSpan] = []
    index = 0
    while index < len(words):
        token = words[index]
        # a lowercase word is no name: the honorific's test (a search) only for capitals
        if not token.word[:1].isupper() or not written_honorific_before(flat, token.start):
            index += 1
            continue
        run = [token]
        while (
            len(run) < 6
            and index + len(run) < len(words)
            and flat[run[-1].end : words[index + len(run)].start] == " "
        ):
            run.append(words[index + len(run)])
        usable = []
        for word in run:
            if not name_shaped(word.word) or word.word.casefold() in lexicon.NOT_NAME_SYLLABLES:
                break
            usable.append(word)
        after = index + len(usable)
        index += max(1, len(usable))
        usable = _trim(usable, words, after, flat)  # "ông Trí Công ty": "Công" starts a noun
        if (
            not usable
            or len(usable) > (5 if len(usable) == 5 and usable[2].folded in {"thi", "van"} else 4)
            or (len(usable) == 1 and len(usable[0].word) < 2)
        ):
            continue
        start, end = usable[0].start, usable[-1].end
        if not any(n.start < end and start < n.end for n in found):
            spans.append(NameSpan(start, end, flat[start:end], given=True))
    return spans


_LIST_ITEM = re.compile(r"[^,;]+?(?=\s*(?:,|;|\bvà\b|\.?$))")


def names_in_list(flat: str, start: int, end: int, found: list[NameSpan]) -> list[NameSpan]:
    """Each item of a list under a shared title ("các Phó Chủ tịch LĐLĐ tỉnh: A, Bhling Mia và
    C", `flat[start:end]`) that is two to four capitalised words and no name found: a name though
    its family name is not among the lists' (many highland peoples' are not)."""
    spans: list[NameSpan] = []
    for item in _LIST_ITEM.finditer(flat, start, end):
        words = item.group().split()
        if words and words[0] == "và":
            words = words[1:]
        if not 2 <= len(words) <= 4 or not all(
            name_shaped(w) and w.isalpha() and w.casefold() not in lexicon.NOT_NAME_SYLLABLES
            for w in words
        ):
            continue
        at = flat.index(words[0], item.start())
        stop = at + len(" ".join(words))
        if flat[at:stop] == " ".join(words) and not any(
            n.start < stop and at < n.end for n in found
        ):
            spans.append(NameSpan(at, stop, flat[at:stop]))
    return spans


_HYPHENATED_END = re.compile(r"-([^\W\d_]+)(?![\w-])")


def with_hyphenated_ends(flat: str, names: list[NameSpan]) -> list[NameSpan]:
    """ "Park Sung-ho", "Lin Chih-wei": a foreign given name joined by a hyphen to a lowercase
    syllable ends after it (the words are split at the hyphen)."""
    for name in names:
        tail = _HYPHENATED_END.match(flat, name.end)
        if tail is not None and tail.group(1).islower():
            name.end = tail.end()
            name.text = flat[name.start : name.end]
    return names


# The birth-order words a southern nickname opens with ("Ba Cường", "Bảy Phú Hòa", "Út Hoa"): the
# child's rank in the family, called by it with a given name or a place.
_BIRTH_ORDER = frozenset(
    {"hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "út", "cả"}
)
_NICKNAME = re.compile(r"\s*\(\s*([^\W\d_]+(?: [^\W\d_]+){1,2})\s*\)")


def nickname_after(flat: str, name: NameSpan) -> tuple[str, int] | None:
    """The nickname in brackets right after a full name ("Nguyễn Văn Tư (Tư Lúa)") and where the
    bracket ends: two or three capitalised words opening with a birth-order word or holding the
    person's given name. The person is later named by it ("ông Tư Lúa"): one person, not two; a
    bracketed place or office ("(Kon Tum)", "(Tổng Giám đốc)") is neither shape."""
    match = _NICKNAME.match(flat, name.end)
    if match is None or len(name.text.split()) < 2:
        return None
    words = match.group(1).split()
    if not all(name_shaped(word) for word in words):
        return None
    given = name.text.split()[-1].casefold()
    if words[0].casefold() in _BIRTH_ORDER or given in {w.casefold() for w in words}:
        return match.group(1), match.end()
    return None


def _known_names(flat: str, folded: str, extra: frozenset[str]) -> list[NameSpan]:
    found: list[NameSpan] = []
    squeezed = " ".join(folded.split())
    for known in extra:
        if len(known) < 5 or known not in squeezed:
            continue  # cheap test first: a directory has thousands of names, a sentence few
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, known.split())) + r"(?!\w)"
        for match in re.finditer(pattern, folded):
            found.append(NameSpan(match.start(), match.end(), flat[match.start() : match.end()]))
    return found


def honorific_before(folded: str, start: int) -> int | None:
    """Where an honorific right before `start` begins ("đồng chí ", "ông "), or None."""
    window = folded[max(0, start - 45) : start]
    match = _HONORIFIC_BEFORE.search(window)
    return None if match is None else start - (len(window) - match.start())


def distinction_before(folded: str, start: int) -> int | None:
    """Where a degree, honour or rank right before `start` begins ("ThS. ", "Thượng tá "), or
    None: a title read back from the name stops before it."""
    window = folded[max(0, start - 45) : start]
    match = _DISTINCTION_BEFORE.search(window)
    return None if match is None else start - (len(window) - match.start(1))
