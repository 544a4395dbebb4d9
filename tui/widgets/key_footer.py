"""`KeyFooter`: Textual's footer, showing only the keys that fit, the most important first.

Textual's footer lays every shown key in one row and lets the terminal's edge cut the last ones
in half: at 80 columns the home screen's ended at "d D", and in Vietnamese at "p Danh bạ", with
`? Help` (the way to every other key) never seen. This footer measures each key and keeps, in the
order the screen declares them (a screen lists its keys most important first, the app's own keys
come after), as many whole keys as the width allows; the help key is always kept, since it lists
the keys that did not fit. It lays itself out again when the terminal's width changes. A key's
tooltip says what it does (`tui.key_help`).

A screen may name its footer's keys instead (`FOOTER_KEYS`, binding ids in order, most used
first): then a key not shown by Textual's rule (`show=False`, a widget's Enter) may be, and the
palette's key is one of them, kept only when the keys before it in the list leave room for it
(home, at 80 columns, shows Enter, Overview and Quit rather than ctrl+p).
"""

from __future__ import annotations

from collections import defaultdict

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tui.key_help import what_it_does

HELP_ACTION = "help"  # the app's `?`, which lists every key of the screen
PALETTE_ACTION = "command_palette"  # ctrl+p, at the footer's right end


def key_width(key_display: str, description: str) -> int:
    """Cells a `FooterKey` takes, by Textual's default (not compact) padding: " key desc "."""
    return cell_len(key_display) + 2 + cell_len(description) + 1


class KeyFooter(Footer):
    """A footer of whole keys, the ones that matter most first, and always `?`."""

    _width = 0
    _shown: list[tuple[object, ...]] | None = None  # what the keys on screen say

    def _plan(self) -> list[tuple[Binding, bool, str, str]]:
        """The keys to show, in order: (binding, enabled, tooltip, classes)."""
        active = self.screen.active_bindings
        chosen: tuple[str, ...] | None = getattr(self.screen, "FOOTER_KEYS", None)
        if chosen is not None:
            return self._chosen_plan(active, chosen)
        by_action: defaultdict[str, list[tuple[Binding, bool, str]]] = defaultdict(list)
        for _node, binding, enabled, tooltip in active.values():
            if binding.show:
                by_action[binding.action].append((binding, enabled, tooltip))
        keys = [entries[0] for entries in by_action.values()]
        palette = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        room = self.app.size.width or 80
        if palette and self.app.COMMAND_PALETTE_BINDING in active:
            # Docked at the right end, with its border and padding.
            room -= self._width_of(active[self.app.COMMAND_PALETTE_BINDING].binding) + 2
        help_keys = [key for key in keys if key[0].action == HELP_ACTION]
        room -= sum(self._width_of(key[0]) for key in help_keys)
        shown: list[tuple[Binding, bool, str]] = []
        for key in keys:
            if key[0].action == HELP_ACTION:
                continue
            width = self._width_of(key[0])
            if width > room:
                break  # the rest are less important; `?` lists them
            room -= width
            shown.append(key)
        shown += help_keys  # last, where people look for it, and never cut
        plan = [(binding, enabled, what_it_does(binding), "") for binding, enabled, _ in shown]
        if palette and self.app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[self.app.COMMAND_PALETTE_BINDING]
            tooltip = binding.tooltip or binding.description
            plan.append((binding, enabled, tooltip, "-command-palette"))
        return plan

    def _chosen_plan(
        self, active: dict[str, ActiveBinding], chosen: tuple[str, ...]
    ) -> list[tuple[Binding, bool, str, str]]:
        """The plan of a screen that names its footer's keys (`FOOTER_KEYS`, binding ids, the
        palette's among them): shown or not (`show`), as many of them as fit, in that order,
        then the help key."""
        by_id: dict[str, tuple[Binding, bool]] = {}
        for _node, binding, enabled, _tooltip in active.values():
            if binding.id and binding.id not in by_id:  # `?` rather than f1, as `_plan` does
                by_id[binding.id] = (binding, enabled)
        help_keys = [key for key in by_id.values() if key[0].action == HELP_ACTION]
        room = (self.app.size.width or 80) - sum(self._width_of(b) for b, _ in help_keys)
        palette_on = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        shown: list[tuple[Binding, bool]] = []
        palette: list[tuple[Binding, bool, str, str]] = []
        for key in (by_id[name] for name in chosen if name in by_id):
            binding, enabled = key
            is_palette = binding.action == PALETTE_ACTION
            if is_palette and not palette_on:
                continue
            width = self._width_of(binding) + (2 if is_palette else 0)  # its border, padding
            if width > room:
                break  # the rest matter less; `?` lists them
            room -= width
            if is_palette:  # docked at the right end, in its own look
                tip = binding.tooltip or binding.description
                palette.append((binding, enabled, tip, "-command-palette"))
            else:
                shown.append(key)
        keys = [(b, on, what_it_does(b), "") for b, on in shown + help_keys]
        return keys + palette

    def _said(self, plan: list[tuple[Binding, bool, str, str]]) -> list[tuple[object, ...]]:
        """What a plan puts on the screen: the same keys, the same footer."""
        return [
            (b.key, self.app.get_key_display(b), b.description, b.action, on, tip, classes)
            for b, on, tip, classes in plan
        ]

    def compose(self) -> ComposeResult:
        # The keys from the first compose, not (as Textual's footer does) only once the screen
        # first says its keys changed: that came after the screen's first frame and cost every
        # new screen a second layout of its footer, after which most screens' keys were the same.
        plan = self._plan()
        self._shown = self._said(plan)
        self.styles.grid_size_columns = sum(1 for *_, classes in plan if not classes)
        for binding, enabled, tooltip, classes in plan:
            key = FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes=classes,
                disabled=not enabled,
                tooltip=tooltip,
            )
            if classes:  # the palette's key, which keeps its own look
                yield key
                continue
            # Born as compact as the footer: a key is made compact and, once bound to the
            # footer, not, each change restyling it (12 restyles a screen).
            key.set_reactive(FooterKey.compact, self.compact)
            yield key.data_bind(compact=Footer.compact)

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Lay the keys out again only when what they say changed: a focus moving between two
        fields with the same keys (most of them) leaves the footer as it is."""
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if not self.is_attached or self._said(self._plan()) != self._shown:
            await self.recompose()

    def _width_of(self, binding: Binding) -> int:
        return key_width(self.app.get_key_display(binding), binding.description)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            if self._shown is not None:
                # Only if fewer or more keys now fit: the first size a new screen's footer
                # gets would otherwise lay its keys out a second time, for nothing.
                self.call_after_refresh(self._recompose_if_changed)


__all__ = ["KeyFooter", "key_width"]
