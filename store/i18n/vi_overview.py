"""Vietnamese for the TUI's Overview screen and its plots."""

MESSAGES: dict[str, str] = {
    # The screen, its tabs and keys
    "Overview": "Tổng quan",
    "counting…": "đang đếm…",
    "No meetings in {year}: showing {newest}, the newest year with meetings.":
        "Năm {year} chưa có cuộc họp nào: đang xem năm {newest}, năm gần nhất có cuộc họp.",
    "{shown} meetings": "{shown} cuộc họp",
    "Attendance": "Tham dự",
    "Owners": "Người thực hiện",
    "Documents": "Văn bản",
    "Bodies": "Đơn vị",
    "Numbers": "Số liệu",
    "Period": "Kỳ",
    "Previous period": "Kỳ trước",
    "Next period": "Kỳ sau",
    "Next figure": "Biểu đồ sau",
    "Previous figure": "Biểu đồ trước",
    "Earlier bar": "Cột trước",
    "Later bar": "Cột sau",
    "First bar": "Cột đầu",
    "Last bar": "Cột cuối",
    "Row above": "Dòng trên",
    "Row below": "Dòng dưới",
    "Enter: its meetings": "Enter: các cuộc họp của cột này",
    "Nothing in this period: p chooses another, [ and ] step through them":
        "Kỳ này không có số liệu: p để chọn kỳ khác, [ và ] để lùi, tiến từng kỳ",
    "Nothing in this period": "Kỳ này không có số liệu",
    "No meetings in {period}.": "Không có cuộc họp nào trong {period}.",
    "The search {search} finds no meetings.": "Tìm kiếm {search} không thấy cuộc họp nào.",
    "The book holds no meetings yet.": "Sổ chưa có cuộc họp nào.",
    "p chooses another period, [ and ] step through them.":
        "p để chọn kỳ khác, [ và ] để lùi, tiến từng kỳ.",
    # What the keys do
    "Figures of a month, quarter, year or the search: meetings, attendance, decisions, as plots": (
        "Số liệu của tháng, quý, năm hoặc của kết quả tìm kiếm: cuộc họp, tham dự, quyết định, "
        "bằng biểu đồ"
    ),
    "Switch the figure between its plot and its numbers": "Chuyển giữa biểu đồ và bảng số liệu",
    "This month, this quarter, this year, or the search on the home screen": (
        "Tháng này, quý này, năm nay, hoặc kết quả tìm kiếm ở danh sách cuộc họp"
    ),
    "The month, quarter or year before": "Tháng, quý hoặc năm trước đó",
    "The month, quarter or year after": "Tháng, quý hoặc năm sau đó",
    "Show the next figure": "Xem biểu đồ tiếp theo",
    "Show the previous figure": "Xem biểu đồ trước đó",
    "Count the figures again": "Đếm lại số liệu",
    "Return to the figures": "Quay lại số liệu",
    "Choose the bar before": "Chọn cột trước",
    "Choose the bar after": "Chọn cột sau",
    "Choose the first bar": "Chọn cột đầu tiên",
    "Choose the last bar": "Chọn cột cuối cùng",
    "Show the meetings behind the chosen bar": "Xem các cuộc họp của cột đang chọn",
    "Choose the row above": "Chọn dòng phía trên",
    "Choose the row below": "Chọn dòng phía dưới",
    "Show the meetings behind the chosen row, or its meeting":
        "Xem các cuộc họp của dòng đang chọn, hoặc cuộc họp của dòng đó",
    # Periods
    "month {month}/{year}": "tháng {month}/{year}",
    "Q{quarter}/{year}": "quý {quarter}/{year}",
    "Q{quarter}": "quý {quarter}",
    "year {year}": "năm {year}",
    "the search {search}": "kết quả tìm kiếm {search}",
    "all time": "mọi thời gian",
    "{year}, month not known": "{year}, không rõ tháng",
    "{count} dated only to the year (in the table)": "{count} chỉ ghi năm (xem bảng)",
    "{count} of meetings dated only to the year (in the table)": (
        "{count} thuộc các cuộc họp chỉ ghi năm (xem bảng)"
    ),
    "Meetings of {period}": "Các cuộc họp {period}",
    "the figure counts {count}: this search also finds meetings it counts in other rows": (
        "số liệu đếm {count}: tìm kiếm này còn thấy cả các cuộc họp được đếm ở dòng khác"
    ),
    # The figures
    "Meetings per period": "Số cuộc họp theo kỳ",
    "no kind recorded": "không ghi loại",
    "Organising body": "Đơn vị tổ chức",
    "Organising bodies": "Đơn vị tổ chức",
    "{shown} of {count} bodies": "{shown} trên {count} đơn vị",
    "Person": "Người",
    "Chaired": "Chủ trì",
    "{shown} of {count} people": "{shown} trên {count} người",
    "{name} in {period}": "{name}, {period}",
    "Attendance of {name}": "Tham dự của {name}",
    "No one recorded": "Chưa ghi ai",
    "Decisions made and done": "Quyết định, kết luận đã ra và đã hoàn thành",
    "Still open": "Đang thực hiện",
    "Done": "Đã hoàn thành",
    "Dropped": "Đã hủy",
    "Overdue": "Quá hạn",
    "no one named": "không ghi người thực hiện",
    "{statuses}; {overdue} overdue": "{statuses}; {overdue} quá hạn",
    "Who carries them out": "Đơn vị/người thực hiện",
    "Documents cited most": "Văn bản dẫn chiếu nhiều nhất",
    "{shown} of {count} documents": "{shown} trên {count} văn bản",
    "Show or hide the plot of their attendance over time": (
        "Hiện hoặc ẩn biểu đồ tham dự theo thời gian"
    ),
}
