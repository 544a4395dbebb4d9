"""The lines of a Biên bản as `bien_ban` walks them: each stripped, with its span and folded form.

Also the columns a line is laid out in (a header's two columns, the signatures), and an upper-case
body's name ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH") in the case a name is written in.
"""

from __future__ import annotations

from dataclasses import dataclass

from store.extract.bien_ban_people import COLUMNS
from store.text import fold

_ACRONYMS = frozenset(["ubnd", "hdnd", "mttq", "tnhh", "cp", "bch", "cdcs", "kcn", "ldld", "tld",
                       "btv", "ubkt", "dtn", "cd"])  # fmt: skip
_LOWER = frozenset(["tinh", "huyen", "xa", "phuong", "quan", "thanh", "pho", "thi", "tran", "va",
                    "cua", "voi", "cac", "co", "so"])  # fmt: skip


@dataclass(frozen=True)
class Line:
    """One line of the minutes, stripped: its span in the text and its folded form."""

    start: int
    end: int
    text: str
    low: str


def lines(text: str, folded: str) -> list[Line]:
    lines, at = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        start = at + len(raw) - len(raw.lstrip())
        lines.append(Line(start, start + len(stripped), stripped,
                          folded[start : start + len(stripped)]))  # fmt: skip
        at += len(raw) + 1
    return lines


def sub(line: Line, start: int, end: int | None = None) -> Line:
    """Part of a line (a value after its label), as a line of its own."""
    end = len(line.text) if end is None else end
    text = line.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    begin = line.start + start + lead
    return Line(begin, begin + len(text), text, line.low[start + lead : start + lead + len(text)])


def columns(line: Line) -> list[tuple[Line, int]]:
    """The parts of a line laid out in columns (three spaces or more, tabs, " | ")."""
    parts, at = [], 0
    for piece in COLUMNS.split(line.text):
        start = line.text.find(piece, at)
        if piece.strip():
            parts.append((sub(line, start, start + len(piece)), start))
        at = start + len(piece)
    return parts


def title_case(text: str) -> str:
    """An upper-case name in title case, acronyms kept, the words of place kinds lowered."""
    words = []
    for index, word in enumerate(text.split()):
        low = fold(word)
        if low in _ACRONYMS:
            words.append(word)
        elif index and low in _LOWER:
            words.append(word.lower())
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


def people_parts(value: Line) -> list[Line]:
    """A label's value naming several people ("A – t1; B – t2") as one line each."""
    parts, at = [], 0
    for piece in value.text.split(";"):
        parts.append(sub(value, at, at + len(piece)))
        at += len(piece) + 1
    return parts
