"""What every screen that reads the minute book shares: the app, typed, and its open book.

`UsesBook` gives a screen (or a widget) `self.app` typed as `MinuteBookApp`, so its book, its
navigation (`open_meeting`, `open_person`, `edit_meeting`, ...) and its `book_changed` signal are
reached without a cast, and `self.book`, the app's open `store.Book`. `BookChange` is what
`book_changed` carries. Nothing here imports a screen: screens reach each other through the app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import store

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from tui.app import MinuteBookApp


@dataclass(frozen=True)
class BookChange:
    """The book changed (a save, a delete, an undo, a rename, a merge, a decision marked done).

    `meeting_id` is the meeting the change was about, for the home list to keep its cursor on;
    None leaves the cursor where it is.
    """

    meeting_id: int | None = None


class UsesBook:
    """Mixin for a screen or widget of the minute book: a typed `app`, and `book`, its open
    `store.Book`. Put it before Textual's class: `class PeopleScreen(UsesBook, Screen[None])`."""

    if TYPE_CHECKING:

        @property
        def app(self) -> MinuteBookApp: ...

    @property
    def book(self) -> store.Book:
        return self.app.book

    def follow_book(self, callback: Callable[[BookChange], object]) -> None:
        """Call `callback` whenever the book changes (from `on_mount`: the screen must run)."""
        node = cast("DOMNode", self)  # a mixin: the class it is mixed into is the node
        self.app.book_changed.subscribe(node, callback, immediate=True)
