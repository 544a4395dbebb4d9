"""An import is one transaction: killed at any moment it leaves the book exactly as it was; other
connections keep reading meanwhile; a busy book makes it wait rather than fail.

The import runs as the installed `minutebook` in a subprocess reading NDJSON from a pipe the test
writes to, so the test knows how far it has got: a write to a full pipe returns only once the import
has read what came before. Where the test must know more, it waits on what another program can see
of the import: the book's write lock held (the import takes it before reading anything), the WAL
file grown past a size (its transaction written), the meetings a reader counts (its commit). The
book is a real SQLite file (WAL), read back with its own checks.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import store
import store.db
import store.db_check
import store.repo
import store.search
from tests.helpers import console_script, meeting_lines, one_error, wait_until

# SQLite's own: its WAL file, BEGIN IMMEDIATE and its busy timeout, a reader on the file.
pytestmark = pytest.mark.sqlite_only


def snapshot(db_path: Path) -> tuple[list[str], dict[str, int], list[str]]:
    """Everything the book holds, its counts, and what its integrity checks find wrong."""
    book = store.db.open_store(str(db_path))
    try:
        report = store.db_check.check(book)
        with book.session() as session:
            records = [json.dumps(r.to_json()) for r in store.repo.iter_records(session=session)]
        return records, report.counts, report.problems
    finally:
        book.close()


@pytest.fixture
def before(
    sample_book: store.db.Store, db_path: Path
) -> tuple[list[str], dict[str, int], list[str]]:
    sample_book.close()
    state = snapshot(db_path)
    assert state[1]["meeting"] == 5 and state[2] == []
    return state


def start_import(db_path: Path, *options: str) -> subprocess.Popen[bytes]:
    command = [str(console_script()), "--db", str(db_path), "import", *options]
    return subprocess.Popen(
        [*command, "--format", "ndjson", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def feed(process: subprocess.Popen[bytes], lines: Iterator[bytes]) -> None:
    assert process.stdin is not None
    for line in lines:
        process.stdin.write(line)
    process.stdin.flush()


def finish(process: subprocess.Popen[bytes], timeout: float = 300) -> tuple[bytes, bytes]:
    """Wait for the import to end (stdin already closed or not); its stdout and stderr."""
    if process.stdin is not None and not process.stdin.closed:
        process.stdin.close()
    process.wait(timeout=timeout)
    assert process.stdout is not None and process.stderr is not None
    return process.stdout.read(), process.stderr.read()


def kill(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGKILL)
    finish(process, 60)
    assert process.returncode == -signal.SIGKILL


def wal_size(db_path: Path) -> int:
    wal = db_path.with_name(db_path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def write_lock_taken(db_path: Path) -> bool:
    """Whether another program holds the book's write lock: a writer that asks for it without
    waiting is refused. (The import takes it before it reads its first record.)"""
    probe = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc), exc
        return True
    else:
        probe.execute("ROLLBACK")
        return False
    finally:
        probe.close()


def meetings_seen(db_path: Path) -> int:
    """How many meetings a reader on another connection sees: what is committed."""
    reader = sqlite3.connect(db_path, timeout=5)
    try:
        return int(reader.execute("SELECT count(*) FROM meeting").fetchone()[0])
    finally:
        reader.close()


def wait_for(process: subprocess.Popen[bytes], condition: Callable[[], object], what: str) -> None:
    """Wait until `condition` holds while the import runs (or it has ended: then it is too late
    for the condition, and the test sees what the ended import left)."""
    wait_until(lambda: process.poll() is not None or condition(), timeout=60, what=what)


# Killed -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fed", [1, 1_500, 4_000])
def test_sigkill_while_importing_leaves_the_book_as_it_was(
    db_path: Path, before: Any, fed: int
) -> None:
    wal_before = wal_size(db_path)
    process = start_import(db_path)
    feed(process, meeting_lines(fed))
    if fed > 1:
        # The import has read all but the last pipeful and written it into its transaction: the
        # pages that did not fit SQLite's cache are already in the WAL, uncommitted.
        wait_until(
            lambda: wal_size(db_path) > wal_before + 1_000_000, timeout=30,
            what="the import's transaction spilling 1 MB into the WAL",
        )  # fmt: skip
    else:
        # One record given: the import is inside its transaction (it holds the write lock),
        # waiting for the next line.
        wait_until(lambda: write_lock_taken(db_path), what="the import holding the write lock")
    assert process.poll() is None
    kill(process)
    assert snapshot(db_path) == before


def test_ctrl_c_while_importing_says_nothing_was_imported(db_path: Path, before: Any) -> None:
    """Ctrl+C (SIGINT) said "nothing more was written", which a newcomer read as "part of it
    was": the import says nothing was imported, and the book is as it was."""
    process = start_import(db_path)
    feed(process, meeting_lines(1))
    wait_until(lambda: write_lock_taken(db_path), what="the import holding the write lock")
    process.send_signal(signal.SIGINT)
    _, stderr = finish(process, 60)
    assert process.returncode == 130
    assert stderr.decode().splitlines() == [
        "minutebook: interrupted; nothing was imported: an import is all or nothing"
    ]
    assert snapshot(db_path) == before


