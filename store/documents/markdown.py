"""Meetings as clean Markdown minutes (copy, paste, print): `record_markdown()` writes one,
`minutes_markdown()` and the `md` writer many, one `#` heading per meeting.

A write-only format: the document is for people (a chat message, an e-mail, a report draft), not
for re-import; JSON and CSV carry records back in. The headings and labels come from a `labels`
dict keyed by the English words in `LABEL_KEYS`, so a face can write the document in its own
language without `store` importing it; missing keys fall back to English.

Every piece of user text except the notes is escaped, so a title such as `# Họp` or a name holding
`*` comes out as written rather than as a heading or emphasis. The notes are Markdown by design
(docs/format.md) and go in as they are. Control characters are made visible (`store.words`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TextIO

from store.record import DecisionItem, DocumentItem, MeetingRecord
from store.vocabulary import ROLE_HEADINGS
from store.words import date_label, one_line, printable

Say = Callable[[str], str]  # a key of LABEL_KEYS -> the word to write

# Every word the document itself writes; a face passes {key: translation}.
LABEL_KEYS: tuple[str, ...] = (
    "When",
    "Kind",
    "Where",
    "Organisers",
    "Source",
    "the date is inferred",
    *ROLE_HEADINGS.values(),
    "Decisions",
    "Documents cited",
    "Notes",
    "decision",
    "conclusion",
    "assignment",
    "open",
    "done",
    "dropped",
    "responsible",
    "due",
)

# Backslash-escaping any ASCII punctuation is valid CommonMark; these are the ones that can start
# emphasis, code, links, HTML, headings or table cells anywhere in a line. An underscore inside a
# word (`seeds/003_c2c9`) never starts emphasis, so it is left alone for readability.
_INLINE = re.compile(r"([\\`*\[\]<>#|~]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z]))")
# At the start of a line: list markers, ordered-list numbers, block quotes, setext/rules.
_LINE_START = re.compile(r"^([-+=]|\d+(?=[.)]))")


def escape(text: str | None) -> str:
    """One line of user text, shown literally by any CommonMark renderer."""
    line = _INLINE.sub(r"\\\1", one_line(text))
    match = _LINE_START.match(line)
    if match is None:
        return line
    # "2024. Hội nghị" would start an ordered list: escape the dot after the number, else the mark.
    at = match.end() if match.group(1).isdigit() else 0
    return line[:at] + "\\" + line[at:]


def record_markdown(record: MeetingRecord, labels: Mapping[str, str] | None = None) -> str:
    """The whole record as Markdown: title, facts, people by role, decisions, documents, notes."""
    words = labels or {}

    def say(key: str) -> str:
        return words.get(key, key)

    parts = [f"# {escape(record.title)}", _facts(record, say)]
    for role, heading in ROLE_HEADINGS.items():
        people = [p for p in record.participants if p.role == role]
        if people:
            lines = [
                f"- {escape(p.name)}" + (f" — {escape(p.title)}" if p.title else "") for p in people
            ]
            parts.append(f"## {escape(say(heading))}\n\n" + "\n".join(lines))
    if record.decisions:
        lines = [_decision(n, d, say) for n, d in enumerate(record.decisions, start=1)]
        parts.append(f"## {escape(say('Decisions'))}\n\n" + "\n".join(lines))
    if record.documents:
        lines = [_document(d) for d in record.documents]
        parts.append(f"## {escape(say('Documents cited'))}\n\n" + "\n".join(lines))
    if record.notes:
        parts.append(f"## {escape(say('Notes'))}\n\n{printable(record.notes).strip()}")
    return "\n\n".join(part for part in parts if part) + "\n"


# A thematic break between meetings: the reader sees where one set of minutes ends. It follows a
# blank line, so it can never turn the line above it into a heading.
MEETING_BREAK = "\n---\n\n"


def minutes_markdown(
    records: Iterable[MeetingRecord], labels: Mapping[str, str] | None = None
) -> str:
    """Several meetings as one document: each meeting's minutes under its own `#` heading."""
    return MEETING_BREAK.join(record_markdown(record, labels) for record in records)


def write_markdown(records: Iterable[MeetingRecord], out: TextIO) -> int:
    """The `md` writer: the minutes of every record, in the order given; returns how many."""
    count = 0
    for record in records:
        if count:
            out.write(MEETING_BREAK)
        out.write(record_markdown(record))
        count += 1
    return count


def _facts(record: MeetingRecord, say: Say) -> str:
    when = date_label(record.date, record.part_of_day)
    if record.start_time:
        when += f" {record.start_time:%H:%M}"
        if record.end_time:
            when += f"–{record.end_time:%H:%M}"
    when = escape(when)
    if record.date_inferred:
        when += f" ({escape(say('the date is inferred'))})"
    facts = [
        ("When", when),
        ("Kind", escape(record.kind)),
        ("Where", escape(record.location)),
        ("Organisers", "; ".join(escape(o.name) for o in record.organisers)),
        ("Source", escape(record.source)),
    ]
    return "\n".join(f"- **{escape(say(key))}:** {value}" for key, value in facts if value)


def _decision(number: int, decision: DecisionItem, say: Say) -> str:
    details = [escape(say(decision.kind)), escape(say(decision.status))]
    if decision.responsible:
        details.append(f"{escape(say('responsible'))}: {escape(decision.responsible)}")
    if decision.due:
        details.append(f"{escape(say('due'))}: {decision.due.display()}")
    # The details go on a continuation line, indented to the item's text, in italics.
    indent = " " * len(f"{number}. ")
    return f"{number}. {escape(decision.text)}  \n{indent}*{' · '.join(details)}*"


def _document(document: DocumentItem) -> str:
    line = "- " + escape(" ".join(filter(None, [document.kind, document.number])))
    if document.date:
        line += f" ({document.date.display()})"
    if document.title:
        line += f" — {escape(document.title)}"
    return line
