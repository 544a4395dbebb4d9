"""Vietnamese for never losing what was typed: leaving with unsaved work, recovery copies,
conflicting saves, and the lifecycle of a record (approval, locking, amendments)."""

MESSAGES: dict[str, str] = {
    # Quitting with unsaved work
    "Quit without saving? This would be lost:\n{lost}": (
        "Thoát mà không lưu? Những nội dung sau sẽ bị mất:\n{lost}"
    ),
    "Quit and discard": "Thoát và bỏ",
    "(no title yet)": "(chưa có tiêu đề)",
    "the new meeting “{title}”": "cuộc họp mới “{title}”",
    "your changes to meeting #{number} “{title}”": (
        "những thay đổi của bạn ở cuộc họp số {number} “{title}”"
    ),
    "the draft from a report “{title}”": "bản dự thảo từ bài báo “{title}”",
    "the report you pasted, not read yet": "bài báo bạn đã dán, chưa được đọc",
    # Recovery copies
    "Unsaved typing was kept from an earlier session:": (
        "Nội dung chưa lưu từ lần làm việc trước vẫn được giữ lại:"
    ),
    "New meeting “{title}”, typed {when}": "Cuộc họp mới “{title}”, nhập lúc {when}",
    "Meeting #{number} “{title}”, changed {when}": (
        "Cuộc họp số {number} “{title}”, sửa lúc {when}"
    ),
    "Reopen it in the form (r), discard it for good (d), or decide later (l).": (
        "Mở lại trong biểu mẫu (r), bỏ hẳn (d), hoặc quyết định sau (l)."
    ),
    "Reopen": "Mở lại",
    "Discard": "Bỏ",
    "Later": "Để sau",
    "The recovery copy cannot be written ({reason}): save soon.": (
        "Không ghi được bản sao dự phòng ({reason}): hãy lưu sớm."
    ),
    "{heading} (recovered, not saved yet)": "{heading} (khôi phục, chưa lưu)",
    "{reason}: saving makes it a new meeting.": "{reason}: khi lưu sẽ thành cuộc họp mới.",
    # Conflicting saves
    "This meeting was deleted elsewhere while you edited it (it is in the trash). "
    "Save your version as a new meeting?": (
        "Cuộc họp này đã bị xóa ở nơi khác trong lúc bạn sửa (đang ở thùng rác). "
        "Lưu bản của bạn thành một cuộc họp mới?"
    ),
    "Not saved: it was changed elsewhere; ctrl+s compares the two again.": (
        "Chưa lưu: cuộc họp đã được sửa ở nơi khác; ctrl+s để so sánh lại hai bản."
    ),
    "Meeting #{number} was saved elsewhere while you edited it": (
        "Cuộc họp số {number} đã được lưu ở nơi khác trong lúc bạn sửa"
    ),
    "Comparing the two saves…": "Đang so sánh hai bản đã lưu…",
    "Saved there by {who} on {when} (version {version}); you began from version {yours}.": (
        "Do {who} lưu lúc {when} (phiên bản {version}); bạn bắt đầu sửa từ phiên bản {yours}."
    ),
    "Saved there:": "Bản đã lưu ở nơi khác:",
    "Yours:": "Bản của bạn:",
    "Keep mine": "Giữ bản của tôi",
    "Keep theirs": "Giữ bản kia",
    "No field was changed by both: saving keeps both.": (
        "Không có mục nào bị cả hai bên cùng sửa: khi lưu sẽ giữ cả hai."
    ),
    "Changed there only (kept as saved there):": "Chỉ bên kia sửa (giữ như bên kia đã lưu):",
    "Changed here only (yours kept):": "Chỉ bạn sửa (giữ bản của bạn):",
    "Choose for each field, then save the merge (ctrl+s).": (
        "Chọn cho từng mục, rồi lưu bản gộp (ctrl+s)."
    ),
    "Saved there once more meanwhile: here is the newest, choose again.": (
        "Trong lúc đó bên kia lại lưu thêm lần nữa: đây là bản mới nhất, hãy chọn lại."
    ),
    "Save merged": "Lưu bản gộp",
    "Back to the form": "Quay lại biểu mẫu",
    "Copy my text of this field": "Sao chép nội dung của tôi ở mục này",
    "Write my version to a file": "Ghi bản của tôi ra tệp",
    "Move to a field's choice first (Tab), then press c.": (
        "Hãy chuyển đến ô lựa chọn của một mục (Tab), rồi nhấn c."
    ),
    "Your text of {field} is on the clipboard (if the terminal allows it).": (
        "Nội dung {field} của bạn đã vào bộ nhớ tạm (nếu cửa sổ dòng lệnh cho phép)."
    ),
    "Your version is in {folder}: {name}.md and {name}.json": (
        "Bản của bạn nằm ở {folder}: {name}.md và {name}.json"
    ),
    "Not written: {reason}": "Chưa ghi được: {reason}",
    # The lifecycle in the form
    "meeting #{id}: --status {status} says when it was approved: give --approved-on DATE; "
    "nothing was saved": (
        "cuộc họp #{id}: --status {status} cần ghi ngày thông qua: thêm --approved-on NGÀY; "
        "chưa lưu gì"
    ),
    "meeting #{id}: --status {status} says by which meeting or person it was approved: give "
    "--approved-by TEXT; nothing was saved": (
        "cuộc họp #{id}: --status {status} cần ghi hội nghị hoặc người thông qua: thêm "
        "--approved-by TÊN; chưa lưu gì"
    ),
    "Approved": "Đã thông qua",  # the approval's line: when, then by whom
    "Approved on": "Ngày thông qua",  # also in vi_keeping: the same words
    "Approved by": "Thông qua bởi",
    "(empty)": "(trống)",
    "Date inferred": "Ngày suy ra",
    "by": "bởi",
    "the meeting or person that approved": "hội nghị hoặc người thông qua",
    "Amend": "Đính chính",
    "Locked minutes, read only: press e (or ctrl+s) to amend them.": (
        "Biên bản đã khóa, chỉ xem: nhấn e (hoặc ctrl+s) để đính chính."
    ),
    "Meeting #{number} is locked. Why are its minutes corrected? The reason is kept in its "
    "history.": (
        "Cuộc họp số {number} đã khóa. Vì sao cần đính chính biên bản? Lý do được lưu trong "
        "lịch sử của cuộc họp."
    ),
    "Reason for the amendment": "Lý do đính chính",
    "An amendment needs a reason: say why the minutes are corrected.": (
        "Đính chính cần có lý do: hãy ghi vì sao biên bản được sửa."
    ),
    "Amending: {reason}. ctrl+s saves the correction.": (
        "Đang đính chính: {reason}. ctrl+s để lưu bản đính chính."
    ),
    # Decisions
    "Mark this decision done?\n\n{decision}\n\nu sets it back to open.": (
        "Đánh dấu quyết định, kết luận này là đã hoàn thành?\n\n{decision}\n\n"
        "Nhấn u để chuyển lại thành đang thực hiện."
    ),
    "Undo mark done": "Hoàn tác",
    "Marked done: {decision} (u: undo)": "Đã hoàn thành: {decision} (u: hoàn tác)",
    "Open again: {decision}": "Đang thực hiện trở lại: {decision}",
    # A book upgraded as it was opened (store/upgrades.py), and the copy kept of it
    "Upgrading the book from schema {before} to {after}: on a large book this takes minutes."
    " Stopping it leaves the book as it was.": (
        "Đang nâng cấp sổ biên bản từ cấu trúc dữ liệu {before} lên {after}: với sổ lớn việc"
        " này mất vài phút. Nếu dừng giữa chừng, sổ vẫn giữ nguyên như trước."
    ),
    "Upgraded the book from schema {before} to {after}.": (
        "Đã nâng cấp sổ biên bản từ cấu trúc dữ liệu {before} lên {after}."
    ),
    "Upgraded the book from schema {before} to {after}; the book as it was is kept at {path}"
    " (delete it once you are satisfied).": (
        "Đã nâng cấp sổ biên bản từ cấu trúc dữ liệu {before} lên {after}; bản sao lưu của sổ"
        " như trước khi nâng cấp được giữ tại {path} (xoá nó khi bạn đã thấy ổn)."
    ),
    "Upgraded the book from schema {before} to {after}; the book as it was is kept beside it as"
    " {name} (delete it once you are satisfied).": (
        "Đã nâng cấp sổ biên bản từ cấu trúc dữ liệu {before} lên {after}; bản sao lưu của sổ"
        " như trước khi nâng cấp được giữ bên cạnh sổ, tên là {name} (xoá nó khi bạn đã thấy ổn)."
    ),
    "Book upgraded": "Đã nâng cấp sổ",
    # `db verify` (store/history.py): what was found changed outside the program
    "meeting #{id}: {problem}": "cuộc họp #{id}: {problem}",
    "has no history: it was written outside the program": (
        "không có lịch sử: đã được ghi từ ngoài chương trình"
    ),
    "its history was changed outside the program (version {version})": (
        "lịch sử của nó đã bị sửa từ ngoài chương trình (phiên bản {version})"
    ),
    "its record was changed outside the program before version {version} (found on {when};"
    " history keeps what was found)": (
        "hồ sơ của nó đã bị sửa từ ngoài chương trình trước phiên bản {version} (phát hiện ngày"
        " {when}; lịch sử giữ lại những gì phát hiện được)"
    ),
    "is in the book although its history says it was deleted": (
        "vẫn có trong sổ dù lịch sử ghi là đã xoá"
    ),
    "its record was changed outside the program": "hồ sơ của nó đã bị sửa từ ngoài chương trình",
    "its record in the trash was changed outside the program": (
        "hồ sơ của nó trong thùng rác đã bị sửa từ ngoài chương trình"
    ),
    "is missing from the book, and its history does not say it was deleted": (
        "không còn trong sổ, và lịch sử không ghi là đã xoá"
    ),
    # Opening a book (store/book_file.py, store/db.py); where a record's problem is
    "cannot open {path}: the folder {folder} does not exist": (
        "không mở được {path}: không có thư mục {folder}"
    ),
    "cannot open {url}: {reason}": "không mở được {url}: {reason}",
    "meeting {id}": "cuộc họp {id}",
}
