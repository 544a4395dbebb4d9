"""What the documents for people say about where the minutes stand, in Vietnamese: the mark of a
draft and the sentence of an approval, and the date in words they are written with.

A draft (read from a report, not yet checked) must never pass for kept minutes once printed: the
DOCX minutes carry `DRAFT_MARK` above the heading and in the page header, the Markdown under the
title, the calendar event before its summary. Approved and locked minutes say when and by whom
they were approved (`approval_sentence`), as a biên bản does above its signatures.

Plain words: no document library is imported here.
"""

from __future__ import annotations

from store.dates import PartialDate
from store.record import MeetingRecord
from store.words import one_line

DRAFT_MARK = "DỰ THẢO"


def is_draft(record: MeetingRecord) -> bool:
    return record.status == "draft"


def date_words(date: PartialDate) -> str:
    """`ngày 05 tháng 3 năm 2024`, `tháng 5 năm 2022`, `năm 2024`: as precise as recorded.

    A day under 10 and the months 1 and 2 take a leading zero, as administrative documents write
    them (so `01` cannot be misread as `11` once written by hand).
    """
    words = f"năm {date.year}"
    if date.month is not None:
        month = f"{date.month:02d}" if date.month < 3 else str(date.month)
        words = f"tháng {month} {words}"
    if date.day is not None:
        words = f"ngày {date.day:02d} {words}"
    return words


def approval_sentence(record: MeetingRecord) -> str:
    """`Biên bản đã được thông qua ngày 20 tháng 3 năm 2024 bởi Hội nghị BCH.` for approved or
    locked minutes; "" for the others."""
    if record.status not in ("approved", "locked") or record.approved_on is None:
        return ""
    sentence = f"Biên bản đã được thông qua {date_words(record.approved_on)}"
    if record.approved_by:
        sentence += f" bởi {one_line(record.approved_by)}"
    return sentence + "."
