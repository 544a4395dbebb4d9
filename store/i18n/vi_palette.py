"""Vietnamese for the command palette (ctrl+p): Textual's own commands and the list's keys.

Textual names its system commands (Theme, Keys, Screenshot, ...) and the app lists keys that a
widget names without `_()`; the palette translates every command's name and help when it shows
them (tui/palette.py), so their English texts are keys here like any other.
"""

MESSAGES: dict[str, str] = {
    # The palette itself
    "Search for commands…": "Tìm lệnh…",
    # Textual's system commands (textual.app.App.get_system_commands), names and help
    "Theme": "Giao diện",
    "Change the current theme": "Đổi màu giao diện",
    "Quit the application as soon as possible": "Thoát chương trình",
    "Show help for the focused widget and a summary of available keys": (
        "Hiện trợ giúp cho ô đang chọn và các phím dùng được"
    ),
    "Hide the keys and widget help panel": "Ẩn bảng phím và trợ giúp",
    "Maximize": "Phóng to",
    "Maximize the focused widget": "Phóng to ô đang chọn",
    "Minimize": "Thu nhỏ",
    "Minimize the widget and restore to normal size": "Thu nhỏ ô về cỡ thường",
    "Screenshot": "Chụp màn hình",
    "Save an SVG 'screenshot' of the current screen": "Lưu ảnh màn hình hiện tại (tệp SVG)",
    # The meeting list's keys (tui/widgets/meeting_list.py), offered by the palette
    "Up": "Lên",
    "Down": "Xuống",
    "First": "Đầu danh sách",
    "Last": "Cuối danh sách",
    "Page up": "Trang trước",
    "Page down": "Trang sau",
}
