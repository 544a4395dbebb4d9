"""The path from a key typed in the home search box to its results (issue 14's speed target).

Driven by Textual's Pilot on real books (both backends): the first page's worker reads where the
rows on screen matched, the list reads the rows below afterwards, work for a stale text stops,
and a key that puts off the preview never leaves it behind the cursor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

import store
from tests.helpers import searched, until
from tui.app import MinuteBookApp, make_app
from tui.screens.browse import BrowseScreen
from tui.widgets.meeting_list import MeetingList

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py

SIZE = (140, 40)


def weekly_meetings(count: int) -> list[store.MeetingRecord]:
    return [
        store.MeetingRecord.model_validate(
            {"title": f"Giao ban tuần {n:03d}", "date": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"}
        )
        for n in range(count)
    ]


async def test_where_rows_matched_is_read_for_the_screen_then_ahead(
    db: str, tmp_path: Path
) -> None:
    app = make_app(db, lang="en", settings_folder=tmp_path / "config")
    app.book.import_records(weekly_meetings(150))
    async with app.run_test(size=SIZE) as pilot:
        await searched(app, pilot, "")
        app.screen.query_one("#search", Input).value = "giao ban"
        await searched(app, pilot, "giao ban")
        meetings = app.screen.query_one(MeetingList)
        on_screen = meetings.rows_on_screen(two_lines=True)
        assert len(meetings.ids) == 150 and meetings.row_height == 2
        uid = {row.id: row.uid for row in app.book.summaries(meetings.ids)}
        # The rows below the screen, up to a page, are read once these are drawn.
        below = [uid[i] for i in meetings.ids[on_screen:100]]
        await until(pilot, lambda: all(u in meetings._matched for u in below), what="read-ahead")
        for index in (0, on_screen + 50):
            why = meetings.matched(index)
            assert why is not None and why.field == "title"
            assert why.text == app.book.summaries([meetings.ids[index]])[0].title
    app.book.close()


async def test_an_explainer_told_to_stop_reads_no_further(db: str, tmp_path: Path) -> None:
    app = make_app(db, lang="en", settings_folder=tmp_path / "config")
    app.book.import_records(weekly_meetings(25))
    async with app.run_test(size=SIZE) as pilot:
        await searched(app, pilot, "")
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        explain = screen._explainer(store.parse_query("giao ban"))
        assert explain is not None
        ids = screen.query_one(MeetingList).ids
        assert len(explain(ids, lambda: False)) == 25
        assert explain(ids, lambda: True) == {}
        asked: list[int] = []
        once = lambda: bool(asked.append(1)) or len(asked) > 1  # noqa: E731
        assert 0 < len(explain(ids, once)) < 25  # the first chunk only
    app.book.close()


async def test_a_bad_query_typed_after_a_result_leaves_the_preview_following(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await searched(tui_app, pilot, "")
        screen = tui_app.screen
        assert isinstance(screen, BrowseScreen)
        meetings = screen.query_one(MeetingList)
        await until(pilot, lambda: screen.previewed == meetings.current_id, what="a preview")
        newest = screen.previewed
        box = screen.query_one("#search", Input)
        box.value = "ky ket"
        await until(pilot, lambda: screen.visible_query == "ky ket", what="ky ket's result")
        current = meetings.current_id
        assert current is not None and current != newest  # the preview has to move
        # At once, before the preview has followed the cursor: the key puts the preview off.
        box.value = "ky ket date:31/02/2024"
        status = screen.query_one("#search-status", Static)
        await until(pilot, lambda: status.has_class("error"), what="the query's error")
        await until(pilot, lambda: screen.previewed == current, what="the preview to follow")


async def test_a_phrase_being_typed_searches_before_its_closing_quote(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await searched(tui_app, pilot, "")
        screen = tui_app.screen
        box = screen.query_one("#search", Input)
        box.value = '"ky ke'
        await searched(tui_app, pilot, '"ky ke')
        status = screen.query_one("#search-status", Static)
        assert not status.has_class("error")
        shown = screen.query_one(MeetingList).ids
        typed = tui_app.book.search(store.parse_query('"ky ket"')).ids
        assert typed and shown == typed  # the sample book's "ký kết" meetings, nothing else
    tui_app.book.close()
