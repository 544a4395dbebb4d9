"""`minutebook search` says where each meeting matched, and orders it (issue 14, "Show why").

Each test runs the real command on the sample book (the `imported` fixture, both backends): under
each title the table says where the meeting matched (the person and the part they took, or the
field and a snippet); `--format json` gives each meeting a `matched` field; `--sort newest` puts
the newest first. A record's text stays literal: markup is not read, an ESC is shown escaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

import store
from commands.output import matched_line, title_cell
from store import MATCHED_STYLE, highlighted
from tests.helpers import ok

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py

Run = Callable[..., Any]  # the `imported` fixture: run(*args) -> click Result

SEED_000 = "seed-000-ky-ket-quy-che-dukdn-tld-2022"  # 30/5/2022, Khang attended
SEED_001 = "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"  # 2022, Khang chaired
SEED_002 = "seed-002-ky-ket-quy-che-ldld-nghe-an-2022"  # 20/1/2022
SEED_003 = "seed-003-hoi-nghi-quy-che-chinh-phu-tld-tb249-2024"  # 2024
SEED_004 = "seed-004-hoi-nghi-bch-tld-lan-thu-tu-2024"  # 15/3/2024, Khang chaired
KHANG = "Nguyễn Đình Khang"


def searched(run: Run, *arguments: str) -> list[dict[str, Any]]:
    """The meetings `minutebook search ARGUMENTS... --format json` prints, in its order."""
    meetings: list[dict[str, Any]] = json.loads(ok(run("search", *arguments, "-f", "json")).stdout)
    return meetings


def title_column(table: str) -> list[str]:
    """Each row's Title cell of a printed table, its wrapped lines joined by spaces."""
    cells: list[list[str]] = []
    for line in table.splitlines():
        columns = line.split("│")
        if len(columns) < 3:
            continue  # the header, its rule, the count under the table
        if columns[0].strip():  # a number: a new row
            cells.append([])
        if cells:
            cells[-1].append(columns[2].strip())
    return [" ".join(" ".join(cell).split()) for cell in cells]


def added(run: Run, title: str, *more: str) -> None:
    assert "Added meeting" in ok(run("add", "--title", title, "--date", "2025", *more)).stdout


# The person the words name --------------------------------------------------------------------


def test_his_name_finds_his_meetings_first_with_the_part_he_took(imported: Run) -> None:
    meetings = searched(imported, "nguyen", "dinh", "khang")
    assert [m["uid"] for m in meetings[:3]] == [SEED_004, SEED_000, SEED_001]
    roles = {m["uid"]: m["matched"]["role"] for m in meetings[:3]}
    assert roles == {SEED_004: "chair", SEED_000: "attendee", SEED_001: "chair"}
    for meeting in meetings[:3]:
        matched = meeting["matched"]
        assert matched["field"] == "person" and matched["name"] == KHANG
        assert matched["text"].startswith(KHANG + ", ")  # and the title he held then
        words = [matched["text"][a:b] for a, b in matched["highlights"]]
        assert words == ["Nguyễn", "Đình", "Khang"]


def test_the_table_says_under_each_title_who_matched(imported: Run) -> None:
    titles = title_column(ok(imported("search", "nguyen", "dinh", "khang")).stdout)
    assert len(titles) == 3
    assert titles[0].endswith(f"↳ chair: {KHANG}")
    assert titles[1].endswith(f"↳ attendee: {KHANG}")
    assert titles[2].endswith(f"↳ chair: {KHANG}")


def test_the_person_line_highlights_the_words_of_his_name() -> None:
    why = store.Why("person", f"{KHANG}, Chủ tịch", ((12, 17),), name=KHANG, role="chair")
    line = matched_line(why)
    assert line.plain == f"↳ chair: {KHANG}"  # the name and role; the title is in the JSON
    styled = [line.plain[s.start : s.end] for s in line.spans if s.style == MATCHED_STYLE]
    assert styled == ["Khang"]


# Words found in a field -------------------------------------------------------------------------


