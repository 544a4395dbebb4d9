"""Vietnamese for the people, person and decisions screens."""

MESSAGES: dict[str, str] = {
    # Shared by the three screens
    "Filter": "Lọc",
    "Cancel": "Hủy",
    "Meeting": "Cuộc họp",
    "{count} meetings": "{count} cuộc họp",
    "No one matches.": "Không có ai khớp.",
    # People directory
    "People directory": "Danh bạ",
    "Filter by name (diacritics optional)": "Lọc theo tên (gõ có dấu hay không dấu đều được)",
    "Possible duplicates": "Có thể trùng tên",
    "Name": "Họ và tên",
    "Meetings": "Số cuộc họp",
    "Last title": "Chức danh gần nhất",
    "Last seen": "Lần tham dự gần nhất",
    "1 person": "1 người",
    "{count} people": "{count} người",
    "1 meeting": "1 cuộc họp",
    "No people in the book yet.": "Sổ chưa có người nào.",
    "{count} people whose names are the same without diacritics.": (
        "{count} người có tên giống nhau khi bỏ dấu."
    ),
    "No possible duplicates.": "Không có ai có thể trùng tên.",
    "Sort": "Sắp xếp",
    "by given name": "xếp theo tên",
    "by full name": "xếp theo họ và tên",
    # Person picker
    "Choose from the list": "Chọn trong danh sách",
    "Type part of the name": "Gõ một phần của tên",
    "{shown} of {count} shown: type more of the name.": (
        "Đang hiện {shown} / {count}: gõ thêm tên để thu hẹp."
    ),
    # A person's page
    "Role": "Vai trò",
    "Title held then": "Chức danh khi đó",
    "last title: {title}": "chức danh gần nhất: {title}",
    "Rename": "Sửa tên",
    "Merge a duplicate": "Gộp người trùng tên",
    "Merge": "Gộp",
    "This person is no longer in the book.": "Người này không còn trong sổ.",
    "Correct spelling of {name}:": "Cách viết đúng của tên {name}:",
    "Enter: rename everywhere · Escape: cancel": "Enter: sửa tên ở mọi nơi · Escape: hủy",
    "The name is already spelled that way.": "Tên đã được viết đúng như vậy.",
    "{name} is already a person: press m to merge the two.": (
        "Đã có người tên {name}: nhấn m để gộp hai người làm một."
    ),
    "Renamed {old} to {new}.": "Đã sửa tên {old} thành {new}.",
    "Which person is the same as {name}?": "Người nào chính là {name}?",
    "Merge {duplicate} into {name}? 1 meeting will name {name} instead of {duplicate}, and "
    "{duplicate} leaves the directory. Press u in the people directory to undo it.": (
        "Gộp {duplicate} vào {name}? 1 cuộc họp sẽ ghi {name} thay cho {duplicate}, và "
        "{duplicate} không còn trong danh bạ. Nhấn u trong danh bạ để hoàn tác."
    ),
    "Merge {duplicate} into {name}? {count} meetings will name {name} instead of {duplicate}, "
    "and {duplicate} leaves the directory. Press u in the people directory to undo it.": (
        "Gộp {duplicate} vào {name}? {count} cuộc họp sẽ ghi {name} thay cho {duplicate}, và "
        "{duplicate} không còn trong danh bạ. Nhấn u trong danh bạ để hoàn tác."
    ),
    "Merged {duplicate} into {name}: 1 meeting moved.": (
        "Đã gộp {duplicate} vào {name}: chuyển 1 cuộc họp."
    ),
    "Merged {duplicate} into {name}: {count} meetings moved.": (
        "Đã gộp {duplicate} vào {name}: chuyển {count} cuộc họp."
    ),
    # Undoing a merge (store/merging.py, the people directory, `minutebook people unmerge`)
    "merge undone": "hoàn tác gộp người",
    "no merge to undo": "không có lần gộp nào để hoàn tác",
    "no merge of {name!r} to undo": "không có lần gộp nào của {name!r} để hoàn tác",
    "cannot undo the merge of {removed} into {kept}: {name} is in the directory again; merge or "
    "rename that person first": (
        "không hoàn tác được việc gộp {removed} vào {kept}: {name} lại đã có trong danh bạ; hãy "
        "gộp hoặc sửa tên người đó trước"
    ),
    "cannot undo the merge of {removed} into {kept}: {kept} has since been merged into someone "
    "else; undo that merge first": (
        "không hoàn tác được việc gộp {removed} vào {kept}: sau đó {kept} đã được gộp vào người "
        "khác; hãy hoàn tác lần gộp đó trước"
    ),
    "cannot undo the merge of {removed} into {kept}: meeting #{id} has changed since": (
        "không hoàn tác được việc gộp {removed} vào {kept}: cuộc họp #{id} đã thay đổi từ đó"
    ),
    "cannot undo the merge of {removed} into {kept}: meeting #{id} is in the trash; restore it "
    "first": (
        "không hoàn tác được việc gộp {removed} vào {kept}: cuộc họp #{id} đang ở thùng rác; hãy "
        "khôi phục trước"
    ),
    "cannot undo the merge of {removed} into {kept}: meeting #{id} is no longer in the book": (
        "không hoàn tác được việc gộp {removed} vào {kept}: cuộc họp #{id} không còn trong sổ"
    ),
    "cannot undo the merge of {removed} into {kept}: meeting #{id} has changed since (now "
    "version {version}); undo that change first": (
        "không hoàn tác được việc gộp {removed} vào {kept}: cuộc họp #{id} đã thay đổi từ đó "
        "(nay là phiên bản {version}); hãy hoàn tác thay đổi đó trước"
    ),
    "Undo merge": "Hoàn tác gộp",
    "Bring back the person the last merge took away, with their meetings": (
        "Đưa người bị gộp lần gần nhất trở lại danh bạ, cùng các cuộc họp của họ"
    ),
    "Press u in the people directory to undo the merge.": (
        "Nhấn u trong danh bạ để hoàn tác việc gộp."
    ),
    "Merge undone: {removed} is a person again, in 1 meeting.": (
        "Đã hoàn tác gộp: {removed} lại là một người riêng, trong 1 cuộc họp."
    ),
    "Merge undone: {removed} is a person again, in {count} meetings.": (
        "Đã hoàn tác gộp: {removed} lại là một người riêng, trong {count} cuộc họp."
    ),
    "`minutebook people unmerge` undoes it.": "`minutebook people unmerge` để hoàn tác.",
    "Undo the last merge, or NAME's: NAME is a person again, in the meetings they were in.": (
        "Hoàn tác lần gộp gần nhất, hoặc lần gộp NAME: NAME lại là một người riêng, trong các "
        "cuộc họp của họ."
    ),
    "The name the merge took out of the directory; without it, the last merge.": (
        "Tên đã bị gộp ra khỏi danh bạ; không ghi thì hoàn tác lần gộp gần nhất."
    ),
    "Undid the merge of {removed} into {kept}: {removed} is back ({count}).": (
        "Đã hoàn tác việc gộp {removed} vào {kept}: {removed} đã trở lại ({count})."
    ),
    # Decisions
    "Open decisions": "Quyết định, kết luận đang thực hiện",
    "Filter by responsible person or body (diacritics optional)": (
        "Lọc theo đơn vị/người thực hiện (gõ có dấu hay không dấu đều được)"
    ),
    "Mark done": "Đã hoàn thành",
    "overdue": "quá hạn",
    "Due": "Hạn",
    "Responsible": "Đơn vị/người thực hiện",
    "Decision": "Nội dung",
    "1 open decision, {overdue} overdue": "1 việc đang thực hiện, {overdue} việc quá hạn",
    "{count} open decisions, {overdue} overdue": (
        "{count} việc đang thực hiện, {overdue} việc quá hạn"
    ),
    "The first {count} open decisions ({overdue} overdue): filter to narrow.": (
        "{count} việc đang thực hiện đầu tiên ({overdue} việc quá hạn): lọc để thu hẹp."
    ),
    "No open decisions.": "Không còn việc nào đang thực hiện.",
    "No open decisions match.": "Không có việc đang thực hiện nào khớp.",
    "Marked done: {decision}": "Đã hoàn thành: {decision}",
    "That meeting was changed elsewhere: the list is reloaded, try again.": (
        "Cuộc họp đó vừa được sửa ở nơi khác: danh sách đã được tải lại, hãy làm lại."
    ),
}
