"""Vietnamese for what is said while recording meetings: the kind `add` reads off a title, an
import whose every record was a likely duplicate, and a file's column named with a slip
(vi_cli.py and vi_store.py hold the rest)."""

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
    "unknown column {listed}: did you mean {meant}?": (
        "không có cột {listed}: có phải ý bạn là {meant}?"
    ),
    "unknown columns {listed}: did you mean {meant}?": (
        "không có các cột {listed}: có phải ý bạn là {meant}?"
    ),
    "; it is a workbook or a document (a ZIP file), not text: leave --format out to read it "
    "by its ending": (
        "; đây là một bảng tính hoặc văn bản (tệp ZIP), không phải văn bản thuần: bỏ --format để "
        "đọc theo đuôi tệp"
    ),
}
