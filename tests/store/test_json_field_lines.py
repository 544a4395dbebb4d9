"""A refused JSON field is located on its own line however the file is read: in the import's
reading process (big files), and when a record straddles two of the reader's chunks.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import store
import store.db
import store.exchange.json_records
import store.importer
from store.exchange.json_records import read_json
from store.importer import ImportFailed
from tests.helpers import SAMPLE


def bad_sample(path: Path) -> tuple[Path, list[int]]:
    """The sample, laid out as `export --format json` writes it, with two wrong fields; the lines
    of their values."""
    meetings: list[dict[str, Any]] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    meetings[1]["participants"][2]["role"] = "bossman"
    meetings[4]["date"] = "2024-13"
    path.write_text(json.dumps(meetings, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    wrong = [n for n, line in enumerate(lines, 1) if "bossman" in line or "2024-13" in line]
    return path, wrong


def refused_lines(path: Path, book_path: Path, *, reader_process: bool) -> list[int | None]:
    book = store.db.open_store(str(book_path), create=True)
    try:
        with pytest.raises(ImportFailed) as failed:
            store.importer.import_files([str(path)], store=book, reader_process=reader_process)
    finally:
        book.close()
    return [problem.record for problem in failed.value.problems]


@pytest.mark.parametrize("reader_process", [False, True])
def test_both_ways_of_reading_say_the_fields_line(tmp_path: Path, reader_process: bool) -> None:
    path, wrong = bad_sample(tmp_path / "bad.json")
    assert refused_lines(path, tmp_path / "book.db", reader_process=reader_process) == wrong


def test_records_across_the_readers_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Chunks far shorter than a record: every record is read in many pieces, its start moving in
    # the reader's text as it goes.
    monkeypatch.setattr(store.exchange.json_records, "CHUNK", 97)
    path, wrong = bad_sample(tmp_path / "bad.json")
    assert refused_lines(path, tmp_path / "book.db", reader_process=False) == wrong


def test_a_record_sent_to_the_importer_leaves_the_text_behind(tmp_path: Path) -> None:
    path, _ = bad_sample(tmp_path / "bad.json")
    with path.open(encoding="utf-8") as stream:
        first = next(read_json(stream, str(path)))
    assert first.text is not None
    sent = pickle.loads(pickle.dumps(first))
    assert sent.text is None and sent.data == first.data and sent.number == first.number
    # The reading process keeps a copy without the data of a record it will send (its rows say
    # it all): the copy must not keep the text either.
    assert replace(first, data=None).text is None


@pytest.mark.parametrize("reader_process", [False, True])
def test_a_uid_given_twice_is_said_on_the_records_line(
    tmp_path: Path, reader_process: bool
) -> None:
    # The importer finds this, after reading: the reading process sends no text to find the uid
    # in, so both ways say the line the second record starts on.
    meetings: list[dict[str, Any]] = json.loads(SAMPLE.read_text(encoding="utf-8"))[:2]
    meetings[1]["uid"] = meetings[0]["uid"]
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(meetings, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    second = [n for n, line in enumerate(lines, 1) if line == "  {"][1]
    assert refused_lines(path, tmp_path / "book.db", reader_process=reader_process) == [second]


def test_a_record_holds_the_readers_text_only_until_the_next_is_read(tmp_path: Path) -> None:
    # Records wait in batches to be written or sent: each must not keep a buffer of the file.
    path, _ = bad_sample(tmp_path / "bad.json")
    with path.open(encoding="utf-8") as stream:
        records = read_json(stream, str(path))
        first = next(records)
        assert first.text is not None
        second = next(records)
    assert first.text is None and second.text is not None
