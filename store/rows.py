"""A validated meeting record turned into the rows its tables hold, without touching a database.

`prepare` is pure (no session, no ids), so a bulk import can run it in a second process while
the first one writes (see `store.import_worker`), and a single save runs it in place: both write
what `Prepared` says, through `store.writer.Writer`. What needs the database (the meeting's id, a
person's or an organisation's id) is filled in by the writer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from store.record import MeetingRecord
from store.text import (
    CHAIR,
    PART,
    clean,
    doc_key,
    index_parts,
    index_text,
    marked_tokens,
    name_key,
    tokens,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from store.query import TextMatch

# The meeting row's content columns, in the order of `Prepared.meeting`; the writer adds the id,
# uid, timestamps and version.
MEETING_COLUMNS = (
    "title", "kind", "date_start", "date_end", "date_precision", "date_inferred", "part_of_day",
    "start_time", "end_time", "location", "notes", "source", "kind_key", "location_key", "status",
    "approved_on_start", "approved_on_precision", "approved_by",
)  # fmt: skip
PARTICIPATION_COLUMNS = ("role", "title")
DECISION_COLUMNS = ("text", "kind", "responsible", "due_start", "due_precision", "status")
DOCUMENT_COLUMNS = ("number", "number_key", "kind", "title", "date_start", "date_precision")


def words_key(*parts: str | None) -> str:
    """Folded words wrapped in spaces: the form every `*_key` column and search body takes."""
    body = index_text(*parts)
    return f" {body} " if body else ""


def natural_uid(record: MeetingRecord) -> str:
    """The uid of a record that has none: from its date, title and place.

    So a file without uids can be imported twice without doubling the book, and the same meeting
    typed in twice is noticed. Two different meetings on one day with one title and place need
    uids of their own.
    """
    key = "|".join((record.date.iso(), " ".join(tokens(record.title)), words_key(record.location)))
    return "m-" + hashlib.sha256(key.encode()).hexdigest()[:20]


def effective_uid(record: MeetingRecord) -> str:
    return record.uid or natural_uid(record)


def search_body(record: MeetingRecord) -> str:
    """Everything a free-word search should find this meeting by, folded, wrapped in spaces:
    each part's words (the title, a person's name, their title, a decision…), PART between two
    parts, so a phrase is found within one part only (`store.text.index_parts`); then each
    chair's name as `chair:` reads it (`chair_parts`)."""
    body = f" {PART} ".join(filter(None, [index_parts(*_searchable(record)), *chair_parts(record)]))
    return f" {body} " if body else ""


def chair_parts(record: MeetingRecord, *, marked: bool = False) -> list[str]:
    """Each chair's name as a part of the word lists, every word after CHAIR: the folded words
    of the person's `search_key` (`_c_nguyen _c_dinh _c_khang`), or with `marked` those of their
    `name_key` (`_c_nguyễn …`), the very words `chair:` matches in the directory."""
    named = name_key if marked else index_text
    return [
        " ".join(CHAIR + word for word in named(p.name).split())
        for p in record.participants
        if p.role == "chair"
    ]


def search_marked(record: MeetingRecord) -> str:
    """The same words as `search_body` (its abbreviations' expansions left out), with their
    marks (casefolded, NFC, đ kept), wrapped in spaces: what a query typed with marks is
    matched against (`Khang` here is not `khẳng`). A part whose words cannot be lined up with
    its folded ones (`store.text.marked_tokens`) gives its folded words, so it is still found
    by a query without marks."""
    lists: list[str] = []
    for part in _searchable(record):
        # The parts `search_body` keeps, in its order: PART stands in the same places in both.
        if part and (words := marked_tokens(part) or tokens(part)):
            lists.append(" ".join(words))
    lists.extend(filter(None, chair_parts(record, marked=True)))
    return f" {f' {PART} '.join(lists)} " if lists else ""


# PostgreSQL keeps each word list as a `tsvector` too (migration 0008), written here as a literal:
# each word with its positions (1, 2, ... in the list's order), so `'w1' <-> 'w2'` is a phrase.
# No text-search parser reads it, so the server's locale cannot split or change a word. What a
# tsvector cannot hold exactly (a word over MAX_WORD characters, a position past MAX_POSITION, a
# word more than MAX_POSITIONS times, lexemes over MAX_LEXEME_BYTES in all) makes the vector
# carry LONG as well: store.search then finds the meeting by LONG and checks its words with LIKE.
MAX_WORD = 500  # characters: 2,000 bytes at most in UTF-8, under a lexeme's 2,047
MAX_LEXEME = 2_046  # bytes in one lexeme (a pair of long words may be more)
MAX_POSITION = 16_383  # the highest position a tsvector stores
MAX_POSITIONS = 256  # positions kept per lexeme
MAX_LEXEME_BYTES = 1_000_000  # a tsvector's lexemes take at most 1 MB (2**20 bytes)
LONG = "_long"  # no word holds "_": a lexeme no word can be
PAIR = "_"  # joins two neighbouring words into one lexeme (no word holds it, nor begins a pair)


