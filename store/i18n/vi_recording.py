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
}
