"""Every command has help text and appears in the README's tour, so a newcomer can find it."""

from __future__ import annotations

from pathlib import Path

import typer.main

from cli import app

ROOT = Path(__file__).resolve().parents[2]


def commands() -> list[tuple[str, str | None]]:
    group = typer.main.get_command(app)
    found = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        found.append((name, command.help))
        for sub_name, sub in getattr(command, "commands", {}).items():
            found.append((f"{name} {sub_name}", sub.help))
    return found


def test_every_command_has_help() -> None:
    missing = [name for name, help_text in commands() if not (help_text or "").strip()]
    assert missing == []


def test_every_command_is_shown_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name, _ in commands() if f"minutebook {name}" not in readme]
    assert missing == []
