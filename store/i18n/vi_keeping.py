"""Vietnamese for keeping the record: a meeting's history, the trash, deleting and restoring, and
where a record stands (approved, locked) as the meeting screen and the preview say it, and the
approval's rules and the lifecycle's refusals as the edit form says them."""

MESSAGES: dict[str, str] = {
    # Deleting, and the trash
    "Delete meeting #{number}: {title}?\n\nIt goes to the trash and can be brought back as it "
    "was: u on the home screen, or the Trash screen (t).": (
        "Xóa cuộc họp số {number}: {title}?\n\nCuộc họp được chuyển vào thùng rác và có thể lấy "
        "lại nguyên vẹn: phím u ở màn hình chính, hoặc màn hình Thùng rác (t)."
    ),
    "Trash": "Thùng rác",
    "Restore": "Khôi phục",
    "Empty the trash": "Dọn sạch thùng rác",
    "Deleted": "Xóa lúc",
    "By": "Người",
    "Trash: 1 meeting": "Thùng rác: 1 cuộc họp",
    "Trash: {count} meetings": "Thùng rác: {count} cuộc họp",
    "The trash is empty: deleted meetings wait here until it is emptied.": (
        "Thùng rác trống: cuộc họp bị xóa được giữ ở đây cho đến khi dọn thùng rác."
    ),
    "Restored: #{number} {title}": "Đã khôi phục: #{number} {title}",
    "The trash is already empty.": "Thùng rác đã trống.",
    "Empty the trash? 1 meeting will be destroyed for good, with its history. "
    "This cannot be undone.": (
        "Dọn sạch thùng rác? 1 cuộc họp sẽ bị xóa vĩnh viễn, cùng lịch sử của nó. "
        "Không thể hoàn tác."
    ),
    "Empty the trash? {count} meetings will be destroyed for good, with their history. "
    "This cannot be undone.": (
        "Dọn sạch thùng rác? {count} cuộc họp sẽ bị xóa vĩnh viễn, cùng lịch sử của chúng. "
        "Không thể hoàn tác."
    ),
    "Destroy for good": "Xóa vĩnh viễn",
    "1 meeting destroyed for good.": "Đã xóa vĩnh viễn 1 cuộc họp.",
    "{count} meetings destroyed for good.": "Đã xóa vĩnh viễn {count} cuộc họp.",
    # A meeting's history
    "History": "Lịch sử sửa đổi",
    "History of meeting #{number}: {title}": "Lịch sử sửa đổi cuộc họp số {number}: {title}",
    "Version": "Bản",
    "What": "Thao tác",
    "Note": "Ghi chú",
    "Version {version}": "Phiên bản {version}",
    "(empty)": "(trống)",
    "The first version: there is nothing before it to compare.": (
        "Phiên bản đầu tiên: không có bản nào trước đó để so sánh."
    ),
    "No field changed.": "Không mục nào thay đổi.",
    "Restore this version": "Khôi phục phiên bản này",
    "This is the current version: there is nothing to restore.": (
        "Đây là phiên bản hiện tại: không có gì để khôi phục."
    ),
    "Restore meeting #{number} as it was at version {version}? It is saved as a new version; "
    "every version stays in the history.": (
        "Khôi phục cuộc họp số {number} về như ở phiên bản {version}? Nội dung đó được lưu thành "
        "một phiên bản mới; mọi phiên bản vẫn được giữ trong lịch sử."
    ),
    "to version {version}": "về phiên bản {version}",
    "decision {number}: {status}": "quyết định thứ {number}: {status}",
    "found when the meeting was next saved": "phát hiện khi lưu cuộc họp lần sau",
    "Version {version} restored as version {new}.": (
        "Đã khôi phục phiên bản {version} thành phiên bản {new}."
    ),
    "Not restored: meeting #{number} was deleted meanwhile.": (
        "Chưa khôi phục: cuộc họp số {number} vừa bị xóa ở nơi khác."
    ),
    "Not restored: meeting #{number} changed meanwhile (now version {actual}); "
    "its history is read again.": (
        "Chưa khôi phục: cuộc họp số {number} vừa được sửa ở nơi khác (nay là phiên bản "
        "{actual}); lịch sử được tải lại."
    ),
    # What a version did
    "created": "tạo mới",
    "imported": "nhập từ tệp",
    "edited": "sửa",
    "decision status changed": "đổi trạng thái quyết định, kết luận",
    "restored": "khôi phục",
    "earlier version restored": "khôi phục phiên bản cũ",
    "person renamed": "sửa tên người",
    "people merged": "gộp người trùng tên",
    "merge of people undone": "hoàn tác gộp người trùng tên",
    "moved to the trash": "chuyển vào thùng rác",
    "back from the trash": "lấy lại từ thùng rác",
    "amended": "đính chính",
    "history begins": "bắt đầu ghi lịch sử",
    "changed outside the program": "bị sửa ngoài chương trình",
    # The fields a version changed (the others are the form's labels)
    "Date inferred": "Ngày suy ra",
    "Approved on": "Ngày thông qua",
    "Approved by": "Thông qua bởi",
    "yes": "có",
    "no": "không",
    # Where a record stands
    "Approved": "Đã thông qua",
    "Approved on {date}": "Đã thông qua ngày {date}",
    "Approved on {date} by {who}": "Đã thông qua ngày {date}, bởi {who}",
    "Locked": "Đã khóa",
    "changed only by an amendment with a reason": "chỉ sửa được bằng đính chính có nêu lý do",
    # The approval's rules (store/approval_rules.py), each said of its field
    "a record that is {status} says when it was approved": (
        "biên bản {status} phải ghi ngày thông qua"
    ),
    "a record that is {status} says by which meeting or person it was approved": (
        "biên bản {status} phải ghi hội nghị hoặc người thông qua"
    ),
    "only approved or locked minutes have an approval date; this record is {status}": (
        "chỉ biên bản đã thông qua hoặc đã khóa mới có ngày thông qua; biên bản này {status}"
    ),
    "only approved or locked minutes say who approved them; this record is {status}": (
        "chỉ biên bản đã thông qua hoặc đã khóa mới ghi người thông qua; biên bản này {status}"
    ),
    # A move the lifecycle refuses, as the edit form says it (store/lifecycle.py)
    "meeting #{id} is a draft: check it, set {status} to {final} and save it before it is "
    "{new}; nothing was saved": (
        "cuộc họp #{id} là dự thảo: kiểm tra, đặt {status} là {final} và lưu trước khi {new}; "
        "chưa lưu gì"
    ),
    "meeting #{id} is not approved yet: set {status} to {approved}, with {approved_on} and "
    "{approved_by}, and save it before locking it; nothing was saved": (
        "cuộc họp #{id} chưa được thông qua: đặt {status} là {approved}, điền {approved_on} và "
        "{approved_by}, rồi lưu trước khi khóa; chưa lưu gì"
    ),
    "Meeting #{id} is as it was at version {version} already: nothing was saved.": (
        "Cuộc họp #{id} đã đúng như ở phiên bản {version}: không lưu gì."
    ),
}
