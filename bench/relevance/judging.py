"""The judge of the relevance set: what each query must return and can match, read on the records.

Used by bench/relevance.py (which says what the set is and how it is scored). Nothing here runs
the search or reads the book: the judgement comes from the records imported (their JSON) and the
hand-written selectors of queries.toml, so it holds whatever the search does.

- `Words`, `Text`, `Meeting`: words under the lead's marks rule. A part typed with any mark
  (đ included) matches every word exactly as typed, case aside (Khang ≠ khẳng, Hải ≠ Hài); a part
  without marks matches any marks, and the bodies' abbreviations both ways (`ldld` is "Liên đoàn
  Lao động"), as the index folds them (`store.text.index_text`).
- `meaning(query)`: what a query can match at all under that rule, each field with its meaning.
- `Selector`: a `must` table of queries.toml.
- `judge(records, spec)`: every query's must, meaning and decoys.
- `period(text)`: the dates of the query language, read here rather than by the store's parser
  (so a date form the store cannot read yet is a miss of the search, not of the judge).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import store
from store.text import doc_key, index_text

Record = dict[str, Any]
CLASSES = (
    "person",
    "surname",
    "near-twin",
    "name-word",
    "phrase",
    "field",
    "date",
    "document",
    "combination",
)

# Dates --------------------------------------------------------------------------------------------


def _month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def period(text: str) -> tuple[date, date]:
    """One period as the query language and the records write it: 2024, 3/2024, 6-2024, 2024-03,
    15/3/2024, 2024-03-15, q2/2024, quý 2/2024."""
    typed = " ".join(store.fold(text).split())
    if found := re.fullmatch(r"(?:q|quy) ?([1-4])/(\d{4})", typed):
        quarter, year = int(found[1]), int(found[2])
        return _month(year, 3 * quarter - 2)[0], _month(year, 3 * quarter)[1]
    if found := re.fullmatch(r"\d{4}", typed):
        return date(int(typed), 1, 1), date(int(typed), 12, 31)
    if found := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", typed):
        day = date(int(found[1]), int(found[2]), int(found[3]))
        return day, day
    if found := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", typed):
        day = date(int(found[3]), int(found[2]), int(found[1]))
        return day, day
    if found := re.fullmatch(r"(\d{4})-(\d{1,2})", typed):
        return _month(int(found[1]), int(found[2]))
    if found := re.fullmatch(r"(\d{1,2})[/-](\d{4})", typed):
        return _month(int(found[2]), int(found[1]))
    raise ValueError(f"relevance: {text!r} is not a period the judge reads")


def date_range(text: str) -> tuple[date | None, date | None]:
    """`A..B` (either side may be left open) or one period."""
    if ".." not in text:
        return period(text)
    first, last = text.split("..")
    return (period(first)[0] if first else None, period(last)[1] if last else None)


# Words under the marks rule -----------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")


def exact_words(text: str) -> list[str]:
    """Words as typed, case aside: `Nguyễn Đình` → nguyễn, đình."""
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def has_marks(text: str) -> bool:
    return store.fold(text) != unicodedata.normalize("NFC", text).casefold()


class Text:
    """One field of a record, as words with marks and as the index's folded words."""

    __slots__ = ("exact", "loose")

    def __init__(self, text: str) -> None:
        self.exact = exact_words(text)
        self.loose = index_text(text).split()

    def words(self, marked: bool) -> list[str]:
        return self.exact if marked else self.loose


@dataclass(frozen=True)
class Words:
    """A part of a query: its words in the part's form, found together (adjacent, in order, in one
    field) or each anywhere; the last word may be a prefix (the query's word being typed)."""

    words: tuple[str, ...]
    marked: bool
    together: bool = False
    prefix: bool = False

    @classmethod
    def of(cls, text: str, *, marked: bool | None = None, together: bool = False) -> Words:
        marked = has_marks(text) if marked is None else marked
        words = exact_words(text) if marked else _WORD.findall(store.fold(text))
        return cls(tuple(words), marked, together)

    def typed(self, prefix: bool) -> Words:
        """These words, the last one a prefix if it is being typed and has two letters or more."""
        prefix = prefix and len(self.words[-1]) >= 2
        return Words(self.words, self.marked, self.together, prefix)

    def _hit(self, index: int, word: str) -> bool:
        wanted = self.words[index]
        last = self.prefix and index == len(self.words) - 1
        return word == wanted or (last and word.startswith(wanted))

    def in_text(self, text: Text) -> bool:
        """Found in this one field (a name, a place)."""
        words, n = text.words(self.marked), len(self.words)
        if not self.together:
            return all(any(self._hit(i, w) for w in words) for i in range(n))
        return any(
            all(self._hit(i, words[start + i]) for i in range(n))
            for start in range(len(words) - n + 1)
        )


