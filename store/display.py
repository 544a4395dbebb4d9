"""How the faces show stored values: day-first dates, role names, text made safe for a terminal.

Shared by the CLI and the TUI so both say "30/05/2022 chiều" the same way. Nothing here draws;
it only turns values into plain strings.
"""

from __future__ import annotations

import re

from store.dates import PART_OF_DAY_VI, PartialDate

ROLE_LABELS = {
    "chair": "chair",
    "attendee": "attendee",
    "speaker": "speaker",
    "secretary": "secretary",
    "representative": "representative",
    "absent": "absent",
}
ROLE_HEADINGS = {
    "chair": "Chaired by",
    "attendee": "Attended",
    "speaker": "Spoke",
    "secretary": "Secretary",
    "representative": "Representatives",
    "absent": "Absent",
}

# C0 controls but tab and newline, DEL and C1 controls: an ESC in a title must not reach the
# terminal as an escape sequence (it could move the cursor or hide text).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str | None) -> str:
    """`text` with control characters shown as visible escapes (\\x1b) instead of acting."""
    if not text:
        return ""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def one_line(text: str | None) -> str:
    return " ".join(printable(text).split())


def date_label(date: PartialDate, part_of_day: str | None = None, inferred: bool = False) -> str:
    """`30/05/2022 chiều`, `05/2022`, `2022?` (a trailing ? when the date was inferred)."""
    label = date.display() + ("?" if inferred else "")
    if part_of_day:
        label += " " + PART_OF_DAY_VI.get(part_of_day, part_of_day)
    return label
