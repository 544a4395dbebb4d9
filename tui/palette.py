"""The command palette (ctrl+p): its commands found by the book's one matcher.

Textual's palette finds commands with its own fuzzy matcher, which compares the characters as
typed: under `--lang vi`, `bai bao` found nothing and only `bài báo` found "Tạo từ bài báo".
`BookCommands` takes the place of Textual's system-commands provider. It offers the same commands
(the app's `get_system_commands`: Textual's own and every key of the screen) and finds them with
`store.matches`, the rule of every filter box in the book: each typed word starts a different word
of the name, marks optional, đ = d, case never matters.

Each command is shown in the interface's language, whichever language its label was made in
(Textual names its own commands in English; a screen's key labels are translated when its module
is imported). Under Vietnamese a command is found by its English name too when no Vietnamese name
matches, so the README's "ctrl+p → New from report" works in either language, and a Vietnamese
query is never answered with English words beside the names it found.

Under each name the palette says what the command does: for a key, its sentence in
`tui.key_help` (the footer shows it too, as the key's tooltip); for Textual's own commands, their
help. A help that only repeats the name is not shown.

`BookPalette` is Textual's palette saying its own words (the prompt, "No matches found") in the
interface's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape
from textual.style import Style
from textual.widgets.option_list import Option

import store
from tui.i18n import _, english

# A word of a label or of what was typed: a run of letters and digits, as `store` splits words.
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class PaletteCommand:
    """One command as the palette offers it."""

    name: str  # in the interface's language
    help: str | None
    run: Callable[[], object]
    discover: bool  # listed when nothing is typed yet
    english_names: tuple[str, ...]  # its names in English, when the interface is not English


def palette_commands(commands: Iterable[SystemCommand]) -> list[PaletteCommand]:
    """The app's commands, each named in the current language, each name once.

    Textual's Quit and the app's ctrl+q both say "Quit" (the same action: `action_quit`); a list
    naming a command twice would only make a person wonder which to pick, so the first stays.
    """
    found: dict[str, PaletteCommand] = {}
    for title, help_text, run, discover in commands:
        sources = english(title)
        name = _(sources[0])
        if name in found:
            continue
        help_shown = _(english(help_text)[0]) if help_text else None
        found[name] = PaletteCommand(
            name=name,
            help=help_shown if help_shown != name else None,  # a second line saying it again
            run=run,
            discover=discover,
            english_names=tuple(source for source in sources if source != name),
        )
    return list(found.values())


def closeness(typed: str, name: str) -> float:
    """How much of `name` the typed words spell, 0 to 1: `tao tu bai bao` above `bao`."""
    spelled = sum(len(word) for word in store.typed_words(typed))
    whole = sum(len(word) for word in store.typed_words(name)) or 1
    return min(1.0, spelled / whole)


def folded_length(word: str, folded: int) -> int:
    """How many characters of `word` the first `folded` characters of its folded form take."""
    total = 0
    for index, character in enumerate(word):
        if total >= folded:
            return index
        total += len(store.fold(character))
    return len(word)


def highlighted(name: str, typed: str, style: Style | str) -> Content:
    """`name` as Content, each of its words that a typed word starts marked in `style`.

    Built from spans, never from markup: a label is shown as it is written. Whether the command
    matches is `store.matches`'s answer; this only shows where (the longest typed word that
    starts a word of the name, as the matcher compares them).
    """
    content = Content(name)
    typed_words = _WORD.findall(typed)
    for word in _WORD.finditer(name):
        starting = [t for t in typed_words if store.matches(t, word.group())]
        if starting:
            longest = max(len(store.fold(t)) for t in starting)
            end = word.start() + folded_length(word.group(), longest)
            content = content.stylize(style, word.start(), end)
    return content


def command_hit(command: PaletteCommand, typed: str, style: Style | str) -> Hit | None:
    """The palette's line for `command` if what was typed finds it by its name, else None."""
    if not store.matches(typed, command.name):
        return None
    help_text = escape(command.help) if command.help else None  # Textual reads help as markup
    score = 0.5 + closeness(typed, command.name) / 2
    shown = highlighted(command.name, typed, style)
    return Hit(score, shown, command.run, text=command.name, help=help_text)


def english_hit(command: PaletteCommand, typed: str) -> Hit | None:
    """The palette's line for `command` if what was typed is its English name, else None:
    shown in the interface's language, with the English name that found it."""
    for other in command.english_names:
        if store.matches(typed, other):
            help_text = escape(command.help) if command.help else None
            said = escape(other) + (f" · {help_text}" if help_text else "")
            score = closeness(typed, other) / 2
            return Hit(score, Content(command.name), command.run, text=command.name, help=said)
    return None


class BookCommands(Provider):
    """The app's commands (`App.get_system_commands`), found through `store.matches`."""

    def commands(self) -> list[PaletteCommand]:
        return palette_commands(self.app.get_system_commands(self.screen))

    async def discover(self) -> Hits:
        """Nothing typed yet: every command meant to be listed, in alphabetical order."""
        listed = [command for command in self.commands() if command.discover]
        for command in sorted(listed, key=lambda command: store.fold(command.name)):
            help_text = escape(command.help) if command.help else None
            shown = Content(command.name)
            yield DiscoveryHit(shown, command.run, text=command.name, help=help_text)

    async def search(self, query: str) -> Hits:
        for hit in self._hits(query):
            yield hit

    def _hits(self, query: str) -> Iterator[Hit]:
        style = self.match_style or "bold"  # the palette passes its own; a bare provider not
        commands = self.commands()
        named = [hit for command in commands if (hit := command_hit(command, query, style))]
        # English names only when no name on screen matches: `t` lists Tìm, Thoát, ... and not
        # "Theme" beside Giao diện; "new from report" still finds Tạo từ bài báo.
        yield from named or [hit for command in commands if (hit := english_hit(command, query))]


class BookPalette(CommandPalette):
    """Textual's command palette, its prompt and its "No matches found" in the interface's
    language (Textual writes both in English: the prompt is an argument, the other is not)."""

    def __init__(self, *, placeholder: str | None = None, **options: Any) -> None:
        super().__init__(placeholder=placeholder or _("Search for commands…"), **options)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # In place of Textual's own (textual/command.py, 8.x), which is the same countdown
        # ending in an English "No matches found" option written inside it.
        self._stop_no_matches_countdown()
        self._no_matches_timer = self.set_timer(
            self._NO_MATCHES_COUNTDOWN, lambda: self._show_no_matches(search_value)
        )

    def _show_no_matches(self, search_value: str) -> None:
        if not search_value:  # nothing typed: the list is only hidden, as Textual does
            self._list_visible = False
            return
        said = Align.center(Text(_("No matches found"), style="not bold"))
        self.query_one(CommandList).add_option(Option(said, disabled=True, id=self._NO_MATCHES))
        self._list_visible = True
