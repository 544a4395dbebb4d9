"""The `minutebook` command's entry point: `main()`, and the app for whoever imports it.

`minutebook --version` is answered here from the arguments alone (`commands.version`): loading
the app means loading the store and its database libraries, which is most of a command's start.
Everything else runs the app of `commands.root` (the Typer app, its options, its groups and the
one mapping of errors to exit codes). `cli.app` and the other names of that module are loaded on
first use (PEP 562), so tests and scripts keep writing `from cli import app`.
"""

import sys
from typing import Any

from commands.version import asks_version, version_line

# Names of commands.root that scripts and tests reach through this module.
_OF_THE_APP = ("app", "MinutebookGroup", "main_callback", "open_tui")


def main() -> None:
    """The `minutebook` command (see `commands.root.main` for how it ends)."""
    if asks_version(sys.argv[1:]):
        print(version_line())
        return
    from commands.root import main as run_app

    run_app()


def __getattr__(name: str) -> Any:
    if name not in _OF_THE_APP:
        raise AttributeError(f"module 'cli' has no attribute {name!r}")
    from commands import root

    return getattr(root, name)


if __name__ == "__main__":
    main()
