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
    # What each key does: said beside its name in the palette, and as the footer's tooltip
    "Every key of this screen and what it does": "Mọi phím của màn hình này và việc mỗi phím làm",
    "Close the minute book (asks first if something is unsaved)": (
        "Đóng sổ biên bản (hỏi trước nếu còn điều chưa lưu)"
    ),
    "Open the form again with what was typed": "Mở lại biểu mẫu với những gì đã gõ",
    "Throw away the copy of what was typed": "Bỏ bản sao những gì đã gõ",
    "Keep the copy and decide next time": "Giữ bản sao, lần sau quyết định",
    "Find meetings by words, people, places or dates": (
        "Tìm cuộc họp theo từ, người, địa điểm hoặc ngày"
    ),
    "Go from the search box back to the list": "Rời ô tìm kiếm, về danh sách",
    "Go from the search box to the first meeting of the list": (
        "Từ ô tìm kiếm xuống cuộc họp đầu tiên của danh sách"
    ),
    "Record a new meeting in an empty form": "Ghi một cuộc họp mới vào biểu mẫu trống",
    "Everyone named in the book: rename, merge duplicates": (
        "Mọi người có tên trong sổ: sửa tên, gộp người trùng tên"
    ),
    "The decisions and conclusions still open, across meetings": (
        "Các quyết định, kết luận đang thực hiện, của mọi cuộc họp"
    ),
    "Move the highlighted meeting to the trash": "Chuyển cuộc họp đang chọn vào thùng rác",
    "Bring back the meeting deleted last": "Lấy lại cuộc họp vừa xóa",
    "The deleted meetings, to restore or destroy": "Các cuộc họp đã xóa, để khôi phục hoặc xóa hẳn",
    "A new meeting filled from the highlighted one": (
        "Cuộc họp mới, điền sẵn theo cuộc họp đang chọn"
    ),
    "Paste a report or give its file: a draft meeting is filled from it": (
        "Dán bài báo hoặc chọn tệp: điền sẵn một cuộc họp dự thảo từ đó"
    ),
    "Switch between best match first and newest first": (
        "Đổi giữa khớp nhất trước và mới nhất trước"
    ),
    "Read the book again (changes made elsewhere)": "Đọc lại sổ (thay đổi từ nơi khác)",
    "Save the fields as chosen here": "Lưu các trường theo lựa chọn ở đây",
    "Copy what you typed in this field, to paste it elsewhere": (
        "Sao chép nội dung bạn đã gõ ở trường này để dán nơi khác"
    ),
    "Keep your whole version in a file": "Giữ toàn bộ bản của bạn vào một tệp",
    "Return to the form without saving": "Quay lại biểu mẫu, chưa lưu",
    "Narrow the list by words or who carries it out": (
        "Thu hẹp danh sách theo từ hoặc người thực hiện"
    ),
    "Mark the highlighted decision done": "Đánh dấu quyết định đang chọn là đã hoàn thành",
    "Put the decision marked done last back to open": (
        "Đưa quyết định vừa đánh dấu về đang thực hiện"
    ),
    "Return to the meetings": "Quay lại danh sách cuộc họp",
    "Read the decisions again": "Đọc lại các quyết định",
    "Answer no and close the question": "Trả lời không và đóng câu hỏi",
    "Answer yes": "Trả lời có",
    "Put the focus on the button to the left": "Chuyển sang nút bên trái",
    "Put the focus on the button to the right": "Chuyển sang nút bên phải",
    "Close without choosing": "Đóng, không chọn",
    "Move into the list to choose one": "Chuyển xuống danh sách để chọn",
    "Save the meeting as the form shows it": "Lưu cuộc họp như biểu mẫu đang ghi",
    "Leave the form (asks first if something changed)": "Rời biểu mẫu (hỏi trước nếu có thay đổi)",
    "Go to the box that adds a person": "Đến ô thêm người",
    "Change locked minutes, giving the reason": "Đính chính biên bản đã khóa, ghi rõ lý do",
    "Close without reading a report": "Đóng, không đọc bài",
    "Show every point the draft asks you to check, or fold them to a line": (
        "Hiện mọi điểm bản dự thảo cần kiểm tra, hoặc thu gọn lại một dòng"
    ),
    "Read the report pasted or named, for a draft meeting": (
        "Đọc bài đã dán hoặc đã chọn, để lập cuộc họp dự thảo"
    ),
    "Close the list of keys": "Đóng danh sách phím",
    "Return to the meeting": "Quay lại cuộc họp",
    "Make the highlighted version the meeting's text again": (
        "Lấy phiên bản đang chọn làm nội dung cuộc họp"
    ),
    "Read the history again": "Đọc lại lịch sử sửa đổi",
    "Return to the list": "Quay lại danh sách",
    "Change this meeting in the form": "Sửa cuộc họp này trong biểu mẫu",
    "Every saved version of this meeting": "Mọi phiên bản đã lưu của cuộc họp này",
    "A new meeting filled from this one": "Cuộc họp mới, điền sẵn theo cuộc họp này",
    "Open a person named in this meeting": "Mở một người có tên trong cuộc họp này",
    "Send this meeting as Markdown to the clipboard, if the terminal allows": (
        "Gửi cuộc họp này dạng Markdown vào bộ nhớ tạm, nếu terminal cho phép"
    ),
    "Write this meeting as Markdown to a file": "Ghi cuộc họp này dạng Markdown ra tệp",
    "Close without writing": "Đóng, không ghi",
    "Move this meeting to the trash": "Chuyển cuộc họp này vào thùng rác",
    "Close without going to a person": "Đóng, không xem người nào",
    "Narrow the list by part of a name": "Thu hẹp danh sách theo một phần họ tên",
    "People whose names may be the same person": "Những người có thể là cùng một người",
    "Switch between sorting by given name and by full name": (
        "Đổi giữa xếp theo tên và theo họ tên đầy đủ"
    ),
    "Read the people again": "Đọc lại danh bạ",
    "Close without renaming": "Đóng, không sửa tên",
    "Correct this person's name in every meeting": "Sửa tên người này trong mọi cuộc họp",
    "Make another name of the same person this one": (
        "Gộp một tên khác của cùng người vào người này"
    ),
    "Return to the people": "Quay lại danh bạ",
    "Bring the highlighted meeting back to the book": "Đưa cuộc họp đang chọn trở lại sổ",
    "Destroy every meeting in the trash for good": "Xóa hẳn mọi cuộc họp trong thùng rác",
    "Read the trash again": "Đọc lại thùng rác",
    "Close without amending": "Đóng, không đính chính",
    "Show the next of the choices": "Hiện lựa chọn tiếp theo",
    "Show the previous of the choices": "Hiện lựa chọn trước đó",
    "Add a row to this list of the form": "Thêm một dòng vào danh sách này của biểu mẫu",
    "Remove the row the cursor is in": "Xóa dòng đang có con trỏ",
    "Move this row one place up": "Chuyển dòng này lên một bậc",
    "Move this row one place down": "Chuyển dòng này xuống một bậc",
    "Highlight the meeting above": "Chọn cuộc họp phía trên",
    "Highlight the meeting below": "Chọn cuộc họp phía dưới",
    "A screenful of meetings up": "Lên một trang cuộc họp",
    "A screenful of meetings down": "Xuống một trang cuộc họp",
    "Highlight the first meeting of the list": "Chọn cuộc họp đầu danh sách",
    "Highlight the last meeting of the list": "Chọn cuộc họp cuối danh sách",
    "Show the highlighted meeting whole": "Xem toàn bộ cuộc họp đang chọn",
    "Highlight the next person suggested": "Chọn người gợi ý tiếp theo",
    "Highlight the previous person suggested": "Chọn người gợi ý trước đó",
    "Hide the people suggested": "Ẩn danh sách người gợi ý",
    "Change the role of the person in this row (chair, attendee…)": (
        "Đổi vai trò của người ở dòng này (chủ trì, tham dự…)"
    ),
}
