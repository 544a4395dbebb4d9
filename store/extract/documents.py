"""Documents a report cites: "Nghị quyết 02-NQ/TW", "Thông báo số 249/TB-VPCP", "Chỉ thị số
37-CT/TW ngày 03 tháng 9 năm 2019", "công văn số 565-CV/ĐĐTLĐ", "Đề án 5155 của Tỉnh ủy".

Each becomes an import-shape document (number, kind, title, date) with the span it was read from.
A bare "Nghị quyết 02" is the same document as a "02-NQ/TW" cited elsewhere in the report, and
"Nghị quyết 02 của Bộ Chính trị" is 02-NQ/TW, as every resolution of the Party's centre is numbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.cells import infer_document_kind
from store.extract import lexicon
from store.text import doc_key, fold

_KIND = "|".join(kind.replace(" ", r"\s+") for kind in lexicon.DOCUMENT_KINDS)
# Parts of a symbol (Nghị định 30/2020, appendix I): a number, maybe a letter ("7b"), maybe the
# year, and codes of the kind and the issuer ("QĐ-UBND", "QH15", "UBND.VX"). Reports put spaces
# around the slash ("1234 / QĐ-UBND") and en or em dashes for hyphens ("02 – NQ/TW"), so both are
# read and the number is then written as the document writes it.
_NO = r"\d{1,5}[a-z]?"
_SLASH = r"\s*/\s*"
_JOIN = r"[-–—]"
_CODE = r"[a-z]+\d*(?:\.[a-z]+)?"
# The state's layout "1234/QĐ-UBND", "145/2020/NĐ-CP", "41/2024/QH15"; the Party's "02-NQ/TW".
_STATE = rf"{_NO}(?:{_SLASH}\d{{4}})?{_SLASH}{_CODE}(?:{_JOIN}{_CODE})*"
_PARTY = rf"{_NO}\s*{_JOIN}\s*{_CODE}{_SLASH}{_CODE}(?:{_JOIN}{_CODE})*"
_NUMBER = rf"(?:{_PARTY}|{_STATE}|\d{{1,5}})"
# "các Nghị quyết số 01, 02-NQ/TW", "Kế hoạch số 12 và 13/KH-UBND": the symbol after the last
# number belongs to each number before it.
_LISTED = rf"(?P<listed>(?:{_NO}\s*(?:,|;|\bva\b)\s*)+)?"
_LISTED_NO = re.compile(_NO)
_CITED = re.compile(
    rf"\b(?P<kind>{_KIND})\s+(?:(?P<so>so)\s*:?\s*)?{_LISTED}(?P<number>{_NUMBER})(?![0-9a-z])"
)
# A symbol number cited without its kind: "theo 02-NQ/TW", "số 1234 / QĐ-UBND". Without a kind
# the symbol must have a year or a hyphen, so "12/15 huyện" or "24/7" is not a document.
_SYMBOL = re.compile(
    rf"(?<![0-9a-z/.-])(?P<number>{_PARTY}|{_NO}(?:{_SLASH}\d{{4}}{_SLASH}{_CODE}|"
    rf"{_SLASH}{_CODE}(?:{_JOIN}{_CODE})+))(?![0-9a-z])"
)
# A document's own number at the head of its first page ("Số: 12/BB-LĐLĐ") is not cited by it.
_OWN_NUMBER = re.compile(r"\s*so\s*:\s*")
_DATE_AFTER = re.compile(
    r"\s*,?\s*(?:ban hanh\s+)?ngay\s+(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*"
    r"(?P<y>\d{4})|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4}))"
)
_ISSUER = re.compile(r"\s*,?\s*cua\s+[^,.;:()]{3,80}?(?=\s+ve\s|\s*[,.;:()]|$)")
_TOPIC = re.compile(
    # A quotation inside the topic is kept whole: "Dạy tốt, học tốt" has a comma of its own.
    r"\s*,?\s*(?P<topic>(?:ve|ket luan cua)\s+(?:\"[^\"\n]{0,200}\"|“[^”\n]{0,200}”|"
    r"[^.;:()\n\"“”]){5,220}?)(?=[,.;:()\n]|\s+theo\s|$)"
)


@dataclass
class Citation:
    number: str
    kind: str | None
    title: str | None
    date: str | None
    start: int
    end: int
    confidence: float


def _kind_text(text: str, start: int, end: int) -> str:
    words = " ".join(text[start:end].split())
    return words[:1].upper() + words[1:]


def _bare_is_number(folded: str, match: re.Match[str]) -> bool:
    """A kind followed by a bare number names a document only when the number is not a quantity."""
    number = match["number"]
    after = folded[match.end() : match.end() + 20].split()
    if after and (after[0] in lexicon.QUANTITY_WORDS or after[0].startswith("%")):
        return False
    if match["kind"].startswith("luat"):
        return False
    if match["so"]:
        return True
    return len(number) >= 2 and not re.fullmatch(r"(?:19|20)\d\d", number)


def _central(folded: str, match: re.Match[str], number: str) -> str | None:
    """The /TW symbol of a bare party document issued by the centre, else None."""
    kind = " ".join(match["kind"].split())
    symbol = lexicon.CENTRAL_SYMBOLS.get(kind)
    after = folded[match.end() : match.end() + 45]
    if symbol and any(f"cua {body}" in after for body in lexicon.CENTRAL_PARTY_BODIES):
        return f"{number}-{symbol}/TW"
    return None


def _date_after(folded: str, at: int) -> tuple[str | None, int]:
    found = _DATE_AFTER.match(folded, at)
    if not found:
        return None, at
    day, month, year = (
        (found["d"] or found["d2"]),
        (found["m"] or found["m2"]),
        (found["y"] or found["y2"]),
    )
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None, at
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}", found.end()


def _title_after(text: str, folded: str, at: int) -> str | None:
    issuer = _ISSUER.match(folded, at)
    topic = _TOPIC.match(folded, issuer.end() if issuer else at)
    if not topic:
        return None
    return " ".join(text[topic.start("topic") : topic.end("topic")].split()) or None


def written(number: str) -> str:
    """A number as the document writes it: no spaces, a hyphen for any dash, no closing stop."""
    return re.sub(_JOIN, "-", re.sub(r"\s+", "", number).rstrip("."))


def _is_own_number(folded: str, match: re.Match[str]) -> bool:
    """A Biên bản's own "Số: 12/BB-LĐLĐ" at the head of a line, read as if it were cited."""
    line_start = folded.rfind("\n", 0, match.start()) + 1
    if not _OWN_NUMBER.fullmatch(folded, line_start, match.start()):
        return False
    return "".join(match["number"].split()).split("/")[-1].startswith("bb")


