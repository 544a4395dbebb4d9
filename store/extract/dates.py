"""When the meeting was: its date as the report states it, the dateline, and the part of day.

Reads "Chiều 30/5", "Chiều ngày 20/01", "ngày 15/3/2024", "sáng nay (24/7)", "Sáng 3.7",
"15-3-2024", "ngày 15 tháng 3 năm 2024", and datelines ("21:48 | 24/07/2023", "10:50 21-03-24").
Dates of documents, anniversaries, deadlines and plans are not the meeting's date.

The import shape has no day-and-month-without-year, and a record must have a date. The policy:
- the year stated with the date is used as it is;
- else the dateline's year (the latest one not after the publication), `date_inferred`, flag
  "date-year-from-dateline";
- else the date is left open: flag "date-year-missing", and the record carries the day and month
  with a *guessed* year (the latest year the report speaks of as present, else this year), marked
  `date_inferred`, flag "date-year-guessed", so the draft imports but says it must be checked.
  The evidence keeps the day and month as read ("30/5").
- no date at all: flag "date-missing"; the record carries a year only (the dateline's, else the
  guess), `date_inferred`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from store.extract.date_years import before_tet, in_school_year, within_term
from store.extract.plain_text import Sentence

PART_OF_DAY = {"sang": "morning", "trua": "noon", "chieu": "afternoon", "toi": "evening",
               "dem": "evening"}  # fmt: skip

_MENTION = re.compile(
    r"(?:\b(?P<part>sang|trua|chieu|toi|dem)(?P<rel>\s+(?:nay|qua|hom nay|hom qua|mai))?"
    r"|\b(?P<today>hom nay|hom qua|hom(?=\s+\d)))?"
    r"(?:\s*[,(]?\s*(?P<weekday>(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)"
    r"(?:\s+(?:tuan (?:roi|qua|truoc)|vua qua|vua roi))?))?"
    r"(?P<wsep>\s*[(,]?)\s*(?P<ngay>ngay\s+)?(?:(?<![\d.,/-])|(?<=\s\d-)|(?<=\s\d\d-))(?P<d>\d{1,2})"
    r"(?:\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?"
    r"|\s+thang\s+(?:(?P<m2>\d{1,2})|(?P<mw>muoi mot|muoi hai|mot|hai|ba|tu|nam|sau|bay|tam"
    r"|chin|muoi)\b)(?:\s*,?\s*nam\s+(?P<y2>\d{4}))?)(?![\d/])"
)
# "ngày 12 tháng Chín": the months by name (not the lunar "tháng Giêng", "tháng Chạp").
_MONTH_WORDS = {"mot": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
                "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12}  # fmt: skip
# "Sáng nay", "chiều hôm qua", "sáng qua", "hôm qua" with no date: the dateline's day, or the day
# before it. A bare "qua" needs a part of day before it ("qua" alone is a common word).
_TODAY_ONLY = re.compile(
    r"\b(?:(?P<part>sang|trua|chieu|toi)\s+(?P<rel>nay|hom nay|qua|hom qua)"
    r"|(?P<day>hom nay|hom qua))\b(?!\s*\(?\s*\d)"
)
DATELINE = re.compile(
    # the paper's name, its section or the place first, one to three of them: "Báo X - 31/03/2025",
    # "HÀ NỘI, 19/04/2024", "BÁO X | Chính trị | 22/01/2025"; a date
    # with dots has its full year ("20.5.2025")
    r"^\s*\(?(?:[^\d\s|:(][^\d|:]{1,40}?(?:\s+[-–|]\s+|\s*,\s+)){0,3}"
    # a bulletin's issue before its day: "Số 09/2025 - phát hành ngày 30/9/2025"
    r"(?:so\s+\d{1,3}/\d{4}\s*[-–|,]\s*)?"
    r"(?:(?:ngay\s+)?(?:cap nhat|dang luc|dang ngay|ngay dang|xuat ban|phat hanh|thoi gian)"
    r"(?:\s+luc)?\s*:?\s*)?"
    # "Cập nhật lúc 10:05, Thứ Sáu, 27/9/2024": the time before the weekday
    r"(?:\d{1,2}[:h]\d{2}\s*,\s*(?=thu\s|chu nhat))?"
    r"(?:(?:thu\s+\w+|chu nhat)\s*,\s*)?(?:(?P<h>\d{1,2})[:h](?P<mi>\d{2})\s*(?:\|\s*|,\s*|-\s*)?)?"
    r"(?:ngay\s+)?(?P<d>\d{1,2})(?P<ds>[/-]|\.(?=\d{1,2}\.\d{4}))(?P<m>\d{1,2})(?P=ds)"
    r"(?P<y>\d{4}|\d{2})"
    r"(?:\s*[|,-]?\s*(?P<h2>\d{1,2})[:h](?P<mi2>\d{2}))?(?:\s*[(\[]?gmt\s*\+\s*0?7(?::00)?[)\]]?)?"
    r"(?:\s*\|\s*(?:luot xem|luot doc|binh luan|views?)\s*:?\s*[\d.,]*)?"
    # the section or the author after the day: "17/7/2024 08:05 | Giáo dục", "| Tác giả: X"
    # or both: "| Chuyên mục: Hoạt động công đoàn | Công đoàn Viên chức Việt Nam"
    r"(?:\s*\|\s*[^\d\s|][^\d|]{1,50}){0,2}"
    r"(?:\s*\([a-z0-9 .]{2,20}\))?(?:\s*[-–—])?\s*\)?\s*$"  # "… 23/8/2024 (TTXVN) -": the agency
)
_YEAR = re.compile(r"(?<![\d/.-])(19[5-9]\d|20\d\d|21\d\d)(?![\d])")
_RANGE_END = re.compile(r"(?:19|20|21)\d\d\s*[-–]\s*$")
_RANGE_START = re.compile(r"^\s*[-–]\s*(?:19|20|21)\d\d")

_NOT_THE_MEETING = re.compile(
    r"(?:ky niem|thanh lap|ngay sinh|ra doi|truyen thong|du kien|se dien ra|se to chuc|sap toi|"
    r"cham nhat|truoc ngay|den ngay|han chot|ke tu|tu ngay|den het|hieu luc|truoc do|"
    r"hom truoc|nam ngoai|nam truoc|thoi han|ban hanh|ky ban hanh)[^.;]{0,40}$"
)
_DAY_RANGE = re.compile(r"\bngay\s+(?P<d>\d{1,2})\s*(?:[-–]|va)\s*$")
_DOC_BEFORE = re.compile(r"(?:\d+[-/][0-9a-z]+(?:[-/][0-9a-z]+)*|so\s+\d+)\s*,?\s*$")
_FUTURE_AFTER = re.compile(r"^\s*(?:toi|sap toi|toi day|nam sau)\b")
_MEETING_WORDS = re.compile(
    r"\b(?:to chuc|dien ra|hop|hoi nghi|buoi lam viec|ky ket|khai mac|be mac|chu tri|lam viec|"
    r"phien|hoi thao|toa dam|dai hoi|gap mat|tiep|giao ban|doi thoai|trao|ra mat)\b"
)
_OF_THE_MEETING = re.compile(
    r"\b(?:(?:tai|cua)\s+(?:phien hop|cuoc hop|ky hop|hoi nghi|buoi lam viec)"
    r"|(?:phien hop|cuoc hop|ky hop|hoi nghi|buoi lam viec)\s+(?:duoc\s+)?(?:dien ra|to chuc)"
    r"(?:\s+vao)?)(?:\s+ngay)?\s*$"
)
# "Ngày 24/2, Văn phòng … ban hành Thông báo …", "Ngày 25/9, thừa lệnh Ban Thường vụ, đồng chí X
# ký ban hành …": the day a notice was signed, not the day of the meeting it reports.
_ISSUED_AFTER = re.compile(
    r"[^.;]{0,80}?\bban hanh\b|\s*,?\s*thua lenh\b|[^.;]{0,200}?\bky ban hanh\b"
)
# The paper's or agency's short name before the lead ("BT - Chiều 27/9", "(Chinhphu.vn) - Sáng
# 3/5"), or the place it is filed from ("SƠN LA - Ngày 26/9", "KHÁNH HÒA - Chiều 15/10"): the
# lead still opens with its day.
_AGENCY_LEAD = re.compile(r"\s*\(?[a-z0-9.]{1,16}(?: [a-z0-9.]{1,16}){0,3}\)?\s*[-–—]\s*")
# A dateline run into the lead: "Place, ngày 11/7/2024 - Chiều nay, …": that day's part of day;
# "… 18/10/2025 - Sáng hôm qua, …": the day before the dateline's, as a dateline on its own line.
_TODAY_AFTER = re.compile(
    r"\s*[-–—]\s*(?P<part>sang|trua|chieu|toi)\s+(?P<rel>nay|hom nay|qua|hom qua)\b"
)
# "ngày 9/1 vừa qua", "17/10 vừa qua": a past day the report looks back on, its meeting's.
_JUST_PAST = re.compile(r"\s*(?:vua qua|vua roi)\b")
_YEAR_NOT_NOW = re.compile(
    r"(?:den nam|tam nhin|truoc nam|nhiem ky|muc tieu|ky niem|thanh lap|sau nam|"
    r"luat [a-z ]{0,30}nam|ngay sinh)\s*(?:19|20|21)?\d*\s*$"
)


@dataclass
class Mention:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    part: str | None
    score: float
    several_days: bool = False  # the first day of a range: "trong hai ngày 19 và 20/12/2024"


@dataclass
class MeetingDate:
    """The meeting's date as the record will hold it, and how sure the reading is."""

    year: int
    month: int | None
    day: int | None
    part_of_day: str | None
    inferred: bool
    confidence: float
    span: tuple[int, int] | None
    as_read: str | None
    flags: list[str] = field(default_factory=list)
    several_days: bool = False  # no one part of day holds for the whole meeting

    def iso(self) -> str:
        return "-".join(f"{p:02d}" for p in (self.year, self.month, self.day) if p is not None)


