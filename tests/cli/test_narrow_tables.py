"""The meetings table on an 80-column terminal: the title keeps the room (issue 19's newcomer).

At 80 columns `minutebook search khang` wrapped the date ("30/05/2022" over "chiều"), squeezed the
title to 14 cells and listed six chairs down the row. Now the number and date never wrap, the
chairs are the first and how many more, and the place is left out below 100 columns (`show`
has it). The real command on the sample book, its console made 80 or 140 columns wide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from rich.console import Console

from commands import output
from tests.helpers import ok

Run = Callable[..., Any]


@pytest.fixture
def width() -> Iterator[Callable[[int], None]]:
    """Give the CLI's console a terminal this many columns wide (Rich reads COLUMNS once)."""
    kept = output.out._console

    def set_width(columns: int) -> None:
        output.out._console = Console(
            width=columns, markup=False, highlight=False, emoji=False, soft_wrap=False
        )

    yield set_width
    output.out._console = kept


def test_at_80_columns_dates_stay_whole_and_the_title_has_room(
    imported: Run, width: Callable[[int], None]
) -> None:
    width(80)
    shown = ok(imported("search", "khang")).output
    lines = shown.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert any("30/05/2022 chiều" in line for line in lines)  # one line, not two
    assert "and 5 more" in shown and "Phan Văn Anh" not in shown  # the first chair, and a count
    assert "Place" not in shown and "Hà Nội" not in shown
    assert "Hội nghị lần thứ Tư Ban" in shown  # the title's first words on one line


def test_wide_terminals_list_every_chair_and_the_place(
    imported: Run, width: Callable[[int], None]
) -> None:
    width(140)
    shown = ok(imported("search", "khang")).output
    assert "Place" in shown and "Hà Nội" in shown
    assert "and 5 more" not in shown
    assert "Phan Văn Anh" in shown
