"""JSON (one array of meetings) and NDJSON (one meeting per line), read and written.

The JSON reader walks the array one object at a time with `raw_decode`, so it can say on which
line each record starts and report a syntax error by line and column. Writers produce exactly
`json.dumps(..., ensure_ascii=False, indent=2)` of the list, one record at a time: an export
re-imported and exported again is byte-identical.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from store.errors import Problem
from store.formats import RawRecord
from store.record import MeetingRecord

_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"


def _syntax(source: str, text: str, pos: int, message: str) -> RawRecord:
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    problem = Problem(source, line, "", f"not valid JSON at column {column}: {message}")
    return RawRecord(source, line, problem=problem)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _SPACE:
        pos += 1
    return pos


def read_json(stream: TextIO, source: str) -> Iterator[RawRecord]:
    text = stream.read().lstrip("\ufeff")
    pos = _skip(text, 0)
    if pos == len(text):
        return
    if text[pos] == "{":  # a single meeting object is accepted as a one-record file
        text = "[" + text[pos:] + "]"
        pos = 0
    if text[pos] != "[":
        yield _syntax(source, text, pos, "expected an array of meetings '[ {...}, ... ]'")
        return
    pos = _skip(text, pos + 1)
    if pos < len(text) and text[pos] == "]":
        return
    while True:
        start = pos
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield _syntax(source, text, exc.pos, exc.msg)
            return
        line = text.count("\n", 0, start) + 1
        if isinstance(value, dict):
            yield RawRecord(source, line, data=value)
        else:
            yield RawRecord(
                source, line, problem=Problem(source, line, "", "a meeting must be a JSON object")
            )
        pos = _skip(text, pos)
        if pos < len(text) and text[pos] == ",":
            pos = _skip(text, pos + 1)
            continue
        if pos < len(text) and text[pos] == "]":
            if _skip(text, pos + 1) != len(text):
                yield _syntax(source, text, _skip(text, pos + 1), "extra text after the array")
            return
        yield _syntax(source, text, pos, "expected ',' or ']' after a meeting")
        return


def read_ndjson(stream: TextIO, source: str) -> Iterator[RawRecord]:
    for number, line in enumerate(stream, start=1):
        line = line.lstrip("\ufeff").strip() if number == 1 else line.strip()
        if not line:
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            problem = Problem(
                source, number, "", f"not valid JSON at column {exc.colno}: {exc.msg}"
            )
            yield RawRecord(source, number, problem=problem)
            continue
        if isinstance(value, dict):
            yield RawRecord(source, number, data=value)
        else:
            problem = Problem(source, number, "", "a meeting must be a JSON object")
            yield RawRecord(source, number, problem=problem)


def record_json(record: MeetingRecord, indent: int | None = None) -> str:
    return json.dumps(record.to_json(), ensure_ascii=False, indent=indent)


def write_json(records: Iterable[MeetingRecord], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write("[\n  " if count == 0 else ",\n  ")
        out.write(record_json(record, indent=2).replace("\n", "\n  "))
        count += 1
    out.write("[]\n" if count == 0 else "\n]\n")
    return count


def write_ndjson(records: Iterable[MeetingRecord], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(record_json(record))
        out.write("\n")
        count += 1
    return count
