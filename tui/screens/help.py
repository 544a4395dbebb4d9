"""The help dialog: the keys of the screen it was opened from, and where to rebind them.

Each key's description is shown in the interface's language as the dialog opens, whichever
language it was written in (`_(english(...))`): a binding declared before the language was chosen,
or by a widget that names its keys in English, still reads in the interface's words.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.i18n import _, english


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", _("Back"), id="help.close")]

    def __init__(self, screen: Screen[object]) -> None:
        super().__init__()
        self._for = screen

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        table.add_column(style="dim")
        seen = set()
        for key, active in self._for.active_bindings.items():
            binding = active.binding
            # Only the minute book's own keys (they have ids and can be rebound); Textual's
            # generic scrolling and focus keys would drown them.
            if not binding.description or not binding.id or binding.action in seen:
                continue
            seen.add(binding.action)
            shown = binding.key_display or self.app.get_key_display(binding)
            said = _(english(binding.description)[0])
            table.add_row(shown or key, said, binding.id)
        text = Text(_("Keys"), style="bold")
        with VerticalScroll(id="help-body"):
            yield Static(text)
            yield Static(table)
            yield Static(
                Text(_("Rebind keys by id in keymap.toml in your config folder."), style="dim")
            )
            yield Static(Text(_("ctrl+p: every command · ctrl+q: quit"), style="dim"))
