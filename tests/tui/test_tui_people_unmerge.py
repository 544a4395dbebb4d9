"""A merge undone in the minute book: after a merge the People directory says `u` undoes it, `u`
brings the other name back with its meetings, and a refusal is one line; `u` is offered only while
there is a merge to undo."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from tests.helpers import a_meeting, settle, until
from tui.app import MinuteBookApp
from tui.screens.dialogs import ConfirmDialog, DirectoryChooser
from tui.screens.people import PeopleScreen
from tui.screens.person import PersonScreen

# The screen does the same on either backend; the undo itself is tested on both in the store
# (tests/store/test_merge_undo.py) and the CLI (tests/cli/test_people_unmerge.py).
pytestmark = pytest.mark.sqlite_only

SIZE = (140, 40)
HAI, HAI_PLAIN = "Nguyễn Văn Hải", "Nguyen Van Hai"


def messages(app: MinuteBookApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def offered(screen: PeopleScreen) -> list[str]:
    """The actions the footer shows keys for."""
    return [binding.action for _node, binding, _on, _tip in screen.active_bindings.values()]


def names(screen: PeopleScreen) -> list[str]:
    table = screen.query_one("#people", DataTable)
    return [str(table.get_row_at(row)[0]) for row in range(table.row_count)]


async def test_u_in_the_directory_undoes_the_merge(tui_app: MinuteBookApp) -> None:
    book = tui_app.book
    book.add(a_meeting(title="Họp tổ Công đoàn", date="2024-04-02", participants=[{"name": HAI}]))
    second = book.add(a_meeting(title="Họp tổ nữ công", date="2024-05-06",
                                participants=[{"name": HAI_PLAIN}]))  # fmt: skip
    before = book.meeting(second)
    async with tui_app.run_test(size=SIZE) as pilot:
        people = PeopleScreen()
        await tui_app.push_screen(people)
        await settle(tui_app, pilot)
        assert people.check_action("undo_merge", ()) is False  # not offered: nothing to undo
        assert "undo_merge" not in offered(people)
        await tui_app.push_screen(PersonScreen(book.find_person(HAI)))
        await settle(tui_app, pilot)
        await pilot.press("m")
        await until(pilot, lambda: isinstance(tui_app.screen, DirectoryChooser), what="chooser")
        await settle(tui_app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(tui_app.screen, ConfirmDialog), what="question")
        await pilot.press("y")
        await settle(tui_app, pilot)
        assert "Press u in the people directory to undo the merge." in messages(tui_app)
        await pilot.press("escape")
        await until(pilot, lambda: tui_app.screen is people, what="the people list")
        await settle(tui_app, pilot)
        assert HAI_PLAIN not in names(people)
        assert people.check_action("undo_merge", ()) is True
        assert "undo_merge" in offered(people)  # in the footer now, as `u Undo merge`
        await pilot.press("u")
        await until(pilot, lambda: HAI_PLAIN in names(people), what="the name back")
        assert "Merge undone: Nguyen Van Hai is a person again, in 1 meeting." in messages(
            tui_app
        )
        assert [p.name for p in book.meeting(second).participants] == [HAI_PLAIN]
        assert book.meeting(second).to_json()["participants"] == before.to_json()["participants"]
        await until(pilot, lambda: people.check_action("undo_merge", ()) is False, what="gone")
        tui_app.clear_notifications()
        await pilot.press("u")  # not offered: nothing happens
        await settle(tui_app, pilot)
        assert messages(tui_app) == [] and HAI_PLAIN in names(people)


async def test_a_refused_undo_is_one_line_and_changes_nothing(tui_app: MinuteBookApp) -> None:
    book = tui_app.book
    book.add(a_meeting(title="Họp tổ Công đoàn", date="2024-04-02", participants=[{"name": HAI}]))
    second = book.add(a_meeting(title="Họp tổ nữ công", date="2024-05-06",
                                participants=[{"name": HAI_PLAIN}]))  # fmt: skip
    book.merge_people(book.find_person(HAI), book.find_person(HAI_PLAIN))
    changed = book.meeting(second)
    book.save(second, changed.model_copy(update={"title": "Đã sửa"}),
              expected_version=changed.version)  # fmt: skip
    async with tui_app.run_test(size=SIZE) as pilot:
        people = PeopleScreen()
        await tui_app.push_screen(people)
        await settle(tui_app, pilot)
        await pilot.press("u")
        said = f"meeting #{second} has changed since"
        await until(pilot, lambda: any(said in m for m in messages(tui_app)), what="refusal")
        errors = [n for n in tui_app._notifications if n.severity == "error"]
        assert len(errors) == 1 and "\n" not in str(errors[0].message)
        assert HAI_PLAIN not in names(people)
        assert [p.name for p in book.people("van hai")] == [HAI]  # the book is unchanged
