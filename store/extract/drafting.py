"""What every reader of a meeting document shares: the flags' words, the draft that stands when
nothing could be read, and the last check that a draft is a valid record.

`store.extract.report` (news reports) and `store.extract.bien_ban` (minutes) both end here, so
neither needs the other.
"""

from __future__ import annotations

from datetime import date

from store.extract.draft import Draft
from store.extract.plain_text import MAX_READ
from store.record import validate_record

FLAG_TEXT = {
    "date-year-missing": "bài không ghi năm của ngày họp; năm được đoán, cần kiểm tra",
    "date-year-guessed": "bài không ghi năm của ngày họp; năm được đoán theo các năm bài nhắc tới, "
    "cần kiểm tra",
    "date-year-from-dateline": "năm lấy theo ngày đăng bài",
    "date-from-dateline": 'ngày họp lấy theo ngày đăng bài ("hôm nay", "hôm qua")',
    "date-missing": "bài không ghi ngày họp",
    "date-year-this-year": "bài không nêu năm nào; tạm lấy năm nay, cần kiểm tra",
    "no-chair-named": "bài không nêu người chủ trì",
    "chair-from-conclusion": "người chủ trì được đoán là người kết luận hội nghị, cần kiểm tra",
    "no-people-named": "bài không nêu tên người dự",
    "no-place": "bài không nêu địa điểm",
    "no-organiser": "không rõ cơ quan tổ chức",
    "title-from-headline": "tên cuộc họp lấy theo tiêu đề bài",
    "title-missing": "không tìm thấy tên cuộc họp",
    "html-stripped": "đầu vào là HTML, đã bỏ thẻ",
    "text-truncated": f"bài dài hơn {MAX_READ:,} ký tự; chỉ phần đầu được đọc",
    "empty-text": "văn bản trống",
    "extractor-error": "một phần không đọc được",
    "draft-simplified": "bản nháp được rút gọn để hợp lệ",
    "minutes-date-from-header": "ngày họp lấy theo dòng địa danh, ngày tháng của biên bản",
    "minutes-approved": "biên bản ghi là đã được thông qua: kiểm tra xong thì chuyển sang trạng "
    "thái đã thông qua, ghi ngày và người thông qua",
}

# A flag whose words another flag already says, and more: a person reads each thing to check once.
SAID_BY = {"date-year-missing": "date-year-guessed"}


def flags_to_say(flags: list[str]) -> list[str]:
    """The flags as a person reads them: each once, in order, none another already says."""
    present = set(flags)
    return [flag for flag in dict.fromkeys(flags) if SAID_BY.get(flag) not in present]


def minimal_draft(plain: str, source: str | None, flags: list[str]) -> Draft:
    record = {"title": "Cuộc họp (chưa rõ tên)", "date": str(date.today().year),
              "date_inferred": True}  # fmt: skip
    record["source"] = source
    return Draft(record, [], [*flags, "title-missing"], plain)


def validated(draft: Draft) -> Draft:
    record = {k: v for k, v in draft.record.items() if v not in (None, [], "")}
    if isinstance(validate_record(record), list):
        draft.flags.append("draft-simplified")
        keep = ("title", "date", "date_inferred", "notes", "source")
        record = {k: record[k] for k in keep if k in record}
        if isinstance(validate_record(record), list):
            record = minimal_draft("", None, []).record
    draft.record = record
    return draft


def minutes_notes(draft: Draft) -> str:
    """The notes of a draft read from a Biên bản: what to check, then the minutes as given."""
    lines = [FLAG_TEXT.get(flag, flag) for flag in flags_to_say(draft.flags)]
    head = "**Bản nháp đọc từ biên bản; cần kiểm tra.**"
    if lines:
        head += "\n\n" + "\n".join(f"- {line}" for line in lines)
    return f"{head}\n\n**Nguyên văn:**\n\n{draft.text.strip()}"[:900_000]
