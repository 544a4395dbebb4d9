"""The TUI's words: the program's one catalog (`store.i18n`), as the screens import it."""

from store.i18n import (
    CATALOGS,
    LANGUAGES,
    _,
    current_language,
    english,
    grouped,
    language_from_environment,
    plural,
    set_language,
)

__all__ = [
    "CATALOGS",
    "LANGUAGES",
    "_",
    "current_language",
    "english",
    "grouped",
    "language_from_environment",
    "plural",
    "set_language",
]
