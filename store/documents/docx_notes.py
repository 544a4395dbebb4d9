"""The notes of DOCX minutes: their Markdown (docs/format.md) as Word paragraphs, keeping
paragraphs, headings (bold), lists (nested, numbered or dashed), quotes (italic), code, bold and
italics, and a link's address where the printed page must show it.

Part of `store.documents.docx_minutes`; `python-docx` and `markdown-it` are imported inside.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from store.words import printable

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

# Text Word cannot hold: XML 1.0 forbids these even escaped (controls are made visible first).
NOT_XML = re.compile(r"[\ud800-\udfff\ufffe\uffff]")


def write_notes(document: Document, notes: str) -> None:
    """Paragraphs, headings, lists (nested), quotes and code of the notes, with bold and italics."""
    from docx.shared import Cm
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(NOT_XML.sub("\ufffd", printable(notes)))
    lists: list[list[int] | None] = []  # per open list: [next number] if ordered, else None
    marker = ""
    quoted = 0
    bold_next = False
    for token in tokens:
        kind = token.type
        if kind == "bullet_list_open":
            lists.append(None)
        elif kind == "ordered_list_open":
            lists.append([int(token.attrGet("start") or 1)])
        elif kind in {"bullet_list_close", "ordered_list_close"}:
            lists.pop()
        elif kind == "list_item_open":
            counter = lists[-1]
            marker = "– " if counter is None else f"{counter[0]}. "
            if counter is not None:
                counter[0] += 1
        elif kind == "blockquote_open":
            quoted += 1
        elif kind == "blockquote_close":
            quoted -= 1
        elif kind == "heading_open":
            bold_next = True
        elif kind in {"inline", "fence", "code_block", "html_block"}:
            paragraph = document.add_paragraph()
            depth = len(lists) + quoted
            if depth:
                paragraph.paragraph_format.left_indent = Cm(0.75 * depth)
            else:
                paragraph.paragraph_format.first_line_indent = Cm(1)
            if marker:
                paragraph.add_run(marker)
                marker = ""
            if kind == "inline":
                _inline(paragraph, token.children or [], bold=bold_next, italic=quoted > 0)
            else:
                _verbatim(paragraph, token.content.rstrip("\n"))
            bold_next = False


def _inline(paragraph: Paragraph, children: list[Any], *, bold: bool, italic: bool) -> None:
    strong, emphasis = int(bold), int(italic)
    link: str | None = None
    link_text = ""
    for child in children:
        kind = child.type
        if kind in {"text", "code_inline", "html_inline"}:
            if not child.content:  # the parser leaves empty texts beside emphasis marks
                continue
            run = paragraph.add_run(child.content)
            run.bold = bool(strong) or None
            run.italic = bool(emphasis) or None
            link_text += child.content
        elif kind == "softbreak":
            paragraph.add_run(" ")
        elif kind == "hardbreak":
            paragraph.add_run().add_break()
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            emphasis += 1
        elif kind == "em_close":
            emphasis -= 1
        elif kind == "link_open":
            link, link_text = str(child.attrGet("href") or ""), ""
        elif kind == "link_close":
            # On paper the address must be readable, unless the text already is the address.
            if link and link not in {link_text, "mailto:" + link_text}:
                paragraph.add_run(f" ({link})")
            link = None
        elif kind == "image":
            paragraph.add_run(child.content or str(child.attrGet("src") or ""))


def _verbatim(paragraph: Paragraph, text: str) -> None:
    for number, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if number:
            run.add_break()
        run.text = line
