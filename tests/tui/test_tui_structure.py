"""The TUI's house rules, checked on its source with `ast`: one API, no screen importing another.

- The TUI reaches the book only through `store`'s API: no session, no SQLAlchemy or SQLModel, and
  every name it takes from `store` (imported or as `store.name`) is in `store.__all__`.
- No `type: ignore`: screens reach the app through the typed `BookScreen.app`.
- Screens do not import each other (imports inside functions count: a lazy import is still a
  dependency): they navigate through the app and learn that the book changed from its signal. A
  screen module may import the shared `base` and `dialogs`, and a screen it extends (the draft
  form is an edit form).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import store

ROOT = Path(__file__).resolve().parents[2]
TUI = ROOT / "tui"
SCREENS = TUI / "screens"
SHARED_SCREEN_MODULES = {"tui.screens", "tui.screens.base", "tui.screens.dialogs"}
FORBIDDEN_TEXT = ("session(", "sqlalchemy", "sqlmodel", "type: ignore")


def tui_files() -> list[Path]:
    return sorted(TUI.rglob("*.py"))


def ids(path: Path) -> str:
    return str(path.relative_to(ROOT))


def imports(tree: ast.AST) -> Iterator[tuple[str, list[str], ast.AST]]:
    """Every import anywhere in the module: (module, names taken from it, the node)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node
        elif isinstance(node, ast.ImportFrom) and not node.level:
            yield node.module or "", [alias.name for alias in node.names], node


def test_the_rules_see_the_tui() -> None:
    # A walk that found nothing would pass every rule below.
    assert len(tui_files()) > 15 and (SCREENS / "browse.py") in tui_files()


@pytest.mark.parametrize("path", tui_files(), ids=ids)
def test_no_session_no_orm_no_ignore(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [word for word in FORBIDDEN_TEXT if word in text]
    assert found == [], f"{ids(path)} holds {found}"


# Modules of the store a face may import besides its API: the one catalog of the program's words
# (tui/i18n.py re-exports it), as the CLI's structure test allows too.
PUBLIC_MODULES = {"store.i18n"}


@pytest.mark.parametrize("path", tui_files(), ids=ids)
def test_only_the_store_api_is_used(path: Path) -> None:
    api = set(store.__all__)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrong = []
    for module, names, node in imports(tree):
        if module.startswith("store.") and module not in PUBLIC_MODULES:
            wrong.append(f"line {node.lineno}: imports {module}")
        elif module == "store":
            wrong += [f"line {node.lineno}: {name} is not in store.__all__"
                      for name in names if name not in api]  # fmt: skip
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "store"
            and node.attr not in api
        ):
            wrong.append(f"line {node.lineno}: store.{node.attr} is not in store.__all__")
    assert wrong == [], f"{ids(path)}: " + "; ".join(wrong)


def base_classes(tree: ast.AST) -> set[str]:
    return {
        ast.unparse(base).split("[")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for base in node.bases
    }


@pytest.mark.parametrize("path", sorted(SCREENS.glob("*.py")), ids=ids)
def test_screens_do_not_import_each_other(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    extended = base_classes(tree)
    wrong = []
    for module, names, node in imports(tree):
        if not module.startswith("tui.screens") or module in SHARED_SCREEN_MODULES:
            continue
        if names and set(names) <= extended:
            continue  # a screen this one extends
        wrong.append(f"line {node.lineno}: {module} {names or ''}".rstrip())
    assert wrong == [], f"{ids(path)} imports other screens: " + "; ".join(wrong)


def test_the_shared_screen_modules_import_no_screen() -> None:
    for name in ("base", "dialogs"):
        tree = ast.parse((SCREENS / f"{name}.py").read_text(encoding="utf-8"))
        modules = {module for module, _names, _node in imports(tree)}
        found = sorted(m for m in modules - SHARED_SCREEN_MODULES if m.startswith("tui.screens"))
        assert found == [], f"tui/screens/{name}.py imports {found}"
