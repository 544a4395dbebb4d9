"""The command line's words in Vietnamese: help, tables, summaries, confirmations, its errors, and
Click's own words as `commands/language.py` says them (usage, headings, usage mistakes).

Keys are the English texts as `cli.py` and `commands/*.py` say them (`_()`/`plural()`), and the
commands' docstrings as Click keeps them (their help). Words follow docs/glossary.md; commands,
options, formats and values a user types (`--format`, `status:draft`, `30d`) stay as typed.
"""

from __future__ import annotations

# fmt: off
MESSAGES: dict[str, str] = {
    "write a whole number, like 10": "hãy viết một số nguyên, ví dụ 10",
    "give {n} or more": "hãy cho từ {n} trở lên",
    "give {n} or less": "hãy cho từ {n} trở xuống",
    # The app and its global options
    "A minute book for meetings: record them, find them again in seconds.":
        "Sổ biên bản các cuộc họp: ghi lại, tìm lại trong vài giây.",
    "Database: a SQLAlchemy URL or a SQLite file path. Default: $MINUTEBOOK_DB, else "
    "minutebook.db in your data directory (see `minutebook db path`).":
        "Cơ sở dữ liệu: một URL SQLAlchemy hoặc đường dẫn tệp SQLite. Mặc định: $MINUTEBOOK_DB, "
        "nếu không có thì minutebook.db trong thư mục dữ liệu của bạn (xem `minutebook db path`).",
    "Start a new book if the --db file does not exist yet (without it, a missing file is an "
    "error, so a mistyped name never looks like an empty book).":
        "Lập sổ mới nếu tệp --db chưa có (không có tùy chọn này, thiếu tệp là lỗi, để một tên gõ "
        "nhầm không bao giờ trông như một sổ trống).",
    "Show the version of minutebook and exit.": "In phiên bản của minutebook rồi thoát.",
    "Language of the minute book: its screens and the command line; default from your locale "
    "(LANG).":
        "Ngôn ngữ của sổ biên bản: màn hình và dòng lệnh; mặc định theo thiết lập vùng (LANG).",
    "unknown language {lang}; use {first} or {second}":
        "ngôn ngữ {lang} không có; dùng {first} hoặc {second}",
    "Aborted!": "Đã dừng!",
    "bad query: {reason}": "câu tìm kiếm sai: {reason}",
    "interrupted; nothing more was written": "đã ngắt; không ghi thêm gì",
    "interrupted; nothing was imported: an import is all or nothing": (
        "đã ngắt; không nhập gì: một lần nhập ghi tất cả hoặc không ghi gì"
    ),
    "1 problem": "1 lỗi",
    "{count} problems": "{count} lỗi",
    "{problems}; nothing was written": "{problems}; không ghi gì vào sổ",
    " (first {shown} shown)": " (hiện {shown} lỗi đầu)",
    "{problems}; a file that cannot be read stops the whole import, even with --skip-invalid; "
    "nothing was written":
        "{problems}; một tệp không đọc được thì dừng cả lần nhập, kể cả với --skip-invalid; "
        "không ghi gì vào sổ",
    "{format} is a binary file: write it with -o FILE.{format}":
        "{format} là tệp nhị phân: ghi ra tệp bằng -o TỆP.{format}",
    "{shown} of 1 meeting; use --limit to see more":
        "{shown} trên 1 cuộc họp; dùng --limit để xem thêm",
    "{shown} of {count} meetings; use --limit to see more":
        "{shown} trên {count} cuộc họp; dùng --limit để xem thêm",
    "cannot write to standard output: {reason}": "không ghi được ra màn hình: {reason}",
    "warning: ": "cảnh báo: ",
    "problem: ": "lỗi: ",
    # Click's own words
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Arguments": "Tham số",
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "default": "mặc định",
    "required": "bắt buộc",
    "{name}: {value}": "{name}: {value}",
    "; see '{command} {option}'": "; xem '{command} {option}'",
    "; {option} goes before the command: '{root} {option} … {command}'":
        "; {option} đặt trước lệnh: '{root} {option} … {command}'",
    "{option} needs a value": "{option} cần một giá trị",
    "No such option: {name}": "Không có tùy chọn {name}",
    "(Possible options: {name})": "(Có các tùy chọn: {name})",
    "No such command '{name}'.": "Không có lệnh '{name}'.",
    "Missing argument {name}.": "Thiếu tham số {name}.",
    "Missing option {name}.": "Thiếu tùy chọn {name}.",
    "Missing parameter: {name}": "Thiếu tham số: {name}",
    "Missing command.": "Thiếu lệnh.",
    "Option {name} requires an argument.": "Tùy chọn {name} cần một giá trị.",
    "Option {name} does not take a value.": "Tùy chọn {name} không nhận giá trị.",
    "Got unexpected extra argument(s) ({name})": "Thừa tham số ({name})",
    "Invalid value for {name}: ": "Giá trị sai cho {name}: ",
    "{name} is not one of {choices}.": "{name} không thuộc {choices}.",
    "{name} is not a valid integer.": "{name} không phải số nguyên.",
    "{name} is not in the range {choices}.": "{name} nằm ngoài khoảng {choices}.",
    # Shared options
    "table for people, json or csv for scripts.":
        "table: bảng để đọc; json hoặc csv: cho chương trình.",
    "relevance: the person the words name first, then the words together, then anywhere "
    "(newest first within each); newest: newest first.":
        "relevance: người được nêu tên trước, rồi các từ đứng liền nhau, rồi ở bất kỳ đâu (trong "
        "mỗi nhóm, mới nhất trước); newest: mới nhất trước.",
    "At most this many.": "Nhiều nhất chừng này.",
    "The meeting's number or uid.": "Số hoặc uid của cuộc họp.",
    "Do not ask.": "Không hỏi lại.",
    # Meetings: list, search, show, add, delete
    "The most recent meetings, newest first.": "Các cuộc họp gần đây nhất, mới nhất trước.",
    "Find meetings: free words plus person: chair: org: place: kind: doc: date: status:.\n\n"
    '`minutebook search chair:"nguyen dinh khang" date:2024` finds the meetings he chaired in\n'
    "2024; `minutebook search \"ky ket\" quý 2/2024` the words ký kết together, April-June 2024.\n"
    "Without marks a word matches any marks; typed with marks (Nguyễn Đình Khang) it means "
    "them.\nUnder each title (json: `matched`), where the meeting matched: the person, or the "
    "words.":
        "Tìm cuộc họp: từ tự do và person: chair: org: place: kind: doc: date: status:.\n\n"
        '`minutebook search chair:"nguyen dinh khang" date:2024` tìm các cuộc họp ông chủ trì '
        "năm 2024; `minutebook search \"ky ket\" quý 2/2024` tìm hai từ ký kết liền nhau, từ "
        "tháng 4 đến tháng 6/2024.\nGõ không dấu thì khớp mọi dấu; gõ có dấu (Nguyễn Đình Khang) "
        "thì khớp đúng dấu.\nDưới mỗi tiêu đề (json: `matched`) là chỗ khớp: người, hoặc các từ.",
    "Words and fields (README: The query language); an argument in quotes is one phrase, or "
    "after field: one value.":
        "Các từ và trường (README: ngôn ngữ tìm kiếm); một tham số trong ngoặc kép là một cụm "
        "từ, hoặc sau trường: là một giá trị.",
    "The whole record of one meeting; --format md or docx writes its minutes.":
        "Toàn bộ hồ sơ một cuộc họp; --format md hoặc docx viết biên bản của nó.",
    "The meeting's number (from list) or uid.": "Số của cuộc họp (theo list) hoặc uid.",
    "table for people, json or csv for scripts, md or docx for the minutes (default: by"
    " --output's ending, else table).": "table: bảng để đọc; json hoặc csv: cho chương trình;"
        " md hoặc docx: biên bản (mặc định: theo đuôi tệp --output, không thì table).",
    "Write to this file (docx needs one).": "Ghi ra tệp này (docx bắt buộc có tệp).",
    "Record a new meeting. People as 'Name | title' or 'Name (title)', repeatable.":
        "Ghi một cuộc họp mới. Người ghi dạng 'Họ tên | chức danh' hoặc 'Họ tên (chức danh)', "
        "lặp lại được.",
    "What the meeting was.": "Cuộc họp về việc gì.",
    "15/3/2024, 2024-03-15, 3/2024 or 2024.": "15/3/2024, 2024-03-15, 3/2024 hoặc 2024.",
    "sáng, trưa, chiều, tối.": "sáng, trưa, chiều, tối.",
    "Start time, 14:00.": "Giờ bắt đầu, 14:00.",
    "End time, 16:30.": "Giờ kết thúc, 16:30.",
    "Where it was held.": "Địa điểm tổ chức.",
    "An organising body (repeatable).": "Một đơn vị tổ chức (lặp lại được).",
    "The minutes body (Markdown).": "Phần ghi chép của biên bản (Markdown).",
    "A URL or file the record came from.": "URL hoặc tệp là nguồn của hồ sơ.",
    "The date was not stated in full.": "Ngày không được ghi đầy đủ.",
    "A stable id; generated if absent.": "Mã cố định; tự tạo nếu không có.",
    "Move a meeting to the trash, whole and under its number; `minutebook restore` brings it\n"
    "back.":
        "Chuyển một cuộc họp vào thùng rác, nguyên vẹn và giữ số của nó; `minutebook restore` "
        "khôi phục lại.",
    "the book is empty; `minutebook add` or `minutebook import FILE` fills it":
        "sổ đang trống; `minutebook add` hoặc `minutebook import TỆP` để ghi vào",
    "no meetings match {query}; check the spelling or use fewer words":
        "không có cuộc họp nào khớp {query}; kiểm tra chính tả hoặc bớt từ",
    "no meetings match {query}": "không có cuộc họp nào khớp {query}",
    "{uid} (version {version})": "{uid} (bản {version})",
    "draft: to review; `minutebook edit {id} --status final` when checked":
        "dự thảo: cần rà soát; `minutebook edit {id} --status final` khi đã kiểm tra",
    "locked: corrected only by `minutebook amend {id} --reason TEXT ...`":
        "đã khóa: chỉ đính chính bằng `minutebook amend {id} --reason TEXT ...`",
    "--output needs a file format: --format md, docx, json or csv":
        "--output cần một định dạng tệp: --format md, docx, json hoặc csv",
    "Wrote meeting #{id} to {file}.": "Đã ghi cuộc họp #{id} ra {file}.",
    "Added meeting #{id}: {title}": "Đã thêm cuộc họp #{id}: {title}",
    "not moving {meeting} to the trash: add --yes to confirm":
        "chưa chuyển {meeting} vào thùng rác: thêm --yes để xác nhận",
    "Move {meeting} to the trash?": "Chuyển {meeting} vào thùng rác?",
    "nothing moved to the trash": "không chuyển gì vào thùng rác",
    "Moved {meeting} to the trash; `minutebook restore {id}` brings it back.":
        "Đã chuyển {meeting} vào thùng rác; `minutebook restore {id}` để khôi phục.",
    # Editing
    "Change a meeting. Scalar flags replace; people, decisions and documents are added\n(and "
    "--remove-... takes them away). --status approved needs --approved-on and\n--approved-by; "
    "locked minutes change only by `minutebook amend`.":
        "Sửa một cuộc họp. Các tùy chọn một giá trị thì thay thế; người, quyết định và văn bản "
        "thì được thêm (--remove-... để bỏ đi). --status approved cần --approved-on và "
        "--approved-by; biên bản đã khóa chỉ sửa bằng `minutebook amend`.",
    "Correct approved or locked minutes: edit's flags, saved with --reason, which the\n"
    "meeting's history keeps (`minutebook history MEETING`).":
        "Đính chính biên bản đã thông qua hoặc đã khóa: các tùy chọn của edit, lưu kèm --reason, "
        "được giữ trong lịch sử sửa đổi (`minutebook history MEETING`).",
    "New title.": "Tiêu đề mới.",
    "Mark the date as inferred (not stated in full), or as stated; a new --date is stated "
    "unless --date-inferred is given too.":
        "Đánh dấu ngày là suy đoán (không được ghi đầy đủ), hoặc là ghi rõ; ngày mới ở --date "
        "là ghi rõ, trừ khi có cả --date-inferred.",
    "{time} is not in the part of day {part}: say which it is in (--part-of-day {choices})":
        "{time} không thuộc buổi {part}: hãy ghi đó là buổi nào (--part-of-day {choices})",
    "New date: 15/3/2024, 15/3/24 (read as 2024), 3/2024; 'chiều 15/3/2024' sets the part of "
    "day too.":
        "Ngày mới: 15/3/2024, 15/3/24 (đọc là 2024), 3/2024; 'chiều 15/3/2024' đặt cả buổi.",
    "New kind.": "Loại mới.",
    "sáng, trưa, chiều, tối; '' clears.": "sáng, trưa, chiều, tối; '' để xóa.",
    "Start time: 14:00, 14h30, 2h chiều; '' clears.":
        "Giờ bắt đầu: 14:00, 14h30, 2h chiều; '' để xóa.",
    "End time: 16:30, 16h30, 4 giờ rưỡi chiều; '' clears.":
        "Giờ kết thúc: 16:30, 16h30, 4 giờ rưỡi chiều; '' để xóa.",
    "New place; '' clears.": "Địa điểm mới; '' để xóa.",
    "Add an organising body.": "Thêm một đơn vị tổ chức.",
    "Remove this person from the meeting (every role).":
        "Bỏ người này khỏi cuộc họp (mọi vai trò).",
    "Add a decision.": "Thêm một quyết định.",
    "Set decision N's status.": "Đặt trạng thái của quyết định thứ N.",
    "Remove decision N (as `show` numbers).": "Bỏ quyết định thứ N (theo số `show` đánh).",
    "Add a cited document.": "Thêm một văn bản dẫn chiếu.",
    "Remove a cited document.": "Bỏ một văn bản dẫn chiếu.",
    "Remove an organising body.": "Bỏ một đơn vị tổ chức.",
    "Replace the notes.": "Thay phần ghi chép.",
    "Replace the source.": "Thay nguồn.",
    "draft: to review; final: checked and kept; approved: adopted (give --approved-on and "
    "--approved-by); locked: closed, changed only by `minutebook amend`.":
        "draft: dự thảo, cần rà soát; final: chính thức, đã kiểm tra; approved: đã thông qua "
        "(kèm --approved-on và --approved-by); locked: đã khóa, chỉ sửa bằng `minutebook amend`.",
    "When the minutes were approved: 20/3/2024.": "Ngày thông qua biên bản: 20/3/2024.",
    "By which meeting or person: 'Hội nghị BCH'.": "Do cuộc họp hoặc người nào: 'Hội nghị BCH'.",
    "Why the approved minutes are corrected (kept in the history).":
        "Lý do đính chính biên bản đã thông qua (giữ trong lịch sử sửa đổi).",
    "Meeting #{id} unchanged.": "Cuộc họp #{id} không thay đổi.",
    "Saved meeting #{id} (version {version}).": "Đã lưu cuộc họp #{id} (bản {version}).",
    "Amended meeting #{id} (version {version}).":
        "Đã đính chính cuộc họp #{id} (bản {version}).",
    "Saved meeting #{id} (version {version}), on {when}.":
        "Đã lưu cuộc họp #{id} (bản {version}), vào {when}.",
    "Amended meeting #{id} (version {version}), on {when}.":
        "Đã đính chính cuộc họp #{id} (bản {version}), vào {when}.",
    # History, revert, restore, the trash
    "Every version of a meeting: when, who, what was done, the note, the fields it changed.":
        "Mọi bản của một cuộc họp: lúc nào, ai, làm gì, ghi chú, các trường đã đổi.",
    "The meeting's number (or its uid).": "Số của cuộc họp (hoặc uid).",
    "Print version K as `show` prints a meeting.": "In bản K như `show` in một cuộc họp.",
    "table for people; json: the versions with their changes.":
        "table: bảng để đọc; json: các bản cùng thay đổi của chúng.",
    "Meeting #{id} as it was at version {version}; it is now at version {current} "
    "(`minutebook revert {id} {version}` saves this one again).":
        "Cuộc họp #{id} như ở bản {version}; hiện đang ở bản {current} "
        "(`minutebook revert {id} {version}` lưu lại bản này).",
    "meeting #{id} has no history": "cuộc họp #{id} không có lịch sử sửa đổi",
    "Who": "Người lưu",
    "Changed": "Trường đã đổi",
    "Save a meeting as it was at an earlier version, as a new version (history only grows).":
        "Lưu cuộc họp như ở một bản trước, thành bản mới (lịch sử sửa đổi chỉ thêm, không mất).",
    "The version to restore (see `history`).": "Bản cần lấy lại (xem `history`).",
    "Meeting #{id} is again as it was at version {version} (saved as version {saved}).":
        "Cuộc họp #{id} đã trở lại như ở bản {version} (lưu thành bản {saved}).",
    "The trash: deleted meetings, until restored or purged.":
        "Thùng rác: các cuộc họp đã xóa, cho đến khi khôi phục hoặc hủy hẳn.",
    "the trash is empty": "thùng rác trống",
    "--older-than {age}: write a number and d, w, m or y (30d, 12w, 6m, 1y)":
        "--older-than {age}: ghi một số kèm d, w, m hoặc y (30d, 12w, 6m, 1y)",
    "--older-than {age}: at most 100 years": "--older-than {age}: nhiều nhất 100 năm",
    "Only what was deleted longer ago: 30d, 12w, 6m (months of 30 days), 1y.":
        "Chỉ những gì đã xóa lâu hơn: 30d, 12w, 6m (tháng 30 ngày), 1y.",
    "Destroy what is in the trash (or only what was deleted before --older-than), with its\n"
    "history: for good. Asks first, naming the meetings; --yes for scripts.":
        "Hủy hẳn những gì trong thùng rác (hoặc chỉ những gì xóa trước --older-than), cùng lịch "
        "sử sửa đổi: không lấy lại được. Hỏi trước, nêu tên các cuộc họp; --yes cho chương trình.",
    "Nothing in the trash deleted more than {age} ago; nothing purged.":
        "Thùng rác không có gì xóa quá {age}; không hủy gì.",
    "Nothing in the trash; nothing purged.": "Thùng rác trống; không hủy gì.",
    "Purged {count} for good: {numbers}.": "Đã hủy hẳn {count}: {numbers}.",
    "Purged {count} for good: {numbers}; {gone} had left the trash meanwhile.":
        "Đã hủy hẳn {count}: {numbers}; {gone} cuộc họp đã ra khỏi thùng rác trong lúc đó.",
    "not purging {count} from the trash: add --yes to confirm":
        "chưa hủy {count} trong thùng rác: thêm --yes để xác nhận",
    "The trash holds {count} to destroy, with their history:":
        "Thùng rác có {count} sẽ bị hủy, cùng lịch sử sửa đổi:",
    "... and {count} more": "... và {count} cuộc họp nữa",
    "Destroy these {count} for good?": "Hủy hẳn {count} này?",
    "nothing purged": "không hủy gì",
    "Bring a meeting back from the trash, under its own number, exactly as it was.":
        "Khôi phục một cuộc họp từ thùng rác, giữ số của nó, đúng như trước.",
    "Restored {meeting} from the trash.": "Đã khôi phục {meeting} từ thùng rác.",
    # Import
    "Import meetings. All or nothing: one invalid record and nothing is written (unless\n"
    "--skip-invalid, which writes the valid ones and keeps the others in --rejects).":
        "Nhập cuộc họp. Được cả hoặc không: một hồ sơ sai là không ghi gì (trừ khi có "
        "--skip-invalid: ghi các hồ sơ đúng, giữ các hồ sơ sai trong --rejects).",
    "JSON, NDJSON, CSV or XLSX files; - for stdin.":
        "Tệp JSON, NDJSON, CSV hoặc XLSX; - để đọc từ đầu vào chuẩn.",
    "The files' format, when the extension says another.":
        "Định dạng của tệp, khi phần mở rộng nói khác.",
    "Check and report; write nothing.": "Kiểm tra và báo cáo; không ghi gì.",
    "A known uid with different content: skip, update or fail.":
        "Một uid đã có với nội dung khác: skip (bỏ qua), update (cập nhật) hoặc fail (báo lỗi).",
    "The files' text encoding when it has no byte-order mark (default UTF-8), e.g. cp1258 for "
    "old Vietnamese Windows programs.":
        "Bảng mã của tệp khi không có dấu BOM (mặc định UTF-8), ví dụ cp1258 cho các chương "
        "trình Windows tiếng Việt cũ.",
    "CSV separator: ';', ',', tab or any one character (default: the header's).":
        "Ký tự phân cách CSV: ';', ',', tab hoặc một ký tự bất kỳ (mặc định: theo dòng tiêu đề).",
    "Write the valid meetings; put the invalid ones in --rejects.":
        "Ghi các cuộc họp hợp lệ; đưa các cuộc họp sai vào --rejects.",
    "With --skip-invalid: where invalid meetings go, in the input's format, to fix and import "
    "again; why, beside it (loi.csv: loi.reasons.txt).":
        "Đi với --skip-invalid: nơi đặt các cuộc họp sai, theo định dạng đầu vào, để sửa rồi "
        "nhập lại; lý do nằm bên cạnh (loi.csv: loi.reasons.txt).",
    "The summary: text for people, json for scripts.":
        "Bản tóm tắt: text để đọc, json cho chương trình.",
    "The files are news reports (text or HTML): read each into a meeting and save it as a "
    "draft to review (`search status:draft`); `extract` shows them first.":
        "Các tệp là bài báo (văn bản hoặc HTML): đọc mỗi bài thành một cuộc họp và lưu dạng dự "
        "thảo để rà soát (`search status:draft`); `extract` cho xem trước.",
    "Importing": "Đang nhập",
    "1 meeting, {rate}/s": "1 cuộc họp, {rate}/giây",
    "{shown} meetings, {rate}/s": "{shown} cuộc họp, {rate}/giây",
    "the book is as it was": "sổ vẫn như cũ",
    "changes would be written": "nếu nhập thật, các thay đổi sẽ được ghi",
    "changes were written": "đã ghi các thay đổi",
    "{count} new": "{count} mới",
    "{count} updated": "{count} cập nhật",
    "{count} unchanged": "{count} không đổi",
    "{count} skipped (already in the book with other content; --on-conflict update replaces "
    "them)":
        "{count} bỏ qua (đã có trong sổ với nội dung khác; --on-conflict update để thay thế)",
    "{count} likely duplicates (not imported)": "{count} có thể trùng (không nhập)",
    "{count} rejected": "{count} bị loại",
    "{parts} — {read} read; {outcome}.": "{parts} — đã đọc {read}; {outcome}.",
    "People: {new} new, {known} already in the book.":
        "Người: {new} mới, {known} đã có trong sổ.",
    "No meeting was rejected; {file} was not written.":
        "Không cuộc họp nào bị loại; không ghi {file}.",
    "The rejected meetings would go to {file}; a dry run writes nothing.":
        "Các cuộc họp bị loại sẽ vào {file}; chạy thử không ghi gì.",
    "Rejected meetings are in {file} as they were given, why in {reasons}: fix them there and "
    "import {file} again.":
        "Các cuộc họp bị loại nằm trong {file} như khi đưa vào, lý do trong {reasons}: sửa ở đó "
        "rồi nhập lại {file}.",
    "Likely duplicates of meetings in the book, not imported:":
        "Có thể trùng với cuộc họp đã có trong sổ, không nhập:",
    "... and {count} more (--summary json lists them all)":
        "... và {count} nữa (--summary json liệt kê đủ)",
    "Names that differ only by their marks (the same person? `minutebook people merge KEEP "
    "OTHER` joins them; `minutebook people duplicates` lists them):":
        "Các tên chỉ khác nhau ở dấu (cùng một người? `minutebook people merge GIỮ KHÁC` gộp "
        "lại; `minutebook people duplicates` liệt kê):",
    "1 report could not be read; nothing was written":
        "1 bài báo không đọc được; không ghi gì vào sổ",
    "{count} reports could not be read; nothing was written":
        "{count} bài báo không đọc được; không ghi gì vào sổ",
    "Saved as drafts to review: `minutebook search status:draft` lists them, `minutebook edit "
    "N --status final` marks one checked.":
        "Đã lưu dạng dự thảo để rà soát: `minutebook search status:draft` liệt kê, `minutebook "
        "edit N --status final` đánh dấu một cuộc họp đã kiểm tra.",
    "--from-report reads reports, not records: --format, --encoding, --delimiter, "
    "--skip-invalid, --rejects and --dry-run do not apply (`minutebook extract FILE` shows the "
    "drafts without saving them)":
        "--from-report đọc bài báo, không phải hồ sơ: --format, --encoding, --delimiter, "
        "--skip-invalid, --rejects và --dry-run không dùng được (`minutebook extract TỆP` cho xem "
        "dự thảo mà không lưu)",
    "--skip-invalid needs --rejects FILE, where the invalid meetings are kept to fix and import "
    "again":
        "--skip-invalid cần --rejects TỆP, nơi giữ các cuộc họp sai để sửa rồi nhập lại",
    "--rejects goes with --skip-invalid": "--rejects đi cùng --skip-invalid",
    "rejected: ": "bị loại: ",
    "rejected: ... and {count} more": "bị loại: ... và {count} nữa",
    "rejected: ... and {count} more, every reason in {file}":
        "bị loại: ... và {count} nữa, mọi lý do trong {file}",
    "no meetings in {files}; nothing to import":
        "không có cuộc họp nào trong {files}; không nhập gì",
    # Extract
    "Read news reports of meetings into draft records and print them; nothing is saved.\n\n"
    "`minutebook extract r.txt --format json > m.json && minutebook import m.json` saves them\n"
    "marked as drafts to review, as `minutebook import --from-report r.txt` does in one step.":
        "Đọc bài báo về cuộc họp thành hồ sơ dự thảo và in ra; không lưu gì.\n\n"
        "`minutebook extract r.txt --format json > m.json && minutebook import m.json` lưu "
        "chúng dạng dự thảo để rà soát, như `minutebook import --from-report r.txt` làm trong "
        "một bước.",
    "News reports or minutes (Biên bản): text, .html or .docx files; - for stdin.":
        "Bài báo hoặc biên bản: tệp văn bản, .html hoặc .docx; - để đọc từ đầu vào chuẩn.",
    "table: each value, how sure, what to check; json: records for `import`.":
        "table: từng giá trị, độ chắc chắn, điều cần kiểm tra; json: hồ sơ cho `import`.",
    "draft: check it before it goes into the book": "dự thảo: kiểm tra trước khi đưa vào sổ",
    "Field": "Trường",
    "Value": "Giá trị",
    "Sure": "Độ chắc",
    "check": "kiểm tra",
    "Organiser": "Đơn vị tổ chức",
    "Chair": "Chủ trì",
    "Representative": "Đại diện",
    "Document": "Văn bản dẫn chiếu",
    # Export
    "Write the whole book (or a search), oldest first: JSON, NDJSON, CSV, Markdown minutes,\n"
    "an ICS calendar, DOCX minutes (Biên bản, one meeting a page) or an XLSX workbook.":
        "Xuất cả sổ (hoặc kết quả tìm kiếm), cũ nhất trước: JSON, NDJSON, CSV, biên bản "
        "Markdown, lịch ICS, biên bản DOCX (mỗi cuộc họp một trang) hoặc bảng tính XLSX.",
    "json, ndjson, csv or xlsx to carry records; md, ics, docx or xlsx to read them. Default: "
    "from the --output file's extension, else json.":
        "json, ndjson, csv hoặc xlsx để chuyển hồ sơ; md, ics, docx hoặc xlsx để đọc. Mặc định: "
        "theo phần mở rộng của tệp --output, nếu không thì json.",
    "File; default stdout (docx, xlsx: a file or a pipe).":
        "Tệp; mặc định in ra màn hình (docx, xlsx: ra tệp hoặc ống dẫn).",
    "Only meetings matching.": "Chỉ các cuộc họp khớp.",
    "CSV for Excel: a UTF-8 byte-order mark, ';' and CRLF, and no cell run as a formula. It "
    "imports back as well.":
        "CSV cho Excel: dấu BOM UTF-8, ';' và CRLF, không ô nào chạy như công thức. Nhập lại "
        "được như thường.",
    "{file} is named like a .{named} file but --format is {format}; rename the file or change "
    "--format":
        "{file} có tên như tệp .{named} nhưng --format là {format}; đổi tên tệp hoặc đổi --format",
    "--excel is for CSV files, not {format}": "--excel dành cho tệp CSV, không cho {format}",
    "Language of an xlsx or csv --excel file: its column names and the words in its cells "
    "(chiều, có, 15/03/2024). Default: the interface language (--lang). Either imports back.":
        "Ngôn ngữ của tệp xlsx hoặc csv --excel: tên cột và chữ trong ô (chiều, có, 15/03/2024). "
        "Mặc định: ngôn ngữ giao diện (--lang). Tệp nào cũng nhập lại được.",
    "--headers is for xlsx and csv --excel files, not {format}":
        "--headers dành cho tệp xlsx và csv --excel, không cho {format}",
    "no meetings match {query}; nothing written":
        "không có cuộc họp nào khớp {query}; không ghi gì",
    "the book is empty; nothing written": "sổ đang trống; không ghi gì",
    "Wrote {meetings} to {file}": "Đã ghi {meetings} ra {file}",
    "1 meeting dated only to the month or year left out of the calendar":
        "1 cuộc họp chỉ có tháng hoặc năm, không đưa vào lịch",
    "{count} meetings dated only to the month or year left out of the calendar":
        "{count} cuộc họp chỉ có tháng hoặc năm, không đưa vào lịch",
    # People
    "The people in the book: list, timeline, rename, merge.":
        "Danh bạ của sổ: danh sách, các cuộc họp của một người, sửa tên, gộp.",
    "name: by given name, then middle and family name, as Vietnamese lists are; full: by the "
    "whole name as written. Both in Vietnamese alphabetical order.":
        "name: theo tên, rồi tên đệm và họ, như danh sách tiếng Việt; full: theo cả họ tên như "
        "đã viết. Cả hai theo thứ tự chữ cái tiếng Việt.",
    "Only names with these words.": "Chỉ các tên có những từ này.",
    "no people found": "không tìm thấy người nào",
    "A person's meetings, newest first, with the role and the title held at each.":
        "Các cuộc họp của một người, mới nhất trước, kèm vai trò và chức danh ở mỗi cuộc họp.",
    "The person's name, with or without diacritics.": "Họ tên người đó, có dấu hoặc không dấu.",
    "{name} is in no meeting": "{name} không có trong cuộc họp nào",
    "Correct the spelling of a person's name in every meeting.":
        "Sửa tên một người trong mọi cuộc họp.",
    "The name as it is now.": "Tên như hiện nay.",
    "The correct spelling.": "Tên viết đúng.",
    "{name} is already spelled that way; nothing changed": "{name} đã viết như vậy; không đổi gì",
    "Renamed {name} to {new_name}.": "Đã sửa tên {name} thành {new_name}.",
    "Make two spellings one person: OTHER's meetings move to KEEP.":
        "Gộp hai cách viết thành một người: các cuộc họp của OTHER chuyển sang KEEP.",
    "The spelling to keep.": "Cách viết giữ lại.",
    "The duplicate to fold into it.": "Cách viết trùng cần gộp vào.",
    "Merged {other} into {kept} ({count}).": "Đã gộp {other} vào {kept} ({count}).",
    "Names that are the same without diacritics (Hải, Hài, Hai): check, then merge if one.":
        "Các tên giống nhau khi bỏ dấu (Hải, Hài, Hai): kiểm tra, rồi gộp nếu là một người.",
    "no possible duplicates": "không có tên nào có thể trùng",
    # The database
    "The database file: where it is, upgrade, backup, copy, check, verify.":
        "Tệp cơ sở dữ liệu: vị trí, nâng cấp, sao lưu, sao chép, kiểm tra, đối chiếu.",
    "Where the book is (a file path for SQLite, the URL without password otherwise).":
        "Sổ nằm ở đâu (đường dẫn tệp với SQLite, nếu không thì URL bỏ mật khẩu).",
    "Bring the schema to this version's (also done automatically on open).":
        "Nâng cấu trúc dữ liệu lên phiên bản này (cũng tự làm khi mở sổ).",
    "{url} is at schema {revision} already: nothing to upgrade.":
        "{url} đã ở cấu trúc dữ liệu {revision}: không có gì cần nâng cấp.",
    "Copy the book to FILE safely, even while someone is writing to it.":
        "Sao lưu sổ ra FILE an toàn, kể cả khi có người đang ghi vào.",
    "The new backup file.": "Tệp bản sao lưu mới.",
    "Backed up to {file}.": "Đã sao lưu ra {file}.",
    "Copy the whole book into another, empty database (SQLite ↔ PostgreSQL), numbers kept.":
        "Sao chép cả sổ sang một cơ sở dữ liệu trống khác (SQLite ↔ PostgreSQL), giữ nguyên số.",
    "The empty database to copy into: a file path (made if missing) or a URL such as "
    "postgresql+psycopg://clerk@server/minutes.":
        "Cơ sở dữ liệu trống để chép vào: đường dẫn tệp (tạo nếu chưa có) hoặc URL như "
        "postgresql+psycopg://clerk@server/minutes.",
    "Copied {meetings} ({people} people) from {source} to {target}.":
        "Đã chép {meetings} ({people} người) từ {source} sang {target}.",
    "Check integrity and schema version; exit 1 if anything is wrong.":
        "Kiểm tra tính toàn vẹn và phiên bản cấu trúc dữ liệu; thoát mã 1 nếu có gì sai.",
    "Database: {url} ({backend})": "Cơ sở dữ liệu: {url} ({backend})",
    "Schema:   {revision} (this minutebook: {head})":
        "Cấu trúc: {revision} (bản minutebook này: {head})",
    "Counts:   {counts}": "Số lượng: {counts}",
    "Access:   read only ({why}); the search index's own check needs to write, so it was left "
    "out":
        "Quyền:    chỉ đọc ({why}); bước kiểm tra chỉ mục tìm kiếm cần ghi nên được bỏ qua",
    "check failed": "kiểm tra không đạt",
    "Integrity: ok": "Toàn vẹn: tốt",
    "Recompute the hashes of every meeting and its history: name each meeting whose record\nor "
    "history was changed outside the program (exit 1), else say how much was checked.":
        "Tính lại mã băm của mọi cuộc họp và lịch sử sửa đổi: nêu từng cuộc họp có hồ sơ hoặc "
        "lịch sử bị sửa ngoài chương trình (thoát mã 1), nếu không thì báo đã đối chiếu bao nhiêu.",
    "Recount the figures' summaries from the meetings if they differ.":
        "Đếm lại bảng tổng hợp số liệu từ các cuộc họp nếu chúng lệch nhau.",
    "Repaired: 1 row of the figures' summaries, recounted":
        "Đã sửa: 1 dòng của bảng tổng hợp số liệu, đếm lại từ các cuộc họp",
    "Repaired: {count} rows of the figures' summaries, recounted":
        "Đã sửa: {count} dòng của bảng tổng hợp số liệu, đếm lại từ các cuộc họp",
    "Summaries: they differ from the meetings; `minutebook db check --repair` recounts them.":
        "Tổng hợp: lệch với các cuộc họp; `minutebook db check --repair` sẽ đếm lại.",
    "Summaries: ok (the figures' summaries match the meetings)":
        "Tổng hợp: tốt (bảng tổng hợp số liệu khớp với các cuộc họp)",
    "1 meeting changed outside the program": "1 cuộc họp bị sửa ngoài chương trình",
    "{count} meetings changed outside the program": "{count} cuộc họp bị sửa ngoài chương trình",
    " (and {count} in the trash)": " (và {count} trong thùng rác)",
    "1 history row": "1 dòng lịch sử",
    "1 body": "1 đơn vị",
    "Nothing to repair: the figures' summaries match the meetings.":
        "Không có gì cần sửa: bảng tổng hợp số liệu khớp với các cuộc họp.",
    "{count} bodies": "{count} đơn vị",
    "1 participation (a person at a meeting)": "1 lượt tham dự",
    "{count} participations": "{count} lượt tham dự",
    "{count} history rows": "{count} dòng lịch sử",
    "ok: {meetings}, {rows} checked": "tốt: đã đối chiếu {meetings}, {rows}",
    "meetings": "cuộc họp",
    "people": "người",
    "person": "người",
    "reverted": "quay về bản trước",
    "People present": "Số người",
    "{first} and {count} more": "{first} và {count} người nữa",
    " (this year, by default: choose with --year 2024, --quarter 2/2024 or --all)":
        " (mặc định là năm nay: chọn năm khác bằng --year 2024, --quarter 2/2024 hoặc --all)",
    "no minute book at {path}{named}; if the name is right, start a new book there with: "
    "{command}":
        "không có sổ biên bản ở {path}{named}; nếu tên đúng, bắt đầu một sổ mới ở đó bằng lệnh: "
        "{command}",
    " (named by MINUTEBOOK_DB)": " (tên lấy từ MINUTEBOOK_DB)",
}
# fmt: on
