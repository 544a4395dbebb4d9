"""The edit form's rows rest as one widget each and open when the focus goes into them.

A row (a person, a decision, a document) draws its fields until a key or the mouse reaches it
(tui/widgets/row_cells.py); these tests hold it to the form's behaviour: Tab and shift+Tab visit
the same fields in the same order, a click lands on the field clicked, a problem opens its row
at the field, locked minutes keep their rows shut, and the resting row puts each field where the
open one does. Driven by Textual's Pilot on the sample book, asserting on the form and the book.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widget import Widget
from textual.widgets import Button, Input, TextArea

import store
from tests.helpers import meeting_id, record_of, rows, settle, type_into
from tui.app import MinuteBookApp
from tui.screens.edit import EditScreen
from tui.widgets.approval import AmendReasonDialog
from tui.widgets.decision_editor import EditableRow
from tui.widgets.person_picker import PersonPicker
from tui.widgets.row_cells import columns

ROWS = "seed-002-ky-ket-quy-che-ldld-nghe-an-2022"  # 7 people, 3 decisions, 2 documents


async def open_form(app: MinuteBookApp, pilot: Any, uid: str = ROWS) -> EditScreen:
    await settle(app, pilot)
    screen = EditScreen(meeting_id(app, uid))
    await app.push_screen(screen)
    await settle(app, pilot)
    assert app.screen is screen and screen._baseline is not None
    return screen


def every_row(screen: EditScreen) -> list[EditableRow]:
    return [
        row
        for section in ("participants", "decisions", "documents")
        for row in rows(screen, section)
    ]


def focusable_fields(row: EditableRow) -> list[Widget]:
    return [field for field in row.fields().values() if field.can_focus]


async def test_stored_rows_rest_until_tab_reaches_them_and_open_on_the_same_fields(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=(160, 45)) as pilot:
        screen = await open_form(tui_app, pilot)
        assert not any(row.is_open for row in every_row(screen))
        assert not any(
            field.is_attached for row in every_row(screen) for field in row.fields().values()
        )
        # Tab from the organisers goes through every field of every row, in screen order.
        expected: list[Widget] = []
        for row in rows(screen, "participants"):
            expected += focusable_fields(row)
        expected.append(screen.query_one(PersonPicker).input)
        for row in rows(screen, "decisions"):
            expected += focusable_fields(row)
        expected.append(screen.query_one("#add-decisions", Button))
        for row in rows(screen, "documents"):
            expected += focusable_fields(row)
        expected += [screen.query_one("#add-documents", Button), screen.query_one("#notes")]
        screen.query_one("#organisers", TextArea).focus()
        await settle(tui_app, pilot)
        visited = []
        for _ in expected:
            await pilot.press("tab")
            visited.append(screen.focused)
        assert visited == expected
        assert all(row.is_open for row in every_row(screen))
        # Nothing was changed by going through: leaving asks nothing and saves nothing.
        assert not screen._changed()


async def test_shift_tab_into_a_resting_row_lands_on_its_last_field(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=(160, 45)) as pilot:
        screen = await open_form(tui_app, pilot)
        last = rows(screen, "participants")[-1]
        screen.query_one(PersonPicker).focus()
        await settle(tui_app, pilot)
        await pilot.press("shift+tab")
        assert last.is_open and screen.focused is last.title
        await pilot.press("shift+tab")
        assert screen.focused is last.role
        await pilot.press("shift+tab")  # the row before, still resting, opens at its end
        before = rows(screen, "participants")[-2]
        assert before.is_open and screen.focused is before.title


async def test_the_focused_choice_and_select_show_without_colours(tui_app: MinuteBookApp) -> None:
    # Without colours (NO_COLOR, a monochrome terminal) the focus tint is one grey beside
    # another; a field with no cursor of its own (a role, the status) is bold while focused.
    async with tui_app.run_test(size=(160, 45)) as pilot:
        screen = await open_form(tui_app, pilot)
        role = rows(screen, "participants")[0].role
        status = screen.query_one("#status")
        current = status.query_one("SelectCurrent")
        assert not role.rich_style.bold and not current.rich_style.bold
        role.focus()
        await settle(tui_app, pilot)
        assert role.rich_style.bold
        status.focus()
        await settle(tui_app, pilot)
        assert current.rich_style.bold and not role.rich_style.bold


async def test_a_click_on_a_resting_field_focuses_that_field(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=(160, 45)) as pilot:
        screen = await open_form(tui_app, pilot)
        row = rows(screen, "participants")[0]
        assert not row.is_open
        title = columns(row.size.width, row.LINES[0])[2]
        await pilot.click(row, offset=(title[0] + 2, 0))
        await settle(tui_app, pilot)
        assert row.is_open and screen.focused is row.title
        await pilot.press("ctrl+o")  # the row's own key works in it at once
        assert row.role.value != record_of(tui_app, ROWS).participants[0].role


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
async def test_a_resting_row_puts_each_field_where_the_open_row_does(
    tui_app: MinuteBookApp, size: tuple[int, int]
) -> None:
    async with tui_app.run_test(size=size) as pilot:
        screen = await open_form(tui_app, pilot)
        for row in (
            rows(screen, section)[0] for section in ("participants", "decisions", "documents")
        ):
            width = row.size.width
            drawn = [row.render_line(y).text for y in range(len(row.LINES))]
            row.first_field().focus()
            await settle(tui_app, pilot)
            assert row.is_open and row.size.width == width
            fields = row.fields()
            for y, line in enumerate(row.LINES):
                for (name, _width), (x, cells) in zip(line, columns(width, line), strict=True):
                    field = fields[name]
                    assert (field.region.x - row.region.x, field.region.width) == (x, cells)
                    assert field.region.y - row.region.y == y
                    shown = drawn[y][x : x + cells].rstrip()
                    if isinstance(field, Input):
                        whole = field.value or field.placeholder
                        if field.value and shown.endswith("…") and shown[:-1] != whole:
                            shown = shown[:-1].rstrip()  # cut: says so, not a shorter name
                        assert shown == whole[: len(shown)]
                        assert shown  # a value or its hint, never an empty box
                    else:
                        said = getattr(field, "text", None) or str(field.render())
                        assert shown.strip() and shown.strip() in said


async def test_a_problem_in_a_resting_row_opens_it_at_the_field(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=(160, 45)) as pilot:
        screen = await open_form(tui_app, pilot)
        before = record_of(tui_app, ROWS)
        decision = rows(screen, "decisions")[1]
        assert not decision.is_open
        decision.due.value = "13/2024"  # typed while the row rests (as a paste would)
        await settle(tui_app, pilot)
        assert "13/2024" in decision.render_line(1).text  # the resting row shows it
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen and decision.is_open
        assert screen.focused is decision.due
        assert "no month 13" in str(decision.error_line.render())
        assert record_of(tui_app, ROWS).version == before.version  # nothing saved
        await type_into(pilot, decision.due, "12/2024")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is not screen
    after = record_of(tui_app, ROWS)
    assert after.decisions[1].due is not None and after.decisions[1].due.iso() == "2024-12"
    assert [d.text for d in after.decisions] == [d.text for d in before.decisions]


async def test_locked_minutes_keep_their_rows_shut_until_an_amendment(
    tui_app: MinuteBookApp,
) -> None:
    mid = meeting_id(tui_app, ROWS)
    record = record_of(tui_app, mid)
    approval = {"approved_on": "2024-03-20", "approved_by": "Ban Chấp hành"}
    for status in ("approved", "locked"):
        now = tui_app.book.meeting(mid)
        changed = {**now.to_json(), "status": status, **approval}
        checked = store.validate_record(changed)
        assert isinstance(checked, store.MeetingRecord)
        tui_app.book.save(mid, checked, expected_version=now.version)
    async with tui_app.run_test(size=(160, 45)) as pilot:
        screen = await open_form(tui_app, pilot)
        assert screen.locked
        every = every_row(screen)
        assert every and all(row.disabled and not row.focusable for row in every)
        for _ in range(12):  # every field is read only: Tab never opens a row
            await pilot.press("tab")
            assert not any(row.is_open for row in every)
        await pilot.press("e")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, AmendReasonDialog)
        await pilot.press(*"Sửa chức danh", "enter")
        await settle(tui_app, pilot)
        first = rows(screen, "participants")[0]
        assert not first.disabled
        first.title.focus()
        await settle(tui_app, pilot)
        assert first.is_open and screen.focused is first.title
        assert not first.title.disabled
        await type_into(pilot, first.title, "Chủ tịch (đính chính)")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is not screen
    after = record_of(tui_app, mid)
    assert after.status == "locked" and after.participants[0].title == "Chủ tịch (đính chính)"
    assert [p.name for p in after.participants] == [p.name for p in record.participants]


def test_a_value_cut_to_its_field_ends_in_an_ellipsis() -> None:
    """At 80 columns "Nguyễn Thị Lan Anh" rested as "Nguyễn Thị Lan", another whole name."""
    from tui.widgets.row_cells import cut_with_ellipsis

    assert cut_with_ellipsis("Nguyễn Thị Lan Anh", 15) == "Nguyễn Thị Lan…"
    assert cut_with_ellipsis("Nguyễn Thị Lan Anh", 14) == "Nguyễn Thị La…"
    assert cut_with_ellipsis("Lê Hà", 8) == "Lê Hà   "  # fits: padded, no mark
