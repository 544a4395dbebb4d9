"""What a `store.Book` does to keep the record: the trash, each meeting's history, approval and
amendments, merging two saves, and verifying that nothing was changed behind the program's back.

A mixin of `Book` (store/book.py), apart only so that neither file grows past what a reader takes
in at once; its methods are Book methods like any other, each one unit of work.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from store import history, repo, trash
from store.errors import NotFound
from store.i18n import _
from store.models import Meeting

if TYPE_CHECKING:
    from sqlmodel import Session

    from store.edits import MeetingChanges
    from store.history import Change, Version
    from store.record import MeetingRecord
    from store.trash import TrashEntry


@dataclass(frozen=True)
class Verification:
    """What `Book.verification` found: one line per meeting changed outside the program, and
    how many meetings (in the book, in the trash) and history rows it checked."""

    problems: list[str]
    meetings: int
    trashed: int
    history_rows: int


class RecordKeeping:
    """Trash, history, approval, merges and verification: see the module."""

    if TYPE_CHECKING:

        def _session(self, *, write: bool = False) -> AbstractContextManager[Session]: ...
        def meeting(self, meeting_id: int) -> MeetingRecord: ...
        def save(
            self, meeting_id: int, record: MeetingRecord, *, expected_version: int | None
        ) -> int: ...

    def trash(self) -> list[TrashEntry]:
        """The meetings in the trash, most recently deleted first."""
        with self._session() as session:
            return trash.entries(session.connection())

    def trashed(self, meeting_id: int) -> MeetingRecord:
        """The record of a meeting in the trash."""
        with self._session() as session:
            found = trash.record_of(session.connection(), meeting_id)
        if found is None:
            raise NotFound(_("meeting #{id} is not in the trash", id=meeting_id))
        return found

    def empty_trash(
        self, *, older_than: timedelta | None = None, meeting_ids: Collection[int] | None = None
    ) -> list[int]:
        """Purge the trash (only what was deleted longer ago than `older_than`; of that, only
        `meeting_ids` when given: those a person confirmed): those meetings and their history
        are gone for good. The numbers purged."""
        with self._session(write=True) as session:
            return trash.purge(session.connection(), older_than=older_than, meeting_ids=meeting_ids)

    def history(self, meeting_id: int) -> list[Version]:
        """Every saved state of a meeting, oldest first, each with what it changed."""
        with self._session() as session:
            conn = session.connection()
            current = _live(session, meeting_id)
            return history.versions(conn, meeting_id, current)

    def version(self, meeting_id: int, version: int) -> MeetingRecord:
        """A meeting as it was at `version`."""
        with self._session() as session:
            conn = session.connection()
            current = _live(session, meeting_id)
            found = [
                record
                for row, record in history.states(conn, meeting_id, current)
                if row.version == version and record is not None
            ]
        if not found:
            raise NotFound(
                _("meeting #{id} has no version {version}", id=meeting_id, version=version)
            )
        return found[-1]

    def revert(
        self, meeting_id: int, version: int, *, expected_version: int | None
    ) -> int | None:
        """Save the meeting as it was at `version`, as a new version (history only grows); None,
        and nothing saved, when it is as it was then already (a version of no change)."""
        old = self.version(meeting_id, version)
        with self._session(write=True) as session:
            current = repo.get_record(meeting_id, session=session)
            restored = old.model_copy(
                update={"version": current.version, "created_at": current.created_at}
            )
            if history.record_hash(restored) == history.record_hash(current):
                return None
            return repo.update_meeting(
                meeting_id, restored, expected_version=expected_version, session=session,
                action="reverted", note=history.REVERTED_NOTE.format(version=version),
            )  # fmt: skip

    def amend(self, ref: str, changes: MeetingChanges, *, reason: str) -> tuple[int, int | None]:
        """Correct approved or locked minutes: `edit`'s changes, saved with a reason."""
        return self.edit(ref, changes, reason=reason)

    def amend_record(
        self, meeting_id: int, record: MeetingRecord, *, reason: str, expected_version: int | None
    ) -> int:
        """Save a corrected record of approved or locked minutes, with the reason."""
        with self._session(write=True) as session:
            return repo.amend_meeting(
                meeting_id, record, reason=reason, expected_version=expected_version,
                session=session,
            )  # fmt: skip

    def conflicts(
        self, meeting_id: int, base: MeetingRecord, mine: MeetingRecord
    ) -> tuple[MeetingRecord, list[Change]]:
        """After a `VersionConflict`: the meeting as saved meanwhile (theirs), and the fields
        both saves changed differently (`before` theirs, `after` mine)."""
        theirs = self.meeting(meeting_id)
        return theirs, history.conflicts(base, mine, theirs)

    def save_merged(
        self,
        meeting_id: int,
        base: MeetingRecord,
        mine: MeetingRecord,
        theirs: MeetingRecord,
        *,
        keep_mine: Sequence[str],
    ) -> int:
        """Save the merge of two saves: theirs, with my changes where only I changed a field and
        where `keep_mine` says so; a new version, checked against theirs."""
        merged = history.merged(base, mine, theirs, keep_mine)
        return self.save(meeting_id, merged, expected_version=theirs.version)

    def verify(self) -> list[str]:
        """Every meeting whose stored record or history was changed outside the program."""
        return self.verification().problems

    def verification(self) -> Verification:
        """`verify`'s problems, with how much it checked (one snapshot)."""
        with self._session() as session:
            conn = session.connection()
            ids = list(conn.execute(select(Meeting.__table__.c.id)).scalars())
            live: dict[int, MeetingRecord] = {}
            for start in range(0, len(ids), 500):
                live.update(repo.load_records(ids[start : start + 500], session=session))
            return Verification(
                history.verify(conn, live), len(live), len(trash.entries(conn)),
                history.history_count(conn),
            )  # fmt: skip

    def edit(
        self, ref: str, changes: MeetingChanges, *, reason: str | None = None
    ) -> tuple[int, int | None]:
        """Apply what `edit`'s flags say to the meeting `ref` names, checked and saved in one
        transaction: (its number, its new version, or None when nothing changed: then nothing
        was written and it kept its version). With a `reason`, an amendment (`amend`)."""
        from store.edits import apply_changes

        with self._session(write=True) as session:
            meeting_id = repo.resolve_meeting(ref, session=session)
            record = repo.get_record(meeting_id, session=session)
            changed = apply_changes(record, changes, source=_("meeting {id}", id=meeting_id))
            if changed is record:
                return meeting_id, None
            if reason is None:
                version = repo.update_meeting(
                    meeting_id, changed, expected_version=record.version, session=session
                )
            else:
                version = repo.amend_meeting(
                    meeting_id, changed, reason=reason, expected_version=record.version,
                    session=session,
                )  # fmt: skip
        return meeting_id, version

    # Added for the TUI's conflict screen (issue 12, "Conflicts you can resolve"): what the other
    # save changed and what mine changes, each against the state both started from.
    def differences(self, before: MeetingRecord, after: MeetingRecord) -> list[Change]:
        """Field by field, what differs between two states of a meeting (reads nothing)."""
        return list(history.changes(before, after))


def _live(session: Session, meeting_id: int) -> MeetingRecord:
    """A meeting in the book; a trashed one is one line saying how to bring it back."""
    current = repo.load_records([meeting_id], session=session).get(meeting_id)
    if current is not None:
        return current
    if trash.record_of(session.connection(), meeting_id) is not None:
        raise trash.in_the_trash(meeting_id)
    raise NotFound(_("no meeting {id}; `minutebook list` shows the numbers", id=meeting_id))
