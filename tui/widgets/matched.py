"""Where a search result matched (`store.Why`), as the browse list's second line and the
preview's first: the person and the part they took, or the field and a snippet of it, the
matched words highlighted.

The highlight is a style laid on the words' character spans; every piece of the record's text
is made printable on its own (an ESC shown as `\\x1b`) and never read as markup, so a title
holding `[bold]` is shown as typed.
"""

from __future__ import annotations

from rich.text import Text

import store
from store import MATCHED_STYLE, highlighted
from tui.i18n import _


def explains(query: store.Query) -> bool:
    """Whether `store.why` can say anything for `query`: it has free words or people (a date,
    a document number or a status alone is its own explanation, and needs no record read)."""
    return bool(query.person or query.chair or any(m.tokens for m in query.text))


def field_label(why: store.Why) -> str:
    """The part the person took, or the field the words were found in, in the interface's
    language."""
    if why.role is not None:
        return _(why.role)  # the role words are in the catalogue: chair, attendee, ...
    labels = {
        "title": _("title"),
        "kind": _("kind"),
        "place": _("place"),
        "organiser": _("organiser"),
        "decision": _("decision"),
        "document": _("document"),
        "title of a person": _("title of a person"),
        "notes": _("notes"),
    }
    return labels.get(why.field, why.field)


def matched_line(why: store.Why, *, whole: bool = False, room: int | None = None) -> Text:
    """`↳ chair: Nguyễn Đình Khang` or `↳ notes: …ký kết…`, dim but for the matched words, for the
    list (the person's name only; in `room` cells, begun near the first word if it would be
    cut off); `whole`, for the preview, `Matched — chair: ` and the person with the title they
    held."""
    text, spans = why.text, sorted(why.spans)
    if why.name is not None and not whole:
        end = len(why.name)
        text, spans = text[:end], [(a, min(b, end)) for a, b in spans if a < end]
    lead = Text((_("Matched") + " — " if whole else "↳ ") + field_label(why) + ": ", style="dim")
    if room is not None and spans and spans[0][1] > room - lead.cell_len:
        text, spans = _from_first_word(text, spans)
    return lead + highlighted(text, spans, style="" if whole else "dim")


CONTEXT = 12  # characters kept before the first matched word when the line starts there


def _from_first_word(
    text: str, spans: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    """`text` from a word or two before its first span, after `…`; the spans moved with it."""
    start = max(0, spans[0][0] - CONTEXT)
    space = text.find(" ", start, spans[0][0])
    start = space + 1 if space >= 0 else start
    if start <= 1:
        return text, spans
    shift = start - 1  # one character for the "…"
    return "…" + text[start:], [(a - shift, b - shift) for a, b in spans]


__all__ = ["MATCHED_STYLE", "explains", "field_label", "highlighted", "matched_line"]