def test_words_in_the_title_are_highlighted_in_the_title(imported: Run, db: str) -> None:
    meetings = searched(imported, "ky ket")  # one argument: the phrase
    assert {m["uid"] for m in meetings} == {SEED_000, SEED_002}
    matched = meetings[0]["matched"]
    assert matched["field"] == "title"
    assert [matched["text"][a:b] for a, b in matched["highlights"]] == ["ký", "kết"]
    with store.open_book(db) as book:
        record = book.meeting(book.resolve(meetings[0]["uid"]))
    why = store.why(record, store.parse_query('"ky ket"'))
    assert why is not None
    cell = title_cell(record.title, why)
    assert cell.plain == record.title  # the title itself, no second line
    styled = [cell.plain[s.start : s.end] for s in cell.spans if s.style == MATCHED_STYLE]
    assert styled == ["ký", "kết"]


def test_words_found_in_the_notes_show_a_snippet_under_the_title(imported: Run) -> None:
    meetings = searched(imported, "ky", "ket")
    in_notes = [m for m in meetings if m["matched"]["field"] == "notes"]
    assert in_notes, [m["matched"] for m in meetings]
    for meeting in in_notes:
        assert "…" in meeting["matched"]["text"]  # a snippet, not the whole notes
    titles = title_column(ok(imported("search", "ky", "ket")).stdout)
    assert sum("↳ notes: …" in title for title in titles) == len(in_notes)


def highlighted_words(matched: dict[str, Any]) -> list[str]:
    return [matched["text"][a:b] for a, b in matched["highlights"]]


def test_a_snippet_of_markdown_notes_is_plain_text(imported: Run) -> None:
    notes = (
        "# Biên bản\n\n**Nguyên văn:**\n\n- Đồng chí *Lò Văn* __Pháo__ phát biểu"
        " theo [Quyết định](https://vb.vn/qd) số `12/QĐ`."
    )
    added(imported, "Giao ban", "--notes", notes)
    (meeting,) = searched(imported, "nguyen", "van", "phao", "quyet")
    matched = meeting["matched"]
    assert matched["field"] == "notes"
    assert not set("*_#[]()`") & set(matched["text"]), matched["text"]
    assert highlighted_words(matched) == ["Nguyên", "Văn", "Pháo", "Quyết"]
    titles = title_column(ok(imported("search", "nguyen", "van", "phao", "quyet")).stdout)
    assert "Nguyên văn: Đồng chí Lò Văn Pháo phát biểu theo Quyết định" in titles[0]


def test_a_snippet_shows_the_words_where_they_stand_together(imported: Run) -> None:
    # Each word first appears far from the others; the snippet is cut where they meet.
    far = " ".join(["lời mở đầu"] * 30)
    notes = f"Ông Sùng đến. {far} Họ Giàng. {far} Chị Mỷ ở lại. {far} Sùng A Giàng và Mỷ về."
    added(imported, "Giao ban", "--notes", notes)
    (meeting,) = searched(imported, "sung", "giang", "my")
    matched = meeting["matched"]
    assert highlighted_words(matched) == ["Sùng", "Giàng", "Mỷ"]
    assert "Sùng A Giàng và Mỷ về" in matched["text"] and "…" not in matched["text"][1:]


def test_a_snippet_shows_every_word_however_far_apart(imported: Run) -> None:
    far = " ".join(["lời mở đầu"] * 30)
    notes = f"Ông Sùng đến. {far} Họ Giàng. {far} Chị Mỷ ở lại. {far} Anh Páo về."
    added(imported, "Giao ban", "--notes", notes)
    (meeting,) = searched(imported, "sung", "giang", "my", "pao")
    assert highlighted_words(meeting["matched"]) == ["Sùng", "Giàng", "Mỷ", "Páo"]
    assert len(meeting["matched"]["text"]) < 120  # past three stretches, just the words


def test_json_matched_is_null_where_nothing_is_shown_and_absent_elsewhere(imported: Run) -> None:
    assert [m["matched"] for m in searched(imported, "date:2024")] == [None, None]
    assert [m["matched"] for m in searched(imported, "doc:249/TB-VPCP")] == [None]
    listed = json.loads(ok(imported("list", "-f", "json")).stdout)
    assert all("matched" not in meeting for meeting in listed)  # list keeps the export shape
    exported = json.loads(ok(imported("export", "-f", "json", "-q", "khang")).stdout)
    assert all("matched" not in meeting for meeting in exported)


