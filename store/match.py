"""The one matcher behind every filter box and name lookup.

A person types words; a name, a responsible body or a title matches when each typed word is the
start of a *different* word of it, diacritics optional (`nguyen d` finds Nguyễn Đình Khang, `hai`
both Hải and Hai). Marks typed are marks meant, as in the query language: when what was typed
holds any mark (đ included), each word must start a word with those marks (`Hải` is not Hài,
`Khang` beside `Đình` is not khẳng). The People and Decisions filters, the person picker,
`people --name`, `people show` and `find_person` all ask this module, in SQL (`like_prefix`,
`like_word`: wildcards in what was typed are escaped, so `%` is a percent sign, not "anything")
or in Python (`matches`, `marks_agree`).

Folding is `store.text`'s; this module decides only what counts as a match.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.text import ABBREVIATIONS, fold, has_marks, marked_tokens, tokens

# The escape character of every LIKE pattern made here (pass it as `escape=` to `.like()`).
LIKE_ESCAPE = "\\"


def typed_words(text: str | None) -> list[str]:
    """The folded words a person typed, each once, in the order typed."""
    return list(dict.fromkeys(tokens(text or "")))


def only_marks(typed: str | Sequence[str]) -> bool:
    """Something was typed, but no word in it (`%`, `-`): it matches no name at all."""
    return isinstance(typed, str) and bool(typed.strip()) and not typed_words(typed)


def like_escaped(word: str) -> str:
    """`word` with LIKE's wildcards made literal."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_prefix(word: str) -> str:
    """A LIKE pattern for a key of folded words between single spaces: a word starting `word`."""
    return f"% {like_escaped(word)}%"


def like_word(word: str) -> str:
    """A LIKE pattern for a key of folded words between single spaces: the whole word `word`."""
    return f"% {like_escaped(word)} %"


def words_cover(typed: Sequence[str], words: Sequence[str]) -> bool:
    """Can each typed word be the start of a different word of `words`? (Small backtracking.)"""
    if not typed:
        return True
    first, rest = typed[0], typed[1:]
    for i, word in enumerate(words):
        if word.startswith(first) and words_cover(rest, [*words[:i], *words[i + 1 :]]):
            return True
    return False


def typed_marked(typed: str | None) -> list[str] | None:
    """The words as typed with their marks (casefolded), when any carries a mark; else None.
    Abbreviations (LĐLĐ, BCH) are left out: they stand for words spelled otherwise."""
    if not typed or not has_marks(typed):
        return None
    words = marked_tokens(typed)
    if words is None:
        return None
    return [word for word in dict.fromkeys(words) if fold(word) not in ABBREVIATIONS]


def marks_agree(typed: str | None, text: str | None) -> bool:
    """Each word typed with marks starts a different word of `text` with the same marks (True
    when nothing was typed with marks, or `text`'s words cannot be lined up with their marks)."""
    marked = typed_marked(typed)
    if not marked:
        return True
    have = marked_tokens(text or "")
    return have is None or words_cover(marked, have)


def matches(typed: str | Sequence[str], text: str | Sequence[str] | None) -> bool:
    """Whether `text` (a string, or its folded words) matches what was typed (see the module).
    Marks are checked when both are strings; folded words carry none."""
    wanted = typed_words(typed) if isinstance(typed, str) else list(typed)
    if not wanted:
        return not only_marks(typed)
    if not text:
        return False
    have = tokens(text) if isinstance(text, str) else list(text)
    if not words_cover(wanted, have):
        return False
    return not (isinstance(typed, str) and isinstance(text, str)) or marks_agree(typed, text)
