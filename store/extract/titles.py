"""The titles (chức danh) written beside a name, found in one sentence.

A title starts with a title word, after "Phó" or "Nguyên" if any ("Phó Chủ tịch", "Bí thư",
"Trưởng Ban", "Thứ trưởng", ...), and runs on over capitalised words, abbreviations, numbers and
the lowercase syllables of titles and bodies ("Liên đoàn Lao động tỉnh") until a verb or a word
pair that ends it ("chủ trì", "tham dự"). `title_after` reads one written after a name
("Nguyễn Đình Khang - Chủ tịch …", several joined by commas), `title_before` one written before
it ("Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu"); `starts_title` says whether one starts at a
place. The names themselves are found by `names`.
"""

from __future__ import annotations

import re

from store.extract import lexicon
from store.extract.names import NameSpan, Token, name_shaped

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
        "thong_qua",  # "…, Phó Bí thư Chi bộ thông qua báo cáo": the verb after the title
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
# ... and these only in lowercase ("điều hành đối thoại", "diễn đàn", "giao ban", "lễ"; not "Ban
# điều hành Đội …", a body's name).
_MEETING_NOUNS_LOWER = frozenset({"doi", "dien", "giao", "le"})


# ["phó"|"nguyên"|…] + a title word, ending at a word's end: one pattern, not a loop over the heads
# (asked of almost every word of a sentence).
_HEAD = re.compile(
    r"(?:(?:"
    + "|".join(sorted(lexicon.TITLE_PREFIXES))
    + r") )?(?:"
    + "|".join(re.escape(head.replace("_", " ")) for head in lexicon.TITLE_HEADS)
    + r")(?![^\W\d_])"
)


def _head_at(folded: str, at: int) -> bool:
    """Whether a title starts at `at`: ["phó"|"nguyên"] + a title word."""
    return _HEAD.match(folded, at) is not None


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
        and (
            following[1] in _MEETING_NOUNS
            or (following[1] in _MEETING_NOUNS_LOWER and words[index + 2].word.islower())
        )
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
    if "(" in sep.group():
        span_end = _to_bracket(flat, span_end, stop)
    return span_start, span_end


def _to_bracket(flat: str, span_end: int, stop: int) -> int:
    """ "A (Chủ tịch Công đoàn Công ty TNHH May mặc Hồng Hà) phản ánh …": a title opened by a
    bracket runs to the bracket's close, past words no title list holds."""
    close = flat.find(")", span_end, min(stop, span_end + 160))
    if close < 0 or any(mark in flat[span_end:close] for mark in "(;:"):
        return span_end
    return span_end + len(flat[span_end:close].rstrip(" ,."))


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


def given_after_office(
    flat: str, folded: str, words: list[Token], found: list[NameSpan], tails: frozenset[str]
) -> list[NameSpan]:
    """ "Kết luận, Chủ tịch Hạnh Phúc yêu cầu …": an office alone ("Chủ tịch", "Phó Giám đốc")
    before the last one or two words of a name met before, then a lowercase word, names that
    person by the given name (`tails`: the folded last words of the names met). An office with
    its body ("Bí thư Tỉnh ủy Thái Bình") names a place after it, not a person."""
    spans: list[NameSpan] = []
    taken = [(n.start, n.end) for n in found]
    for index, token in enumerate(words):
        if index == 0 or not token.word[:1].isupper():
            continue
        run = 1 if token.folded in tails else 0
        if index + 1 < len(words) and f"{token.folded} {words[index + 1].folded}" in tails:
            run = 2
        if not run:
            continue
        last = words[index + run - 1]
        after = words[index + run] if index + run < len(words) else None
        if after is not None and (after.word[:1].isupper() or after.start != last.end + 1):
            continue  # a capital goes on: a longer name or a body's name, not a given name
        if any(start < last.end and token.start < end for start, end in taken):
            continue
        if not all(name_shaped(w.word) for w in words[index : index + run]):
            continue
        head = _office_before(folded, words, index)
        if head is not None:
            spans.append(NameSpan(token.start, last.end, flat[token.start : last.end], True))
    return spans


def _office_before(folded: str, words: list[Token], index: int) -> int | None:
    """Where an office of one to three words, with no body, ends right before word `index`."""
    for size in (3, 2, 1):
        first = index - size
        if first < 0 or words[index - 1].end + 1 != words[index].start:
            continue
        span = folded[words[first].start : words[index - 1].end]
        if _HEAD.fullmatch(span) and (first == 0 or not words[first - 1].word[:1].isupper()):
            return words[first].start
    return None
