"""The one renderer of a meeting's words: labels, dates, roles, decisions, documents.

`meeting_words()` turns a record into what is said about it — the facts under their labels, the
people under their role's heading with the title each held, the decisions with their kind, status,
owner and due date, the documents cited — as plain strings, already made safe for a terminal
(`printable`, `one_line`). The CLI's `show`, the TUI's meeting view and preview (`as_rich_text`)
and the Markdown minutes all lay out these same words, so they cannot disagree; a new field of a
meeting is added here once. Labels are English keys passed through the face's `say` (its
translation), so this module needs no catalog.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.dates import PartialDate
from store.vocabulary import PART_OF_DAY_VI, ROLE_HEADINGS, ROLES

if TYPE_CHECKING:
    from rich.text import Text

    from store.record import MeetingRecord

Say = Callable[[str], str]  # an English label -> the word the face shows


def _same(text: str) -> str:
    return text


# C0 controls but tab and newline, DEL and C1 controls: an ESC in a title must not reach the
# terminal as an escape sequence (it could move the cursor or hide text).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str | None) -> str:
    """`text` with control characters shown as visible escapes (\\x1b) instead of acting."""
    if not text:
        return ""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def one_line(text: str | None) -> str:
    """`text` made printable, on one line, its runs of white space single spaces."""
    return " ".join(printable(text).split())


def date_label(date: PartialDate, part_of_day: str | None = None, inferred: bool = False) -> str:
    """`30/05/2022 chiều`, `05/2022`, `2022?` (a trailing ? when the date was inferred)."""
    label = date.display() + ("?" if inferred else "")
    if part_of_day:
        label += " " + PART_OF_DAY_VI.get(part_of_day, part_of_day)
    return label


def when_label(record: MeetingRecord, say: Say = _same) -> str:
    """The date, part of day and hours: `30/05/2022 chiều 14:00–16:30`; an end needs a start."""
    label = date_label(record.date, record.part_of_day)
    if record.start_time:
        label += f" {record.start_time:%H:%M}"
        if record.end_time:
            label += f"–{record.end_time:%H:%M}"
    if record.date_inferred:
        label += f" ({say('the date is inferred')})"
    return label


@dataclass(frozen=True)
class Entry:
    """One line of a section: a person, a decision or a document."""

    text: str  # the main words: a name, a decision's text, a document's kind and number
    aside: str = ""  # after a dash, quieter: the title a person held, a document's title
    tags: tuple[str, ...] = ()  # a decision's kind and status
    details: tuple[str, ...] = ()  # who is responsible, by when; a document's date


@dataclass(frozen=True)
class Section:
    heading: str
    entries: tuple[Entry, ...]
    numbered: bool = False


@dataclass(frozen=True)
class MeetingWords:
    """What is said about one meeting, in reading order, every string one printable line."""

    title: str
    status: str  # the record's status code ("final": nothing to flag)
    facts: tuple[tuple[str, str], ...]  # (label, value), only those with a value
    sections: tuple[Section, ...]
    notes: str  # printable, line breaks kept; "" when there are none
    notes_heading: str = "Notes"
    approval: str = ""  # approved or locked minutes: "Approved on 20/03/2024 by ..."; else ""


# Every English label `meeting_words` passes to `say`: a face's catalog must hold them all.
LABELS: tuple[str, ...] = (
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
    "Approved on {date} by {who}",
    "Approved on {date}",
)


def approval_label(record: MeetingRecord, say: Say = _same) -> str:
    """When and by whom approved or locked minutes were approved (thông qua), one line:
    `Approved on 20/03/2024 by Hội nghị BCH`; "" for minutes not approved. The label is a
    template: the face's `say` translates it whole, the date and the name go in after."""
    if record.status not in ("approved", "locked") or record.approved_on is None:
        return ""
    when = record.approved_on.display()
    if not record.approved_by:
        return say("Approved on {date}").format(date=when)
    return say("Approved on {date} by {who}").format(date=when, who=one_line(record.approved_by))


