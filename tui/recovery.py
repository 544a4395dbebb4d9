"""Nothing typed is lost: recovery copies of the edit form, the offer to reopen them, and the
question before quitting with unsaved work.

A form being typed in keeps a copy of what it holds (`Keeper`): a JSON file in the user's data
folder (`recovery/<a short hash of the book>/`, so two books never share copies; the folders
0700, the files 0600, each written whole to a temporary file and renamed over the last), written
a moment after the keys stop and at least every few seconds while they do not, and at once when
the app is told to stop (SIGTERM, SIGHUP). The copy holds the form's record (`to_json()`) when it
is valid, else the texts of its fields, with the meeting's number and the version the form was
loaded at. A save or a deliberate discard removes it; anything else (a crash, a kill, a closed
terminal) leaves it for the next start, which offers to reopen it (`RecoveryOffer`).

`Recovery` is the app's part: the folder, the forms keeping copies, the signal handlers, the offer
and the question before quitting, which names the unsaved work of every screen that holds some
(`HoldsWork`). Nothing here writes a log: a copy's content goes only to its file.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import signal
import socket
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message_pump import MessagePump
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from store import one_line
from tui.debounce import Debounce
from tui.i18n import _
from tui.widgets.cells import cell

if TYPE_CHECKING:
    from tui.app import MinuteBookApp

FORMAT = "minutebook-recovery-1"
DELAY = 2.0  # seconds after the last key before a copy is written
MAX_WAIT = 5.0  # ... and at most this long while the keys go on
MAX_SIZE = 20 * 1024 * 1024  # a copy bigger than this is not ours
SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("minutebook", appauthor=False)


def book_key(sqlite_path: Path | None, display_url: str) -> str:
    """A short name for a book: the same book, the same folder of copies; never its password."""
    where = str(sqlite_path.resolve()) if sqlite_path is not None else display_url
    return hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


def _private_folder(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for level in (folder.parent, folder):
        os.chmod(level, 0o700)
    return folder


def write_private(path: Path, text: str, *, private_folder: bool = True) -> None:
    """Write `text` to `path` whole or not at all (a temporary file renamed over it), readable
    by its owner only (0600); `private_folder`: the folder is made 0700 too."""
    if private_folder:
        _private_folder(path.parent)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")  # 0600
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_copy(path: Path, payload: dict[str, Any]) -> None:
    """A recovery copy: `payload` as JSON, written as `write_private` writes."""
    write_private(path, json.dumps(payload, ensure_ascii=False))


@dataclass(frozen=True)
class RecoveryCopy:
    """A copy of a form found on disk: its file and what it holds."""

    path: Path
    meeting_id: int | None  # None: a meeting not yet in the book
    version: int | None  # the version the form was loaded at
    saved_at: datetime
    title: str
    record: dict[str, Any] | None  # the form's record, when it was valid
    fields: dict[str, Any] | None  # else the texts of its fields
    reason: str | None  # an amendment's reason, when one was being typed
    pid: int
    host: str

    @classmethod
    def read(cls, path: Path) -> RecoveryCopy | None:
        """The copy at `path`, or None when it is not one (broken, foreign, too big)."""
        try:
            if not path.is_file() or path.stat().st_size > MAX_SIZE:
                return None
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                return None
            saved = datetime.fromisoformat(str(data["saved_at"]))
            record, fields = data.get("record"), data.get("fields")
            return cls(
                path, _number(data.get("meeting_id")), _number(data.get("version")), saved,
                str(data.get("title") or ""),
                record if isinstance(record, dict) else None,
                fields if isinstance(fields, dict) else None,
                data.get("reason") if isinstance(data.get("reason"), str) else None,
                _number(data.get("pid")) or 0, str(data.get("host") or ""),
            )  # fmt: skip
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def payload(self) -> dict[str, Any]:
        """What the copy holds, as a form's `snapshot()` gives it (to write it again)."""
        return {
            "meeting_id": self.meeting_id, "version": self.version, "title": self.title,
            "record": self.record, "fields": self.fields, "reason": self.reason,
        }  # fmt: skip

    def held_elsewhere(self) -> bool:
        """Its form is still open in another running copy of the program on this machine."""
        if self.pid in (0, os.getpid()) or self.host != socket.gethostname():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except OSError:  # alive, but not ours to signal
            return True
        return True

    def describe(self) -> str:
        """One line for the offer: which meeting, its title, when it was typed."""
        title = cell(self.title, 60).plain or _("(no title yet)")
        when = self.saved_at.astimezone().strftime("%d/%m/%Y %H:%M")
        if self.meeting_id is None:
            return _("New meeting “{title}”, typed {when}", title=title, when=when)
        return _("Meeting #{number} “{title}”, changed {when}", number=self.meeting_id,
                 title=title, when=when)  # fmt: skip


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@runtime_checkable
class HoldsWork(Protocol):
    """A screen that may hold unsaved work: the question before quitting names it."""

    def unsaved_work(self) -> str | None:
        """What would be lost, in a few words; None when nothing would."""

    def discard_work(self) -> None:
        """The person chose to lose it: forget its recovery copy."""


