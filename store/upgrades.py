"""What opening a book upgraded, for the faces to say: the schema it had, the schema it has now,
and where the copy of the book as it was is kept.

The store says nothing itself (`store.db.open_store` records an `Upgraded` on the store, and
`Book.upgraded` hands it on); the command line writes `notice()` on stderr, the TUI shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from store.i18n import _


@dataclass(frozen=True)
class Upgraded:
    """An existing book brought from schema `before` to `after` as it was opened (a new book
    is created, not upgraded, and has none)."""

    before: str
    after: str
    # The copy made before the upgrade (`store.db.backup_before_upgrade`): None on a server,
    # and for a SQLite book without meetings, which has nothing to keep.
    kept_copy: Path | None = None

    def notice(self, *, beside: bool = False) -> str:
        """The one line a person is told: from which schema to which, and where the copy is:
        its whole path, or (`beside`, for a narrow toast that would break the path mid-word)
        its name, since it lies beside the book."""
        if self.kept_copy is None:
            return _("Upgraded the book from schema {before} to {after}.",
                     before=self.before, after=self.after)  # fmt: skip
        if beside:
            return _(
                "Upgraded the book from schema {before} to {after}; the book as it was is kept"
                " beside it as {name} (delete it once you are satisfied).",
                before=self.before, after=self.after, name=self.kept_copy.name,
            )  # fmt: skip
        return _(
            "Upgraded the book from schema {before} to {after}; the book as it was is kept at"
            " {path} (delete it once you are satisfied).",
            before=self.before, after=self.after, path=self.kept_copy.absolute(),
        )  # fmt: skip
