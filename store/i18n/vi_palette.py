"""Vietnamese for the command palette (ctrl+p) and the rest of what Textual itself says.

The app names Textual's system commands (Theme, Keys, Screenshot, ...) through `_()` (tui/app.py
`get_system_commands`), and the palette (`BookPalette`) says its prompt and "No matches found"
through it; the palette also translates every command's name and help when it shows them
(tui/palette.py), so a label made before the language was chosen reads right too.
"""

MESSAGES: dict[str, str] = {
    # The palette itself, and its key in the footer (glossary: Bảng lệnh)
    "Search for commands…": "Tìm lệnh…",
    "No matches found": "Không có lệnh nào khớp",
    "Palette": "Bảng lệnh",
    "Every command, found by typing part of its name": "Mọi lệnh, tìm bằng cách gõ một phần tên",
    "Search themes…": "Tìm giao diện…",
    # Textual's system commands (textual.app.App.get_system_commands), names and help
    "Theme": "Giao diện",
    "Change the current theme": "Đổi màu giao diện",
    "Keys": "Phím",
    "The keys of this screen": "Các phím của màn hình này",
    "Maximize": "Phóng to",
    "Maximize the focused widget": "Phóng to ô đang chọn",
    "Minimize": "Thu nhỏ",
    "Minimize the widget and restore to normal size": "Thu nhỏ ô về cỡ thường",
    "Screenshot": "Chụp màn hình",
    "Save an SVG 'screenshot' of the current screen": "Lưu ảnh màn hình hiện tại (tệp SVG)",
    "Saved to {path}": "Đã lưu vào {path}",
    "The screenshot was not saved.": "Chưa lưu được ảnh màn hình.",
    # The meeting list's keys (tui/widgets/meeting_list.py), in help and the palette
    "Up": "Lên",
    "Down": "Xuống",
    "First": "Đầu danh sách",
    "Last": "Cuối danh sách",
    "Page up": "Trang trước",
    "Page down": "Trang sau",
    "Open": "Mở",
}
