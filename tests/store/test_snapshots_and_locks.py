"""Every unit of work is one snapshot; writers wait their turn; a new book's schema is made once.

The lost update of issue 12 made deterministic: a hook runs another writer's save between two
queries of a read, which must still see one state of the book, and a save from that read must
then meet a version conflict instead of overwriting the other save.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

import store
import store.importer
from store.db import Store, open_store
from store.repo import create_meeting, get_record, load_records, update_meeting
from tests.helpers import SAMPLE, a_meeting


@contextmanager
def between_queries(book: Store, after: int, action: Any) -> Iterator[None]:
    """Run `action` once, after the `after`-th SELECT this engine sends."""
    sent = 0
    done = False

    def hook(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        nonlocal sent, done
        if not statement.lstrip().upper().startswith("SELECT"):
            return
        sent += 1
        if sent == after and not done:
            done = True
            action()

    event.listen(book.engine, "after_cursor_execute", hook)
    try:
        yield
    finally:
        event.remove(book.engine, "after_cursor_execute", hook)


def test_a_read_is_one_snapshot_and_a_stale_save_is_a_conflict(db: str) -> None:
    reader, writer = open_store(db), open_store(db)
    try:
        with reader.session(write=True) as session:
            meeting_id = create_meeting(a_meeting(), session=session)

        def someone_else_saves() -> None:
            with writer.session(write=True) as session:
                changed = get_record(meeting_id, session=session).model_copy(
                    update={"participants": [
                        *a_meeting().participants,
                        store.Participant(name="Trần Văn Lý", role="attendee"),
                    ]}
                )  # fmt: skip
                update_meeting(meeting_id, changed, expected_version=1, session=session)

        # load_records reads the meeting row, then the people, decisions, ...: the other save
        # commits between the first and the second of those reads.
        with reader.session() as session, between_queries(reader, 1, someone_else_saves):
            loaded = load_records([meeting_id], session=session)[meeting_id]
        assert loaded.version == 1
        assert [p.name for p in loaded.participants] == ["Nguyễn Đình Khang"]  # one state
        with pytest.raises(store.VersionConflict), reader.session(write=True) as session:
            update_meeting(meeting_id, loaded, expected_version=loaded.version, session=session)
        with reader.session() as session:
            kept = get_record(meeting_id, session=session)
        assert [p.name for p in kept.participants] == ["Nguyễn Đình Khang", "Trần Văn Lý"]
    finally:
        reader.close()
        writer.close()


@contextmanager
def another_writer(db: str, *, for_at_most: float) -> Iterator[None]:
    """Another program holds the book's write lock (having saved "Giữ khóa") from the moment
    the block starts until it ends, or `for_at_most` seconds."""
    holder_store = open_store(db)
    held, release = threading.Event(), threading.Event()

    def hold_the_lock() -> None:
        with holder_store.session(write=True) as session:
            create_meeting(a_meeting(title="Giữ khóa"), session=session)
            held.set()
            release.wait(for_at_most)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    try:
        assert held.wait(10), "the other writer never took the lock"
        yield
    finally:
        release.set()
        holder.join()
        holder_store.close()


def test_a_writer_waits_for_another_writer_then_saves(db: str) -> None:
    second = open_store(db)
    with another_writer(db, for_at_most=1.0):
        started = time.monotonic()
        with second.session(write=True) as session:
            create_meeting(a_meeting(title="Chờ lượt"), session=session)
        assert time.monotonic() - started >= 0.5  # it waited its turn
    second.close()
    with open_store(db).session() as session:
        titles = {r.title for r in load_records([1, 2], session=session).values()}
    assert titles == {"Giữ khóa", "Chờ lượt"}


def test_a_writer_that_waits_too_long_is_told_the_book_is_busy(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store.db, "WAIT_FOR_WRITERS_S", 1)
    second = open_store(db)
    with another_writer(db, for_at_most=20):
        busy = pytest.raises(store.StoreError, match="the book is busy")
        with busy, second.session(write=True) as session:
            create_meeting(a_meeting(title="Quá lâu"), session=session)
    second.close()
    with open_store(db).session() as session:
        assert [r.title for r in load_records([1, 2], session=session).values()] == ["Giữ khóa"]


def test_a_save_during_an_import_waits_for_it(db: str) -> None:
    """20 saves while an import holds the book: each lands, or says the book is busy."""
    book = store.open_book(db)
    outcomes: list[str] = []

    def save(n: int) -> None:
        other = store.open_book(db)
        try:
            other.add(a_meeting(title=f"Họp số {n}"))
            outcomes.append("saved")
        except store.StoreError as exc:
            outcomes.append(str(exc))
        finally:
            other.close()

    importer = threading.Thread(target=lambda: book.import_files([str(SAMPLE)]))
    importer.start()
    savers = [threading.Thread(target=save, args=(n,)) for n in range(20)]
    for thread in savers:
        thread.start()
    for thread in [importer, *savers]:
        thread.join()
    assert len(outcomes) == 20
    assert all(o == "saved" or o.startswith("the book is busy") for o in outcomes), outcomes
    saved = outcomes.count("saved")
    assert book.search("", limit=None).total == 5 + saved
    book.close()


def test_two_first_opens_of_a_new_book_make_its_schema_once(
    request: pytest.FixtureRequest, tmp_path: Any
) -> None:
    """On PostgreSQL two programs opening an empty database at once used to race on CREATE."""
    server = request.getfixturevalue("pg_server")
    name = server.new_database(template="template0")
    url = server.url(name)
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def first_open() -> None:
        start.wait()
        try:
            open_store(url, create=True).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first_open) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        book = store.open_book(url)
        assert book.check().ok
        book.close()
    finally:
        server.drop_database(name)


def test_an_export_is_one_snapshot_while_another_program_deletes(db: str) -> None:
    book, other = store.open_book(db), store.open_book(db)
    book.import_files([str(SAMPLE)])
    meetings = book.iter_meetings()
    first = next(meetings)
    other.delete(5)  # committed while the export is under way
    rest = list(meetings)
    assert len([first, *rest]) == 5  # the book as it was when the export began
    assert [r.uid for r in book.iter_meetings("hoi nghi", newest_first=True)] == [
        r.uid for r in reversed(list(book.iter_meetings("hoi nghi")))
    ]
    book.close()
    other.close()


def test_a_copy_is_one_snapshot_while_another_program_deletes(db: str, tmp_path: Any) -> None:
    source, other = open_store(db), store.open_book(db)
    store.importer.import_files([str(SAMPLE)], store=source)
    target = open_store(str(tmp_path / "copy.db"), create=True)

    def delete_one() -> None:
        other.delete(4)

    from store.book_copy import copy_book

    with between_queries(source, 2, delete_one):
        report = copy_book(source, target)
    assert report.meetings == 5
    copied = store.open_book(str(tmp_path / "copy.db"))
    assert copied.verify() == []
    assert len(copied.search("", limit=None).ids) == 5
    for opened in (copied, other):
        opened.close()
    source.close()
    target.close()


# A unit of work killed at any moment leaves the book as it was before it ----------------------

KILLED = """
import os, sys, store
from sqlalchemy import event
db, action, after = sys.argv[1], sys.argv[2], int(sys.argv[3])
book = store.open_book(db)
sent = 0
def hook(*_args):
    global sent
    sent += 1
    if sent == after:
        os.kill(os.getpid(), 9)
