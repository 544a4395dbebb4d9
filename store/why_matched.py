"""Why a meeting is in a search's results: the person the words name (and the part they took),
or the field the words were found in, as a short snippet with the words' places marked.

`why(record, query)` reads the record as the search read its index: folded words (`store.text`)
for words typed without marks, the marks as typed otherwise, the last word a prefix while it is
being typed. It is computed for the meetings on screen only (a page), from their records.
The result is plain text plus spans; the faces style the spans (`store.words.as_rich_text`'s
caller, the JSON's `matched`), so a record's text is never read as markup.

The notes are Markdown: their snippet is cut from the notes with the Markdown marks taken off
(`**Nguyên văn:**` reads `Nguyên văn:`), around the closest place where the words all stand,
and shows every word found, however far apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from store.query import Query, TextMatch
from store.record import MeetingRecord
from store.text import ABBREVIATIONS, fold, nfc

__all__ = ["Why", "why"]

SNIPPET = 90  # characters of context a snippet shows, about one line of a terminal
PLACES = 500  # places of each word weighed for the closest stretch holding them all


@dataclass(frozen=True)
class Why:
    """Where a meeting matched: `field` (person, title, kind, place, organiser, decision,
    document, title of a person, notes), `text` one line to show, `spans` the words' places in
    it, and for a person, their `name` and `role`."""

    field: str
    text: str
    spans: tuple[tuple[int, int], ...] = ()
    name: str | None = None
    role: str | None = None

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"field": self.field, "text": self.text}
        found["highlights"] = [list(span) for span in self.spans]
        if self.name is not None:
            found |= {"name": self.name, "role": self.role}
        return found


@dataclass(frozen=True)
class _Word:
    pattern: re.Pattern[str]
    marked: bool  # matched against the text with its marks (lowercased), not folded


def _words(matches: Sequence[TextMatch]) -> list[_Word]:
    words = []
    for match in matches:
        typed = match.marked or match.tokens
        for index, token in enumerate(typed):
            prefix = match.prefix and index == len(typed) - 1
            tail = "" if prefix else r"(?![^\W_])"
            pattern = re.compile(r"(?<![^\W_])" + re.escape(token) + tail)
            words.append(_Word(pattern, match.marked is not None))
    return words


class _Text:
    """One field's text and its folded and lowercased forms, character for character, so a
    place found in either is the same place in the text."""

    def __init__(self, text: str) -> None:
        self.text = nfc(text)
        folded, lowered = [], []
        for ch in self.text:
            low, bare = ch.lower(), fold(ch)
            # A character that folds or lowers to several or none (rare outside Vietnamese) is
            # kept as it is, so the forms stay aligned.
            if len(bare) != 1 or len(low) != 1:
                bare = low = ch
            folded.append(bare)
            lowered.append(low)
        self.folded, self.lowered = "".join(folded), "".join(lowered)

    def find(self, word: _Word) -> tuple[int, int] | None:
        found = word.pattern.search(self.lowered if word.marked else self.folded)
        return found.span() if found else None

    def every(self, word: _Word) -> list[tuple[int, int]]:
        """The places of `word`, in order: the first PLACES (a prefix such as `ng` can be in
        every line of long notes, and a snippet needs only a near one)."""
        found = word.pattern.finditer(self.lowered if word.marked else self.folded)
        return [m.span() for m in islice(found, PLACES)]

    def together(self, words: list[_Word]) -> list[tuple[int, int]] | None:
        """The words' places where they stand next to each other in the order typed (the
        place a reader wants to see), if they do anywhere."""
        if len(words) < 2 or len({w.marked for w in words}) > 1:
            return None
        apart = r"[\W_]+"
        pattern = apart.join(f"({w.pattern.pattern})" for w in words)
        found = re.search(pattern, self.lowered if words[0].marked else self.folded)
        return [found.span(i + 1) for i in range(len(words))] if found else None


def why(record: MeetingRecord, query: Query) -> Why | None:
    """Where `record` matched `query`'s words or people; None if it matched on nothing shown
    (a date, a status, a document number alone)."""
    people = _person(record, [*query.person, *query.chair], chair_only=bool(query.chair))
    free = _words([m for m in query.text if m.tokens])
    if free:
        named = _named_person(record, free)
        if named is not None:
            return named
        return _field(record, free) or people
    return people


def _person(record: MeetingRecord, matches: Sequence[TextMatch], *, chair_only: bool) -> Why | None:
    words = _words(matches)
    if not words:
        return None
    for participant in record.participants:
        if chair_only and participant.role != "chair":
            continue
        found = _all(_Text(participant.name), words)
        if found is not None:
            return _person_why(participant.name, participant.role, participant.title, found)
    return None


def _named_person(record: MeetingRecord, words: list[_Word]) -> Why | None:
    for participant in record.participants:
        found = _all(_Text(participant.name), words)
        if found is not None:
            return _person_why(participant.name, participant.role, participant.title, found)
    return None


def _person_why(name: str, role: str, title: str | None, spans: list[tuple[int, int]]) -> Why:
    text = name + (f", {title}" if title else "")
    return Why("person", text, tuple(sorted(spans)), name=name, role=role)


def _all(text: _Text, words: list[_Word]) -> list[tuple[int, int]] | None:
    spans = []
    for word in words:
        span = text.find(word)
        if span is None:
            return None
        spans.append(span)
    return spans


def _fields(record: MeetingRecord) -> Iterator[tuple[str, str]]:
    """The record's text fields in the order a reader would look for a word."""
    yield "title", record.title
    if record.kind:
        yield "kind", record.kind
    if record.location:
        yield "place", record.location
    for organiser in record.organisers:
        yield "organiser", " · ".join([organiser.name, *organiser.short_forms])
    for decision in record.decisions:
        yield "decision", decision.text
    for document in record.documents:
        yield "document", " ".join(p for p in (document.kind, document.number, document.title) if p)
    for participant in record.participants:
        if participant.title:
            yield "title of a person", f"{participant.name}, {participant.title}"
    if record.notes:
        yield "notes", _plain_markdown(record.notes)


