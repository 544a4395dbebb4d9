"""`minutebook --help` starts without the store's database half: what a command module runs as it
loads names nothing of the store but its words, so the help needs no database library.

Typer imports every command module to build the help, and a helper's annotation such as
`-> store.Book` is evaluated as its module loads (these modules keep their annotations evaluated,
see `commands.options`): it loaded the store's database half (SQLAlchemy, SQLModel, ~0.5 s) before
a line of help was printed. Such annotations are quoted: still type-checked, evaluated never.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI_FILES = [ROOT / "cli.py", *sorted((ROOT / "commands").glob("*.py"))]
HEAVY = ("sqlalchemy", "sqlmodel", "textual", "store.book", "store.db")


def _names_store(node: ast.AST) -> Iterator[int]:
    for child in ast.walk(node):
        if (
            isinstance(child, ast.Attribute)
            and isinstance(child.value, ast.Name)
            and child.value.id == "store"
        ):
            yield child.lineno


def store_read_on_load(path: Path) -> Iterator[int]:
    """Lines where `path` reads `store.X` as it loads: at module level, in a class body, in a
    decorator, a default, or (without `from __future__ import annotations`) an annotation."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lazy = any(isinstance(n, ast.ImportFrom) and n.module == "__future__" for n in tree.body)

    def statements(body: list[ast.stmt]) -> Iterator[int]:
        for statement in body:
            if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
                arguments = statement.args
                loaded: list[ast.AST | None] = [*statement.decorator_list, *arguments.defaults]
                loaded += arguments.kw_defaults
                if not lazy:
                    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
                    loaded += [argument.annotation for argument in every]
                    loaded.append(statement.returns)
                for node in loaded:
                    if node is not None:
                        yield from _names_store(node)
            elif isinstance(statement, ast.ClassDef):
                for node in [*statement.bases, *statement.decorator_list]:
                    yield from _names_store(node)
                yield from statements(statement.body)
            elif isinstance(statement, ast.If) and "TYPE_CHECKING" in ast.unparse(statement.test):
                continue
            elif isinstance(statement, ast.AnnAssign) and lazy:
                if statement.value is not None:
                    yield from _names_store(statement.value)
            else:
                yield from _names_store(statement)

    yield from statements(tree.body)


@pytest.mark.parametrize("path", CLI_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_command_module_reads_nothing_of_the_store_as_it_loads(path: Path) -> None:
    lines = list(store_read_on_load(path))
    where = ", ".join(f"{path.name}:{line}" for line in lines)
    assert lines == [], f"store.X read as the module loads (quote the annotation): {where}"


@pytest.mark.parametrize("arguments", [["--help"], ["search", "--help"], ["db", "--help"]])
def test_help_loads_no_database_library(arguments: list[str]) -> None:
    code = (
        "import json, sys\n"
        f"sys.argv = ['minutebook', *{arguments!r}]\n"
        "import cli\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"heavy = {HEAVY!r}\n"
        "loaded = sorted({m.split('.')[0] if not m.startswith('store') else m\n"
        "                 for m in sys.modules if m.startswith(heavy)})\n"
        "print(json.dumps(loaded), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Usage: minutebook" in done.stdout
    assert json.loads(done.stderr.splitlines()[-1]) == []