def test_ctrl_c_inside_sqlite_s_call_of_our_function_is_an_interruption(
    db_path: Path, before: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C during an import's writes mostly lands in the word pairs' function, which SQLite's
    triggers call: SQLite reported it as "user-defined function raised exception", said as
    "the database failed" (exit 1; a newcomer's ctrl+c 8 s into an import of 20,000, five times
    in five). It is the interruption it is: exit 130, nothing imported. The signal is real,
    sent to this process from inside the function."""
    import os

    from typer.testing import CliRunner

    import store.interrupts
    import store.word_pairs
    from cli import app

    calls = 0
    pairs = store.word_pairs.word_pairs

    def interrupted_on_the_50th(body: str | None) -> str:
        nonlocal calls
        calls += 1
        if calls == 50:
            os.kill(os.getpid(), signal.SIGINT)  # ctrl+c, while SQLite runs this
        return pairs(body)

    source = tmp_path / "many.ndjson"
    source.write_bytes(b"".join(meeting_lines(200)))
    monkeypatch.setattr(store.word_pairs, "word_pairs", interrupted_on_the_50th)
    # Python's own handler, or SIG_IGN where the run was started in the background (`&`).
    handler = signal.getsignal(signal.SIGINT)
    result = CliRunner().invoke(app, ["--db", str(db_path), "import", str(source)])
    assert result.exit_code == 130, result.output
    assert result.stderr.splitlines() == [
        "minutebook: interrupted; nothing was imported: an import is all or nothing"
    ]
    assert not store.interrupts.interrupted()  # told once, then forgotten
    assert signal.getsignal(signal.SIGINT) is handler  # put back
    monkeypatch.setattr(store.word_pairs, "word_pairs", pairs)
    assert snapshot(db_path) == before

# Where the import's end is killed: as its input ends; once it writes again after that (the last
# batch, or the commit's own frames when the batch fits the cache); once its commit is visible.
KILL_POINTS = ("input-ended", "writing-again", "committed")


@pytest.mark.parametrize("point", KILL_POINTS)
def test_sigkill_at_any_moment_of_the_commit_is_all_or_nothing(
    db_path: Path, before: Any, point: str
) -> None:
    process = start_import(db_path)
    feed(process, meeting_lines(2_000))
    at_close = wal_size(db_path)
    assert process.stdin is not None
    process.stdin.close()  # the import now finishes reading, writes the last batch, commits
    if point == "writing-again":
        wait_for(process, lambda: wal_size(db_path) > at_close, "the WAL to grow again")
    elif point == "committed":
        wait_for(process, lambda: meetings_seen(db_path) == 5 + 2_000, "the commit")
    process.send_signal(signal.SIGKILL)
    finish(process, 120)
    state = snapshot(db_path)
    assert state[2] == []
    if point == "committed":
        assert state[1]["meeting"] == 5 + 2_000
    elif state != before:
        # It committed before the signal: then all of it, and nothing more can change.
        assert state[1]["meeting"] == 5 + 2_000
    completed = start_import(db_path)
    feed(completed, meeting_lines(2_000))
    out, err = finish(completed)
    assert completed.returncode == 0, err
    assert (b"2000 unchanged" if state != before else b"2000 new") in out
    assert snapshot(db_path)[1]["meeting"] == 5 + 2_000


# Readers and writers on other connections ---------------------------------------------------------


def test_another_connection_reads_the_book_as_it_was_while_the_import_runs(
    db_path: Path, before: Any
) -> None:
    process = start_import(db_path)
    feed(process, meeting_lines(3_000))
    wait_until(
        lambda: wal_size(db_path) >= 1_000_000, timeout=30,
        what="the import's transaction spilling 1 MB into the WAL",
    )  # fmt: skip
    assert process.poll() is None  # still importing: waiting for the rest of the pipe
    started = time.monotonic()
    reader = sqlite3.connect(db_path, timeout=0.5)
    try:
        assert reader.execute("SELECT count(*) FROM meeting").fetchone() == (5,)
        imported = "SELECT count(*) FROM meeting WHERE uid LIKE 'kill-%'"
        assert reader.execute(imported).fetchone() == (0,)
    finally:
        reader.close()
    book = store.db.open_store(str(db_path))
    try:
        with book.session() as session:
            page = store.search.search(store.parse_query("nguyen dinh khang"), session=session)
            assert page.total == 3
    finally:
        book.close()
    assert time.monotonic() - started < 5  # read at once, never waiting for the writer
    feed(process, meeting_lines(1_000, start=3_000))
    out, err = finish(process)
    assert process.returncode == 0, err
    assert b"4000 new" in out
    assert snapshot(db_path)[1]["meeting"] == 5 + 4_000


def hold_write_lock(db_path: Path) -> sqlite3.Connection:
    """Another program in the middle of a write: it has added meeting `kill-0` (a copy of
    meeting 1) and not committed yet."""
    holder = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
    holder.execute("PRAGMA busy_timeout=100")
    columns = [row[1] for row in holder.execute("PRAGMA table_info(meeting)")]
    copied = ", ".join(c for c in columns if c not in ("id", "uid"))
    holder.execute("BEGIN IMMEDIATE")
    holder.execute(
        f"INSERT INTO meeting (uid, {copied}) SELECT 'kill-0', {copied} FROM meeting WHERE id = 1"
    )
    return holder


def test_a_busy_book_makes_the_import_wait_then_it_succeeds(
    db_path: Path, before: Any, tmp_path: Path, cli: Any
) -> None:
    path = tmp_path / "new.ndjson"
    path.write_bytes(b"".join(meeting_lines(20)))
    holder = hold_write_lock(db_path)
    # The holder commits after a second. Had the import looked its uids up before it could
    # write, it would not know of kill-0 and fail on inserting it a second time.
    timer = threading.Timer(1.0, holder.execute, args=("COMMIT",))
    timer.start()
    try:
        started = time.monotonic()
        result = cli("import", str(path))
        waited = time.monotonic() - started
    finally:
        timer.join()
        holder.close()
    assert result.exit_code == 0, result.stderr
    assert "19 new" in result.stdout and "1 skipped" in result.stdout
    assert waited >= 0.9
    _, counts, problems = snapshot(db_path)
    assert counts["meeting"] == 5 + 1 + 19 and problems == []


def test_a_book_busy_for_too_long_is_one_line_and_nothing_changes(
    db_path: Path, before: Any, tmp_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new.ndjson"
    path.write_bytes(b"".join(meeting_lines(3)))
    # The wait is the product's (5 s a connection); a second is as good a test of what follows.
    monkeypatch.setattr(store.db, "WAIT_FOR_WRITERS_S", 1)
    holder = hold_write_lock(db_path)
    try:
        line = one_error(cli("import", str(path)), 1)  # waits the busy timeout, then says
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert line.startswith("minutebook: the book is busy: another program")
    assert snapshot(db_path) == before


def test_the_pipe_is_what_paces_the_import(db_path: Path, before: Any) -> None:
    """The premise of the tests above: a fed import is still running, not finished early."""
    process = start_import(db_path)
    feed(process, meeting_lines(10))
    wait_until(lambda: write_lock_taken(db_path), what="the import holding the write lock")
    assert process.poll() is None  # inside its transaction, waiting for the rest of its input
    assert meetings_seen(db_path) == 5
    assert process.stdin is not None
    process.stdin.close()
    assert process.wait(timeout=120) == 0
    assert snapshot(db_path)[1]["meeting"] == 15
