"""What each key of the minute book does, in a sentence: by its binding's id, in one place.

A key's name (its binding's description: "Decisions", "Trash") is what the footer has room for;
what the key does is said here, beside the name in the command palette (ctrl+p) and as the
footer key's tooltip. One table rather than a `tooltip=` on each `Binding`: the screens' key
lists stay one line a key, and a test checks that every key with an id has its sentence, in
English and in Vietnamese (store/i18n/vi_palette.py). A binding's own `tooltip`, where one is
given, comes first.
"""

from __future__ import annotations

from textual.binding import Binding

from tui.i18n import _, english

WHAT_KEYS_DO: dict[str, str] = {
    "app.help": _("Every key of this screen and what it does"),
    "app.quit": _("Close the minute book (asks first if something is unsaved)"),
    "app.overview": _("Figures of a month, quarter, year or the search: meetings, attendance, "
                      "decisions, as plots"),
    "overview.back": _("Return to the meetings"),
    "overview.numbers": _("Switch the figure between its plot and its numbers"),
    "overview.period": _("This month, this quarter, this year, or the search on the home screen"),
    "overview.earlier": _("The month, quarter or year before"),
    "overview.later": _("The month, quarter or year after"),
    "overview.next": _("Show the next figure"),
    "overview.previous": _("Show the previous figure"),
    "overview.refresh": _("Count the figures again"),
    "figure_meetings.back": _("Return to the figures"),
    "plot.previous": _("Choose the bar before"),
    "plot.next": _("Choose the bar after"),
    "plot.first": _("Choose the first bar"),
    "plot.last": _("Choose the last bar"),
    "plot.open": _("Show the meetings behind the chosen bar"),
    "figure_table.up": _("Choose the row above"),
    "figure_table.down": _("Choose the row below"),
    "figure_table.open": _("Show the meetings behind the chosen row, or its meeting"),
    "recovery.reopen": _("Open the form again with what was typed"),
    "recovery.discard": _("Throw away the copy of what was typed"),
    "recovery.later": _("Keep the copy and decide next time"),
    "browse.search": _("Find meetings by words, people, places or dates"),
    "browse.leave": _("Go from the search box back to the list"),
    "browse.to_list": _("Go from the search box to the first meeting of the list"),
    "browse.new": _("Record a new meeting in an empty form"),
    "browse.people": _("Everyone named in the book: rename, merge duplicates"),
    "browse.decisions": _("The decisions and conclusions still open, across meetings"),
    "browse.delete": _("Move the highlighted meeting to the trash"),
    "browse.undo": _("Bring back the meeting deleted last"),
    "browse.trash": _("The deleted meetings, to restore or destroy"),
    "browse.new_from": _("A new meeting filled from the highlighted one"),
    "browse.from_report": _("Paste a report or give its file: a draft meeting is filled from it"),
    "browse.sort": _("Switch between best match first and newest first"),
    "browse.refresh": _("Read the book again (changes made elsewhere)"),
    "conflict.save": _("Save the fields as chosen here"),
    "conflict.copy": _("Copy what you typed in this field, to paste it elsewhere"),
    "conflict.file": _("Keep your whole version in a file"),
    "conflict.back": _("Return to the form without saving"),
    "decisions.filter": _("Narrow the list by words or who carries it out"),
    "decisions.done": _("Mark the highlighted decision done"),
    "decisions.undo": _("Put the decision marked done last back to open"),
    "decisions.back": _("Return to the meetings"),
    "decisions.refresh": _("Read the decisions again"),
    "confirm.no": _("Answer no and close the question"),
    "confirm.yes": _("Answer yes"),
    "confirm.left": _("Put the focus on the button to the left"),
    "confirm.right": _("Put the focus on the button to the right"),
    "picker.cancel": _("Close without choosing"),
    "picker.list": _("Move into the list to choose one"),
    "edit.save": _("Save the meeting as the form shows it"),
    "edit.cancel": _("Leave the form (asks first if something changed)"),
    "edit.person": _("Go to the box that adds a person"),
    "edit.amend": _("Change locked minutes, giving the reason"),
    "report.cancel": _("Close without reading a report"),
    "report.read": _("Read the report pasted or named, for a draft meeting"),
    "draft.checks": _("Show every point the draft asks you to check, or fold them to a line"),
    "help.close": _("Close the list of keys"),
    "history.back": _("Return to the meeting"),
    "history.revert": _("Make the highlighted version the meeting's text again"),
    "history.refresh": _("Read the history again"),
    "meeting.back": _("Return to the list"),
    "meeting.edit": _("Change this meeting in the form"),
    "meeting.history": _("Every saved version of this meeting"),
    "meeting.new_from": _("A new meeting filled from this one"),
    "meeting.person": _("Open a person named in this meeting"),
    "meeting.copy": _("Send this meeting as Markdown to the clipboard, if the terminal allows"),
    "meeting.write": _("Write this meeting as Markdown to a file"),
    "write.cancel": _("Close without writing"),
    "meeting.delete": _("Move this meeting to the trash"),
    "person_picker.close": _("Close without going to a person"),
    "people.filter": _("Narrow the list by part of a name"),
    "people.duplicates": _("People whose names may be the same person"),
    "people.sort": _("Switch between sorting by given name and by full name"),
    "people.back": _("Return to the meetings"),
    "people.refresh": _("Read the people again"),
    "rename.cancel": _("Close without renaming"),
    "person.rename": _("Correct this person's name in every meeting"),
    "person.merge": _("Make another name of the same person this one"),
    "person.back": _("Return to the people"),
    "trash.back": _("Return to the meetings"),
    "trash.restore": _("Bring the highlighted meeting back to the book"),
    "trash.empty": _("Destroy every meeting in the trash for good"),
    "trash.refresh": _("Read the trash again"),
    "amend.cancel": _("Close without amending"),
    "choice.next": _("Show the next of the choices"),
    "choice.previous": _("Show the previous of the choices"),
    "edit.add_row": _("Add a row to this list of the form"),
    "edit.remove_row": _("Remove the row the cursor is in"),
    "edit.move_up": _("Move this row one place up"),
    "edit.move_down": _("Move this row one place down"),
    "list.up": _("Highlight the meeting above"),
    "list.down": _("Highlight the meeting below"),
    "list.page_up": _("A screenful of meetings up"),
    "list.page_down": _("A screenful of meetings down"),
    "list.first": _("Highlight the first meeting of the list"),
    "list.last": _("Highlight the last meeting of the list"),
    "list.open": _("Show the highlighted meeting whole"),
    "picker.next": _("Highlight the next person suggested"),
    "picker.previous": _("Highlight the previous person suggested"),
    "picker.close": _("Hide the people suggested"),
    "edit.role": _("Change the role of the person in this row (chair, attendee…)"),
}


def what_it_does(binding: Binding) -> str:
    """The sentence saying what `binding` does, in the interface's language (whatever language
    it was made in); its name when nothing more is known."""
    said = binding.tooltip or WHAT_KEYS_DO.get(binding.id or "") or binding.description
    return _(english(said)[0]) if said else ""


__all__ = ["WHAT_KEYS_DO", "what_it_does"]
