"""The program's words in English and Vietnamese: one catalog for both faces and the store.

Every string a person sees goes through `_("English text")` (or `plural(n, "one", "other")`);
the Vietnamese catalog maps the same English text to its translation (an English text with no
entry shows as is, and a test checks every `_()` literal has one). The catalog is split by part
of the program into the `vi_*.py` files beside this one, each a plain `MESSAGES` dict: plain
data, so the command line loads it without Textual, in a millisecond. The words follow
docs/glossary.md. The language is `--lang`, else the locale (`LANG=vi_VN.UTF-8` gives
Vietnamese), else English; it is one setting for the whole process.
"""

from __future__ import annotations

import os

LANGUAGES = ("en", "vi")
_current = "en"


def _vietnamese() -> dict[str, str]:
    """The Vietnamese catalog: one dict, kept in one file per part of the interface."""
    from store.i18n import (
        vi_browse,
        vi_cli,
        vi_edit,
        vi_keeping,
        vi_meeting,
        vi_overview,
        vi_palette,
        vi_people,
        vi_recording,
        vi_report,
        vi_safety,
        vi_search,
        vi_serve,
        vi_stats,
        vi_store,
    )

    catalog: dict[str, str] = {}
    parts = (vi_browse, vi_meeting, vi_edit, vi_people, vi_report, vi_keeping, vi_safety)
    more = (vi_palette, vi_cli, vi_store, vi_stats, vi_overview, vi_serve, vi_search, vi_recording)
    for part in (*parts, *more):
        catalog.update(part.MESSAGES)
    return catalog


CATALOGS: dict[str, dict[str, str]] = {"en": {}, "vi": _vietnamese()}


def _english_sources() -> dict[str, tuple[str, ...]]:
    """Each translation → the English texts it translates (`Danh bạ`: People, People directory)."""
    sources: dict[str, tuple[str, ...]] = {}
    for catalog in CATALOGS.values():
        for english_text, translated in catalog.items():
            sources[translated] = (*sources.get(translated, ()), english_text)
    return sources


_ENGLISH = _english_sources()


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """The locale's language if we have it: LANGUAGE, LC_ALL, LC_MESSAGES, LANG, in that order."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def set_language(language: str | None) -> str:
    """Choose the interface language (None: from the environment); return it."""
    global _current
    chosen = language or language_from_environment()
    if chosen not in LANGUAGES:
        raise ValueError(f"unknown language {chosen!r}; use {' or '.join(LANGUAGES)}")
    _current = chosen
    return chosen


def current_language() -> str:
    return _current


def english(text: str) -> tuple[str, ...]:
    """The English texts `text` is the translation of; `(text,)` when it is English already.

    Key labels are translated once, when their screen's module is imported; the command palette
    asks this to show a label in the current language (`_(english(label)[0])`) and to find a
    command by its English name as well, whichever language the label was made in.
    """
    return _ENGLISH.get(text, (text,))


def _(text: str, **values: object) -> str:
    """`text` in the current language, with `{names}` filled from `values`."""
    translated = CATALOGS[_current].get(text, text)
    return translated.format(**values) if values else translated


def in_language(language: str, text: str) -> str:
    """`text` in `language` whatever the interface's: for a file written in a language of its
    own (a workbook headed in Vietnamese says `chiều` also under `--lang en`)."""
    return CATALOGS[language].get(text, text)


def grouped(count: int) -> str:
    """A count as the current language writes it: `5,450` in English, `5.450` in Vietnamese
    (docs/glossary.md, Numbers and plurals)."""
    text = f"{count:,}"
    return text.replace(",", ".") if _current == "vi" else text


def plural(count: int, one: str, other: str, **values: object) -> str:
    """`one` or `other` by `count`, in the current language, `{count}` and `values` filled in.

    English says `1 meeting`, `3 meetings`; Vietnamese has one form (`1 cuộc họp`, `3 cuộc
    họp`), so its catalog translates both English forms the same way."""
    return _(one if count == 1 else other, count=count, **values)
