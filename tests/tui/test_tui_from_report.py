"""New meeting from a report, in the minute book's screens (Textual Pilot on the sample book).

The flow a secretary follows: `R` on the home screen, paste a report (or give its file), read it;
the edit form opens filled with the draft, what the extractor guessed marked and what to check
listed; nothing is in the book until the form is saved, and leaving saves nothing. Asserted on
the database as well as on the screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static, TextArea

import store
from tests.helpers import every_meeting, settle, until
from tui.app import MinuteBookApp, make_app
from tui.i18n import _, set_language
from tui.screens.dialogs import ConfirmDialog
from tui.screens.from_report import DraftEditScreen, ReportDialog
from tui.screens.meeting import MeetingScreen
from tui.widgets.decision_editor import RowList
from tui.widgets.draft_checks import DraftChecks
from tui.widgets.meeting_list import MeetingList
from tui.widgets.meeting_view import meeting_text

SIZE = (140, 45)
SEED = Path(__file__).resolve().parents[1] / "extract_devset" / "seed_000_4569702ef73f134e.txt"
SEED_002 = SEED.parent / "seed_002_107dd93cdbd04994.txt"  # names longer than their column
TITLE = "Hội nghị ký kết Quy chế phối hợp giữa hai cơ quan giai đoạn 2022-2025"


def meetings(app: MinuteBookApp) -> dict[str, store.MeetingRecord]:
    return {record.title: record for record in every_meeting(app)}


async def draft_from_paste(
    app: MinuteBookApp, pilot: Pilot[Any], text: str | None = None
) -> DraftEditScreen:
    """The draft of `text` (the seed report if None) pasted into the report dialog."""
    await settle(app, pilot)
    await pilot.press("R")
    await settle(app, pilot)
    dialog = app.screen
    assert isinstance(dialog, ReportDialog)
    pasted = SEED.read_text(encoding="utf-8") if text is None else text
    dialog.query_one("#report-text", TextArea).text = pasted
    await pilot.press("ctrl+s")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, DraftEditScreen)
    return screen


async def test_a_pasted_report_fills_the_form_and_is_saved_as_a_draft(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        before = meetings(tui_app)
        screen = await draft_from_paste(tui_app, pilot)
        assert screen.query_one("#title", Input).value == TITLE
        assert screen.query_one("#date", Input).value == "30/05/2022"
        assert screen.query_one("#location", Input).value == "Hà Nội"
        assert screen.query_one("#part_of_day", Select).value == "afternoon"
        assert screen.query_one("#status", Select).value == "draft"
        assert screen.query_one("#status-hint").has_class("shown")  # "a draft waits for review"
        people = [row.to_raw() for row in screen.query_one("#participants", RowList).rows()]
        assert {"name": "Nguyễn Đình Khang", "role": "speaker"}.items() <= people[4].items()
        # Guessed: the year (flagged) and the people (no chair named); read surely: the place.
        assert screen.query_one("#date", Input).has_class("guessed")
        assert screen.query_one("#participants-section").has_class("guessed")
        assert not screen.query_one("#location", Input).has_class("guessed")
        flags = str(screen.query_one("#draft-flags", Static).content)
        assert "To check (" in flags and "the report names nobody who chaired" in flags
        assert meetings(tui_app) == before  # nothing saved yet
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        saved = meetings(tui_app)
        assert set(saved) - set(before) == {TITLE}
        assert saved[TITLE].status == "draft"
        assert saved[TITLE].date.iso() == "2022-05-30" and saved[TITLE].date_inferred
        # The list and the meeting show it is a draft.
        browse = tui_app.screen.query_one(MeetingList)
        row = browse.summary(browse.cursor)
        assert row is not None and row.title == TITLE and row.status == "draft"
        assert "[draft] " + TITLE[:20] in str(
            browse.render_line(browse.cursor - browse.scroll_offset.y).text
        )
        assert "Status: draft" in meeting_text(saved[TITLE]).plain


async def test_a_reviewed_draft_is_marked_final_in_the_edit_form(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await draft_from_paste(tui_app, pilot)
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        meeting_id = tui_app.screen.query_one(MeetingList).current_id
        assert meeting_id is not None
        await tui_app.push_screen(MeetingScreen(meeting_id))
        await settle(tui_app, pilot)
        await pilot.press("e")
        await settle(tui_app, pilot)
        form = tui_app.screen
        assert form is not screen and form.query_one("#status-hint").has_class("shown")
        form.query_one("#status", Select).value = "final"
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert meetings(tui_app)[TITLE].status == "final"


async def test_leaving_the_draft_saves_nothing(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        before = meetings(tui_app)
        await draft_from_paste(tui_app, pilot)
        await pilot.press("escape")  # the draft is unsaved work: asked first
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(tui_app, pilot)
        assert not isinstance(tui_app.screen, DraftEditScreen)
        assert meetings(tui_app) == before


async def test_a_report_file_that_cannot_be_read_is_said_in_the_dialog(
    tui_app: MinuteBookApp, tmp_path: Path
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        await pilot.press("R")
        await settle(tui_app, pilot)
        dialog = tui_app.screen
        assert isinstance(dialog, ReportDialog)
        dialog.query_one("#report-path", Input).value = str(tmp_path / "khong-co.txt")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is dialog
        error = str(dialog.query_one("#report-error", Static).render())
        assert "khong-co.txt: cannot read it" in error
        (tmp_path / "trong.txt").write_text("\n")
        dialog.query_one("#report-path", Input).value = str(tmp_path / "trong.txt")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is dialog  # no draft of nothing
        error = str(dialog.query_one("#report-error", Static).render())
        assert "trong.txt: empty" in error
        dialog.query_one("#report-path", Input).value = str(SEED)
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, DraftEditScreen)
        assert tui_app.screen.query_one("#source", Input).value == SEED.name
        await pilot.press("escape")
        await settle(tui_app, pilot)
        await pilot.press("escape")  # the question: no, keep editing
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, DraftEditScreen)


async def test_quitting_asks_while_a_report_or_its_draft_is_unsaved(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        await pilot.press("R")
        await settle(tui_app, pilot)
        dialog = tui_app.screen
        assert isinstance(dialog, ReportDialog)
        assert dialog.unsaved_work() is None  # nothing pasted: nothing to lose
        dialog.query_one("#report-text", TextArea).text = SEED.read_text(encoding="utf-8")
        await pilot.press("ctrl+q")
        await settle(tui_app, pilot)
        asked = tui_app.screen
        assert isinstance(asked, ConfirmDialog)
        assert "the report you pasted, not read yet" in str(asked.query_one(Static).render())
        await pilot.press("n")
        await settle(tui_app, pilot)
        assert tui_app.screen is dialog  # still there, the text with it
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert isinstance(tui_app.screen, DraftEditScreen)
        await pilot.press("ctrl+q")  # the draft, untouched, is unsaved work too
        await settle(tui_app, pilot)
        asked = tui_app.screen
        assert isinstance(asked, ConfirmDialog)
        assert f"the draft from a report “{TITLE[:50]}" in str(asked.query_one(Static).render())
        await pilot.press("y")
        await until(pilot, lambda: not tui_app.is_running, what="the app to end")


async def test_a_decisions_owner_and_deadline_show_tinted_in_the_draft_form(
    tui_app: MinuteBookApp,
) -> None:
    """The owner and the deadline a report gives a decision fill its row, marked as read by rule."""
    from tui.widgets.decision_editor import DecisionRow

    report = (
        "Sáng 5/9/2024, tại Đà Lạt, Ban Thường vụ Công đoàn ngành Y tế tỉnh họp phiên thường kỳ."
        "\n\nKết luận phiên họp, đồng chí Đặng Văn Lực giao Văn phòng tổng hợp ý kiến, báo cáo "
        "trước ngày 30/9/2024."
    )
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await draft_from_paste(tui_app, pilot, report)
        (row,) = screen.query(DecisionRow)
        assert row.responsible.value == "Văn phòng" and row.due.value == "30/09/2024"
        assert row.responsible.has_class("guessed") and row.due.has_class("guessed")
        flags = str(screen.query_one("#draft-flags", Static).content)
        assert "Who carries out each decision and by when" in flags


async def test_at_80x24_the_points_to_check_fold_to_two_rows_and_the_fields_show(
    tui_app: MinuteBookApp,
) -> None:
    """Whole, the points took 7 of 24 rows and pushed the fields off the screen; folded they take
    two, the fields show, and f2 (said in the block and the footer) or a click shows every one."""
    async with tui_app.run_test(size=(80, 24)) as pilot:
        screen = await draft_from_paste(tui_app, pilot)
        checks = screen.query_one("#draft-flags", DraftChecks)
        points = store.flag_lines(screen.draft.flags)
        assert len(points) >= 2 and set(points) <= set(checks.points)  # a twin's first
        assert checks.region.height == 2
        said = str(checks.content)
        assert f"To check ({len(checks.points)}), f2 shows them" in said
        footer = [key.description for key in screen.query("FooterKey")]  # type: ignore[attr-defined]
        assert "To check" in footer
        bottom = screen.region.bottom - 1  # the footer's row
        for field in ("#title", "#kind", "#date", "#location"):
            region = screen.query_one(field).region
            assert region.y > 0 and region.bottom <= bottom, (field, region)
        await pilot.press("f2")
        await settle(tui_app, pilot)
        said = str(checks.content)
        assert all(point in said for point in checks.points)
        assert checks.region.height >= len(checks.points) + 2
        await pilot.press("f2")
        await settle(tui_app, pilot)
        assert checks.region.height == 2
        await pilot.click("#draft-flags")
        await settle(tui_app, pilot)
        assert checks.region.height >= len(checks.points) + 2
        await tui_app.run_action("app.quit")  # the draft asks before it goes: answered
        await pilot.press("y")


async def test_a_person_the_draft_gives_two_roles_is_a_point_to_check(
    tui_app: MinuteBookApp,
) -> None:
    """Two rows of the form are one person: the points say so, in the words `extract` uses."""
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await draft_from_paste(tui_app, pilot)
        checks = screen.query_one("#draft-flags", DraftChecks)
        said = store.roles_lines(screen.draft)
        assert any(line.startswith("Nguyễn Đình Khang is one person in 2 roles") for line in said)
        assert all(line in checks.points for line in said)
        await pilot.press("escape")
        await pilot.press("y")


async def test_a_tall_terminal_shows_every_point_to_check_from_the_start(
    tui_app: MinuteBookApp,
) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await draft_from_paste(tui_app, pilot)
        checks = screen.query_one("#draft-flags", DraftChecks)
        said = str(checks.content)
        assert "f2 folds them" in said and all(point in said for point in checks.points)
        await pilot.press("f2")
        await settle(tui_app, pilot)
        assert checks.region.height == 2
        await pilot.resize_terminal(80, 24)  # chosen by the person: the size no longer decides
        await pilot.resize_terminal(*SIZE)
        await settle(tui_app, pilot)
        assert checks.region.height == 2


async def draft_from_file(app: MinuteBookApp, pilot: Pilot[Any], path: Path) -> DraftEditScreen:
    """The draft of the report file at `path`, given on the dialog's File line."""
    await settle(app, pilot)
    await pilot.press("R")
    await settle(app, pilot)
    assert isinstance(app.screen, ReportDialog)
    app.screen.query_one("#report-path", Input).value = str(path)
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(app.screen, DraftEditScreen), what="the draft form")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, DraftEditScreen)
    return screen


