"""`meeting_text()`: a whole meeting record as Rich text, in the interface language.

Used by the browse screen's preview and by the meeting screen, so both show a record the same
way. Every piece of user text goes in as `Text` through `printable()`: a title holding `[bold]` or
an escape sequence is shown as written, never interpreted.
"""

from __future__ import annotations

from rich.text import Text

from store import MeetingRecord
from store.display import ROLE_HEADINGS, date_label, one_line, printable
from tui.i18n import _


def when(record: MeetingRecord) -> str:
    label = date_label(record.date, record.part_of_day)
    if record.start_time:
        label += f" {record.start_time:%H:%M}"
        if record.end_time:
            label += f"–{record.end_time:%H:%M}"
    if record.date_inferred:
        label += f" ({_('the date is inferred')})"
    return label


def _heading(text: str) -> Text:
    return Text("\n" + text, style="bold")


def meeting_text(record: MeetingRecord, *, notes: bool = True) -> Text:
    """The record, heading first, then facts, people by role, decisions, documents, notes."""
    out = Text(one_line(record.title), style="bold")
    if record.status != "final":
        out.append("\n")
        out.append(f"{_('Status')}: ", style="dim")
        out.append(_(record.status), style="bold reverse")
        out.append(
            " " + _("to review; mark it final in the edit form (e) once checked"), style="italic"
        )
    facts = [
        (_("When"), when(record)),
        (_("Kind"), record.kind),
        (_("Where"), record.location),
        (_("Organisers"), "; ".join(o.name for o in record.organisers)),
        (_("Source"), record.source),
    ]
    for label, value in facts:
        if value:
            out.append("\n")
            out.append(f"{label}: ", style="dim")
            out.append(one_line(value))
    for role, heading in ROLE_HEADINGS.items():
        people = [p for p in record.participants if p.role == role]
        if people:
            out.append_text(_heading(_(heading)))
            for person in people:
                out.append("\n  " + one_line(person.name))
                if person.title:
                    out.append(" — " + one_line(person.title), style="dim")
    if record.decisions:
        out.append_text(_heading(_("Decisions")))
        for number, decision in enumerate(record.decisions, start=1):
            out.append(f"\n  {number}. [{_(decision.kind)}, {_(decision.status)}] ")
            out.append(one_line(decision.text))
            extra = []
            if decision.responsible:
                extra.append(f"{_('responsible')}: {one_line(decision.responsible)}")
            if decision.due:
                extra.append(f"{_('due')}: {decision.due.display()}")
            if extra:
                out.append("  (" + "; ".join(extra) + ")", style="dim")
    if record.documents:
        out.append_text(_heading(_("Documents cited")))
        for document in record.documents:
            out.append("\n  " + one_line(" ".join(filter(None, [document.kind, document.number]))))
            if document.date:
                out.append(f" {document.date.display()}")
            if document.title:
                out.append(" — " + one_line(document.title), style="dim")
    if notes and record.notes:
        out.append_text(_heading(_("Notes")))
        out.append("\n" + printable(record.notes))
    return out
