"""`DraftChecks`: what to check in a draft read from a report, whole or folded into two lines.

Whole, the block (how the guesses are marked, then one line per point to check) took 7 of the 24
rows of an 80×24 terminal and pushed the form's fields below its edge. Folded, it is two lines:
how the guesses are marked, and how many points there are to check, the key that shows them and
the first of them (cut to the width). That key, or a click on the block, shows them all and
folds them again. The block starts whole where the terminal has the rows for it
(`WHOLE_FROM_ROWS`), folded below, and follows the terminal's height until the person chooses.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.reactive import reactive
from textual.widgets import Static

from store import Hanging, one_line
from tui.i18n import _

# From this many rows the whole list shows from the start: the form keeps 30 rows or more.
WHOLE_FROM_ROWS = 40
TOGGLE_ID = "draft.checks"  # the binding that shows and folds the list (keys can be rebound)


class DraftChecks(Static):
    """The draft's note (`lead`) and its points to check, folded to two lines or whole."""

    DEFAULT_CSS = """
    DraftChecks { padding: 0 1; color: $warning; height: auto; }
    /* One line each, cut at the edge: folded, the block is two rows at any width. */
    DraftChecks.folded { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    whole: reactive[bool] = reactive(False)

    def __init__(self, lead: str, points: list[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lead = one_line(lead)
        self.points = [one_line(point) for point in points]
        self.chosen = False  # the person showed or folded the list: the size no longer decides

    def fit(self, rows: int) -> None:
        """Whole or folded for a terminal of `rows`, unless the person has chosen."""
        if not self.chosen:
            self.whole = rows >= WHOLE_FROM_ROWS

    def toggle(self) -> None:
        """Show every point, or fold them again (the key, a click)."""
        self.chosen = True
        self.whole = not self.whole

    def on_mount(self) -> None:
        self.fit(self.app.size.height)
        self._show()

    def put_first(self, point: str) -> None:
        """A point found after the form opened (the meeting may already be in the book), first:
        folded, the block shows it."""
        self.points.insert(0, one_line(point))
        if self.is_mounted:
            self._show()

    def watch_whole(self) -> None:
        if self.is_mounted:
            self._show()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        if self.points:
            self.toggle()

    def _show(self) -> None:
        self.set_class(bool(self.points) and not self.whole, "folded")
        if not self.points:
            self.update(Text(self.lead))
            return
        count, key = len(self.points), self._key()
        if self.whole:
            heading = _("▾ To check ({count}), {key} folds them:", count=count, key=key)
            numbered = (f"  {n}. {point}" for n, point in enumerate(self.points, 1))
            # A long point wraps under its own words, not under the number or the heading.
            self.update(Hanging(Text("\n".join([self.lead, heading, *numbered]))))
            return
        summary = _(
            "▸ To check ({count}), {key} shows them: {first}",
            count=count,
            key=key,
            first=self.points[0],
        )
        self.update(Text(f"{self.lead}\n{summary}"))

    def _key(self) -> str:
        for active in self.screen.active_bindings.values():
            if active.binding.id == TOGGLE_ID:
                return active.binding.key_display or self.app.get_key_display(active.binding)
        return "?"


__all__ = ["TOGGLE_ID", "WHOLE_FROM_ROWS", "DraftChecks"]
