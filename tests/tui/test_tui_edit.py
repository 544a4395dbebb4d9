"""The edit / new-meeting screen, driven by Textual's Pilot on the sample book.

Each test asserts on the database (through the app's `store.Book`) as well as on the form.
"""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, Select, Static, TextArea

import store
from tests.helpers import (
    count_meetings,
    meeting_id,
    pick,
    record_of,
    rows,
    settle,
    type_into,
    until,
)
from tui.app import MinuteBookApp
from tui.screens.dialogs import ConfirmDialog
from tui.screens.edit import EditScreen
from tui.widgets.decision_editor import DecisionRow, DocumentRow
from tui.widgets.person_picker import ParticipantRow, PersonPicker

SIZE = (140, 40)
SMALL = "seed-000-ky-ket-quy-che-dukdn-tld-2022"  # few rows: quick to open


async def open_editor(
    app: MinuteBookApp, pilot: Pilot[Any], screen: EditScreen, results: list[Any]
) -> EditScreen:
    await settle(app, pilot)
    await app.push_screen(screen, results.append)
    await settle(app, pilot)
    assert app.screen is screen
    return screen


async def suggested(pilot: Pilot[Any], picker: PersonPicker, text: str) -> None:
    """Wait until the picker offers the people `text` may mean."""
    await until(pilot, lambda: picker.shown_for == text, what=f"suggestions for {text!r}")
    await settle(pilot.app, pilot)


def people_names(app: MinuteBookApp) -> set[str]:
    return {p.name for p in app.book.people()}


def note(screen: EditScreen, name: str) -> Static:
    return screen.query_one(f"#{name}-error", Static)


async def test_a_new_meeting_with_people_picked_and_a_decision(tui_app: MinuteBookApp) -> None:
    results: list[Any] = []
    async with tui_app.run_test(size=SIZE) as pilot:
        before = people_names(tui_app)
        screen = await open_editor(tui_app, pilot, EditScreen(), results)
        await type_into(pilot, screen.query_one("#title", Input), "Họp tổ công đoàn")
        await type_into(pilot, screen.query_one("#date", Input), "15/3/2024")
        assert "Read as: 15/03/2024 (day)" in str(note(screen, "date").render())
        screen.query_one("#part_of_day", Select).value = "afternoon"
        await type_into(pilot, screen.query_one("#start_time", Input), "14h")
        await type_into(pilot, screen.query_one("#end_time", Input), "16:30")
        screen.query_one("#organisers", TextArea).text = "Công đoàn cơ sở (CĐCS)\n\nBan Tổ chức"
        await pick(tui_app, pilot, "khang", "enter")  # Enter before the suggestions arrive
        await pick(tui_app, pilot, "Trần Thị Mới", "enter")
        people = [row.to_raw() for row in rows(screen, "participants")]
        assert [p["name"] for p in people] == ["Nguyễn Đình Khang", "Trần Thị Mới"]
        assert screen.focused is screen.query_one(PersonPicker).input  # ready for the next name
        assert screen.query_one(PersonPicker).input.value == ""
        screen.query_one("#add-decisions").focus()
        await pilot.press("ctrl+n")
        row: DecisionRow = rows(screen, "decisions")[0]
        assert screen.focused is row.text
        await type_into(pilot, row.text, "Báo cáo kết quả")
        await type_into(pilot, row.responsible, "Ban Tổ chức")
        await type_into(pilot, row.due, "6/2024")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert results and isinstance(results[0], int)
        assert tui_app.screen is not screen
        saved = record_of(tui_app, results[0])
    assert saved.title == "Họp tổ công đoàn"
    assert saved.date.iso() == "2024-03-15"
    assert (saved.part_of_day, f"{saved.start_time:%H:%M}", f"{saved.end_time:%H:%M}") == (
        "afternoon", "14:00", "16:30"
    )  # fmt: skip
    assert [(o.name, o.short_forms) for o in saved.organisers] == [
        ("Công đoàn cơ sở", ["CĐCS"]),
        ("Ban Tổ chức", []),
    ]
    khang, new = saved.participants
    assert (khang.name, khang.role) == ("Nguyễn Đình Khang", "attendee")
    assert khang.title == (
        "Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Tổng Liên đoàn Lao động Việt Nam"
    )
    assert (new.name, new.title) == ("Trần Thị Mới", None)
    (decision,) = saved.decisions
    assert (decision.text, decision.responsible) == ("Báo cáo kết quả", "Ban Tổ chức")
    assert decision.due is not None and decision.due.iso() == "2024-06"
    after = people_names(tui_app)
    assert after - before == {"Trần Thị Mới"}  # Khang was found, not created again