event.listen(book._store.engine, "after_cursor_execute", hook)
if action == "save":
    record = book.meeting(2)
    book.save(2, record.model_copy(update={"title": "Bị cắt ngang"}), expected_version=1)
elif action == "restore":
    book.restore(5)
elif action == "purge":
    book.empty_trash()
print("finished")
"""


@pytest.mark.parametrize("action", ["save", "restore", "purge"])
@pytest.mark.parametrize("after", [2, 5, 9, 14])
def test_a_unit_of_work_killed_midway_leaves_the_previous_state(
    db: str, action: str, after: int
) -> None:
    import subprocess
    import sys

    book = store.open_book(db)
    book.import_files([str(SAMPLE)])
    book.delete(5)
    before = [r.to_json() for r in book.iter_meetings()], [e.meeting_id for e in book.trash()]
    book.close()
    done = subprocess.run(
        [sys.executable, "-c", KILLED, db, action, str(after)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    book = store.open_book(db)
    after_state = [r.to_json() for r in book.iter_meetings()], [e.meeting_id for e in book.trash()]
    if done.returncode == 0:  # it finished before the statement that would have killed it
        assert "finished" in done.stdout
        assert after > 2, "the earliest kill point must land inside the unit of work"
    else:
        assert done.returncode == -9, done.stderr
        assert after_state == before
    assert book.verify() == []
    book.close()
