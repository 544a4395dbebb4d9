"""The home screen says where each search result matched, and switches the order (issue 14).

Driven by Textual's Pilot on the sample book (both backends): a search with words or people
draws each meeting on two lines, the second saying where it matched, the words highlighted; the
preview says it above the record; `s` switches best match first and newest first. A record's
text stays literal: markup is not read, an ESC is shown as `\\x1b`.
"""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.widgets import Static

import store
from tests.helpers import searched, settle, until
from tui.app import MinuteBookApp
from tui.screens.browse import BrowseScreen
from tui.widgets.meeting_list import MeetingList
from tui.widgets.record_preview import RecordPreview

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py

SIZE = (140, 40)
SEED_000 = "seed-000-ky-ket-quy-che-dukdn-tld-2022"  # 30/5/2022, Khang attended
SEED_001 = "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"  # 2022, Khang chaired
SEED_002 = "seed-002-ky-ket-quy-che-ldld-nghe-an-2022"  # 20/1/2022
SEED_003 = "seed-003-hoi-nghi-quy-che-chinh-phu-tld-tb249-2024"  # 2024
SEED_004 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"  # 15/3/2024, Khang chaired
NEWEST = [SEED_004, SEED_003, SEED_000, SEED_002, SEED_001]
KHANG = "Nguyễn Đình Khang"


def uids(app: MinuteBookApp) -> list[str]:
    ids = app.screen.query_one(MeetingList).ids
    return [summary.uid for summary in app.book.summaries(ids)]


def list_line(app: MinuteBookApp, line: int) -> str:
    return app.screen.query_one(MeetingList).render_line(line).text


def highlighted(app: MinuteBookApp, line: int) -> list[str]:
    """The words drawn bold and underlined on a line of the list."""
    strip = app.screen.query_one(MeetingList).render_line(line)
    return [
        segment.text
        for segment in strip
        if isinstance(segment.style, Style) and segment.style.bold and segment.style.underline
    ]


async def search(app: MinuteBookApp, pilot: object, text: str) -> None:
    """Type `text` into the search box (pasted at once) and wait for its whole result."""
    app.screen.query_one("#search").value = text  # type: ignore[attr-defined]
    await searched(app, pilot, text)


async def test_his_name_shows_his_meetings_first_with_the_part_he_took(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        await search(tui_app, pilot, "nguyen dinh khang")
        meetings = tui_app.screen.query_one(MeetingList)
        assert uids(tui_app)[:3] == [SEED_004, SEED_000, SEED_001]
        assert meetings.row_height == 2
        assert f"↳ chair: {KHANG}" in list_line(tui_app, 1)
        assert f"↳ attendee: {KHANG}" in list_line(tui_app, 3)
        assert highlighted(tui_app, 1) == ["Nguyễn", "Đình", "Khang"]
        why = meetings.matched(0)
        assert why is not None and why.name == KHANG and why.role == "chair"


async def test_the_preview_says_where_the_meeting_matched(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        await search(tui_app, pilot, "khang")
        screen = tui_app.screen
        assert isinstance(screen, BrowseScreen)
        current = screen.query_one(MeetingList).current_id
        preview = screen.query_one(RecordPreview)
        await until(pilot, lambda: "Matched" in preview.render_text(), what="the matched line")
        assert screen.previewed == current
        first = " ".join(preview.render_text().split())
        assert first.startswith(f"Matched — chair: {KHANG}, ")  # with the title he held


async def test_words_in_the_notes_show_a_snippet(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        await search(tui_app, pilot, "ky ket")
        lines = [list_line(tui_app, line) for line in range(1, 10, 2)]
        assert sum("↳ title: " in line for line in lines) >= 2
        notes = [n for n, line in enumerate(lines) if "↳ notes: …" in line]
        assert notes
        words = highlighted(tui_app, notes[0] * 2 + 1)
        assert [store.fold(word) for word in words][:2] == ["ky", "ket"]


async def test_a_query_without_words_keeps_one_line_per_meeting(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        assert tui_app.screen.query_one(MeetingList).row_height == 1
        await search(tui_app, pilot, "date:2024")
        assert tui_app.screen.query_one(MeetingList).row_height == 1
        assert uids(tui_app) == [SEED_004, SEED_003]


async def test_s_switches_between_best_match_and_newest_first(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        await search(tui_app, pilot, "ky ket")
        screen = tui_app.screen
        assert isinstance(screen, BrowseScreen)
        status = screen.query_one("#search-status", Static)
        best = uids(tui_app)
        assert set(best[:2]) == {SEED_000, SEED_002}
        assert "best match first (s: newest first)" in str(status.render())
        screen.query_one(MeetingList).focus()
        await pilot.press("s")
        await until(pilot, lambda: uids(tui_app) == NEWEST, what="the newest first")
        await settle(tui_app, pilot)
        assert screen.order == "newest"
        assert "newest first (s: best match first)" in str(status.render())
        await pilot.press("s")
        await until(pilot, lambda: uids(tui_app) == best, what="the best match first again")
        assert screen.order == "relevance"


async def test_the_sort_key_is_bound_and_said_in_vietnamese(tui_app: MinuteBookApp) -> None:
    from tui.i18n import _, set_language

    set_language("vi")
    try:
        assert _("Sort") == "Sắp xếp"
        assert _("best match first") != "best match first"
    finally:
        set_language("en")
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        active = tui_app.screen.active_bindings.values()
        keys = {shown.binding.id: shown.binding for shown in active}
        assert keys["browse.sort"].key == "s"


async def test_markup_and_escapes_in_a_matched_title_stay_literal(
    tui_app: MinuteBookApp,
) -> None:
    title = "Họp [bold]Khẩn[/bold] \x1b[2J"
    record = store.validate_record({"title": title, "date": "2025"}, source="test")
    assert isinstance(record, store.MeetingRecord)
    tui_app.book.add(record)
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        await search(tui_app, pilot, "khẩn")
        second = list_line(tui_app, 1)
        assert "↳ title: Họp [bold]Khẩn[/bold] \\x1b[2J" in second
        assert "\x1b" not in second
        assert highlighted(tui_app, 1) == ["Khẩn"]
        preview = tui_app.screen.query_one(RecordPreview)
        await until(pilot, lambda: "Matched" in preview.render_text(), what="the matched line")
        assert "\x1b" not in preview.render_text()
        assert "[bold]Khẩn[/bold] \\x1b[2J" in preview.render_text()
