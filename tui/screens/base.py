"""`UsesBook`: what every screen that reads the minute book shares, the open book itself."""

from __future__ import annotations

from typing import Any

import store


class UsesBook:
    """Mixin for screens: `self.book` is the app's open `store.Store`."""

    app: Any  # provided by Textual's DOMNode

    @property
    def book(self) -> store.Store:
        book: store.Store = self.app.book
        return book