def meeting_words(record: MeetingRecord, say: Say = _same) -> MeetingWords:
    """The words of `record`, labels said in the face's language by `say`."""
    facts = [
        (say("When"), when_label(record, say)),
        (say("Kind"), one_line(record.kind)),
        (say("Where"), one_line(record.location)),
        (say("Organisers"), "; ".join(one_line(o.name) for o in record.organisers)),
        (say("Source"), one_line(record.source)),
    ]
    sections = []
    for role in ROLES:
        people = [
            Entry(one_line(p.name), one_line(p.title))
            for p in record.participants
            if p.role == role
        ]
        if people:
            sections.append(Section(say(ROLE_HEADINGS[role]), tuple(people)))
    if record.decisions:
        decisions = []
        for decision in record.decisions:
            details = []
            if decision.responsible:
                details.append(f"{say('responsible')}: {one_line(decision.responsible)}")
            if decision.due:
                details.append(f"{say('due')}: {decision.due.display()}")
            tags = (say(decision.kind), say(decision.status))
            decisions.append(Entry(one_line(decision.text), "", tags, tuple(details)))
        sections.append(Section(say("Decisions"), tuple(decisions), numbered=True))
    if record.documents:
        documents = [
            Entry(
                one_line(" ".join(filter(None, [d.kind, d.number]))),
                one_line(d.title),
                details=(d.date.display(),) if d.date else (),
            )
            for d in record.documents
        ]
        sections.append(Section(say("Documents cited"), tuple(documents)))
    return MeetingWords(
        title=one_line(record.title),
        status=record.status,
        facts=tuple((label, value) for label, value in facts if value),
        sections=tuple(sections),
        notes=printable(record.notes).strip(),
        notes_heading=say("Notes"),
        approval=approval_label(record, say),
    )


def as_rich_text(words: MeetingWords, *, notes: bool = True, status_line: str = "") -> Text:
    """The words laid out for a terminal (the CLI's `show`, the TUI's meeting view).

    Every piece of user text goes in as plain text: a title holding `[bold]` is shown as written,
    never read as markup. `status_line` is the face's sentence for a record still to review.
    """
    from rich.text import Text

    out = Text(words.title, style="bold")
    if status_line:
        out.append("\n" + status_line, style="italic")
    for label, value in words.facts:
        out.append("\n")
        out.append(f"{label}: ", style="dim")
        out.append(value)
    for section in words.sections:
        out.append("\n\n" + section.heading, style="bold")
        for number, entry in enumerate(section.entries, start=1):
            out.append(f"\n  {number}. " if section.numbered else "\n  ")
            if entry.tags:
                out.append(f"[{', '.join(entry.tags)}] ")
            out.append(entry.text)
            if entry.aside:
                out.append(" — " + entry.aside, style="dim")
            if entry.details:
                out.append("  (" + "; ".join(entry.details) + ")", style="dim")
    if notes and words.notes:
        out.append("\n\n" + words.notes_heading, style="bold")
        out.append("\n" + words.notes)
    return out


MATCHED_STYLE = "bold underline"  # the words a search matched, wherever a face shows them


def highlighted(text: str, spans: Iterable[tuple[int, int]], style: str = "") -> Text:
    """`text` in `style`, the characters of `spans` (a search's matched words, `store.Why`) in
    MATCHED_STYLE alone (not dimmed with the rest). Each piece is made printable on its own
    (an ESC becomes `\\x1b` without moving the spans) and none is read as markup; newlines and
    tabs become spaces: one line."""
    from rich.text import Text

    def piece(part: str) -> str:
        # Not one_line: it would also drop the spaces at the piece's ends, which separate it
        # from the next piece.
        return printable(part).replace("\n", " ").replace("\t", " ")

    shown = Text()
    at = 0
    for start, end in sorted(spans):
        if start < at:
            continue  # overlapping spans: the first one already covers it
        shown.append(piece(text[at:start]), style=style)
        shown.append(piece(text[start:end]), style=MATCHED_STYLE)
        at = end
    shown.append(piece(text[at:]), style=style)
    return shown
