"""The rejects file of `import --skip-invalid --rejects FILE`: refused records, as they were given.

A refused record goes back in its input's own format and words, so the secretary fixes it where it
stands and imports FILE again:

- CSV: the input's header line, then each refused record's lines exactly as read (its separator,
  its Vietnamese headers, its multi-line cells, its STT number), in UTF-8 with a BOM so that Excel
  shows the marks and a re-import needs no `--encoding`;
- NDJSON: each refused record's line as read;
- JSON: an array of the refused objects as read;
- XLSX: a workbook with the input's header row and the refused rows, values and number formats
  copied (a date cell stays a date cell).

Why each one was refused goes to a sibling text file, FILE's name with `.reasons.txt` in place of
its extension, one problem a line, located in FILE and in the input. A reason column inside FILE
would be an unknown column, and so an error, on re-import.

The text formats are read a second time to copy the lines (the readers keep only what they parsed),
decoded as `store.exchange.decoding` decodes them, so standard input cannot have a rejects file.
Both files are written under temporary names and put in place only once the import has committed
(`Pending.publish`), so a failed import leaves no rejects file claiming otherwise.
"""

from __future__ import annotations

import bisect
import io
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO

from store.errors import Problem, StoreError, os_reason
from store.exchange.decoding import byte_order_mark
from store.exchange.raw import RecordProblem, detect_format
from store.i18n import _ as say


@dataclass
class Rejected:
    """One refused record: where it was read, why, and (JSON only) the object as read."""

    source: str
    number: int
    problems: list[Problem]
    data: dict[str, Any] | None = None


def reasons_path(target: Path) -> Path:
    return target.with_name(target.stem + ".reasons.txt")


def check_target(target: Path, paths: Sequence[str], kinds: Sequence[str]) -> str:
    """The format FILE will be written in (the inputs'); a StoreError if it cannot be."""
    if any(path == "-" for path in paths):
        raise StoreError(
            "--rejects copies refused records from the input files, and standard input cannot "
            "be read twice; save it to a file and import that"
        )
    if len(set(kinds)) > 1:
        raise StoreError(
            f"--rejects holds records in one format, and these files are {', '.join(kinds)}; "
            "import each format on its own"
        )
    kind = kinds[0]
    try:
        named = detect_format(str(target), None)
    except StoreError:
        named = None
    if named != kind:
        raise StoreError(
            f"--rejects {target}: refused records are written as {kind}, like the input; "
            f"name the file .{kind}"
        )
    for path in paths:
        if target.exists() and Path(path).exists() and target.samefile(path):
            raise StoreError(f"--rejects {target} is one of the files being imported")
    if target.is_dir():
        raise StoreError(f"--rejects {target} is a folder; give a file name")
    folder = target.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        # Said now, not after reading every record only to find the rejects cannot be kept.
        problem = "does not exist" if not folder.is_dir() else "cannot be written to"
        raise StoreError(f"--rejects {target}: the folder {folder} {problem}")
    return kind