def _full_year(raw: str | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    return 2000 + year if year < 100 else year


def _valid(year: int | None, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        date(year or 2024, month, day)  # 2024 is a leap year: 29/2 without a year is a date
    except ValueError:
        return False
    return year is None or 1900 <= year <= 2199


def read_dateline(text: str, folded: str, before: int) -> tuple[date, tuple[int, int]] | None:
    """The publication date of the page: a line that is only a date (and a time)."""
    start = 0
    for line in folded[: max(before, 0) or len(folded)].split("\n"):
        end = start + len(line)
        # a publication line naming its section and body runs past 80 characters; a lead's
        # sentence holding a date is longer still, and does not end at the date anyway
        found = DATELINE.match(line) if len(line) <= 120 else None
        if found:
            day, month, year = int(found["d"]), int(found["m"]), _full_year(found["y"])
            if year and _valid(year, month, day):
                return date(year, month, day), (start, end)
        start = end + 1
    return None


# Where a mention may start: a part of day, "hôm", "thứ"/"chủ nhật", "ngày", a space, a bracket
# or comma, or the day itself. `_MENTION` tried at every other place fails at once: the lookahead
# makes that failure cheap (the same matches, found faster).
_MENTION_AT = re.compile(r"(?=[stcdhn\d\s(,])" + _MENTION.pattern)
_DIGIT = re.compile(r"\d")


def _mentions(folded: str, sentences: list[Sentence], skip: list[tuple[int, int]]) -> list[Mention]:
    found: list[Mention] = []
    for index, sentence in enumerate(sentences):
        if _DIGIT.search(folded, sentence.start, sentence.end) is None:
            continue  # every mention holds its day's digits
        lead = folded[sentence.start : sentence.end]
        for match in _MENTION_AT.finditer(folded, sentence.start, sentence.end):
            mention = _mention(folded, sentence, match, index, lead)
            if mention and not any(s <= mention.start < e for s, e in skip):
                found.append(mention)
    return found


def _mention(
    folded: str, sentence: Sentence, match: re.Match[str], index: int, lead: str
) -> Mention | None:
    day = int(match["d"])
    if match["mw"] and not (match["ngay"] or match["part"]):
        return None  # "12 tháng năm …": a month's name only after "ngày" or a part of day
    month = int(match["m"] or match["m2"] or _MONTH_WORDS.get(match["mw"] or "", 0))
    year = _full_year(match["y"] or match["y2"])
    ranged = _DAY_RANGE.search(folded, max(sentence.start, match.start("d") - 20), match.start("d"))
    # "vào thứ Năm (14/3)", "thứ Sáu, 27/12": the press's weekday, set off before the day
    weekday = bool(match["weekday"] and match["wsep"].strip())
    prefixed = bool(
        match["part"] or match["ngay"] or match["today"] or match["m2"] or ranged or weekday
    )
    dotted = match["sep"] == "." and len(match["y"] or "") != 4  # "20.5.2025" is a date
    if not prefixed and (year is None or dotted or len(match["y"] or "") == 2):
        return None  # "80/82 đơn vị", "1.7" a quantity: a bare date needs its year
    if not _valid(year, month, day):
        return None
    begin = match.start("part") if match["part"] else match.start("d")
    if match["ngay"]:
        begin = min(begin, match.start("ngay"))
    before = folded[max(sentence.start, begin - 60) : begin]
    after = folded[match.end() : match.end() + 20]
    with_ngay = folded[max(sentence.start, match.start("d") - 60) : match.start("d")]
    if _NOT_THE_MEETING.search(with_ngay) or _DOC_BEFORE.search(before):
        return None  # "trước ngày 25/3/2025": a deadline; "từ ngày 1/7": when a rule applies
    first_day = _DAY_RANGE.search(before)
    several = bool(first_day and 1 <= int(first_day["d"]) < day)
    if first_day and several:  # "2 ngày 15-16/6", "16 và 17/1": the first
        day, begin = int(first_day["d"]), begin - len(before) + first_day.start("d")
        before = folded[max(sentence.start, begin - 60) : begin]
    elif (
        _FUTURE_AFTER.match(after)
        or _RANGE_START.match(after)
        or re.search(r"\d\s*[-–]\s*$", before)
    ):
        return None
    score = 0.0
    if match["part"] or match["today"]:
        score += 3
    elif weekday:
        score += 1  # the press names the weekday of the day it reports, not of a plan's
    opening = folded[sentence.start : begin]
    if not opening.strip(" \"'“(,") or _AGENCY_LEAD.fullmatch(opening):
        score += 2
    if re.match(r"\s*,?\s*(?:tai|o)\s", after):
        score += 1
    if _MEETING_WORDS.search(lead):
        score += 2
    if year:
        score += 0.5
    if _JUST_PAST.match(after):
        score += 2
    if _OF_THE_MEETING.search(with_ngay):
        score += 3  # "… kết luận … tại phiên họp ngày 20/2/2025": the meeting's own date
    if _ISSUED_AFTER.match(folded, match.end(), sentence.end):
        score -= 3  # "Ngày 24/2, Văn phòng … ban hành Thông báo …": when a notice was issued
    if several and not match["part"]:
        # "Trong hai ngày 19 và 20/12/2024, …": the span of the whole meeting, which its sessions
        # ("Sáng 19/12, phiên thứ nhất …") fall inside; a session's day is not the meeting's.
        score += 4
    part = match["part"]
    today = _TODAY_AFTER.match(folded, match.end(), sentence.end)
    if part is None and today:  # "Bà Rịa, ngày 11/7/2024 - Chiều nay, tại …": the dateline's day
        part, score = today["part"], score + 3
        if "qua" in today["rel"] and year and _valid(year, month, day):
            before = date(year, month, day) - timedelta(days=1)
            year, month, day = before.year, before.month, before.day
    score -= 0.05 * index
    return Mention(begin, match.end(), day, month, year, part, score, several)


def guess_year(
    folded: str, spans: list[tuple[int, int]], skip: list[tuple[int, int]]
) -> int | None:
    """The latest year the report speaks of as its present, not a plan, a term or a document's."""
    best = None
    for start, end in spans:
        for match in _YEAR.finditer(folded, start, end):
            if any(s <= match.start() < e for s, e in skip):
                continue
            before = folded[max(start, match.start() - 40) : match.start()]
            if _RANGE_END.search(before) or _YEAR_NOT_NOW.search(before):
                continue
            year = int(match.group())
            best = year if best is None else max(best, year)
    return best


# "Hội nghị diễn ra trong buổi sáng", "Phiên họp … diễn ra từ 14 giờ": the part of day said apart
# from the date. Only after a verb of the meeting: "tan ca lúc 9 giờ tối" is not the meeting's.
_HELD_WHEN = re.compile(
    r"\b(?:dien ra|bat dau|khai mac|to chuc)\s+(?:tu|vao|luc|trong)\s+"
    r"(?:buoi\s+(?P<part>sang|trua|chieu|toi)\b|(?P<h>\d{1,2})\s*(?:gio|h)(?:\s*\d{2})?\b)"
)


# The part of day named as the meeting's time with no date beside it: its session ("Cũng tại
# phiên sáng, …"), the whole of it given over ("đã dành trọn buổi chiều cho …"), or a part of a
# weekday ("tổ chức hội nghị vào sáng thứ Bảy").
_PART_NAMED = re.compile(
    r"\b(?:phien|(?:tron|ca|suot)\s+buoi)\s+(?P<part>sang|chieu|toi)\b"
    r"|\bvao\s+(?:buoi\s+)?(?P<day_part>sang|chieu|toi)\s+(?:thu\s+(?:hai|ba|tu|nam|sau|bay)"
    r"|chu nhat)\b"
)


def _part_held(folded: str, sentences: list[Sentence]) -> str | None:
    """The part of day a meeting was held in, from the first sentences that say it apart."""
    for sentence in sentences[:12]:
        held = _HELD_WHEN.search(folded, sentence.start, sentence.end)
        if held is None:
            continue
        if held["part"]:
            return PART_OF_DAY[held["part"]]
        hour = int(held["h"])
        return "morning" if hour < 12 else "afternoon" if hour < 18 else "evening"
    for sentence in sentences[:20]:
        named = _PART_NAMED.search(folded, sentence.start, sentence.end)
        if named is not None:
            return PART_OF_DAY[named["part"] or named["day_part"]]
    return None


def read_meeting_date(
    folded: str,
    sentences: list[Sentence],
    body: list[tuple[int, int]],
    skip: list[tuple[int, int]],
    dateline: date | None,
) -> MeetingDate:
    when = _read_date(folded, sentences, body, skip, dateline)
    if when.part_of_day is None and when.day is not None and not when.several_days:
        when.part_of_day = _part_held(folded, sentences)
    return when


def _read_date(
    folded: str,
    sentences: list[Sentence],
    body: list[tuple[int, int]],
    skip: list[tuple[int, int]],
    dateline: date | None,
) -> MeetingDate:
    candidates = [m for m in _mentions(folded, sentences, skip) if m.score >= 2]
    chosen = max(candidates, key=lambda m: m.score, default=None)
    if chosen is None:
        return _undated(folded, sentences, body, skip, dateline)
    part = PART_OF_DAY.get(chosen.part or "")
    as_read = f"{chosen.day}/{chosen.month}" + (f"/{chosen.year}" if chosen.year else "")
    span = (chosen.start, chosen.end)
    confidence = min(0.95, 0.5 + chosen.score / 10)
    if chosen.year:
        return MeetingDate(
            chosen.year,
            chosen.month,
            chosen.day,
            part,
            False,
            confidence,
            span,
            as_read,
            several_days=chosen.several_days,
        )
    if dateline:
        year = dateline.year
        if (chosen.month, chosen.day) > (dateline.month, dateline.day):
            year -= 1  # reported after the new year: "Chiều 30/12" published on 2/1
        if _valid(year, chosen.month, chosen.day):
            return MeetingDate(
                year,
                chosen.month,
                chosen.day,
                part,
                True,
                confidence * 0.9,
                span,
                as_read,
                ["date-year-from-dateline"],
            )
    near = guess_year(folded, body, skip)
    guessed = (
        in_school_year(folded, chosen.month)
        or before_tet(folded, chosen.month, chosen.start, near or date.today().year)
        or within_term(folded, near)
    )
    day = chosen.day if _valid(guessed, chosen.month, chosen.day) else None
    return MeetingDate(
        guessed,
        chosen.month,
        day,
        part,
        True,
        0.3,
        span,
        as_read,
        ["date-year-missing", "date-year-guessed"],
    )


def _undated(
    folded: str,
    sentences: list[Sentence],
    body: list[tuple[int, int]],
    skip: list[tuple[int, int]],
    dateline: date | None,
) -> MeetingDate:
    today = None
    for sentence in sentences[:8]:
        today = _TODAY_ONLY.search(folded, sentence.start, sentence.end)
        if today:
            break
    if today and dateline:
        part = PART_OF_DAY.get(today["part"] or "")
        yesterday = "qua" in (today["rel"] or today["day"] or "")
        when = dateline - timedelta(days=1) if yesterday else dateline
        return MeetingDate(
            when.year,
            when.month,
            when.day,
            part,
            True,
            0.7,
            (today.start(), today.end()),
            "hôm qua" if yesterday else "hôm nay",
            ["date-from-dateline"],
        )
    if dateline:
        return MeetingDate(dateline.year, None, None, None, True, 0.2, None, None, ["date-missing"])
    guessed = guess_year(folded, body, skip)
    # A report naming no year at all gets this year, and says so: "guessed from the years it
    # mentions" would send the secretary looking for years that are not there.
    flags = ["date-missing", "date-year-guessed" if guessed else "date-year-this-year"]
    return MeetingDate(
        guessed or date.today().year,
        None,
        None,
        None,
        True,
        0.2 if guessed else 0.05,
        None,
        None,
        flags,
    )
