"""Two saves of one meeting: `ConflictScreen` shows them field by field and saves the merge.

The edit form's save met a newer version (another window, the CLI, a colleague). Nothing is
overwritten and nothing must be typed again: the screen asks the book what the other save changed
(`Book.conflicts`: the fields both saves changed differently, and the meeting as saved there;
`Book.differences` for the fields only one of them changed), lists each conflicting field with
both texts and a choice (keep mine, the default, or keep theirs), keeps every field only one save
changed, and saves the merge as a new version (`Book.save_merged`). `c` copies my text of the
focused field to the clipboard; `f` writes my whole version (Markdown and JSON) to a file in the
documents folder (else the data folder) and says where. The screen dismisses with the new
version, or None when the person goes back to the form (which keeps everything typed).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

import store
from store import one_line, printable
from tui.i18n import _
from tui.recovery import data_dir, write_private
from tui.screens.base import BookModal
from tui.threads import hand_back
from tui.widgets.key_footer import KeyFooter
from tui.widgets.row_fields import Choice


def field_label(name: str) -> str:
    """A record field's name as the form calls it."""
    return _(store.FIELD_LABELS.get(name, name))


def _shown(text: str) -> str:
    return printable(text) if text.strip() else _("(empty)")


def copies_folder() -> tuple[Path, bool]:
    """Where a copy of my version goes: the documents folder if there is one, else ours (then
    made private: True)."""
    from platformdirs import user_documents_path

    documents = user_documents_path()
    return (documents, False) if documents.is_dir() else (data_dir() / "copies", True)


