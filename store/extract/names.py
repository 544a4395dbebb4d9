"""Vietnamese personal names and the titles written beside them, found in one sentence.

A name is 2-4 capitalised syllables starting with a family name (5 for names such as "Y Thanh Hà
Niê Kđăm"); a title (chức danh) starts with a title word ("Phó Chủ tịch", "Bí thư", "Trưởng
Ban", ...) and runs on over capitalised words and the lowercase syllables of titles and bodies
until a verb. Both orders are read: "đồng chí Nguyễn Đình Khang - Chủ tịch ..." and "Phó Chủ tịch
Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu". Which role a person had is `people`'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from store.extract import lexicon

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_HONORIFIC_BEFORE = re.compile(
    r"(?:^|[\s,;:(“\"])(?:cac dong chi|dong chi|d/c|ong|ba|ngai|dc|co giao|thay giao|nha giao)"
    r"\s*:?\s*$"
)
_NOT_A_PERSON_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:duong|truong|cau|tu tuong|lang|den|benh vien|cong ty|nha van hoa|giai thuong|"
    r"quang truong|so|thpt|thcs|mang ten|khu cong nghiep|cum cong nghiep|khu kinh te|"
    r"khu che xuat|khu do thi|thon|xom|tnhh|co phan|mtv|tap doan|tong cong ty)\s*$"
)
_NOT_A_PERSON = frozenset({"ho chi minh", "ton duc thang"})
# Lowercase word pairs that end a title even though each word may occur inside one.
_TITLE_STOPS = frozenset(
    [
        "chu_tri",
        "dong_chu",
        "tham_du",
        "du_hoi",
        "du_buoi",
        "tai_hoi",
        "tai_buoi",
        "tai_le",
        "to_chuc",
        "cung_du",
        "va_cac",
        "cua_cac",
        "la_nguoi",
        "va_dong",
        "cung_cac",
        "tai_phien",
        "tai_dai",
        "tai_cuoc",
        "va_lanh",
        "va_dai",
        "cua_hoi",
        "cua_buoi",
        "cac_dong",
        "cac_dai",
        "cac_co_so",
        "cac_cap",
        "cac_don",
        "lam_truong",
        "lam_thu",
        "dan_dau",
        "duoc_cu",
        "trien_khai",
        "thuc_hien",
        "ky_ket",
        "trao_qua",
        "trao_tang",
        "cong_bo",
        "tham_gia",
        "tiep_nhan",
        "lam_viec",
        "tai_cac",  # "giáo viên tại các huyện Tu Mơ Rông, …": places, not a title's end
    ]
)
# The second syllables of nouns in bodies' names ("Liên đoàn Lao động tỉnh"): never the start of
# a speaking verb, though "động tỉnh" folds as "đồng tình".
_NOUN_ENDS = frozenset({("lao", "dong"), ("hoat", "dong")})
# Lowercase words that go on in a title only before these: "Ủy viên dự khuyết", "du lịch", "nội
# bộ", "thị xã"; before anything else they are verbs ("… Phó Chủ tịch UBND tỉnh dự và phát
# biểu", "… nói", "… thì phản ánh").
_ONLY_BEFORE = {
    "du": frozenset({"khuyet", "lich"}),
    "noi": frozenset({"bo", "vu", "chinh"}),
    "thi": frozenset({"xa", "tran", "uy", "truong", "dua"}),  # "thị xã", "thi đua"; not "thì"
}
# ... and only after these: "bảo vệ" is in a body's name, "về" (to, about) after a title is not.
_ONLY_AFTER = {"ve": frozenset({"bao"})}
# "điều hành" is in a title ("Phó Tổng Giám đốc điều hành") unless a meeting follows: then it
# is the verb ("… Viện trưởng điều hành hội thảo").
_MEETING_NOUNS = frozenset({"hoi", "phien", "buoi", "toa", "cuoc", "dai", "ky", "chuong"})


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


def tokens(flat: str, folded: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), folded[m.start() : m.end()])
            for m in _WORD.finditer(flat)]  # fmt: skip


def _name_shaped(word: str) -> bool:
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
        usable = (
            _name_shaped(token.word) and token.word.casefold() not in lexicon.NOT_NAME_SYLLABLES
        )
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
        and _name_shaped(token.word)
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
    if run[k].word.casefold() == "trường":
        return False  # a school ("Trường Cao đẳng …"); the family name is Trương
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
            limit = 5 if run[k].folded in lexicon.ETHNIC_PREFIXES else 4
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
    return not word.endswith("trưởng") and word != "sở"  # "Phó Giám đốc Sở Đinh Văn Thuận"


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
    r"(?:^|(?<=[\s,;:(“\"]))(?:đồng chí|đ/c|ông|bà|anh|chị|cô|thầy)\s+$", re.I
)


def written_honorific_before(flat: str, start: int) -> bool:
    """Whether an honorific, as written with its marks ("chị", "anh", "cô"), comes right before
    `start`: the folded forms are other words too ("chỉ", "có")."""
    return _HONORIFIC_WRITTEN.search(flat, max(0, start - 12), start) is not None


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
            if not _name_shaped(word.word) or word.word.casefold() in lexicon.NOT_NAME_SYLLABLES:
                break
            usable.append(word)
        after = index + len(usable)
        index += max(1, len(usable))
        usable = _trim(usable, words, after, flat)  # "ông Trí Công ty": "Công" starts a noun
        if not usable or len(usable) > 4 or (len(usable) == 1 and len(usable[0].word) < 2):
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
            _name_shaped(w) and w.isalpha() and w.casefold() not in lexicon.NOT_NAME_SYLLABLES
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
    match = _HONORIFIC_BEFORE.search(folded[max(0, start - 20) : start])
    return (
        None if match is None else start - (len(folded[max(0, start - 20) : start]) - match.start())
    )


def _head_at(folded: str, at: int) -> bool:
    """Whether a title starts at `at`: ["phó"|"nguyên"] + a title word."""
    rest = folded[at : at + 40]
    for prefix in lexicon.TITLE_PREFIXES:
        if rest.startswith(prefix + " "):
            rest = rest[len(prefix) + 1 :]
            break
    return any(
        rest.startswith(head.replace("_", " ")) and not rest[len(head) : len(head) + 1].isalpha()
        for head in lexicon.TITLE_HEADS
    )


def starts_title(folded: str, at: int) -> bool:
    """Whether a title ("Phó Chủ tịch …", "Thứ trưởng …") starts at `at` of a folded text."""
    return _head_at(folded, at)


def _title_word(words: list[Token], index: int) -> bool:
    token = words[index]
    if not token.word.islower():
        return True  # capitalised words, abbreviations (LĐLĐ, UBND), numbers (khóa 13)
    if token.folded not in lexicon.TITLE_LOWER:
        return False
    following = [w.folded for w in words[index + 1 : index + 3]]
    if following and f"{token.folded}_{following[0]}" in _TITLE_STOPS:
        return False
    after = _ONLY_AFTER.get(token.folded)
    if after is not None and (index == 0 or words[index - 1].folded not in after):
        return False
    allowed = _ONLY_BEFORE.get(token.folded)
    if allowed is not None and following[:1] and following[0] not in allowed:
        return False
    if (
        token.folded == "ky"
        and following[:1] != ["thuat"]
        and (index == 0 or words[index - 1].folded not in {"thu", "nhiem"})
    ):
        return False  # "… Văn phòng Tỉnh ủy ký ban hành": to sign, past "thư ký", "nhiệm kỳ"
    if (
        token.folded == "dieu"
        and following[:1] == ["hanh"]
        and following[1:]
        and (following[1] in _MEETING_NOUNS)
    ):
        return False
    if index > 0 and (words[index - 1].folded, token.folded) in _NOUN_ENDS:
        return True  # "Lao động tỉnh" folds as "đồng tình" (agree), but is a body's name
    pair = f"{token.folded} {words[index + 1].folded}" if index + 1 < len(words) else token.folded
    return not any(pair.startswith(verb) for verb in lexicon.SPEECH_VERBS if " " in verb)


def _gap_ok(gap: str) -> bool:
    return gap == " " or gap in {"-", "&", "/", "."} or gap.strip() in {"-", "–", "&"}


def _segment_end(flat: str, folded: str, words: list[Token], first: int, stop: int) -> int:
    """Index past the last word of the title segment that starts at word `first`."""
    last = first
    index = first + 1
    while index < len(words) and words[index].start < stop:
        if not _gap_ok(flat[words[index - 1].end : words[index].start]):
            break
        if not _title_word(words, index):
            break
        last = index
        index += 1
    while last > first and words[last].folded in lexicon.TITLE_CONNECTORS:
        last -= 1
    return last + 1


def title_after(
    flat: str, folded: str, words: list[Token], end: int, stop: int
) -> tuple[int, int] | None:
    """The title written after a name ending at `end` ("- Chủ tịch ...", ", Bí thư ..., Chủ tịch
    ..."), as a (start, end) span of `flat`, stopping before `stop` (the next name)."""
    sep = re.match(r"\s*(?:[-–—,(]\s*|\s)", flat[end:])
    if not sep:
        return None
    index = next((i for i, w in enumerate(words) if w.start >= end + sep.end()), None)
    if (
        index is None
        or words[index].start != end + sep.end()
        or not _head_at(folded, words[index].start)
    ):
        return None
    span_start = words[index].start
    span_end = span_start
    while index is not None and words[index].start < stop:
        after = _segment_end(flat, folded, words, index, stop)
        span_end = words[after - 1].end
        comma = re.match(r"\s*,\s*", flat[span_end:])
        if not comma or after >= len(words) or not _head_at(folded, words[after].start):
            break
        if words[after].start != span_end + comma.end() or words[after].start >= stop:
            break
        index = after
    return span_start, span_end


def title_before(
    flat: str, folded: str, words: list[Token], start: int, floor: int
) -> tuple[int, int] | None:
    """The title written just before a name starting at `start` ("Phó Chủ tịch Tổng LĐLĐ Việt Nam
    Ngọ Duy Hiểu"), not reaching back past `floor`."""
    index = next((i for i, w in enumerate(words) if w.start >= start), len(words)) - 1
    if index < 0 or flat[words[index].end : start] != " ":
        return None
    first = None
    while index >= 0 and words[index].start >= floor:
        if not _title_word(words, index) and words[index].folded not in {"pho"}:
            break
        if _head_at(folded, words[index].start):
            first = index
        if index == 0:
            break
        gap = flat[words[index - 1].end : words[index].start]
        if not (_gap_ok(gap) or gap.strip() == ","):
            break
        index -= 1
    if first is None or words[first].word.casefold() == "trường":
        return None  # "Trường Chính trị …" is a school, not a title ("Trưởng …"), folded alike
    return words[first].start, start - 1
