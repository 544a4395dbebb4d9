"""Opening import files as people really have them: encodings, byte-order marks, stdin, NFC.

`read_records` is the one entry point the importer calls. It picks each file's format, opens it
(text for JSON, NDJSON and CSV; binary for .xlsx), decodes it, and yields the format reader's
`RawRecord`s with every string value in Unicode NFC. What each format means is its own module's
business; this one only decides how bytes become text:

- no `--encoding`: a byte-order mark says UTF-8, UTF-16 or UTF-32 (and is dropped); otherwise UTF-8;
- `--encoding NAME`: that codec (cp1258 for old Vietnamese Windows files); a BOM that contradicts
  it is an error, a BOM that agrees is dropped;
- the first byte that is not valid in the codec ends that file's text just before it: the
  records on earlier lines are read, then one problem names the line and the byte offset.

CSV cells are put in NFC by the CSV reader; JSON and NDJSON values here, only for records whose
text is not NFC already (a cheap check per line).
"""

from __future__ import annotations

import codecs
import io
import sys
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from store.errors import Problem, StoreError, os_reason
from store.exchange.raw import FORMATS, RawRecord, detect_format
from store.exchange.registry import reader
from store.i18n import _
from store.text import nfc

# The encodings a user is likely to need, named in the error for an unknown one.
COMMON_ENCODINGS = "utf-8, utf-8-sig, utf-16, utf-16-le, utf-16-be, cp1258 (windows-1258), latin-1"
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def byte_order_mark(head: bytes) -> tuple[bytes, str] | None:
    """The byte-order mark `head` (a file's first 4 bytes) starts with, and its codec."""
    return next(((bom, codec) for bom, codec in _BOMS if head.startswith(bom)), None)


# Codecs that read a BOM themselves and so agree with either byte order's mark.
_BOM_FAMILIES = {"utf-16": "utf-16", "utf-32": "utf-32", "utf-8-sig": "utf-8"}
# Large decode chunks: the text layer's per-chunk cost is paid in Python here.
_CHUNK = 1 << 16


def check_encoding(name: str) -> str:
    """The codec's canonical name; a one-line StoreError for a name Python does not know."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        said = _("unknown encoding {name!r}; use one of {codes}", name=name, codes=COMMON_ENCODINGS)
        raise StoreError(said) from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64: not a text file's encoding
        said = _(
            "{name!r} is not a text encoding; use one of {codes}", name=name, codes=COMMON_ENCODINGS
        )
        raise StoreError(said)
    return info.name


class _CountingBuffer(io.BufferedIOBase):
    """A binary stream that counts the bytes handed out, so a decode error has a file offset.

    The text layer decodes what it read last (plus any bytes of a character split across two
    reads); a `UnicodeDecodeError` carries exactly that input, so the error's offset in the file
    is `consumed - len(error.object) + error.start`.
    """

    def __init__(self, raw: BinaryIO, head: bytes, consumed: int, *, owned: bool) -> None:
        super().__init__()
        self._raw = raw
        self._ended = False
        self._head = head
        self.consumed = consumed
        self._owned = owned

    def readable(self) -> bool:
        return True

    def _take_head(self, size: int) -> bytes:
        if size < 0:
            data, self._head = self._head, b""
        else:
            data, self._head = self._head[:size], self._head[size:]
        return data

    def read(self, size: int | None = -1) -> bytes:
        wanted = -1 if size is None else size
        if self._ended:
            return b""
        data = self._take_head(wanted) if self._head else self._raw.read(wanted)
        self.consumed += len(data)
        return data

    def read1(self, size: int = -1) -> bytes:
        if self._ended:
            return b""
        if self._head:
            data = self._take_head(size)
        else:
            read1 = getattr(self._raw, "read1", None)
            data = read1(size) if read1 is not None else self._raw.read(size)
        self.consumed += len(data)
        return data

    def stop(self) -> None:
        """Hand out no more bytes: the text ends where decoding failed."""
        self._head = b""
        self._ended = True

    def close(self) -> None:
        if self._owned and not self.closed:
            self._raw.close()
        super().close()


def _open_binary(path: str) -> tuple[BinaryIO, bool]:
    """The file (or stdin) as bytes, and whether closing it is ours to do."""
    if path == "-":
        return sys.stdin.buffer, False
    try:
        return Path(path).open("rb"), True
    except FileNotFoundError:
        raise StoreError(_("{path}: no such file", path=path)) from None
    except IsADirectoryError:
        raise StoreError(_("{path}: is a directory, not a file", path=path)) from None
    except PermissionError:
        raise StoreError(_("{path}: permission denied", path=path)) from None
    except OSError as exc:
        said = _("{path}: cannot be read ({reason})", path=path, reason=os_reason(exc))
        raise StoreError(said) from None


class _DecodeStop(Exception):
    """The text ended at a byte the codec cannot read: the line it is on."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


