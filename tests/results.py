"""Checks on the result of a CLI run (typer's CliRunner), shared by the command tests."""

from __future__ import annotations

from typing import Any


def ok(result: Any) -> Any:
    """The run succeeded; returns it for further checks."""
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
    return result


def one_error(result: Any, code: int) -> str:
    """The run failed with `code` and said why in one line, without a traceback."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("minutebook: "), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return lines[0]
