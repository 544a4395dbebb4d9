"""What a report holds besides its outcome, that reads like a decision and is not one.

A photo's caption copied as an unaccented slug ("Dai bieu bieu quyet thong qua Nghi quyet …"):
folded, it reads as the sentence that agrees, but it only repeats the report. The example
reports are written for these tests.
"""

from __future__ import annotations

from typing import Any

from store.extract import extract_report

LEAD = (
    "Sáng 12/3/2026, tại hội trường Công ty, Công đoàn Công ty May Hòa Thắng tổ chức Hội nghị "
    "người lao động năm 2026.\n\n"
)


def _items(body: str) -> list[str]:
    record: dict[str, Any] = extract_report(LEAD + body).record
    return [item["text"] for item in record.get("decisions", [])]


def test_a_caption_as_an_unaccented_slug_decides_nothing() -> None:
    body = (
        "Hội nghị đã biểu quyết thông qua thỏa ước lao động tập thể sửa đổi.\n\n"
        "dai-bieu-nhat-tri.jpg\n"
        "Dai bieu nhat tri thong qua ke hoach thi dua nam 2026. Anh: Minh Khoa\n\n"
        "Hội nghị biểu quyết thông qua kế hoạch thi đua.\n"
    )
    assert _items(body) == [
        "biểu quyết thông qua thỏa ước lao động tập thể sửa đổi",
        "biểu quyết thông qua kế hoạch thi đua",
    ]
