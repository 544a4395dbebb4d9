"""Page furniture: what a news page holds besides the report, found so the readers skip it.

A copied page carries banners, the headline twice, photo credits, bylines, view counters, teasers
of other articles ("Sáng 19/01, ... – ...") and, after the report, lists of other news ("Tin mới
hơn", "Các bài khác", "Xem thêm"). `find_body` keeps the report's lines and the headline; the
dateline (when the page was published) is read from the whole page by `dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.extract.dates import DATELINE
from store.text import fold

# A line that is only one of these ends the report: what follows is other news.
_END_MARKERS = re.compile(
    r"^(?:tin moi hon|tin cu hon|tin lien quan|tin cung chuyen muc|cac bai khac|cac tin khac|"
    r"tin tuc khac|tin khac|bai viet lien quan|bai lien quan|xem them|doc them|"
    r"co the ban quan tam|binh luan|y kien ban doc|tin moi nhat|tin noi bat|tin da dua|"
    r"doc nhieu|xem nhieu|cung chuyen muc|chia se bai viet|tags?|tu khoa)\b[\s:»>.…]*$"
)
_VIEWS = re.compile(r"^\d[\d.,]*\s+(?:luot\s+(?:xem|doc|thich|chia se)|views?|binh luan)\b")
_CREDIT = re.compile(r"^(?:theo|nguon|anh|video|clip)\s*[:\-]?\s*\S.{0,60}$")
_INLINE_LINK = re.compile(r"^(?:xem them|doc them|>>|tin lien quan)\s*[:>»]")
_TRUNCATED = re.compile(r"\s(?:\.\.\.|…)\s*$")
_BANNER = re.compile(r"^(?:nhiet liet chao mung|chao mung|kinh chuc|trang chu|chuyen muc)\b")


@dataclass
class Body:
    """The report's lines as (start, end) spans of the text, and the headline if one was seen."""

    lines: list[tuple[int, int]] = field(default_factory=list)
    headline: tuple[int, int] | None = None
    end: int = 0


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _is_self_repeated(line: str) -> bool:
    """ "Headline Headline": a related link whose text and title were both copied."""
    words = line.split()
    half = len(words) // 2
    return len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]


def is_furniture(line: str, seen: set[str]) -> bool:
    """Whether a line of the page is not the report's own text."""
    flat = line.strip()
    folded = fold(flat)
    if not flat or flat in {"|", "logo", "-", "—"} or flat in seen:
        return True
    letters = [c for c in flat if c.isalpha()]
    if letters and not any(c.islower() for c in letters) and len(flat) <= 120:
        return True  # banners, section names, bylines in capitals
    if not letters:
        return True  # datelines, counters, separators
    return bool(
        _VIEWS.match(folded)
        or (_CREDIT.match(folded) and len(flat.split()) <= 5 and not flat.endswith("."))
        or _INLINE_LINK.match(folded)
        or _is_self_repeated(flat)
        or _BANNER.match(folded)
        or (_TRUNCATED.search(flat) and len(flat) <= 400)
    )


def find_body(text: str) -> Body:
    body = Body()
    seen: set[str] = set()
    read = 0
    for start, end in _lines(text):
        line = text[start:end]
        stripped = line.strip()
        if read > 80 and _END_MARKERS.match(fold(stripped)):
            break
        if is_furniture(line, seen):
            continue
        seen.add(stripped)
        read += len(stripped)
        if body.headline is None and not body.lines and _stamp(stripped):
            continue  # "Thứ Hai, 10/3/2025 | 15:42" above the headline: the page's, not a title
        if body.headline is None and not body.lines and _headline_like(stripped):
            body.headline = (
                start + line.index(stripped),
                start + line.index(stripped) + len(stripped),
            )
            continue
        body.lines.append((start, end))
    body.end = body.lines[-1][1] if body.lines else 0
    return body


def blocks(lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Consecutive kept lines joined, so a caption broken over two lines reads as one sentence."""
    joined: list[tuple[int, int]] = []
    for start, end in lines:
        if joined and start == joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _stamp(line: str) -> bool:
    """A line that is only a date (a weekday, a time, a place before it): the page's dateline."""
    return len(line) <= 80 and DATELINE.match(fold(line)) is not None


def _headline_like(line: str) -> bool:
    return (
        12 <= len(line) <= 250
        and not line.endswith((".", ":", ";"))
        and line[:1].isupper()
        and not _BANNER.match(fold(line))
    )
