"""The one matcher behind every filter box and name lookup.

A person types words; a name, a responsible body or a title matches when each typed word is the
start of a *different* word of it, diacritics optional (`nguyen d` finds Nguyễn Đình Khang, `hai`
both Hải and Hai). The People and Decisions filters, the person picker, `people --name`, `people
show` and `find_person` all ask this module, in SQL (`like_prefix`, `like_word`: wildcards in what
was typed are escaped, so `%` is a percent sign, not "anything") or in Python (`matches`).

Folding is `store.text`'s; this module decides only what counts as a match.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.text import tokens

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


def matches(typed: str | Sequence[str], text: str | Sequence[str] | None) -> bool:
    """Whether `text` (a string, or its folded words) matches what was typed (see the module)."""
    wanted = typed_words(typed) if isinstance(typed, str) else list(typed)
    if not wanted:
        return not only_marks(typed)
    if not text:
        return False
    have = tokens(text) if isinstance(text, str) else list(text)
    return words_cover(wanted, have)
