"""The approval in the edit form says only what is true, in the form's own words.

A draft approved too early, then made final: the approval typed is not saved with it (the line
is hidden, and what is typed in it comes back if the status is approved after all); the store's
refusals about approval name the form's fields ("Approved on", "Status"), never a shell command,
in English and Vietnamese. Driven by Textual's Pilot on the sample book, asserting on the book.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from store.i18n import set_language
from tests.helpers import record_of, settle, type_into
from tests.tui.test_tui_edit import SIZE, added, note, open_editor
from tui.app import MinuteBookApp
from tui.screens.edit import EditScreen


async def saved(app: MinuteBookApp, pilot: Pilot[Any]) -> None:
    await pilot.press("ctrl+s")
    await settle(app, pilot)


async def test_a_draft_approved_too_early_then_made_final_keeps_no_approval(
    tui_app: MinuteBookApp,
) -> None:
    draft = added(tui_app, "draft", title="Họp chi bộ")
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_editor(tui_app, pilot, EditScreen(draft), [])
        status = screen.query_one("#status", Select)
        status.value = "approved"
        await type_into(pilot, screen.query_one("#approved_on", Input), "20/3/2024")
        await type_into(pilot, screen.query_one("#approved_by", Input), "Hội nghị BCH")
        await saved(tui_app, pilot)
        said = str(screen.query_one("#edit-status", Static).render())
        assert "is a draft" in said and "set Status to final and save it" in said
        assert "minutebook" not in said and "--status" not in said
        status.value = "final"
        await pilot.pause()
        assert not screen.query_one("#approval-line").has_class("shown")
        status.value = "approved"  # what was typed is still there, shown again
        await pilot.pause()
        assert screen.query_one("#approved_by", Input).value == "Hội nghị BCH"
        status.value = "final"
        await saved(tui_app, pilot)
        assert tui_app.screen is not screen
    kept = record_of(tui_app, draft)
    assert (kept.status, kept.approved_on, kept.approved_by) == ("final", None, None)
    assert [c.field for c in tui_app.book.history(draft)[-1].changes] == ["status"]


async def test_final_minutes_holding_an_approval_lose_it_on_their_next_save(
    tui_app: MinuteBookApp,
) -> None:
    mid = added(tui_app, "final", title="Họp cũ")
    now = tui_app.book.meeting(mid)
    # As the bug left some books: final minutes with an approval nothing showed.
    hidden = now.model_copy(update={"approved_by": "Hội nghị BCH"})
    tui_app.book.save(mid, hidden, expected_version=now.version)
    async with tui_app.run_test(size=SIZE) as pilot:
        screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
        await type_into(pilot, screen.query_one("#title", Input), "Họp cũ (sửa)")
        await saved(tui_app, pilot)
        assert tui_app.screen is not screen
    kept = record_of(tui_app, mid)
    assert (kept.title, kept.approved_by) == ("Họp cũ (sửa)", None)


@pytest.mark.parametrize(
    ("language", "on", "by", "lock"),
    [
        ("en", "Approved on: ", "Approved by: ", "set Status to approved, with Approved on and "
         "Approved by, and save it before locking it"),
        ("vi", "Ngày thông qua: ", "Thông qua bởi: ", "đặt Trạng thái là đã thông qua, điền Ngày "
         "thông qua và Thông qua bởi, rồi lưu trước khi khóa"),
    ],
)  # fmt: skip
async def test_approval_refusals_name_the_form_s_fields(
    tui_app: MinuteBookApp, language: str, on: str, by: str, lock: str
) -> None:
    mid = added(tui_app, "final")
    set_language(language)
    try:
        async with tui_app.run_test(size=SIZE) as pilot:
            screen = await open_editor(tui_app, pilot, EditScreen(mid), [])
            screen.query_one("#status", Select).value = "approved"
            await pilot.pause()
            await saved(tui_app, pilot)
            said = [str(note(screen, name).render()) for name in ("approved_on", "approved_by")]
            assert said[0].startswith(on) and said[1].startswith(by)
            assert not any("approved_" in line for line in said)
            screen.query_one("#status", Select).value = "locked"  # not approved yet
            await type_into(pilot, screen.query_one("#approved_on", Input), "20/3/2024")
            await type_into(pilot, screen.query_one("#approved_by", Input), "Hội nghị BCH")
            await saved(tui_app, pilot)
            said = str(screen.query_one("#edit-status", Static).render())
            assert lock in said and "minutebook" not in said and "\n" not in said
    finally:
        set_language("en")
    assert record_of(tui_app, mid).status == "final"
