"""What each served app process runs (`python -m tui.serving.child`): the minute book's app for
one browser, with the book, the language, the name and read-only or not from its environment.

Read-only is the store's own refusal, not a hidden key: the book is opened and then marked
read-only the way a read-only SQLite file marks it, so every save, delete, restore, import and
merge is refused by the store with one line saying why, whichever screen or command asks.
"""

from __future__ import annotations

import os
import sys

from store.i18n import _

DB_ENV = "MINUTEBOOK_DB"  # the book's address, password included: the environment only
LANG_ENV = "MINUTEBOOK_SERVE_LANG"
READ_ONLY_ENV = "MINUTEBOOK_SERVE_READ_ONLY"
USER_ENV = "MINUTEBOOK_USER"  # who saved, in the history (store/history.py reads it)


def read_only_reason() -> str:
    return _("this browser session is read-only (the server was not started with --allow-edit)")


def make_read_only(book: object, reason: str) -> None:
    """Have the store refuse every write to `book`, saying `reason`.

    `Store.read_only` (store/db.py) is the store's one switch for a book that may be read but
    not written: a write's unit of work refuses at its first line. Book has no public setter
    for it, so it is set on the book's store here, and checked below so a renamed attribute
    fails loudly instead of leaving a browser able to write.
    """
    inner = getattr(book, "_store", None)
    if inner is None or not hasattr(inner, "read_only"):
        raise RuntimeError("the book cannot be made read-only: Book._store.read_only is gone")
    inner.read_only = reason


def main() -> int:
    from store.i18n import set_language

    lang = os.environ.get(LANG_ENV) or None
    set_language(lang)  # before Textual's screens are imported: their key labels are translated
    from tui.app import make_app

    app = make_app(os.environ.get(DB_ENV) or None, lang=lang)
    try:
        if os.environ.get(READ_ONLY_ENV):
            make_read_only(app.book, read_only_reason())
        app.run()
    finally:
        app.book.close()
    return app.return_code or 0


if __name__ == "__main__":
    sys.exit(main())
