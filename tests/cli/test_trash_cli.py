"""A meeting in the trash from the command line: listed with its date as every list labels it
(`2022`, not `01/01/2022`).

The real Typer app on the sample book (the `imported` fixture), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from typing import Any

import store
from commands.keeping import entry_label
from tests.helpers import ok


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
