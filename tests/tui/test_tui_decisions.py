"""The open-decisions screen, driven by Textual's Pilot on the sample book."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, Static

import store
from tests.helpers import filtered, settle
from tui.app import MinuteBookApp
from tui.screens.decisions import DecisionsScreen
from tui.screens.dialogs import ConfirmDialog

SIZE = (140, 40)
TODAY = date(2025, 1, 10)
BCH_2024 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"
NGHE_AN = "seed-002-ky-ket-quy-che-ldld-nghe-an-2022"


def meeting(app: MinuteBookApp, uid: str) -> int:
    return app.book.resolve(uid)


def record(app: MinuteBookApp, meeting_id: int) -> store.MeetingRecord:
    return app.book.meeting(meeting_id)


def keys(table: DataTable[Any]) -> list[str]:
    return [str(row.key.value) for row in table.ordered_rows]


async def open_screen(app: MinuteBookApp, pilot: Pilot[Any]) -> DecisionsScreen:
    await app.push_screen(DecisionsScreen(today=TODAY))
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, DecisionsScreen)
    return screen


async def test_every_open_decision_is_listed_overdue_first(tui_app: MinuteBookApp) -> None:
    expected = tui_app.book.open_decisions(today=TODAY)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_screen(tui_app, pilot)
        table = screen.query_one("#decisions", DataTable)
        assert keys(table) == [f"{d.meeting_id}:{d.position}" for d in expected]
        assert len(expected) == 28  # 30 decisions in the samples, 2 of them done
        # The one decision with a due date (2024) is overdue on TODAY: it comes first, marked.
        first = table.get_row_at(0)
        assert keys(table)[0] == f"{meeting(tui_app, BCH_2024)}:1"
        assert first[0].plain == "2024 !"
        assert first[1].plain == "Các cấp công đoàn"
        assert first[2].plain.startswith("Đẩy mạnh công tác phát triển đoàn viên")
        assert first[3].plain.startswith("15/03/2024 Hội nghị lần thứ Tư")
        status = str(screen.query_one("#decisions-status", Static).render())
        assert status == "28 open decisions, 1 overdue"


async def test_filter_by_responsible_body_without_diacritics(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_screen(tui_app, pilot)
        await pilot.press("slash", *"tinh nghe")
        await filtered(pilot, screen, "tinh nghe")
        table = screen.query_one("#decisions", DataTable)
        assert keys(table) == [f"{meeting(tui_app, NGHE_AN)}:2"]
        assert table.get_row_at(0)[1].plain == "Liên đoàn Lao động tỉnh Nghệ An"
        detail = str(screen.query_one("#decision-detail", Static).render())
        assert "LĐLĐ tỉnh chỉ đạo các cấp công đoàn" in detail
        assert "(kết luận của đồng chí Kha Văn Tám)" in detail  # whole, however long
        await pilot.press("ctrl+a", "ctrl+k", *"zz")
        await filtered(pilot, screen, "zz")
        assert table.row_count == 0
        assert "No open decisions match." in str(
            screen.query_one("#decisions-status", Static).render()
        )


async def test_marking_done_saves_the_status_and_bumps_the_version(
    tui_app: MinuteBookApp,
) -> None:
    bch = meeting(tui_app, BCH_2024)
    before = record(tui_app, bch)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_screen(tui_app, pilot)
        table = screen.query_one("#decisions", DataTable)
        total = table.row_count
        assert screen.current is not None and screen.current.position == 1
        await pilot.press("x", "y")  # asked first, then marked
        await settle(tui_app, pilot)
        after = record(tui_app, bch)
        assert after.decisions[1].status == "done"
        assert [d.status for d in after.decisions] == ["open", "done"] + ["open"] * 6
        assert after.version == (before.version or 0) + 1
        assert f"{bch}:1" not in keys(table)
        assert table.row_count == total - 1
        # The cursor stays put, on the next decision of the same meeting (now a newer version).
        assert screen.current is not None and screen.current.meeting_id == bch
        await pilot.press("space", "y")
        await settle(tui_app, pilot)
        assert record(tui_app, bch).version == (before.version or 0) + 2
        assert table.row_count == total - 2


async def test_a_change_made_elsewhere_is_not_overwritten(tui_app: MinuteBookApp) -> None:
    bch = meeting(tui_app, BCH_2024)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_screen(tui_app, pilot)
        # Someone else edits the meeting after the list was read: a new version.
        changed = record(tui_app, bch).model_copy(update={"title": "Hội nghị lần thứ Tư (sửa)"})
        tui_app.book.save(bch, changed, expected_version=None)
        version = record(tui_app, bch).version
        await pilot.press("x", "y")
        await settle(tui_app, pilot)
        assert record(tui_app, bch).decisions[1].status == "open"
        assert record(tui_app, bch).version == version
        status = screen.query_one("#decisions-status", Static)
        assert status.has_class("error")
        assert "changed elsewhere" in str(status.render())
        # The list was read again, so a second try works.
        await pilot.press("x", "y")
        await settle(tui_app, pilot)
        assert record(tui_app, bch).decisions[1].status == "done"


async def test_user_text_shows_literally(tui_app: MinuteBookApp) -> None:
    data = {
        "title": "[bold]Họp[/] \x1b[2J",
        "date": "2024-04-02",
        "decisions": [{"text": "[red]Việc[/]", "responsible": "[bold]X[/] \x1b[2J"}],
    }
    checked = store.validate_record(data)
    assert isinstance(checked, store.MeetingRecord)
    tui_app.book.add(checked)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_screen(tui_app, pilot)
        await pilot.press("slash", *"x")
        await filtered(pilot, screen, "x")
        table = screen.query_one("#decisions", DataTable)
        drawn = "\n".join(table.render_line(y).text for y in range(table.size.height))
        assert "[bold]X[/] \\x1b[2J" in drawn
        assert "[red]Việc[/]" in drawn
        assert "[bold]Họp[/] \\x1b[2J" in drawn


async def test_marking_done_asks_naming_the_decision_and_u_sets_it_back(
    tui_app: MinuteBookApp,
) -> None:
    bch = meeting(tui_app, BCH_2024)
    before = record(tui_app, bch)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_screen(tui_app, pilot)
        table = screen.query_one("#decisions", DataTable)
        total = table.row_count
        decision = screen.current
        assert decision is not None and (decision.meeting_id, decision.position) == (bch, 1)
        await pilot.press("x")
        await settle(tui_app, pilot)
        dialog = tui_app.screen
        assert isinstance(dialog, ConfirmDialog)
        question = str(dialog.query_one(Static).render())
        assert "Mark this decision done?" in question
        assert decision.text[:40] in question  # it says which one
        await pilot.press("n")  # no: nothing changes
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        assert record(tui_app, bch).version == before.version
        assert table.row_count == total
        await pilot.press("u")  # nothing to undo yet
        await settle(tui_app, pilot)
        assert record(tui_app, bch).version == before.version

        await pilot.press("x", "y")
        await settle(tui_app, pilot)
        assert record(tui_app, bch).decisions[1].status == "done"
        assert table.row_count == total - 1
        await pilot.press("u")  # the way back: open again, in the list again
        await settle(tui_app, pilot)
        after = record(tui_app, bch)
        assert after.decisions[1].status == "open"
        assert after.version == (before.version or 0) + 2
        assert f"{bch}:1" in keys(table) and table.row_count == total
        await pilot.press("u")  # once only
        await settle(tui_app, pilot)
        assert record(tui_app, bch).version == after.version
    # Both are saves of the meeting, kept in its history.
    history = tui_app.book.history(bch)
    assert [(v.action, v.note) for v in history[-2:]] == [
        ("decision", "decision 2: done"),
        ("decision", "decision 2: open"),
    ]