async def test_arrows_choose_a_suggestion_a_new_name_is_never_merged_text_is_literal(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_editor(tui_app, pilot, EditScreen(), [])
        picker = screen.query_one(PersonPicker)
        picker.focus()
        await pilot.press(*"đình")
        await suggested(pilot, picker, "đình")
        shown = [str(option.prompt) for option in picker.options.options]
        assert shown[0].startswith("Nguyễn Đình Khang")  # most meetings first
        assert shown[1].startswith("Nguyễn Đình Hùng")
        assert shown[-1] == "Add “đình” as a new person"
        await pilot.press("down", "enter")
        await settle(tui_app, pilot)
        await pilot.press(*"dinh")
        await suggested(pilot, picker, "dinh")
        await pilot.press("up", "enter")  # up from the first wraps to "new person"
        await settle(tui_app, pilot)
        names = [row.to_raw()["name"] for row in rows(screen, "participants")]
        assert names == ["Nguyễn Đình Hùng", "dinh"]
        first = rows(screen, "participants")[0]
        assert first.to_raw()["title"] == "Bí thư Huyện ủy Con Cuông"
        await pilot.press(*"hùng", "enter")  # already an attendee: not listed twice
        await settle(tui_app, pilot)
        assert len(rows(screen, "participants")) == 2
        await pilot.press("k")
        await suggested(pilot, picker, "k")
        assert picker.options.option_count == 5  # Khang, Kha, Kim, Kđăm, "k" as a new person
        await pilot.press("escape", "backspace")  # escape closes the suggestions only
        assert picker.options.option_count == 0
        assert tui_app.screen is screen
        # What people type is shown as typed, never read as markup or terminal codes.
        await pilot.press(*"[b]x[/]")
        await suggested(pilot, picker, "[b]x[/]")
        assert str(picker.options.options[-1].prompt) == "Add “[b]x[/]” as a new person"
        await pilot.press("enter")
        await settle(tui_app, pilot)
        assert str(rows(screen, "participants")[-1].name_label.render()) == "[b]x[/]"
        date = screen.query_one("#date", Input)
        await type_into(pilot, date, "[bold]")
        assert "'[bold]' is not a date" in str(note(screen, "date").render())
        await type_into(pilot, date, "\x1b[2J")
        assert "\\x1b[2J" in str(note(screen, "date").render())


async def test_an_invalid_date_is_shown_by_the_field_and_nothing_is_written(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_editor(tui_app, pilot, EditScreen(), [])
        total = count_meetings(tui_app)
        await type_into(pilot, screen.query_one("#title", Input), "Họp")
        date = screen.query_one("#date", Input)
        await type_into(pilot, date, "31/2/2024")
        await pilot.pause()
        line = note(screen, "date")
        assert line.has_class("error")
        assert "February 2024 has 29 days" in str(line.render())
        screen.query_one("#title", Input).focus()
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        assert screen.focused is date  # the first invalid field
        assert count_meetings(tui_app) == total
        # Put right, the error goes; a bad due date is shown under its decision row.
        await type_into(pilot, date, "2024")
        await pilot.pause()
        assert not line.has_class("error")
        assert "Read as: 2024 (year)" in str(line.render())
        screen.query_one("#add-decisions").focus()
        await pilot.press("ctrl+n")
        (row,) = rows(screen, "decisions")
        await type_into(pilot, row.text, "Việc")
        await type_into(pilot, row.due, "13/2024")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert "Due: " in str(row.error_line.render())
        assert "no month 13" in str(row.error_line.render())
        assert screen.focused is row.due
        assert count_meetings(tui_app) == total


async def test_rows_move_and_go(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        mid = meeting_id(tui_app, SMALL)
        before = record_of(tui_app, mid)
        screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
        texts = [d.text for d in before.decisions]
        second: DecisionRow = rows(screen, "decisions")[1]
        second.text.focus()
        await pilot.press("ctrl+up")  # the second decision comes first
        first_person: ParticipantRow = rows(screen, "participants")[0]
        first_person.title.focus()
        await pilot.press("ctrl+r")  # the first person goes; the focus moves to the next
        now_first: ParticipantRow = rows(screen, "participants")[0]
        assert screen.focused is now_first.role
        await pilot.press("left")  # attendee → chair
        screen.query_one("#add-documents").focus()
        await pilot.press("ctrl+n")
        document: DocumentRow = rows(screen, "documents")[0]
        assert screen.focused is document.number
        await type_into(pilot, document.number, "Nghị quyết 02-NQ/TW ngày 12/6/2021: về Công đoàn")
        await pilot.press("enter")  # a whole citation is read into the fields
        assert (document.number.value, document.kind.value) == ("02-NQ/TW", "Nghị quyết")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
    after = record_of(tui_app, mid)
    assert [d.text for d in after.decisions] == [texts[1], texts[0], *texts[2:]]
    people = [(p.name, p.role) for p in after.participants]
    moved = before.participants[1]
    assert people[0] == (moved.name, "chair")
    assert sorted(people[1:]) == sorted((p.name, p.role) for p in before.participants[2:])
    (cited,) = after.documents
    assert (cited.number, cited.kind, cited.title) == ("02-NQ/TW", "Nghị quyết", "về Công đoàn")
    assert cited.date is not None and cited.date.iso() == "2021-06-12"


async def test_a_change_made_elsewhere_is_never_overwritten(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        mid = meeting_id(tui_app, SMALL)
        screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
        # Meanwhile the CLI changes the place.
        record = tui_app.book.meeting(mid)
        changed = record.model_copy(update={"location": "Trụ sở mới"})
        tui_app.book.save(mid, changed, expected_version=record.version)
        await type_into(pilot, screen.query_one("#title", Input), "Tiêu đề của tôi")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, ConfirmDialog)
        assert "changed elsewhere" in str(tui_app.screen.query_one(Static).render())
        await pilot.press("n")  # keep editing: the form stays as it is
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        assert screen.query_one("#title", Input).value == "Tiêu đề của tôi"
        stored = record_of(tui_app, mid)
        assert (stored.location, stored.version) == ("Trụ sở mới", 2)
        assert stored.title != "Tiêu đề của tôi"
        await pilot.press("ctrl+s")  # still refused, until reloaded
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, ConfirmDialog)
        assert record_of(tui_app, mid).title != "Tiêu đề của tôi"
        await pilot.press("y")  # reload
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        assert screen.query_one("#location", Input).value == "Trụ sở mới"
        assert screen.query_one("#title", Input).value == stored.title
        await type_into(pilot, screen.query_one("#title", Input), "Tiêu đề của tôi")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
    final = record_of(tui_app, mid)
    assert (final.title, final.location, final.version) == ("Tiêu đề của tôi", "Trụ sở mới", 3)


async def test_editing_saves_a_new_version_and_leaving_asks_only_after_a_change(
    tui_app: MinuteBookApp,
) -> None:
    results: list[Any] = []
    async with tui_app.run_test(size=SIZE) as pilot:
        mid = meeting_id(tui_app, SMALL)
        before = record_of(tui_app, mid)
        screen = await open_editor(tui_app, pilot, EditScreen(mid), results)
        title = screen.query_one("#title", Input)
        assert title.value == before.title
        assert len(rows(screen, "participants")) == len(before.participants)
        await pilot.press("escape")  # nothing changed: leaves at once
        await settle(tui_app, pilot)
        assert results == [None]
        screen = await open_editor(tui_app, pilot, EditScreen(mid), results)
        await type_into(pilot, screen.query_one("#title", Input), "Ký kết Quy chế (sửa)")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert results == [None, mid]
        after = record_of(tui_app, mid)
        assert after.version == (before.version or 0) + 1
        assert after.title == "Ký kết Quy chế (sửa)"
        changed = {"title", "version", "updated_at"}
        assert {k: v for k, v in after.to_json().items() if k not in changed} == {
            k: v for k, v in before.to_json().items() if k not in changed
        }
        # Unsaved changes: leaving asks; "no" stays with the changes, "yes" leaves.
        total = count_meetings(tui_app)
        screen = await open_editor(tui_app, pilot, EditScreen(), results)
        await type_into(pilot, screen.query_one("#location", Input), "Nơi khác")
        await pilot.press("escape")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        assert screen.query_one("#location", Input).value == "Nơi khác"
        await pilot.press("escape", "y")
        await settle(tui_app, pilot)
        assert results == [None, mid, None]
        assert tui_app.screen is not screen
    assert count_meetings(tui_app) == total


async def test_a_template_makes_a_new_meeting_and_a_duplicate_is_an_error(
    tui_app: MinuteBookApp,
) -> None:
    results: list[Any] = []
    async with tui_app.run_test(size=SIZE) as pilot:
        raw = {"title": "Họp chi bộ", "date": "2024-04-01", "location": "Hà Nội",
               "participants": [{"name": "Ngọ Duy Hiểu", "role": "chair"}]}  # fmt: skip
        original = store.validate_record(raw)
        assert isinstance(original, store.MeetingRecord)
        original_id = tui_app.book.add(original)
        template = record_of(tui_app, original_id)
        total = count_meetings(tui_app)
        plain = template.model_copy(update={"uid": None})
        screen = await open_editor(tui_app, pilot, EditScreen(template=plain), results)
        assert screen.query_one("#title", Input).value == template.title
        await pilot.press("ctrl+s")  # same date, title and place as the original
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        status = screen.query_one("#edit-status", Static)
        assert "same date, title and place" in str(status.render())
        assert count_meetings(tui_app) == total
        await type_into(pilot, screen.query_one("#date", Input), "16/3/2024")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert results and results[0] is not None
    copy = record_of(tui_app, results[0])
    assert copy.uid != template.uid
    assert copy.participants == template.participants
    assert count_meetings(tui_app) == total + 1
