"""The footer follows the terminal's width: narrower, it keeps the keys that fit (and `?`);
wider again, it shows them all again. Its keys are laid out again only when what fits changes
(tui/widgets/key_footer.py), so a screen's first size does not lay them out twice. At 80
columns home shows the keys it names first (`FOOTER_KEYS`), in English and Vietnamese. Pilot, on
the sample book's home screen and the edit form.
"""

from __future__ import annotations

from typing import Any

from textual.widgets._footer import FooterKey

from tests.helpers import settle
from tui.app import MinuteBookApp
from tui.widgets.key_footer import KeyFooter


def shown(app: MinuteBookApp) -> list[str]:
    return [key.action for key in app.screen.query(FooterKey)]


def width(app: MinuteBookApp) -> int:
    return sum(key.size.width for key in app.screen.query_one(KeyFooter).children)


async def resized(app: MinuteBookApp, pilot: Any, size: tuple[int, int]) -> None:
    await pilot.resize_terminal(*size)
    await settle(app, pilot)


async def test_the_footer_follows_the_terminals_width(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=(160, 45)) as pilot:
        await settle(tui_app, pilot)
        for screen in ("home", "form"):
            wide = shown(tui_app)
            await resized(tui_app, pilot, (80, 24))
            narrow = shown(tui_app)
            assert "help" in narrow and width(tui_app) <= 80
            assert len(narrow) < len(wide) if screen == "home" else narrow == wide
            await resized(tui_app, pilot, (160, 45))
            assert shown(tui_app) == wide
            await pilot.press("n")  # the form for a new meeting, at the wide size
            await settle(tui_app, pilot)


def said(app: MinuteBookApp) -> list[str]:
    """The footer's keys as the person reads them, "⏎ Open"."""
    return [f"{key.key_display} {key.description}" for key in app.screen.query(FooterKey)]


async def test_home_at_80_columns_shows_the_keys_a_newcomer_needs(tui_app: MinuteBookApp) -> None:
    """Enter, Overview, New from report and Quit were found only through `?`."""
    async with tui_app.run_test(size=(80, 24)) as pilot:
        await settle(tui_app, pilot)
        assert said(tui_app) == [
            "⏎ Open", "n New", "o Overview", "R New from report", "^q Quit", "p People",
            "? Help",
        ]  # fmt: skip
        assert width(tui_app) <= 80
        await resized(tui_app, pilot, (160, 45))
        assert "^p Palette" in said(tui_app) and "d Decisions" in said(tui_app)
