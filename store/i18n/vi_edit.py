"""Vietnamese for the edit and new-meeting screens, the person picker and the row editors."""

MESSAGES: dict[str, str] = {
    # Keys
    "Save": "Lưu",
    "Leave": "Đóng",
    "Add person": "Thêm người",
    "Add row": "Thêm dòng",
    "Remove row": "Xóa dòng",
    "Move up": "Chuyển lên",
    "Move down": "Chuyển xuống",
    "Next suggestion": "Gợi ý sau",
    "Previous suggestion": "Gợi ý trước",
    "Close suggestions": "Đóng gợi ý",
    "Next choice": "Lựa chọn sau",
    "Previous choice": "Lựa chọn trước",
    "Previous button": "Nút trước",
    "Next button": "Nút sau",
    # Headings and labels
    "New meeting": "Cuộc họp mới",
    "Edit meeting #{id}": "Sửa cuộc họp số {id}",
    "Title": "Tiêu đề",
    "Kind": "Loại",
    "Date": "Ngày",
    "Place": "Địa điểm",
    "Source": "Nguồn",
    "Part of day": "Buổi",
    "Start": "Giờ bắt đầu",
    "End": "Giờ kết thúc",
    "hh:mm": "giờ:phút",
    "dd/mm/yyyy": "ngày/tháng/năm",
    "Organisers": "Đơn vị tổ chức",
    "People at the meeting": "Thành phần tham dự",
    "Documents cited": "Văn bản dẫn chiếu",
    "Notes": "Ghi chép",
    "Inferred (not stated in full)": "Ngày suy ra (văn bản không ghi đủ)",
    "(not stated)": "(không ghi)",
    "morning": "sáng",
    "noon": "trưa",
    "afternoon": "chiều",
    "evening": "tối",
    "Add decision": "Thêm quyết định",
    "Add document": "Thêm văn bản",
    # Row fields, as placeholders and in a row's problems
    "Name": "Họ và tên",
    "Role": "Vai trò",
    "Change role": "Đổi vai trò",
    "Title held": "Chức danh",
    "Title held at this meeting": "Chức danh tại cuộc họp này",
    "Text": "Nội dung",
    "Responsible": "Đơn vị/người thực hiện",
    "Due": "Hạn",
    "Status": "Trạng thái",
    "Number": "Số hiệu",
    "Document title": "Trích yếu",
    "Decision, conclusion or task": "Quyết định, kết luận hoặc nhiệm vụ",
    "Due (d/m/yyyy)": "Hạn ng/th/năm",
    "Number, e.g. 249/TB-VPCP": "Số hiệu, ví dụ 249/TB-VPCP",
    "e.g. hội nghị, buổi làm việc, phiên họp": "ví dụ: hội nghị, buổi làm việc, phiên họp",
    "One per line: Name (short form | short form)": (
        "Mỗi dòng một đơn vị: Tên (tên viết tắt | tên viết tắt)"
    ),
    # The date line
    "Day, month or year: 15/3/2024, 3/2024, 2024; chiều 15/3/2024": (
        "Ngày, tháng hoặc năm: 15/3/2024, 3/2024, 2024; chiều 15/3/2024"
    ),
    "Read as: {date} ({precision})": "Hiểu là: {date} ({precision})",
    "Read as: {date}, {part} ({precision})": "Hiểu là: {date}, buổi {part} ({precision})",
    "to the day": "đủ ngày",
    "month only": "chỉ có tháng",
    "year only": "chỉ có năm",
    # A start time typed outside the part of day shown (tui/widgets/form_when.py)
    "{time} is not {part}: choose {choices} above": (
        "{time} không thuộc buổi {part}: hãy chọn buổi {choices} ở trên"
    ),
    "day": "ngày",
    "month": "tháng",
    "year": "năm",
    # The person picker
    "Add a person: type part of a name, Enter": "Thêm người: gõ một phần họ tên, rồi Enter",
    "Add “{name}” as a new person": "Thêm “{name}” là người mới",
    "meetings: {count}": "số cuộc họp: {count}",
    "{name} is already listed.": "{name} đã có trong danh sách.",
    # Saving and leaving
    "Loading…": "Đang tải…",
    "Saved": "Đã lưu",
    "Saved meeting #{id}: {title}": "Đã lưu cuộc họp #{id}: {title}",
    "Not saved: {reason}": "Chưa lưu: {reason}",
    "Not saved: put right what is marked.": "Chưa lưu: hãy sửa những chỗ được đánh dấu.",
    "line {line}: {reason}": "dòng {line}: {reason}",
    "This meeting was changed elsewhere since you opened it. Reload it? "
    "Your changes here will be lost.": (
        "Cuộc họp này đã được sửa ở nơi khác từ lúc bạn mở. Tải lại? "
        "Những thay đổi của bạn ở đây sẽ mất."
    ),
    "This meeting was deleted elsewhere while you edited it. Save your version as a new meeting?": (
        "Cuộc họp này đã bị xóa ở nơi khác trong lúc bạn sửa. "
        "Lưu bản của bạn thành một cuộc họp mới?"
    ),
    "Changed elsewhere: reload (ctrl+s, then Reload) before saving.": (
        "Đã được sửa ở nơi khác: hãy tải lại (ctrl+s, rồi Tải lại) trước khi lưu."
    ),
    "Reload": "Tải lại",
    "Save as new": "Lưu thành cuộc họp mới",
    "Keep editing": "Tiếp tục sửa",
    "Leave without saving your changes?": "Đóng mà không lưu các thay đổi?",
}
