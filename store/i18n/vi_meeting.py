"""Vietnamese for the meeting screen, its person picker, the dialogs and "copy as Markdown"."""

MESSAGES: dict[str, str] = {
    # Dialogs
    "Yes": "Có",
    "No": "Không",
    # The meeting screen's keys
    "Edit": "Sửa",
    "New from this meeting": "Tạo từ cuộc họp này",
    "Go to a person": "Xem một người",
    "Copy as Markdown": "Sao chép dạng Markdown",
    "Write as Markdown": "Ghi ra tệp Markdown",
    "Delete": "Xóa",
    "Keep": "Giữ lại",
    # What it says
    "Loading…": "Đang tải…",
    "This meeting is no longer in the book.": "Cuộc họp này không còn trong sổ.",
    "Delete this meeting? You can undo with u on the home screen.": (
        "Xóa cuộc họp này? Có thể hoàn tác bằng phím u ở màn hình chính."
    ),
    "Copied as Markdown": "Đã sao chép dạng Markdown",
    "No people are recorded for this meeting.": "Cuộc họp này chưa ghi người nào.",
    "Go to which person?": "Xem người nào?",
    # Copy as Markdown: the clipboard may not receive it; a file instead
    "Sent to the clipboard as Markdown. Not every terminal accepts it: if nothing was copied, "
    "press w to write it to a file.": (
        "Đã gửi dạng Markdown vào bộ nhớ tạm. Không phải terminal nào cũng nhận: nếu chưa sao "
        "chép được, nhấn w để ghi ra tệp."
    ),
    "Write meeting #{number} as Markdown to:": "Ghi cuộc họp #{number} dạng Markdown vào tệp:",
    "Write": "Ghi",
    "Give the file's path.": "Hãy nhập đường dẫn của tệp.",
    "{path} exists: Write again to replace it.": "{path} đã có: nhấn Ghi lần nữa để thay thế.",
    "Written to {path}": "Đã ghi vào {path}",
}
