"""Vietnamese for what the command line says after recording meetings: the kind `add` reads off
a title, and an import whose every record was a likely duplicate (vi_cli.py holds the rest)."""

MESSAGES: dict[str, str] = {
    "hội nghị, buổi làm việc, lễ ký kết, ... Default: the kind the title names "
    "(Hội nghị ...).": (
        "hội nghị, buổi làm việc, lễ ký kết, ... Mặc định: loại mà tiêu đề nêu (Hội nghị ...)."
    ),
    "Kind: {kind}, from the title (--kind gives another).": (
        "Loại: {kind}, lấy từ tiêu đề (--kind để ghi loại khác)."
    ),
    "the meeting read is a likely duplicate of one in the book; nothing was imported": (
        "cuộc họp đã đọc có thể trùng với một cuộc họp đã có trong sổ; không nhập gì"
    ),
    "all {count} meetings read are likely duplicates of meetings in the book; nothing was "
    "imported": (
        "cả {count} cuộc họp đã đọc đều có thể trùng với cuộc họp đã có trong sổ; không nhập gì"
    ),
}
