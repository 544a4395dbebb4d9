"""`store.Hanging`: an entry's wrapped lines stay under its start, after its number."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from store import Hanging
from store.hanging import hanging_indent


def printed(text: Text, width: int) -> list[str]:
    console = Console(width=width, color_system=None, record=True)
    console.print(Hanging(text))
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_an_entry_wraps_under_its_own_start() -> None:
    text = Text("Chaired by\n  Nguyễn Đình Khang — Ủy viên Ban Chấp hành Trung ương Đảng")
    assert printed(text, 30) == [
        "Chaired by",
        "  Nguyễn Đình Khang — Ủy viên",
        "  Ban Chấp hành Trung ương",
        "  Đảng",
    ]


def test_a_numbered_entry_wraps_after_its_number() -> None:
    text = Text("Decisions\n  12. Tập trung lãnh đạo, chỉ đạo triển khai nhiệm vụ")
    assert printed(text, 30) == [
        "Decisions",
        "  12. Tập trung lãnh đạo, chỉ",
        "      đạo triển khai nhiệm vụ",
    ]


def test_lines_without_an_indent_wrap_as_usual_and_styles_are_kept() -> None:
    text = Text("Hội nghị lần thứ Tư Ban Chấp hành", style="bold")
    console = Console(width=20, color_system="standard", record=True)
    console.print(Hanging(text))
    lines = [line.rstrip() for line in console.export_text(clear=False).splitlines()]
    assert lines == ["Hội nghị lần thứ Tư", "Ban Chấp hành"]
    assert "\x1b[1m" in console.export_text(styles=True)
    assert str(Hanging(text)) == text.plain  # what a test or a screen reader reads


def test_the_indent_is_the_spaces_and_the_number() -> None:
    assert hanging_indent("  1. x") == 5
    assert hanging_indent("  Name — title") == 2
    assert hanging_indent("Title") == 0
    assert hanging_indent("  2024 was the year") == 2  # a number without its dot is text
