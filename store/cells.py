"""The one-line text forms of people, decisions and documents, read and written.

CSV cells and the CLI's repeatable flags (`--attendee "Name | title"`, `--decision`, `--doc`) use
these forms, so a spreadsheet and a command line say a thing the same way (docs/format.md, "CSV").
Each parser returns the raw dict of `store.record`; validation stays in one place, there.
"""

from __future__ import annotations

import re
from typing import Any

from store.text import fold

# Symbol codes that name the kind of a Vietnamese document, state ("249/TB-VPCP") or party
# ("02-NQ/TW") numbering; the kind is the code between the number and the issuing body.
DOCUMENT_KINDS = {
    "nq": "Nghị quyết", "tb": "Thông báo", "ct": "Chỉ thị", "cv": "Công văn",
    "qd": "Quyết định", "nd": "Nghị định", "tt": "Thông tư", "kh": "Kế hoạch",
    "kl": "Kết luận", "ctr": "Chương trình", "hd": "Hướng dẫn", "qc": "Quy chế",
    "bc": "Báo cáo", "ttr": "Tờ trình", "qdi": "Quy định",
}  # fmt: skip

# A document number as cited: digits first, then symbol parts joined by "/" or "-".
NUMBER = re.compile(r"\b\d+(?:[/-][0-9A-Za-zÀ-ỹĐđ.]+)*", re.UNICODE)
_UNESCAPED = {";": re.compile(r"(?<!\\);"), "|": re.compile(r"(?<!\\)\|")}


def split_cell(cell: str | None, sep: str = ";") -> list[str]:
    """Split on `sep` unless escaped with a backslash; trim; drop empty parts."""
    if not cell:
        return []
    parts = _UNESCAPED[sep].split(cell)
    return [p.replace("\\" + sep, sep).strip() for p in parts if p.strip()]


def escape(value: str, sep: str = ";") -> str:
    return value.replace(sep, "\\" + sep)


def join_cell(values: list[str], sep: str = ";") -> str:
    return f"{sep} ".join(escape(v, sep) for v in values)


# People ---------------------------------------------------------------------------------------

_TRAILING_TITLE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<title>.*)\)\s*$", re.DOTALL)


def _split_fields(text: str) -> list[str]:
    """Split on unescaped `|`, keeping empty fields: in `| title` the name is missing."""
    return [p.replace("\\|", "|").strip() for p in _UNESCAPED["|"].split(text)]


def parse_person(text: str) -> dict[str, Any]:
    """`Name | title`, `Name (title)` or `Name` → {"name", "title"}."""
    parts = _split_fields(text)
    if len(parts) >= 2:
        return {"name": parts[0], "title": " | ".join(parts[1:]) or None}
    text = parts[0]
    match = _TRAILING_TITLE.match(text)
    if match:
        return {"name": match["name"], "title": match["title"].strip() or None}
    return {"name": text, "title": None}


def format_person(name: str, title: str | None) -> str:
    return f"{name} ({title})" if title else name


def parse_organiser(text: str) -> dict[str, Any]:
    """`Name` or `Name (short form | other short form)` → {"name", "short_forms"}."""
    match = _TRAILING_TITLE.match(text)
    if not match:
        return {"name": text.strip(), "short_forms": []}
    forms = [form for form in _split_fields(match["title"]) if form]
    return {"name": match["name"], "short_forms": forms}


def format_organiser(name: str, short_forms: list[str]) -> str:
    if not short_forms:
        return name
    return f"{name} ({' | '.join(escape(form, '|') for form in short_forms)})"


# Decisions ------------------------------------------------------------------------------------

_DECISION_KEYS = {
    "responsible": "responsible", "phu trach": "responsible", "nguoi phu trach": "responsible",
    "due": "due", "han": "due", "thoi han": "due",
    "status": "status", "trang thai": "status",
    "kind": "kind", "loai": "kind",
}  # fmt: skip
_KIND_PREFIXES = {
    "decision": "decision", "quyet dinh": "decision",
    "conclusion": "conclusion", "ket luan": "conclusion",
    "assignment": "assignment", "giao viec": "assignment", "giao nhiem vu": "assignment",
}  # fmt: skip


def _key_value(segment: str, keys: dict[str, str]) -> tuple[str, str] | None:
    head, sep, rest = segment.partition(":")
    if not sep:
        return None
    key = keys.get(" ".join(fold(head).split()))
    return (key, rest.strip()) if key else None


def parse_decision(text: str) -> dict[str, Any]:
    """`[kind:] text [| responsible: X] [| due: DATE] [| status: S]` → a decision dict."""
    segments = _split_fields(text)
    decision: dict[str, Any] = {"text": segments[0]}
    kind = _key_value(decision["text"], _KIND_PREFIXES)
    if kind:
        decision["kind"], decision["text"] = kind
    for segment in segments[1:]:
        pair = _key_value(segment, _DECISION_KEYS)
        if pair is None:
            # Not a known key: the pipe was part of the text after all.
            decision["text"] += " | " + segment
        else:
            decision[pair[0]] = pair[1]
    return decision


def format_decision(decision: dict[str, Any], keys: dict[str, str] | None = None) -> str:
    """The cell form `parse_decision` reads; `keys` names the keys in another of the words it
    knows (`{"due": "hạn"}`: a file made for people in Vietnamese)."""
    text = escape(decision["text"], "|")
    parts = [f"{decision['kind']}: {text}" if decision.get("kind") else text]
    for key in ("responsible", "due", "status"):
        if decision.get(key):
            said = (keys or {}).get(key, key)
            parts.append(f"{said}: {escape(str(decision[key]), '|')}")
    return " | ".join(parts)


# Documents ------------------------------------------------------------------------------------

_CITATION = re.compile(
    r"^(?P<kind>.*?)\s*(?:\b(?:số|so)\s+)?(?P<number>\d[^\s,:;()]*)"
    r"(?:\s*,?\s*(?:ngày|ngay)\s+(?P<date>[\d/.-]+))?\s*(?::\s*(?P<title>.*))?$",
    re.IGNORECASE | re.DOTALL,
)


def infer_document_kind(number: str) -> str | None:
    """The kind a document number's symbol names: `249/TB-VPCP` → Thông báo."""
    folded = fold(number)
    # State form NUMBER/[YEAR/]KIND-BODY; party form NUMBER-KIND/BODY.
    state = re.match(r"^\d+/(?:\d{4}/)?([a-z]+)", folded)
    party = re.match(r"^\d+-([a-z]+)/", folded)
    for match in (party, state):
        if match and match.group(1) in DOCUMENT_KINDS:
            return DOCUMENT_KINDS[match.group(1)]
    return None


def parse_citation(text: str) -> dict[str, Any]:
    """`[kind] [số] NUMBER [ngày DATE] [: title]` → a document dict; number "" if none found."""
    match = _CITATION.match(text.strip())
    if not match:
        return {"number": "", "kind": text.strip() or None}
    kind = match["kind"].strip(" ,") or None
    return {
        "number": match["number"].rstrip("."),
        "kind": kind,
        "title": (match["title"] or "").strip() or None,
        "date": match["date"] or None,
    }


def format_citation(document: dict[str, Any]) -> str:
    text = (
        f"{document['kind']} {document['number']}" if document.get("kind") else document["number"]
    )
    if document.get("date"):
        text += f" ngày {document['date']}"
    if document.get("title"):
        text += f": {document['title']}"
    return escape(text, ";")
