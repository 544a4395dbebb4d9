"""The TUI opened on a book it upgraded says so in a notification: from which schema to which,
and where the copy of the book as it was is kept; on a book already current, nothing of it. The
upgrade's start is told before the app is built (the CLI prints it before any screen is drawn:
a large book's upgrade takes minutes).

The older book is the test's book taken back to schema 0014 (`tests.helpers.downgraded`), and
the real app (`make_app`) is driven by Textual's Pilot.
"""

from __future__ import annotations

from pathlib import Path

import store
from tests.helpers import a_meeting, downgraded, until
from tui.app import MinuteBookApp, make_app
from tui.i18n import set_language


def said(app: MinuteBookApp) -> list[tuple[str, str]]:
    return [(str(n.title), str(n.message)) for n in app._notifications]


async def test_the_app_says_it_upgraded_the_book(db: str, tmp_path: Path) -> None:
    with store.open_book(db) as book:
        book.add(a_meeting())
    downgraded(db, "0014")
    app = make_app(db, lang="en", settings_folder=tmp_path / "config")
    copy = Path(db).with_name(Path(db).name + ".before-0014").absolute()
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            await until(pilot, lambda: said(app), what="a notification")
            assert (
                "Book upgraded",
                f"Upgraded the book from schema 0014 to {store.db.HEAD_REVISION}; the book as it"
                f" was is kept beside it as {copy.name} (delete it once you are satisfied).",
            ) in said(app)
    finally:
        app.book.close()
    assert copy.is_file()


async def test_in_vietnamese_too(db: str, tmp_path: Path) -> None:
    downgraded(db, "0014")  # no meetings: nothing to keep a copy of
    app = make_app(db, lang="vi", settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            await until(pilot, lambda: said(app), what="a notification")
            assert (
                "Đã nâng cấp sổ",
                f"Đã nâng cấp sổ biên bản từ cấu trúc dữ liệu 0014 lên {store.db.HEAD_REVISION}.",
            ) in said(app)
    finally:
        set_language("en")
        app.book.close()


async def test_a_current_book_says_nothing_of_it(db: str, tmp_path: Path) -> None:
    app = make_app(db, lang="en", settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.pause()
            await pilot.pause()
            assert not [text for _, text in said(app) if "Upgraded" in text]
            assert app.book.upgraded is None
    finally:
        app.book.close()


def test_the_upgrade_is_told_as_it_begins_before_the_app_is_built(db: str, tmp_path: Path) -> None:
    downgraded(db, "0014")
    told: list[tuple[str, str, str | None]] = []

    def upgrading(before: str, after: str) -> None:
        probe = store.db.open_store(db, upgrade=False)  # the schema the book has as it is told
        try:
            told.append((before, after, store.db.schema_revision(probe)))
        finally:
            probe.close()

    app = make_app(db, lang="en", settings_folder=tmp_path / "config", upgrading=upgrading)
    try:
        assert told == [("0014", store.db.HEAD_REVISION, "0014")]  # told before, not after
        assert app.book.upgraded is not None
    finally:
        app.book.close()
    again = make_app(db, lang="en", settings_folder=tmp_path / "config", upgrading=upgrading)
    again.book.close()
    assert len(told) == 1  # a current book: nothing to tell
