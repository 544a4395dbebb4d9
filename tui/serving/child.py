"""What each served app process runs (`python -m tui.serving.child`): the minute book's app for
one browser, with the book, the language, the name and read-only or not from its environment.

Read-only is the store's own refusal, not a hidden key: the book is opened with
`store.open_book(..., read_only=reason)`, so every save, delete, restore, import and merge is
refused by the store (and by the database's connections) with one line saying why, whichever
screen asks. The app sees the book is read-only and neither shows nor runs the keys that write.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

import store
from store.i18n import _

DB_ENV = "MINUTEBOOK_DB"  # the book's address, password included: the environment only
LANG_ENV = "MINUTEBOOK_SERVE_LANG"
READ_ONLY_ENV = "MINUTEBOOK_SERVE_READ_ONLY"
USER_ENV = "MINUTEBOOK_USER"  # who saved, in the history (store/history.py reads it)


def read_only_reason() -> str:
    return _("this browser session is read-only (the server was not started with --allow-edit)")


def open_served_book(environment: Mapping[str, str]) -> store.Book:
    """The book this session reads: read-only unless the server allows editing."""
    read_only = read_only_reason() if environment.get(READ_ONLY_ENV) else False
    return store.open_book(environment.get(DB_ENV) or None, read_only=read_only)


def main() -> int:
    from store.i18n import set_language

    lang = os.environ.get(LANG_ENV) or None
    set_language(lang)  # before Textual's screens are imported: their key labels are translated
    from tui.app import MinuteBookApp
    from tui.memory import limit_malloc_arenas

    limit_malloc_arenas()  # as make_app does for the terminal: a session per browser adds up
    book = open_served_book(os.environ)
    try:
        app = MinuteBookApp(book)
        app.run()
    finally:
        book.close()
    return app.return_code or 0


if __name__ == "__main__":
    sys.exit(main())
