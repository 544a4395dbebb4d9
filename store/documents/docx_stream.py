"""A DOCX written a paragraph or table at a time: the body of `word/document.xml` goes into the zip
as it is made, so memory stays that of one meeting's minutes however many the document holds.

python-docx keeps the whole document as XML objects and saves it at once (about 90 kB a meeting:
9 GB for 100,000). Here the document python-docx holds is a skeleton: the styles, settings, page
headers and the last section's properties. Each element of the body is serialized when it is
finished and dropped; at the end the skeleton's own body (its last paragraph and section) closes
`word/document.xml`, and its other parts are copied from a save of the skeleton into the same zip.

What the minutes say and how they look is `docx_minutes`'; this module only writes the package.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from typing import TYPE_CHECKING, Any, BinaryIO

from store.errors import StoreError

if TYPE_CHECKING:
    from docx.document import Document

DOCUMENT_XML = "word/document.xml"
_BODY = b"<w:body>"
_DECLARATION = re.compile(rb' xmlns(?::[\w.-]+)?="[^"]*"')
# Beyond this a zip entry needs ZIP64, which not every reader of DOCX files takes: refused.
_LIMIT = zipfile.ZIP64_LIMIT


class StreamedBody:
    """`document`'s `word/document.xml`, its body written to the zip `out` an element at a time;
    `close()` writes the body's end and the package's other parts."""

    def __init__(self, document: Document, out: BinaryIO) -> None:
        self._document = document
        self._zip = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
        self._part = self._zip.open(DOCUMENT_XML, "w")
        self._head, _ = _split(document)
        # An element serialized alone declares every namespace it inherits; the document's
        # root declares them already, so those declarations are dropped from its first tag.
        self._declared = set(_DECLARATION.findall(self._head[self._head.index(b"<w:document") :]))
        self._written = 0
        self._put(self._head)

    def write(self, element: Any) -> None:
        """Serialize `element` (a paragraph or table not in the skeleton) into the body."""
        from lxml import etree

        xml = etree.tostring(element, encoding="UTF-8", xml_declaration=False)
        tag_end = xml.index(b">")
        tag = _DECLARATION.sub(
            lambda found: b"" if found.group() in self._declared else found.group(), xml[:tag_end]
        )
        self._put(tag + xml[tag_end:])

    def close(self) -> None:
        """What the skeleton's body holds (its last paragraph and section), then every part of
        the skeleton but its `word/document.xml`."""
        head, rest = _split(self._document)
        if head != self._head:
            raise AssertionError("the document's root changed while its body was written")
        self._put(rest)
        self._part.close()
        saved = io.BytesIO()
        self._document.save(saved)
        with zipfile.ZipFile(saved) as skeleton:
            for entry in skeleton.infolist():
                if entry.filename != DOCUMENT_XML:
                    self._zip.writestr(entry, skeleton.read(entry))
        self._zip.close()

    def abandon(self) -> None:
        """Let go of a document cut short (its file is discarded by whoever opened it)."""
        with contextlib.suppress(Exception):
            self._part.close()
        with contextlib.suppress(Exception):
            self._zip.close()

    def _put(self, xml: bytes) -> None:
        self._written += len(xml)
        if self._written >= _LIMIT:
            raise StoreError(
                "the minutes pass 2 GB of text, more than a Word document can safely hold; "
                "export fewer meetings (-q)"
            )
        self._part.write(xml)


def _split(document: Document) -> tuple[bytes, bytes]:
    """`word/document.xml` as python-docx would save it, cut after `<w:body>`."""
    from lxml import etree

    xml = etree.tostring(document.element, encoding="UTF-8", standalone=True)
    at = xml.index(_BODY) + len(_BODY)
    return xml[:at], xml[at:]
