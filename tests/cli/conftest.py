"""Fixtures of the command line's tests: the Typer command built once, and `imported`: the CLI
on a copy of the sample book (tests/conftest.py's `sample_copy`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pytest
import typer
import typer.main


@pytest.fixture(autouse=True)
def _build_the_command_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Typer rebuilds the click command from `app` on every invoke (~0.1 s); build it once."""
    import typer.testing

    monkeypatch.setattr(typer.testing, "_get_command", _cached_command)


@functools.cache
def _cached_command(app: typer.Typer) -> Any:
    return typer.main.get_command(app)


@pytest.fixture
def imported(cli: Any, sample_copy: Callable[[], None]) -> Any:
    """`cli` on a copy of the imported sample book (importing it anew in each test is slow)."""
    sample_copy()
    return cli