async def test_at_80x24_a_name_cut_to_its_column_ends_in_an_ellipsis(
    tui_app: MinuteBookApp,
) -> None:
    """The row of "Nguyễn Tất Hoài Hiệp" read "Nguyễn Tất Hoài": another, believable name. Cut,
    a name ends in …, resting and open alike."""
    from tui.widgets.person_picker import ParticipantRow

    name = "Nguyễn Tất Hoài Hiệp"
    async with tui_app.run_test(size=(80, 24)) as pilot:
        screen = await draft_from_file(tui_app, pilot, SEED_002)
        (row,) = [row for row in screen.query(ParticipantRow) if row.person_name == name]
        assert not row.is_open
        shown = row.render_line(0).text.split("◂")[0].strip()
        assert shown != name and shown.endswith("…") and name.startswith(shown[:-1])
        row.first_field().focus()
        await settle(tui_app, pilot)
        assert row.is_open
        assert str(row.name_label.render()).strip() == shown  # open, drawn the same
        await tui_app.run_action("app.quit")  # the draft asks before it goes: answered
        await pilot.press("y")


@pytest.mark.parametrize("lang", ["en", "vi"])
async def test_at_80_columns_the_draft_status_hint_is_whole(
    sample_book: object, db: str, tmp_path: Path, lang: str
) -> None:
    """ "A draft waits for review: choose fi" (vi "…chọn chính"): the hint wraps, whole."""
    app = make_app(db, lang=lang, settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await draft_from_file(app, pilot, SEED_002)
            hint = screen.query_one("#status-hint", Static)
            lines = [strip.text.rstrip() for strip in hint.render_lines(hint.region.reset_offset)]
            said = _("A draft waits for review: choose final once it is checked.")
            assert " ".join(line.strip() for line in lines if line.strip()) == said
            assert hint.region.right <= screen.region.right
            await app.run_action("app.quit")
            await pilot.press("y")
    finally:
        set_language("en")
        app.book.close()


async def drafted_twice(app: MinuteBookApp, pilot: Pilot[Any]) -> tuple[DraftChecks, str]:
    """SEED_002 drafted and saved, then drafted again: the second form's points to check, and
    the first draft's meeting as the form would name it."""
    first = await draft_from_file(app, pilot, SEED_002)
    assert not any("#6" in point for point in first.query_one(DraftChecks).points)
    await pilot.press("ctrl+s")
    await settle(app, pilot)
    saved = app.book.meeting(6)
    assert saved.status == "draft" and len(every_meeting(app)) == 6
    second = await draft_from_file(app, pilot, SEED_002)
    checks = second.query_one(DraftChecks)
    await until(pilot, lambda: "#6" in checks.points[0], what="the point naming meeting #6")
    return checks, f"#6, 20/01/2022 chiều, “{saved.title}”"


async def test_a_report_of_a_meeting_recorded_by_hand_names_it_as_perhaps_the_same(
    tui_app: MinuteBookApp,
) -> None:
    """Seed 002 is the sample book's meeting #3, recorded by hand: its title spells out "Liên
    đoàn Lao động … Nghệ An" where the report writes "LĐLĐ tỉnh", and the report gives no place,
    so the import's exact test does not find it; the form names it as perhaps the same."""
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await draft_from_file(tui_app, pilot, SEED_002)
        checks = screen.query_one(DraftChecks)
        await until(pilot, lambda: "#3" in checks.points[0], what="the point naming meeting #3")
        assert checks.points[0].startswith("Perhaps already in the book: meeting #3, 20/01/2022")
        assert checks.points[0].endswith("(the same day, a title much alike).")
        await tui_app.run_action("app.quit")  # the draft asks before it goes: answered
        await pilot.press("y")


async def test_a_report_drafted_again_says_the_meeting_is_already_in_the_book(
    tui_app: MinuteBookApp,
) -> None:
    """`R` on one report twice, the first saved: the second form said nothing until its save
    was refused, while `import --from-report` tells the same case apart. The form now asks the
    store as the import does (`Book.same_meeting`) and names that meeting first, where the
    folded block at 80×24 shows it."""
    async with tui_app.run_test(size=(80, 24)) as pilot:
        checks, named = await drafted_twice(tui_app, pilot)
        assert checks.points[0] == (
            f"Likely already in the book: meeting {named} (the same date, title and place)."
        )
        await settle(tui_app, pilot)
        folded = str(checks.content).splitlines()[1]
        assert "f2 shows them: Likely already in the book: meeting #6" in folded
        await tui_app.run_action("app.quit")  # the draft asks before it goes: answered
        await pilot.press("y")


async def test_the_meeting_already_in_the_book_is_said_in_vietnamese(
    vi_app: MinuteBookApp,
) -> None:
    async with vi_app.run_test(size=SIZE) as pilot:
        checks, named = await drafted_twice(vi_app, pilot)
        assert checks.points[0] == (
            f"Có thể đã có trong sổ: cuộc họp {named} (cùng ngày, tên và địa điểm)."
        )
        await vi_app.run_action("app.quit")
        await pilot.press("y")


async def test_minutes_that_say_they_were_approved_mark_the_status_to_check(
    tui_app: MinuteBookApp,
) -> None:
    """A Biên bản read back and agreed is still a draft here; its status is marked for the
    person to set once they have checked it, and the point to check says so."""
    minutes = (
        "CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC KIM ĐỒNG\nBIÊN BẢN HỌP BAN CHẤP HÀNH\n"
        "Thời gian: 14 giờ ngày 09/10/2025\nĐịa điểm: Phòng hội đồng\n"
        "Chủ trì: đồng chí Trịnh Thị Lụa - Chủ tịch CĐCS\n"
        "Kết luận: Thống nhất tổ chức hội thao ngày 20/10.\n"
        "Biên bản đã được đọc lại cho các thành viên cùng nghe và nhất trí thông qua.\n"
    )
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await draft_from_paste(tui_app, pilot, minutes)
        assert screen.query_one("#status").has_class("guessed")
        label = screen.query_one("#status-line").query(".field-label").first(Static)
        assert str(label.content) == "Status ?"
        await pilot.press("f2")
        await settle(tui_app, pilot)
        assert "the minutes say they were approved" in str(screen.query_one("#draft-flags").content)
