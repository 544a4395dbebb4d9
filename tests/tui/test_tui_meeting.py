"""The meeting screen, driven by Textual's Pilot on the sample book.

The edit and person screens belong to other parts of the interface: where this screen opens them
(through the app, which imports them when first asked), the tests put a stand-in module in their
place, so these tests check only what this screen does.
"""

from __future__ import annotations

import sys
import types

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Markdown, OptionList, Static
from textual.widgets.markdown import MarkdownBlock

import store
from tests.helpers import meeting_id, record_of, settle
from tui.app import MinuteBookApp
from tui.i18n import CATALOGS
from tui.screens.browse import BrowseScreen
from tui.screens.dialogs import ConfirmDialog
from tui.screens.meeting import MeetingScreen, ParticipantChooser
from tui.widgets.meeting_list import MeetingList

SIZE = (140, 40)
NQ02 = "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"
TB249 = "seed-003-hoi-nghi-quy-che-chinh-phu-tld-tb249-2024"


async def open_meeting(app: MinuteBookApp, pilot: Pilot[None], meeting: int) -> MeetingScreen:
    await settle(app, pilot)
    screen = MeetingScreen(meeting)
    app.push_screen(screen)
    await settle(app, pilot)
    assert app.screen is screen
    return screen


def facts(screen: MeetingScreen) -> str:
    return str(screen.query_one("#meeting-facts", Static).content)


def notes(screen: MeetingScreen) -> str:
    markdown = screen.query_one("#meeting-notes", Markdown)
    return "\n".join(str(block.content) for block in markdown.query(MarkdownBlock))


class StandIn(Screen[int | None]):
    """Takes the place of another helper's screen: remembers how it was opened."""

    opened: list[tuple[object, ...]] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__()
        StandIn.opened.append((*args, *kwargs.values()))


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    StandIn.opened = []
    for name, cls in (("edit", "EditScreen"), ("person", "PersonScreen")):
        module = types.ModuleType(f"tui.screens.{name}")
        setattr(module, cls, StandIn)
        monkeypatch.setitem(sys.modules, f"tui.screens.{name}", module)
    return StandIn.opened


async def test_shows_the_whole_record(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(tui_app, pilot, meeting_id(tui_app, NQ02))
        shown = facts(screen)
        assert "Chaired by\n  Bùi Thị Minh Hoài — Bí thư Trung ương Đảng" in shown
        assert "Nguyễn Đình Khang — Ủy viên Ban Chấp hành Trung ương Đảng" in shown
        assert "Spoke\n  Ngọ Duy Hiểu — Phó Chủ tịch Tổng LĐLĐ Việt Nam" in shown
        assert "[conclusion, open] Ghi nhận, đánh giá cao sự chủ động" in shown
        # A document's date follows it, as in the CLI's `show` (store.as_rich_text).
        assert "Công văn 565-CV/ĐĐTLĐ  (13/08/2021)" in shown
        body = notes(screen)
        assert "Chủ trì: các đồng chí Bùi Thị Minh Hoài và Nguyễn Đình Khang." in body
        assert "Ngày tháng:" in body and "**" not in body  # rendered, not shown as source
        assert screen.query_one("#notes-heading").display
        assert screen.focused is screen.query_one("#meeting-body")
        await pilot.press("escape")
        assert isinstance(tui_app.screen, BrowseScreen)


async def test_user_text_is_shown_literally(tui_app: MinuteBookApp) -> None:
    record = store.MeetingRecord(
        title="[bold]Họp[/] \x1b[2J",
        date="2024-03-15",
        participants=[{"name": "Lê Văn A", "role": "chair", "title": "[i]Bí thư[/i] \x1b[1m"}],
        notes="Ghi [bold]chú[/] \x1b[31m và *nhấn*",
    )
    new_id = tui_app.book.add(record)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(tui_app, pilot, new_id)
        shown = facts(screen)
        assert shown.startswith(f"#{screen.meeting_id}  [bold]Họp[/] \\x1b[2J")
        assert "Lê Văn A — [i]Bí thư[/i] \\x1b[1m" in shown
        body = notes(screen)
        assert "Ghi [bold]chú[/] \\x1b[31m và nhấn" in body
        assert "\x1b" not in shown + body


async def test_delete_asks_then_deletes_and_undo_restores(tui_app: MinuteBookApp) -> None:
    before = record_of(tui_app, TB249)
    meeting = meeting_id(tui_app, TB249)
    async with tui_app.run_test(size=SIZE) as pilot:
        await open_meeting(tui_app, pilot, meeting)
        await pilot.press("x")
        assert isinstance(tui_app.screen, ConfirmDialog)
        await pilot.press("n")  # no: nothing happens
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, MeetingScreen)
        assert record_of(tui_app, TB249) == before
        await pilot.press("delete")
        await pilot.press("y")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, BrowseScreen)
        with pytest.raises(store.NotFound):
            tui_app.book.resolve(TB249)
        assert [(n, r.uid) for n, r in tui_app.deleted] == [(meeting, TB249)]
        tui_app.undo_delete()
        await settle(tui_app, pilot)
        assert record_of(tui_app, TB249).to_json() == before.to_json()
        assert meeting_id(tui_app, TB249) == meeting  # the same number as before
        assert tui_app.deleted == []