# The codec error handler below needs to know whose bytes it is looking at; each read of a
# `_TextFile` names itself here first (decoding happens inside that read, on this thread).
_reading = threading.local()
_STOP_AT_ERROR = "minutebook.stop-at-first-error"


def _stop_at_error(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: note the first bad byte and end the text just before it.

    Raising (errors="strict") would lose the text decoded with it in the same chunk, so the
    records on the lines before a bad byte would never be read; ending the text there keeps them.
    """
    current = getattr(_reading, "file", None)
    if current is None or not isinstance(exc, UnicodeDecodeError):
        raise exc
    current.failed(exc)
    return "", len(exc.object)


codecs.register_error(_STOP_AT_ERROR, _stop_at_error)


class _TextFile(io.TextIOBase):
    """One import file as text: its codec (from the BOM or --encoding), lines counted, and the
    first byte the codec cannot read turned into `_DecodeStop` at the line that holds it."""

    def __init__(self, path: str, source: str, encoding: str | None) -> None:
        super().__init__()
        self.source = source
        wanted = check_encoding(encoding) if encoding is not None else None
        raw, owned = _open_binary(path)
        head = raw.read(4)
        found = byte_order_mark(head)
        self.problem: str | None = None  # the file cannot be read at all
        self.error: str | None = None  # why the text stopped early
        self.lines = 0  # complete lines handed out
        # Whether the text read since `clean` was last set True was NFC with no JSON \u escape
        # (an escape can spell a decomposed letter in pure ASCII); only `watch_nfc` files look.
        self.watch_nfc = False
        self.clean = True
        codec, self.label, skip = "utf-8", "UTF-8", 0
        if found is not None:
            codec, skip, self.label = found[1], len(found[0]), found[1].upper()
        self.hint = encoding is None and found is None
        self.zipped = head == b"PK\x03\x04"  # a workbook or a Word file, read as text
        if wanted is not None:
            if found is None:
                codec, self.label = wanted, encoding or wanted
            elif not found[1].startswith(_BOM_FAMILIES.get(wanted, wanted)):
                self.problem = _(
                    "the file starts with a {label} byte-order mark but --encoding {encoding} "
                    "was given; leave --encoding out to read it as {label}",
                    label=self.label,
                    encoding=encoding,
                )
        self.buffer = _CountingBuffer(raw, head[skip:], skip, owned=owned)
        self._text = io.TextIOWrapper(
            self.buffer, encoding=codec, errors=_STOP_AT_ERROR, newline=""
        )
        self._text._CHUNK_SIZE = _CHUNK  # type: ignore[attr-defined]

    def readable(self) -> bool:
        return True

    def failed(self, exc: UnicodeDecodeError) -> None:
        offset = self.buffer.consumed - len(exc.object) + exc.start
        bad = exc.object[exc.start : min(exc.end, exc.start + 4)].hex(" ").upper()
        said = {"label": self.label, "offset": offset, "bad": bad, "reason": exc.reason}
        self.error = _("not {label} text at byte {offset}: {bad} ({reason})", **said)
        if self.hint and self.zipped:
            # A workbook or a Word file read as text (`--format json so.xlsx`): no encoding helps.
            self.error += _("; it is a workbook or a document (a ZIP file), not text: leave "
                            "--format out to read it by its ending")  # fmt: skip
        elif self.hint:
            sample = exc.object[:4096]
            # UTF-16 text has a NUL in every other byte where it is ASCII; cp1258 has none.
            self.error += (
                _(
                    "; the file looks like UTF-16 without a byte-order mark: use --encoding "
                    "utf-16-le (or utf-16-be)"
                )
                if sample.count(0) * 4 > len(sample)
                else _("; a file from an old Vietnamese Windows program needs --encoding cp1258")
            )
        self.buffer.stop()

    def readline(self, size: int | None = -1) -> str:
        _reading.file = self
        line = self._text.readline(-1 if size is None else size)
        if self.error is not None and (not line or line[-1] not in "\r\n"):
            raise _DecodeStop(self.lines + 1)  # the line cut short holds the bad byte
        if line and line[-1] in "\r\n":  # not a piece of a line longer than `size`
            self.lines += 1
        if self.watch_nfc and self.clean:
            self.clean = unicodedata.is_normalized("NFC", line) and "\\u" not in line
        return line

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self) -> Iterator[str]:
        return self

    def read(self, size: int | None = -1) -> str:
        _reading.file = self
        text = self._text.read(-1 if size is None else size)
        self.lines += text.count("\n")
        if self.error is not None:
            raise _DecodeStop(self.lines + 1)
        if self.watch_nfc and self.clean:
            self.clean = unicodedata.is_normalized("NFC", text) and "\\u" not in text
        return text

    def close(self) -> None:
        self._text.close()
        super().close()


def _nfc_in_place(value: Any) -> Any:
    """Every string inside a parsed JSON value in NFC; containers are changed in place."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                if not unicodedata.is_normalized("NFC", item):
                    value[key] = unicodedata.normalize("NFC", item)
            elif isinstance(item, dict | list):
                _nfc_in_place(item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                if not unicodedata.is_normalized("NFC", item):
                    value[index] = unicodedata.normalize("NFC", item)
            elif isinstance(item, dict | list):
                _nfc_in_place(item)
    return value


def _read_text(
    path: str,
    source: str,
    kind: str,
    encoding: str | None,
    delimiter: str | None,
    warnings: list[Problem] | None,
) -> Iterator[RawRecord]:
    with _TextFile(path, source, encoding) as text:
        if text.problem is not None:
            yield RawRecord(source, 0, problem=Problem(source, None, "", text.problem))
            return
        try:
            if kind == "csv":
                from store.exchange.csv_records import read_csv

                yield from read_csv(text, source, delimiter=delimiter)
                return
            if delimiter is not None and warnings is not None:
                said = _("--delimiter does not apply to {kind}", kind=kind)
                warnings.append(Problem(source, None, "", said))
            # Checking the text line by line is several times cheaper than checking every
            # string of every record; only a record read from text that failed the check is
            # walked. NDJSON reads one line per record and nothing ahead, so the check is reset
            # per record; a JSON array is read whole, so its check covers every record.
            text.watch_nfc = True
            for raw in reader(kind)(text, source):
                if raw.data is not None and not text.clean:
                    _nfc_in_place(raw.data)
                if kind == "ndjson":
                    text.clean = True
                yield raw
        except _DecodeStop as stop:
            reason = _("{error}; the rest of the file was not read", error=text.error)
            yield RawRecord(source, stop.line, problem=Problem(source, stop.line, "", reason))


def read_records(
    paths: Sequence[str],
    fmt: str | None,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    warnings: list[Problem] | None = None,
) -> Iterator[RawRecord]:
    """Every record of every file, in order; `-` is stdin (then `fmt` is required).

    A file that cannot be opened, an unknown format, encoding or delimiter is a StoreError (the
    whole import stops); what is wrong inside a file is a RawRecord with a problem. Notes that
    do not stop anything (an option that does not apply, sheets left unread) go to `warnings`.
    """
    if encoding is not None:
        check_encoding(encoding)
    if delimiter is not None:
        from store.exchange.csv_records import check_delimiter

        delimiter = check_delimiter(delimiter)
    for path in paths:
        if path == "-" and not fmt:
            formats = "|".join(FORMATS)
            raise StoreError(_("reading standard input needs --format {formats}", formats=formats))
        kind = detect_format(path, fmt)
        source = "<stdin>" if path == "-" else path
        if kind != "xlsx":
            yield from _read_text(path, source, kind, encoding, delimiter, warnings)
            continue
        if warnings is not None:
            for option, given in (("--encoding", encoding), ("--delimiter", delimiter)):
                if given is not None:
                    reason = _("{option} does not apply to .xlsx files; ignored", option=option)
                    warnings.append(Problem(source, None, "", reason))
        from store.exchange.xlsx_records import read_xlsx

        binary, owned = _open_binary(path)
        try:
            yield from read_xlsx(binary, source, warnings=warnings)
        finally:
            if owned:
                binary.close()