@dataclass
class Meeting:
    """What a secretary can see of one record, for judging it."""

    uid: str
    people: list[tuple[str, Text, str]]  # name key (`store.name_key`), name, role
    organisers: list[Text]  # each body's name and short forms
    place: Text | None
    kind: Text | None
    start: date
    end: date
    docs: list[str]  # document number keys (`store.text.doc_key`)
    # Every field a free word searches (`store.rows.search_body`'s), as words with marks (True)
    # and folded (False): a field's words a space apart, fields " | " apart.
    lines: dict[bool, str]

    @classmethod
    def of(cls, record: Record) -> Meeting:
        parts: list[str | None] = [record.get(k) for k in ("title", "kind", "location", "notes")]
        organisers = []
        for body in record.get("organisers") or []:
            names = [body["name"], *(body.get("short_forms") or [])]
            parts.extend(names)
            organisers.append(Text(" ; ".join(names)))
        for person in record.get("participants") or []:
            parts.extend((person["name"], person.get("title")))
        for decision in record.get("decisions") or []:
            parts.extend((decision["text"], decision.get("responsible")))
        for document in record.get("documents") or []:
            parts.extend((document.get("kind"), document["number"], document.get("title")))
        texts = [Text(part) for part in parts if part]
        start, end = period(str(record["date"]))
        return cls(
            uid=record["uid"],
            people=[
                (store.name_key(p["name"]), Text(p["name"]), p["role"])
                for p in record.get("participants") or []
            ],
            organisers=organisers,
            place=Text(record["location"]) if record.get("location") else None,
            kind=Text(record["kind"]) if record.get("kind") else None,
            start=start,
            end=end,
            docs=[doc_key(d["number"]) for d in record.get("documents") or []],
            lines={
                m: " " + " | ".join(" ".join(t.words(m)) for t in texts) + " "
                for m in (False, True)
            },
        )

    def has(self, words: Words) -> bool:
        """`words` found in the record: together in one field, or each anywhere."""
        line, last = self.lines[words.marked], len(words.words) - 1
        if words.together:
            return f" {' '.join(words.words)}{'' if words.prefix else ' '}" in line
        return all(
            f" {w}{'' if words.prefix and i == last else ' '}" in line
            for i, w in enumerate(words.words)
        )


Condition = Callable[[Meeting], bool]


def _anywhere(words: Words) -> Condition:
    return lambda m: m.has(words)


def _took_part(words: Words, role: str | None) -> Condition:
    return lambda m: any(words.in_text(name) for _, name, r in m.people if role in (None, r))


def _in_field(words: Words, name: str) -> Condition:
    def test(meeting: Meeting) -> bool:
        texts = meeting.organisers if name == "org" else [getattr(meeting, name)]
        return any(text is not None and words.in_text(text) for text in texts)

    return test


def _overlaps(value: str) -> Condition:
    start, end = date_range(value)
    return lambda m: (start is None or m.end >= start) and (end is None or m.start <= end)


def _cites(value: str, *, exactly: bool) -> Condition:
    key = doc_key(value)
    if exactly:
        return lambda m: key in m.docs
    # doc:02 finds 02-NQ/TW and 02/CTr-BCH, not 020/...: the number, then a separator.
    starts = (key + "-", key + "/")
    return lambda m: any(k == key or k.startswith(starts) for k in m.docs)


_ITEM = re.compile(r'(?:(?P<field>[^\W\d_]+):)?(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s"]+))')
FIELDS = ("person", "chair", "org", "place", "kind", "doc", "date")


def _items(query: str) -> list[re.Match[str]]:
    items, at = [], 0
    while True:
        while at < len(query) and query[at].isspace():
            at += 1
        if at == len(query):
            return items
        found = _ITEM.match(query, at)
        if found is None:
            raise ValueError(f"relevance: cannot read the query {query!r} at {at}")
        items.append(found)
        at = found.end()


def meaning(query: str) -> list[Condition]:
    """What `query` can match under the marks rule: every condition must hold. Fields keep their
    meaning (person: took part; chair: chaired; org, place, kind: that field; doc: cites the
    number; date: the periods overlap); free words are found anywhere, a quoted phrase or one
    typed item of several words (02-NQ/TW) together; the last item's last word, unquoted and not
    followed by a space, is a prefix (two letters or more), as the search box types."""
    items = _items(query)
    typing = bool(items) and not query[-1].isspace() and items[-1]["quoted"] is None
    free = [m["bare"] for m in items if m["field"] is None and m["bare"] is not None]
    free_marked = any(has_marks(word) for word in free)  # the free words decide together
    conditions: list[Condition] = []
    loose: list[str] = []
    for index, item in enumerate(items):
        prefix = typing and index == len(items) - 1
        if item["field"] is not None:
            conditions.append(_field(item["field"], item, prefix))
        elif item["quoted"] is not None:
            conditions.append(_anywhere(Words.of(item["quoted"], together=True)))
        else:
            words = Words.of(item["bare"], marked=free_marked)
            if len(words.words) > 1:
                together = Words(words.words, free_marked, together=True)
                conditions.append(_anywhere(together.typed(prefix)))
            else:
                loose.extend(words.words)
    if loose:
        last_free = items[-1]["field"] is None and items[-1]["quoted"] is None
        conditions.append(_anywhere(Words(tuple(loose), free_marked).typed(typing and last_free)))
    return conditions


