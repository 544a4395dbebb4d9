"""What opening a book upgraded, for the faces to say: the schema it had, the schema it has now,
and where the copy of the book as it was is kept; `Upgrading`, told as an upgrade begins (a large
book's takes minutes, and the faces say so before, not only after).

The store says nothing itself (`store.db.open_store` records an `Upgraded` on the store, and
`Book.upgraded` hands it on); the command line writes `notice()` on stderr, the TUI shows it.
"""

from __future__ import annotations

from collections.abc import Callable
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


# Told (the schema the book has, the schema it is brought to) as an existing book's upgrade
# begins: at 100,000 meetings schema 0017's took five minutes, in which the program said nothing.
Upgrading = Callable[[str, str], None]


def starting_notice(before: str, after: str) -> str:
    """The line a person is told as an upgrade begins: what happens, that it can take minutes,
    and that stopping it is safe (an upgrade cut short leaves the book as it was)."""
    return _(
        "Upgrading the book from schema {before} to {after}: on a large book this takes"
        " minutes. Stopping it leaves the book as it was.",
        before=before, after=after,
    )  # fmt: skip
