"""Two saves of one meeting: the second is resolved field by field, never a silent overwrite and
never a forced retype (Textual Pilot on the sample book, asserting on the database).

Each test opens the edit form, saves a change "elsewhere" through the app's own `store.Book` (as
the CLI or another window would), then saves the form.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

import store
from tests.helpers import meeting_id, record_of, settle, type_into, until
from tui.app import MinuteBookApp
from tui.screens.conflict import ConflictScreen
from tui.screens.dialogs import ConfirmDialog
from tui.screens.edit import EditScreen
from tui.widgets.row_fields import Choice

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py

SIZE = (140, 40)
SMALL = "seed-000-ky-ket-quy-che-dukdn-tld-2022"


async def edit(app: MinuteBookApp, pilot: Pilot[Any], meeting: int) -> EditScreen:
    await settle(app, pilot)
    await app.push_screen(EditScreen(meeting))
    await settle(app, pilot)
    form = app.screen
    assert isinstance(form, EditScreen)
    return form


def saved_elsewhere(app: MinuteBookApp, meeting: int, **changes: Any) -> store.MeetingRecord:
    """The meeting changed and saved by someone else; the record as it now is."""
    now = app.book.meeting(meeting)
    app.book.save(meeting, now.model_copy(update=changes), expected_version=now.version)
    return app.book.meeting(meeting)


def shown(screen: ConflictScreen) -> str:
    return "\n".join(str(widget.render()) for widget in screen.query(Static))


async def conflict_after_save(app: MinuteBookApp, pilot: Pilot[Any]) -> ConflictScreen:
    await pilot.press("ctrl+s")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, ConflictScreen)
    return screen


async def test_the_second_save_resolves_field_by_field(tui_app: MinuteBookApp) -> None:
    mid = meeting_id(tui_app, SMALL)
    before = record_of(tui_app, mid)
    async with tui_app.run_test(size=SIZE) as pilot:
        form = await edit(tui_app, pilot, mid)
        theirs = saved_elsewhere(
            tui_app, mid, title="Tiêu đề của họ", location="Nơi của họ", notes="Ghi chú của họ"
        )
        await type_into(pilot, form.query_one("#title", Input), "Tiêu đề của tôi")
        await type_into(pilot, form.query_one("#location", Input), "Nơi của tôi")
        await type_into(pilot, form.query_one("#kind", Input), "buổi làm việc")
        screen = await conflict_after_save(tui_app, pilot)
        assert record_of(tui_app, mid).version == theirs.version  # nothing written yet
        assert screen.conflicting == ["title", "location"]
        text = shown(screen)
        for words in ("Tiêu đề của họ", "Tiêu đề của tôi", "Nơi của họ", "Nơi của tôi"):
            assert words in text, words
        assert "Changed there only (kept as saved there):" in text and "Ghi chú của họ" in text
        assert "Changed here only (yours kept):" in text and "buổi làm việc" in text
        # Mine by default; the place is theirs.
        title, place = (
            screen.query_one("#keep-title", Choice),
            screen.query_one("#keep-location", Choice),
        )
        assert (title.value, place.value) == ("mine", "mine") and screen.focused is title
        await pilot.press("tab", "space")
        assert place.value == "theirs" and screen.kept_mine() == ["title"]
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is not form and tui_app.screen is not screen
    merged = record_of(tui_app, mid)
    assert merged.title == "Tiêu đề của tôi"  # mine, as chosen
    assert merged.location == "Nơi của họ"  # theirs, as chosen
    assert merged.notes == "Ghi chú của họ"  # only they changed it
    assert merged.kind == "buổi làm việc"  # only I changed it
    assert merged.participants == before.participants
    assert merged.version == (theirs.version or 0) + 1  # a new version: history only grows
    assert [v.version for v in tui_app.book.history(mid)][-3:] == [
        before.version, theirs.version, merged.version
    ]  # fmt: skip


async def test_a_third_save_meanwhile_is_compared_again(tui_app: MinuteBookApp) -> None:
    mid = meeting_id(tui_app, SMALL)
    async with tui_app.run_test(size=SIZE) as pilot:
        form = await edit(tui_app, pilot, mid)
        saved_elsewhere(tui_app, mid, title="Tiêu đề của họ")
        await type_into(pilot, form.query_one("#title", Input), "Tiêu đề của tôi")
        screen = await conflict_after_save(tui_app, pilot)
        again = saved_elsewhere(tui_app, mid, location="Nơi mới hơn")  # while deciding
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        assert tui_app.screen is screen  # not saved over the newest: shown again
        assert "Saved there once more meanwhile" in shown(screen)
        assert "Nơi mới hơn" in shown(screen)
        assert record_of(tui_app, mid).version == again.version
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
    final = record_of(tui_app, mid)
    assert (final.title, final.location) == ("Tiêu đề của tôi", "Nơi mới hơn")


async def test_my_version_can_be_copied_out(
    tui_app: MinuteBookApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no Documents folder there
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    mid = meeting_id(tui_app, SMALL)
    async with tui_app.run_test(size=SIZE) as pilot:
        form = await edit(tui_app, pilot, mid)
        saved_elsewhere(tui_app, mid, title="Tiêu đề của họ")
        await type_into(pilot, form.query_one("#title", Input), "Tiêu đề [b]của tôi[/b]")
        screen = await conflict_after_save(tui_app, pilot)
        await pilot.press("c")  # the focused field's text, to the clipboard
        assert tui_app.clipboard == "Tiêu đề [b]của tôi[/b]"
        await pilot.press("f")  # the whole of my version, to files
        folder = tmp_path / "xdg-data" / "minutebook" / "copies"
        await until(pilot, lambda: len(list(folder.glob("*"))) == 2, what="the two files")
        markdown = next(folder.glob("*.md"))
        assert "# Tiêu đề" in markdown.read_text(encoding="utf-8")
        data = json.loads(next(folder.glob("*.json")).read_text(encoding="utf-8"))
        assert data["title"] == "Tiêu đề [b]của tôi[/b]"
        assert stat.S_IMODE(markdown.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert str(folder) in shown(screen)  # it says where
        await pilot.press("escape")  # back to the form: nothing lost, nothing saved
        await settle(tui_app, pilot)
        assert tui_app.screen is form
        assert form.query_one("#title", Input).value == "Tiêu đề [b]của tôi[/b]"
        assert record_of(tui_app, mid).title == "Tiêu đề của họ"
        # With a Documents folder, the copy goes there.
        documents = tmp_path / "home" / "Documents"
        documents.mkdir(parents=True)
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        await pilot.press("f")
        await until(pilot, lambda: len(list(documents.glob("*"))) == 2, what="the two files")


async def test_a_meeting_deleted_meanwhile_is_saved_as_a_new_one(tui_app: MinuteBookApp) -> None:
    mid = meeting_id(tui_app, SMALL)
    async with tui_app.run_test(size=SIZE) as pilot:
        form = await edit(tui_app, pilot, mid)
        tui_app.book.delete(mid)  # elsewhere: to the trash
        await type_into(pilot, form.query_one("#title", Input), "Bản của tôi")
        await pilot.press("ctrl+s")
        await settle(tui_app, pilot)
        dialog = tui_app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "deleted elsewhere" in str(dialog.query_one(Static).render())
        assert "in the trash" in str(dialog.query_one(Static).render())
        await pilot.press("y")
        await settle(tui_app, pilot)
        assert tui_app.screen is not form
    assert [entry.meeting_id for entry in tui_app.book.trash()] == [mid]  # theirs kept too
    titles = {record.title for record in tui_app.book.iter_meetings()}
    assert "Bản của tôi" in titles
