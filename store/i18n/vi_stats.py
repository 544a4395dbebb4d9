"""Vietnamese for the committee's figures: `minutebook stats` and the quarterly report."""

MESSAGES: dict[str, str] = {
    "of the open, overdue": "trong đó quá hạn",
    "No meeting here was organised by {body}, so no attendance is shown; the bodies' names are in"
    " the table of meetings by organising body.": (
        "Không có cuộc họp nào ở đây do {body} tổ chức, nên không có số liệu dự họp; tên các đơn vị"
        " có trong bảng số cuộc họp theo đơn vị tổ chức."
    ),
    # The tables (store.stats_tables), as docs/glossary.md words them.
    "Q{quarter} {year}": "quý {quarter}/{year}",
    "{year} (month not known)": "{year} (không rõ tháng)",
    "all dates": "toàn bộ thời gian",
    "(no kind)": "(không ghi loại)",
    "(no one named)": "(không ghi đơn vị/người thực hiện)",
    "Not named": "Không có tên",
    "Attendance by person": "Tình hình tham dự",
    "Attendance at the meetings of {body}": "Tình hình tham dự các cuộc họp của {body}",
    "Meetings by month": "Số cuộc họp theo tháng",
    "Meetings by quarter": "Số cuộc họp theo quý",
    "Meetings by kind": "Số cuộc họp theo loại",
    "Meetings by organising body": "Số cuộc họp theo đơn vị tổ chức",
    "Decisions by status": "Quyết định, kết luận theo trạng thái",
    "Decisions by responsible": "Quyết định, kết luận theo đơn vị/người thực hiện",
    "Overdue decisions": "Quyết định, kết luận quá hạn",
    "Month": "Tháng",
    "Quarter": "Quý",
    # The workbook's sheets (commands/stats.py); the others are the tables' own words.
    "Months": "Tháng",
    "Quarters": "Quý",
    "Kinds": "Loại",
    # minutebook stats / report (commands/stats.py)
    "{meetings}, {decisions} ({overdue} overdue); {period}": (
        "{meetings}, {decisions} ({overdue} quá hạn); {period}"
    ),
    " (1 draft, not yet reviewed)": " (1 dự thảo, chưa rà soát)",
    " ({count} drafts, not yet reviewed)": " ({count} dự thảo, chưa rà soát)",
    " but 1 draft, not yet reviewed (--include-drafts counts it)": (
        ", chỉ có 1 biên bản dự thảo, chưa rà soát (--include-drafts để tính cả dự thảo)"
    ),
    " but {count} drafts, not yet reviewed (--include-drafts counts them)": (
        ", chỉ có {count} biên bản dự thảo, chưa rà soát (--include-drafts để tính cả dự thảo)"
    ),
    "Count the drafts too, each marked (dự thảo); else the reviewed record only.": (
        "Tính cả các biên bản dự thảo, mỗi biên bản ghi (dự thảo); nếu không, chỉ tính biên bản"
        " đã rà soát."
    ),
    "no meetings known to fall in {query}; 1 dated only to a month or year that holds it may"
    " (`minutebook search {query}` lists it)": (
        "không có cuộc họp nào chắc chắn thuộc {query}; 1 cuộc họp chỉ ghi tháng hoặc năm chứa"
        " khoảng đó có thể thuộc (`minutebook search {query}` liệt kê)"
    ),
    "no meetings known to fall in {query}; {count} dated only to a month or year that holds it"
    " may (`minutebook search {query}` lists them)": (
        "không có cuộc họp nào chắc chắn thuộc {query}; {count} cuộc họp chỉ ghi tháng hoặc năm"
        " chứa khoảng đó có thể thuộc (`minutebook search {query}` liệt kê)"
    ),
    "… and {count} more (--top {total} lists them all)": (
        "… và {count} dòng nữa (--top {total} để liệt kê tất cả)"
    ),
    "Totals": "Tổng số",
    "Drafts": "Dự thảo",
    "1 decision": "1 quyết định, kết luận",
    "{count} decisions": "{count} quyết định, kết luận",
    "{options}: give one period": "{options}: chỉ chọn một khoảng thời gian",
    "Only the meetings this query finds.": "Chỉ các cuộc họp mà truy vấn này tìm thấy.",
    "A whole year: --year 2024.": "Cả năm: --year 2024.",
    "A quarter: --quarter 2/2024.": "Một quý: --quarter 2/2024.",
    "A month: --month 5/2024.": "Một tháng: --month 5/2024.",
    "Every date (without a period: this year).": (
        "Toàn bộ thời gian (không chọn khoảng thời gian: năm nay)."
    ),
    "Attendance at this body's meetings only (as org: takes it), and who was not named.": (
        "Tình hình tham dự chỉ tính các cuộc họp của đơn vị này (như org:), kèm người không có tên."
    ),
    "Write to this file.": "Ghi ra tệp này.",
    "--year {year}: write a year like 2024": "--year {year}: viết năm như 2024",
    "--quarter {value}: a quarter is 1 to 4 and a year, like 2/2024": (
        "--quarter {value}: quý từ 1 đến 4 kèm năm, viết như 2/2024"
    ),
    "--month {value}: a month is 1 to 12 and a year, like 5/2024": (
        "--month {value}: tháng từ 1 đến 12 kèm năm, viết như 5/2024"
    ),
    "--members-of: name a body, as org: takes it": "--members-of: ghi tên đơn vị, như org:",
    "no meetings match {query}": "không có cuộc họp nào khớp {query}",
    " (this year, by default; the newest are of {year}: --year {year}, or --all)": (
        " (mặc định là năm nay; các cuộc họp mới nhất là của năm {year}: --year {year}, hoặc --all)"
    ),
    "; the newest are of {year} (--year {year})": (
        "; các cuộc họp mới nhất là của năm {year} (--year {year})"
    ),
    "Rows of each list (default: 10 in the table, all in json, csv, xlsx).": (
        "Số dòng mỗi danh sách (mặc định: 10 trong bảng, tất cả trong json, csv, xlsx)."
    ),
    "table for people; json, csv or xlsx (needs -o); else the file's name.": (
        "table để đọc; json, csv hoặc xlsx (cần -o); nếu không, theo tên tệp."
    ),
    "{file}: a report is written as .docx or .md; name the file so, or give --format": (
        "{file}: báo cáo được ghi thành tệp .docx hoặc .md; hãy đặt tên tệp như vậy, hoặc chọn"
        " --format"
    ),
    "The reporting body, as its heading.": "Đơn vị báo cáo, ghi ở đầu văn bản.",
    "docx (needs -o) or md; else the file's name.": (
        "docx (cần -o) hoặc md; nếu không, theo tên tệp."
    ),
    # The commands' own help
    "Meetings by month, quarter, kind and body; attendance; decisions by status and\n"
    "responsible, overdue ones named; documents cited most. Default period: this year. The\n"
    "working figures: drafts are counted, the first line says how many.": (
        "Số cuộc họp theo tháng, quý, loại và đơn vị; tình hình tham dự; quyết định, kết luận\n"
        "theo trạng thái và đơn vị/người thực hiện, nêu tên những việc quá hạn; văn bản được\n"
        "dẫn chiếu nhiều nhất. Mặc định: năm nay. Đây là số liệu làm việc: tính cả biên bản\n"
        "dự thảo, dòng đầu cho biết có bao nhiêu."
    ),
    "The report (Báo cáo) of a period, in Vietnamese: the figures as tables, the meetings with\n"
    "their conclusions, the open and overdue decisions. Default period: this year. It counts the\n"
    "record as reviewed (final, approved, locked) and says how many drafts it left out.": (
        "Báo cáo của một kỳ, bằng tiếng Việt: các số liệu thành bảng, các cuộc họp với kết luận\n"
        "của chúng, các quyết định, kết luận đang thực hiện và quá hạn. Mặc định: năm nay. Chỉ\n"
        "tính biên bản đã rà soát (chính thức, đã thông qua, đã khóa) và cho biết số biên bản\n"
        "dự thảo không được tính."
    ),
}
