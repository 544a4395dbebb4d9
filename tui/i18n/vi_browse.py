"""Vietnamese for the browse screen, the preview, help and the app itself."""

MESSAGES: dict[str, str] = {
    # Browse
    "Minute Book": "Sổ biên bản",
    "Search: words, person:, chair:, org:, place:, kind:, doc:, date:": (
        "Tìm: từ khóa, person:, chair:, org:, place:, kind:, doc:, date:"
    ),
    "Date": "Ngày",
    "Title": "Tiêu đề",
    "Chaired by": "Chủ trì",
    "Place": "Địa điểm",
    "People": "Số người",
    "{shown} of {total} meetings": "{shown} / {total} cuộc họp",
    "{total} meetings": "{total} cuộc họp",
    "No meetings match.": "Không có cuộc họp nào khớp.",
    "The book is empty: press n to record a meeting.": (
        "Sổ còn trống: nhấn n để ghi một cuộc họp."
    ),
    "Searching…": "Đang tìm…",
    "Search": "Tìm",
    "Leave search": "Thôi tìm",
    "Open": "Mở",
    "Quit": "Thoát",
    "Help": "Trợ giúp",
    "Undo delete": "Hoàn tác xóa",
    "Nothing to undo.": "Không có gì để hoàn tác.",
    "Restored: {title}": "Đã khôi phục: {title}",
    "Deleted: {title} (press u to undo)": "Đã xóa: {title} (nhấn u để hoàn tác)",
    "Refresh": "Làm mới",
    # Preview and meeting
    "When": "Thời gian",
    "Where": "Địa điểm",
    "Kind": "Loại",
    "Organisers": "Đơn vị tổ chức",
    "Decisions": "Quyết định, kết luận",
    "Documents cited": "Văn bản được nêu",
    "Notes": "Ghi chép",
    "Source": "Nguồn",
    "the date is inferred": "ngày được suy ra",
    "chair": "chủ trì",
    "attendee": "dự",
    "speaker": "phát biểu",
    "secretary": "thư ký",
    "representative": "đại diện",
    "absent": "vắng",
    "Attended": "Tham dự",
    "Spoke": "Phát biểu",
    "Secretary": "Thư ký",
    "Representatives": "Đại diện",
    "Absent": "Vắng mặt",
    "decision": "quyết định",
    "conclusion": "kết luận",
    "assignment": "giao nhiệm vụ",
    "open": "đang mở",
    "done": "đã xong",
    "dropped": "đã bỏ",
    "responsible": "phụ trách",
    "due": "hạn",
    "Back": "Quay lại",
    "Keys": "Phím",
    "Rebind keys by id in keymap.toml in your config folder.": (
        "Đổi phím theo mã trong tệp keymap.toml ở thư mục cấu hình."
    ),
    "ctrl+p: every command · ctrl+q: quit": "ctrl+p: mọi lệnh · ctrl+q: thoát",
    "New meeting": "Cuộc họp mới",
    "New from this one": "Tạo từ cuộc họp này",
    "Delete": "Xóa",
    "Delete this meeting? You can undo with u on the home screen.": (
        "Xóa cuộc họp này? Có thể hoàn tác bằng phím u ở màn hình chính."
    ),
    "{total}+ meetings…": "{total}+ cuộc họp…",
}