def _kind_led(text: str, folded: str, match: re.Match[str]) -> list[Citation]:
    """The documents of one "Kind số N" match: one, or one per listed number."""
    number = written(text[match.start("number") : match.end("number")])
    has_symbol = not number.isdigit()
    central = None if has_symbol else _central(folded, match, number)
    if not has_symbol and not central and not _bare_is_number(folded, match):
        return []
    full = central or number
    listed = [text[m.start() : m.end()] for m in _LISTED_NO.finditer(
        folded, match.start("listed"), match.end("listed"))] if match["listed"] else []  # fmt: skip
    # "01, 02-NQ/TW": each listed number takes what follows the last one's own number.
    tail = full[_LISTED_NO.match(fold(full)).end() :] if listed else ""  # type: ignore[union-attr]
    date, end = _date_after(folded, match.end())
    kind = _kind_text(text, match.start("kind"), match.end("kind"))
    title = _title_after(text, folded, end)
    confidence = 0.95 if has_symbol else (0.8 if central else 0.6)
    numbers = [n + tail for n in listed] + [full]
    return [Citation(n, kind, title, date, match.start(), end, confidence) for n in numbers]


def read_documents(text: str, folded: str, spans: list[tuple[int, int]]) -> list[Citation]:
    """Every document cited in the given spans (the report's lines), in order, each once."""
    found: list[Citation] = []
    for start, end in spans:
        taken: list[tuple[int, int]] = []
        for match in _CITED.finditer(folded, start, end):
            cited = _kind_led(text, folded, match)
            found += cited
            if cited:
                taken.append((match.start(), match.end()))
        for match in _SYMBOL.finditer(folded, start, end):
            if any(s <= match.start() < e for s, e in taken) or _is_own_number(folded, match):
                continue
            number = written(text[match.start("number") : match.end("number")])
            date, tail = _date_after(folded, match.end())
            found.append(
                Citation(number, infer_document_kind(number), None, date, match.start(), tail, 0.7)
            )
    return _merged(found)


def _merged(found: list[Citation]) -> list[Citation]:
    """One citation per document: a bare number joins the full one it abbreviates."""
    found.sort(key=lambda c: c.start)
    full = {doc_key(c.number): c for c in found if not c.number.isdigit()}
    result: dict[str, Citation] = {}
    for citation in found:
        key = doc_key(citation.number)
        if citation.number.isdigit():
            same = [
                c for c in full.values()
                if re.match(rf"0*{int(citation.number)}[-/]", c.number) and c.kind == citation.kind
            ]  # fmt: skip
            if same:
                key = doc_key(same[0].number)
        kept = result.get(key)
        if kept is None:
            result[key] = full.get(key, citation) if citation.number.isdigit() else citation
            kept = result[key]
        kept.title = kept.title or citation.title
        kept.date = kept.date or citation.date
        kept.kind = kept.kind or citation.kind
    return list(result.values())
