"""A meeting's history (`HistoryScreen`): every version, what each changed, and going back to one.

The versions are listed oldest first: the version's number, when it was saved (local time), who
saved it, what happened (created, imported, edited, approved, amended, reverted, ...) and the note
saved with it (an amendment's reason, a rename). Below the list, the highlighted version's changes
against the state before it, field by field (`changes_view`): a one-line field as before → after, a
list or the notes one item a line, removed lines marked −, added lines +; every piece of user text
shown literally. `r` restores the highlighted version after a question: the store saves it as a
new version (`Book.revert`, checked against the version shown), so history only grows; if the
meeting changed meanwhile, one line says so and the history is read again.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

import store
from store import one_line
from tui.i18n import _
from tui.screens.base import BookChange, BookScreen
from tui.screens.dialogs import ConfirmDialog
from tui.threads import hand_back
from tui.widgets.cells import cell
from tui.widgets.key_footer import KeyFooter
from tui.widgets.record_preview import when_saved

ACTIONS = store.ACTION_LABELS  # what a history row says happened, as every face says it
# The fields a change can name, as the interface says them (one list for every face).
FIELDS = store.FIELD_LABELS
LISTS = {"organisers", "participants", "decisions", "documents", "notes"}
WHOLE = 12  # a list of up to this many lines is shown whole; a longer one around its changes
CONTEXT = 2  # unchanged lines kept around each change of a long list
VERSION, WHEN, WHO, WHAT = 7, 16, 12, 24
OTHERS = VERSION + WHEN + WHO + WHAT + 2 * 5 + 2  # the note takes what is left


def action_label(action: str) -> str:
    return _(ACTIONS.get(action, action))


def field_label(name: str) -> str:
    return _(FIELDS.get(name, name))


def _value(name: str, text: str) -> str:
    """A one-line field's value as shown: the status in the interface's words."""
    if name == "status" and text:
        return one_line(_(text))
    if name == "date_inferred":
        return one_line(_(text) if text in ("yes", "no") else text)
    return one_line(text)


def diff_lines(before: str, after: str) -> list[tuple[str, str]]:
    """A list's (or the notes') change line by line, each line with its mark: "−" removed, "+"
    added, " " unchanged, "…" for unchanged lines left out around the changes of a long list."""
    old, new = before.splitlines(), after.splitlines()
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    groups: list[list[tuple[str, int, int, int, int]]]
    if max(len(old), len(new)) <= WHOLE:
        groups = [list(matcher.get_opcodes())]
    else:
        groups = [list(group) for group in matcher.get_grouped_opcodes(CONTEXT)]
    lines: list[tuple[str, str]] = []
    for number, group in enumerate(groups):
        if number or (group and group[0][1] > 0):
            lines.append(("…", ""))
        for tag, a1, a2, b1, b2 in group:
            if tag == "equal":
                lines += [(" ", line) for line in old[a1:a2]]
                continue
            lines += [("−", line) for line in old[a1:a2]]
            lines += [("+", line) for line in new[b1:b2]]
    if groups and groups[-1] and groups[-1][-1][2] < len(old):
        lines.append(("…", ""))
    return lines


MARKS = {"−": "red", "+": "green", " ": "dim", "…": "dim"}


def changes_view(changes: Iterable[Any]) -> Group:
    """The changes of one version (`Change`: field, before, after), field by field: a one-line
    field as before → after, a list one item a line with its mark (`diff_lines`); user text is
    plain text, never markup."""
    parts: list[RenderableType] = []
    for change in changes:
        if parts:
            parts.append(Text())
        label = field_label(change.field)
        if change.field in LISTS or "\n" in change.before + change.after:
            parts.append(Text(label, style="bold"))
            grid = Table.grid(padding=(0, 1))
            grid.add_column(width=3, justify="right", no_wrap=True)
            grid.add_column()
            for mark, item in diff_lines(change.before, change.after):
                style = MARKS[mark]
                grid.add_row(Text(mark, style=style), Text(one_line(item), style=style))
            parts.append(grid)
            continue
        before, after = _value(change.field, change.before), _value(change.field, change.after)
        line = Text(f"{label}: ", style="bold")
        line.append(before or _("(empty)"), style="red" if before else "dim")
        line.append(" → ")
        line.append(after or _("(empty)"), style="green" if after else "dim")
        parts.append(line)
    return Group(*parts)


class HistoryScreen(BookScreen[None]):
    """Every version of one meeting; `r` restores the highlighted one as a new version."""

    BINDINGS = [
        Binding("escape", "back", _("Back"), id="history.back"),
        Binding("r", "revert", _("Restore this version"), id="history.revert"),
        Binding("f5", "refresh", _("Refresh"), show=False, id="history.refresh"),
    ]
    DEFAULT_CSS = """
    HistoryScreen #history-title {
        height: 1; padding: 0 1; text-style: bold; text-wrap: nowrap; text-overflow: ellipsis;
    }
    HistoryScreen #versions { height: auto; max-height: 45%; }
    HistoryScreen #version-changes {
        height: 1fr; padding: 0 2; border-top: solid $primary 50%;
    }
    """

    def __init__(self, meeting_id: int) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.versions: list[Any] = []  # Book.history()'s versions, oldest first
        self.title_shown = ""

    @property
    def current_version(self) -> int | None:
        """The meeting's version as the history read last shows it."""
        return int(self.versions[-1].version) if self.versions else None

    def compose(self) -> ComposeResult:
        yield Static(Text(_("Loading…")), id="history-title")
        yield DataTable(id="versions", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="version-changes"):
            yield Static(id="version-diff")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#versions", DataTable)
        table.add_column(_("Version"), width=VERSION, key="version")
        table.add_column(_("When"), width=WHEN, key="when")
        table.add_column(_("By"), width=WHO, key="who")
        table.add_column(_("What"), width=WHAT, key="what")
        table.add_column(_("Note"), key="note")
        table.focus()
        self.follow_book(self._book_changed)
        self.load()

    def _book_changed(self, change: BookChange) -> None:
        if change.meeting_id in (None, self.meeting_id):
            self.load()

    # Reading ----------------------------------------------------------------------------------

    @work(exclusive=True, thread=True, group="history-load")
    def load(self) -> None:
        try:
            versions = self.book.history(self.meeting_id)
            title = self.book.meeting(self.meeting_id).title
        except store.StoreError as exc:  # deleted meanwhile (then in the trash), or purged
            hand_back(self, self._gone, str(exc))
            return
        hand_back(self, self._show, versions, title)

    def _gone(self, message: str) -> None:
        self.app.notify(one_line(message), severity="warning", markup=False)
        self.pop_until_active()
        self.dismiss(None)

    def _show(self, versions: list[Any], title: str) -> None:
        self.versions, self.title_shown = versions, title
        heading = _("History of meeting #{number}: {title}", number=self.meeting_id,
                    title=one_line(title))  # fmt: skip
        self.query_one("#history-title", Static).update(Text(heading))
        self._fill()

    def _fill(self) -> None:
        table = self.query_one("#versions", DataTable)
        note_width = max(6, self.size.width - OTHERS)
        table.clear()
        for index, version in enumerate(self.versions):
            table.add_row(
                Text(str(version.version), justify="right"),
                Text(when_saved(version.saved_at)),
                cell(version.saved_by, WHO),
                cell(action_label(version.action), WHAT),
                cell(store.note_said(version), note_width),
                key=str(index),
            )
        if self.versions:
            table.move_cursor(row=len(self.versions) - 1)  # the latest: what changed last
        self._show_changes()

    def on_resize(self) -> None:
        if self.versions:
            row = self.query_one("#versions", DataTable).cursor_row
            self._fill()
            self.query_one("#versions", DataTable).move_cursor(row=row)

    @property
    def selected(self) -> Any:
        """The highlighted version (None before the history is read)."""
        row = self.query_one("#versions", DataTable).cursor_row
        return self.versions[row] if 0 <= row < len(self.versions) else None

    # The changes of the highlighted version ---------------------------------------------------

    @on(DataTable.RowHighlighted, "#versions")
    def _highlighted(self) -> None:
        self._show_changes()

    def _show_changes(self) -> None:
        version, row = self.selected, self.query_one("#versions", DataTable).cursor_row
        shown = self.query_one("#version-diff", Static)
        if version is None:
            shown.update(Text())
            return
        heading = Text(_("Version {version}", version=version.version), style="bold")
        heading.append(f" · {action_label(version.action)} · {when_saved(version.saved_at)} · ")
        heading.append(one_line(version.saved_by))
        if version.note:
            heading.append("\n" + _("Note") + ": ", style="dim")
            heading.append(store.note_said(version))
        if version.changes:
            body: RenderableType = changes_view(version.changes)
        elif row == 0:
            body = Text(_("The first version: there is nothing before it to compare."), "dim")
        else:
            body = Text(_("No field changed."), style="dim")
        shown.update(Group(heading, Text(), body))
        self.query_one("#version-changes", VerticalScroll).scroll_home(animate=False)

    # Restoring a version ----------------------------------------------------------------------

    def action_revert(self) -> None:
        version = self.selected
        if version is None:
            return
        if version.version == self.current_version:
            self.app.notify(_("This is the current version: there is nothing to restore."))
            return
        question = _(
            "Restore meeting #{number} as it was at version {version}? It is saved as a new "
            "version; every version stays in the history.",
            number=self.meeting_id,
            version=version.version,
        )
        dialog = ConfirmDialog(question, yes=_("Restore"), no=_("Keep"))
        self.app.push_screen(dialog, lambda yes: self._confirmed(yes, version.version))

    def _confirmed(self, yes: bool | None, version: int) -> None:
        if yes and self.current_version is not None:
            self.revert(version, self.current_version)

    @work(exclusive=True, thread=True, group="history-revert")
    def revert(self, version: int, expected: int) -> None:
        try:
            new = self.book.revert(self.meeting_id, version, expected_version=expected)
        except store.VersionConflict as exc:
            if exc.actual is None:
                message = _("Not restored: meeting #{number} was deleted meanwhile.",
                            number=self.meeting_id)  # fmt: skip
            else:
                message = _(
                    "Not restored: meeting #{number} changed meanwhile (now version {actual}); "
                    "its history is read again.",
                    number=self.meeting_id,
                    actual=exc.actual,
                )
            hand_back(self, self._refused, message)
            return
        except store.StoreError as exc:  # locked minutes; a move the lifecycle does not allow
            hand_back(self, self._refused, str(exc))
            return
        hand_back(self, self._reverted, version, new)

    def _refused(self, message: str) -> None:
        self.app.notify(one_line(message), severity="error", markup=False)
        self.load()

    def _reverted(self, version: int, new: int | None) -> None:
        if new is None:  # as it was then already: nothing saved, no empty version
            self.app.notify(_("Meeting #{id} is as it was at version {version} already: nothing"
                              " was saved.", id=self.meeting_id, version=version))  # fmt: skip
            return
        self.app.notify(_("Version {version} restored as version {new}.", version=version,
                          new=new))  # fmt: skip
        self.app.changed(self.meeting_id)  # this screen and the meeting's follow the book

    # Leaving ----------------------------------------------------------------------------------

    def action_refresh(self) -> None:
        self.load()

    def action_back(self) -> None:
        self.dismiss(None)