class Pending:
    """Rejects and reasons written under temporary names, waiting for the import to commit."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.reasons = reasons_path(target)
        self._moves: list[tuple[str, Path]] = []

    def temporary(self, final: Path) -> tuple[int, str]:
        try:
            handle, name = tempfile.mkstemp(
                dir=final.parent, prefix=f".{final.name}.", suffix=".tmp"
            )
        except OSError as exc:
            said = say("cannot write {path}: {reason}", path=final, reason=os_reason(exc))
            raise StoreError(said) from None
        self._moves.append((name, final))
        # mkstemp makes the file readable by its owner only, as every output file is: the
        # refused records are minutes, and their reasons quote them.
        return handle, name

    def publish(self) -> None:
        for name, final in self._moves:
            os.replace(name, final)
        self._moves = []

    def discard(self) -> None:
        for name, _ in self._moves:
            Path(name).unlink(missing_ok=True)
        self._moves = []


def write_rejects(
    target: Path,
    kind: str,
    rejected: Sequence[Rejected],
    *,
    paths: dict[str, str],
    starts: dict[str, list[int]],
    encoding: str | None,
) -> Pending:
    """Write FILE and its reasons file under temporary names; `publish()` puts them in place.

    `paths` maps each source name to the file it was read from; `starts` holds, per CSV source,
    the line every record of it started on (a record ends where the next one starts).
    """
    pending = Pending(target)
    try:
        handle, name = pending.temporary(target)
        if kind == "xlsx":
            os.close(handle)
            places = _write_xlsx(name, rejected, paths)
        else:
            with open(handle, "w", encoding="utf-8", newline="") as out:
                if kind == "csv":
                    places = _write_csv(out, rejected, paths, starts, encoding)
                elif kind == "ndjson":
                    places = _write_ndjson(out, rejected, paths, encoding)
                else:
                    places = _write_json(out, rejected)
        handle, name = pending.temporary(pending.reasons)
        with open(handle, "w", encoding="utf-8", newline="\n") as out:
            # A spreadsheet's records are numbered in FILE as they come (its header is row 1).
            ordinals = {place: n for n, place in enumerate(sorted(places), start=1)}
            for entry, place in zip(rejected, places, strict=True):
                for problem in entry.problems:
                    moved = _moved(problem, target.name, place, ordinals[place], kind)
                    out.write(f"{_one_line(str(moved))} (in {entry.source}: ")
                    out.write(f"{_one_line(_place(problem, entry.number))})\n")
    except OSError as exc:
        pending.discard()
        said = say("cannot write {path}: {reason}", path=target, reason=os_reason(exc))
        raise StoreError(said) from None
    except BaseException:
        pending.discard()
        raise
    return pending


def _moved(problem: Problem, name: str, place: int, ordinal: int, kind: str) -> Problem:
    """`problem` located in FILE: a spreadsheet's record by its number, row (and CSV line), a
    JSON file's meeting by its number and line."""
    if not isinstance(problem, RecordProblem):
        unit = "row" if kind == "xlsx" else "line"
        return Problem(name, place, problem.field, problem.reason, unit)
    row = None if problem.row is None else ordinal + 1  # a JSON file's meeting has no row
    return replace(problem, source=name, record=place, ordinal=ordinal, row=row)


def _place(problem: Problem, number: int) -> str:
    """Where the refused record was in its input, for the reasons file."""
    if isinstance(problem, RecordProblem):
        return problem.place(named=False)
    return f"{problem.unit} {number}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _lines(path: str, encoding: str | None) -> Iterator[str]:
    """The file's lines as the import read them: its BOM or `encoding`, universal line ends."""
    with Path(path).open("rb") as raw:
        head = raw.read(4)
        found = byte_order_mark(head)
        codec = found[1] if found else (encoding or "utf-8")
        raw.seek(len(found[0]) if found else 0)
        # The import read these lines without a decoding error, or it would have stopped.
        text = io.TextIOWrapper(raw, encoding=codec, errors="replace", newline="")
        yield from iter(text.readline, "")


def _by_source(rejected: Sequence[Rejected]) -> dict[str, list[int]]:
    """Each source's refused record numbers, sources in the order they were read."""
    numbers: dict[str, list[int]] = {}
    for entry in rejected:
        numbers.setdefault(entry.source, []).append(entry.number)
    return numbers


def _places(rejected: Sequence[Rejected], found: dict[tuple[str, int], int]) -> list[int]:
    return [found[(entry.source, entry.number)] for entry in rejected]


def _write_csv(
    out: TextIO,
    rejected: Sequence[Rejected],
    paths: dict[str, str],
    starts: dict[str, list[int]],
    encoding: str | None,
) -> list[int]:
    header: tuple[str, str] | None = None  # (the header line, the source it came from)
    line_out = 1
    found: dict[tuple[str, int], int] = {}
    for source, numbers in _by_source(rejected).items():
        with closing(_lines(paths[source], encoding)) as lines:
            first = next(lines, "").lstrip("\ufeff")
            if header is None:
                header = (first, source)
                out.write("\ufeff" + first)
                if not first.endswith(("\n", "\r")):
                    out.write("\n")
            elif first.rstrip("\r\n") != header[0].rstrip("\r\n"):
                raise StoreError(
                    f"--rejects: refused rows of {header[1]} and {source} are under different "
                    "headers and cannot share one file; import the files one at a time"
                )
            ending = "\r\n" if header[0].endswith("\r\n") else "\n"
            spans = _spans(numbers, starts[source])
            line_out = _copy_spans(out, lines, spans, ending, line_out, found, source)
    return _places(rejected, found)


def _spans(numbers: list[int], record_starts: list[int]) -> list[tuple[int, int | None]]:
    """Each refused record's lines: from its first to where the next record starts (or the end).

    Records do not overlap, so the spans come out in order and apart.
    """
    spans = []
    for first_line in sorted(numbers):
        after = bisect.bisect_right(record_starts, first_line)
        spans.append((first_line, record_starts[after] if after < len(record_starts) else None))
    return spans


