"""`Book`: the one object the faces call. An open minute book and everything done to it.

The CLI's commands and the TUI's screens hold a `Book` and call its methods: read, search, save,
delete, restore, import, export, people, decisions, drafts from reports, and the database's own
chores. Each method is one unit of work: it opens its transaction, runs it and closes it, so a
face never sees a session, SQLAlchemy or the database driver. Stopping a running search from
another thread is `Cancel`, made by the face and handed to `search`.

The work itself lives in the modules named beside each method (`store.repo`, `store.search`,
`store.people`, ...); the heavy ones (the importer, the file formats, the extractor) are imported
inside the method that needs them, so a command loads only what it uses.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError

from store import backups, db, db_check, decisions, interrupts, people, repo, trash, urls
from store import search as searching
from store.db import Store
from store.db_check import CheckReport
from store.errors import DatabaseFailed, SearchCancelled
from store.i18n import _
from store.keeping import RecordKeeping
from store.query import Query, parse_query
from store.upgrade_rows import after_upgrade
from store.upgrades import Upgrading

if TYPE_CHECKING:
    from sqlmodel import Session

    from store.book_copy import CopyProgress, CopyReport
    from store.decisions import OpenDecision
    from store.extract import Draft
    from store.importer import ImportReport, Progress
    from store.people import Appearance, PersonSummary
    from store.record import MeetingRecord
    from store.repo import MeetingSummary
    from store.search import Page
    from store.twins import Twin


class Cancel:
    """A handle to stop a search from another thread: the face keeps it, `Book.search` uses it.

    `cancel()` interrupts the statement running under it (SQLite stops at once; PostgreSQL is
    asked to cancel it) and makes every later search with this handle raise `SearchCancelled`.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._driver: Any = None
        self.cancelled = False

    def cancel(self) -> None:
        # Under the lock: once the search has detached its connection (back to the pool, maybe
        # running another thread's query), nothing here may interrupt it.
        with self._lock:
            self.cancelled = True
            driver = self._driver
            if driver is None:
                return
            for stop in ("interrupt", "cancel"):  # sqlite3's, then psycopg's
                method = getattr(driver, stop, None)
                if method is not None:
                    with suppress(Exception):  # the statement may have ended meanwhile
                        method()
                    return

    def _attach(self, driver: Any) -> None:
        with self._lock:
            if self.cancelled:
                raise SearchCancelled()
            self._driver = driver

    def _detach(self) -> None:
        with self._lock:
            self._driver = None