def _field(record: MeetingRecord, words: list[_Word]) -> Why | None:
    """The first field holding the words side by side; else the first holding every word; else
    the one holding the most of them."""
    best: tuple[int, str, _Text, list[tuple[int, int]]] | None = None
    fields = [(name, _Text(value)) for name, value in _fields(record)]
    for name, text in fields:
        together = text.together(words)
        if together is not None:
            return _snippet(name, text.text, together)
    for name, text in fields:
        places = [found for word in words if (found := text.every(word))]
        if len(places) == len(words):
            return _snippet(name, text.text, _closest(places))
        if places and (best is None or len(places) > best[0]):
            best = (len(places), name, text, _closest(places))
    # The index holds each abbreviation's expansion and the other way round (`index_parts`):
    # `lao dong` finds "LĐLĐ tỉnh", `ldld` finds "Liên đoàn Lao động": show that place.
    for name, text in fields:
        spans = _through_abbreviations(text, words)
        if spans is not None:
            return _snippet(name, text.text, spans)
    if best is None:
        return None
    return _snippet(best[1], best[2].text, best[3])


_ABBREVIATED = [
    (
        re.compile(r"(?<![^\W_])" + abbr + r"(?![^\W_])"),
        f" {full} ",
        re.compile(r"(?<![^\W_])" + r"[\W_]+".join(full.split()) + r"(?![^\W_])"),
        abbr,
    )
    for abbr, full in ABBREVIATIONS.items()
]


def _through_abbreviations(text: _Text, words: list[_Word]) -> list[tuple[int, int]] | None:
    """A place in `text` for each of `words`, where a word not there as typed is in the
    expansion of an abbreviation there (its place is the abbreviation's), or is an
    abbreviation whose expansion is there; None unless every word has one. Words typed with
    marks are matched as typed only, as the index does."""
    spans = []
    for word in words:
        span = text.find(word)
        if span is None and not word.marked:
            span = _abbreviation_place(text.folded, word)
        if span is None:
            return None
        spans.append(span)
    return spans


def _abbreviation_place(folded: str, word: _Word) -> tuple[int, int] | None:
    for abbreviation, expansion, spelled_out, abbr in _ABBREVIATED:
        if word.pattern.search(expansion) and (found := abbreviation.search(folded)):
            return found.span()
        if word.pattern.fullmatch(abbr) and (found := spelled_out.search(folded)):
            return found.span()
    return None


