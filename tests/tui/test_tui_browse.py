"""The browse screen, driven by Textual's Pilot on the sample book."""

from __future__ import annotations

import ast
import io
import re
from pathlib import Path

from rich.console import Console
from textual.widgets import Input, Static

import store
from tests.helpers import count_meetings, record_of, searched, settle, until
from tui.app import MinuteBookApp, make_app
from tui.i18n import CATALOGS
from tui.screens.browse import BrowseScreen
from tui.screens.help import HelpScreen
from tui.widgets.meeting_list import MeetingList
from tui.widgets.record_preview import RecordPreview

ROOT = Path(__file__).resolve().parents[2]
SIZE = (140, 40)


def uids(app: MinuteBookApp) -> list[str]:
    ids = app.screen.query_one(MeetingList).ids
    return [summary.uid or "" for summary in app.book.summaries(ids)]


async def test_opens_on_every_meeting_newest_first(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await tui_app.workers.wait_for_complete()
        await pilot.pause()
        assert uids(tui_app)[0] == "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"
        assert len(uids(tui_app)) == 5
        assert tui_app.screen.focused is tui_app.screen.query_one(MeetingList)


async def test_typing_filters_as_you_type(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert isinstance(tui_app.screen.focused, Input)
        await pilot.press(*"khang")
        await searched(tui_app, pilot, "khang")
        assert set(uids(tui_app)) == {
            "seed-000-ky-ket-quy-che-dukdn-tld-2022",
            "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022",
            "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024",
        }
        await pilot.press("escape")
        assert tui_app.screen.focused is tui_app.screen.query_one(MeetingList)


async def test_down_in_the_search_box_goes_to_the_first_result(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        meetings = tui_app.screen.query_one(MeetingList)
        await pilot.press("down", "down")  # on the list, ↓ moves the cursor as before
        assert (tui_app.screen.focused, meetings.cursor) == (meetings, 2)
        await pilot.press("slash")
        assert isinstance(tui_app.screen.focused, Input)
        await pilot.press("down")
        assert (tui_app.screen.focused, meetings.cursor) == (meetings, 0)
        await pilot.press("slash", *"khang")
        await searched(tui_app, pilot, "khang")
        await pilot.press("down")
        assert (tui_app.screen.focused, meetings.cursor) == (meetings, 0)
        await pilot.press("down")  # and on into the list
        assert meetings.cursor == 1
        assert tui_app.screen.query_one("#search", Input).value == "khang"
        await pilot.press("slash", "f1")  # the keys of the box: ↓ among them
        assert isinstance(tui_app.screen, HelpScreen)
        console = Console(width=120, record=True, file=io.StringIO(), color_system=None)
        console.print(tui_app.screen.query(Static)[1].content)
        listed = console.export_text()
        assert re.search(r"↓ +To the list +browse\.to_list", listed), listed
        assert re.search(r"esc +Leave search +browse\.leave", listed), listed


async def test_a_bad_query_is_shown_not_raised(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        # Pasted in one go: typed key by key, its own first letters would be searches too.
        tui_app.screen.query_one("#search", Input).value = "date:31/02/2024"
        status = tui_app.screen.query_one("#search-status", Static)
        await until(pilot, lambda: status.has_class("error"), what="the query's error")
        await settle(tui_app, pilot)
        assert len(uids(tui_app)) == 5  # the last good result stays


async def test_moving_the_cursor_previews_the_meeting(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await searched(tui_app, pilot, "")
        await pilot.press("down")
        screen = tui_app.screen
        assert isinstance(screen, BrowseScreen)
        current = screen.query_one(MeetingList).current_id
        await until(pilot, lambda: screen.previewed == current, what="the preview to follow")
        preview = screen.query_one(RecordPreview).render_text()
        assert "Hội nghị đánh giá kết quả" in preview


def _said(node: ast.AST) -> list[str]:
    """The literal English texts a call says: `_("...")`, or both forms of `plural(n, ...)`."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return []
    # plural(count, one, other): the catalog's (a two-argument plural is not).
    texts = {"_": node.args[:1], "plural": node.args[1:3] if len(node.args) >= 3 else []}
    texts = texts.get(node.func.id, [])
    return [t.value for t in texts if isinstance(t, ast.Constant) and isinstance(t.value, str)]


def test_every_interface_string_has_a_vietnamese_entry() -> None:
    missing = []
    folders = ("tui", "commands", "store")
    paths = [ROOT / "cli.py", *(p for d in folders for p in (ROOT / d).rglob("*.py"))]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            missing.extend(
                f"{path.name}: {text!r}" for text in _said(node) if text not in CATALOGS["vi"]
            )
    assert missing == []


def test_every_word_of_a_meeting_has_a_vietnamese_entry() -> None:
    # Said through `_` without a literal (`say=_`, `_(role)`), so the test above cannot see them.
    words = [
        *store.LABELS, *store.ROLES, *store.DECISION_KINDS, *store.DECISION_STATUSES,
        *store.MEETING_STATUSES, *store.PARTS_OF_DAY, *store.ROLE_HEADINGS.values(),
    ]  # fmt: skip
    assert [word for word in words if word not in CATALOGS["vi"]] == []


async def test_delete_asks_then_undo_restores_for_the_session(tui_app: MinuteBookApp) -> None:
    from tui.screens.dialogs import ConfirmDialog

    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        before = record_of(tui_app, tui_app.screen.query_one(MeetingList).ids[0])
        await pilot.press("delete")
        assert isinstance(tui_app.screen, ConfirmDialog)
        await pilot.press("n")  # no: nothing happens
        await settle(tui_app, pilot)
        assert len(uids(tui_app)) == 5
        await pilot.press("delete", "y")
        await settle(tui_app, pilot)
        assert before.uid not in uids(tui_app)
        assert count_meetings(tui_app) == 4
        await pilot.press("u")
        await settle(tui_app, pilot)
        assert uids(tui_app)[0] == before.uid
        assert record_of(tui_app, before.uid or "").to_json() == before.to_json()


async def test_the_arrows_move_between_a_questions_buttons(tui_app: MinuteBookApp) -> None:
    """→ and ← go from Keep to Delete and back (a newcomer tried them before Tab); Enter presses
    the one with the focus."""
    from textual.widgets import Button

    from tui.screens.dialogs import ConfirmDialog

    async with tui_app.run_test(size=SIZE) as pilot:
        await settle(tui_app, pilot)
        await pilot.press("delete")
        dialog = tui_app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert isinstance(dialog.focused, Button) and dialog.focused.id == "no"
        await pilot.press("right")
        assert dialog.focused is not None and dialog.focused.id == "yes"
        await pilot.press("left")
        assert dialog.focused is not None and dialog.focused.id == "no"
        await pilot.press("enter")  # Keep
        await settle(tui_app, pilot)
        assert count_meetings(tui_app) == 5


async def test_user_text_is_shown_literally(tui_app: MinuteBookApp) -> None:
    record = store.validate_record({"title": "[bold]Họp[/] \x1b[2J", "date": "2030"})
    assert isinstance(record, store.MeetingRecord)
    new_id = tui_app.book.add(record)
    async with tui_app.run_test(size=SIZE) as pilot:
        await searched(tui_app, pilot, "")
        screen = tui_app.screen
        assert isinstance(screen, BrowseScreen)
        await until(pilot, lambda: screen.previewed == new_id, what="the preview")
        line = tui_app.screen.query_one(MeetingList).render_line(0).text
        assert "[bold]Họp[/]" in line and "\x1b" not in line and "\\x1b" in line
        preview = tui_app.screen.query_one(RecordPreview).render_text()
        assert "[bold]Họp[/]" in preview and "\x1b" not in preview


async def test_the_theme_is_remembered(sample_book: object, db: str, tmp_path: Path) -> None:
    from tui.app import make_app

    folder = tmp_path / "config"
    first = make_app(db, lang="en", settings_folder=folder)
    async with first.run_test(size=SIZE) as pilot:
        first.theme = "textual-light"
        await pilot.pause()
    first.book.close()
    second = make_app(db, lang="en", settings_folder=folder)
    async with second.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert second.theme == "textual-light"
    second.book.close()


async def test_a_user_keymap_rebinds_by_id(sample_book: object, db: str, tmp_path: Path) -> None:
    from tui.app import make_app
    from tui.screens.edit import EditScreen

    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "keymap.toml").write_text('[keys]\n"browse.new" = "f2"\n', encoding="utf-8")
    app = make_app(db, lang="en", settings_folder=folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("n")  # the old key no longer opens it
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen)
    app.book.close()


async def test_a_broken_keymap_is_reported_not_fatal(
    sample_book: object, db: str, tmp_path: Path
) -> None:
    from tui.app import make_app

    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "keymap.toml").write_text("[keys\n", encoding="utf-8")
    app = make_app(db, lang="en", settings_folder=folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert any("keymap.toml" in str(n.message) for n in app._notifications)
    app.book.close()


def test_widget_and_screen_names_are_unique() -> None:
    # Textual CSS selects by class name: two classes called the same share each other's styles
    # (a picker's list was once hidden by another picker's rule).
    import importlib
    import inspect

    from textual.dom import DOMNode

    seen: dict[str, str] = {}
    for path in sorted((ROOT / "tui").rglob("*.py")):
        module = importlib.import_module(
            ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        )
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, DOMNode):
                if value.__module__ != module.__name__:
                    continue
                assert name not in seen, f"{name} in {module.__name__} and {seen[name]}"
                seen[name] = module.__name__


def test_one_english_text_has_one_vietnamese_translation() -> None:
    from store.i18n import vi_browse, vi_edit, vi_keeping, vi_meeting, vi_people

    seen: dict[str, str] = {}
    for part in (vi_browse, vi_meeting, vi_edit, vi_people, vi_keeping):
        for english, vietnamese in part.MESSAGES.items():
            assert seen.setdefault(english, vietnamese) == vietnamese, english


async def test_a_long_list_reads_rows_ahead_and_draws_each_meeting(db: str, tmp_path: Path) -> None:
    """More meetings than a screen: the rows below are read in a thread before they are
    scrolled to, and every row drawn is its own meeting's."""
    records = [
        store.MeetingRecord.model_validate(
            {"title": f"Giao ban tuần {n:03d}", "date": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"}
        )
        for n in range(260)
    ]
    app = make_app(db, lang="en", settings_folder=tmp_path / "config")
    app.book.import_records(records)
    async with app.run_test(size=SIZE) as pilot:
        await searched(app, pilot, "")
        meetings = app.screen.query_one(MeetingList)
        for _ in range(6):
            await pilot.press("pagedown")
            await app.workers.wait_for_complete()
        assert meetings.cursor > 150
        ahead = meetings.ids[meetings.cursor + 5]
        assert ahead in meetings._rows  # read before it was drawn
        titles = {summary.id: summary.title for summary in app.book.summaries(meetings.ids)}
        top = meetings.scroll_offset.y
        for y in range(meetings.scrollable_content_region.height):
            assert titles[meetings.ids[top + y]] in meetings.render_line(y).text
        # Moving the cursor repaints the two rows where they are on screen, not where they
        # would be if the list were not scrolled (it once repainted rows 40 lines off).
        repainted: list[int] = []
        original = meetings.refresh
        meetings.refresh = lambda *regions, **kw: (  # type: ignore[method-assign]
            repainted.extend(r.y for r in regions),
            original(*regions, **kw),
        )[1]
        await pilot.press("up")
        on_screen = meetings.cursor - meetings.scroll_offset.y
        assert {on_screen, on_screen + 1} <= set(repainted)
    app.book.close()


def approve(app: MinuteBookApp, number: int, *, lock: bool = False) -> None:
    """Approve a meeting (on 20/03/2024, by the Executive Committee), and lock it if asked."""
    approval = store.MeetingChanges(
        status="approved", approved_on="20/03/2024", approved_by="Hội nghị Ban Chấp hành"
    )
    app.book.edit(str(number), approval)
    if lock:
        app.book.edit(str(number), store.MeetingChanges(status="locked"))


async def test_the_delete_dialog_names_the_meeting_and_keeps_by_default(
    tui_app: MinuteBookApp,
) -> None:
    from textual.widgets import Button

    from tui.screens.dialogs import ConfirmDialog

    async with tui_app.run_test(size=SIZE) as pilot:
        await searched(tui_app, pilot, "")
        number = tui_app.screen.query_one(MeetingList).current_id
        assert number is not None
        title = record_of(tui_app, number).title
        await pilot.press("delete")
        dialog = tui_app.screen
        assert isinstance(dialog, ConfirmDialog)
        question = str(dialog.query_one(Static).content)
        assert question.startswith(f"Delete meeting #{number}: {title}?")
        assert "trash" in question and "u on the home screen" in question
        assert "Trash screen (t)" in question
        focused = dialog.focused
        assert isinstance(focused, Button) and focused.id == "no"
        assert str(focused.label) == "Keep"
        await pilot.press("enter")  # the focused button keeps it
        await settle(tui_app, pilot)
        assert record_of(tui_app, number).title == title


async def test_undo_after_a_restart_brings_back_the_same_number(
    sample_book: object, db: str, tmp_path: Path
) -> None:
    folder = tmp_path / "config"
    first = make_app(db, lang="en", settings_folder=folder)
    async with first.run_test(size=SIZE) as pilot:
        await searched(first, pilot, "")
        await pilot.press("down")
        number = first.screen.query_one(MeetingList).current_id
        assert number is not None
        before = first.book.meeting(number)
        await pilot.press("delete", "y")
        await settle(first, pilot)
        assert count_meetings(first) == 4
    first.book.close()

    second = make_app(db, lang="en", settings_folder=folder)
    async with second.run_test(size=SIZE) as pilot:
        await searched(second, pilot, "")
        assert second.deleted == []  # nothing from this session: the trash remembers
        await pilot.press("u")
        await until(pilot, lambda: count_meetings(second) == 5, what="the meeting back")
        await searched(second, pilot, "")
        assert second.book.meeting(number).to_json() == before.to_json()  # same number, same record
        assert second.screen.query_one(MeetingList).current_id == number
        assert second.book.trash() == []
    second.book.close()


async def test_approved_and_locked_rows_are_marked(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await searched(tui_app, pilot, "")
        meetings = tui_app.screen.query_one(MeetingList)
        approved, locked = meetings.ids[0], meetings.ids[1]
        approve(tui_app, approved)
        approve(tui_app, locked, lock=True)
        tui_app.changed()
        await searched(tui_app, pilot, "")
        meetings.forget(approved)
        meetings.forget(locked)
        assert "[approved] " in meetings.render_line(0).text
        assert "[locked] " in meetings.render_line(1).text
        assert "[" not in meetings.render_line(2).text  # a final record says nothing


async def test_a_row_of_several_chairs_says_how_many_more_at_80_columns(
    tui_app: MinuteBookApp,
) -> None:
    # Seed 004 has six people chairing: at 80 columns the column holds one name, and the row
    # says "+5" rather than read as chaired by Nguyễn Đình Khang alone.
    async with tui_app.run_test(size=(80, 24)) as pilot:
        await searched(tui_app, pilot, "")
        meetings = tui_app.screen.query_one(MeetingList)
        chairs = tui_app.book.meeting(meetings.ids[0]).participants
        count = sum(p.role == "chair" for p in chairs)
        assert count > 2
        line = meetings.render_line(0).text
        assert re.search(rf"Nguyễn Đ\w*… \+{count - 1} ", line), line


async def test_locked_minutes_are_not_deleted(tui_app: MinuteBookApp) -> None:
    async with tui_app.run_test(size=SIZE) as pilot:
        await searched(tui_app, pilot, "")
        number = tui_app.screen.query_one(MeetingList).current_id
        assert number is not None
        approve(tui_app, number, lock=True)
        await pilot.press("delete", "y")
        await settle(tui_app, pilot)
        errors = [n for n in tui_app._notifications if n.severity == "error"]
        assert len(errors) == 1 and "locked" in str(errors[0].message)
        assert "\n" not in str(errors[0].message)
        assert count_meetings(tui_app) == 5 and tui_app.book.trash() == []


async def test_at_80x24_a_restore_replaces_the_delete_toast(tui_app: MinuteBookApp) -> None:
    """del then u left two toasts of four lines each over half the list at 80×24: the restore
    now takes the delete's place, and the title is cut (…) so the undo hint reads whole."""
    from textual.widgets._toast import Toast

    async with tui_app.run_test(size=(80, 24), notifications=True) as pilot:
        await searched(tui_app, pilot, "")
        title = tui_app.book.meeting(tui_app.screen.query_one(MeetingList).ids[0]).title
        await pilot.press("delete", "y")
        await settle(tui_app, pilot)
        (deleted,) = tui_app.screen.query(Toast)
        lines = [strip.text.strip() for strip in deleted.render_lines(deleted.region.reset_offset)]
        said = [line for line in lines if line.strip("▌ ")]
        assert len(said) == 2 and said[-1].endswith("(press u to undo)"), said
        assert "…" in said[-1] and title not in " ".join(said)
        await pilot.press("u")
        await settle(tui_app, pilot)
        (restored,) = tui_app.screen.query(Toast)
        (message,) = [str(n.message) for n in tui_app._notifications]
        assert message.startswith("Restored: ") and message.endswith("…")
        assert title.startswith(message.removeprefix("Restored: ").removesuffix("…"))
        assert restored.region.height <= 5


async def test_the_search_boxs_hint_fits_at_80_columns(
    tui_app: MinuteBookApp, vi_app: MinuteBookApp
) -> None:
    """Under --lang vi at 80×24 the hint in the empty search box was cut mid-word ("vanban"
    without its colon): in both languages it fits the box whole."""
    from rich.cells import cell_len

    for app in (tui_app, vi_app):
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            box = app.screen.query_one("#search", Input)
            assert box.placeholder.endswith(("doc:", "vanban:"))
            assert cell_len(box.placeholder) <= box.content_region.width, box.placeholder
