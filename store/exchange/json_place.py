"""Where a field of a JSON record is written: the line of the value a problem's path names.

A refused record is reported on the line of the wrong field (`bad.json, line 233, field 'date'`),
not on the line its object starts. The reader keeps no positions while it reads (that would slow
every import for the few records that are refused): it hands each record the text it was decoded
from, and only a problem walks that text again, here, to the value its path names
(`participants[2].title`, as `store.reasons.problems_from` writes paths). A path that goes past
what the record holds (a field that is missing, pydantic's own parts such as a union's member)
stops at the deepest value it reached: the object that lacks the field, or the value itself.
"""

from __future__ import annotations

import json
from json.decoder import scanstring

_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"
# store.reasons shortens a key to this many characters and an ellipsis in a path.
_KEY_SHOWN = 40


def field_line(text: str, start: int, line: int, path: str) -> int:
    """The line of the value `path` names in the JSON object at `text[start]`, which is on
    `line`; `line` itself if the text cannot be walked (it was decoded, so it should be)."""
    try:
        at = _value_at(text, start, path)
    except (ValueError, IndexError, RecursionError):
        return line
    return line + text.count("\n", start, at)


def _value_at(text: str, pos: int, path: str) -> int:
    """Where the value `path` names starts, or the deepest value on its way."""
    while path:
        pos = _skip_space(text, pos)
        if path.startswith("["):
            close = path.find("]")
            if close < 0 or text[pos] != "[" or not path[1:close].isdigit():
                return pos
            found = _element(text, pos, int(path[1:close]) - 1)
            rest = path[close + 1 :]
        else:
            if text[pos] != "{":
                return pos
            found, rest = _member(text, pos, path)
        if found is None:
            return pos
        pos, path = found, rest.removeprefix(".")
    return _skip_space(text, pos)


def _skip_space(text: str, pos: int) -> int:
    while text[pos] in _SPACE:
        pos += 1
    return pos


def _element(text: str, pos: int, index: int) -> int | None:
    """Where the `index`th (0-based) element of the array at `text[pos]` starts, if it has one."""
    pos = _skip_space(text, pos + 1)
    if text[pos] == "]":
        return None
    for _ in range(index):
        _, pos = _DECODER.raw_decode(text, pos)
        pos = _skip_space(text, pos)
        if text[pos] != ",":
            return None
        pos = _skip_space(text, pos + 1)
    return pos


def _member(text: str, pos: int, path: str) -> tuple[int | None, str]:
    """Where the value of the object's key that `path` begins with starts, and the rest of the
    path. The longest such key wins (a key may hold a dot), and of equal keys the last, as the
    json module keeps the last of a key given twice."""
    best: int | None = None
    best_length = -1
    rest = ""
    pos = _skip_space(text, pos + 1)
    if text[pos] == "}":
        return None, path
    while True:
        key, pos = scanstring(text, pos + 1)
        pos = _skip_space(text, pos)
        if text[pos] != ":":
            raise ValueError("expected ':'")
        value = _skip_space(text, pos + 1)
        name = _as_in_path(key)
        if len(name) >= best_length and (path == name or path.startswith((name + ".", name + "["))):
            best, best_length, rest = value, len(name), path[len(name) :]
        _, pos = _DECODER.raw_decode(text, value)
        pos = _skip_space(text, pos)
        if text[pos] != ",":
            return best, rest
        pos = _skip_space(text, pos + 1)


def _as_in_path(key: str) -> str:
    """The key as a problem's path shows it: shortened as `store.reasons` shortens it."""
    return key if len(key) <= _KEY_SHOWN else key[:_KEY_SHOWN] + "…"