def _copy_spans(
    out: TextIO,
    lines: Iterator[str],
    spans: list[tuple[int, int | None]],
    ending: str,
    line_out: int,
    found: dict[tuple[str, int], int],
    source: str,
) -> int:
    index, chunk = 0, []
    for number, line in enumerate(lines, start=2):  # the header was line 1
        while index < len(spans) and (end := spans[index][1]) is not None and number >= end:
            line_out = _put(out, chunk, ending, line_out, found, source, spans[index][0])
            index, chunk = index + 1, []
        if index == len(spans):
            break
        if number >= spans[index][0]:
            chunk.append(line)
    for first_line, _ in spans[index:]:
        line_out = _put(out, chunk, ending, line_out, found, source, first_line)
        chunk = []
    return line_out


def _trimmed(chunk: list[str]) -> list[str]:
    """A record's lines without the blank ones that followed it."""
    end = len(chunk)
    while end > 1 and not chunk[end - 1].strip():
        end -= 1
    return chunk[:end]


def _put(
    out: TextIO,
    chunk: list[str],
    ending: str,
    line_out: int,
    found: dict[tuple[str, int], int],
    source: str,
    number: int,
) -> int:
    """Write one record's lines; return the line the next one will start on."""
    lines = _trimmed(chunk)
    found[(source, number)] = line_out + 1
    for line in lines:
        out.write(line)
    if lines and not lines[-1].endswith(("\n", "\r")):
        out.write(ending)
    return line_out + len(lines)


def _write_ndjson(
    out: TextIO, rejected: Sequence[Rejected], paths: dict[str, str], encoding: str | None
) -> list[int]:
    found: dict[tuple[str, int], int] = {}
    for source, numbers in _by_source(rejected).items():
        wanted = set(numbers)
        last = max(wanted)
        with closing(_lines(paths[source], encoding)) as lines:
            for number, line in enumerate(lines, start=1):
                if number in wanted:
                    found[(source, number)] = len(found) + 1
                    text = line.lstrip("\ufeff") if number == 1 else line
                    out.write(text.rstrip("\r\n") + "\n")
                if number >= last:
                    break
    return _places(rejected, found)


def _write_json(out: TextIO, rejected: Sequence[Rejected]) -> list[int]:
    places = []
    line = 2  # "[" is line 1; each record starts on its own line after it
    out.write("[\n")
    for index, entry in enumerate(rejected):
        text = "  " + json.dumps(entry.data, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(text + (",\n" if index < len(rejected) - 1 else "\n"))
        places.append(line)
        line += text.count("\n") + 1
    out.write("]\n")
    return places


def _write_xlsx(name: str, rejected: Sequence[Rejected], paths: dict[str, str]) -> list[int]:
    from openpyxl import Workbook, load_workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet: Any = None
    header: tuple[list[Any], str] | None = None
    found: dict[tuple[str, int], int] = {}
    row_out = 1
    for source, numbers in _by_source(rejected).items():
        wanted = set(numbers)
        workbook = load_workbook(paths[source], read_only=True, data_only=True, keep_links=False)
        try:
            first = workbook.worksheets[0]
            first.reset_dimensions()
            seen_header = False
            for number, cells in enumerate(first.iter_rows(min_row=1, min_col=1), start=1):
                values = [cell.value for cell in cells]
                if not seen_header:
                    if all(value in (None, "") for value in values):
                        continue
                    seen_header = True
                    while values and values[-1] in (None, ""):
                        values.pop()
                    if header is None:
                        header = (values, source)
                        sheet = book.create_sheet(first.title)
                        sheet.append([_copy(sheet, cell, WriteOnlyCell) for cell in cells])
                    elif values != header[0]:
                        raise StoreError(
                            f"--rejects: refused rows of {header[1]} and {source} are under "
                            "different headers and cannot share one file; import the files one "
                            "at a time"
                        )
                    continue
                if number in wanted:
                    row_out += 1
                    found[(source, number)] = row_out
                    sheet.append([_copy(sheet, cell, WriteOnlyCell) for cell in cells])
        finally:
            workbook.close()
    book.save(name)
    return _places(rejected, found)


def _copy(sheet: Any, cell: Any, make: Any) -> Any:
    """A read cell as a write-only cell: its value and, for numbers and dates, its format."""
    value = getattr(cell, "value", None)
    copied = make(sheet, value=value)
    if isinstance(value, str):
        copied.data_type = "s"  # text stays text: "=..." is never turned into a formula
    elif value is not None:
        copied.number_format = cell.number_format
    return copied
