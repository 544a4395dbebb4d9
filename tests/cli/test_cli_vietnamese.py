"""The command line under `--lang vi` and `LANG=vi_VN.UTF-8`: help, results and mistakes say no
English word (data aside: names, titles, paths, commands and options as typed), and English
still counts right (`1 meeting`, `3 meetings`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from store.i18n import CATALOGS, plural, set_language

# Words only English says; none is a command, an option, a code or a word of the sample data.
ENGLISH = (
    "the", "meeting", "meetings", "not", "found", "error", "usage", "options", "show", "this",
    "message", "exit", "commands", "no", "match", "nothing", "written", "problem", "problems",
    "people", "name", "title", "date", "place", "is", "of", "and", "or", "with",
)  # fmt: skip
# What is data or typed as it is: options and commands, metavars, formats, query fields.
DATA = re.compile(
    r"(?m)^ {2}[a-z]+(?= {2})|--[a-z-]+|`[^`]*`|<[^>]*>|'[^']*'|\b[A-Z_]{2,}\b(\.\.\.)?"
    r"|\b(table|json|csv|md|docx|relevance|newest|person|chair|org|place|kind|doc|date|status)\b:?"
)
VI_ENV = {"LANG": "vi_VN.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}


def english_words(text: str) -> list[str]:
    prose = DATA.sub(" ", text)
    return [w for w in re.findall(r"[A-Za-z]+", prose) if w.lower() in ENGLISH]


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    from cli import app

    return CliRunner().invoke(app, list(args), env=env)


@pytest.fixture(params=["--lang", "LANG"])
def vi(request: pytest.FixtureRequest, imported: Any, db: str) -> Any:
    """The CLI in Vietnamese on the sample book, chosen by `--lang vi` or by the locale."""

    def invoke(*args: str) -> Any:
        if request.param == "--lang":
            return run("--db", db, "--lang", "vi", *args)
        return run("--db", db, *args, env=VI_ENV)

    yield invoke
    set_language("en")


@pytest.mark.parametrize(
    "args",
    [("--help",), ("search", "--help"), ("search", "xyz"), ("show", "1"), ("people",),
     ("--frmat",)],
)  # fmt: skip
def test_no_english_under_vietnamese(vi: Any, args: tuple[str, ...]) -> None:
    result = vi(*args)
    said = result.stdout + result.stderr
    assert said.strip()
    if args[0] == "show":  # the record's own words are data; the labels are not
        said = "\n".join(line for line in said.splitlines() if not line.startswith("  "))
    assert english_words(said) == [], said


@pytest.mark.parametrize("case", ["add", "import"])
def test_store_mistakes_under_vietnamese(vi: Any, tmp_path: Path, case: str) -> None:
    bad = tmp_path / "loi.json"
    if case == "add":
        result = vi("add", "--title", "Giao ban", "--date", "31/2/2024")
    else:
        bad.write_text('[{"title": "Giao ban", "date": "31/2/2024"}]', encoding="utf-8")
        result = vi("import", str(bad))
    assert result.exit_code != 0
    # The file's path is data (pytest's folder holds "of"), not words of the program.
    said = result.stderr.replace(str(bad), "")
    assert english_words(said) == [], result.stderr


def test_the_reason_is_named_as_amend_s_help_names_it_in_both_languages(
    imported: Any, db: str
) -> None:
    """`amend --help` said `--reason TEXT` and, under Vietnamese, `show` of locked minutes said
    `--reason LÝ_DO` and a missing reason `--reason NỘI_DUNG`: three names for one value. Click
    shows a metavar as declared in either language, so every message names it the same way."""
    from commands.editing import amend

    (reason,) = [p for p in typer.main.get_command(typer_app(amend)).params if p.name == "reason"]
    assert reason.metavar == "TEXT"
    for english_text, vietnamese in CATALOGS["vi"].items():
        given = re.findall(r"--reason (\S+)", english_text)
        assert re.findall(r"--reason (\S+)", vietnamese) == given, english_text
        assert set(given) <= {"TEXT"}, english_text
    for lang in ("en", "vi"):
        assert "--reason TEXT" in run("--lang", lang, "amend", "--help").stdout
        said = run("--db", db, "--lang", lang, "amend", "1", "--reason", " ", "--title", "x").stderr
        assert said.strip().endswith("--reason TEXT"), said
        assert "(`minutebook history MEETING`)" in " ".join(
            run("--lang", lang, "amend", "--help").stdout.split()
        )


def typer_app(command: Any) -> Any:
    """A Typer app of one command function, to read its options as Click has them."""
    one = typer.Typer()
    one.command()(command)
    return one


def test_english_counts_right() -> None:
    set_language("en")
    assert plural(1, "1 meeting", "{count} meetings") == "1 meeting"
    assert plural(3, "1 meeting", "{count} meetings") == "3 meetings"
    set_language("vi")
    assert plural(3, "1 meeting", "{count} meetings") == "3 cuộc họp"
    set_language("en")


def test_english_help_is_english(cli: Any) -> None:
    result = run("--help")
    assert "Usage:" in result.stdout and "Show this message and exit." in result.stdout


@pytest.mark.parametrize(
    "args",
    [("frobnicate",), ("export", "--format", "pdf"), ("search", "--sort", "oldest", "x"),
     ("search", "--bogus")],
    ids=["command", "format", "sort", "option"],
)
def test_a_usage_mistake_is_one_line_naming_the_help(cli: Any, args: tuple[str, ...]) -> None:
    set_language("en")
    result = run(*args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("minutebook"), result.stderr
    assert "--help'" in lines[0] and "Value error" not in lines[0]


def test_the_program_s_options_typed_after_a_command_are_the_program_s(
    imported: Any, db: str, tmp_path: Path
) -> None:
    """Newcomers type `minutebook stats --all --lang vi`: the option is the program's, and was
    refused with a hint; now the command does what was meant (`commands.hoisting`)."""
    set_language("en")
    said = run("stats", "--all", "--lang", "vi", "--db", db)
    assert said.exit_code == 0, said.stderr
    assert "cuộc họp" in said.stdout and "meetings" not in said.stdout
    set_language("en")
    assert "Nguyễn Đình Khang" in run("search", "khang", f"--db={db}").stdout
    elsewhere = tmp_path / "other.db"
    created = run("add", "--title", "--db", "--date", "2024-05-01", "--db", str(elsewhere),
                  "--create")  # fmt: skip
    assert created.exit_code == 0, created.stderr  # a title "--db": an option's value stays
    listed = run("--db", str(elsewhere), "search", "--format", "json", "db")
    assert '"--db"' in listed.stdout and "Nguyễn Đình Khang" not in listed.stdout


@pytest.mark.parametrize(("language", "said"), [("en", "needs a value"), ("vi", "cần một giá trị")])
def test_the_program_s_option_after_a_command_without_its_value_says_it_needs_one(
    cli: Any, language: str, said: str
) -> None:
    set_language("en")
    result = run("--lang", language, "stats", "--all", "--lang")
    assert result.exit_code == 2
    assert f"minutebook stats: --lang {said}" in result.stderr, result.stderr
    assert "before" not in run("stats", "--bogus").stderr  # an option of no one: no such hint
    assert "--version goes before the command" in run("list", "--version").stderr  # not moved
    assert run("search", "--", "--lang", "vi").exit_code != 2  # after "--", words to find
