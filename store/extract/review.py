"""Drafts from news reports, as a person reviews them: read the file, say what to check, mark it.

The extractor (`store.extract`) reads a report into a `Draft`; this module is what both faces do
with one. `read_report` reads a file the way the CLI and the TUI take it (UTF-8 text or HTML,
one clear `StoreError` naming the file otherwise); `review_rows` lists the draft's values with
how sure the extractor is of each, `guessed_fields` names the fields a person must look at (low
confidence, or a flag about them) and `draft_record` is the record to save, with status `draft`
so that `status:draft` finds it until someone marks it final. Nothing here writes to the book.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.dates import parse_partial_date
from store.errors import StoreError
from store.files import read_limited, read_stream_limited
from store.i18n import _, current_language
from store.vocabulary import ROLES
from store.words import date_label

if TYPE_CHECKING:
    from store.extract import Draft

# Below this the extractor is guessing: a year inferred from other years in the text (0.3), a
# decision taken from the lead sentence (0.4), someone named as present in no list (0.5).
SURE = 0.6
MAX_REPORT_BYTES = 20 * 1024 * 1024  # far above any article; a bigger file is not a report
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# The fields each flag puts in doubt (flags not listed here concern the whole draft).
FLAG_FIELDS = {
    "date-year-missing": "date",
    "minutes-date-from-header": "date",
    "date-year-guessed": "date",
    "date-year-from-dateline": "date",
    "date-from-dateline": "date",
    "date-missing": "date",
    "date-year-this-year": "date",
    "no-chair-named": "participants",
    "chair-from-conclusion": "participants",
    "no-people-named": "participants",
    "no-place": "location",
    "no-organiser": "organisers",
    "title-from-headline": "title",
    "title-missing": "title",
    "minutes-approved": "status",
}


@dataclass(frozen=True)
class ReviewRow:
    """One value of a draft: the record field it fills, as shown, and how sure the reading is
    (None: nothing in the text supports it, e.g. a date made up because the report has none)."""

    field: str  # title, kind, date, location, organisers, chair, attendee, ..., decisions,
    # decision_responsible and decision_due (under their decision), documents
    value: str
    confidence: float | None
    # A person's further roles in the draft (chair, then speaker): the draft lists a person once
    # per role, and two rows of one name read as two people.
    also: tuple[str, ...] = ()

    @property
    def guessed(self) -> bool:
        return self.confidence is None or self.confidence < SURE

    @property
    def roles(self) -> tuple[str, ...]:
        """A person's roles, the first the field's (another row's: its field alone)."""
        return (self.field, *self.also)


def read_report(path: str, *, stdin_text: str | None = None) -> tuple[str, bool | None]:
    """The text of a report file and whether it is HTML (None: let the extractor tell).

    `-` is standard input (read here, or its text passed as `stdin_text`). A file that cannot
    be read, is not a regular file (a device, a FIFO), is too big or holds no text is one
    StoreError naming it, never a traceback nor a read without end: an empty file would
    otherwise become a draft of nothing, dated by a guess.
    """
    if path == "-":
        if stdin_text is not None:
            if len(stdin_text) > MAX_REPORT_BYTES:
                raise StoreError("standard input: too big to be a report")
            return _with_text(stdin_text, "standard input"), None
        data = read_stream_limited(sys.stdin.buffer, MAX_REPORT_BYTES, what="report file")
    elif Path(path).suffix.lower() == ".docx":  # a Biên bản kept in Word
        from store.extract.docx_text import read_docx_text

        return _with_text(read_docx_text(path), path), False
    else:
        data = read_limited(path, MAX_REPORT_BYTES, what="report file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoreError(
            f"{path}: not UTF-8 text at byte {exc.start}; save the report as UTF-8 text or HTML"
        ) from None
    if "\x00" in text:
        raise StoreError(f"{path}: holds NUL characters: a binary file, not a report")
    html = True if Path(path).suffix.lower() in HTML_SUFFIXES else None
    return _with_text(text, "standard input" if path == "-" else path), html


def _with_text(text: str, source: str) -> str:
    """`text`, unless it holds nothing but spaces and line breaks: then one StoreError."""
    if not text.strip():
        raise StoreError(f"{source}: empty: there is no report in it to read a meeting from")
    return text


def review_rows(draft: Draft) -> list[ReviewRow]:
    """The draft's values in the order of the form, each with the extractor's confidence."""
    record: dict[str, Any] = draft.record
    sure: dict[tuple[str, str], float] = {}
    for item in draft.evidence:
        # A person's evidence reads "Name | title": the name is what identifies the row.
        value = item.value.split(" | ")[0] if item.field in ROLES else item.value
        sure[(item.field, value)] = max(item.confidence, sure.get((item.field, value), 0.0))

    def row(field: str, shown: str, key: str | None = None) -> ReviewRow:
        return ReviewRow(field, shown, sure.get((field, key if key is not None else shown)))

    rows = [row("title", record["title"])]
    if record.get("kind"):
        rows.append(row("kind", record["kind"]))
    date = next((e for e in draft.evidence if e.field == "date"), None)
    shown = date_label(
        parse_partial_date(record["date"]), record.get("part_of_day"), record.get("date_inferred")
    )
    rows.append(ReviewRow("date", shown, date.confidence if date else None))
    if record.get("location"):
        rows.append(row("location", record["location"]))
    rows += [row("organisers", o["name"]) for o in record.get("organisers", [])]
    rows += _people(record.get("participants", []), sure)
    for decision in record.get("decisions", []):
        rows.append(row("decisions", decision["text"], decision["text"][:80]))
        rows += _owner_and_due(decision, sure)
    rows += [row("documents", d["number"]) for d in record.get("documents", [])]
    return rows


def _same_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def _people(
    participants: list[dict[str, Any]], sure: dict[tuple[str, str], float]
) -> list[ReviewRow]:
    """Each person once, where first named, with every role the draft gives them (the record
    holds one entry per role: the chair who also spoke is two); the least sure role decides."""
    entries: dict[str, list[dict[str, Any]]] = {}
    for person in participants:
        entries.setdefault(_same_name(person["name"]), []).append(person)
    rows = []
    for same in entries.values():
        roles = tuple(dict.fromkeys(person.get("role", "attendee") for person in same))
        titles: list[str] = []
        for title in (person.get("title") or "" for person in same):
            # One reading of a title inside another's ("Bí thư" in "Bí thư, Chủ tịch") adds nothing.
            if title and not any(title.casefold() in kept.casefold() for kept in titles):
                titles.append(title)
        shown = same[0]["name"] + (" | " + "; ".join(titles) if titles else "")
        confidences = [
            sure.get((person.get("role", "attendee"), person["name"])) for person in same
        ]
        known = [confidence for confidence in confidences if confidence is not None]
        confidence = min(known) if len(known) == len(confidences) else None
        rows.append(ReviewRow(roles[0], shown, confidence, roles[1:]))
    return rows


def roles_lines(draft: Draft) -> list[str]:
    """What to check of each person the draft gives more than one role, in the interface's
    language: the form has a row for each role, which reads as two people."""
    lines = []
    for row in review_rows(draft):
        if row.also:
            name = row.value.split(" | ")[0]
            roles = ", ".join(_(role) for role in row.roles)
            lines.append(
                _("{name} is one person in {count} roles ({roles}): a row for each in the form",
                  name=name, count=len(row.roles), roles=roles)
            )  # fmt: skip
    return lines


def _owner_and_due(decision: dict[str, Any], sure: dict[tuple[str, str], float]) -> list[ReviewRow]:
    """Who a decision falls to and by when, each a row under the decision, as the report says
    them (the evidence holds them as the record does: the owner's words, the ISO deadline)."""
    rows = []
    if decision.get("responsible"):
        owner = decision["responsible"]
        rows.append(ReviewRow("decision_responsible", owner,
                              sure.get(("decision_responsible", owner))))  # fmt: skip
    if decision.get("due"):
        due = str(decision["due"])
        rows.append(ReviewRow("decision_due", date_label(parse_partial_date(due)),
                              sure.get(("decision_due", due))))  # fmt: skip
    return rows


def guessed_fields(draft: Draft) -> set[str]:
    """The record fields a person must check: a value read with low confidence, or a flag."""
    fields = {FLAG_FIELDS[flag] for flag in draft.flags if flag in FLAG_FIELDS}
    for row in review_rows(draft):
        if row.guessed:
            field = "decisions" if row.field.startswith("decision_") else row.field
            fields.add("participants" if field in ROLES else field)
    return fields


# The extractor's flags in English, for an English interface (its own words, FLAG_TEXT, are
# Vietnamese, and go into a Biên bản draft's notes whatever the interface).
FLAGS_EN = {
    "date-year-missing": "the report gives no year for the meeting; the year is a guess",
    "date-year-guessed": "the report gives no year for the meeting; guessed from the years it "
    "mentions",
    "date-year-from-dateline": "the year is the one the report was published in",
    "date-from-dateline": 'the date is the day the report was published ("today"), or the '
    'day before ("yesterday")',
    "date-missing": "the report gives no date for the meeting",
    "date-year-this-year": "the report names no year at all; this year is put in, to check",
    "no-chair-named": "the report names nobody who chaired",
    "chair-from-conclusion": "the chair is guessed to be the person who concluded; check it",
    "minutes-date-from-header": "the date is the one in the minutes' place-and-date line",
    "minutes-approved": "the minutes say they were approved: once checked, set their status to "
    "approved, with when and by whom",
    "no-people-named": "the report names nobody who attended",
    "no-place": "the report gives no place",
    "no-organiser": "the organising body is unclear",
    "title-from-headline": "the title is the report's headline",
    "title-missing": "no title for the meeting was found",
    "html-stripped": "the input was HTML; its tags were removed",
    "text-truncated": "the report is very long; only its beginning was read",
    "empty-text": "the text is empty",
    "extractor-error": "part of the report could not be read",
    "draft-simplified": "the draft was cut down to make it valid",
}


def flag_lines(flags: Iterable[str]) -> list[str]:
    """What each flag asks a person to check, once each, in the interface's language: the CLI
    and the TUI say the same words (the extractor's own, FLAG_TEXT, in Vietnamese)."""
    from store.extract import FLAG_TEXT
    from store.extract.drafting import flags_to_say

    english = current_language() != "vi"
    return [
        (FLAGS_EN.get(flag) if english else None) or FLAG_TEXT.get(flag, flag)
        for flag in flags_to_say(list(flags))
    ]


def draft_record(draft: Draft) -> dict[str, Any]:
    """The draft's record, marked `draft`: saved, it waits for review (`status:draft`)."""
    return {**draft.record, "status": "draft"}
