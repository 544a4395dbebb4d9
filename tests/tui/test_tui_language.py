"""The interface in Vietnamese: chosen by --lang or the locale, every visible word translated.

Each check runs in a fresh interpreter, as the real program does, because the screens' key labels
are translated when their modules are first imported.
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, console_script
from tui.i18n import language_from_environment, set_language

SCRIPT = """
import asyncio, sys
from tui.i18n import set_language
lang = sys.argv[2] if sys.argv[2] != "-" else None
set_language(lang)
from tui.app import make_app
from tests.helpers import searched

async def main():
    folder = __import__("pathlib").Path(sys.argv[3])
    app = make_app(sys.argv[1], lang=lang, settings_folder=folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await searched(app, pilot, "")
        print(app.export_screenshot())
    app.book.close()

asyncio.run(main())
"""


def screen_text(db: str, lang: str, tmp_path: Path, env: dict[str, str] | None = None) -> str:
    import os

    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db), lang, str(tmp_path / "config")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    # The SVG writes spaces as &#160; and splits text into runs; keep the words.
    return html.unescape(result.stdout).replace("\xa0", " ")


def test_vietnamese_screens_by_flag(sample_book: object, db: str, tmp_path: Path) -> None:
    svg = screen_text(db, "vi", tmp_path)
    for words in (
        "Tìm",
        "Mới",
        "Tổng quan",
        "Tạo từ bài báo",
        "Xóa",
        "Danh bạ",
        "Thoát",
        "5 cuộc họp",
        "Chủ trì",
        "Ngày",
    ):
        assert words in svg, words
    assert "New from report" not in svg


FOOTER_SCRIPT = """
import asyncio, sys
from tui.i18n import set_language
set_language("vi")
from tui.app import make_app
from tests.helpers import searched

async def main():
    app = make_app(sys.argv[1], lang="vi", settings_folder=__import__("pathlib").Path(sys.argv[2]))
    async with app.run_test(size=(80, 24)) as pilot:
        await searched(app, pilot, "")
        for key in app.screen.query("FooterKey"):
            print(key.key_display, key.description, key.size.width, sep="|")
    app.book.close()

asyncio.run(main())
"""


def test_home_at_80_columns_shows_the_keys_a_newcomer_needs_in_vietnamese(
    sample_book: object, db: str, tmp_path: Path
) -> None:
    """As in English (test_tui_footer_resize.py): Enter, Overview, New from report and Quit."""
    result = subprocess.run(
        [sys.executable, "-c", FOOTER_SCRIPT, str(db), str(tmp_path / "config")],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    keys = [line.split("|") for line in result.stdout.splitlines()]
    assert [f"{key} {said}" for key, said, _width in keys] == [
        "⏎ Mở", "n Mới", "o Tổng quan", "R Tạo từ bài báo", "^q Thoát", "p Danh bạ", "? Phím",
    ]  # fmt: skip
    assert sum(int(width) for *_, width in keys) <= 80


def test_the_locale_chooses_vietnamese(sample_book: object, db: str, tmp_path: Path) -> None:
    svg = screen_text(db, "-", tmp_path, env={"LANG": "vi_VN.UTF-8", "LANGUAGE": ""})
    assert "Tạo từ bài báo" in svg


def test_language_from_environment() -> None:
    assert language_from_environment({"LANG": "vi_VN.UTF-8"}) == "vi"
    assert language_from_environment({"LANGUAGE": "vi:en", "LANG": "en_US.UTF-8"}) == "vi"
    assert language_from_environment({"LANG": "fr_FR.UTF-8"}) == "en"
    assert language_from_environment({}) == "en"
    assert set_language("en") == "en"


def test_an_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [console_script(), "--lang", "fr", "--db", str(tmp_path / "db")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "unknown language 'fr'" in result.stderr and "Traceback" not in result.stderr
