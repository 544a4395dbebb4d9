"""`minutebook people unmerge [NAME]`: a merge undone from the command line, and refused in one
line when a meeting changed since; in English and Vietnamese."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import store
from store.i18n import set_language
from tests.helpers import a_meeting, ok, one_error

Run = Callable[..., Any]  # the `cli` fixture: run(*args, input=None) -> click Result
HAI, HAI_PLAIN = "Nguyễn Văn Hải", "Nguyen Van Hai"


def two_spellings(db: str) -> tuple[int, int]:
    hai = [{"name": HAI, "title": "Tổ trưởng"}]
    hai_plain = [{"name": HAI_PLAIN, "title": "Tổ viên"}]
    with store.open_book(db) as book:
        first = book.add(a_meeting(title="Họp tổ một", date="2024-01-10", participants=hai))
        second = book.add(a_meeting(title="Họp tổ hai", date="2024-02-10", participants=hai_plain))
    return first, second


def names(db: str, meeting_id: int) -> list[str]:
    with store.open_book(db) as book:
        return [p.name for p in book.meeting(meeting_id).participants]


def test_unmerge_puts_the_person_back_and_says_so(cli: Run, db: str) -> None:
    first, second = two_spellings(db)
    merged = ok(cli("people", "merge", HAI, HAI_PLAIN))
    assert "`minutebook people unmerge` undoes it." in merged.stdout
    assert names(db, second) == [HAI]
    result = ok(cli("people", "unmerge"))
    assert result.stdout.strip() == (
        f"Undid the merge of {HAI_PLAIN} into {HAI}: {HAI_PLAIN} is back (1 meeting)."
    )
    assert (names(db, first), names(db, second)) == ([HAI], [HAI_PLAIN])
    rows = json.loads(ok(cli("people", "--format", "json")).stdout)
    assert sorted((row["name"], row["meetings"]) for row in rows) == [(HAI_PLAIN, 1), (HAI, 1)]
    history = json.loads(ok(cli("history", str(second), "--format", "json")).stdout)
    assert [v["action"] for v in history][-2:] == ["merged", "merge undone"]
    line = one_error(cli("people", "unmerge"), 1)
    assert line == "minutebook: no merge to undo"


def test_unmerge_names_the_meeting_that_changed_and_changes_nothing(cli: Run, db: str) -> None:
    _first, second = two_spellings(db)
    ok(cli("people", "merge", HAI, HAI_PLAIN))
    ok(cli("edit", str(second), "--title", "Họp tổ hai (sửa)"))
    line = one_error(cli("people", "unmerge", "nguyen van hai"), 1)
    assert line == (
        f"minutebook: cannot undo the merge of {HAI_PLAIN} into {HAI}: meeting #{second} has "
        "changed since (now version 3); undo that change first"
    )
    assert names(db, second) == [HAI]
    assert one_error(cli("people", "unmerge", "Trần Văn Bình"), 1) == (
        "minutebook: no merge of 'Trần Văn Bình' to undo"
    )


def test_unmerge_speaks_vietnamese(cli: Run, db: str) -> None:
    two_spellings(db)
    ok(cli("people", "merge", HAI, HAI_PLAIN))
    try:
        result = ok(cli("--lang", "vi", "people", "unmerge"))
        assert result.stdout.strip() == (
            f"Đã hoàn tác việc gộp {HAI_PLAIN} vào {HAI}: {HAI_PLAIN} đã trở lại (1 cuộc họp)."
        )
        helped = ok(cli("--lang", "vi", "people", "unmerge", "--help")).stdout
        assert "Hoàn tác lần gộp gần nhất" in helped and "Tên đã bị gộp ra khỏi danh bạ" in helped
    finally:
        set_language("en")