def _field(name: str, item: re.Match[str], prefix: bool) -> Condition:
    value = item["quoted"] if item["quoted"] is not None else item["bare"]
    if name not in FIELDS:
        raise ValueError(f"relevance: the judge reads no field {name!r}")
    if name == "date":
        return _overlaps(value)
    if name == "doc":
        return _cites(value, exactly=False)
    words = Words.of(value, together=item["quoted"] is not None).typed(prefix)
    if name in ("person", "chair"):
        return _took_part(words, "chair" if name == "chair" else None)
    return _in_field(words, name)


# What each query must return ---------------------------------------------------------------------


class Selector:
    """A `must` table of queries.toml, read on the records: every key must hold (AND); a list of
    tables is any of them (OR). The marks rule applies to each value as to a query's part.

    - `named = "words"`: a person whose name holds every word took part, or the record spells
      such a person's full name (marks included) anywhere: what a secretary typing a name wants;
      `took_part = "words"`: such a person took part (with `role`, in that role);
    - `phrase = "words"`: the words together in one field; `words = "..."`: each anywhere;
    - `org`, `place`, `kind`: every word in that field; `date = "A..B"`: the periods overlap;
      `cites = "NUMBER"`: a document of exactly that number; `uids = [...]`: these meetings.
    """

    KEYS = frozenset(
        ("named", "took_part", "role", "phrase", "words", "org", "place", "kind", "date", "cites")
    ) | {"uids"}

    def __init__(self, table: Mapping[str, Any], people: Mapping[str, Text]) -> None:
        if not table or set(table) - self.KEYS or ("role" in table and "took_part" not in table):
            raise ValueError(f"relevance: a must table cannot be {dict(table)!r}")
        self.tests: list[Condition] = []
        for key, value in table.items():
            if key in ("named", "took_part"):
                role = table.get("role")
                self.tests.append(_named(Words.of(value), role, people, spelled=key == "named"))
            elif key in ("phrase", "words"):
                self.tests.append(_anywhere(Words.of(value, together=key == "phrase")))
            elif key in ("org", "place", "kind"):
                self.tests.append(_in_field(Words.of(value), key))
            elif key == "date":
                self.tests.append(_overlaps(value))
            elif key == "cites":
                self.tests.append(_cites(value, exactly=True))
            elif key == "uids":
                wanted = frozenset(value)
                self.tests.append(lambda m, wanted=wanted: m.uid in wanted)

    def __call__(self, meeting: Meeting) -> bool:
        return all(test(meeting) for test in self.tests)


def _named(
    words: Words, role: str | None, people: Mapping[str, Text], *, spelled: bool
) -> Condition:
    names = {key for key, name in people.items() if words.in_text(name)}
    full = [Words(tuple(people[key].exact), True, True) for key in names] if spelled else []

    def test(meeting: Meeting) -> bool:
        if any(key in names for key, _, r in meeting.people if role in (None, r)):
            return True
        return any(meeting.has(name) for name in full)

    return test


@dataclass(frozen=True)
class Judged:
    """One query of queries.toml with its judgement on the book's records."""

    text: str
    kind: str  # the query's class
    must: frozenset[str]
    allowed: frozenset[str]  # what it can match at all (its meaning), must included
    decoys: frozenset[str]  # what may match but must not be shown above a meeting it must return
    note: str = ""


def judge(records: Sequence[Record], spec: Mapping[str, Any]) -> list[Judged]:
    """Every query's must, meaning and decoys, from the records alone."""
    meetings = [Meeting.of(record) for record in records]
    people = {key: name for m in meetings for key, name, _ in m.people}
    judged = []
    for entry in spec["query"]:
        if entry["class"] not in CLASSES:
            raise ValueError(f"relevance: {entry['text']!r}: no class {entry['class']!r}")
        tables = entry["must"] if isinstance(entry["must"], list) else [entry["must"]]
        selectors = [Selector(table, people) for table in tables]
        must = frozenset(m.uid for m in meetings if any(s(m) for s in selectors))
        conditions = meaning(entry["text"])
        matched = frozenset(m.uid for m in meetings if all(c(m) for c in conditions))
        decoys = (matched - must) | frozenset(entry.get("not_above", ()))
        note = entry.get("note", "")
        judged.append(Judged(entry["text"], entry["class"], must, matched | must, decoys, note))
    return judged
