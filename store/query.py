"""The one query language of the book, shared by the command line and the TUI search box.

A query is whitespace-separated items; each is a free word or `field:value`, and a free word or a
value may be a double-quoted phrase:

    "hội nghị" ký kết person:"nguyen dinh khang" chair:khang date:2024-01..2024-06 doc:249/TB-VPCP

Fields (names case- and diacritic-blind; Vietnamese aliases in brackets):
`person` [nguoi], `chair` [chutri], `org` [donvi, tochuc], `place` [diadiem], `kind` [loai],
`doc` [vanban], `date` [ngay], `status` [trangthai] (draft, final, approved, locked). An item is
a field only when the part before the colon is letters, so `14:00` and URLs are free words. A free
word with no letters or digits (`-`, `&`) is ignored.

Text is matched on folded words (`store.text.tokens`), so case never matters, and marks matter
only where they were typed. Marks are decided per part of the query: each field value is a part,
each quoted phrase is a part, and all the unquoted free words together are one part. In a part
typed with any mark (đ included), every word means what was typed (`Nguyễn Đình Khang`: khang,
never khẳng); `TextMatch.marked` holds those words. A part typed without marks matches any marks.
Free words that say a period are a date, not words, so their marks do not count for the others
(`khang quý 1/2024` matches khẳng as `khang q1/2024` does).

Free words may say a period, which becomes a date condition as `date:` does: `quý 2/2024`,
`q2/2024`, `tháng 5/2022`, `tháng 5 năm 2022`, `năm 2023`. `nam` is a date word only before a
four-digit year and not after viet/ha/quang/mien (Việt Nam 2024); in a part typed with marks only
`năm`, `tháng` and `quý` are. A bare `tháng 5` stays two words. Quoted, they are words again.

The last item, when unquoted and not followed by whitespace, is still being typed: its last word
matches as a prefix (`khan` finds Khang) once it has two letters or more.

`query_from_arguments` turns a command line's arguments back into query text, keeping what the
shell's quotes grouped; `arguments_apart` gives the words of each phrase argument apart. This
module only parses; `store.search` turns a `Query` into SQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from store.dates import DateError, parse_date_range
from store.i18n import _, current_language
from store.text import doc_key, fold, has_marks, marked_tokens, nfc, one_slip, tokens
from store.vocabulary import MEETING_STATUS_WORDS, MEETING_STATUSES, QUERY_EXAMPLES

__all__ = [
    "FIELDS",
    "Query",
    "QueryError",
    "TextMatch",
    "arguments_apart",
    "parse_query",
    "query_from_arguments",
]

FIELDS = ("person", "chair", "org", "place", "kind", "doc", "date", "status")
_ALIASES: dict[str, str] = {name: name for name in FIELDS} | {
    "nguoi": "person",
    "chutri": "chair",
    "donvi": "org",
    "tochuc": "org",
    "diadiem": "place",
    "loai": "kind",
    "vanban": "doc",
    "ngay": "date",
    "trangthai": "status",
}
# What `status:` accepts: the record's words for a status, without spaces (`status:"du thao"`
# or `status:duthao`), one vocabulary for both.
_STATUS_WORDS = {word.replace(" ", ""): code for word, code in MEETING_STATUS_WORDS.items()}


def _field_list() -> str:
    """The fields as the interface's language names them (`nguoi:` ... in Vietnamese)."""
    vietnamese = current_language() == "vi"
    names = [next(a for a, f in _ALIASES.items() if f == field and (a != f) == vietnamese)
             for field in FIELDS]  # fmt: skip
    return ", ".join(f"{name}:" for name in names)


class QueryError(ValueError):
    """A query that cannot be read; the message is one line saying what is wrong and what works."""


