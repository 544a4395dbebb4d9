"""When the edit form's meeting was: the date's line, its inferred mark and the part of day.

The form follows what is typed as `minutebook edit` does (store/edits.py). A date the person types
is stated: typing one clears "Inferred" unless the person ticked or cleared the box in this form
(the date typed back as it was loaded brings the mark back as it was). A start time decides the
part of day when the person gives none (chose none in the box, and the date says none): the part
the time says (`2h chiều`), else the part the box had when it holds the hour, else the one part
that does (15:00: chiều); when two could (13:00: trưa or chiều) the box is left as it is and
saving names the start time (`clash`), as the form names any field's problem. Each is worked out
from the box's part before the start time moved it, so what a half-typed time said ("2h" of
"2h chiều") does not stay. The hours each part holds and the part a time says are the store's
(`store.parts_holding`, `store.part_said`), the ones the CLI and the record's validation use.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Checkbox, Input, Select, Static

import store
from store import one_line
from tui.i18n import _


def followed_part(own: str | None, typed: str) -> str | None:
    """The part of day a start time `typed` puts the meeting in when the person gave none, the
    box having said `own` (a code, or None) before it."""
    try:
        start = store.parse_time(typed)
    except store.DateError:
        return own  # not a time (yet): the record's validation names it on saving
    said = store.part_said(typed)
    if said is not None:
        return said
    holding = store.parts_holding(start)
    if own is None or own in holding or len(holding) != 1:
        return own  # nothing to contradict, nothing to move, or two parts to choose from
    return holding[0]


class WhenFields:
    """The date, inferred mark, part of day and start time of an `EditScreen` (by their ids),
    following one another as the person types."""

    def __init__(self, form: Screen[Any]) -> None:
        self.form = form
        self._loaded: tuple[str, bool, str] = ("", False, "")  # date, inferred, start as shown
        self._own_part: str | None = None  # the box's part, but for what a start time moved
        self._part_chosen = False  # the person chose a part in the box, in this form
        self._inferred_chosen = False  # the person ticked or cleared "Inferred", in this form

    def _input(self, name: str) -> Input:
        return self.form.query_one(f"#{name}", Input)

    def _box(self) -> Select[str]:
        return self.form.query_one("#part_of_day", Select)

    def _inferred(self) -> Checkbox:
        return self.form.query_one("#date_inferred", Checkbox)

    def begin(self) -> None:
        """The form as loaded (or recovered, or filled from a draft): what follows starts here."""
        self._loaded = (
            self._input("date").value, self._inferred().value, self._input("start_time").value
        )  # fmt: skip
        self._own_part = self._box().selection
        self._part_chosen = self._inferred_chosen = False

    def edited(self, event: Any) -> None:
        """Follow one change of the form (any of its Changed messages)."""
        if isinstance(event, Select.Changed) and event.select is self._box():
            self._part_chosen, self._own_part = True, self._box().selection
        elif isinstance(event, Checkbox.Changed) and event.checkbox is self._inferred():
            self._inferred_chosen = True
        elif isinstance(event, Input.Changed) and event.input is self._input("date"):
            self._date_typed()
        elif isinstance(event, Input.Changed) and event.input is self._input("start_time"):
            self._follow()

    def _date_typed(self) -> None:
        said = self.read_date()
        if said is not None:  # `chiều 12/11/2026`: the part of day is taken from the date
            self._own_part = said
            self._show_part(said)
        if not self._inferred_chosen:
            date, inferred, _start = self._loaded
            with self.form.prevent(Checkbox.Changed):  # not the person's choice
                self._inferred().value = inferred and self._input("date").value == date
        self._follow()  # a date that no longer says a part leaves it to the start time again

    def _follow(self) -> None:
        if self._part_chosen or self._date_part() is not None:
            return  # a part given: a start time outside it is refused on saving (`clash`)
        typed = self._input("start_time").value
        unchanged = typed == self._loaded[2]  # as `edit` without --start: the part stays
        self._show_part(self._own_part if unchanged else followed_part(self._own_part, typed))

    def _show_part(self, part: str | None) -> None:
        box = self._box()
        if box.selection == part:
            return
        with self.form.prevent(Select.Changed):  # not the person's choice
            if part is None:
                box.clear()
            else:
                box.value = part

    def _date_part(self) -> str | None:
        try:
            return store.parse_date_and_part(self._input("date").value)[1]
        except store.DateError:
            return None

    def clash(self) -> str | None:
        """Why the start time typed cannot be in the part of day shown, or None. A start time
        as loaded is not asked about, as `edit` without --start does not ask."""
        typed = self._input("start_time").value
        part = self._box().selection
        if typed == self._loaded[2] or part is None or store.part_said(typed) is not None:
            return None  # a part said beside another is the validation's clash, named the same
        try:
            start = store.parse_time(typed)
        except store.DateError:
            return None
        holding = store.parts_holding(start)
        if part in holding:
            return None
        return _(
            "{time} is not {part}: choose {choices} above",
            time=f"{start:%H:%M}",
            part=_(part),
            choices="/".join(_(held) for held in holding),
        )

    def read_date(self) -> str | None:
        """The line under the date: how it was read (`12/11/26` as 12/11/2026, the part of day
        in `chiều 12/11/2026`), or why it cannot be. Returns the part of day the date says."""
        note = self.form.query_one("#date-error", Static)
        value = self._input("date").value
        note.add_class("shown")
        if not value.strip():
            note.remove_class("error")
            note.update(Text(_("Day, month or year: 15/3/2024, 3/2024, 2024; chiều 15/3/2024")))
            return None
        try:
            # The store's one reading of a typed date, as validate_record reads it on saving.
            date, part = store.parse_date_and_part(value)
        except store.DateError as exc:
            note.add_class("error")
            note.update(Text(one_line(str(exc))))
            return None
        note.remove_class("error")
        said = precision_said(date.precision)
        if part is None:
            note.update(Text(_("Read as: {date} ({precision})", date=date.display(),
                               precision=said)))  # fmt: skip
        else:
            note.update(Text(_("Read as: {date}, {part} ({precision})", date=date.display(),
                               part=_(part), precision=said)))  # fmt: skip
        return part


__all__ = ["WhenFields", "followed_part"]


def precision_said(precision: str) -> str:
    """How much of the date the form read, in words: "to the day", "month only", "year only"
    (the bare code, "(day)", left a newcomer asking what it meant)."""
    said = {"day": _("to the day"), "month": _("month only"), "year": _("year only")}
    return said.get(precision, precision)
