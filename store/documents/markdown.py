"""Meetings as clean Markdown minutes (copy, paste, print): `record_markdown()` writes one,
`minutes_markdown()` and the `md` writer many, one `#` heading per meeting.

A write-only format: the document is for people (a chat message, an e-mail, a report draft), not
for re-import; JSON and CSV carry records back in. The headings and labels come from a `labels`
dict keyed by the English words in `LABEL_KEYS`, so a face can write the document in its own
language without `store` importing it; missing keys fall back to English. The words themselves
are `store.words.meeting_words`', the same the CLI and the TUI show.

Where the minutes stand is said under the title: a draft is marked `**DỰ THẢO**` (the mark a
printed draft carries in every document, in Vietnamese whatever the labels), approved or locked
minutes carry their approval line (`words.approval`, through `say` like every label).

Every piece of user text except the notes is escaped, so a title such as `# Họp` or a name holding
`*` comes out as written rather than as a heading or emphasis. The notes are Markdown by design
(docs/format.md) and go in as they are. Control characters are made visible (`store.words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TextIO

from store.documents.marks import DRAFT_MARK
from store.record import MeetingRecord
from store.words import LABELS, Entry, meeting_words, one_line

# Every word the document itself writes; a face passes {label: translation}.
LABEL_KEYS = LABELS

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
    """The whole record as Markdown: title, where it stands (a draft's mark, the approval),
    facts, people by role, decisions, documents, notes."""
    words_of = labels or {}
    words = meeting_words(record, lambda key: words_of.get(key, key))
    parts = [f"# {escape(words.title)}"]
    if record.status == "draft":
        parts.append(f"**{DRAFT_MARK}**")
    if words.approval:
        parts.append(f"*{escape(words.approval)}*")
    facts = [f"- **{escape(label)}:** {escape(value)}" for label, value in words.facts]
    parts.append("\n".join(facts))
    for section in words.sections:
        lines = [
            _numbered(number, entry) if section.numbered else _listed(entry)
            for number, entry in enumerate(section.entries, start=1)
        ]
        parts.append(f"## {escape(section.heading)}\n\n" + "\n".join(lines))
    if record.notes:
        # The notes are Markdown by design (docs/format.md): they go in as they are.
        parts.append(f"## {escape(words.notes_heading)}\n\n{words.notes}")
    return "\n\n".join(part for part in parts if part) + "\n"


def _listed(entry: Entry) -> str:
    """A person (with the title held) or a document (with its date and title)."""
    line = f"- {escape(entry.text)}"
    if entry.details:
        line += f" ({escape(', '.join(entry.details))})"
    if entry.aside:
        line += f" — {escape(entry.aside)}"
    return line


def _numbered(number: int, entry: Entry) -> str:
    """A decision; its kind, status, owner and due date on a continuation line, in italics."""
    indent = " " * len(f"{number}. ")
    details = " · ".join(escape(detail) for detail in (*entry.tags, *entry.details))
    return f"{number}. {escape(entry.text)}  \n{indent}*{details}*"


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
