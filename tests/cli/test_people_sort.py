"""`minutebook people --sort name|full`: the directory in the order of a Vietnamese list of people
(given name first) or by the whole name, both in the Vietnamese alphabet; on both backends."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.helpers import ok

Run = Callable[..., Any]  # the `cli` fixture: run(*args, input=None) -> click Result

# People whose given names, middle names and family names each decide an order, with the letters
# code-point order gets wrong (Đ after Z, Ă and Â after Z, ư after z) and tones that tie-break.
PEOPLE = [
    "Đặng Văn Ân",
    "Trần Thị An",
    "Lê Thị Ánh",
    "Bùi Văn Ăn",
    "Nguyễn Văn Dũng",
    "Hoàng Văn Đức",
    "Phạm Thị Hà",
    "Vũ Văn Hải",
    "Lê Văn Hài",
    "Nguyễn Thị Hai",
    "Ông Văn Ưng",
    "Trương Văn Uy",
]
BY_NAME = [
    "Trần Thị An",
    "Lê Thị Ánh",
    "Bùi Văn Ăn",
    "Đặng Văn Ân",
    "Nguyễn Văn Dũng",
    "Hoàng Văn Đức",
    "Phạm Thị Hà",
    "Nguyễn Thị Hai",
    "Lê Văn Hài",
    "Vũ Văn Hải",
    "Trương Văn Uy",
    "Ông Văn Ưng",
]
BY_FULL_NAME = [
    "Bùi Văn Ăn",
    "Đặng Văn Ân",
    "Hoàng Văn Đức",
    "Lê Thị Ánh",
    "Lê Văn Hài",
    "Nguyễn Thị Hai",
    "Nguyễn Văn Dũng",
    "Ông Văn Ưng",
    "Phạm Thị Hà",
    "Trần Thị An",
    "Trương Văn Uy",
    "Vũ Văn Hải",
]


@pytest.fixture
def directory(cli: Run) -> Run:
    attendees = [arg for name in PEOPLE for arg in ("--attendee", name)]
    ok(cli("--create", "add", "--title", "Hội nghị", "--date", "15/3/2024", *attendees))
    return cli


def listed(run: Run, *args: str) -> list[str]:
    return [row["name"] for row in json.loads(ok(run("people", "--format", "json", *args)).stdout)]


def test_people_are_listed_by_given_name(directory: Run) -> None:
    assert listed(directory) == BY_NAME
    assert listed(directory, "--sort", "name") == BY_NAME


def test_sort_full_lists_by_the_whole_name(directory: Run) -> None:
    assert listed(directory, "--sort", "full") == BY_FULL_NAME


def test_the_order_holds_in_the_table_and_csv(directory: Run) -> None:
    table = ok(directory("people", "--sort", "full")).stdout
    places = [table.index(name) for name in BY_FULL_NAME]
    assert places == sorted(places)
    lines = ok(directory("people", "--format", "csv")).stdout.splitlines()[1:]
    assert [line.split(",")[0] for line in lines] == BY_NAME


def test_a_filtered_list_keeps_the_order(directory: Run) -> None:
    assert listed(directory, "--name", "van") == [n for n in BY_NAME if " Văn " in n]


def test_an_unknown_order_is_a_usage_error(directory: Run) -> None:
    result = directory("people", "--sort", "given")
    assert result.exit_code == 2
    assert "'given' is not one of 'name', 'full'" in result.stderr
