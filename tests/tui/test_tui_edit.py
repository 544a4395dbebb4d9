"""The edit / new-meeting screen, driven by Textual's Pilot on the sample book.

Each test asserts on the database (through the app's `store.Book`) as well as on the form.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static, TextArea

import store
from tests.helpers import (
    a_meeting,
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
from tui.screens.conflict import ConflictScreen
from tui.screens.dialogs import ConfirmDialog
from tui.screens.edit import EditScreen
from tui.widgets.approval import AmendReasonDialog
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
        assert "Read as: 15/03/2024 (to the day)" in str(note(screen, "date").render())
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
        assert "Read as: 2024 (year only)" in str(line.render())
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
        await pilot.press("right")  # attendee → chair, the next role
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


async def test_a_change_made_elsewhere_is_never_overwritten_nor_retyped(
    tui_app: MinuteBookApp,
) -> None:
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
        conflict = tui_app.screen
        assert isinstance(conflict, ConflictScreen)  # compared, never overwritten
        shown = "\n".join(str(w.render()) for w in conflict.query(Static))
        assert "was saved elsewhere" in shown
        assert "No field was changed by both" in shown
        assert "Changed there only" in shown and "Trụ sở mới" in shown
        assert "Changed here only" in shown and "Tiêu đề của tôi" in shown
        await pilot.press("escape")  # back to the form: everything typed is still there
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        assert screen.query_one("#title", Input).value == "Tiêu đề của tôi"
        stored = record_of(tui_app, mid)
        assert (stored.location, stored.version) == ("Trụ sở mới", 2)
        assert stored.title != "Tiêu đề của tôi"
        await pilot.press("ctrl+s")  # compared again, and this time the merge is saved
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, ConflictScreen)
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is not screen
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


async def test_a_name_typed_to_add_but_not_added_is_not_left_unasked(
    tui_app: MinuteBookApp,
) -> None:
    # A newcomer typed a name in "Add a person", pressed esc (the suggestions closed) and esc
    # again: the form closed and the name was gone, unasked.
    results: list[Any] = []
    async with tui_app.run_test(size=SIZE) as pilot:
        mid = meeting_id(tui_app, SMALL)
        screen = await open_editor(tui_app, pilot, EditScreen(mid), results)
        await pilot.press("ctrl+t")
        picker = screen.query_one(PersonPicker)
        await type_into(pilot, picker.input, "Le Thi Hoa")
        await suggested(pilot, picker, "Le Thi Hoa")
        await pilot.press("escape")  # closes the suggestions
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        await pilot.press("escape")  # leaving: asks, the name still there
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen and picker.input.value == "Le Thi Hoa"
        await pilot.press("escape", "y")
        await settle(tui_app, pilot)
        assert results == [None]

async def test_tab_into_a_filled_field_and_typing_adds_to_it(tui_app: MinuteBookApp) -> None:
    # Tab into a field that holds text leaves the text as it is, the cursor at its end: the
    # first key typed does not replace what the minutes say (Textual selects it all by default).
    async with tui_app.run_test(size=SIZE) as pilot:
        mid = meeting_id(tui_app, SMALL)
        screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
        title, location = screen.query_one("#title", Input), screen.query_one("#location", Input)
        kept = location.value
        assert kept
        title.focus()
        await pilot.press("tab")
        await settle(tui_app, pilot)
        for _ in range(8):  # the fields between, if any
            if screen.focused is location:
                break
            await pilot.press("tab")
            await settle(tui_app, pilot)
        assert location.selection.is_empty and location.cursor_position == len(kept)
        await pilot.press(*" (hội trường)")
        assert location.value == kept + " (hội trường)"


async def test_typing_on_a_person_s_role_goes_to_their_title_and_keeps_the_role(
    tui_app: MinuteBookApp,
) -> None:
    # One Tab too early, a secretary typing a title lands on the role (◂ chair ▸): the letters
    # go on into the title held, the role stays; the space between two words did step it.
    async with tui_app.run_test(size=SIZE) as pilot:
        mid = meeting_id(tui_app, SMALL)
        screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
        row = rows(screen, "participants")[0]
        role, title = row.role.value, row.title.value
        row.role.focus()
        await settle(tui_app, pilot)
        await pilot.press(*"Trưởng ban")
        await settle(tui_app, pilot)
        assert row.role.value == role
        assert screen.focused is row.title
        assert row.title.value == title + " Trưởng ban"
        await pilot.press("shift+tab", "space")  # a space on the role still steps it
        assert row.role.value != role


async def test_a_title_typed_in_one_burst_on_a_role_arrives_whole(tui_app: MinuteBookApp) -> None:
    # A fast typist (or a paste, or tmux send-keys) sends the whole title before the focus has
    # moved off the role: every key, the space between the words too, is the title's, and the
    # words typed on after a filled title are a word of their own.
    def burst(text: str) -> None:
        for character in text:  # all queued before the first is handled
            key = "space" if character == " " else character
            tui_app.post_message(events.Key(key, character))

    async with tui_app.run_test(size=SIZE) as pilot:
        mid = meeting_id(tui_app, SMALL)
        screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
        first, second = rows(screen, "participants")[:2]
        role, title = first.role.value, first.title.value
        assert title and not title.endswith(" ")
        first.role.focus()
        await settle(tui_app, pilot)
        burst("Trưởng ban")
        await settle(tui_app, pilot)
        assert first.role.value == role
        assert first.title.value == title + " Trưởng ban"
        await pilot.press("shift+tab", "space")  # back on the role, a space steps it again
        assert first.role.value != role
        # A burst that starts with a space: the space steps the role (it is never lost to
        # the focus moving on), the rest is the title's.
        second.title.value = ""
        role = second.role.value
        second.role.focus()
        await settle(tui_app, pilot)
        burst(" Thư ký")
        await settle(tui_app, pilot)
        assert second.role.value != role
        assert second.title.value == "Thư ký"


async def test_letters_on_a_row_s_last_choice_stay_out_of_the_next_row(
    tui_app: MinuteBookApp,
) -> None:
    # After a decision's status comes the next decision's text: a letter typed on the status is
    # no key for another row, and the status still steps on space after it.
    async with tui_app.run_test(size=SIZE) as pilot:
        mid = meeting_id(tui_app, SMALL)
        screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
        first, second = rows(screen, "decisions")[:2]
        status, text = first.status.value, second.text.value
        first.status.focus()
        await settle(tui_app, pilot)
        await pilot.press("x", "y")
        assert (first.status.value, second.text.value) == (status, text)
        assert screen.focused is first.status
        await pilot.press("space")
        assert first.status.value != status


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


# Where a record stands: draft → final → approved → locked ------------------------------------


def added(app: MinuteBookApp, *statuses: str, title: str = "Hội nghị Ban Chấp hành") -> int:
    """A small meeting saved through each of `statuses` in turn (approved on 20/3/2024)."""
    approval = {"approved_on": "2024-03-20", "approved_by": "Hội nghị Ban Chấp hành"}
    extra = approval if statuses[0] in APPROVED else {}
    first = a_meeting(title=title, status=statuses[0], **extra)
    mid = app.book.add(first)
    for status in statuses[1:]:
        now = app.book.meeting(mid)
        data = {**now.to_json(), "status": status, **(approval if status in APPROVED else {})}
        app.book.save(mid, a_meeting(**data), expected_version=now.version)
    return mid


APPROVED = ("approved", "locked")


async def test_the_status_offers_every_step_and_approval_says_when_and_by_whom(
    tui_app: MinuteBookApp,
) -> None:
    mid = added(tui_app, "final")
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
        status = screen.query_one("#status", Select)
        assert [value for _label, value in status._options] == [
            "draft", "final", "approved", "locked"
        ]  # fmt: skip
        approval = screen.query_one("#approval-line")
        assert status.value == "final" and not approval.has_class("shown")
        status.value = "approved"
        await pilot.pause()
        assert approval.has_class("shown")  # approved: when, and by whom
        await pilot.press("ctrl+s")  # no date: refused, said by the field
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        line = note(screen, "approved_on")
        said = str(line.render())  # by the form's label, not the record's field name
        assert line.has_class("shown") and said.startswith("Approved on: a record that is")
        assert screen.focused is screen.query_one("#approved_on", Input)
        await type_into(pilot, screen.query_one("#approved_on", Input), "31/2/2024")
        assert "February 2024 has 29 days" in str(line.render())  # parsed as the date is
        await type_into(pilot, screen.query_one("#approved_on", Input), "20/3/2024")
        await type_into(pilot, screen.query_one("#approved_by", Input), "Hội nghị BCH")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is not screen
    saved = record_of(tui_app, mid)
    assert saved.status == "approved"
    assert saved.approved_on is not None and saved.approved_on.iso() == "2024-03-20"
    assert saved.approved_by == "Hội nghị BCH"
    assert tui_app.book.history(mid)[-1].action == "approved"


async def test_the_store_s_refusals_show_in_one_line(tui_app: MinuteBookApp) -> None:
    draft = added(tui_app, "draft", title="Họp chi bộ")
    approved = added(tui_app, "final", "approved")
    async with tui_app.run_test(size=SIZE) as pilot:
        # A draft approved without being checked first.
        screen = await open_editor(tui_app, pilot, EditScreen(draft), [])
        screen.query_one("#status", Select).value = "approved"
        await type_into(pilot, screen.query_one("#approved_on", Input), "20/3/2024")
        await type_into(pilot, screen.query_one("#approved_by", Input), "Hội nghị BCH")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        status = screen.query_one("#edit-status", Static)
        said = str(status.render())
        assert status.has_class("error") and "is a draft" in said and "\n" not in said
        assert record_of(tui_app, draft).status == "draft"
        screen.query_one("#status", Select).value = "final"  # checked: final first
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert record_of(tui_app, draft).status == "final"
        # Approved minutes do not move back.
        screen = await open_editor(tui_app, pilot, EditScreen(approved), [])
        assert screen.query_one("#approval-line").has_class("shown")
        assert screen.query_one("#approved_by", Input).value == "Hội nghị Ban Chấp hành"
        screen.query_one("#status", Select).value = "final"
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        said = str(screen.query_one("#edit-status", Static).render())
        assert "cannot become final again" in said and "\n" not in said
        assert record_of(tui_app, approved).status == "approved"


async def test_locked_minutes_open_read_only_and_change_by_an_amendment(
    tui_app: MinuteBookApp,
) -> None:
    mid = added(tui_app, "final", "approved", "locked")
    before = record_of(tui_app, mid)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
        title = screen.query_one("#title", Input)
        assert title.disabled and screen.query_one("#notes", TextArea).disabled
        note = screen.query_one("#edit-status", Static)
        assert note.has_class("shown") and not note.has_class("error")
        assert "Locked minutes, read only" in str(note.render())
        await pilot.press("ctrl+s")  # asks for the reason; nothing is saved without one
        await settle(tui_app, pilot)
        dialog = tui_app.screen
        assert isinstance(dialog, AmendReasonDialog)
        await pilot.press("escape")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen and title.disabled
        await pilot.press("e")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, AmendReasonDialog)
        await pilot.press("enter")  # an empty reason is not one
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, AmendReasonDialog)
        await pilot.press(*"Sửa tên chủ trì", "enter")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        assert not title.disabled and screen.focused is title
        assert screen.query_one("#status", Select).disabled  # an amendment keeps the status
        assert "Amending: Sửa tên chủ trì" in str(screen.query_one("#edit-status").render())
        await type_into(pilot, title, "Hội nghị Ban Chấp hành (đính chính)")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is not screen
    after = record_of(tui_app, mid)
    assert (after.title, after.status) == ("Hội nghị Ban Chấp hành (đính chính)", "locked")
    assert after.version == (before.version or 0) + 1
    last = tui_app.book.history(mid)[-1]
    assert (last.action, last.note) == ("amended", "Sửa tên chủ trì")