async def test_copy_as_markdown(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await open_meeting(tui_app, pilot, meeting_id(tui_app, TB249))
        assert tui_app.clipboard == ""
        await pilot.press("c")
        text = tui_app.clipboard
        assert text.startswith("# Hội nghị đánh giá kết quả thực hiện Quy chế")
        assert "249/TB-VPCP" in text
        assert "## Decisions" in text


def test_the_markdown_labels_have_vietnamese() -> None:
    assert [label for label in store.LABELS if label not in CATALOGS["vi"]] == []


async def test_copy_as_markdown_in_vietnamese(tui_app: MinuteBookApp) -> None:
    from tui.i18n import set_language

    set_language("vi")
    try:
        async with tui_app.run_test(size=SIZE) as pilot:
            await open_meeting(tui_app, pilot, meeting_id(tui_app, TB249))
            await pilot.press("c")
            assert f"## {CATALOGS['vi']['Decisions']}" in tui_app.clipboard
    finally:
        set_language("en")


async def test_jump_to_a_person_through_the_picker(
    tui_app: MinuteBookApp, stand_ins: list[tuple[object, ...]]
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await open_meeting(tui_app, pilot, meeting_id(tui_app, NQ02))
        await pilot.press("p")
        assert isinstance(tui_app.screen, ParticipantChooser)
        options = tui_app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        # Distinct people, each with every role they had.
        assert prompts[1] == "Nguyễn Đình Khang  chair, speaker"
        assert len(prompts) == 5
        await pilot.press("down", "enter")
        await settle(tui_app, pilot)
        assert stand_ins == [(tui_app.book.find_person("Nguyễn Đình Khang"),)]
        assert isinstance(tui_app.screen, StandIn)


async def test_edit_reloads_and_new_from_this_meeting_opens_a_template(
    tui_app: MinuteBookApp, stand_ins: list[tuple[object, ...]]
) -> None:
    meeting = meeting_id(tui_app, NQ02)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(tui_app, pilot, meeting)
        browse_list = tui_app.screen_stack[-2].query_one(MeetingList)
        assert browse_list.current_id != meeting
        await pilot.press("e")
        assert stand_ins == [(meeting,)]
        # What the edit screen does: save a change, then dismiss with the id.
        edited = record_of(tui_app, NQ02).model_copy(update={"title": "Buổi làm việc (đã sửa)"})
        tui_app.book.save(meeting, edited, expected_version=None)
        tui_app.screen.dismiss(meeting)
        await settle(tui_app, pilot)
        assert tui_app.screen is screen
        assert facts(screen).startswith(f"#{meeting}  Buổi làm việc (đã sửa)")  # its number first
        assert browse_list.current_id == meeting  # the home list followed the edit

        await pilot.press("r")
        (template,) = stand_ins[1]  # a new meeting: no number, only the template
        assert isinstance(template, store.MeetingRecord)
        assert template.decisions == [] and template.notes is None and template.uid is None
        assert [p.name for p in template.participants if p.role == "chair"] == [
            "Bùi Thị Minh Hoài",
            "Nguyễn Đình Khang",
        ]
        new_id = tui_app.book.add(template)
        tui_app.screen.dismiss(new_id)
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, MeetingScreen)
        assert tui_app.screen.meeting_id == new_id  # the new meeting is shown
        assert browse_list.current_id == new_id


async def test_a_meeting_deleted_elsewhere_says_so_and_goes_back(tui_app: MinuteBookApp) -> None:
    meeting = meeting_id(tui_app, NQ02)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(tui_app, pilot, meeting)
        tui_app.book.delete(meeting)
        screen.load()
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, BrowseScreen)
        messages = [n.message for n in tui_app._notifications]
        assert "This meeting is no longer in the book." in messages


