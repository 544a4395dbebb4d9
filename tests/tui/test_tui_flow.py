"""The issue's main flow in one session, from the home screen, asserting on the database:
new meeting with two attendees and a decision → in the list → `khang` filters to it → edit its
title → a conflict when the CLI changed it meanwhile → delete → undo."""

from __future__ import annotations

import pytest
from textual.widgets import Input
from typer.testing import CliRunner

from tests.helpers import pick, record_of, rows, searched, settle, type_into
from tui.app import MinuteBookApp
from tui.screens.browse import BrowseScreen
from tui.screens.conflict import ConflictScreen
from tui.screens.edit import EditScreen
from tui.screens.meeting import MeetingScreen
from tui.widgets.meeting_list import MeetingList

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py

SIZE = (140, 40)


async def test_the_secretary_s_day(tui_app: MinuteBookApp, db: str) -> None:
    from cli import app as cli_app

    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        await pilot.press("n")
        await settle(tui_app, pilot)
        form = tui_app.screen
        assert isinstance(form, EditScreen)
        await type_into(pilot, form.query_one("#title", Input), "Giao ban Ban Thường vụ quý I")
        await type_into(pilot, form.query_one("#date", Input), "20/3/2030")
        await pick(tui_app, pilot, "khang", "enter")
        await pick(tui_app, pilot, "Trần Thị Mới", "enter")
        form.query_one("#add-decisions").focus()
        await pilot.press("ctrl+n")
        await type_into(pilot, rows(form, "decisions")[0].text, "Chuẩn bị Đại hội công đoàn")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)

        browse = tui_app.screen
        assert isinstance(browse, BrowseScreen)
        listing = browse.query_one(MeetingList)
        new_id = listing.current_id  # the list follows the saved meeting
        assert new_id is not None and listing.ids[0] == new_id  # 2030: newest first
        saved = record_of(tui_app, new_id)
        assert [p.name for p in saved.participants] == ["Nguyễn Đình Khang", "Trần Thị Mới"]
        assert [d.text for d in saved.decisions] == ["Chuẩn bị Đại hội công đoàn"]

        await pilot.press("slash", *"khang", "escape")
        await searched(tui_app, pilot, "khang")
        assert new_id in listing.ids and len(listing.ids) == 4  # the 3 sample meetings + ours

        listing.focus()
        await pilot.press("home", "enter")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, MeetingScreen)
        await pilot.press("e")
        await settle(tui_app, pilot)
        form = tui_app.screen
        assert isinstance(form, EditScreen)
        await type_into(pilot, form.query_one("#title", Input), "Giao ban quý I (đã sửa)")
        # Meanwhile, at the command line:
        changed = CliRunner().invoke(
            cli_app, ["--db", db, "edit", str(new_id), "--title", "Sửa từ CLI"]
        )
        assert changed.exit_code == 0, changed.stderr
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, ConflictScreen)  # never a silent overwrite
        assert record_of(tui_app, new_id).title == "Sửa từ CLI"
        await pilot.press("ctrl+s")  # the title both changed: mine is kept unless I choose
        await settle(tui_app, pilot)
        assert record_of(tui_app, new_id).title == "Giao ban quý I (đã sửa)"  # no retyping

        await pilot.press("x", "y")  # delete from the meeting screen, confirmed
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, BrowseScreen)
        await pilot.press("escape")
        assert [n for n, _ in tui_app.deleted] == [new_id]
        await pilot.press("u")
        await settle(tui_app, pilot)
        restored = record_of(tui_app, new_id)  # the same number again
        assert restored.title == "Giao ban quý I (đã sửa)"
        assert len(restored.participants) == 2
