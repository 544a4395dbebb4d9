"""JSON (one array of meetings) and NDJSON (one meeting per line), read and written.

The JSON reader streams: it reads the file a megabyte at a time and decodes the array one object at
a time with `raw_decode`, so memory holds one record, not the file, and it can say on which line
each record starts and report a syntax error by line and column. Each record keeps the text it was
decoded from until the next one is read, so that a refused field is said on its own line
(`store.exchange.json_place`).
Hostile input is refused with a Problem, never an exception: nesting too deep for the decoder, a
number too long to convert, one record (or NDJSON line) over `MAX_RECORD` characters. Writers
produce exactly `json.dumps(..., ensure_ascii=False, indent=2)` of the list, one record at a
time: an export re-imported and exported again is byte-identical.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, TextIO

from store.errors import Problem
from store.exchange.raw import RawRecord
from store.i18n import _
from store.i18n import grouped as count
from store.record import MeetingRecord

_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"
CHUNK = 1 << 20  # characters read at a time
# One record's text, whatever its shape. A meeting at every field's limit (1 MB of notes, 5,000
# people, 1,000 decisions) stays under it; a 10 MB field still reaches the validator, which names
# the field.
MAX_RECORD = 32_000_000
# Said through the catalog where a message uses them (`_(TOO_DEEP)`).
TOO_DEEP = "nested too deeply (a meeting is an object of lists of objects)"
TOO_LONG_NUMBER = "a number too long to read"
# A decode error this close to the end of what has been read may only mean the record goes on.
_NEAR_END = 12


class _RecordTooLong(Exception):
    """One record is longer than MAX_RECORD; reading stops there."""


class _Text:
    """The file's text read so far, from the start of the current record, with line counting."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        first = stream.read(CHUNK)
        self.buf = first.lstrip("\ufeff")
        self.eof = not first
        self.pos = 0  # where reading goes on in buf
        self.line = 1  # line number at buf[counted]
        self.counted = 0
        self.column_base = 0  # characters of buf[0]'s line that were dropped with earlier text

    def more(self) -> bool:
        """Read on, keeping buf from pos; False at the end of the file."""
        if self.eof:
            return False
        if len(self.buf) - self.pos >= MAX_RECORD:
            raise _RecordTooLong
        # Read as much as is held, so a long record is decoded O(log n) times, not O(n / CHUNK).
        chunk = self.stream.read(max(CHUNK, len(self.buf) - self.pos))
        if not chunk:
            self.eof = True
            return False
        self.line_at(self.pos)
        newline = self.buf.rfind("\n", 0, self.pos)
        self.column_base = self.pos - newline - 1 if newline >= 0 else self.column_base + self.pos
        self.buf = self.buf[self.pos :] + chunk
        self.counted -= self.pos
        self.pos = 0
        return True

    def skip_space(self) -> str:
        """The next character that is not white space ("" at the end), reading on as needed."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _SPACE:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def decode(self) -> tuple[Any, int]:
        """The JSON value at pos and where it starts in buf (reading on may have moved it); pos
        moves past it."""
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                cut = (
                    exc.msg.startswith("Unterminated string")
                    or exc.pos >= len(self.buf) - _NEAR_END
                )
                if cut and self.more():
                    continue
                raise
            # A number that ends near the end of the text read so far may go on ("1" of "12",
            # "0" of "0.5" when the chunk ended at the point).
            if isinstance(value, int | float) and end > len(self.buf) - _NEAR_END and self.more():
                continue
            start, self.pos = self.pos, end
            return value, start

    def line_at(self, pos: int) -> int:
        """Line number of buf[pos]; positions must be asked for in increasing order."""
        self.line += self.buf.count("\n", self.counted, pos)
        self.counted = pos
        return self.line

    def column_at(self, pos: int) -> int:
        newline = self.buf.rfind("\n", 0, pos)
        return pos - newline if newline >= 0 else self.column_base + pos + 1


def _syntax(source: str, line: int, column: int, message: str) -> RawRecord:
    """`message` is ours or the json module's (`Expecting value`), both said through `_()`."""
    said = _("not valid JSON at column {column}: {message}", column=column, message=_(message))
    problem = Problem(source, line, "", said)
    return RawRecord(source, line, problem=problem)