async def test_the_record_says_where_it_stands(tui_app: MinuteBookApp) -> None:
    """A draft to review, approved minutes (on a date, by whom), locked minutes."""
    draft = store.validate_record({"title": "Họp dự thảo", "date": "2024-04-02", "status": "draft"})
    assert isinstance(draft, store.MeetingRecord)
    draft_id = tui_app.book.add(draft)
    approved, locked = meeting_id(tui_app, NQ02), meeting_id(tui_app, TB249)
    approval = store.MeetingChanges(
        status="approved", approved_on="20/03/2024", approved_by="Hội nghị [b]BCH[/b]"
    )
    tui_app.book.edit(str(approved), approval)
    tui_app.book.edit(str(locked), approval)
    tui_app.book.edit(str(locked), store.MeetingChanges(status="locked"))
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(tui_app, pilot, draft_id)
        assert facts(screen).splitlines()[1].startswith("Status: draft to review")
        screen = await open_meeting(tui_app, pilot, approved)
        lines = facts(screen).splitlines()
        assert "Approved on 20/03/2024 by Hội nghị [b]BCH[/b]" in lines[1:3]  # literal
        assert sum("Approved on" in line for line in lines) == 1  # said once
        screen = await open_meeting(tui_app, pilot, locked)
        shown = facts(screen)
        assert "Locked · Approved on 20/03/2024 by Hội nghị [b]BCH[/b]" in shown
        assert "changed only by an amendment with a reason" in shown
        plain_final = await open_meeting(
            tui_app, pilot, meeting_id(tui_app, "seed-000-ky-ket-quy-che-dukdn-tld-2022")
        )
        assert "Status" not in facts(plain_final) and "Approved" not in facts(plain_final)


async def test_the_delete_dialog_names_the_meeting(tui_app: MinuteBookApp) -> None:
    meeting = meeting_id(tui_app, TB249)
    title = record_of(tui_app, TB249).title
    async with tui_app.run_test(size=SIZE) as pilot:
        await open_meeting(tui_app, pilot, meeting)
        await pilot.press("x")
        dialog = tui_app.screen
        assert isinstance(dialog, ConfirmDialog)
        question = str(dialog.query_one(Static).content)
        assert question.startswith(f"Delete meeting #{meeting}: {title}?")
        assert "Trash screen (t)" in question
        assert dialog.focused is dialog.query_one("#no")
        await pilot.press("y")
        await settle(tui_app, pilot)
        assert [entry.meeting_id for entry in tui_app.book.trash()] == [meeting]


async def test_locked_minutes_are_not_deleted_from_their_screen(tui_app: MinuteBookApp) -> None:
    meeting = meeting_id(tui_app, TB249)
    approval = store.MeetingChanges(
        status="approved", approved_on="20/03/2024", approved_by="Hội nghị BCH"
    )
    tui_app.book.edit(str(meeting), approval)
    tui_app.book.edit(str(meeting), store.MeetingChanges(status="locked"))
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(tui_app, pilot, meeting)
        assert "Locked · Approved on 20/03/2024 by Hội nghị BCH ·" in facts(screen)
        await pilot.press("x", "y")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen  # still shown: nothing was deleted
        errors = [str(n.message) for n in tui_app._notifications if n.severity == "error"]
        assert len(errors) == 1 and "locked" in errors[0] and "\n" not in errors[0]
        assert tui_app.book.trash() == [] and tui_app.deleted == []
