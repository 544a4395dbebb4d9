"""Vietnamese alphabetical order, and the order of Vietnamese name lists.

`vietnamese_key(text)` sorts any text as a Vietnamese dictionary does: letter by letter in the
Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y), the tone marks
only breaking ties between texts with the same letters (unmarked < huyền < hỏi < ngã < sắc < nặng),
then lower case before upper case. This is the Unicode CLDR collation for Vietnamese
(common/collation/vi.xml, "standard": `&̀<<̉<<̃<<́<<̣`, `&a<ă<â`, `&d<đ`, `&e<ê`, `&o<ô<ơ`,
`&u<ư`: letters at the primary level, tones at the secondary), the order Vietnamese
dictionaries list words in (a, à, ả, ã, á, ạ, ă, ...). Code-point order, which the databases
use, puts Đ after Z and Ă after Z as well, so the store sorts names in Python with this key.

`name_order_key(name)` is the order of a Vietnamese list of people (class lists, delegate lists,
directories): by the given name (the last word), then the middle names, then the family name,
each word in the order above; `Trần Văn An` comes before `Lê Thị Bình`. `PEOPLE_ORDERS` names the
two orders a face offers (`name`: this one; `full`: the whole name as written, the order
organisations are listed in), and `sort_people` applies one of them.

Only ordering lives here: no database, no matching (that is `store.match`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, Protocol, TypeVar

__all__ = [
    "PEOPLE_ORDERS",
    "name_order_key",
    "sort_people",
    "vietnamese_key",
]

# The 29 letters of the Vietnamese alphabet, with f, j, w and z (in foreign names) where the
# Latin alphabet has them.
ALPHABET = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
)  # fmt: skip
# The marks that make another letter (ă â ê ô ơ ư), as NFD writes them: breve, circumflex, horn.
_LETTER_MARKS = frozenset("\u0306\u0302\u031b")
# The tones in dictionary order; no mark (ngang) is 0: huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LETTER_BASE = 0x110000  # above every code point: a letter sorts after digits and punctuation
_RANK = {letter: _LETTER_BASE + rank for rank, letter in enumerate(ALPHABET)}
_OTHER_LETTER = _LETTER_BASE + len(ALPHABET)  # other scripts' letters: after ours, by code point

Key = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]

PEOPLE_ORDERS = ("name", "full")


def _characters(text: str) -> list[tuple[str, str]]:
    """Each character of `text` as (letter, its tone mark or ""), after NFD: `ặ` → (`ă`, nặng)."""
    found: list[tuple[str, str]] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and found:
            letter, tone = found[-1]
            if ch in _LETTER_MARKS:
                found[-1] = (letter + ch, tone)
            elif ch in _TONES and not tone:
                found[-1] = (letter, ch)
            # Other marks (from other languages) do not change the order.
            continue
        found.append((ch, ""))
    return found


@lru_cache(maxsize=65536)  # names share their words (Nguyễn, Văn, Thị): each is keyed once
def vietnamese_key(text: str) -> Key:
    """The sort key of `text` in Vietnamese alphabetical order (see the module): letters, then
    tones, then case; whitespace runs count as one space, so `An  Bình` sorts as `An Bình`."""
    letters: list[int] = []
    tones: list[int] = []
    cases: list[int] = []
    for letter, tone in _characters(" ".join(text.split())):
        lower = unicodedata.normalize("NFC", letter.lower())
        rank = _RANK.get(lower)
        if rank is None:
            rank = _OTHER_LETTER + ord(lower[0]) if lower[0].isalpha() else ord(lower[0])
        letters.append(rank)
        tones.append(_TONES.get(tone, 0))
        cases.append(0 if letter == letter.lower() else 1)
    return tuple(letters), tuple(tones), tuple(cases)


def name_order_key(name: str) -> tuple[Key, tuple[Key, ...], Key, Key]:
    """The place of a person's `name` in a Vietnamese list of people: the given name (the last
    word), then the middle names in order, then the family name (the first word); the whole
    name as written breaks what ties remain. A one-word name is its given name."""
    words = name.split()
    if not words:
        return vietnamese_key(""), (), vietnamese_key(""), vietnamese_key("")
    given = words[-1]
    family = words[0] if len(words) > 1 else ""
    middle = tuple(vietnamese_key(word) for word in words[1:-1])
    return vietnamese_key(given), middle, vietnamese_key(family), vietnamese_key(name)


class _Named(Protocol):
    @property
    def name(self) -> str: ...


Named = TypeVar("Named", bound=_Named)


def _order_key(order: str) -> Callable[[str], Any]:
    if order == "name":
        return name_order_key
    if order == "full":
        return vietnamese_key
    raise ValueError(f"unknown order {order!r}; use {' or '.join(PEOPLE_ORDERS)}")


def sort_people(people: Iterable[Named], order: str = "name") -> list[Named]:
    """`people` (anything with a `name`) in `order`: `name` (given name first, as Vietnamese
    lists are) or `full` (the whole name as written); the name as stored breaks exact ties."""
    key = _order_key(order)
    return sorted(people, key=lambda person: (key(person.name), person.name))
