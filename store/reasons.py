"""Why a record is refused, in the interface's language: pydantic's errors as our one-line problems.

`problems_from` turns a `ValidationError` into `Problem`s with field paths as docs/format.md writes
them (`participants[2].name`); the reasons pydantic itself words (a string too long, a list that is
not one) are said through the catalog, in the same English as pydantic says them, so English stays
as it was. `number` writes a count as the current language does (`1,234` / `1.234`), `shown`
quotes a value a person typed for a one-line message. The validator itself is `store.record`.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from store.errors import Problem
from store.i18n import _, current_language, grouped


def shown(value: object) -> str:
    """A value quoted for a one-line message: at most 40 characters, controls escaped by repr."""
    text = value if isinstance(value, str) else str(value)
    flat = " ".join(text[:200].split())
    return repr(flat[:40] + "…") if len(flat) > 40 else repr(flat)


def problems_from(error: ValidationError, source: str, record: int | None) -> list[Problem]:
    """Turn pydantic's error list into our one-line problems, field paths as in the docs."""
    problems = []
    for item in error.errors(include_url=False):
        path = ""
        for part in item["loc"]:
            if isinstance(part, int):
                path += f"[{part + 1}]"
            elif part not in {"function-before", "function-after"}:
                # A key is the file's text: a 10 MB key must not make a 10 MB message.
                name = str(part)
                path += ("." if path else "") + (name if len(name) <= 40 else name[:40] + "…")
        problems.append(Problem(source, record, path, _reason(item)))
    return problems


def _pydantic_reason(kind: str, context: dict[str, Any]) -> tuple[str, str] | None:
    """(pydantic's English message, ours in the current language) for the errors a record meets."""
    limit = context.get("max_length", context.get("ge", context.get("le", "")))
    english_limit, limit = limit, grouped(limit) if isinstance(limit, int) else limit
    said = {
        "string_too_long": (
            "String should have at most {limit} characters",
            _("String should have at most {limit} characters", limit=limit),
        ),
        "list_type": ("Input should be a valid list", _("Input should be a valid list")),
        "int_type": ("Input should be a valid integer", _("Input should be a valid integer")),
        "int_parsing": (
            "Input should be a valid integer, unable to parse string as an integer",
            _("Input should be a valid integer, unable to parse string as an integer"),
        ),
        "int_from_float": (
            "Input should be a valid integer, got a number with a fractional part",
            _("Input should be a valid integer, got a number with a fractional part"),
        ),
        "greater_than_equal": (
            "Input should be greater than or equal to {limit}",
            _("Input should be greater than or equal to {limit}", limit=limit),
        ),
        "less_than_equal": (
            "Input should be less than or equal to {limit}",
            _("Input should be less than or equal to {limit}", limit=limit),
        ),
        "bool_type": ("Input should be a valid boolean", _("Input should be a valid boolean")),
        "bool_parsing": (
            "Input should be a valid boolean, unable to interpret input",
            _("Input should be a valid boolean, unable to interpret input"),
        ),
        "model_type": (
            "Input should be a valid dictionary or instance of {class_name}",
            _("Input should be a valid dictionary or instance of {class_name}", class_name=""),
        ),
        "dict_type": (
            "Input should be a valid dictionary",
            _("Input should be a valid dictionary"),
        ),
    }.get(kind)
    if said is None:
        return None
    english_text, translated = said
    return english_text.format(
        limit=english_limit, class_name=context.get("class_name", "")
    ), translated


def _reason(item: Any) -> str:
    kind = item["type"]
    if kind == "missing":
        return _("is required")
    if kind == "extra_forbidden":
        return _("is not a field of a meeting record (see docs/format.md)")
    message = str(item["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    known = _pydantic_reason(kind, dict(item.get("ctx") or {}))
    if known is not None and known[0] == message and current_language() != "en":
        return known[1]
    return message
