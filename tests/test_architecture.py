"""The house's rules, checked on the source: layers, import circles, module sizes, docstrings.

The import graph is read with `ast` from every product module (`store/`, `tui/`, `commands/`,
`cli.py`), imports inside functions included, since a lazy import is still a dependency a reader
must follow; only imports under `if TYPE_CHECKING:` are left out (they never run).
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import store
import store.exchange

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("store", "tui", "commands")
MAX_LINES = 500


def product_files() -> Iterator[Path]:
    yield ROOT / "cli.py"
    for package in PACKAGES:
        folder = ROOT / package
        if folder.is_dir():
            yield from sorted(p for p in folder.rglob("*.py") if "migrations" not in p.parts)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in product_files()}


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node but those under `if TYPE_CHECKING:`."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *_runtime_nodes(child)])
            continue
        yield node
        yield from _runtime_nodes(node)


def imports_of(name: str) -> set[str]:
    """The product modules `name` imports (a `from package import module` names the module)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.add(child if child in MODULES else base)
    return {module for module in found if module in MODULES and module != name}


GRAPH = {name: imports_of(name) for name in MODULES}


def circles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(GRAPH[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return groups


def test_the_graph_sees_the_modules() -> None:
    # A parser that found nothing would pass every rule below.
    assert "store.book" in GRAPH and "store.db" in GRAPH["store.book"]
    assert "store.repo" in GRAPH["store.book"]


def test_no_import_circles() -> None:
    assert circles() == []


def test_the_store_never_imports_a_face() -> None:
    for name, targets in GRAPH.items():
        if name == "store" or name.startswith("store."):
            faces = sorted(t for t in targets if not (t == "store" or t.startswith("store.")))
            assert faces == [], f"{name} imports {faces}"


# Rich's Text is the terminal's text type both faces share: the modules that lay a meeting's
# words out for a terminal (the words, and their wrapping with hanging indents) may build one
# (lazily); nothing else in the store knows Rich.
MAY_IMPORT_RICH = {"store.words", "store.hanging"}


def test_the_store_imports_no_interface_library() -> None:
    for name, path in MODULES.items():
        if not (name == "store" or name.startswith("store.")):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                roots = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                roots = {node.module.split(".")[0]}
            else:
                continue
            forbidden = roots & {"tui", "cli", "commands", "textual", "typer", "rich"}
            if name in MAY_IMPORT_RICH:
                forbidden -= {"rich"}
            assert not forbidden, f"{name} imports {sorted(forbidden)}"


def test_tests_and_benchmarks_say_what_they_hold() -> None:
    for folder in ("tests", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            assert ast.get_docstring(tree), f"{path.relative_to(ROOT)} has no module docstring"


@pytest.mark.parametrize("path", list(product_files()), ids=lambda p: module_name(p) or "cli")
def test_modules_are_small_and_say_what_they_hold(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.count("\n")
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines (at most {MAX_LINES})"
    assert ast.get_docstring(ast.parse(text)), f"{path.relative_to(ROOT)} has no module docstring"


def test_the_store_loads_without_textual() -> None:
    """Neither the store nor the CLI's modules load Textual (the CLI starts fast, runs headless)."""
    code = (
        "import sys, store, cli; "
        "import store.importer, store.extract, store.exchange.registry; "
        "assert 'textual' not in sys.modules, 'textual was imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_no_name_of_the_store_is_also_one_of_its_modules() -> None:
    """`store.x` read on first use (PEP 562) must not share its name with a module `store/x.py`:
    importing that module anywhere would set the package's `x` to the module for good."""
    names = set(vars(store)["_ON_FIRST_USE"])
    modules = {path.stem for path in (ROOT / "store").iterdir() if path.suffix == ".py"}
    modules |= {path.name for path in (ROOT / "store").iterdir() if (path / "__init__.py").exists()}
    assert names & modules == set()


def test_every_name_of_the_store_is_what_its_module_defines() -> None:
    for name, home in vars(store)["_ON_FIRST_USE"].items():
        assert getattr(store, name) is getattr(importlib.import_module(home), name), name
