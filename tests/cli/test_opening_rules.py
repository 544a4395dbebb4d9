"""Which books a command may open or make, and two writers racing: issue 13's items 7 and 10.

A missing file becomes a new book only where one is expected (the default location on the first
run, `--create`, the target of `db copy`); otherwise it is one line naming the path and the flag,
and nothing is created. Several `add`s of one meeting at once, as separate processes, leave it in
the book once, and every loser says why in one line.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest

import store
from tests.helpers import SAMPLE, console_script, ok, one_error

pytestmark = pytest.mark.on_every_backend  # see tests/conftest.py


@pytest.fixture
def run():
    """The real Typer app, with the arguments as given (no `--db` added)."""
    from typer.testing import CliRunner

    from cli import app

    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args))


def test_a_missing_file_is_refused_and_not_created(run, tmp_path: Path) -> None:
    path = tmp_path / "minutes-2025.db"
    for command in (["list"], ["search", "khang"], ["export", "--format", "json"], ["db", "check"]):
        line = one_error(run("--db", str(path), *command), 1)
        assert str(path) in line and "--create" in line
    assert not path.exists()


def test_create_starts_a_new_book_there(run, tmp_path: Path) -> None:
    path = tmp_path / "minutes-2025.db"
    ok(run("--db", str(path), "--create", "import", str(SAMPLE)))
    assert path.exists()
    # Once it exists, the flag is neither needed nor harmful.
    assert "Khang" in ok(run("--db", str(path), "search", "khang")).stdout
    assert "Khang" in ok(run("--db", str(path), "--create", "search", "khang")).stdout


def test_the_default_book_is_made_on_the_first_run(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("MINUTEBOOK_DB", raising=False)
    default = Path(store.describe_location(None))
    assert not default.exists()
    ok(run("import", str(SAMPLE)))
    assert default.exists()


def test_an_environment_variable_naming_a_missing_file_is_refused(
    run, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "typo.db"
    monkeypatch.setenv("MINUTEBOOK_DB", str(path))
    assert str(path) in one_error(run("list"), 1)
    assert not path.exists()


def test_the_refusal_says_the_very_command_that_starts_the_book(tmp_path: Path) -> None:
    """The README's first command on a custom book (MINUTEBOOK_DB naming a file not there yet):
    one line naming the file and where its name came from, and the command to type, which then
    works as said; the refusal itself creates nothing."""
    path = tmp_path / "sổ 2025.db"
    env = {**os.environ, "MINUTEBOOK_DB": str(path)}
    first = [str(console_script()), "import", str(SAMPLE)]
    done = subprocess.run(first, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == "", done
    [line] = done.stderr.splitlines()
    assert line.startswith(f"minutebook: no minute book at {path} (named by MINUTEBOOK_DB); ")
    said = line.rpartition(" with: ")[2]
    assert shlex.split(said) == ["minutebook", "--create", "import", str(SAMPLE)]
    assert not path.exists()
    typed = [str(console_script()), *shlex.split(said)[1:]]
    done = subprocess.run(typed, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert path.exists()


def test_the_command_to_type_keeps_what_was_typed(run, tmp_path: Path) -> None:
    path = tmp_path / "a book.db"
    line = one_error(run("--lang", "en", "--db", str(path), "search", "khang"), 1)
    said = line.rpartition(" with: ")[2]
    assert shlex.split(said) == [
        "minutebook", "--create", "--lang", "en", "--db", str(path), "search", "khang"
    ]  # fmt: skip
    assert "MINUTEBOOK_DB" not in line  # --db named it
    assert not path.exists()


def test_db_copy_makes_its_target(run, tmp_path: Path) -> None:
    source = tmp_path / "book.db"
    ok(run("--db", str(source), "--create", "import", str(SAMPLE)))
    target = tmp_path / "copy.db"
    ok(run("--db", str(source), "db", "copy", "--to", str(target)))
    assert "Khang" in ok(run("--db", str(target), "search", "khang")).stdout


def test_the_store_api_refuses_a_missing_file_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "nothing.db"
    with pytest.raises(store.BookMissing, match="no minute book at"):
        store.open_book(str(path))
    assert not path.exists()
    store.open_book(str(path), create=True).close()
    store.open_book(str(path)).close()


# Racing writers ---------------------------------------------------------------------------------

RACERS = 8


def test_the_same_meeting_added_at_once_is_kept_once(db: str, tmp_path: Path) -> None:
    """Separate processes, as secretaries at separate terminals: the write lock orders them, so
    the second and later find the first's meeting instead of meeting a raw constraint error."""
    env = {**os.environ, "MINUTEBOOK_DB": db}
    add = [
        str(console_script()), "add", "--title", "Hội nghị Ban Chấp hành lần thứ 5",
        "--date", "15/3/2024", "--chair", "Nguyễn Đình Khang | Chủ tịch",
    ]  # fmt: skip
    racers = [
        subprocess.Popen(add, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(RACERS)
    ]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in racers]  # type: ignore[union-attr]
    won = [r for r in results if r[0] == 0]
    lost = [r for r in results if r[0] != 0]
    assert len(won) == 1, results
    for code, _out, err in lost:
        assert code == 1, err
        lines = err.splitlines()
        assert len(lines) == 1 and "same date, title and place" in lines[0], err
    with store.open_book(db) as book:
        assert book.search("").total == 1