def lexeme(word: str) -> str:
    """A word as a quoted lexeme of a tsvector or tsquery literal, never parsed into others."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def search_vector(words: str) -> str:
    """A space-separated word list (`search_body`, `search_marked`) as a tsvector literal with
    positions: `'nguyen':1,4 'dinh':2 ...`, each pair of neighbours too (`'nguyen_dinh':1`, at
    the first one's position), plus LONG when it could not hold every word exactly.

    The pairs make a phrase a question the index answers by itself: `"nhat bi"` is the one
    lexeme `nhat_bi`, not every meeting holding both words, each read to compare positions.
    PART (between two parts of the record) takes a position but is no lexeme and in no pair,
    so no phrase runs across it.
    """
    listed = words.split()
    if (
        len(listed) <= MAX_POSITION
        and 3 * len(words.encode()) <= MAX_LEXEME_BYTES
        and max(map(len, listed), default=0) <= SHORT_WORD
    ):
        return _short_words_vector(words, listed)
    return _any_words_vector(listed)


def _any_words_vector(listed: list[str]) -> str:
    """`search_vector` of any list of words, keeping to every limit of a tsvector."""
    positions: dict[str, list[int]] = {}
    size = 0
    exact = True
    for number, word in enumerate(listed, start=1):
        if word == PART:
            continue
        if number > MAX_POSITION or len(word) > MAX_WORD:
            exact = False
            continue
        following = listed[number] if number < len(listed) else None
        if following == PART:
            following = None
        pair = f"{word}{PAIR}{following}" if following and len(following) <= MAX_WORD else None
        if pair and len(pair.encode()) > MAX_LEXEME:
            exact, pair = False, None
        for entry in (word, pair) if pair else (word,):
            kept = positions.get(entry)
            if kept is None:
                size += len(entry.encode())
                if size > MAX_LEXEME_BYTES:
                    exact = False
                    break
                positions[entry] = [number]
            elif len(kept) < MAX_POSITIONS:
                kept.append(number)
            else:
                exact = False
        if size > MAX_LEXEME_BYTES:
            break
    parts = [lexeme(word) + ":" + ",".join(map(str, kept)) for word, kept in positions.items()]
    if not exact:
        parts.append(lexeme(LONG))
    return " ".join(parts)


# Every word at most this long: a pair of two is at most 4 * 2 * 255 + 1 bytes, under MAX_LEXEME.
SHORT_WORD = 255


def _short_words_vector(words: str, listed: list[str]) -> str:
    """`search_vector` of a word list that fits a tsvector but for the positions kept per
    lexeme: every word short (SHORT_WORD), no more words than positions, and its words and
    pairs (three times its bytes at most) within MAX_LEXEME_BYTES. Nine lists in ten: about a
    third faster, written for each meeting a PostgreSQL book imports."""
    positions: dict[str, list[str]] = {}
    kept_at = positions.get
    previous = None
    for number, word in enumerate(listed, start=1):
        # Entries are made in the order of `search_vector`'s: word 1, pair 1-2, word 2, pair 2-3.
        if word == PART:
            previous = None
            continue
        if previous is not None:
            pair = previous + PAIR + word
            kept = kept_at(pair)
            if kept is None:
                positions[pair] = [str(number - 1)]
            else:
                kept.append(str(number - 1))
        kept = kept_at(word)
        if kept is None:
            positions[word] = [str(number)]
        else:
            kept.append(str(number))
        previous = word
    plain = "'" not in words and "\\" not in words  # no lexeme then needs escaping
    exact = True
    parts = []
    for word, kept in positions.items():
        if len(kept) > MAX_POSITIONS:
            exact, kept = False, kept[:MAX_POSITIONS]
        parts.append(("'" + word + "'" if plain else lexeme(word)) + ":" + ",".join(kept))
    if not exact:
        parts.append(lexeme(LONG))
    return " ".join(parts)


def tsquery_text(matches: Sequence[TextMatch], *, long: bool = True, loose: bool = False) -> str:
    """A tsquery (as text) over `meeting_search.body_words` or `.marked_words` (migration 0008)
    equal to the LIKE patterns: `&` between words, `<->` between the words of a phrase, `:*` on
    the last word when it is being typed; or LONG, which a vector too big to hold its words
    exactly carries (`store.rows.search_vector`), so such a meeting is found and its words are
    checked by LIKE (`_words_match`).

    The words are quoted as lexemes, never parsed, so no input makes a malformed query. A word
    over MAX_WORD characters is in no exact vector: it is asked for as LONG alone. `long=False`
    (no vector in the book carries LONG) leaves LONG out. `loose=True` joins a phrase's pairs
    by `&`: a test the full-text index answers alone, without reading a vector for the
    positions, true of every meeting holding the phrase and of some holding its pairs apart
    (whose words the caller then checks).
    """
    terms = []
    for match in matches:
        words = list(match.marked or match.tokens)
        # A word over MAX_WORD characters, or a pair over a lexeme's bytes, is in no exact
        # vector (store.rows.search_vector): only LONG may hold it.
        fits = [len(word) <= MAX_WORD for word in words]
        joint = " & "
        if match.phrase and len(words) > 1:  # neighbours as pairs (store.rows.search_vector)
            fits = [a and b for a, b in pairwise(fits)]
            words = [f"{a}{PAIR}{b}" for a, b in pairwise(words)]
            fits = [
                ok and len(word.encode()) <= MAX_LEXEME
                for ok, word in zip(fits, words, strict=True)
            ]
            joint = " & " if loose else " <-> "
        quoted = []
        for number, (word, whole) in enumerate(zip(words, fits, strict=True), start=1):
            term = lexeme(word) if whole else lexeme(LONG)
            if match.prefix and number == len(words) and whole:
                term += ":*"
            quoted.append(term)
        terms.append(joint.join(quoted))
    both = " & ".join(f"({term})" for term in terms)
    if not long:
        return both or lexeme(LONG)
    return f"({both}) | {lexeme(LONG)}" if terms else lexeme(LONG)


def _searchable(record: MeetingRecord) -> list[str | None]:
    parts: list[str | None] = [record.title, record.kind, record.location, record.notes]
    for organiser in record.organisers:
        parts.append(organiser.name)
        parts.extend(organiser.short_forms)
    for participant in record.participants:
        parts.extend((participant.name, participant.title))
    for decision in record.decisions:
        parts.extend((decision.text, decision.responsible))
    for document in record.documents:
        parts.extend((document.kind, document.number, document.title))
    return parts


@dataclass(frozen=True, slots=True)
class Prepared:
    """One meeting as rows: plain tuples, cheap to send to another process and to compare."""

    uid: str  # the record's uid, or its natural uid
    given_uid: bool
    meeting: tuple[Any, ...]  # MEETING_COLUMNS
    # As the record gives them (None: the writer uses now, and version 1).
    created_at: datetime | None
    updated_at: datetime | None
    version: int | None
    organisers: tuple[tuple[str, str, tuple[str, ...]], ...]  # name, name key, short forms
    participants: tuple[tuple[str, str, str, str | None], ...]  # name, name key, role, title
    decisions: tuple[tuple[Any, ...], ...]  # DECISION_COLUMNS
    documents: tuple[tuple[Any, ...], ...]  # DOCUMENT_COLUMNS
    body: str  # the search row's folded text
    marked: str  # the same words with their marks

    @property
    def date_start(self) -> date:
        return self.meeting[2]

    def content(self) -> tuple[Any, ...]:
        """What the meeting says, without its uid, timestamps and version: two records with
        equal content are the same meeting written down twice."""
        return (self.meeting, self.organisers, self.participants, self.decisions, self.documents)

    def same_meeting_key(self) -> tuple[Any, ...]:
        """Date, place and title words: how a meeting without a uid is recognised."""
        return same_meeting_key(self.meeting[2], self.meeting[4], self.meeting[13], self.meeting[0])


def same_meeting_key(
    date_start: date, precision: str, location_key: str, title: str
) -> tuple[Any, ...]:
    return (date_start, precision, location_key, " ".join(tokens(title)))


def prepare(record: MeetingRecord) -> Prepared:
    """The rows of a validated record."""
    start_time: time | None = record.start_time
    meeting = (
        record.title,
        record.kind,
        record.date.start,
        record.date.end,
        record.date.precision,
        record.date_inferred,
        record.part_of_day,
        start_time,
        record.end_time,
        record.location,
        record.notes,
        record.source,
        words_key(record.kind),
        words_key(record.location),
        record.status,
        record.approved_on.start if record.approved_on else None,
        record.approved_on.precision if record.approved_on else None,
        record.approved_by,
    )
    return Prepared(
        uid=effective_uid(record),
        given_uid=bool(record.uid),
        meeting=meeting,
        created_at=record.created_at,
        updated_at=record.updated_at,
        version=record.version,
        organisers=tuple(
            (o.name, name_key(o.name), tuple(o.short_forms)) for o in record.organisers
        ),
        participants=tuple(
            (clean(p.name), name_key(p.name), p.role, p.title) for p in record.participants
        ),
        decisions=tuple(
            (
                d.text,
                d.kind,
                d.responsible,
                d.due.start if d.due else None,
                d.due.precision if d.due else None,
                d.status,
            )
            for d in record.decisions
        ),
        documents=tuple(
            (
                d.number,
                doc_key(d.number),
                d.kind,
                d.title,
                d.date.start if d.date else None,
                d.date.precision if d.date else None,
            )
            for d in record.documents
        ),
        body=search_body(record),
        marked=search_marked(record),
    )
