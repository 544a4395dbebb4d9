"""Vietnamese for what `minutebook search` says when its words find nothing."""

MESSAGES: dict[str, str] = {
    # A phrase argument that finds nothing while its words apart would
    "no meetings match {query}: an argument in quotes is one phrase; as separate words, "
    "`{command}` finds {count} meeting": (
        "không có cuộc họp nào khớp {query}: một tham số trong ngoặc kép là một cụm từ; "
        "gõ thành các từ riêng, `{command}` tìm được {count} cuộc họp"
    ),
    "no meetings match {query}: an argument in quotes is one phrase; as separate words, "
    "`{command}` finds {count} meetings": (
        "không có cuộc họp nào khớp {query}: một tham số trong ngoặc kép là một cụm từ; "
        "gõ thành các từ riêng, `{command}` tìm được {count} cuộc họp"
    ),
}
