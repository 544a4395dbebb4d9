"""What every screen that reads the minute book shares: the app, typed, and its open book.

`BookScreen` (and `BookModal`, for a dialog that reads the book) give a screen `self.app` typed as
`MinuteBookApp`, so its book, its navigation (`open_meeting`, `open_person`, `edit_meeting`, ...)
and its `book_changed` signal are reached without a cast; `self.book`, the app's open
`store.Book`; and `follow_book()`, to hear of every change. `BookChange` is what `book_changed`
carries. Nothing here imports a screen: screens reach each other through the app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from textual._styles_cache import StylesCache
from textual.screen import ModalScreen, Screen

import store

if TYPE_CHECKING:
    from textual import getters

    from tui.app import MinuteBookApp

ResultType = TypeVar("ResultType")


@dataclass(frozen=True)
class BookChange:
    """The book changed (a save, a delete, an undo, a rename, a merge, a decision marked done).

    `meeting_id` is the meeting the change was about, for the home list to keep its cursor on;
    None leaves the cursor where it is. `reveal`: the meeting was just saved from the form, so
    the home list shows it even where its search would hide it (the search is cleared).
    `merged`: two people were merged, so the people list leaves its possible duplicates.
    """

    meeting_id: int | None = None
    reveal: bool = False
    merged: bool = False


class BookScreen(Screen[ResultType]):
    """A screen of the minute book: a typed `app`, its open `book`, and `follow_book()`."""

    if TYPE_CHECKING:  # for the type checker only: at run time Textual's own `app` answers
        app = getters.app(MinuteBookApp)

    @property
    def book(self) -> store.Book:
        return self.app.book

    def follow_book(self, callback: Callable[[BookChange], object]) -> None:
        """Call `callback` whenever the book changes (from `on_mount`: the screen must run)."""
        self.app.book_changed.subscribe(self, callback, immediate=True)

    def on_unmount(self) -> None:
        # Textual drops a closed screen's subscription only when the signal is next published
        # (a save): until then the screen and all it drew stayed in memory, walked by every
        # full collection of the garbage (0.1 s and more after a few dozen meetings opened).
        self.app.book_changed.unsubscribe(self)
        # Textual remembers the last 1,024 widgets' drawing caches in a cache of colours keyed
        # by each widget's own cache (StylesCache.get_inner_outer): a closed screen's lines
        # stayed in memory, a few hundred thousand objects each full collection walked.
        forget = getattr(StylesCache.get_inner_outer, "cache_clear", None)
        if forget is not None:
            forget()


class BookModal(ModalScreen[ResultType]):
    """A dialog that reads the book: as `BookScreen`, over the screen that opened it."""

    if TYPE_CHECKING:
        app = getters.app(MinuteBookApp)

    @property
    def book(self) -> store.Book:
        return self.app.book
