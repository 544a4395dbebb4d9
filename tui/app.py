"""`MinuteBookApp` and `make_app()`, the one factory the CLI and the tests both use.

The app owns the open book (a `store.Book`), the interface language, the user's settings and
keymap, and the session's undo list of deleted meetings. It is also the one way between screens:
a screen never imports another, it asks the app to open one (`open_meeting`, `open_person`,
`edit_meeting`, `new_meeting`, ...: each imports its screen when first used, so the home screen
starts fast), and it says that the book changed through the app's `book_changed` signal, which
the screens showing the book follow (`BookScreen.follow_book`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.driver import Driver
from textual.screen import Screen
from textual.signal import Signal
from textual.theme import ThemeProvider

import store
from store import one_line
from tui.i18n import _, set_language
from tui.key_help import what_it_does
from tui.memory import CollectionPause, limit_malloc_arenas
from tui.palette import BookCommands, BookPalette
from tui.recovery import Recovery
from tui.screens.base import BookChange
from tui.screens.browse import BrowseScreen
from tui.screens.help import HelpScreen
from tui.settings import config_dir, load_keymap, load_settings, save_settings
from tui.toasts import MeetingToasts, toast_title

if TYPE_CHECKING:
    from tui.recovery import RecoveryCopy
    from tui.screens.from_report import Report

Saved = Callable[[int | None], None]  # what to do when an edit form closes: the id saved, or None

# The keys that change the book or open a form to change it, by binding id. In a book that may
# not be written (`Book.read_only`: a browser session without --allow-edit, a SQLite file on a
# read-only disk) they are neither shown (footer, `?`, the palette) nor run: a person is not
# offered what the store would refuse.
WRITING_KEYS = frozenset({
    "browse.new", "browse.new_from", "browse.from_report", "browse.delete", "browse.undo",
    "meeting.edit", "meeting.new_from", "meeting.delete", "history.revert",
    "trash.restore", "trash.empty", "decisions.done", "decisions.undo",
    "people.undo", "person.rename", "person.merge",
    "edit.save", "edit.amend", "conflict.save", "report.read", "recovery.reopen",
})  # fmt: skip


@cache
def writing_actions(kind: type) -> frozenset[str]:
    """The actions the `WRITING_KEYS` of a screen or widget of type `kind` run."""
    return frozenset(
        binding.action
        for cls in kind.__mro__
        for binding in cls.__dict__.get("BINDINGS", ())
        if isinstance(binding, Binding) and binding.id in WRITING_KEYS
    )


class MinuteBookApp(App[None]):
    """The minute book in the terminal."""

    CSS_PATH = "app.tcss"
    TITLE = "Minute Book"
    # The palette finds commands with the book's one matcher, not Textual's fuzzy one.
    COMMANDS = {BookCommands}
    BINDINGS = [
        # f1 too: in a form, `?` is a character typed, and f1 still opens the keys.
        Binding("question_mark,f1", "help", _("Help"), id="app.help"),
        Binding("ctrl+q", "quit", _("Quit"), priority=True, id="app.quit"),
        # In place of the one Textual adds, which the footer shows as "^p palette".
        Binding(
            App.COMMAND_PALETTE_BINDING,
            "command_palette",
            _("Palette"),
            show=False,  # the footer shows it at its right end all the same
            priority=True,
            tooltip=_("Every command, found by typing part of its name"),
            id="app.palette",
        ),
        # From home only (check_action), whose footer names it (BrowseScreen.FOOTER_KEYS).
        Binding("o", "overview", _("Overview"), show=False, id="app.overview"),
    ]

    def __init__(self, book: store.Book, *, settings_folder: Path | None = None) -> None:
        super().__init__()
        self.book = book
        # Published (on the UI thread) after every change made from a screen; see BookChange.
        self.book_changed: Signal[BookChange] = Signal(self, "book_changed")
        self.title = _("Minute Book")
        self.read_only = book.read_only  # why the book may not be written, or None
        if self.read_only:
            self.sub_title = _("read-only")
        self.settings_folder = settings_folder or config_dir()
        self.settings = load_settings(self.settings_folder)
        self.deleted: list[tuple[int, store.MeetingRecord]] = []  # undo, newest last
        self.meeting_toasts = MeetingToasts(self)  # Deleted… then Restored…: one toast
        self.recovery = Recovery(self)  # nothing typed is lost: copies, and asking before quitting
        self.collection = CollectionPause()  # none while a form is built (tui/memory.py)

    # A crash: what it was (its type's name) and where its report is, for `minutebook` to say.
    crash_kind: str | None = None
    crash_report: Path | None = None

    def _handle_exception(self, error: Exception) -> None:
        """A lost database connection (a server stopped or restarted) is a message and the book
        stays open. Anything else is a bug: its report is written (store.write_crash_report) and
        Textual ends the app with return code 1, which `minutebook` turns into one line naming
        the report and a non-zero exit."""
        from textual.worker import WorkerFailed

        cause = error.error if isinstance(error, WorkerFailed) else error  # searches run there
        if isinstance(cause, store.DatabaseFailed):  # a server gone, a disk full: not a bug
            message = _("The book cannot be reached: ") + str(cause)
            self.notify(message, severity="error", timeout=15, markup=False)
            return
        if self.crash_kind is None:  # the first error is the crash; the rest follow from it
            self.crash_kind = store.type_name(cause)
            self.crash_report = store.write_crash_report(cause)
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """Textual's exit on a bug, without its traceback: the exception's message and the
        frames' variables could show a meeting's content or the database password. The stack is
        in the crash report."""
        self.bell()
        self._close_messages_no_wait()

    def on_mount(self) -> None:
        # Everything loaded so far (Textual, SQLAlchemy, the store's modules) lives as long as
        # the app: moved out of the collector's sight, a full collection walks a fraction of the
        # heap (measured at 100k meetings: 80-110 ms pauses, which a key press could land in).
        gc.freeze()
        theme = self.settings.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        keymap, problem = load_keymap(self.settings_folder)
        if keymap:
            self.set_keymap(keymap)
        if problem:
            self.notify(problem, severity="error", timeout=10, markup=False)
        self.push_screen(BrowseScreen())
        if self.read_only:  # why the keys that write are missing
            self.notify(one_line(self.read_only), title=_("read-only"), timeout=10, markup=False)
        if self.book.upgraded is not None:  # what changed in the file, and the copy left beside it
            said = self.book.upgraded.notice(beside=True)  # a path would break mid-word
            self.notify(said, title=_("Book upgraded"), timeout=20, markup=False)
        self.recovery.start()  # copies written on SIGTERM/SIGHUP; earlier ones offered

    def on_unmount(self) -> None:
        self.recovery.stop()
        self.collection.release()

    async def action_quit(self) -> None:
        """ctrl+q and the palette's Quit: with unsaved work anywhere, ask first."""
        self.recovery.quit()

    def action_help_quit(self) -> None:
        """ctrl+c (where it does not copy text) quits as ctrl+q does, asking first."""
        self.recovery.quit()

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for the terminal; on Linux one whose input thread ends at once, so
        that quitting does not wait 0.2 s for it (tui/quick_exit.py)."""
        driver = super().get_driver_class()
        if f"{driver.__module__}.{driver.__name__}" == "textual.drivers.linux_driver.LinuxDriver":
            from tui.quick_exit import QuickExitDriver

            return QuickExitDriver
        return driver

    def _remember_theme(self, theme: object) -> None:
        self.settings["theme"] = self.theme
        save_settings(self.settings_folder, self.settings)

    # Deleting and undoing, for the whole session ----------------------------------------------

    def delete_meeting(self, meeting_id: int) -> store.MeetingRecord:
        """Delete a meeting and remember it for `undo_delete` (from any thread; the caller says
        `changed()` once back on the UI thread)."""
        record = self.book.delete(meeting_id)
        self.deleted.append((meeting_id, record))
        return record

    def undo_delete(self) -> None:
        """Bring back the meeting deleted last: this session's, else the newest in the trash
        (a delete survives a restart)."""
        if self.deleted:
            meeting_id = self.deleted.pop()[0]
        else:
            trashed = self.book.trash()
            if not trashed:
                self.notify(_("Nothing to undo."))
                return
            meeting_id = trashed[0].meeting_id
        try:
            record = self.book.restore(meeting_id)
        except store.StoreError as exc:  # restored elsewhere meanwhile, or typed in again
            self.notify(str(exc), severity="error", markup=False)
            return
        self.meeting_toasts.say(
            meeting_id, _("Restored: {title}", title=toast_title(self, record.title))
        )
        self.changed(meeting_id)

    def changed(
        self, meeting_id: int | None = None, *, reveal: bool = False, merged: bool = False
    ) -> None:
        """Tell every screen that follows the book that it changed (`meeting_id`: the meeting
        the change was about, for the home list's cursor; `reveal`: show it even where the
        home list's search would hide it; `merged`: two people became one). On the UI
        thread."""
        self.book_changed.publish(BookChange(meeting_id, reveal, merged))

    # Going to a screen: screens ask the app, never import each other ---------------------------

    def open_meeting(self, meeting_id: int, *, instead: bool = False) -> None:
        """Show a meeting; `instead`: in place of the current screen."""
        from tui.screens.meeting import MeetingScreen

        screen = MeetingScreen(meeting_id)
        if instead:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def edit_meeting(self, meeting_id: int, *, then: Saved | None = None) -> None:
        from tui.screens.edit import EditScreen

        self.push_screen(EditScreen(meeting_id), then)

    def new_meeting(
        self, template: store.MeetingRecord | None = None, *, then: Saved | None = None
    ) -> None:
        """The form for a new meeting, empty or filled from `template` (`store.template_from`)."""
        from tui.screens.edit import EditScreen

        self.push_screen(EditScreen(template=template), then)

    def reopen_typing(self, copy: RecoveryCopy) -> None:
        """The form filled with a recovery copy an earlier run left (tui/recovery.py)."""
        from tui.screens.edit import EditScreen

        self.push_screen(EditScreen(copy.meeting_id, recovered=copy))

    def resolve_conflict(
        self,
        meeting_id: int,
        base: store.MeetingRecord,
        mine: store.MeetingRecord,
        *,
        then: Callable[[int | None], None],
    ) -> None:
        """Two saves of one meeting: compare them field by field and save the merge (its new
        version to `then`, or None when the person went back to the form)."""
        from tui.screens.conflict import ConflictScreen

        self.push_screen(ConflictScreen(meeting_id, base, mine), then)

    def new_from_report(self) -> None:
        """Ask for a report, read it in a worker, open the form filled with the draft."""
        from tui.screens.from_report import ReportDialog

        self.push_screen(ReportDialog(), self._report_given)

    def _report_given(self, report: Report | None) -> None:
        if report is not None:
            self.draft_report(report)

    @work(exclusive=True, thread=True, group="report")
    def draft_report(self, report: Report) -> None:
        """Read the report off the UI thread (the people in the book help it spell names)."""
        draft = self.book.draft_from_report(report.text, source=report.source, html=report.html)
        self.call_from_thread(self._edit_draft, draft)

    def _edit_draft(self, draft: store.Draft) -> None:
        from tui.screens.from_report import DraftEditScreen

        self.push_screen(DraftEditScreen(draft))

    def open_person(self, person_id: int) -> None:
        from tui.screens.person import PersonScreen

        self.push_screen(PersonScreen(person_id))

    def open_people(self) -> None:
        from tui.screens.people import PeopleScreen

        self.push_screen(PeopleScreen())

    def open_decisions(self) -> None:
        from tui.screens.decisions import DecisionsScreen

        self.push_screen(DecisionsScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "overview":  # the figures of the home screen's book and search
            return self._home_underneath()
        return True

    def _home_underneath(self) -> bool:
        """Home is the screen the keys are for: on top, or under the palette or the key list
        (which ask whether its keys are active while they are on top, to list them)."""
        for screen in reversed(self.screen_stack):
            if not isinstance(screen, CommandPalette | HelpScreen):
                return isinstance(screen, BrowseScreen)
        return False

    def _check_action_state(self, action: str, default_namespace: DOMNode) -> bool | None:
        """Whether a key is shown (footer, `?`, palette): never one that writes a read-only book.
        (Textual asks here for every key it lists.)"""
        if self._writes(action, default_namespace):
            return False
        return super()._check_action_state(action, default_namespace)

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Every key and palette command runs here: in a read-only book, a key that writes
        does nothing (as if it were not bound)."""
        if isinstance(action, str) and self._writes(action, default_namespace or self):
            return False
        return await super().run_action(action, default_namespace, namespaces)

    def _writes(self, action: str, node: DOMNode) -> bool:
        return self.read_only is not None and action in writing_actions(type(node))

    def action_overview(self) -> None:
        """The Overview: the figures of this year, or of the search the home screen shows."""
        from tui.screens.overview import OverviewScreen

        home = self.screen
        if not isinstance(home, BrowseScreen):
            return  # `o` pressed in the key list over home: the list is not left for it
        self.push_screen(OverviewScreen(search=home.visible_query or ""))

    # Help and the command palette -------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_command_palette(self) -> None:
        """ctrl+p: Textual's palette, saying its own words in the interface's language."""
        # CommandPalette.is_open(self), which mypy refuses for an App[None].
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(BookPalette(id="--command-palette"))

    def search_themes(self) -> None:
        """The palette's Theme: Textual's list of themes, its prompt in our language."""
        self.push_screen(BookPalette(providers=[ThemeProvider], placeholder=_("Search themes…")))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own commands, in the interface's language, then every key of the screen.

        Not Textual's list itself: its Keys opens a panel of every binding of the focused widget,
        which Textual's widgets describe in English; ours opens the help screen (`?`), which
        lists the minute book's keys in the interface's language.
        """
        yield SystemCommand(_("Theme"), _("Change the current theme"), self.action_change_theme)
        yield SystemCommand(_("Keys"), _("The keys of this screen"), self.action_help)
        if screen.maximized is not None:
            yield SystemCommand(
                _("Minimize"),
                _("Minimize the widget and restore to normal size"),
                screen.action_minimize,
            )
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(
                _("Maximize"), _("Maximize the focused widget"), screen.action_maximize
            )
        yield SystemCommand(
            _("Screenshot"),
            _("Save an SVG 'screenshot' of the current screen"),
            lambda: self.set_timer(0.1, self.deliver_screenshot),
        )
        # Every key of the current screen is a command too, found by its description (ctrl+q
        # is Quit); not the palette's own key, which would only open the palette again, nor
        # `?`, which is Keys above (in Vietnamese both are "Phím").
        seen = {"command_palette", "help"}
        for active in screen.active_bindings.values():
            binding = active.binding
            if binding.description and binding.action not in seen and binding.id:
                seen.add(binding.action)
                yield SystemCommand(
                    binding.description,
                    what_it_does(binding),  # beside its name: what it does (tui/key_help.py)
                    lambda action=binding.action, node=active.node: self.run_action(action, node),
                )

    @on(events.DeliveryComplete)
    def _screenshot_saved(self, event: events.DeliveryComplete) -> None:
        """The palette's Screenshot, said in the interface's language (Textual's own handler,
        which says it in English, is not reached: the default is prevented)."""
        if event.name == "screenshot":
            event.prevent_default()
            where = _("Saved to {path}", path=event.path) if event.path else _("Saved")
            self.notify(where, title=_("Screenshot"), markup=False)

    @on(events.DeliveryFailed)
    def _screenshot_failed(self, event: events.DeliveryFailed) -> None:
        if event.name == "screenshot":
            event.prevent_default()
            self.notify(_("The screenshot was not saved."), title=_("Screenshot"),
                        severity="error")  # fmt: skip

    # Keeping the record: the trash and a meeting's history (issue 12) ------------------------

    def open_trash(self) -> None:
        from tui.screens.trash import TrashScreen

        self.push_screen(TrashScreen())

    def open_history(self, meeting_id: int) -> None:
        from tui.screens.history import HistoryScreen

        self.push_screen(HistoryScreen(meeting_id))

    def restore_from_trash(self, meeting_id: int) -> store.MeetingRecord:
        """Bring a meeting back from the trash (from any thread); `u` no longer offers it."""
        record = self.book.restore(meeting_id)
        self.deleted = [entry for entry in self.deleted if entry[0] != meeting_id]
        return record

    def empty_trash(self) -> list[int]:
        """Destroy what is in the trash for good (from any thread); the numbers destroyed."""
        purged = set(self.book.empty_trash())
        self.deleted = [entry for entry in self.deleted if entry[0] not in purged]
        return sorted(purged)


def make_app(
    db: str | None = None,
    *,
    lang: str | None = None,
    create: bool = False,
    settings_folder: Path | None = None,
    upgrading: store.Upgrading | None = None,
) -> MinuteBookApp:
    """Open the book at `db` (see `store.open_book`; `create` makes a missing file; `upgrading`
    is told as an upgrade begins, before any screen is drawn) and build the app around it."""
    limit_malloc_arenas()  # before the first worker thread: see tui/memory.py
    set_language(lang)
    book = store.open_book(db, create=create, upgrading=upgrading)
    return MinuteBookApp(book, settings_folder=settings_folder)