def _refused(source: str, line: int, reason: str) -> RawRecord:
    return RawRecord(source, line, problem=Problem(source, line, "", reason))


def _record(
    source: str, line: int, value: Any, text: tuple[str, int, int] | None, ordinal: int
) -> RawRecord:
    if isinstance(value, dict):
        record = RawRecord(source, line, data=value).numbered(ordinal)
        record.text = text
        return record
    return _refused(source, line, _("a meeting must be a JSON object"))


def read_json(stream: TextIO, source: str) -> Iterator[RawRecord]:
    text = _Text(stream)
    first = text.skip_space()
    if not first:
        return
    if first not in "[{":
        yield _syntax(
            source, 1, text.column_at(text.pos), _("expected an array of meetings '[ {...}, ... ]'")
        )
        return
    single = first == "{"  # a single meeting object is accepted as a one-record file
    if not single:
        text.pos += 1
        if text.skip_space() == "]":
            text.pos += 1
            yield from _trailing(text, source, "array")
            return
    ordinal = 0
    while True:
        ordinal += 1
        start = text.line_at(text.pos)
        try:
            value, begin = text.decode()
        except json.JSONDecodeError as exc:
            yield _syntax(source, text.line_at(exc.pos), text.column_at(exc.pos), exc.msg)
            return
        except RecursionError:
            yield _refused(source, start, _("not valid JSON: {reason}", reason=_(TOO_DEEP)))
            return
        except _RecordTooLong:
            said = _("a meeting longer than {limit} characters", limit=count(MAX_RECORD))
            yield _refused(source, start, said)
            return
        except ValueError:  # int() refuses more than sys.get_int_max_str_digits() digits
            yield _refused(source, start, _("not valid JSON: {reason}", reason=_(TOO_LONG_NUMBER)))
            return
        raw = _record(source, start, value, (text.buf, begin, start), ordinal)
        yield raw
        # Its problems are located by now (`store.import_worker.check` does it before it asks
        # for the next record): the reader's earlier texts are not kept alive by records that
        # wait to be written or sent.
        raw.text = None
        if single:
            yield from _trailing(text, source, "meeting")
            return
        after = text.skip_space()
        if after == ",":
            text.pos += 1
            text.skip_space()
            continue
        if after == "]":
            text.pos += 1
            yield from _trailing(text, source, "array")
            return
        expected = _("expected ',' or ']' after a meeting")
        yield _syntax(source, text.line_at(text.pos), text.column_at(text.pos), expected)
        return


def _trailing(text: _Text, source: str, after: str) -> Iterator[RawRecord]:
    if text.skip_space():
        where = text.line_at(text.pos), text.column_at(text.pos)
        said = (
            _("extra text after the array")
            if after == "array"
            else _("extra text after the meeting")
        )
        yield _syntax(source, *where, said)


def read_ndjson(stream: TextIO, source: str) -> Iterator[RawRecord]:
    # Each line is a record of its own: a bad one refuses that record only.
    for raw in _ndjson_lines(stream, source):
        yield raw if raw.problem is None else replace(raw, skippable=True)


def _ndjson_lines(stream: TextIO, source: str) -> Iterator[RawRecord]:
    number = ordinal = 0
    while True:
        # A bounded read: a 50 MB line is refused without ever being held whole.
        line = stream.readline(MAX_RECORD + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_RECORD and line[-1] not in "\r\n":
            while line and line[-1] not in "\r\n":
                line = stream.readline(CHUNK)
            said = _("a line longer than {limit} characters", limit=count(MAX_RECORD))
            yield _refused(source, number, said)
            continue
        line = line.lstrip("\ufeff").strip() if number == 1 else line.strip()
        if not line:
            continue
        ordinal += 1
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _syntax(source, number, exc.colno, exc.msg)
            continue
        except RecursionError:
            yield _refused(source, number, _("not valid JSON: {reason}", reason=_(TOO_DEEP)))
            continue
        except ValueError:
            said = _("not valid JSON: {reason}", reason=_(TOO_LONG_NUMBER))
            yield _refused(source, number, said)
            continue
        yield _record(source, number, value, None, ordinal)


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
