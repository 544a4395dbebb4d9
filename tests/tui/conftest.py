"""Fixtures the TUI's tests share: the real app on the sample book, in Vietnamese."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tui.app import MinuteBookApp, make_app
from tui.i18n import set_language


@pytest.fixture
async def vi_app(sample_book: object, db: str, tmp_path: Path) -> AsyncIterator[MinuteBookApp]:
    """The real app on the sample book, in Vietnamese (the next test's app is English again)."""
    app = make_app(db, lang="vi", settings_folder=tmp_path / "config")
    try:
        yield app
    finally:
        set_language("en")
        app.book.close()
