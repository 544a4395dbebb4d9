"""Vietnamese-aware text normalisation: the one place that decides when two strings are "the same".

- `fold` / `tokens` / `index_text`: the diacritic- and case-blind form every search compares
  (`Đảng đoàn` → `dang doan`), with the bodies' usual abbreviations (`ABBREVIATIONS`).
- `has_marks` / `marked_tokens`: whether text was typed with marks, and its words as typed
  (case-blind, marks and đ kept), one for each of its `tokens`.
- `clean` / `name_key`: tidy display text, and the identity of a person or organisation name,
  which KEEPS diacritics (`Hải`, `Hài` and `Hai` are three people).
- `doc_key`: the search key of a document number (`Số 249/TB-VPCP` → `249/tb-vpcp`).

Dates live in `store.dates`; the query language in `store.query`; nothing here touches the database.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ABBREVIATIONS",
    "clean",
    "doc_key",
    "fold",
    "has_marks",
    "index_text",
    "marked_tokens",
    "name_key",
    "nfc",
    "tokens",
]

_COMBINING = range(0x0300, 0x0370)
_STROKED_D = str.maketrans({"đ": "d", "Đ": "d"})
# Every character below this code point is folded by one list lookup inside `str.translate`:
# ASCII, the Latin ranges U+00C0..U+024F and U+1E00..U+1EFF (where the precomposed Vietnamese
# vowels with tones live), the combining marks, and the punctuation and symbols of U+2000..U+2FFF
# that pasted text is full of (“ ” – …). U+3000 is also where UTF-8 lead bytes reach E3, which is
# what makes "is anything past the table?" a cheap bytes test.
_TABLE_END = 0x3000
_TABLE_BYTES = bytes(range(0xE3))  # every UTF-8 byte of a character below U+3000


def nfc(text: str) -> str:
    """`text` in Unicode NFC, the form everything is stored in; the check alone is all most text
    costs (it is almost always NFC already)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """The fold of one character, done the slow way; the table holds its results."""
    if ord(ch) in _COMBINING:
        return ""
    decomposed = unicodedata.normalize("NFD", nfc(ch).casefold())
    bare = "".join(c for c in decomposed if ord(c) not in _COMBINING)
    return nfc(bare.translate(_STROKED_D))


def _build_table() -> list[int | str | None]:
    # A list, not a dict: translate looks every character up, and indexing a list is about twice
    # as fast as probing a dict. Single characters are stored as ints for the same reason.
    table: list[int | str | None] = list(range(_TABLE_END))
    # Most characters have no case, no canonical decomposition and no stroke; only the rest need
    # the slow fold, which keeps building the table to a few milliseconds.
    changing = [
        ch
        for ch in map(chr, range(_TABLE_END))
        if ch.casefold() != ch or not unicodedata.is_normalized("NFD", ch) or ch == "đ"
    ]
    for ch in changing:
        folded = _fold_char(ch)
        table[ord(ch)] = (ord(folded) if len(folded) == 1 else folded) if folded else None
    for code in _COMBINING:
        table[code] = None
    _fold_char.cache_clear()
    return table


_TABLE = _build_table()


def fold(text: str) -> str:
    """Case- and diacritic-blind form: NFC, casefold, every tone and vowel mark removed, đ → d.

    `Nguyễn Đình Khang` → `nguyen dinh khang`. Punctuation, digits and spacing are kept as they are.
    Decomposed (NFD) input folds the same as precomposed input.
    """
    folded = text.translate(_TABLE)
    if folded.isascii():
        return folded
    # Rare: characters past the table (CJK, fullwidth forms, emoji) are folded one by one, and a
    # sequence NFC composes across characters (kana + voicing mark) is composed at the end.
    if folded.encode("utf-8", "surrogatepass").translate(None, _TABLE_BYTES):
        folded = "".join(ch if ord(ch) < _TABLE_END else _fold_char(ch) for ch in folded)
    return folded if unicodedata.is_normalized("NFC", folded) else nfc(folded)


_WORD = re.compile(r"[^\W_]+")
# ASCII bytes that are not letters or digits become spaces; UTF-8 bytes of other characters are
# kept for the regex. Splitting on spaces is twice as fast as running the regex over everything.
_ASCII_WORD_BYTES = bytes(
    byte if chr(byte).isalnum() or byte >= 0x80 else 0x20 for byte in range(256)
)


def tokens(text: str) -> list[str]:
    """The folded words of `text`: maximal runs of letters and digits (`[^\\W_]+`).

    `249/TB-VPCP` → 249, tb, vpcp; `Đảng đoàn` → dang, doan.
    """
    raw = fold(text).encode("utf-8", "surrogatepass").translate(_ASCII_WORD_BYTES)
    spaced = raw.decode("utf-8", "surrogatepass")
    if spaced.isascii():
        return spaced.split()
    words: list[str] = []
    for word in spaced.split():
        # Non-ASCII punctuation (“ ” – …) still separates words: only the regex knows it.
        if word.isascii():
            words.append(word)
        else:
            words.extend(_WORD.findall(word))
    return words


