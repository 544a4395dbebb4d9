"""The form says what it means: a role is a visible choice with its key, an unticked box reads
unticked, a time's hint is never taken for a time; and the footer fits at 80×24 in both languages.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

from tests.helpers import every_meeting, meeting_id, pick, record_of, rows, settle
from tests.tui.test_tui_edit import SMALL, open_editor
from tui.app import MinuteBookApp, make_app
from tui.screens.edit import EditScreen
from tui.widgets.key_footer import KeyFooter
from tui.widgets.person_picker import ParticipantRow
from tui.widgets.tick_box import TICKED, UNTICKED, TickBox

SIZE = (80, 24)


def footer_keys(app: MinuteBookApp) -> dict[str, str]:
    """The footer's keys shown, key → description."""
    from textual.widgets._footer import FooterKey

    return {key.key: key.description for key in app.screen.query(FooterKey)}


async def test_a_new_persons_role_is_shown_and_changed_with_its_key(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_editor(tui_app, pilot, EditScreen(), [])
        screen.query_one("#title", Input).value = "Hội nghị thử"
        screen.query_one("#date", Input).value = "15/3/2024"
        await pick(tui_app, pilot, "khang", "enter")
        row: ParticipantRow = rows(screen, "participants")[0]
        assert "attendee" in str(row.role.render())  # shown in the row, not hidden
        row.title.focus()
        await settle(tui_app, pilot)
        assert footer_keys(tui_app).get("ctrl+o") == "Change role"  # its key, in the footer
        await pilot.press("ctrl+o")  # the chair, one press from an attendee
        assert row.role.value == "chair" and "chair" in str(row.role.render())
        await pilot.press("ctrl+o")
        assert row.role.value == "speaker" and "speaker" in str(row.role.render())
        await pilot.press("ctrl+o", "ctrl+o", "ctrl+o", "ctrl+o", "ctrl+o")  # on round
        assert row.role.value == "chair"
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is not screen
    saved = [r for r in every_meeting(tui_app) if r.title == "Hội nghị thử"]
    assert [(p.name, p.role) for p in saved[0].participants] == [("Nguyễn Đình Khang", "chair")]


async def test_an_unticked_box_shows_no_mark_and_a_ticked_one_does(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_editor(tui_app, pilot, EditScreen(), [])
        box = screen.query_one("#date_inferred", TickBox)
        assert not box.value and str(box.render()).startswith(UNTICKED)
        box.toggle()
        await settle(tui_app, pilot)
        assert box.value and str(box.render()).startswith(TICKED)


async def test_the_times_hints_are_not_times_and_are_not_saved(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        mid = meeting_id(tui_app, SMALL)
        screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
        for name in ("start_time", "end_time"):
            field = screen.query_one(f"#{name}", Input)
            assert field.value == "" and field.placeholder == "hh:mm"
            assert not any(c.isdigit() for c in field.placeholder)  # nothing reads as a time
        screen.query_one("#title", Input).value += " (sửa)"
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
    saved = record_of(tui_app, mid)
    assert saved.title.endswith("(sửa)")
    assert saved.start_time is None and saved.end_time is None


async def test_vietnamese_form_at_80_columns_uses_the_glossarys_words(
    sample_book: object, db: str, tmp_path: Any
) -> None:
    app = make_app(db, lang="vi", settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            screen = await open_editor(app, pilot, EditScreen(), [])
            labels = [str(label.render()) for label in screen.query("#clock-line Static")]
            assert labels == ["Giờ bắt đầu", "Giờ kết thúc"]
            end = screen.query_one("#end_time", Input)
            assert end.region.right <= SIZE[0] and end.placeholder == "giờ:phút"
            assert sum(key.size.width for key in screen.query(KeyFooter).first().children) <= 80
    finally:
        app.book.close()
