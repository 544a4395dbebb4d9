"""A meeting in the trash from the command line: listed with its date as every list labels it
(`2022`, not `01/01/2022`), and named as being in the trash, with how to bring it back, by every
command that takes a meeting's number or uid, as `history` names it.

The real Typer app on the sample book (the `imported` fixture), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import store
from commands.keeping import entry_label
from tests.helpers import ok, one_error

SEED_001 = "seed-001-lam-viec-bdvtw-dang-doan-tld-nq02-2022"  # meeting 2, dated 2022 only


def test_the_trash_labels_a_date_as_list_does(imported: Any, db: str) -> None:
    ok(imported("delete", "2", "--yes"))  # dated only to the year
    ok(imported("delete", "1", "--yes"))  # 30/05/2022, in the afternoon
    table = ok(imported("trash")).stdout
    assert "01/01/2022" not in table
    rows = {line.split("│")[0].strip(): line.split("│")[1].strip() for line in table.splitlines()
            if "│" in line and line.split("│")[0].strip().isdigit()}  # fmt: skip
    assert rows == {"1": "30/05/2022 chiều", "2": "2022"}
    listed = json.loads(ok(imported("trash", "--format", "json")).stdout)
    assert {entry["meeting"]: entry["date"] for entry in listed} == {1: "2022-05-30", 2: "2022"}
    # `trash empty` names what it would destroy (on a terminal) by the same label.
    with store.open_book(db) as book:
        labels = [entry_label(entry) for entry in book.trash()]
    assert sorted(label.split(" ")[:2] for label in labels) == [
        ["#1", "30/05/2022"],
        ["#2", "2022"],
    ]


@pytest.mark.parametrize(
    "command",
    [
        ("show", "2"),
        ("show", SEED_001),
        ("show", "2", "--format", "md"),
        ("edit", "2", "--title", "Họp"),
        ("amend", "2", "--reason", "sửa", "--title", "Họp"),
        ("delete", "2", "--yes"),
        ("history", "2"),
        ("history", SEED_001),
    ],
)
def test_a_command_on_a_trashed_meeting_says_it_is_in_the_trash(
    imported: Any, command: tuple[str, ...]
) -> None:
    """`show 2` once said "no meeting '2'; `minutebook list` shows numbers"."""
    ok(imported("delete", "2", "--yes"))
    said = one_error(imported(*command), 1)
    assert said == (
        "minutebook: meeting #2 is in the trash: `minutebook restore 2` brings it back with its "
        "history"
    )


def test_a_meeting_never_in_the_book_is_still_not_found(imported: Any) -> None:
    said = one_error(imported("show", "99"), 1)
    assert said.startswith("minutebook: no meeting '99'")