def test_json_is_the_export_with_its_number_and_matched_added(imported: Run) -> None:
    meetings = searched(imported, "khang")
    exported = {m["uid"]: m for m in json.loads(ok(imported("list", "-f", "json")).stdout)}
    for meeting in meetings:
        assert next(iter(meeting)) == "number" and list(meeting)[-1] == "matched"
        kept = {k: v for k, v in meeting.items() if k not in ("number", "matched")}
        assert kept == exported[meeting["uid"]]
        # The number is the one `show` takes, and the table's #.
        assert f'"uid": "{meeting["uid"]}"' in ok(imported("show", str(meeting["number"]),
                                                         "-f", "json")).stdout  # fmt: skip
    numbers = [m["number"] for m in meetings]
    table = ok(imported("search", "khang")).stdout
    assert [int(n) for n in re.findall(r"^\s*(\d+) ", table, re.M)] == numbers


def test_csv_is_unchanged(imported: Run) -> None:
    searched_csv = ok(imported("search", "khang", "--sort", "newest", "-f", "csv")).stdout
    exported = ok(imported("export", "-f", "csv", "-q", "khang")).stdout
    header = searched_csv.splitlines()[0]
    assert header == exported.splitlines()[0] and "matched" not in header
    assert sorted(searched_csv.splitlines()) == sorted(exported.splitlines())


# The order --------------------------------------------------------------------------------------


def test_sort_newest_puts_the_newest_first(imported: Run) -> None:
    best = [m["uid"] for m in searched(imported, "ky", "ket")]
    newest = [m["uid"] for m in searched(imported, "ky", "ket", "--sort", "newest")]
    assert set(best[:2]) == {SEED_000, SEED_002}  # the words together, in the titles
    assert newest == [SEED_004, SEED_003, SEED_000, SEED_002, SEED_001]
    assert [m["uid"] for m in searched(imported, "ky", "ket", "--sort", "relevance")] == best


def test_list_stays_newest_first(imported: Run) -> None:
    listed = [m["uid"] for m in json.loads(ok(imported("list", "-f", "json")).stdout)]
    assert listed == [SEED_004, SEED_003, SEED_000, SEED_002, SEED_001]


def test_an_unknown_order_is_a_usage_error(imported: Run) -> None:
    result = imported("search", "khang", "--sort", "oldest")
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr


# User text is data ------------------------------------------------------------------------------


def test_markup_and_escapes_in_a_matched_title_stay_literal(imported: Run) -> None:
    title = "Họp [bold]Khẩn[/bold] \x1b[31m đỏ"
    added(imported, title)
    result = ok(imported("search", "khẩn"))
    assert "\x1b" not in result.stdout
    shown = "".join(title_column(result.stdout)[0].split())
    assert shown == "Họp[bold]Khẩn[/bold]\\x1b[31mđỏ"  # the spaces aside: a table wraps at them
    matched = searched(imported, "khẩn")[0]["matched"]
    assert matched["field"] == "title" and "\x1b" in matched["text"]  # JSON keeps the data


def test_markup_and_escapes_in_a_snippet_stay_literal(imported: Run) -> None:
    added(imported, "Giao ban", "--notes", "Bàn về [red]trợ cấp[/red] \x1b[2J thâm niên")
    result = ok(imported("search", "tro", "cap", "tham", "nien"))
    assert "\x1b" not in result.stdout
    shown = "".join(title_column(result.stdout)[0].split())
    expected = "Giao ban ↳ notes: Bàn về [red]trợ cấp[/red] \\x1b[2J thâm niên"
    assert shown == "".join(expected.split())


def test_an_escape_before_a_matched_word_does_not_move_the_highlight() -> None:
    text = "Họp \x1b[2J khẩn"
    shown = highlighted(text, [(text.index("khẩn"), len(text))])
    assert shown.plain == "Họp \\x1b[2J khẩn"
    assert [shown.plain[s.start : s.end] for s in shown.spans] == ["khẩn"]
