"""The errors the store raises for a user's mistake or a state the user must resolve.

Each carries enough to print one line that names the source, the record and the field; the faces
(CLI, TUI) render them, never a traceback. Programming errors are ordinary exceptions, not these.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass

from store.i18n import _


def os_reason(exc: OSError) -> str:
    """Why the operating system refused, as the end of a sentence in the current language
    (`no such file or directory`, `không có tệp hay thư mục này`): its own words otherwise."""
    known = {
        errno.ENOENT: _("no such file or directory"),
        errno.EACCES: _("permission denied"),
        errno.EPERM: _("permission denied"),
        errno.EISDIR: _("it is a folder"),
        errno.ENOTDIR: _("a part of the path is not a folder"),
        errno.ENOSPC: _("no space left on device"),
        errno.EROFS: _("the file system is read-only"),
        errno.EEXIST: _("it already exists"),
        errno.ENAMETOOLONG: _("the name is too long"),
    }
    if exc.errno in known:
        return known[exc.errno]
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


def unit_word(unit: str) -> str:
    """What a problem's number counts, in the current language: `line`, `row` or `record`."""
    return {"line": _("line"), "row": _("row"), "record": _("record")}.get(unit, unit)


class StoreError(Exception):
    """Base of every error a user can cause or fix; `str()` is the one-line message."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one record: where it is and why it was refused."""

    source: str  # file name, "<stdin>", "--attendee", ...
    record: (
        int | None
    )  # line (CSV, NDJSON) or record number (JSON), 1-based; None if not from a file
    field: str  # dotted path: "date", "participants[2].name"
    reason: str
    unit: str = "line"  # what `record` counts: "line", "row" (a worksheet's) or "record"

    def __str__(self) -> str:
        """`loi.csv, line 3, field 'date': ...`, its words in the current language."""
        where = self.source
        if self.record is not None:
            where += f", {unit_word(self.unit)} {self.record}"
        if self.field:
            where += _(", field {field!r}", field=self.field)
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class LikelyDuplicate:
    """A record without a uid that looks like a meeting in the book but says something else."""

    source: str
    number: int
    unit: str
    meeting_id: int
    uid: str
    # A draft from a report (`import --from-report`): a report has no uid to give, so the way
    # to replace the meeting goes through the draft's JSON (`extract --format json`).
    from_report: bool = False

    def __str__(self) -> str:
        if self.from_report:
            return _(
                "{file}: same date, title and place as meeting #{id} but other content; not "
                "imported (`minutebook show {id}` shows it: correct it there, or write this draft "
                "with `minutebook extract {file} --format json`, give it uid {uid!r} and import "
                "that with --on-conflict update)",
                file=self.source,
                id=self.meeting_id,
                uid=self.uid,
            )
        where = f"{self.source}, {unit_word(self.unit)} {self.number}"
        return _(
            "{where}: same date, title and place as meeting #{id} but other content; not "
            "imported (give it uid {uid!r} and --on-conflict update to replace that meeting, "
            "or a uid of its own to add it)",
            where=where,
            id=self.meeting_id,
            uid=self.uid,
        )


class InvalidRecord(StoreError):
    """One or more records failed validation; nothing was written."""

    def __init__(self, problems: list[Problem], total: int | None = None) -> None:
        self.problems = problems
        self.total = total if total is not None else len(problems)
        super().__init__(str(problems[0]) if problems else _("invalid record"))


class NotFound(StoreError):
    """The meeting, person or organisation asked for does not exist."""


class VersionConflict(StoreError):
    """The record was changed elsewhere after it was read; saving would overwrite that change."""

    def __init__(self, meeting_id: int, expected: int, actual: int | None) -> None:
        self.meeting_id = meeting_id
        self.expected = expected
        self.actual = actual
        if actual is None:
            msg = _("meeting {id} was deleted by someone else while you edited it", id=meeting_id)
        else:
            msg = _(
                "meeting {id} was changed elsewhere (you edited version {expected}, it is now "
                "version {actual}); reload it and apply your change again",
                id=meeting_id,
                expected=expected,
                actual=actual,
            )
        super().__init__(msg)


class DatabaseUnavailable(StoreError):
    """The database cannot be opened or reached; the message never contains a password."""


class BookMissing(DatabaseUnavailable):
    """No book at the path given, and no new one was asked for (`create`)."""


class SchemaTooNew(StoreError):
    """The database was upgraded by a newer minutebook than this one."""


class DatabaseFailed(StoreError):
    """The database failed after the book was opened (a server gone, a disk error, a lock held
    too long): the message is one line for a person, the password masked."""


class SearchCancelled(StoreError):
    """A search was stopped from another thread through its `store.book.Cancel` handle."""

    def __init__(self) -> None:
        super().__init__(_("the search was cancelled"))


class UsageError(StoreError):
    """A value given on the command line (or in a form) that the option cannot take: the faces
    treat it as a usage error (exit code 2 in the CLI), not as bad data."""