class ConflictScreen(BookModal[int | None]):
    """Merge my save with the one made meanwhile, field by field (see the module)."""

    BINDINGS = [
        Binding("ctrl+s", "save", _("Save merged"), priority=True, id="conflict.save"),
        Binding("c", "copy_field", _("Copy my text of this field"), id="conflict.copy"),
        Binding("f", "write_file", _("Write my version to a file"), id="conflict.file"),
        Binding("escape", "back", _("Back to the form"), id="conflict.back"),
    ]
    DEFAULT_CSS = """
    ConflictScreen { align: center middle; }
    ConflictScreen > Vertical {
        width: 100%; height: 100%; border: round $warning; background: $surface; padding: 0 1;
    }
    ConflictScreen #conflict-heading { text-style: bold; }
    ConflictScreen #conflict-fields { height: 1fr; }
    ConflictScreen .conflict-field { height: auto; margin-top: 1; }
    ConflictScreen .conflict-name { text-style: bold; }
    ConflictScreen .conflict-field Choice { width: 22; }
    ConflictScreen .conflict-others { margin-top: 1; height: auto; }
    ConflictScreen #conflict-status { height: auto; }
    ConflictScreen #conflict-status.error { color: $error; }
    ConflictScreen Horizontal { height: auto; align-horizontal: right; }
    ConflictScreen Button { margin-left: 2; }
    """

    def __init__(
        self, meeting_id: int, base: store.MeetingRecord, mine: store.MeetingRecord
    ) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.base = base  # the record as the form loaded it
        self.mine = mine  # the form's record
        self.theirs: store.MeetingRecord | None = None
        self.conflicting: list[str] = []  # the fields both saves changed, differently
        self._texts: dict[str, str] = {}  # field → my text of it
        self._busy = False

    def compose(self) -> ComposeResult:
        with Vertical():
            heading = _("Meeting #{number} was saved elsewhere while you edited it",
                        number=self.meeting_id)  # fmt: skip
            yield Static(Text(heading), id="conflict-heading")
            yield Static(Text(_("Comparing the two saves…")), id="conflict-who")
            yield VerticalScroll(id="conflict-fields")
            yield Static(id="conflict-status")
            with Horizontal():
                yield Button(_("Back to the form"), id="back")
                yield Button(_("Write my version to a file"), id="file")
                yield Button(_("Save merged"), id="save", variant="warning")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.compare()

    # Comparing --------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="conflict")
    def compare(self, message: str = "") -> None:
        try:
            theirs, conflicting = self.book.conflicts(self.meeting_id, self.base, self.mine)
            only_theirs = self.book.differences(self.base, theirs)
            only_mine = self.book.differences(self.base, self.mine)
            saved = self.book.history(self.meeting_id)[-1]
        except store.StoreError as exc:
            hand_back(self, self._say, str(exc), error=True)
            return
        who = _("Saved there by {who} on {when} (version {version}); you began from version "
                "{yours}.", who=one_line(saved.saved_by),
                when=saved.saved_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                version=theirs.version, yours=self.base.version)  # fmt: skip
        hand_back(self, self._show, theirs, conflicting, only_theirs, only_mine, who, message)

    async def _show(
        self,
        theirs: store.MeetingRecord,
        conflicting: Sequence[store.Change],
        only_theirs: Sequence[store.Change],
        only_mine: Sequence[store.Change],
        who: str,
        message: str,
    ) -> None:
        self.theirs = theirs
        self.conflicting = [change.field for change in conflicting]
        self._texts = {change.field: change.after for change in only_mine}
        both = set(self.conflicting)
        self.query_one("#conflict-who", Static).update(Text(who))
        fields = self.query_one("#conflict-fields", VerticalScroll)
        await fields.remove_children()
        widgets: list[Widget] = [self._conflict(change) for change in conflicting]
        if not conflicting:
            widgets.append(Static(Text(_("No field was changed by both: saving keeps both."))))
        for heading, changes in (
            (_("Changed there only (kept as saved there):"), only_theirs),
            (_("Changed here only (yours kept):"), only_mine),
        ):
            kept = [change for change in changes if change.field not in both]
            if kept:
                lines = Text(heading, style="bold")
                for change in kept:
                    lines.append(f"\n{field_label(change.field)}: ", style="dim")
                    lines.append(_shown(change.after))
                widgets.append(Static(lines, classes="conflict-others"))
        await fields.mount_all(widgets)
        choices = fields.query(Choice)
        if choices:
            choices.first().focus()
        else:
            self.query_one("#save", Button).focus()
        self._say(message or _("Choose for each field, then save the merge (ctrl+s)."))

    def _conflict(self, change: store.Change) -> Vertical:
        """One field both saves changed: both texts, and which to keep."""
        label = field_label(change.field)
        text = Text(label, style="bold")
        text.append("\n" + _("Saved there:") + " ", style="dim").append(_shown(change.before))
        text.append("\n" + _("Yours:") + " ", style="dim").append(_shown(change.after))
        choice = Choice([(_("Keep mine"), "mine"), (_("Keep theirs"), "theirs")], "mine")
        choice.id = f"keep-{change.field}"
        return Vertical(Static(text), choice, classes="conflict-field")

    def _say(self, message: str, *, error: bool = False) -> None:
        status = self.query_one("#conflict-status", Static)
        status.set_class(error, "error")
        status.update(Text(one_line(message)))

    def kept_mine(self) -> list[str]:
        """The conflicting fields where the choice is mine."""
        return [
            field
            for field in self.conflicting
            if self.query_one(f"#keep-{field}", Choice).value == "mine"
        ]

    # Actions ----------------------------------------------------------------------------------

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        actions = {"save": self.action_save, "file": self.action_write_file}
        actions.get(event.button.id or "", self.action_back)()

    def action_save(self) -> None:
        if self.theirs is None or self._busy:
            return
        self._busy = True
        self.save(self.theirs, self.kept_mine())

    @work(thread=True, exclusive=True, group="conflict-save")
    def save(self, theirs: store.MeetingRecord, keep_mine: list[str]) -> None:
        try:
            version = self.book.save_merged(
                self.meeting_id, self.base, self.mine, theirs, keep_mine=keep_mine
            )
        except store.VersionConflict as exc:
            if exc.actual is None:
                hand_back(self, self._failed, str(exc))
                return
            message = _("Saved there once more meanwhile: here is the newest, choose again.")
            hand_back(self, self._again, message)
            return
        except store.StoreError as exc:  # locked there meanwhile, or the merge is not valid
            hand_back(self, self._failed, str(exc))
            return
        hand_back(self, self.dismiss, version)

    def _again(self, message: str) -> None:
        self._busy = False
        self.compare(message)

    def _failed(self, message: str) -> None:
        self._busy = False
        self._say(_("Not saved: {reason}", reason=one_line(message)), error=True)

    def action_copy_field(self) -> None:
        focused = self.focused
        field = (focused.id or "").removeprefix("keep-") if isinstance(focused, Choice) else ""
        if not field:
            self._say(_("Move to a field's choice first (Tab), then press c."))
            return
        self.app.copy_to_clipboard(self._texts.get(field, ""))
        self._say(_("Your text of {field} is on the clipboard (if the terminal allows it).",
                    field=field_label(field)))  # fmt: skip

    def action_write_file(self) -> None:
        """My whole version as Markdown and JSON, in the documents (else the data) folder."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder, private = copies_folder()
        name = f"meeting-{self.meeting_id}-mine-{stamp}"
        data: dict[str, Any] = self.mine.to_json()
        texts = {
            f"{name}.md": store.record_markdown(self.mine),
            f"{name}.json": json.dumps(data, ensure_ascii=False, indent=2) + "\n",
        }
        try:
            for file_name, text in texts.items():
                write_private(folder / file_name, text, private_folder=private)
        except OSError as exc:
            self._say(_("Not written: {reason}", reason=one_line(str(exc))), error=True)
            return
        where = _("Your version is in {folder}: {name}.md and {name}.json", folder=str(folder),
                  name=name)  # fmt: skip
        self._say(where)
        self.notify(where, markup=False, timeout=15)

    def action_back(self) -> None:
        self.dismiss(None)
