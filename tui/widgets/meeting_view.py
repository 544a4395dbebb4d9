"""`meeting_text()`: a whole meeting record as Rich text, in the interface language.

Used by the browse screen's preview and by the meeting screen, so both show a record the same
way; and the same way as the CLI's `show` and the Markdown minutes, since the words are the store's
one renderer (`store.meeting_words`, laid out by `store.as_rich_text`), said in the interface's
language by `_`. Every piece of user text goes in as plain text made printable: a title holding
`[bold]` or an escape sequence is shown as written, never interpreted.
"""

from __future__ import annotations

from rich.text import Text

import store
from tui.i18n import _


def status_line(record: store.MeetingRecord) -> str:
    """What to say about a record still to review (a draft); "" for a kept record."""
    if record.status == "final":
        return ""
    to_review = _("to review; mark it final in the edit form (e) once checked")
    return f"{_('Status')}: {_(record.status)} {to_review}"


def meeting_text(record: store.MeetingRecord, *, notes: bool = True) -> Text:
    """The record, heading first, then facts, people by role, decisions, documents, notes."""
    words = store.meeting_words(record, say=_)
    return store.as_rich_text(words, notes=notes, status_line=status_line(record))
