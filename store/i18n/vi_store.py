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
    # A spreadsheet's record named (store/exchange/raw.py): `bản ghi 3 (hàng 4, dòng 40, uid 'h-3')`
    "uid {uid!r}": "uid {uid!r}",
    "title {title!r}": "tiêu đề {title!r}",
    # A dry run's refused meetings (commands/importing.py)
    "refused: ": "bị từ chối: ",
    "{count} refused": "{count} bị từ chối",
    "an import would write nothing while a meeting is refused":
        "lần nhập thật sẽ không ghi gì khi còn cuộc họp bị từ chối",
    "1 meeting refused; an import would write nothing: fix it, or --skip-invalid --rejects FILE "
    "writes the others":
        "1 cuộc họp bị từ chối; lần nhập thật sẽ không ghi gì: hãy sửa nó, hoặc dùng "
        "--skip-invalid --rejects FILE để ghi các cuộc họp còn lại",
    "{count} meetings refused; an import would write nothing: fix them, or --skip-invalid "
    "--rejects FILE writes the others":
        "{count} cuộc họp bị từ chối; lần nhập thật sẽ không ghi gì: hãy sửa chúng, hoặc dùng "
        "--skip-invalid --rejects FILE để ghi các cuộc họp còn lại",
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
    "the approval ({approved}) is dated before the meeting ({held})": (
        "ngày thông qua ({approved}) trước ngày họp ({held})"
    ),
    "the approval ({approved}) is dated in the future": "ngày thông qua ({approved}) chưa tới",
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
    "{typed} needs a year; e.g. {example}": "{typed} thiếu năm; ví dụ {example}",
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
    "unknown field {name!r}: did you mean {near}:? Fields: {fields}": (
        "không có trường {name!r}: có phải ý bạn là {near}:? Các trường: {fields}"
    ),
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
    # Importing (store/importer.py, store/errors.py)
    "{where}: same date, title and place as meeting #{id} but other content; not imported "
    "(give it uid {uid!r} and --on-conflict update to replace that meeting, or a uid of its "
    "own to add it)":
        "{where}: cùng ngày, tên và địa điểm với cuộc họp #{id} nhưng nội dung khác; không nhập "
        "(cho nó uid {uid!r} và --on-conflict update để thay cuộc họp đó, hoặc một uid riêng để "
        "thêm mới)",
    "{file}: same date, title and place as meeting #{id} but other content; not imported "
    "(`minutebook show {id}` shows it: correct it there, or write this draft with `minutebook "
    "extract {file} --format json`, give it uid {uid!r} and import that with --on-conflict "
    "update)": "{file}: cùng ngày, tên và địa điểm với cuộc họp #{id} nhưng nội dung khác; không"
    " nhập (`minutebook show {id}` để xem và sửa cuộc họp đó, hoặc ghi bản nháp này bằng "
    "`minutebook extract {file} --format json`, cho nó uid {uid!r} rồi nhập với --on-conflict "
    "update)",
    "unknown --on-conflict {mode!r}; use {modes}": "--on-conflict {mode!r} không có; dùng {modes}",
    "--rejects goes with --skip-invalid": "--rejects phải đi cùng --skip-invalid",
    "uid {uid!r} is used twice (first at {where})": "uid {uid!r} dùng hai lần (lần đầu ở {where})",
    "same date, title and place as {where}; give each a uid if they differ":
        "cùng ngày, tên và địa điểm với {where}; nếu là hai cuộc họp khác nhau, cho mỗi "
        "cuộc một uid",
    "a different meeting with uid {uid!r} is already in the book; "
    "use --on-conflict skip or update":
        "sổ đã có một cuộc họp khác mang uid {uid!r}; dùng --on-conflict skip hoặc update",
    "the book is busy: another program (another import?) has been writing to it "
    "for several seconds; nothing was imported: try again when it is done":
        "sổ đang bận: một chương trình khác (một lần nhập khác?) đang ghi vào sổ đã vài giây; "
        "chưa nhập gì: hãy thử lại khi chương trình đó xong",
    # Reading files (store/exchange/*.py)
    "unknown encoding {name!r}; use one of {codes}":
        "bảng mã {name!r} không có; dùng một trong: {codes}",
    "{name!r} is not a text encoding; use one of {codes}":
        "{name!r} không phải bảng mã văn bản; dùng một trong: {codes}",
    "{path}: no such file": "{path}: không có tệp này",
    "{path}: is a directory, not a file": "{path}: là thư mục, không phải tệp",
    "{path}: permission denied": "{path}: không có quyền đọc",
    "{path}: cannot be read ({reason})": "{path}: không đọc được ({reason})",
    "the file starts with a {label} byte-order mark but --encoding {encoding} was given; "
    "leave --encoding out to read it as {label}":
        "tệp bắt đầu bằng dấu BOM {label} nhưng lại chọn --encoding {encoding}; bỏ --encoding "
        "để đọc theo {label}",
    "not {label} text at byte {offset}: {bad} ({reason})":
        "không phải văn bản {label} ở byte {offset}: {bad} ({reason})",
    "; the file looks like UTF-16 without a byte-order mark: use --encoding utf-16-le "
    "(or utf-16-be)":
        "; tệp có vẻ là UTF-16 không có dấu BOM: dùng --encoding utf-16-le (hoặc utf-16-be)",
    "; a file from an old Vietnamese Windows program needs --encoding cp1258":
        "; tệp từ chương trình Windows tiếng Việt cũ cần --encoding cp1258",
    "--delimiter does not apply to {kind}": "--delimiter không dùng cho {kind}",
    "{error}; the rest of the file was not read": "{error}; phần còn lại của tệp chưa được đọc",
    "reading standard input needs --format {formats}":
        "đọc từ đầu vào chuẩn cần --format {formats}",
    "{option} does not apply to .xlsx files; ignored":
        "{option} không dùng cho tệp .xlsx; đã bỏ qua",
    "unknown format {fmt!r}; use one of {formats}":
        "định dạng {fmt!r} không có; dùng một trong: {formats}",
    "{path}: {what} cannot be read; save it as .xlsx or CSV (UTF-8)":
        "{path}: không đọc được {what}; hãy lưu thành .xlsx hoặc CSV (UTF-8)",
    "an Excel 97-2003 workbook": "sổ tính Excel 97-2003",
    "an OpenDocument spreadsheet": "bảng tính OpenDocument",
    "a Numbers spreadsheet": "bảng tính Numbers",
    "{path}: cannot tell the format from the extension {suffix!r}; use --format {formats}":
        "{path}: không biết định dạng từ phần đuôi {suffix!r}; dùng --format {formats}",
    "(none)": "(không có)",
    "cannot write {fmt!r}; use one of {formats}":
        "không ghi được {fmt!r}; dùng một trong: {formats}",
    "not an .xlsx workbook (a zip archive, but not a spreadsheet)":
        "không phải sổ tính .xlsx (là tệp nén zip nhưng không phải bảng tính)",
    "its text table is {size} MB, more than the {limit} MB this reader holds in memory; "
    "save it as CSV":
        "bảng chữ của nó {size} MB, quá {limit} MB mà chương trình giữ được trong bộ nhớ; "
        "hãy lưu thành CSV",
    "not a readable .xlsx workbook ({error})": "sổ tính .xlsx không đọc được ({error})",
    "column {number}": "cột {number}",
    "has a value but no header; name the column or empty it":
        "có giá trị nhưng không có tiêu đề cột; hãy đặt tên cột hoặc xóa giá trị",
    "only the first sheet {first!r} was read; not {others}":
        "chỉ đọc trang tính đầu tiên {first!r}; không đọc {others}",
    "meeting {meeting!r}, column {column!r}: holds the control character {char!r} that a "
    "workbook cannot carry; export it as JSON or CSV":
        "cuộc họp {meeting!r}, cột {column!r}: có ký tự điều khiển {char!r} mà sổ tính không "
        "chứa được; hãy xuất ra JSON hoặc CSV",
    "meeting {meeting!r}, column {column!r}: {size} characters, more than the {limit} an "
    "Excel cell holds; export it as JSON or CSV":
        "cuộc họp {meeting!r}, cột {column!r}: {size} ký tự, quá {limit} ký tự một ô Excel "
        "chứa được; hãy xuất ra JSON hoặc CSV",
    "the sheet is damaged and cannot be read ({error})":
        "trang tính bị hỏng, không đọc được ({error})",
    "has no worksheet": "không có trang tính nào",
    "accepted headers (English|Vietnamese): {headers}; a row-number column ({numbers}) "
    "is ignored":
        "các tiêu đề cột nhận được (tiếng Anh|tiếng Việt): {headers}; cột số thứ tự "
        "({numbers}) được bỏ qua",
    "the header has {width} columns; a meeting has at most {most}":
        "dòng tiêu đề có {width} cột; một cuộc họp có nhiều nhất {most} cột",
    "unknown column {listed}; {accepted}": "không có cột {listed}; {accepted}",
    "unknown columns {listed}; {accepted}": "không có các cột {listed}; {accepted}",
    "the header has {columns} or more columns; a meeting has at most {most}":
        "dòng tiêu đề có từ {columns} cột trở lên; một cuộc họp có nhiều nhất {most} cột",
    "the header contains NUL characters: the file looks like UTF-16 without a byte-order "
    "mark; use --encoding utf-16-le (or utf-16-be)":
        "dòng tiêu đề có ký tự NUL: tệp có vẻ là UTF-16 không có dấu BOM; dùng --encoding "
        "utf-16-le (hoặc utf-16-be)",
    "the header is longer than {limit} characters; is this a CSV file?":
        "dòng tiêu đề dài quá {limit} ký tự; đây có phải tệp CSV không?",
    "columns {first!r} and {second!r} are both {column!r}; keep one of them":
        "cột {first!r} và cột {second!r} đều là {column!r}; hãy giữ một cột",
    "contains a NUL character: a binary file, or text in another encoding?":
        "có ký tự NUL: tệp nhị phân, hay văn bản theo bảng mã khác?",
    "--delimiter {delimiter!r} is not a separator; use one character such as ';' or ',' or "
    "the word tab":
        "--delimiter {delimiter!r} không phải ký tự phân cách; dùng một ký tự như ';' hoặc ',' "
        "hoặc chữ tab",
    "is longer than {limit} characters without a line break":
        "dài quá {limit} ký tự mà không xuống dòng",
    "has more than {limit} cells": "có hơn {limit} ô",
    "has {cells} cells, the header has {width}": "có {cells} ô, dòng tiêu đề có {width}",
    "a cell is longer than {limit} characters": "có ô dài quá {limit} ký tự",
    "not valid CSV: {error}": "CSV không hợp lệ: {error}",
    "not valid JSON at column {column}: {message}": "JSON không hợp lệ ở cột {column}: {message}",
    "expected ',' or ']' after a meeting": "sau một cuộc họp phải là ',' hoặc ']'",
    "extra text after the array": "có chữ thừa sau mảng",
    "extra text after the meeting": "có chữ thừa sau cuộc họp",
    "a line longer than {limit} characters": "dòng dài quá {limit} ký tự",
    "expected an array of meetings '[ {...}, ... ]'": "cần một mảng các cuộc họp '[ {...}, ... ]'",
    "a meeting longer than {limit} characters": "cuộc họp dài quá {limit} ký tự",
    "not valid JSON: {reason}": "JSON không hợp lệ: {reason}",
    "nested too deeply (a meeting is an object of lists of objects)":
        "lồng nhau quá sâu (một cuộc họp là đối tượng gồm các danh sách đối tượng)",
    "a number too long to read": "số quá dài, không đọc được",
    # The json module's own words, as `not valid JSON at column 3: ...` quotes them
    "Expecting value": "thiếu giá trị",
    "Expecting ',' delimiter": "thiếu dấu ','",
    "Expecting ':' delimiter": "thiếu dấu ':'",
    "Expecting property name enclosed in double quotes": "thiếu tên trường trong ngoặc kép",
    "Unterminated string starting at": "chuỗi chưa đóng ngoặc kép",
    "Invalid control character at": "ký tự điều khiển không hợp lệ",
    "Invalid \\escape": "ký tự thoát \\ không hợp lệ",
    "Extra data": "có dữ liệu thừa",
    # Files read and written (store/files.py, store/outputs.py)
    "{name}: cannot read it: {reason}": "{name}: không đọc được: {reason}",
    "{name}: is a folder, not a {what}": "{name}: là thư mục, không phải {what}",
    "{name}: is not a regular file (a device or a pipe), not a {what}":
        "{name}: không phải tệp thường (là thiết bị hoặc đường ống), không phải {what}",
    "{name}: is not a regular file, not a {what}":
        "{name}: không phải tệp thường, không phải {what}",
    "{name}: more than {size} MB is too big to be a {what}":
        "{name}: hơn {size} MB là quá lớn cho {what}",
    "standard input": "đầu vào chuẩn",
    "file": "tệp",
    "report file": "tệp bài báo",
    "key map": "tệp phím tắt",
    "settings file": "tệp thiết lập",
    "{path} is the minute book itself ({book}); write to another file":
        "{path} chính là sổ biên bản ({book}); hãy ghi ra tệp khác",
    "no space left on device": "ổ đĩa đã đầy",
    "cannot write {path}: {reason}": "không ghi được {path}: {reason}",
    "cannot write {path}: the folder {folder} does not exist":
        "không ghi được {path}: thư mục {folder} không có",
    # The database's address (store/urls.py)
    "that looks like a libpq connection string; write it as a URL: "
    "postgresql+psycopg://USER@HOST:PORT/DATABASE (the password in ~/.pgpass)":
        "đây có vẻ là chuỗi kết nối libpq; hãy viết thành URL: "
        "postgresql+psycopg://USER@HOST:PORT/DATABASE (mật khẩu để trong ~/.pgpass)",
    "check the user name and the password (in the URL or ~/.pgpass)":
        "kiểm tra tên người dùng và mật khẩu (trong URL hoặc ~/.pgpass)",
    "the server wants a password: put it in the URL or in ~/.pgpass (whose line must match "
    "the host, port, database and user, and which must be mode 600)":
        "máy chủ cần mật khẩu: ghi vào URL hoặc ~/.pgpass (dòng trong đó phải khớp máy chủ, "
        "cổng, cơ sở dữ liệu và người dùng; tệp phải có quyền 600)",
    "check the name, or ask the server's administrator to create it":
        "kiểm tra tên, hoặc nhờ người quản trị máy chủ tạo",
    "is the server running, and listening on that host and port?":
        "máy chủ có đang chạy và nghe ở máy và cổng đó không?",
    "is the server running? (no socket at that path)":
        "máy chủ có đang chạy không? (không có socket ở đường dẫn đó)",
    "the server stopped or restarted: try again in a moment":
        "máy chủ đã dừng hoặc khởi động lại: thử lại sau giây lát",
    "is the server running, and can this machine reach it (firewall, VPN)?":
        "máy chủ có đang chạy, và máy này có kết nối tới được không (tường lửa, VPN)?",
    "check the host name in the URL": "kiểm tra tên máy chủ trong URL",
    "the server does not accept this user from this machine: ask its administrator "
    "(pg_hba.conf)":
        "máy chủ không nhận người dùng này từ máy này: hỏi người quản trị (pg_hba.conf)",
    "this user may not use that database: ask the administrator":
        "người dùng này không được dùng cơ sở dữ liệu đó: hỏi người quản trị",
    # Where a record stands (store/lifecycle.py): statuses in the glossary's words
    " (approved on {on} by {by})": " (thông qua ngày {on}, bởi {by})",
    " (approved on {on})": " (thông qua ngày {on})",
    " (approved by {by})": " (thông qua bởi {by})",
    "meeting #{id} is locked{approval}: correct it with `minutebook amend {id} --reason TEXT "
    "...`; nothing was saved":
        "cuộc họp #{id} đã khóa{approval}: đính chính bằng `minutebook amend {id} --reason TEXT "
        "...`; chưa lưu gì",
    "meeting #{id} is a draft: check it and mark it final before it is {new} (`minutebook "
    "edit {id} --status final`); nothing was saved":
        "cuộc họp #{id} là dự thảo: kiểm tra rồi chuyển thành chính thức trước khi {new} "
        "(`minutebook edit {id} --status final`); chưa lưu gì",
    "meeting #{id} is not approved yet: approve it (with the date and by whom) before "
    "locking it; nothing was saved":
        "cuộc họp #{id} chưa được thông qua: thông qua (ghi ngày và ai thông qua) trước khi "
        "khóa; chưa lưu gì",
    "meeting #{id} is {old}{approval}: it cannot become {new} again; nothing was saved":
        "cuộc họp #{id} {old}{approval}: không thể trở lại {new}; chưa lưu gì",
    "meeting #{id} is {old}: edit it (`minutebook edit`); amendments are for approved or "
    "locked minutes":
        "cuộc họp #{id} đang {old}: hãy sửa (`minutebook edit`); đính chính chỉ dành cho biên "
        "bản đã thông qua hoặc đã khóa",
    "an amendment leaves meeting #{id} {old}; change the status with `minutebook edit`":
        "đính chính giữ nguyên cuộc họp #{id} ở trạng thái {old}; đổi trạng thái bằng "
        "`minutebook edit`",
    "meeting #{id} is locked{approval}: locked minutes are not deleted; nothing was changed":
        "cuộc họp #{id} đã khóa{approval}: biên bản đã khóa không xóa được; không thay đổi gì",
    "meeting #{id} is locked: an import does not change it; correct it with `minutebook "
    "amend {id} --reason TEXT ...`":
        "cuộc họp #{id} đã khóa: nhập tệp không thay đổi được; đính chính bằng `minutebook "
        "amend {id} --reason TEXT ...`",
    "meeting #{id} is {stored}: an import does not make it {incoming} again":
        "cuộc họp #{id} {stored}: nhập tệp không đưa nó trở lại {incoming}",
    # Trash, history, edits, decisions, copying
    "meeting #{id} is not in the trash; `minutebook trash` lists what is":
        "cuộc họp #{id} không có trong thùng rác; `minutebook trash` liệt kê những gì có",
    "the trashed record of meeting #{id} cannot be read":
        "không đọc được bản ghi đã xóa của cuộc họp #{id}",
    "--remove-decision {number}: there are {count} decisions":
        "--remove-decision {number}: cuộc họp chỉ có {count} quyết định, kết luận",
    "--approved-on: {reason}": "--approved-on: {reason}",
    "not in this meeting": "không có trong cuộc họp này",
    "--decision-status {setting!r}: write N=STATUS, e.g. 2=done":
        "--decision-status {setting!r}: viết SỐ=TRẠNG_THÁI, ví dụ 2=done",
    "--decision-status {setting!r}: there are {count} decisions":
        "--decision-status {setting!r}: cuộc họp chỉ có {count} quyết định, kết luận",
    "meeting {id} has no decision {number} (it has {count})":
        "cuộc họp {id} không có quyết định, kết luận số {number} (chỉ có {count})",
    "meeting #{id} is not in the trash": "cuộc họp #{id} không có trong thùng rác",
    "meeting #{id} has no version {version}": "cuộc họp #{id} không có phiên bản {version}",
    "meeting #{id} is in the trash: `minutebook restore {id}` brings it back with its history":
        "cuộc họp #{id} đang ở thùng rác: `minutebook restore {id}` khôi phục nó cùng lịch sử "
        "sửa đổi",
    "no meeting {id}; `minutebook list` shows the numbers":
        "không có cuộc họp {id}; `minutebook list` cho xem các số",
    "{name}: not a Word document (.docx)": "{name}: không phải tệp Word (.docx)",
    "{name}: not a Word document (.docx): {reason}":
        "{name}: không phải tệp Word (.docx): {reason}",
    "{name}: unpacks to more than {size} MB: too big to be minutes":
        "{name}: giải nén ra hơn {size} MB: quá lớn để là một biên bản",
    # Opening, backups, meetings and people
    'no minute book at {path}: check the name, or add --create to start a new book there':
        'không có sổ biên bản ở {path}: kiểm tra lại tên, hoặc thêm --create để bắt đầu một sổ '
        'mới ở đó',
    '{url} holds no minute book; to start one there, give --create':
        '{url} không chứa sổ biên bản nào; muốn bắt đầu một sổ ở đó, thêm --create',
    'cannot open {path}: it is not a file':
        'không mở được {path}: đó không phải là một tệp',
    '{path} is an empty file, not a minute book; if a backup of it exists, restore it, or delete '
    'the empty file to start a new book there':
        '{path} là một tệp rỗng, không phải sổ biên bản; nếu có bản sao lưu của nó, hãy khôi '
        'phục, hoặc xóa tệp rỗng để bắt đầu sổ mới ở đó',
    'the book can be read but not written: {reason}':
        'sổ đọc được nhưng không ghi được: {reason}',
    '{url} has schema {current}, newer than this minutebook ({head}); upgrade minutebook':
        '{url} có lược đồ {current}, mới hơn bản minutebook này ({head}); hãy nâng cấp minutebook',
    'db backup copies SQLite files; for a server database use its own tool (for PostgreSQL: '
    'pg_dump)':
        'db backup sao lưu tệp SQLite; với cơ sở dữ liệu trên máy chủ, hãy dùng công cụ của nó '
        '(PostgreSQL: pg_dump)',
    '{path} already exists; choose a new file name':
        '{path} đã có; hãy chọn tên tệp mới',
    'cannot back up to {path}: the folder {folder} does not exist':
        'không sao lưu được vào {path}: thư mục {folder} không tồn tại',
    'backup to {path} failed: {reason}':
        'sao lưu vào {path} không thành công: {reason}',
    'no meeting {ref!r}; `minutebook list` shows numbers, `--format json` uids':
        'không có cuộc họp {ref!r}; `minutebook list` cho xem các số, `--format json` cho xem uid',
    'a meeting with uid {uid!r} is already in the book (#{id})':
        'một cuộc họp có uid {uid!r} đã có trong sổ (#{id})',
    'meeting #{id} has the same date, title and place; give this one a uid of its own if it is a '
    'different meeting':
        'cuộc họp #{id} có cùng ngày, tên và địa điểm; nếu đây là cuộc họp khác, hãy cho nó một '
        'uid riêng',
    'an amendment needs a reason: --reason TEXT':
        'đính chính cần lý do: --reason TEXT',
    'meeting #{id} is in the book, not in the trash':
        'cuộc họp #{id} đang ở trong sổ, không ở thùng rác',
    'no person named {name!r}; `minutebook people` lists everyone':
        'không có người tên {name!r}; `minutebook people` liệt kê mọi người',
    '{name!r} could be several people: {names}; write the full name':
        '{name!r} có thể là nhiều người: {names}; hãy viết đủ họ tên',
    'no person {id}':
        'không có người số {id}',
    'the new name is empty':
        'tên mới đang để trống',
    '{name!r} is already a person; to make them one, use `minutebook people merge`':
        '{name!r} đã là một người trong danh bạ; để gộp làm một, dùng `minutebook people merge`',
    '{name!r} is not a name: leave titles out of it':
        '{name!r} không phải là tên: đừng ghi chức danh vào',
    'cannot merge a person with themselves':
        'không thể gộp một người với chính họ',
    "the database failed: {problem}": "cơ sở dữ liệu gặp lỗi: {problem}",
    "the source and the target are the same database":
        "nguồn và đích là cùng một cơ sở dữ liệu",
    "{url} already holds {count} meetings; copy into an empty database":
        "{url} đã có {count} cuộc họp; hãy sao chép vào một cơ sở dữ liệu trống",
    # The operating system's reasons (store.errors.os_reason)
    "no such file or directory": "không có tệp hay thư mục này",
    "permission denied": "không có quyền",
    "it is a folder": "đó là một thư mục",
    "a part of the path is not a folder": "một phần của đường dẫn không phải thư mục",
    "the file system is read-only": "hệ thống tệp chỉ cho đọc",
    "it already exists": "đã có rồi",
    "the name is too long": "tên quá dài",
}
# fmt: on