class Keeper:
    """The recovery copy of one form: written when the form changes, removed when it is saved
    or left deliberately. `snapshot()` is the form's payload, or None when nothing is unsaved."""

    def __init__(
        self,
        recovery: Recovery,
        owner: MessagePump,
        snapshot: Callable[[], dict[str, Any] | None],
        path: Path | None = None,
    ) -> None:
        self._recovery = recovery
        self._snapshot = snapshot
        self._timer = Debounce(owner, recovery.delay)
        self._since: float | None = None  # when the first unwritten change came
        self.path = path or recovery.folder / f"{uuid.uuid4().hex}.json"
        self.failed = False
        recovery.keepers.append(self)

    def changed(self) -> None:
        """The form changed: write a copy once the keys stop (or every few seconds)."""
        now = time.monotonic()
        if self._since is None:
            self._since = now
        if now - self._since >= self._recovery.max_wait:
            self.write()
        else:
            self._timer(self.write)

    def write(self) -> None:
        """Write the copy now (or remove it: the form holds nothing unsaved)."""
        self._timer.cancel()
        self._since = None
        payload = self._snapshot()
        if payload is None:
            self.remove()
            return
        payload = {
            "format": FORMAT, "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(), "host": socket.gethostname(), **payload,
        }  # fmt: skip
        try:
            write_copy(self.path, payload)
        except OSError as exc:
            if not self.failed:  # said once; the error names the file, never its content
                self.failed = True
                reason = one_line(exc.strerror or type(exc).__name__)
                self._recovery.app.notify(
                    _("The recovery copy cannot be written ({reason}): save soon.", reason=reason),
                    severity="warning", markup=False,
                )  # fmt: skip
            return
        self.failed = False

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)

    def discard(self) -> None:
        """Saved, or left on purpose: the copy goes."""
        self._timer.cancel()
        self._since = None
        self.remove()

    def close(self) -> None:
        """The form is gone (the copy stays, if any: a save or a discard removed it before)."""
        self._timer.cancel()
        if self in self._recovery.keepers:
            self._recovery.keepers.remove(self)