class Book(RecordKeeping):
    """An open minute book (see the module). Use `open_book()` to get one; `close()` it."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.upgraded = store.upgraded  # what opening it upgraded, for the face to say, or None

    # The book itself -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The database URL, password included: for reopening, never for showing."""
        return self._store.url

    @property
    def display_url(self) -> str:
        """The book as named to a person: a SQLite book's file, else the URL, password masked."""
        return self._store.display_url

    @property
    def backend(self) -> str:
        """`sqlite` or `postgresql`."""
        return self._store.backend

    @property
    def read_only(self) -> str | None:
        """Why the book may be read but not written (opened `read_only`, or a SQLite file that
        cannot be written now), or None: every write then refuses, saying this."""
        return self._store.read_only

    @property
    def sqlite_path(self) -> Path | None:
        """The book's file, for a SQLite book on disk."""
        return urls.sqlite_file(self._store.url)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _failures(self) -> Iterator[None]:
        """A driver's error met mid-work becomes one line for a person (`DatabaseFailed`)."""
        try:
            yield
        except DBAPIError as exc:
            if interrupts.interrupted():  # ctrl+c inside a function SQLite called: said as such
                raise KeyboardInterrupt from None
            problem = urls.connection_problem(exc, self._store.url)
            raise DatabaseFailed(_("the database failed: {problem}", problem=problem)) from None

    @contextmanager
    def _session(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: a transaction, committed on success, rolled back on any error.
        A reader's sees one state of the book; a writer's holds the write lock from its start
        (see `store.db.Store.session`)."""
        with self._failures(), self._store.session(write=write) as session:
            yield session

    # Meetings: reading -----------------------------------------------------------------------

    def search(
        self,
        query: Query | str,
        *,
        limit: int | None = 50,
        offset: int = 0,
        count: bool = True,
        cancel: Cancel | None = None,
        order: str = "relevance",
        count_up_to: int | None = None,
    ) -> Page:
        """The page of meetings matching `query` (the query language): by relevance (a person
        named by the free words first, then the words together, then anywhere; newest first
        within each), or `order="newest"`. Without free words, newest first.

        `limit=None` gives every match; `count=False` skips counting past a full page;
        `count_up_to=N` counts at most N + 1 matches, and a total past N comes with
        `Page.exact` False ("more than N"). With `cancel`, another thread can stop the search:
        it then raises `SearchCancelled`.
        """
        parsed = parse_query(query) if isinstance(query, str) else query
        with self._session() as session:
            return self._cancellable(cancel, session, lambda: searching.search(
                parsed, session=session, limit=limit, offset=offset, count=count, order=order,
                count_up_to=count_up_to,
            ))  # fmt: skip

    def summaries(
        self, ids: Sequence[int], *, cancel: Cancel | None = None
    ) -> list[MeetingSummary]:
        """One list line per meeting id (title, date, chairs, place, people), in that order."""
        with self._session() as session:
            return self._cancellable(cancel, session, lambda: repo.summaries(ids, session=session))

    @staticmethod
    def _cancellable(cancel: Cancel | None, session: Session, run: Callable[[], Any]) -> Any:
        if cancel is None:
            return run()
        cancel._attach(session.connection().connection.driver_connection)
        try:
            return run()
        except DBAPIError:
            if cancel.cancelled:
                raise SearchCancelled() from None
            raise
        finally:
            cancel._detach()

    def meeting(self, meeting_id: int) -> MeetingRecord:
        """The whole record of a meeting; `NotFound` if there is none."""
        with self._session() as session:
            return repo.get_record(meeting_id, session=session)

    def meetings(self, ids: Sequence[int]) -> list[MeetingRecord]:
        """The records of `ids` still in the book, in that order (one snapshot)."""
        with self._session() as session:
            found = repo.load_records(ids, session=session)
        return [found[i] for i in ids if i in found]  # one deleted meanwhile is left out

    def same_meeting(self, record: MeetingRecord) -> Twin | None:
        """The meeting in the book that `record`, not saved yet, may already be: the one an
        import would take it for, else one that day under a title much alike (`store.twins`)."""
        from store.twins import twin_of

        with self._session() as session:
            return twin_of(record, session=session)

    def resolve(self, ref: str) -> int:
        """The meeting `ref` (a number or a uid) names; one in the trash says how to restore it."""
        with self._session() as session:
            return trash.unless_trashed(ref, repo.resolve_meeting, session=session)

    def iter_meetings(
        self, query: Query | str | None = None, *, newest_first: bool = False
    ) -> Iterator[MeetingRecord]:
        """Every meeting (or those matching `query`), oldest first (the export order) or newest
        first, read a chunk at a time in one snapshot: a meeting deleted meanwhile by another
        program is still written, whole, and memory stays bounded however many match."""
        with self._session() as session:
            if query is None and not newest_first:
                yield from repo.iter_records(session=session)
                return
            parsed = parse_query(query or "") if not isinstance(query, Query) else query
            ids = searching.search_all_ids(parsed, session=session)
            if not newest_first:
                ids.reverse()
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                found = repo.load_records(chunk, session=session)
                yield from (found[i] for i in chunk if i in found)

    # Meetings: writing -----------------------------------------------------------------------

    def add(self, record: MeetingRecord) -> int:
        """Save a new meeting; its number."""
        with self._session(write=True) as session:
            return repo.create_meeting(record, session=session)

    def save(self, meeting_id: int, record: MeetingRecord, *, expected_version: int | None) -> int:
        """Replace a meeting's record; its new version. `VersionConflict` if it changed since
        `expected_version` was read (None: no check)."""
        with self._session(write=True) as session:
            return repo.update_meeting(
                meeting_id, record, expected_version=expected_version, session=session
            )

    def delete(self, meeting_id: int) -> MeetingRecord:
        """Move a meeting to the trash (it keeps its number; `restore` brings it back)."""
        with self._session(write=True) as session:
            return repo.delete_meeting(meeting_id, session=session)

    def restore(self, meeting_id: int) -> MeetingRecord:
        """Bring a meeting back from the trash under its own number, exactly as it was."""
        with self._session(write=True) as session:
            repo.restore_meeting(meeting_id, session=session)
            return repo.get_record(meeting_id, session=session)

    # People ----------------------------------------------------------------------------------

    def people(self, name: str | None = None) -> list[PersonSummary]:
        """Everyone in the directory (or those `name` matches), by name."""
        with self._session() as session:
            return people.list_people(session=session, name=name)

    def find_person(self, name: str) -> int:
        """The one person `name` means; `NotFound` or an error naming the candidates."""
        with self._session() as session:
            return people.find_person(name, session=session)

    def person_named(self, name: str) -> int | None:
        """The person spelled exactly `name` (case and spacing aside), if there is one."""
        with self._session() as session:
            return people.person_named(name, session=session)

    def person_name(self, person_id: int) -> str:
        with self._session() as session:
            return people.person_name(person_id, session=session)

    def timeline(self, person_id: int) -> list[Appearance]:
        """Every meeting a person took part in, newest first, with role and title held."""
        with self._session() as session:
            return people.timeline(person_id, session=session)

    def rename_person(self, person_id: int, new_name: str) -> bool:
        with self._session(write=True) as session:
            return people.rename_person(person_id, new_name, session=session)

    def merge_people(self, keep_id: int, other_id: int) -> int:
        """Fold `other_id` into `keep_id`; how many meetings moved."""
        with self._session(write=True) as session:
            return people.merge_people(keep_id, other_id, session=session)

    # Undoing a merge (`store.merging`): the type is imported for the checker only.
    if TYPE_CHECKING:
        from store.merging import Merge

    def last_merge(self) -> Merge | None:
        """The newest merge of two people not yet undone (what `undo_merge()` would undo)."""
        from store import merging

        with self._session() as session:
            return merging.last_merge(session=session)

    def undo_merge(self, name: str | None = None) -> Merge:
        """Undo the newest merge (or the newest that took `name` out of the directory): the
        person is back, under their own number if free, in every meeting as before; each meeting
        gets a version saying so. `NotFound` if there is none; `StoreError`, naming why, if a
        meeting changed since (nothing is then changed)."""
        from store import merging

        with self._session(write=True) as session:
            return merging.undo_merge(name, session=session)

    def possible_duplicates(self) -> list[list[PersonSummary]]:
        with self._session() as session:
            return people.possible_duplicates(session=session)

    def suggest_people(self, text: str, *, limit: int = 8) -> list[PersonSummary]:
        """People a half-typed name may mean, most frequent first (the person picker)."""
        with self._session() as session:
            return people.suggest_people(text, session=session, limit=limit)

    def last_title(self, name: str) -> str | None:
        """The title most recently recorded for the person called exactly `name`."""
        with self._session() as session:
            return people.last_title(name, session=session)

    # Decisions -------------------------------------------------------------------------------

    def open_decisions(
        self, *, responsible: str | None = None, today: date | None = None, limit: int | None = None
    ) -> list[OpenDecision]:
        """Open decisions, overdue first (or those whose responsible matches)."""
        with self._session() as session:
            return decisions.open_decisions(
                session=session, responsible=responsible, today=today, limit=limit
            )

    def set_decision_status(
        self, meeting_id: int, position: int, status: str, *, expected_version: int | None
    ) -> int:
        """Set one decision's status; the meeting's new version."""
        with self._session(write=True) as session:
            return decisions.set_decision_status(
                meeting_id, position, status, expected_version=expected_version, session=session
            )

    # Files -----------------------------------------------------------------------------------

    def import_files(
        self,
        paths: Sequence[str],
        *,
        progress: Progress | None = None,
        **options: Any,
    ) -> ImportReport:
        """Import every record of `paths` in one transaction (see `store.importer.import_files`
        for the options: fmt, dry_run, on_conflict, encoding, delimiter, skip_invalid, rejects)."""
        from store.importer import import_files

        with self._failures():
            return import_files(paths, store=self._store, progress=progress, **options)

    def import_records(
        self, records: Sequence[MeetingRecord], *, on_conflict: str = "skip"
    ) -> ImportReport:
        """Import already-validated records (drafts from reports) in one transaction."""
        from store.importer import import_records

        with self._failures():
            return import_records(records, store=self._store, on_conflict=on_conflict)

    def output_file(
        self, path: str | Path, *, binary: bool = False
    ) -> AbstractContextManager[IO[Any]]:
        """A stream to write `path` whole or not at all, refused if it is this book's own file
        (`store.outputs.output_file`)."""
        from store.outputs import output_file

        protected = [self.sqlite_path] if self.sqlite_path is not None else []
        return output_file(path, binary=binary, protected=protected)

    def draft_from_report(self, text: str, *, source: str | None = None, html: bool | None = None
                          ) -> Draft:  # fmt: skip
        """A draft record read from a report's text, people spelled as the directory has them."""
        from store.extract import extract_report

        with self._session() as session:
            known = people.directory_names(session=session)
        return extract_report(text, source=source, html=html, known_people=known)

    # The database ----------------------------------------------------------------------------

    # The committee's figures (`store.stats`), the type imported for the checker only; one
    # signature laid out by hand, keeping book.py within its 500 lines.
    if TYPE_CHECKING:
        from store.stats import Stats

    # fmt: off
    def stats(
        self, query: str | None = None, *, period: str | None = None,
        members_of: str | None = None, today: date | None = None, top: int | None = 20,
        named: int | None = 100, person: int | None = None, figures: Collection[str] | None = None,
        drafts: bool = True,
    ) -> Stats:
        """The committee's figures (`store.stats`) over the meetings of `query` in `period` (what
        `date:` takes; None: this year unless the query says dates; `ALL_TIME`): meetings by month,
        quarter, kind and body, attendance (at the meetings of the body `members_of`, if given),
        decisions by status and owner with the overdue (at most `named`), documents cited most;
        lists cut at `top` (None: all), each figure with its query. `person`: one person's, with
        their attendance in each period. `figures`: the lists to count (`FIGURES`; None: all but
        each period's decisions); the meetings by period and kind always are. `drafts`: False
        for the record as reviewed (the report's); `Stats.drafts` says how many there are."""
        from store.stats_sql import book_stats

        with self._session() as session:
            return book_stats(query, session=session, period=period, members_of=members_of,
                              today=today, top=top, named=named, person=person, figures=figures,
                              drafts=drafts)
    # fmt: on

    def counted_meetings(self, query: str) -> list[int]:
        """The meetings `stats` counts for a figure's `query`, newest first: those known to fall
        in its period (a search also finds those that may: one dated only to 2024, for May)."""
        from store.stats_scope import counted_ids

        with self._session() as session:
            return counted_ids(parse_query(query), session)

    def check(self, *, repair: bool = False) -> CheckReport:
        """Integrity and schema version; `repair`: the figures' summaries recounted if wrong."""
        return db_check.check(self._store, repair=repair)

    def upgrade(self) -> None:
        self._store.refuse_if_read_only()
        db.upgrade_schema(self._store, after=after_upgrade)

    def backup(self, target: Path) -> None:
        """Copy a SQLite book to `target` (a new file)."""
        backups.backup(self._store, target)

    def copy_to(self, target: Book, *, progress: CopyProgress | None = None) -> CopyReport:
        """Copy the whole book into the empty book `target`, numbers kept."""
        from store.book_copy import copy_book

        with self._failures(), target._failures():
            return copy_book(self._store, target._store, progress=progress)

    @property
    def schema_revision(self) -> str | None:
        """The schema the book is at (`minutebook db upgrade` says it)."""
        with self._failures():
            return db.schema_revision(self._store)

    @staticmethod
    def write(records: Iterable[MeetingRecord], fmt: str, stream: IO[Any]) -> int:
        """Write `records` in `fmt` (one of `WRITE_FORMATS`; `BINARY_FORMATS` to a binary
        stream) to `stream`; how many it wrote (a calendar: the meetings dated to the day)."""
        from store.exchange.registry import writer

        return writer(fmt)(records, stream)


def open_book(db_url: str | None = None, *, upgrade: bool = True, create: bool = False,
              read_only: bool | str = False, upgrading: Upgrading | None = None,
              ) -> Book:  # fmt: skip
    """Open (and by default upgrade) the book at `db_url`: a SQLAlchemy URL or a file path; None
    means $MINUTEBOOK_DB, else the default file in the user's data directory. A SQLite file
    that does not exist is made only with `create` or at the default location (the first run):
    `BookMissing` otherwise. `read_only` (True, or why, said by every refusal): every save,
    delete, restore, import, merge and upgrade is refused, in the store and in the database.
    `upgrading` is told as an existing book's upgrade begins (`store.upgrades.Upgrading`)."""
    reason = _("it was opened read-only") if read_only is True else read_only or None
    opened = db.open_store(db_url, upgrade=upgrade, create=create, read_only=reason,
                           after_upgrade=after_upgrade, upgrading=upgrading)  # fmt: skip
    return Book(opened)


def describe_location(db_url: str | None = None) -> str:
    """Where `db_url` points, without opening it (`minutebook db path`): a SQLite book's file,
    else the URL with its password masked."""
    return urls.shown_location(urls.resolve_url(db_url))


__all__ = ["Book", "Cancel", "describe_location", "open_book"]
