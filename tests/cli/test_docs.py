"""Every command has help text and appears in the README's tour, so a newcomer can find it; the
tour's approval steps do what the README says they do."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import typer.main

import store
from cli import app
from tests.helpers import ok

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


def readme_commands(after: str) -> list[list[str]]:
    """The `minutebook` commands of the README's first shell block after `after`, each as its
    arguments (lines joined at a trailing backslash, comments dropped)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split(after, 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    found = []
    for line in block.replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        if words and words[0] == "minutebook":
            found.append(words[1:])
    return found


def test_the_readmes_approval_steps_each_change_the_tours_meeting(imported: Any, db: str) -> None:
    """A meeting typed in starts final, as the lifecycle has it (a draft is what was read from a
    report). The README began its approval steps on the tour's meeting #6 with `edit 6 --status
    final`, which said "Meeting #6 unchanged.": a newcomer read that a new meeting starts as a
    draft. Each step it shows now changes the meeting."""
    add = next(words for words in readme_commands("Recording and correcting") if words[0] == "add")
    assert "Added meeting #6" in ok(imported(*add)).stdout
    with store.open_book(db) as book:
        assert book.meeting(6).status == "final"
    steps = [
        words
        for words in readme_commands("**Approval, locking, amendments.**")
        if words[0] in ("edit", "amend")
    ]
    assert len(steps) >= 3
    for words in steps:
        said = ok(imported(*words)).stdout
        assert "unchanged" not in said, words
    with store.open_book(db) as book:
        assert book.meeting(6).status == "locked"
