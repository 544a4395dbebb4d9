"""The text the extractor reads: HTML stripped to text, characters a record cannot hold blanked.

`read_text` turns the input into `Draft.text`, the string every evidence span indexes. For plain
UTF-8 text already in NFC it is the input itself, character for character; control characters
become spaces (so spans keep their places) and HTML becomes its visible text, one block a line.
`sentences` cuts a text into the units the readers work on. Page furniture is `furniture`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from store.text import fold, nfc

# The reports are a few thousand words; a longer input is read only this far, so one pasted book
# cannot make the extractor slow. What is past the limit is still kept in the notes.
MAX_READ = 120_000

# What `store.record` refuses in notes (C0/C1 controls but tab and line breaks, DEL, lone
# surrogates): replaced by a space, one for one, so offsets do not move.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
_LOOKS_HTML = re.compile(r"<(?:html|body|p|div|br|span|h[1-6]|article|figcaption|a)\b", re.I)

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "article",
        "section",
        "figcaption",
        "figure",
        "header",
        "footer",
        "blockquote",
        "dd",
        "dt",
        "title",
        "pre",
        "td",
        "th",
    ]
)
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})


class _TextOfHtml(HTMLParser):
    """Collects the visible text of a page, a line break at every block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    return head.lstrip().startswith("<") or len(_LOOKS_HTML.findall(head)) >= 2


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient, but a hostile page must still give a draft
        return re.sub(r"<[^>]*>", " ", html)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    # A page's layout leaves runs of empty blocks; one blank line between paragraphs is enough.
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_text(text: str, html: bool | None) -> tuple[str, bool]:
    """(the text to read, whether HTML was stripped)."""
    if not isinstance(text, str):
        text = str(text)
    text = _UNSTORABLE.sub(" ", text)
    stripped = looks_like_html(text) if html is None else html
    if stripped:
        text = html_to_text(text)
    return nfc(text), stripped


@dataclass(frozen=True)
class Sentence:
    """A span of the text; `flat` is that span with line breaks as spaces (same length)."""

    start: int
    end: int
    flat: str


# A sentence ends at . ! ? or … followed by a capital (or a digit: "... năm 2024. 15 đơn vị"), and
# at a line break unless the next line goes on in lower case (a caption broken in two lines).
_BREAK = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]*[A-ZÀ-ỸĐ0-9])|\n+")


# Short forms written with a dot before a name: a city or town ("TP. Hồ Chí Minh", "TX. Kỳ Anh"),
# a degree or a hospital's profession ("ThS. …", "PGS.TS. …", "BSCKII. …", "ĐD. …" a nurse,
# "KTV. …" a technician, "CN. …" a graduate). Not one letter: "ông Nguyễn Văn P." (a name
# withheld) may end a sentence.
_ABBREVIATION = re.compile(
    r"(?<![^\s(\[\"“,;])(?:(?:GS|PGS|TS|ThS|BS|DS)\.)*"  # stacked: "PGS.TS.", "ThS.BS."
    r"(?:TP|Tp|TX|Tx|TT|ThS|TS|PGS|GS|BS|KS|BSCKI{1,2}|CKI{1,2}|CN|ĐD|KTV)\.$"
)


# "2.1." and "2.1.3." number the items of a sub-list under item 2.
_LIST_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ]|[IVX]{1,4})\.")


def _is_list_number(text: str, at: int) -> bool:
    """Whether the line up to `at` is only a list item's number: "1.", "a.", "IV.", "2.1."."""
    line_start = text.rfind("\n", max(0, at - 12), at) + 1 if at > 12 else 0
    if line_start == 0 and at > 12:
        return False
    return _LIST_NUMBER.fullmatch(text, line_start, at) is not None


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    end = len(text) if end is None else end
    found: list[Sentence] = []
    cursor = start
    for match in _BREAK.finditer(text, start, end):
        if match.group().startswith("\n") and _continues(text, match.start(), match.end()):
            continue
        if _is_list_number(text, match.start()):
            continue  # "1. Đẩy mạnh …", "a. Ban hành …": a list item's number, not a sentence
        if _ABBREVIATION.search(text, max(start, match.start() - 16), match.start()):
            continue  # "tại Hội trường (TP. Pleiku)": a place's or a degree's short form
        number = _INLINE_NUMBER.search(text, max(start, match.start() - 6), match.start())
        if number and _inline_list(text, number):
            # "Hội nghị thống nhất: 1. Hoàn thành … . 2. Tổ chức …": a list run into one line;
            # each item is a sentence that starts with its number, as on lines of its own
            _add(found, text, cursor, number.start("number"))
            cursor = number.start("number")
            continue
        _add(found, text, cursor, match.start())
        cursor = match.end()
    _add(found, text, cursor, end)
    return found


