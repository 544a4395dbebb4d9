"""The command line's shape, checked on its source and on the Click tree Typer builds from it.

`cli.py` is the app and the registration of the groups in `commands/`, small; the commands are
thin: they reach the data only through the store's API (`import store`, names in
`store.__all__`), never a database library or a session; every command says what it does in
`--help`; and `minutebook search ... --format json` starts without loading what it does not use
(the screens, the document and workbook writers, the report extractor).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

import store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "meetings.json"
COMMANDS = sorted((ROOT / "commands").glob("*.py"))
CLI_FILES = [ROOT / "cli.py", *COMMANDS]


def short(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_the_command_modules_are_there() -> None:
    names = {path.stem for path in COMMANDS}
    assert {"meetings", "people", "database", "output"} <= names, names


def test_cli_py_is_the_app_and_its_groups() -> None:
    lines = (ROOT / "cli.py").read_text(encoding="utf-8").count("\n")
    assert lines <= 250, f"cli.py has {lines} lines (at most 250)"


@pytest.mark.parametrize("path", COMMANDS, ids=short)
def test_a_command_module_is_small(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"{short(path)} has {lines} lines (at most 400)"
    assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), short(path)


@pytest.mark.parametrize("path", CLI_FILES, ids=short)
def test_no_database_library_and_no_session(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for word in ("session(", "sqlalchemy", "sqlmodel"):
        assert word not in text, f"{short(path)} holds {word!r}"


# The store's modules a face may import whole: the catalog of the program's words.
PUBLIC_MODULES = {"store.i18n"}


def store_names_used(path: Path) -> Iterator[tuple[int, str]]:
    """(line, what) for every way `path` reaches into the store: imports and `store.X`."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "store" and alias.name != "store":
                    yield node.lineno, f"import {alias.name}"
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "store":
            if node.module in PUBLIC_MODULES:
                continue
            if node.module != "store":
                yield node.lineno, f"from {node.module} import ..."
            else:
                for alias in node.names:
                    yield node.lineno, alias.name
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "store"
        ):
            yield node.lineno, node.attr


@pytest.mark.parametrize("path", CLI_FILES, ids=short)
def test_only_the_store_api_is_used(path: Path) -> None:
    outside = [
        f"{short(path)}:{line}: {what}"
        for line, what in store_names_used(path)
        if what not in store.__all__
    ]
    assert outside == [], "not in store.__all__: " + "; ".join(outside)


def every_command() -> Iterator[tuple[str, Any]]:
    """(its words after `minutebook`, the Click command) for the app and everything under it.
    (Typer carries its own copy of Click: a group is whatever has `commands`.)"""
    from cli import app

    def walk(command: Any, path: str) -> Iterator[tuple[str, Any]]:
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, f"{path} {name}".strip())

    yield from walk(typer.main.get_command(app), "")


def test_every_command_has_help_text() -> None:
    commands = dict(every_command())
    expected = {"list", "search", "show", "edit", "import", "export", "people show", "db check"}
    assert expected <= set(commands)
    missing = [path or "minutebook" for path, command in commands.items() if not command.help]
    assert missing == []
    runner = CliRunner()
    from cli import app

    for path in commands:
        result = runner.invoke(app, [*path.split(), "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage:" in result.stdout, path


def test_help_names_values_in_words_not_python_types() -> None:
    """`QUERY...`, `--db URL`, `-o FILE`: never Typer's `<list[str]>`, `<str>` or `{QUERY}...`."""
    from commands.language import speak

    for path, command in every_command():
        speak(command)  # what `cli.main` does before Click parses
        ctx = command.context_class(command, info_name=f"minutebook {path}".strip())
        text = command.get_help(ctx)
        for python_type in ("<list[", "<str>", "<path>", "<file>", "<bool>"):
            assert python_type not in text, (path, python_type)
        assert "{" not in text.splitlines()[0], path


def test_a_json_search_loads_only_what_it_uses(tmp_path: Path) -> None:
    from cli import app

    book = tmp_path / "book.db"
    imported = CliRunner().invoke(app, ["--db", str(book), "--create", "import", str(SAMPLE)])
    assert imported.exit_code == 0, imported.output
    code = (
        "import json, sys\n"
        "import cli\n"
        f"sys.argv = ['minutebook', '--db', {str(book)!r}, 'search', 'khang', '--format', 'json']\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "loaded = [m for m in ('textual', 'openpyxl', 'docx', 'icalendar', 'store.extract')\n"
        "          if m in sys.modules]\n"
        "print(json.dumps(loaded), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 3  # the search itself worked
    assert json.loads(done.stderr.splitlines()[-1]) == []


def test_version_is_the_installed_one_and_needs_no_book(tmp_path: Path) -> None:
    from importlib.metadata import version

    missing = tmp_path / "no-such-book.db"  # --version is answered before a book is opened
    done = subprocess.run(
        [sys.executable, "-m", "cli", "--db", str(missing), "--version"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    import store.db

    said = f"minutebook {version('minutebook')} (book schema {store.db.HEAD_REVISION})\n"
    assert done.stdout == said
    assert not missing.exists()