def _casefolded(text: str) -> str:
    # NFC again after casefold: casefolding a composed letter can leave it decomposed.
    return nfc(nfc(text).casefold())


def has_marks(text: str) -> bool:
    """True when a letter of `text` carries a mark that `fold` removes: a tone, a vowel mark, the
    stroke of đ/Đ (`Khang` no, `Khẳng` and `Đinh` yes). Case alone is not a mark."""
    lowered = _casefolded(text)
    return fold(lowered) != lowered


# A word as `tokens` splits it, except that combining marks left over after NFC (on a letter
# with no precomposed form) stay inside the word: `fold` removes them, it does not split there.
_MARKED_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")


def marked_tokens(text: str) -> list[str] | None:
    """The words of `text` as typed: casefolded, NFC, marks and đ kept, one for each word of
    `tokens(text)` (`fold(marked[i]) == tokens(text)[i]`). `Nguyễn Đình KHANG` → nguyễn, đình,
    khang. None in the rare text whose words cannot be lined up that way: match it folded."""
    found = _MARKED_WORD.findall(_casefolded(text))
    # Folded at once, not word by word (a record's words are folded twice a save or an import
    # otherwise): folding keeps a space a space and changes no character by its neighbours
    # across one, so the words fold in their places. A word that folds to nothing is no word.
    folded = fold(" ".join(found)).split(" ") if found else []
    if len(folded) != len(found):  # a word whose fold holds a space: not lined up, as below
        return None
    words = [word for word, plain in zip(found, folded, strict=True) if plain]
    return words if [plain for plain in folded if plain] == tokens(text) else None


# Folded abbreviation token → folded expansion. Only forms that mean one thing in the minutes of
# trade-union and party bodies; `dn` (doanh nghiệp / Đà Nẵng / Đồng Nai), `cp` (Chính phủ / cổ
# phần), `bct` (Bộ Chính trị / Bộ Công Thương), `tb` (thông báo / thương binh) and `ct` (chỉ thị /
# chủ tịch / công ty) are left out because expanding them would make searches find the wrong thing.
ABBREVIATIONS: dict[str, str] = {
    # The union's own bodies, the most searched-for names in the book.
    "ldld": "lien doan lao dong",  # LĐLĐ: Liên đoàn Lao động (tỉnh, thành phố, Tổng)
    "tld": "tong lien doan",  # TLĐ: Tổng Liên đoàn
    "tldld": "tong lien doan lao dong",  # TLĐLĐ, written as one word
    "cd": "cong doan",  # CĐ: Công đoàn (cao đẳng never appears in these minutes as CĐ alone)
    "cdcs": "cong doan co so",  # CĐCS: grassroots union
    "cnvcld": "cong nhan vien chuc lao dong",  # CNVCLĐ: the union's members
    "nld": "nguoi lao dong",  # NLĐ: workers
    "ddtld": "dang doan tong lien doan",  # ĐĐTLĐ: Đảng đoàn Tổng Liên đoàn, as in 565-CV/ĐĐTLĐ
    # Committees and their standing bodies.
    "bch": "ban chap hanh",  # BCH: executive committee
    "btv": "ban thuong vu",  # BTV: standing committee
    "ubkt": "uy ban kiem tra",  # UBKT: inspection committee
    "dukdn": "dang uy khoi doanh nghiep",  # ĐUKDN: Party Committee of the Enterprise Bloc
    "dcsvn": "dang cong san viet nam",  # ĐCSVN: the Communist Party of Viet Nam
    # State bodies the minutes cite.
    "tw": "trung uong",  # TW: central, as in 02-NQ/TW
    "ubnd": "uy ban nhan dan",  # UBND: People's Committee
    "hdnd": "hoi dong nhan dan",  # HĐND: People's Council
    "mttq": "mat tran to quoc",  # MTTQ: Fatherland Front
    "ubmttq": "uy ban mat tran to quoc",  # UBMTTQ: its committee
    "dbqh": "dai bieu quoc hoi",  # ĐBQH: National Assembly deputy
    "ubtvqh": "uy ban thuong vu quoc hoi",  # UBTVQH: NA Standing Committee
    "vpcp": "van phong chinh phu",  # VPCP: Government Office, as in 249/TB-VPCP
    "ttg": "thu tuong",  # TTg: Prime Minister, as in QĐ-TTg
    "ldtbxh": "lao dong thuong binh va xa hoi",  # LĐTBXH: the labour ministry, written as one word
    # Places.
    "tp": "thanh pho",  # TP: city, as in TP Hồ Chí Minh
    "tphcm": "thanh pho ho chi minh",  # TPHCM / TP.HCM written as one word
    "hcm": "ho chi minh",  # HCM, as in TP.HCM
    "vn": "viet nam",  # VN
    # Document kinds: the symbol in a document number.
    "nq": "nghi quyet",  # NQ: resolution
    "qd": "quyet dinh",  # QĐ: decision
    "cv": "cong van",  # CV: official letter
    "kl": "ket luan",  # KL: conclusion
}


