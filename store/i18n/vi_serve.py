"""Vietnamese for `minutebook serve`: the command, its options, and the server's own pages."""

MESSAGES: dict[str, str] = {
    # The command and its options
    "Open the minute book to web browsers (read-only unless --allow-edit).": (
        "Mở sổ biên bản cho trình duyệt web (chỉ đọc, trừ khi có --allow-edit)."
    ),
    "The address to listen on. Another than 127.0.0.1 needs an access secret.": (
        "Địa chỉ để lắng nghe. Địa chỉ khác 127.0.0.1 cần mã truy cập."
    ),
    "The port to listen on.": "Cổng để lắng nghe.",
    "The access secret, at least 16 characters; better in $MINUTEBOOK_SERVE_TOKEN (a command "
    "line is visible to every user of the machine). Default on 127.0.0.1: a new one, printed "
    "once in the link.": (
        "Mã truy cập, ít nhất 16 ký tự; nên đặt trong $MINUTEBOOK_SERVE_TOKEN (mọi người dùng "
        "của máy đều thấy được dòng lệnh). Mặc định trên 127.0.0.1: một mã mới, in một lần "
        "trong đường liên kết."
    ),
    "Let browsers save, delete and restore; each browser gives the name its saves carry in the "
    "history. Without it every session is read-only.": (
        "Cho phép trình duyệt lưu, xóa và khôi phục; mỗi trình duyệt khai tên sẽ ghi trong lịch "
        "sử các lần lưu. Không có tùy chọn này, mọi phiên đều chỉ đọc."
    ),
    "End a session after this long without a key.": (
        "Kết thúc một phiên sau chừng này phút không có phím nào."
    ),
    "At most N browsers at once (one app process each); the next is asked to wait.": (
        "Nhiều nhất N trình duyệt cùng lúc (mỗi trình duyệt một tiến trình); trình duyệt tiếp "
        "theo được đề nghị chờ."
    ),
    "Serve under PATH (such as /minutes) behind a reverse proxy.": (
        "Phục vụ dưới đường dẫn PATH (ví dụ /minutes) sau một reverse proxy."
    ),
    # What it says as it starts, and its refusals
    "Serving {book} ({mode}; at most {count} browsers at once; a session ends after {minutes} "
    "idle minutes).": (
        "Đang phục vụ {book} ({mode}; nhiều nhất {count} trình duyệt cùng lúc; một phiên kết "
        "thúc sau {minutes} phút không dùng)."
    ),
    "read-only": "chỉ đọc",
    "editing allowed": "được phép sửa",
    "Open this link in a browser (it holds the access secret; it is shown only now):": (
        "Mở đường liên kết này trong trình duyệt (nó chứa mã truy cập; chỉ hiện lần này):"
    ),
    "Open {url}?token= followed by the access secret.": ("Mở {url}?token= rồi đến mã truy cập."),
    "listening on {host} needs an access secret: set {env} (or --token) to a long random text, "
    "or listen on 127.0.0.1": (
        "lắng nghe trên {host} cần mã truy cập: đặt {env} (hoặc --token) là một chuỗi ngẫu nhiên "
        "dài, hoặc lắng nghe trên 127.0.0.1"
    ),
    "the access secret is too short: use at least {count} characters": (
        "mã truy cập quá ngắn: hãy dùng ít nhất {count} ký tự"
    ),
    "--root-path must be a path such as /minutes, not {given}": (
        "--root-path phải là một đường dẫn như /minutes, không phải {given}"
    ),
    "--port must be between 0 and 65535, not {port}": (
        "--port phải nằm trong khoảng 0 đến 65535, không phải {port}"
    ),
    "--max-sessions must be at least 1": "--max-sessions phải ít nhất là 1",
    "--idle must be more than 0 minutes": "--idle phải lớn hơn 0 phút",
    "cannot listen on {host}:{port}: {reason}": "không thể lắng nghe trên {host}:{port}: {reason}",
    "this browser session is read-only (the server was not started with --allow-edit)": (
        "phiên trình duyệt này chỉ đọc (máy chủ không được chạy với --allow-edit)"
    ),
    "it was opened read-only": "sổ được mở ở chế độ chỉ đọc",
    # The server's pages
    "Sign-in needed": "Cần đăng nhập",
    "This minute book opens only from the link its server gave (with its access secret). Ask "
    "whoever runs it for that link.": (
        "Sổ biên bản này chỉ mở từ đường liên kết máy chủ đã đưa (có mã truy cập). Hãy hỏi "
        "người quản lý máy chủ để lấy đường liên kết đó."
    ),
    "Please wait": "Vui lòng chờ",
    "The minute book is open in {limit} browsers, as many as this server allows at once. Please "
    "wait until someone closes theirs, then try again.": (
        "Sổ biên bản đang mở trong {limit} trình duyệt, nhiều nhất máy chủ này cho phép cùng "
        "lúc. Vui lòng chờ đến khi có người đóng trình duyệt của họ, rồi thử lại."
    ),
    "This page tries again every {seconds} seconds.": (
        "Trang này tự thử lại sau mỗi {seconds} giây."
    ),
    "The session ended (closed, or idle too long).": (
        "Phiên đã kết thúc (đã đóng, hoặc không dùng quá lâu)."
    ),
    "Start again": "Mở lại",
    "Read-only: this session can read the minute book but not change it.": (
        "Chỉ đọc: phiên này đọc được sổ biên bản nhưng không thay đổi được."
    ),
    "Signed in as {name}: the history shows this name for your saves.": (
        "Đã đăng nhập là {name}: lịch sử ghi tên này cho các lần lưu của bạn."
    ),
    "Open the minute book": "Mở sổ biên bản",
    "Your name, as the history of each save will show it": (
        "Tên của bạn, như lịch sử mỗi lần lưu sẽ ghi"
    ),
    "A name is needed.": "Cần nhập tên.",
}
