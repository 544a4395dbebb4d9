"""The import's reading process (store.import_worker): the same outcome as reading in place, our
errors reported as themselves, and no process left behind when the importer dies.

Big files are read in a second process; these tests force it on small files (`reader_process`),
so that both paths run on the same input and must agree.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import store
import store.db
import store.importer
import store.repo
from store.importer import ImportFailed
from tests.helpers import meeting_lines


def export(book: store.db.Store) -> list[dict[str, object]]:
    """The book's records, without the import's clock (created_at and updated_at are now)."""
    with book.session() as session:
        return [
            {k: v for k, v in record.to_json().items() if not k.endswith("_at")}
            for record in store.repo.iter_records(session=session)
        ]


def write_lines(path: Path, count: int) -> Path:
    path.write_bytes(b"".join(meeting_lines(count)))
    return path


@pytest.mark.parametrize("reader_process", [False, True])
def test_both_ways_of_reading_store_the_same_book(tmp_path: Path, reader_process: bool) -> None:
    source = write_lines(tmp_path / "m.ndjson", 700)  # more than one batch of 500, and of 200
    book = store.db.open_store(str(tmp_path / f"{reader_process}.db"), create=True)
    try:
        report = store.importer.import_files(
            [str(source)], store=book, reader_process=reader_process
        )
        assert (report.inserted, report.people_new) == (700, 301)
        assert len(export(book)) == 700
        again = store.importer.import_files(
            [str(source)], store=book, reader_process=reader_process
        )
        assert (again.inserted, again.unchanged) == (0, 700)
    finally:
        book.close()


def test_the_reading_process_stores_what_reading_in_place_stores(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "m.ndjson", 300)
    books = []
    for reader_process in (False, True):
        book = store.db.open_store(str(tmp_path / f"{reader_process}.db"), create=True)
        store.importer.import_files([str(source)], store=book, reader_process=reader_process)
        books.append(export(book))
        book.close()
    assert books[0] == books[1]


def test_invalid_records_are_named_the_same_way_from_the_reading_process(
    tmp_path: Path, book: store.db.Store
) -> None:
    lines = list(meeting_lines(5))
    lines[1] = b'{"title": "", "date": "2024-13-45"}\n'
    lines[3] = b"{not json\n"
    source = tmp_path / "bad.ndjson"
    source.write_bytes(b"".join(lines))
    messages = []
    for reader_process in (False, True):
        with pytest.raises(ImportFailed) as failed:
            store.importer.import_files([str(source)], store=book, reader_process=reader_process)
        messages.append([str(problem) for problem in failed.value.problems])
    assert messages[0] == messages[1]
    assert any(":2:" in m or "line 2" in m for m in messages[1])
    assert export(book) == []


def test_skip_invalid_with_a_rejects_file_works_from_the_reading_process(
    tmp_path: Path, book: store.db.Store
) -> None:
    lines = list(meeting_lines(4))
    lines[2] = '{"title": "Họp", "date": "99999"}\n'.encode()
    source = tmp_path / "m.ndjson"
    source.write_bytes(b"".join(lines))
    rejects = tmp_path / "rejects.ndjson"
    report = store.importer.import_files(
        [str(source)], store=book, skip_invalid=True, rejects=rejects, reader_process=True
    )
    assert report.inserted == 3
    assert [json.loads(line)["date"] for line in rejects.read_text("utf-8").splitlines()] == [
        "99999"
    ]


def test_a_file_the_reader_cannot_read_is_our_one_line_error(
    tmp_path: Path, book: store.db.Store
) -> None:
    source = tmp_path / "latin.ndjson"
    source.write_bytes(b'{"title": "H\xe1p", "date": "2024"}\n')
    errors = []
    for reader_process in (False, True):
        with pytest.raises(ImportFailed) as failed:
            store.importer.import_files([str(source)], store=book, reader_process=reader_process)
        errors.append(" ".join(str(problem) for problem in failed.value.problems))
    assert errors[0] == errors[1]
    assert "byte" in errors[1]


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            if f"\nPPid:\t{pid}\n" in status:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table in /proc")
def test_killing_the_importer_ends_its_reading_process(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "m.ndjson", 20_000)
    db = tmp_path / "book.db"
    code = (
        "import sys, store.importer; book = store.db.open_store(sys.argv[1], create=True); "
        "store.importer.import_files([sys.argv[2]], store=book, reader_process=True)"
    )
    importer = subprocess.Popen([sys.executable, "-c", code, str(db), str(source)])
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while not workers and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = children_of(importer.pid)
        assert workers, "the importer started no reading process"
        # Well into the import: the first batches are written (the WAL file grows past them).
        wal = db.with_name(db.name + "-wal")
        while (not wal.exists() or wal.stat().st_size < 1_000_000) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert importer.poll() is None, "the import ended before it could be killed"
        importer.send_signal(signal.SIGKILL)
        importer.wait(30)
        deadline = time.monotonic() + 30
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(pid) for pid in workers), "the reading process outlived the importer"
    finally:
        if importer.poll() is None:
            importer.kill()
    book = store.db.open_store(str(db))
    try:
        assert export(book) == []  # the killed import left nothing
    finally:
        book.close()
