"""The edit form's kind, filled in from the title as it is typed, while the person gives none.

`minutebook add` without `--kind` takes the kind the title names (`Hội nghị Ban Chấp hành ...`:
hội nghị), read by the store's one reading, the one a draft uses (`store.read_kind`); the form
does the same as the title is typed. It follows the title only while the kind box is empty or
still holds what the title put there: a kind the person typed, or the one the record came with,
stays as it is.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Input

import store


class KindFromTitle:
    """The `#kind` box of an `EditScreen`, following its `#title` box."""

    def __init__(self, form: Screen[Any]) -> None:
        self.form = form
        self._filled = ""  # what the title put in the kind box ("" for nothing)

    def begin(self) -> None:
        """The form as loaded: the kind it holds is the record's, not the title's."""
        self._filled = ""
        # The reading lives with the report reader, whose modules take a tenth of a second to
        # load: loaded now, in a thread, rather than on the first key typed in the title.
        self.form.run_worker(lambda: store.read_kind(""), thread=True, group="kinds")

    def edited(self, event: Any) -> None:
        """Follow one change of the form (any of its Changed messages)."""
        if not isinstance(event, Input.Changed) or event.input.id != "title":
            return
        box = self.form.query_one("#kind", Input)
        if box.value.strip() not in ("", self._filled):
            return  # the person's kind, or the record's
        kind = store.read_kind(event.value) or ""
        if box.value != kind:
            with box.prevent(Input.Changed):  # not the person's edit: the title's was
                box.value = kind
        self._filled = kind
