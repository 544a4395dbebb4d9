"""Vietnamese for drafting a meeting from a news report, and for a meeting's status."""

MESSAGES: dict[str, str] = {
    # Status, wherever a meeting shows
    "draft": "dự thảo",
    "final": "chính thức",
    "approved": "đã thông qua",
    "locked": "đã khóa",
    "to review; mark it final in the edit form (e) once checked": (
        "cần xem lại; khi đã kiểm tra, chọn chính thức trong màn hình sửa (e)"
    ),
    "A draft waits for review: choose final once it is checked.": (
        "Bản dự thảo chờ xem lại: chọn chính thức khi đã kiểm tra."
    ),
    # The browse key and the dialog
    "New from report": "Tạo từ bài báo",
    "New meeting from a report": "Cuộc họp mới từ bài báo",
    "Paste the report's text in the box below, or type the path of its file "
    "(.txt, .html or Word .docx) on the File line (shift+tab goes up to it). "
    "Nothing is saved until you save the form that follows.": (
        "Dán nội dung bài báo vào ô dưới đây, hoặc ghi đường dẫn tệp (.txt, .html hay Word "
        ".docx) vào dòng Tệp (shift+tab để lên đó). "
        "Chưa có gì được lưu cho đến khi bạn lưu biểu mẫu tiếp theo."
    ),
    "File: path of a .txt, .html or .docx report or Biên bản": (
        "Tệp: đường dẫn bài báo hay biên bản .txt, .html hoặc .docx"
    ),
    "Read report": "Đọc bài",
    "Cancel": "Hủy",
    "Paste a report's text or give its file first.": "Hãy dán nội dung bài báo hoặc ghi tệp trước.",
    # The draft form
    "New meeting from a report (draft)": "Cuộc họp mới từ bài báo (dự thảo)",
    "Fields marked ? are the extractor's guesses: check them, then save (ctrl+s).": (
        "Các mục có dấu ? là phỏng đoán của máy: hãy kiểm tra rồi lưu (ctrl+s)."
    ),
    "To check:": "Cần kiểm tra:",
    "To check": "Cần kiểm tra",
    "▸ To check ({count}), {key} shows them: {first}": (
        "▸ Cần kiểm tra ({count}), {key} để xem hết: {first}"
    ),
    "▾ To check ({count}), {key} folds them:": "▾ Cần kiểm tra ({count}), {key} để thu gọn:",
    "Likely already in the book: meeting #{id}, {date}, “{title}” (the same date, title and "
    "place).": (
        "Có thể đã có trong sổ: cuộc họp #{id}, {date}, “{title}” (cùng ngày, tên và địa điểm)."
    ),
    "{file}: saved as draft #{id}; to check: {points}.": (
        "{file}: đã lưu thành bản nháp #{id}; cần kiểm tra: {points}."
    ),
    "{file}: saved as draft #{id}.": "{file}: đã lưu thành bản nháp #{id}.",
    "Perhaps already in the book: meeting #{id}, {date}, “{title}” (the same day, {count} of the "
    "same people).": (
        "Có lẽ trùng với cuộc họp #{id} trong sổ, {date}, “{title}” (cùng ngày, {count} người"
        " trùng)."
    ),
    "Perhaps already in the book: meeting #{id}, {date}, “{title}” (the same day, a title much "
    "alike).": (
        "Có lẽ trùng với cuộc họp #{id} trong sổ, {date}, “{title}” (cùng ngày, tên gần giống)."
    ),
    "Who carries out each decision and by when were read from the report (tinted): check them.": (
        "Đơn vị/người thực hiện và thời hạn của từng nội dung được đọc từ bài báo (tô màu): "
        "hãy kiểm tra."
    ),
    "{name} is one person in {count} roles ({roles}): a row for each in the form": (
        "{name} là một người giữ {count} vai trò ({roles}): mỗi vai trò một dòng trong biểu mẫu"
    ),
}
