"""A Word `.docx` file as plain text, for the extractor: paragraphs and tables in document order.

A table whose cells each hold one paragraph (a list of attendees: STT | Họ và tên | Chức vụ) is
written a row to a line, its cells separated by " | ", so it reads as the `|` tables secretaries
type; a layout table (a Biên bản's header or its signature blocks, cells of several paragraphs)
is written cell after cell, a paragraph to a line, so each column reads as it is laid out.

The read is bounded like every read of a file a person names (`store.files.read_limited`: a
regular file, a size cap) and, since a .docx is a zip, by the size its parts unpack to, before
python-docx sees it (a zip bomb is one `StoreError`, not memory exhausted). python-docx is
imported here only, when a .docx is read. Nothing here knows what a Biên bản says.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from store.errors import StoreError
from store.files import read_limited
from store.i18n import _

MAX_DOCX_BYTES = 20 * 1024 * 1024  # the file as stored (zip)
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # its parts unpacked: far above any minutes
MAX_TEXT_CHARS = 2_000_000  # more text than this is not read (the extractor reads less)
CELL_SEPARATOR = " | "


def read_docx_text(path: str) -> str:
    """The text of the .docx file `path`; a file that is not one, or too big, is a StoreError."""
    data = read_limited(path, MAX_DOCX_BYTES, what="report file")
    return docx_to_text(data, name=path)


def docx_to_text(data: bytes, *, name: str = "document") -> str:
    """The text of a .docx held in `data`: paragraphs a line each, tables as rows or cells."""
    _check_zip(data, name)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        raise StoreError(
            _("{name}: not a Word document (.docx): {reason}", name=name, reason=exc)
        ) from None
    lines: list[str] = []
    size = 0
    for line in _body_lines(document):
        lines.append(line)
        size += len(line) + 1
        if size > MAX_TEXT_CHARS:
            break
    return "\n".join(lines).strip("\n") + "\n"


def _check_zip(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise StoreError(_("{name}: not a Word document (.docx)", name=name)) from None
    if "word/document.xml" not in {info.filename for info in infos}:
        raise StoreError(_("{name}: not a Word document (.docx)", name=name))
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        size = MAX_UNPACKED_BYTES // (1024 * 1024)
        raise StoreError(
            _("{name}: unpacks to more than {size} MB: too big to be minutes", name=name,
              size=size)
        )  # fmt: skip


def _body_lines(document: Any) -> Iterator[str]:
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            yield _paragraph_text(Paragraph(element, document))
        elif element.tag == qn("w:tbl"):
            yield from _table_lines(Table(element, document))


def _paragraph_text(paragraph: Any) -> str:
    return " ".join(paragraph.text.replace("\u00a0", " ").split(" ")).rstrip()


def _table_lines(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells = _unique_cells(row)
        texts = [[_paragraph_text(p) for p in cell.paragraphs] for cell in cells]
        filled = [[t for t in paragraphs if t.strip()] for paragraphs in texts]
        if len(cells) > 1 and all(len(paragraphs) <= 1 for paragraphs in filled):
            row_text = CELL_SEPARATOR.join(" ".join(p) for p in filled)
            yield f"| {row_text} |"
        else:
            for paragraphs in texts:  # a layout table: each column as it reads
                yield from paragraphs
                yield ""
        for cell in cells:  # a table inside a cell is read after its row
            for inner in cell.tables:
                yield from _table_lines(inner)


def _unique_cells(row: Any) -> list[Any]:
    """The row's cells, a merged cell once (python-docx repeats it for each grid column)."""
    seen: set[int] = set()
    cells = []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells
