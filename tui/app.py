"""`MinuteBookApp` and `make_app()`, the one factory the CLI and the tests both use.

The app owns the open book (`store.Store`), the interface language, the user's settings and
keymap, and the session's undo list of deleted meetings. Screens do the rest.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

import store
from tui.i18n import _, set_language
from tui.screens.browse import BrowseScreen
from tui.screens.help import HelpScreen
from tui.settings import config_dir, load_keymap, load_settings, save_settings


class MinuteBookApp(App[None]):
    """The minute book in the terminal."""

    CSS_PATH = "app.tcss"
    TITLE = "Minute Book"
    BINDINGS = [
        Binding("question_mark", "help", _("Help"), id="app.help"),
        Binding("ctrl+q", "quit", _("Quit"), priority=True, id="app.quit"),
    ]

    def __init__(self, book: store.Store, *, settings_folder: Path | None = None) -> None:
        super().__init__()
        self.book = book
        self.title = _("Minute Book")
        self.settings_folder = settings_folder or config_dir()
        self.settings = load_settings(self.settings_folder)
        self.deleted: list[tuple[int, store.MeetingRecord]] = []  # undo, newest last

    def _handle_exception(self, error: Exception) -> None:
        """A lost database connection (a server stopped or restarted) is a message and the book
        stays open, where Textual would end the app with a traceback of local variables, the
        engine's URL and its password among them."""
        from sqlalchemy.exc import DBAPIError
        from textual.worker import WorkerFailed

        cause = error.error if isinstance(error, WorkerFailed) else error  # searches run there
        lost = isinstance(cause, DBAPIError) and (
            cause.connection_invalidated or "connect" in str(cause.orig).lower()
        )
        if lost:
            from store.db import connection_problem

            message = connection_problem(cause, self.book.url)
            self.notify(_("The book cannot be reached: ") + message, severity="error", timeout=15)
            return
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """Textual's exit on a bug, with the traceback's local variables left out: they would
        show the database URL, password included."""
        from rich.segment import Segments
        from rich.traceback import Traceback

        self.bell()
        traceback = Traceback(show_locals=False, width=None)
        self._exit_renderables.append(
            Segments(self.console.render(traceback, self.console.options))
        )
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

    def _remember_theme(self, theme: object) -> None:
        self.settings["theme"] = self.theme
        save_settings(self.settings_folder, self.settings)

    # Deleting and undoing, for the whole session ----------------------------------------------

    def delete_meeting(self, meeting_id: int) -> store.MeetingRecord:
        with self.book.session() as session:
            record = store.delete_meeting(meeting_id, session=session)
        self.deleted.append((meeting_id, record))
        return record

    def undo_delete(self) -> None:
        if not self.deleted:
            self.notify(_("Nothing to undo."))
            return
        meeting_id, record = self.deleted.pop()
        try:
            with self.book.session() as session:
                store.restore_meeting(meeting_id, record, session=session)
        except store.StoreError as exc:  # restored elsewhere meanwhile, or typed in again
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(_("Restored: {title}", title=record.title), markup=False)
        self.refresh_browse(keep=meeting_id)

    def refresh_browse(self, keep: int | None = None) -> None:
        """Search the home list again (after a save, delete or import), cursor on `keep`."""
        browse = self._browse()
        if browse is not None:
            browse.reload(keep=keep)

    def _browse(self) -> BrowseScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, BrowseScreen):
                return screen
        return None

    # Help and the command palette -------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        # Every key of the current screen is a command too, found by its description.
        seen = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if binding.description and binding.action not in seen and binding.id:
                seen.add(binding.action)
                yield SystemCommand(
                    binding.description,
                    binding.tooltip or binding.description,
                    lambda action=binding.action, node=active.node: self.run_action(action, node),
                )


def make_app(
    db: str | None = None, *, lang: str | None = None, settings_folder: Path | None = None
) -> MinuteBookApp:
    """Open the book at `db` (see store.open_store) and build the app around it."""
    set_language(lang)
    return MinuteBookApp(store.open_store(db), settings_folder=settings_folder)
