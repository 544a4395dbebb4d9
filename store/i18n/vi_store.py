"""The store's messages in Vietnamese: a record's validation, dates and times as typed, the
errors a command or a screen shows (not found, usage, files), import problems.

Keys are the English texts as store/*.py says them through `_()`; values a user typed, file
names and fields' codes stay as they are (`trường 'date'`, `end_time`), so a message can be
matched with docs/format.md. Words follow docs/glossary.md.
"""

from __future__ import annotations

# fmt: off
MESSAGES: dict[str, str] = {
    # How a search is described back (store/query.py)
    "words": "từ",
    "all meetings": "mọi cuộc họp",
    # Where a problem is (store/errors.py): `loi.csv, dòng 3, trường 'date': ...`
    "line": "dòng",
    "row": "hàng",
    "record": "bản ghi",
    ", field {field!r}": ", trường {field!r}",
    "invalid record": "bản ghi không hợp lệ",
    "meeting {id} was deleted by someone else while you edited it":
        "cuộc họp {id} đã bị người khác xóa trong lúc bạn sửa",
    "meeting {id} was changed elsewhere (you edited version {expected}, it is now "
    "version {actual}); reload it and apply your change again":
        "cuộc họp {id} đã được sửa ở nơi khác (bạn sửa bản {expected}, nay là bản {actual}); "
        "hãy mở lại rồi sửa lại",
    "the search was cancelled": "đã dừng tìm kiếm",
    # A record's fields (store/record.py, store/reasons.py)
    "is required": "bắt buộc phải có",
    "is not a field of a meeting record (see docs/format.md)":
        "không phải trường của một cuộc họp (xem docs/format.md)",
    "String should have at most {limit} characters": "dài quá {limit} ký tự",
    "Input should be a valid list": "phải là một danh sách",
    "Input should be a valid integer": "phải là số nguyên",
    "Input should be a valid integer, unable to parse string as an integer":
        "phải là số nguyên",
    "Input should be a valid integer, got a number with a fractional part":
        "phải là số nguyên, không có phần thập phân",
    "Input should be greater than or equal to {limit}": "phải từ {limit} trở lên",
    "Input should be less than or equal to {limit}": "phải không quá {limit}",
    "Input should be a valid boolean": "phải là có/không (true hoặc false)",
    "Input should be a valid boolean, unable to interpret input":
        "phải là có/không (true hoặc false)",
    "Input should be a valid dictionary or instance of {class_name}":
        "phải là một đối tượng JSON",
    "Input should be a valid dictionary": "phải là một đối tượng JSON",
    "must be text": "phải là văn bản",
    "{what} must be text": "{what} phải là văn bản",
    "is {size} characters long; no text may exceed {limit}":
        "dài {size} ký tự; không văn bản nào được dài quá {limit}",
    "half of a surrogate pair": "nửa cặp thay thế (surrogate)",
    "the control character": "ký tự điều khiển",
    "contains {what} U+{code:04X} at character {at}; remove it":
        "có {what} U+{code:04X} ở ký tự thứ {at}; hãy xóa nó đi",
    "{value} is too long to be a {what} ({size} characters)":
        "{value} quá dài để là {what} ({size} ký tự)",
    "has {count} {what}; {holder} has at most {most}":
        "có {count} {what}; {holder} có nhiều nhất {most}",
    "unknown {what} {value}; use one of {codes}":
        "{what} {value} không có; dùng một trong: {codes}",
    "a date must be text such as 2024-03-15, 15/3/2024, 2024-03 or 2024":
        "ngày phải viết thành chữ, như 2024-03-15, 15/3/2024, 2024-03 hoặc 2024",
    "a time must be text such as 14:00": "giờ phải viết thành chữ, như 14:00",
    "part of day must be text such as 'afternoon' or 'chiều'":
        "buổi phải viết thành chữ, như 'chiều'",
    "must not be empty": "không được để trống",
    "a timestamp must be text such as 2024-03-15T08:00:00Z":
        "thời điểm phải viết thành chữ, như 2024-03-15T08:00:00Z",
    "{value} is not a timestamp; use 2024-03-15T08:00:00Z":
        "{value} không phải là thời điểm; hãy viết 2024-03-15T08:00:00Z",
    "year {year} is out of range ({first}-{last})":
        "năm {year} nằm ngoài khoảng {first}-{last}",
    "has {count} fields ({some}, ...); only {known} are known (see docs/format.md)":
        "có {count} trường ({some}, ...); chỉ có {known} trường hợp lệ (xem docs/format.md)",
    "{name} is not a name: write the title apart, as 'Name (title)' or 'Name | title'":
        "{name} không phải là họ tên: ghi chức danh riêng, dạng 'Họ tên (chức danh)' hoặc "
        "'Họ tên | chức danh'",
    "{uid} is not a uid: use letters, digits, '-', '_', '.', ':' (at most 100)":
        "{uid} không phải là uid: chỉ dùng chữ cái, chữ số, '-', '_', '.', ':' (tối đa 100)",
    "{value} is not yes/no; use true or false":
        "{value} không phải có/không; hãy viết true hoặc false",
    "{name} is listed twice as {role}": "{name} được ghi hai lần là {role}",
    "end_time needs a start_time": "end_time (giờ kết thúc) cần có start_time (giờ bắt đầu)",
    "end_time is before start_time":
        "end_time (giờ kết thúc) sớm hơn start_time (giờ bắt đầu)",
    "a record that is {status} says when it was approved: give approved_on":
        "biên bản {status} phải ghi ngày thông qua: điền approved_on",
    "a meeting must be a JSON object": "một cuộc họp phải là một đối tượng JSON",
    # What a value is, as the messages above name it
    "date": "ngày",
    "time": "giờ",
    "part of day": "buổi",
    "timestamp": "thời điểm",
    "yes/no": "có/không",
    "role": "vai trò",
    "decision kind": "loại quyết định",
    "status": "trạng thái",
    "short forms": "tên viết tắt",
    "an organisation": "một đơn vị",
    "organisers": "đơn vị tổ chức",
    "a meeting": "một cuộc họp",
    "decisions": "quyết định, kết luận",
    "documents": "văn bản dẫn chiếu",
    # Dates and times as typed (store/dates.py)
    "use 2024-03-15, 15/3/2024, 15/3/24, 2024-03, 3/2024 or 2024":
        "hãy viết 2024-03-15, 15/3/2024, 15/3/24, 2024-03, 3/2024 hoặc 2024",
    "use 2024-03-15, 15/3/2024, 15/3/24, 2024-03, 3/2024 or 2024, with a part of day if you "
    "like: chiều 15/3/2024":
        "hãy viết 2024-03-15, 15/3/2024, 15/3/24, 2024-03, 3/2024 hoặc 2024, có thể kèm buổi: "
        "chiều 15/3/2024",
    "use 2024-03-15, 15/3/2024, 3/2024, tháng 3/2024, quý 2/2024, năm 2024 or 2024":
        "hãy viết 2024-03-15, 15/3/2024, 3/2024, tháng 3/2024, quý 2/2024, năm 2024 hoặc 2024",
    "use 14:30, 8:00, 14h, 14h30, 14 giờ 30 or 2h chiều":
        "hãy viết 14:30, 8:00, 14h, 14h30, 14 giờ 30 hoặc 2h chiều",
    "morning/sáng, noon/trưa, afternoon/chiều or evening/tối": "sáng, trưa, chiều hoặc tối",
    "a day needs a month": "có ngày thì phải có tháng",
    "there is no month {month} (months are 1-12)": "không có tháng {month} (tháng từ 1 đến 12)",
    "{name} {year} has {days} days": "tháng {month}/{year} có {days} ngày",
    "there is no quarter {number} (quarters are 1-4)": "không có quý {number} (quý từ 1 đến 4)",
    "{shown} is not a date: {problem}": "{shown} không phải là ngày: {problem}",
    "unknown date precision {precision!r}; use day, month or year":
        "độ chính xác của ngày {precision!r} không có; dùng day, month hoặc year",
    "empty date; {forms}": "chưa có ngày; {forms}",
    "{typed} needs a year; e.g. tháng 5/2024": "{typed} thiếu năm; ví dụ tháng 5/2024",
    "{typed} needs a year; e.g. quý 2/2024": "{typed} thiếu năm; ví dụ quý 2/2024",
    "{typed} is not a date; {forms}": "{typed} không phải là ngày; {forms}",
    "{typed} is not a date range; use A..B, ..B or A..":
        "{typed} không phải là khoảng ngày; hãy viết A..B, ..B hoặc A..",
    "{typed} has no dates; use 2024-01..2024-06, ..2023 or 2024..":
        "{typed} không có ngày nào; hãy viết 2024-01..2024-06, ..2023 hoặc 2024..",
    "{typed} starts after it ends; put the earlier date first":
        "{typed} bắt đầu sau khi kết thúc; hãy ghi ngày sớm hơn trước",
    "{typed} is not a time; {forms}": "{typed} không phải là giờ; {forms}",
    "{typed} is not a time: there is no hour {hour}; {forms}":
        "{typed} không phải là giờ: không có {hour} giờ; {forms}",
    "{typed} is not a time: there is no minute {minute}; {forms}":
        "{typed} không phải là giờ: không có {minute} phút; {forms}",
    "{typed} is not a time: {said} is {first}h to {last}h; {forms}":
        "{typed} không phải là giờ: buổi {said} là từ {first}h đến {last}h; {forms}",
    "{typed} is not a part of day; use {forms}": "{typed} không phải là buổi; dùng {forms}",
    "{typed} needs a date; e.g. chiều 15/3/2024": "{typed} thiếu ngày; ví dụ chiều 15/3/2024",
    "{typed} says {part} but the part of day is {given}: give it once":
        "{typed} ghi buổi {part} nhưng trường buổi lại là {given}: chỉ ghi một lần",
    # A query as typed (store/query.py); the query and its fields stay as typed
    'unclosed quote in {typed!r}; end it with "':
        'dấu ngoặc kép chưa đóng ở {typed!r}; hãy kết thúc bằng "',
    "unknown field {name!r}; use {fields}": "không có trường {name!r}; dùng {fields}",
    "{item} does not overlap the other date: items; nothing could match":
        "{item} không giao với điều kiện date: còn lại; không cuộc họp nào khớp được",
    "{item}: unknown status; use {codes}": "{item}: không có trạng thái này; dùng {codes}",
    "{item} has no value; e.g. {example}": "{item} chưa có giá trị; ví dụ {example}",
    "{item} has no letters or digits to search for; e.g. {example}":
        "{item} không có chữ cái hay chữ số nào để tìm; ví dụ {example}",
    'person:khang or person:"nguyen dinh khang"': 'person:khang hoặc person:"nguyen dinh khang"',
    'chair:khang or chair:"nguyen dinh khang"': 'chair:khang hoặc chair:"nguyen dinh khang"',
    'org:ldld or org:"cong doan"': 'org:ldld hoặc org:"cong doan"',
    'place:"ha noi"': 'place:"ha noi"',
    'kind:"hoi nghi"': 'kind:"hoi nghi"',
    "doc:249/TB-VPCP": "doc:249/TB-VPCP",
    'date:2024, date:3/2024, date:"quý 2/2024" or date:2024-01..2024-06':
        'date:2024, date:3/2024, date:"quý 2/2024" hoặc date:2024-01..2024-06',
    "status:draft, status:final, status:approved or status:locked":
        "status:draft, status:final, status:approved hoặc status:locked",
}
# fmt: on
