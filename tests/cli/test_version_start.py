"""`minutebook --version` starts without the app: no store, no database library, no Typer; and it
answers exactly when, and what, the app itself would answer.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commands.version import asks_version, version_line

# What the version does not need: the store and its database libraries above all.
HEAVY = ("store", "sqlalchemy", "sqlmodel", "typer", "click", "textual", "commands.root")

ASKING = [
    ["--version"],
    ["--db", "no-such-book.db", "--version"],
    ["--db=no-such-book.db", "--create", "--lang", "vi", "--version"],
    ["--version", "--help"],  # the first eager flag wins
    ["--version", "list"],
]
NOT_ASKING = [
    ["--help", "--version"],
    ["list", "--version"],  # a command's own options: `list` has no --version
    ["--verbose", "--version"],  # a mistake the app must name
]


@pytest.mark.parametrize("arguments", ASKING, ids=" ".join)
def test_the_version_is_said_without_loading_the_store(
    arguments: list[str], tmp_path: Path
) -> None:
    code = (
        "import json, sys\n"
        f"sys.argv = ['minutebook', *{arguments!r}]\n"
        "import cli\n"
        "cli.main()\n"
        f"heavy = {HEAVY!r}\n"
        "loaded = sorted({m for m in sys.modules if m.startswith(heavy)})\n"
        "print(json.dumps(loaded), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == version_line() + "\n"
    assert json.loads(done.stderr.splitlines()[-1]) == []
    assert not (tmp_path / "no-such-book.db").exists()


@pytest.mark.parametrize("arguments", ASKING + NOT_ASKING, ids=" ".join)
def test_the_shortcut_answers_as_the_app_would(arguments: list[str], tmp_path: Path) -> None:
    from cli import app

    answered = CliRunner().invoke(app, arguments)
    assert asks_version(arguments) == (answered.stdout == version_line() + "\n"), answered.output


def test_the_version_names_the_newest_book_schema() -> None:
    # Two builds of one version differ where a secretary needs to know it: the newer one
    # upgrades a book that the older one then refuses.
    import store.db

    assert version_line().endswith(f" (book schema {store.db.HEAD_REVISION})")