# The Markdown marks a reader of a snippet does not want to see: first those that begin a line
# (a rule, a heading's, quote's or bullet's mark), then those inside it, each replaced by what it
# holds (a group) or by nothing. A `*` or `_` is a mark only where it opens or closes a word
# (`2*3`, `so_hieu`, `a * b` stay). The lookahead lets the search skip to the characters that
# can begin a mark: one pattern of every alternative took 3 ms on 14 kB of notes, these 0.7 ms.
_MARKDOWN_LINE = re.compile(
    r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$|^[ \t]{0,3}(?:(?:#{1,6}|>|[-*+])[ \t]+|>)+", re.MULTILINE
)
_MARKDOWN_INLINE = re.compile(
    r"(?=[!\[<\\`*_])(?:"
    r"!?\[([^\]\n]*)\]\([^)\n]*\)"  # [text](link), ![alt](image): the text
    r"|<((?:https?|mailto):[^>\s]*)>"  # <https://...>: the address
    r"|\\([!-/:-@\[-`{-~])"  # \* and the like: the character itself
    r"|`+"  # inline code keeps its text
    r"|(?<![\w*])(?:\*{1,3}|_{1,3})(?=[^\s*_])"  # **bold, _em
    r"|(?<=[^\s*_])(?:\*{1,3}|_{1,3})(?![\w*]))"  # bold**, em_
)


def _plain_markdown(text: str) -> str:
    """`text` read as Markdown, its marks taken off: what a reader of the notes sees."""
    text = _MARKDOWN_LINE.sub("", nfc(text))
    return _MARKDOWN_INLINE.sub(lambda m: m.group(1) or m.group(2) or m.group(3) or "", text)


def _closest(places: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """One place of each word (each list in order), the shortest stretch holding one of each:
    the words where they stand together rather than each where it first appears."""
    if len(places) == 1:
        return places[0][:1]
    merged = sorted((span, index) for index, spans in enumerate(places) for span in spans)
    last: dict[int, tuple[int, int]] = {}  # each word's latest place up to here
    best: tuple[int, list[tuple[int, int]]] | None = None
    for span, index in merged:
        last[index] = span
        if len(last) == len(places):
            start = min(a for a, _ in last.values())
            if best is None or span[1] - start < best[0]:
                best = (span[1] - start, list(last.values()))
    assert best is not None
    return best[1]


def _snippet(field: str, text: str, spans: list[tuple[int, int]]) -> Why:
    """One line of `text` around its found words, the spans moved into it: one stretch when
    the words stand close, else a short stretch around each, joined by "…"."""
    spans = sorted(set(spans))
    line = " ".join(text.split())  # one line; the spans are recomputed on it below
    if line != text:
        spans = _respaced(text, spans)
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        reach = SNIPPET * 2 // 3 if len(groups) < 2 else SNIPPET // MAX_STRETCHES
        if groups and span[1] - groups[-1][0][0] <= reach:
            groups[-1].append(span)
        else:
            groups.append([span])
    # Every word found is shown: past MAX_STRETCHES stretches, each is just its words.
    width = SNIPPET // len(groups) if len(groups) <= MAX_STRETCHES else 0
    shown, kept, last_end = "", [], 0
    for group in groups:
        start, end = _stretch(line, group[0][0], group[-1][1], width)
        if start < last_end:  # stretches that meet are one
            start = last_end
        elif shown:
            shown += " … "  # spaced: `Công…mưu` would read as one word
        elif start > 0:
            shown += "…"
        shift = len(shown) - start
        shown += line[start:end]
        kept.extend((a + shift, b + shift) for a, b in group if a >= start)
        last_end = end
    if last_end < len(line):
        shown += "…"
    return Why(field, shown, tuple(kept))


MAX_STRETCHES = 3


def _stretch(line: str, first: int, last: int, width: int) -> tuple[int, int]:
    """About `width` characters of `line` holding [first, last), cut at spaces."""
    room = max(0, width - (last - first))
    start = max(0, first - room // 3)
    if start:
        space = line.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(line), max(last, start + width))
    if end < len(line):
        space = line.rfind(" ", last, end)
        end = space if space > 0 else end
    return start, end


def _respaced(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` of `text` moved to the same characters of `" ".join(text.split())`."""
    where: list[int] = []  # for each character of text, its index in the joined line
    out = 0
    in_space = True
    for ch in text:
        if ch.isspace():
            where.append(out)
            if not in_space:
                out += 1
                in_space = True
        else:
            where.append(out)
            out += 1
            in_space = False
    where.append(out)
    return [(where[a], where[b - 1] + 1) for a, b in spans]
