"""The wheel as a secretary gets it: built from this repository, installed into a fresh virtual
environment, and run from there (the commands, the migrations, the screens), far from the
editable install the rest of the suite uses.

The wheel is built once for the module, without build isolation (no download of the build
backend; it needs the setuptools named in pyproject.toml's [build-system]), from a clean copy of
the repository so that no `build/` folder of an earlier build can slip stale files in. The fresh
environment gets the wheel's dependencies from the package index pip is configured with.
Opens no PostgreSQL book: it runs in the SQLite half only.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from tests.helpers import ROOT, SAMPLE

# One worker runs every test here: the wheel is built and installed once (about 25 s).
pytestmark = pytest.mark.xdist_group("wheel")

PACKAGES = ("store", "tui", "commands")  # the top-level packages the program is made of
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", "*.py[cod]",
    ".pytest_cache", ".ruff_cache", ".mypy_cache", ".hypothesis", "out", "*.db", "*.db-*",
)  # fmt: skip
# What the fresh environment must not inherit from the one running the tests.
NOT_INHERITED = {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "COLUMNS", "LINES"}


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin")

    @property
    def python(self) -> Path:
        return self.bin / ("python.exe" if os.name == "nt" else "python")

    @property
    def minutebook(self) -> Path:
        return self.bin / ("minutebook.exe" if os.name == "nt" else "minutebook")


def check_build_backend() -> None:
    """Fail, saying what to install, when this environment cannot build the wheel."""
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["build-system"]
    needed = next(r for r in requires["requires"] if r.startswith("setuptools"))
    wanted = re.search(r">=\s*(\d+)", needed)
    try:
        have = version("setuptools")
    except PackageNotFoundError:
        have = None
    too_old = have is not None and wanted and int(have.split(".")[0]) < int(wanted.group(1))
    if have is None or too_old:
        pytest.fail(
            f"building the wheel needs {needed} in this environment (found "
            f"{have or 'none'}): pip install -e '.[test]', or pip install '{needed}'",
            pytrace=False,
        )


def run(command: list[str | Path], what: str, **options: object) -> str:
    result = subprocess.run(command, capture_output=True, text=True, **options)  # type: ignore[call-overload]
    if result.returncode != 0:
        pytest.fail(f"{what} failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    check_build_backend()
    work = tmp_path_factory.mktemp("wheel")
    source, dist, venv = work / "source", work / "dist", work / "venv"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-q", "-w", dist, source],
        "building the wheel (pip wheel --no-build-isolation)",
        timeout=300,
    )  # fmt: skip
    (wheel,) = dist.glob("minutebook-*.whl")
    run([sys.executable, "-m", "venv", venv], "making a fresh virtual environment", timeout=300)
    made = Installed(wheel, venv)
    run(
        # --no-compile: the byte-code of textual and the rest is pip's work, not the wheel's
        # (6 of the install's 19 s here); the program runs the same without it.
        [made.python, "-m", "pip", "install", "--disable-pip-version-check", "--no-compile",
         "-q", wheel],
        "installing the wheel into a fresh environment (its dependencies come from the "
        "package index: PyPI, or the index your pip configuration names)",
        timeout=600,
        env=clean_env(work),
        cwd=work,
    )
    yield made


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a secretary's shell: nothing of this test run's Python, and every
    folder the program writes to (book, settings, logs) inside `home`."""
    env = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    env.update(
        HOME=str(home / "home"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        MINUTEBOOK_DB=str(home / "default.db"),
    )
    return env


def minutebook(installed: Installed, tmp_path: Path, *args: str | Path) -> str:
    """Run the installed `minutebook` from a folder far from the repository; its stdout."""
    return run(
        [installed.minutebook, *args],
        f"minutebook {' '.join(map(str, args))}",
        env=clean_env(tmp_path),
        cwd=tmp_path,
        timeout=120,
    )


def test_the_wheel_carries_every_file_of_the_program(installed: Installed) -> None:
    """Every file in the packages (Python, stylesheets, alembic's template and versions) and
    cli.py: what is missing here is what the installed program cannot read."""
    shipped = set(zipfile.ZipFile(installed.wheel).namelist())
    wanted = {"cli.py"}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*"):
            parts = path.relative_to(ROOT).parts
            if path.is_dir() or "__pycache__" in parts or path.suffix in {".pyc", ".pyo"}:
                continue
            if any(part.startswith(".") for part in parts) or path.name.endswith("~"):
                continue  # an editor's or a tool's file, not the program's
            wanted.add("/".join(parts))
    missing = sorted(wanted - shipped)
    assert not missing, (
        f"not in the wheel: {missing}; list them in pyproject.toml "
        "([tool.setuptools.packages.find] or [tool.setuptools.package-data])"
    )
    for needed in ("tui/app.tcss", "store/migrations/env.py", "store/migrations/script.py.mako"):
        assert needed in shipped
    assert any(name.startswith("store/migrations/versions/0001_") for name in shipped)


WHERE = """
import json, cli, store, tui
print(json.dumps([cli.__file__, *store.__path__, *tui.__path__]))
"""


def test_the_program_runs_from_the_wheel_not_the_repository(
    installed: Installed, tmp_path: Path
) -> None:
    where = run(
        [installed.python, "-c", WHERE],
        "importing the installed modules",
        env=clean_env(tmp_path),
        cwd=tmp_path,
    )
    for place in json.loads(where):
        assert Path(place).resolve().is_relative_to(installed.venv.resolve()), place


def test_the_commands_and_migrations_from_the_wheel(installed: Installed, tmp_path: Path) -> None:
    book = tmp_path / "book.db"
    assert "Usage: minutebook" in minutebook(installed, tmp_path, "--help")
    # A new book is made by the migrations shipped in the wheel.
    assert "at schema" in minutebook(installed, tmp_path, "--db", book, "--create", "db", "upgrade")
    minutebook(installed, tmp_path, "--db", book, "import", SAMPLE)
    found = json.loads(
        minutebook(installed, tmp_path, "--db", book, "search", "khang", "--format", "json")
    )
    assert len(found) == 3  # Nguyễn Đình Khang's meetings in the sample (README's tour)


SCREEN = """
import asyncio, html, sys
from tui.app import make_app

async def main():
    app = make_app(sys.argv[1], lang="en")
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            for _ in range(3):
                await app.workers.wait_for_complete()
                await pilot.pause(0.1)
            print(app.export_screenshot())
    finally:
        app.book.close()

asyncio.run(main())
"""


def test_the_screens_from_the_wheel(installed: Installed, tmp_path: Path) -> None:
    """The stylesheet and screens of the installed package draw the sample book."""
    book = tmp_path / "book.db"
    minutebook(installed, tmp_path, "--db", book, "--create", "import", SAMPLE)
    svg = run(
        [installed.python, "-c", SCREEN, book],
        "the screens from the wheel",
        env=clean_env(tmp_path),
        cwd=tmp_path,
        timeout=120,
    )
    # The SVG writes spaces as &#160; and splits the text into runs; keep the words.
    screen = html.unescape(svg).replace("\xa0", " ")
    assert "5 meetings" in screen
    assert "Hội nghị lần thứ Tư" in screen  # the newest meeting's title, in its preview