@dataclass(frozen=True)
class TextMatch:
    """Folded words that must all be found; as a phrase, consecutively.

    `marked` is None when the words match any marks (their part of the query was typed without
    any), else the words as typed, one for each token (`fold(marked[i]) == tokens[i]`):
    casefolded, NFC, marks and đ kept, to be matched with exactly those marks.
    """

    tokens: tuple[str, ...]
    phrase: bool = False  # came from quotes (or one word that folds to several): consecutive
    prefix: bool = False  # the last token matches as a prefix (search as you type)
    marked: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Query:
    """A parsed query: every condition must hold."""

    text: tuple[TextMatch, ...] = ()
    person: tuple[TextMatch, ...] = ()
    chair: tuple[TextMatch, ...] = ()
    org: tuple[TextMatch, ...] = ()
    place: tuple[TextMatch, ...] = ()
    kind: tuple[TextMatch, ...] = ()
    doc: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    # One tuple of accepted statuses per `status:` item (several while its word is being typed).
    status: tuple[tuple[str, ...], ...] = ()

    def is_empty(self) -> bool:
        """True when the query matches every meeting."""
        return self == Query()

    def describe(self) -> str:
        """One human line: `words ~ hoi nghi, ky; person ~ nguyen dinh khang; date 2024-01-01..`."""
        words = _("words")
        parts = [f"{words} ~ {', '.join(map(_describe, self.text))}"] if self.text else []
        for name in ("person", "chair", "org", "place", "kind"):
            matches: tuple[TextMatch, ...] = getattr(self, name)
            parts.extend(f"{name} ~ {_describe(match)}" for match in matches)
        parts.extend(f"doc = {key}" for key in self.doc)
        parts.extend(f"status = {' or '.join(codes)}" for codes in self.status)
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else ""
            end = self.date_to.isoformat() if self.date_to else ""
            parts.append(f"date {start}..{end}")
        return "; ".join(parts) if parts else _("all meetings")


def _describe(match: TextMatch) -> str:
    # The words as typed when their marks count, so "no meetings match" shows what was asked;
    # "…" marks the word still being typed, which matches as a prefix.
    return " ".join(match.marked or match.tokens) + ("…" if match.prefix else "")


@dataclass
class _Item:
    """One whitespace-separated item as typed: optional field name, value, whether quoted."""

    source: str
    key: str | None  # the field's canonical name; None for a free word
    value: str
    quoted: bool