# (abbreviation, " expansion ") pairs, for finding a spelled-out name inside a word list.
_SPELLED_OUT = [(abbr, f" {full} ") for abbr, full in ABBREVIATIONS.items()]


def index_text(*parts: str | None) -> str:
    """The searchable words of a record: its tokens, then the expansion of each abbreviation in it.

    `index_text("Tổng LĐLĐ Việt Nam")` → `tong ldld viet nam lien doan lao dong`, so both `ldld` and
    `lien doan lao dong` find it; a name spelled out gains its abbreviation the same way. Parts
    that are None are skipped.
    """
    # One pass over all the parts joined by a space (a word boundary) costs a third of one pass
    # per part: a record has dozens of short parts (names, titles) and a long one (the notes).
    words = tokens(" ".join(part for part in parts if part))
    # The set intersection runs in C over every word; only the few hits are ordered, by first
    # appearance, so the output is stable.
    found = sorted(ABBREVIATIONS.keys() & words, key=words.index)
    extra = dict.fromkeys(ABBREVIATIONS[word] for word in found)
    # And the other way round: a name written in full is found by its abbreviation too, so
    # `org:ldld` finds "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam".
    body = " " + " ".join(words) + " "
    extra.update(dict.fromkeys(abbr for abbr, full in _SPELLED_OUT if full in body))
    return " ".join([*words, *(word for word in extra if word not in found)])


# Between the words of two parts of a record in its search word lists (`store.rows.search_body`):
# no word holds an underscore (`tokens` splits there), so no query holds this one, and SQLite's
# word indexes keep it as a token of their own (`_` is a word character to both since 0015): no
# phrase runs from the end of one part into the start of the next. ASCII, as the folded words
# are, so the lists stay ASCII strings in Python: half the cost of reading and testing them.
PART = "_"
# Before each word of a chair's name, in a part of the word lists of its own for each chair
# (`store.rows.search_body`): `chair:khang` with free words is then one more word for the words'
# index, `_c_khang`, read in the book's order with the others, instead of every meeting the
# chairs named Khang chaired read one by one. Underscores again: no query word holds one.
CHAIR = "_c_"


def index_parts(*parts: str | None) -> str:
    """`index_text` with the parts kept apart: each part's words, PART between two parts, and
    each abbreviation's expansion (or spelled-out name's abbreviation) a part of its own at the
    end. `index_parts("Tổng LĐLĐ", "Việt Nam")` → `tong ldld _ viet nam _ lien doan lao dong _ vn`.
    A part without words leaves no trace."""
    lists = [words for part in parts if part and (words := tokens(part))]
    if not lists:
        return ""
    words = [word for listed in lists for word in listed]
    found = sorted(ABBREVIATIONS.keys() & words, key=words.index)
    extra = dict.fromkeys(ABBREVIATIONS[word] for word in found)
    # A name spelled out within one part: " lien doan lao dong " cannot match across " PART ".
    joined = f" {PART} ".join(" ".join(listed) for listed in lists)
    wrapped = f" {joined} "
    extra.update(dict.fromkeys(abbr for abbr, full in _SPELLED_OUT if full in wrapped))
    return f" {PART} ".join([joined, *(words for words in extra if words not in found)])


def clean(text: str) -> str:
    """Display form of a name, title or place: NFC, trimmed, inner whitespace runs → one space."""
    return " ".join(nfc(text).split())


def name_key(name: str) -> str:
    """Identity of a person or organisation name: `clean`, then casefold. Diacritics are kept."""
    return nfc(clean(name).casefold())


# "Số 249/TB-VPCP", "số: 02-NQ/TW": the word "số" (number) is how the text cites, not the number.
_LEADING_SO = re.compile(r"^so(?:\s*[:.]\s*|\s+)")


def doc_key(number: str) -> str:
    """Search key of a document number: folded, no whitespace, no leading "số". `565-CV/ĐĐTLĐ` →
    `565-cv/ddtld`."""
    folded = _LEADING_SO.sub("", fold(number).strip())
    return "".join(folded.split())


def one_slip(typed: str, known: str) -> bool:
    """Whether `typed` is `known` with one slip of the fingers: a letter wrong, missing, extra,
    or two swapped (`chiar`, `ngya`). A looser likeness named `tochuc:` for `chuc:` (a title,
    chức), which no one meant."""
    if typed == known or abs(len(typed) - len(known)) > 1:
        return False
    if len(typed) == len(known):
        apart = [i for i, (a, b) in enumerate(zip(typed, known, strict=True)) if a != b]
        swapped = len(apart) == 2 and apart[1] == apart[0] + 1 and (
            typed[apart[0]] == known[apart[1]] and typed[apart[1]] == known[apart[0]])  # fmt: skip
        return len(apart) == 1 or swapped
    short, long = sorted((typed, known), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
