"""Stored text in the edit form's fields: its control characters shown, what is stored kept.

An `Input` or a `TextArea` sends what it holds to the terminal as it is, so a stored ESC sequence
put into one would act (clear the screen, set the window title). `show_stored()` puts stored
text into a field as `store` shows it everywhere (`one_line` for a one-line field, `printable`
for a block: an ESC is the four characters `\\x1b`) and remembers what is stored;
`stored_text()` reads the field back.

The rule, the same for every field: a field that still shows what `show_stored()` put there
stands for the text as stored, control characters and all, so an untouched form reads back the
record exactly as it is in the book (and saving it changes nothing). A field the person changed
is what it shows: the text they saw and edited, an escape shown as `\\x1b` saved as those four
characters. The fields they left alone keep their stored text.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from textual.widget import Widget
from textual.widgets import Input, TextArea

from store import one_line, printable

# A field → (what it was shown, what is stored), for a field whose stored text differs from
# what it shows; weak, so a row removed from the form takes its entry with it.
_STORED: WeakKeyDictionary[Widget, tuple[str, str]] = WeakKeyDictionary()


def show_stored(field: Input | TextArea, stored: str) -> None:
    """Put `stored` in `field`, its control characters visible; remember what it stands for."""
    if isinstance(field, TextArea):
        field.text = printable(stored)
        shown = field.text
    else:
        field.value = one_line(stored)
        shown = field.value
    if shown == stored:
        _STORED.pop(field, None)
    else:
        _STORED[field] = (shown, stored)


def stored_text(field: Input | TextArea) -> str:
    """The text `field` stands for: as stored while it shows what `show_stored` put there,
    else what it shows (the person changed it)."""
    shown = field.text if isinstance(field, TextArea) else field.value
    kept = _STORED.get(field)
    return kept[1] if kept is not None and kept[0] == shown else shown