@dataclass
class _Builder:
    text: list[TextMatch] = field(default_factory=list)
    person: list[TextMatch] = field(default_factory=list)
    chair: list[TextMatch] = field(default_factory=list)
    org: list[TextMatch] = field(default_factory=list)
    place: list[TextMatch] = field(default_factory=list)
    kind: list[TextMatch] = field(default_factory=list)
    doc: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    status: list[tuple[str, ...]] = field(default_factory=list)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _split_items(text: str, typing: bool = False) -> list[tuple[str, list[tuple[str, bool]]]]:
    """Items as (source, segments), each segment (text, quoted); quotes may start mid-item.
    `typing`: a quote left open holds the phrase still being typed, up to the end."""
    items: list[tuple[str, list[tuple[str, bool]]]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start, segments = i, []
        while i < n and not text[i].isspace():
            if text[i] == '"':
                close = text.find('"', i + 1)
                if close < 0 and typing:
                    if any(c.isalnum() for c in text[i + 1 :]):
                        segments.append((text[i + 1 :], True))
                    i = n
                    break
                if close < 0:
                    said = _(
                        'unclosed quote in {typed!r}; end it with "', typed=_one_line(text[i:])
                    )
                    raise QueryError(said)
                segments.append((text[i + 1 : close], True))
                i = close + 1
            else:
                j = i
                while j < n and not text[j].isspace() and text[j] != '"':
                    j += 1
                segments.append((text[i:j], False))
                i = j
        if segments:
            items.append((text[start:i], segments))
    return items


def _field_name(first: str) -> tuple[str, str] | None:
    """(name, value) when `first` reads as `name:value`, else None."""
    name, colon, rest = first.partition(":")
    # Only letters before the colon make a field: 14:00 and 249:2024 stay words; "//" after
    # the colon is a URL (https://...), not a field either.
    if not colon or not name.isalpha() or rest.startswith("//"):
        return None
    return name, rest


def _to_item(source: str, segments: list[tuple[str, bool]]) -> _Item:
    first, first_quoted = segments[0]
    named = None if first_quoted else _field_name(first)
    if named is None:
        value = "".join(text for text, _ in segments)
        return _Item(source, None, value, any(quoted for _, quoted in segments))
    name, rest = named
    key = _ALIASES.get(fold(name))
    if key is None:
        # A typo of one (`chiar:`) is named: the list alone left a newcomer to find it there.
        near = [alias for alias in _ALIASES if one_slip(fold(name), alias)]
        if near:
            raise QueryError(_("unknown field {name!r}: did you mean {near}:? Fields: {fields}",
                               name=name, near=near[0], fields=_field_list()))  # fmt: skip
        raise QueryError(_("unknown field {name!r}; use {fields}", name=name, fields=_field_list()))
    tail = segments[1:]
    value = rest + "".join(text for text, _ in tail)
    return _Item(source, key, value, any(quoted for _, quoted in tail))


MIN_PREFIX = 2  # letters typed before the last word matches as a prefix


def _text_match(item: _Item, words: tuple[str, ...], prefix: bool, marks: bool) -> TextMatch:
    # Quotes, or one typed word that folds to several (249/TB-VPCP), ask for the words in order.
    # A single letter is not yet a prefix worth searching for: "n" would match most of the
    # book's words and cost the most of any query, for nothing a person wants.
    prefix = prefix and len(words[-1]) >= MIN_PREFIX
    typed = marked_tokens(item.value) if marks else None
    # Words that cannot be lined up with their folds match folded: too many results, never a
    # right one missed.
    marked = tuple(typed) if typed is not None else None
    return TextMatch(words, phrase=item.quoted or len(words) > 1, prefix=prefix, marked=marked)


def _is_free_word(item: _Item) -> bool:
    """An unquoted free word: one of the words that make the query's one part of free words."""
    return item.key is None and not item.quoted


# The words that say a period, folded and (for a part typed with marks) as typed.
_PERIOD_WORDS = {"quy": "quarter", "thang": "month", "nam": "year"}
_PERIOD_WORDS_MARKED = {"quý": "quarter", "tháng": "month", "năm": "year"}
# "nam" after these is a place (Việt Nam, Hà Nam, Quảng Nam, miền Nam), not "năm" (year).
_PLACES_BEFORE_NAM = frozenset({"viet", "ha", "quang", "mien"})
_YEAR = re.compile(r"[0-9]{4}")
_NUMBER = {"month": re.compile(r"[0-9]{1,2}"), "quarter": re.compile(r"[0-9]|i{1,3}|iv")}
_NUMBER_YEAR = {
    kind: re.compile(rf"(?:{number.pattern})[/.-][0-9]{{4}}") for kind, number in _NUMBER.items()
}
_Q_YEAR = re.compile(r"q[0-9][/.-][0-9]{4}")


def _period_length(words: Sequence[str], marks: bool, before: str | None) -> int:
    """How many of `words` (free words, in order) say one period from their first: `q2/2024`
    is 1, `quý 2/2024` and `năm 2023` are 2, `tháng 5 năm 2022` is 4; 0 when they say none.

    With `marks`, the period words count only as typed with theirs (`Việt Nam 2024` is no year).
    `before` is the word before the first, which can make "nam" a place."""
    said = [nfc(word.casefold()) if marks else fold(word) for word in words]
    spoken = _PERIOD_WORDS_MARKED if marks else _PERIOD_WORDS
    kind = spoken.get(said[0])
    if kind is None:
        return 1 if _Q_YEAR.fullmatch(said[0]) else 0
    if kind == "year":
        place = before is not None and fold(before) in _PLACES_BEFORE_NAM
        return 2 if len(said) > 1 and _YEAR.fullmatch(said[1]) and not place else 0
    if len(said) > 1 and _NUMBER_YEAR[kind].fullmatch(said[1]):
        return 2
    # A bare "tháng 5" is two words: which year it means would be a guess.
    if len(said) > 3 and _NUMBER[kind].fullmatch(said[1]) and spoken.get(said[2]) == "year":
        return 4 if _YEAR.fullmatch(said[3]) else 0
    return 0


def _spoken_period(items: list[_Item], index: int, free_marks: bool) -> int:
    """How many items from `index` say one period to add as a date condition (0: none)."""
    item = items[index]
    following = []
    for next_item in items[index + 1 : index + 4]:
        if not _is_free_word(next_item):
            break
        following.append(next_item.value)
    if _is_free_word(item):
        previous = items[index - 1] if index else None
        before = previous.value if previous and _is_free_word(previous) else None
        return _period_length([item.value, *following], free_marks, before)
    if item.key == "date" and not item.quoted:
        # `date:quý 2/2024` typed without quotes: the words after the field finish its value.
        taken = _period_length([item.value, *following], False, None)
        return taken if taken > 1 else 0
    return 0


def _free_words_marked(items: list[_Item]) -> bool:
    """Whether the free words that stay words carry a mark. The words saying a period become a
    date condition, so their marks (quý, tháng, năm) say nothing of how the others match:
    `khang quý 1/2024` is `khang` in that quarter, khẳng as well, as `khang q1/2024` is."""
    index = 0
    while index < len(items):
        # Read as a part typed with marks: only the marked period words (and q1/2024) are a date,
        # so `Việt Nam 2024` keeps its marks and `Nam` stays a name.
        taken = _spoken_period(items, index, True)
        if taken:
            index += taken
            continue
        if _is_free_word(items[index]) and has_marks(items[index].value):
            return True
        index += 1
    return False


def _add_date(builder: _Builder, item: _Item) -> None:
    try:
        start, end = parse_date_range(item.value)
    except DateError as error:
        raise QueryError(f"{_one_line(item.source)}: {error}") from None
    if start and (builder.date_from is None or start > builder.date_from):
        builder.date_from = start
    if end and (builder.date_to is None or end < builder.date_to):
        builder.date_to = end
    if builder.date_from and builder.date_to and builder.date_from > builder.date_to:
        raise QueryError(
            _(
                "{item} does not overlap the other date: items; nothing could match",
                item=_one_line(item.source),
            )
        )


def _add_status(builder: _Builder, item: _Item, prefix: bool) -> None:
    typed = "".join(tokens(item.value))
    code = _STATUS_WORDS.get(typed)
    # While the word is being typed (`status:dr`), every status it can still become matches, so
    # the search box shows results instead of an error at each key.
    codes = (code,) if code else ()
    if not codes and prefix and typed:
        codes = tuple(dict.fromkeys(c for w, c in _STATUS_WORDS.items() if w.startswith(typed)))
    if not codes:
        raise QueryError(
            _(
                "{item}: unknown status; use {codes}",
                item=_one_line(item.source),
                codes=", ".join(MEETING_STATUSES),
            )
        )
    builder.status.append(codes)


def _add(builder: _Builder, item: _Item, prefix: bool, free_marks: bool) -> None:
    words = tuple(tokens(item.value))
    # Free words share one part, so one mark among them counts for all; a field's value and a
    # quoted phrase are parts of their own.
    marks = free_marks if _is_free_word(item) else has_marks(item.value)
    if item.key is None:
        # A stray "-" or "&" between words is not worth an error while typing: skip it.
        if words:
            builder.text.append(_text_match(item, words, prefix, marks))
        return
    if not item.value and not item.quoted:
        example = _(QUERY_EXAMPLES[item.key])
        raise QueryError(
            _("{item} has no value; e.g. {example}", item=_one_line(item.source), example=example)
        )
    if item.key == "date":
        _add_date(builder, item)
        return
    if item.key == "status":
        _add_status(builder, item, prefix)
        return
    if not words:
        raise QueryError(
            _(
                "{item} has no letters or digits to search for; e.g. {example}",
                item=_one_line(item.source),
                example=_(QUERY_EXAMPLES[item.key]),
            )
        )
    if item.key == "doc":
        builder.doc.append(doc_key(item.value))
    else:
        matches: list[TextMatch] = getattr(builder, item.key)
        matches.append(_text_match(item, words, prefix, marks))


def parse_query(text: str, *, typing: bool = False) -> Query:
    """Parse a query as typed; raise QueryError (one line) when it cannot be read.

    `typing`: the text is a search box's, searched at each key. A quote not yet closed then
    holds the phrase being typed (`"ky ke` is the phrase `ky ke*`), where a command's query,
    given whole, is refused for it.
    """
    split = _split_items(text, typing)
    items = [_to_item(source, segments) for source, segments in split]
    open_quote = typing and bool(split) and text.count('"') % 2 == 1
    # The user is still typing the last item unless they ended it with a space or a quote.
    ended = not text or text[-1].isspace() or text[-1] == '"'
    typing = bool(items) and not ended and (open_quote or not items[-1].quoted)
    free_marks = _free_words_marked(items)
    builder = _Builder()
    index = 0
    while index < len(items):
        taken = _spoken_period(items, index, free_marks)
        if taken:
            said = items[index : index + taken]
            source = " ".join(one.source for one in said)
            value = " ".join(one.value for one in said)
            _add_date(builder, _Item(source, "date", value, quoted=False))
            index += taken
            continue
        _add(builder, items[index], typing and index == len(items) - 1, free_marks)
        index += 1
    return Query(
        text=tuple(builder.text),
        person=tuple(builder.person),
        chair=tuple(builder.chair),
        org=tuple(builder.org),
        place=tuple(builder.place),
        kind=tuple(builder.kind),
        doc=tuple(builder.doc),
        date_from=builder.date_from,
        date_to=builder.date_to,
        status=tuple(builder.status),
    )


def _is_known_field(word: str) -> bool:
    named = _field_name(word)
    return named is not None and fold(named[0]) in _ALIASES


def _argument(text: str) -> str:
    """One command-line argument as query text: what the shell's quotes grouped stays one."""
    words = text.split()
    # Still holding a quote, the argument was quoted for the query itself ('"ky ket"'); holding
    # a field after its first word, it is a whole query in one argument ("chair:khang date:2024").
    if '"' in text or len(words) < 2 or any(map(_is_known_field, words[1:])):
        return text
    named = _field_name(words[0])
    if named is None:
        # `search "quý 2/2024"`: quoted for the shell, a period is still the date it says.
        if _period_length(words, has_marks(text), None) == len(words):
            return text
        return f'"{text}"'
    if fold(named[0]) not in _ALIASES:
        return text  # an unknown field: the parser names it, rather than search its words
    name, _, value = text.lstrip().partition(":")
    return f'{name}:"{value}"'


def arguments_apart(arguments: Sequence[str]) -> list[str] | None:
    """`arguments` with each one `query_from_arguments` reads as a phrase (`search "khang quý
    1/2024"`) split into its words; None when none is read so. What the person may have meant
    when the phrase finds nothing."""
    apart: list[str] = []
    for argument in arguments:
        phrase = argument.strip() and _argument(argument) == f'"{argument}"'
        inner = argument.strip()[1:-1]  # quotes typed inside the shell's: '"ky ket"'
        alone = argument.strip() == f'"{inner}"' and '"' not in inner
        if not phrase and alone and len(inner.split()) > 1:
            phrase, argument = True, inner
        apart.extend(argument.split() if phrase else [argument])
    return apart if apart != list(arguments) else None


def query_from_arguments(arguments: Sequence[str]) -> str:
    """Query text for a command line's arguments, keeping what the shell's quotes grouped.

    The shell takes the quotes off: `search "ky ket"` arrives as the one argument `ky ket`, and
    `chair:"nguyen dinh khang"` as `chair:nguyen dinh khang`. An argument holding whitespace is
    quoted again: one phrase, or one field's value when it starts with `field:`. An argument
    that still holds a quote, holds a whole query (a `field:` after its first word, as in
    `"chair:khang date:2024"`) or says a period (`"quý 2/2024"`) is kept as typed; blank
    arguments are left out.
    """
    return " ".join(_argument(argument) for argument in arguments if argument.strip())
