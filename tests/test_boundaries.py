"""The layering the design card asks for, checked in a fresh interpreter."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_store_and_the_cli_do_not_import_textual() -> None:
    code = "import sys, store, store.importer, store.people, cli; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_store_never_imports_the_faces() -> None:
    for path in (ROOT / "store").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in {"tui", "cli", "textual", "typer", "rich"}, (
                    f"{path.relative_to(ROOT)} imports {name}"
                )


def test_every_module_says_what_lives_there() -> None:
    for folder in ("store", "tests", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            assert ast.get_docstring(tree), f"{path.relative_to(ROOT)} has no module docstring"
    assert ast.get_docstring(ast.parse((ROOT / "cli.py").read_text(encoding="utf-8")))