# An item's number inside a line, after a colon or the item before it: "…: 1." or "… . 2."
_INLINE_NUMBER = re.compile(r"[:.;][\"”’)]*\s+(?P<number>\d{1,2})\.$")


def _inline_list(text: str, number: re.Match[str]) -> bool:
    """Whether the number is one of a list written in one paragraph: 1. is followed there by
    2., and any later number follows the one before it."""
    n = int(number["number"])
    start = text.rfind("\n", 0, number.start()) + 1
    stop = text.find("\n", number.end())
    stop = len(text) if stop < 0 else stop
    if n == 1:
        return re.search(r"[.;]\s+2\.\s", text[number.end() : stop]) is not None
    return re.search(rf"[:.;]\s+{n - 1}\.\s", text[start : number.start() + 1]) is not None


_LETTERED = re.compile(r"[a-zđ][).]\s")


def _continues(text: str, before: int, after: int) -> bool:
    """A line break inside a sentence: the next line starts in lower case, or this ends a list."""
    nxt = text[after : after + 1]
    prev = text[max(0, before - 1) : before]
    if _LETTERED.match(text, after):
        return False  # "b) Giao …": the next item of a lettered list
    if not nxt or text[before:after].count("\n") != 1:
        return False
    return nxt.islower() or prev == "," or _wrapped(text, before, after)


# Text pasted from a PDF keeps the page's hard line breaks: a long line that stops without an
# end mark, followed by a line that is no list item and no heading, is one sentence going on
# ("… tại Trung tâm\nHội nghị tỉnh (thành phố Bà Rịa), …").
_WRAP_WIDTH = 55
_ITEM_START = re.compile(r"[-+•*–]|\d{1,2}[.)/]|[IVX]{1,4}\.|[a-zđ]\)")


def _wrapped(text: str, before: int, after: int) -> bool:
    line_start = text.rfind("\n", 0, before) + 1
    line = text[line_start:before].rstrip()
    if len(line) < _WRAP_WIDTH or line[-1:] in '.!?…:;"”)]' or line.isupper():
        return False
    following = text[after : text.find("\n", after) if "\n" in text[after:] else len(text)]
    return not _ITEM_START.match(following) and not following.isupper()


def _add(found: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(Sentence(start, end, text[start:end].replace("\n", " ").replace("\r", " ")))


def folded_view(text: str) -> str:
    """`fold(text)` with the same length as `text`, so a match in it is a span of `text`.

    Vietnamese letters fold one for one; the rare character that folds to none or to several
    (a stray combining mark, "ß") becomes its first folded character or a space.
    """
    folded = fold(text)
    if len(folded) != len(text):
        table = {ch: ((fold(ch) or " ")[0]) for ch in set(text)}
        folded = "".join(table[ch] for ch in text)
    return _without_emoji(text, folded)


# A post on a social page marks its lines with emoji ("👉 Chủ trì …", "📌 Hội nghị thống nhất …:")
# and numbers its items with keycaps ("1️⃣ Thông qua …"). In the folded view an emoji is a space
# and a keycap a dot ("1."), so the readers see the line and the numbered item they mark.
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3]")


def _without_emoji(text: str, folded: str) -> str:
    if _EMOJI.search(text) is None:
        return folded
    chars = list(folded)  # by the text's positions: folding may have changed these characters
    for found in _EMOJI.finditer(text):
        chars[found.start()] = "." if found.group() == "\u20e3" else " "
    return "".join(chars)
