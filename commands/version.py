"""`minutebook --version`, answered before the app is loaded.

The version needs no book, no language and no command, so `cli.main` answers it from the
arguments alone, without loading Typer, the store or its database libraries: a secretary (or a
script) asking which minutebook runs waits for Python to start and little more. What Click would
read differently (the flag after a command, or as the value of `--db`) goes to the app, whose own
eager `--version` gives the same line.
"""

from collections.abc import Sequence

# The global options before a command, and whether each takes a value (`--db FILE`).
_GLOBAL_OPTIONS = {"--db": True, "--lang": True, "--create": False}


def version_line() -> str:
    """`minutebook 0.2.0 (book schema 0017)`: the installed distribution's version and the
    newest schema of a book it reads and writes, which tells two builds of one version apart
    where it matters (the newer one upgrades a book the older one then refuses)."""
    from importlib.metadata import version

    return f"minutebook {version('minutebook')} (book schema {newest_schema()})"


def newest_schema() -> str:
    """The newest migration's revision, read off the names of the store's migration files
    (`0016_….py`) without loading the store or its database libraries."""
    import re
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("store")  # found, not imported
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        return "unknown"
    names = (path.name for path in (Path(folders[0]) / "migrations" / "versions").glob("*.py"))
    revisions = [found.group(1) for name in names if (found := re.match(r"(\d{4})_", name))]
    return max(revisions, default="unknown")


def asks_version(arguments: Sequence[str]) -> bool:
    """Whether Click would answer these arguments with the version: `--version` among the global
    options, before any command and before `--help` (the first eager flag given wins)."""
    index = 0
    while index < len(arguments):
        word = arguments[index]
        if word == "--version":
            return True
        name = word.partition("=")[0]
        if name not in _GLOBAL_OPTIONS:
            return False  # a command, --help, or a mistake: the app says what it means
        index += 2 if _GLOBAL_OPTIONS[name] and "=" not in word else 1
    return False
