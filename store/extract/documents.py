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
from store.text import doc_key

_KIND = "|".join(kind.replace(" ", r"\s+") for kind in lexicon.DOCUMENT_KINDS)
_NUMBER = r"\d{1,5}(?:[/-][0-9a-z]+(?:\.[0-9a-z]+)?)*"
_CITED = re.compile(
    rf"\b(?P<kind>{_KIND})\s+(?:(?P<so>so)\s*:?\s*)?(?P<number>{_NUMBER})(?![0-9a-z])"
)
# A symbol number cited without its kind: "theo 02-NQ/TW", "số 1234/QĐ-TLĐ".
_SYMBOL = re.compile(
    r"(?<![0-9a-z/.-])(?P<number>\d{1,5}(?:/\d{4})?(?:/[a-z]+(?:-[a-z]+)+|-[a-z]+/[a-z]+))"
    r"(?![0-9a-z])"
)
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


def _central(folded: str, match: re.Match[str]) -> str | None:
    """The /TW symbol of a bare party document issued by the centre, else None."""
    kind = " ".join(match["kind"].split())
    symbol = lexicon.CENTRAL_SYMBOLS.get(kind)
    after = folded[match.end() : match.end() + 45]
    if symbol and any(f"cua {body}" in after for body in lexicon.CENTRAL_PARTY_BODIES):
        return f"{match['number']}-{symbol}/TW"
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


def read_documents(text: str, folded: str, spans: list[tuple[int, int]]) -> list[Citation]:
    """Every document cited in the given spans (the report's lines), in order, each once."""
    found: list[Citation] = []
    for start, end in spans:
        taken: list[tuple[int, int]] = []
        for match in _CITED.finditer(folded, start, end):
            has_symbol = not match["number"].isdigit()
            central = None if has_symbol else _central(folded, match)
            if not has_symbol and not central and not _bare_is_number(folded, match):
                continue
            number = central or text[match.start("number") : match.end("number")].rstrip(".")
            date, tail = _date_after(folded, match.end())
            found.append(
                Citation(
                    number=number,
                    kind=_kind_text(text, match.start("kind"), match.end("kind")),
                    title=_title_after(text, folded, tail),
                    date=date,
                    start=match.start(),
                    end=tail,
                    confidence=0.95 if has_symbol else (0.8 if central else 0.6),
                )
            )
            taken.append((match.start(), match.end()))
        for match in _SYMBOL.finditer(folded, start, end):
            if any(s <= match.start() < e for s, e in taken):
                continue
            number = text[match.start("number") : match.end("number")]
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