class Recovery:
    """The app's recovery copies: see the module."""

    def __init__(self, app: MinuteBookApp) -> None:
        self.app = app
        self.delay = DELAY
        self.max_wait = MAX_WAIT
        self.keepers: list[Keeper] = []
        self._signals: dict[int, Any] = {}
        self._asking = False
        self._folder: Path | None = None

    @property
    def folder(self) -> Path:
        """This book's folder of copies (not created until a copy is written)."""
        if self._folder is None:
            book = self.app.book
            self._folder = data_dir() / "recovery" / book_key(book.sqlite_path, book.display_url)
        return self._folder

    def keeper(
        self,
        owner: MessagePump,
        snapshot: Callable[[], dict[str, Any] | None],
        path: Path | None = None,
    ) -> Keeper:
        return Keeper(self, owner, snapshot, path)

    def copies(self) -> list[RecoveryCopy]:
        """The copies left by an earlier run (not those of a form open now), oldest first."""
        open_now = {keeper.path for keeper in self.keepers}
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        found = [RecoveryCopy.read(path) for path in paths if path not in open_now]
        kept = [copy for copy in found if copy is not None and not copy.held_elsewhere()]
        return sorted(kept, key=lambda copy: copy.saved_at)

    # The app's life ---------------------------------------------------------------------------

    def start(self) -> None:
        """On the app's mount: copies are written when it is told to stop; offer the old ones."""
        with contextlib.suppress(RuntimeError, NotImplementedError, ValueError):
            loop = asyncio.get_running_loop()
            for number in SIGNALS:
                self._signals[number] = signal.getsignal(number)
                loop.add_signal_handler(number, self._told_to_stop)
        copies = self.copies()
        if copies:
            offer = RecoveryOffer(copies)
            self.app.push_screen(offer, lambda answer: self._answered(copies, answer))

    def stop(self) -> None:
        """On the app's unmount: the signals go back to what they were."""
        with contextlib.suppress(RuntimeError):
            loop = asyncio.get_running_loop()
            for number, previous in self._signals.items():
                loop.remove_signal_handler(number)
                if previous is not None:
                    with contextlib.suppress(ValueError, TypeError):
                        signal.signal(number, previous)
        self._signals = {}

    def _told_to_stop(self) -> None:
        """SIGTERM or SIGHUP: every form's copy is written, then the app ends."""
        self.write_all()
        self.app.exit()

    def write_all(self) -> None:
        for keeper in list(self.keepers):
            keeper.write()

    def _answered(self, copies: list[RecoveryCopy], answer: str | None) -> None:
        if answer == "discard":
            for copy in copies:
                with contextlib.suppress(OSError):
                    copy.path.unlink(missing_ok=True)
        elif answer == "reopen":
            for copy in copies:
                self.app.reopen_typing(copy)

    # Quitting ---------------------------------------------------------------------------------

    def unsaved(self) -> list[HoldsWork]:
        return [s for s in self.app.screen_stack if isinstance(s, HoldsWork) and s.unsaved_work()]

    def quit(self) -> None:
        """Quit; with unsaved work anywhere, ask first, naming what would be lost."""
        if self._asking:
            return
        holding = self.unsaved()
        if not holding:
            self.app.exit()
            return
        from tui.screens.dialogs import ConfirmDialog

        lost = "\n".join(f"  - {one_line(screen.unsaved_work())}" for screen in holding)
        question = _("Quit without saving? This would be lost:\n{lost}", lost=lost)
        self._asking = True
        dialog = ConfirmDialog(question, yes=_("Quit and discard"), no=_("Keep editing"))
        self.app.push_screen(dialog, lambda leave: self._quit_answered(holding, leave))

    def _quit_answered(self, holding: list[HoldsWork], leave: bool | None) -> None:
        self._asking = False
        if leave:
            for screen in holding:
                screen.discard_work()
            self.app.exit()


class RecoveryOffer(ModalScreen[str | None]):
    """Offer the copies an earlier run left: "reopen", "discard", or None (ask again later)."""

    BINDINGS = [
        Binding("r", "answer('reopen')", _("Reopen"), id="recovery.reopen"),
        Binding("d", "answer('discard')", _("Discard"), id="recovery.discard"),
        Binding("escape,l", "answer('')", _("Later"), id="recovery.later"),
    ]
    DEFAULT_CSS = """
    RecoveryOffer { align: center middle; }
    RecoveryOffer > Vertical {
        width: 76; height: auto; max-height: 90%; border: round $warning; background: $surface;
        padding: 1 2;
    }
    RecoveryOffer #recovery-list { height: auto; max-height: 10; margin-top: 1; }
    RecoveryOffer Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    RecoveryOffer Button { margin-left: 2; }
    """

    def __init__(self, copies: list[RecoveryCopy]) -> None:
        super().__init__()
        self.copies = copies

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(_("Unsaved typing was kept from an earlier session:"), "bold"))
            with VerticalScroll(id="recovery-list"):
                yield Static(Text("\n".join(f"- {copy.describe()}" for copy in self.copies)))
            yield Static(
                Text(_("Reopen it in the form (r), discard it for good (d), or decide later (l)."))
            )
            with Horizontal():
                yield Button(_("Later"), id="later")
                yield Button(_("Discard"), id="discard", variant="error")
                yield Button(_("Reopen"), id="reopen", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#reopen", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.action_answer(event.button.id or "")

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer if answer in ("reopen", "discard") else None)
