"""The command line in the interface language: choosing it, its help said in it, Click's words.

The language is chosen first, from the arguments (`--lang vi`) or the locale (`LANG=vi_VN.UTF-8`),
before anything is printed (`choose_language`): `--help` is answered while Click parses, before
any callback runs. Then every help text of the command tree is said again in that language
(`speak`): the texts are catalog keys in English, so they are translated when shown and a command
tree built once (the tests build it once) speaks whichever language each run chose.

Click's own words ("Usage:", "Options", "Show this message and exit.", "Error: ...") are said by
our `CatalogFormatter` and `show_click_error`, which put them through the same catalog. Typer
carries its own copy of Click, whose words are plain English literals, not `gettext` calls (only
Typer's three section headings are), so installing a translation for a gettext domain would
reach almost none of them; and a `.mo` file is found through the locale, a second catalog that
`--lang` could not switch. Everything Click says passes through the help formatter (a context's
`formatter_class`) or an exception's `show`, so these two places say it all without patching
Typer or Click. This module does not import Rich or Textual.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from typing import IO, Any

import typer
from typer.core import TyperArgument

from commands.hoisting import MOVED
from store.i18n import _, current_language, english, set_language


def choose_language(args: Sequence[str]) -> None:
    """Set the language `--lang` names among the global options, else the locale's.

    An unknown `--lang` leaves the locale's language: the callback says what is wrong with it."""
    try:
        set_language(_lang_argument(args))
    except ValueError:
        set_language(None)


def _lang_argument(args: Sequence[str]) -> str | None:
    """What `--lang` says before the command's name (`minutebook --db X --lang vi search ...`)."""
    at = 0
    while at < len(args):
        token = args[at]
        if token == "--lang":
            return args[at + 1] if at + 1 < len(args) else None
        if token.startswith("--lang="):
            return token.split("=", 1)[1]
        if token == "--db":
            at += 1  # its value
        elif not token.startswith("-") or token == "--":
            return None  # the command's name: what follows is its own
        at += 1
    return None


def say(text: str) -> str:
    """`text`, an English catalog key or its translation, in the current language."""
    return _(english(text)[0])


def speak(command: Any) -> None:
    """Say every help text of `command` and its subcommands in the current language, and give
    each the context whose formatter says Click's words in it (`CatalogContext`)."""
    command.context_class = CatalogContext
    for attribute in ("help", "short_help", "epilog"):
        text = getattr(command, attribute, None)
        if text:
            setattr(command, attribute, say(text))
    for param in command.params:
        text = getattr(param, "help", None)
        if text:
            param.help = say(text)  # type: ignore[attr-defined]
        if isinstance(param, TyperArgument):
            _plain_argument(param)
    for subcommand in getattr(command, "commands", {}).values():
        speak(subcommand)


def _plain_argument(argument: TyperArgument) -> None:
    """Name an argument in the help as a person reads it: `QUERY...` in the usage line and the
    list, without Typer's Python type (`<list[str]>`) or its braces (`{QUERY...}...`)."""
    words = argument.display_name_raw
    if argument.nargs != 1 and not words.endswith("..."):
        words += "..."
    if not argument.required:
        words = f"[{words}]"
    argument.display_type_rich = lambda ctx: None  # type: ignore[method-assign]
    argument._usage_display_name = lambda: words  # type: ignore[method-assign]


# Click's help ----------------------------------------------------------------------------------

_EXTRA = re.compile(r"^(?P<help>.*?)(?:\s*\[(?P<extra>[^\[\]]*)\])?$", re.DOTALL)


class CatalogFormatter(typer.Context.formatter_class):  # Typer's Click's HelpFormatter
    """Click's help formatter, saying Click's own words in the current language: the usage
    prefix, the section headings, the help option's help and the `[default: x]` notes."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, _("Usage:") + " " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(say(heading))

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:  # fmt: skip
        super().write_dl([(term, _help_cell(text)) for term, text in rows], col_max, col_spacing)


def _help_cell(text: str) -> str:
    """An option's help with Click's notes after it: `Do not ask.  [default: table]`."""
    match = _EXTRA.match(text)
    if match is None or not match["extra"]:
        return say(text)
    notes = "; ".join(_note(note) for note in match["extra"].split("; "))
    return f"{say(match['help'])}  [{notes}]"


def _note(note: str) -> str:
    name, colon, value = note.partition(": ")
    return _("{name}: {value}", name=say(name), value=value) if colon else say(note)


class CatalogContext(typer.Context):
    formatter_class = CatalogFormatter


# Click's errors ---------------------------------------------------------------------------------

# Click's messages, as its code words them, and the catalog's key for each: the values in quotes
# are the user's (an option's name, a value typed), kept as they are.
_QUOTED = r"('[^']*'(?: / '[^']*')*)"
CLICK_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"^No such option: (\S+)", "No such option: {name}"),
        (r"\(Possible options: (.*)\)$", "(Possible options: {name})"),
        (r"^No such command '(.*)'\.$", "No such command '{name}'."),
        (r"^Missing argument (.*)\.$", "Missing argument {name}."),
        (r"^Missing option (.*)\.$", "Missing option {name}."),
        (r"^Missing parameter: (.*)$", "Missing parameter: {name}"),
        (r"^Missing command\.$", "Missing command."),
        (r"^Option ('[^']*') requires an argument\.$", "Option {name} requires an argument."),
        (r"^Option ('[^']*') does not take a value\.$", "Option {name} does not take a value."),
        (
            r"^Got unexpected extra argument\(s\) \((.*)\)$",
            "Got unexpected extra argument(s) ({name})",
        ),
        (r"^Invalid value for (.*?): ", "Invalid value for {name}: "),
        (r"('[^']*') is not one of (.*)\.$", "{name} is not one of {choices}."),
        (r"('[^']*') is not a valid integer\.$", "{name} is not a valid integer."),
        (r"(\S+) is not in the range (.*)\.$", "{name} is not in the range {choices}."),
    )
)


def click_words(message: str) -> str:
    """One of Click's messages in the current language (English: as Click wrote it)."""
    if current_language() == "en":
        return message
    for pattern, key in CLICK_MESSAGES:
        message = pattern.sub(lambda found, key=key: _fill(key, found.groups()), message)
    return message


def _fill(key: str, groups: Iterable[str | None]) -> str:
    values = [value or "" for value in groups]
    fields = dict(zip(("name", "choices"), values, strict=False))
    return _(key, **fields) if fields else _(key)


def show_click_error(error: typer.TyperException, file: IO[str] | None = None) -> None:
    """A usage mistake as one line, as every other mistake is: the command, what was wrong and
    where the help is (`minutebook export: Invalid value for '--format' ...; see 'minutebook
    export --help'`), in the current language. Click's own three-line report (usage, hint,
    `Error:`) made a wrong option look like a crash to a newcomer."""
    stream = file if file is not None else sys.stderr
    ctx: Any = getattr(error, "ctx", None)
    color = getattr(ctx, "color", None) if ctx is not None else getattr(error, "show_color", None)
    said = _plain(_INTERNALS.sub("", " ".join(error.format_message().split())))
    said = click_words(said)
    where = ctx.command_path if ctx is not None else "minutebook"
    line = f"{where}: {said.rstrip('.')}"
    misplaced = _before_the_command(error, ctx)
    if misplaced in MOVED:  # with its value it would have been moved before the command
        line = f"{where}: " + _("{option} needs a value", option=misplaced)
    elif misplaced is not None:
        line += _("; {option} goes before the command: '{root} {option} … {command}'",
                  option=misplaced, root=ctx.find_root().command_path,
                  command=ctx.info_name)  # fmt: skip
    if ctx is not None and ctx.command.get_help_option(ctx) is not None:
        line += _("; see '{command} {option}'", command=ctx.command_path,
                  option=ctx.help_option_names[0])  # fmt: skip
    typer.echo(line, file=stream, color=color)


def _before_the_command(error: typer.TyperException, ctx: Any) -> str | None:
    """The option a command refused that is the whole program's (`minutebook stats --lang vi`
    for `minutebook --lang vi stats`): typed after the command, where newcomers put it."""
    name = getattr(error, "option_name", None)
    if ctx is None or ctx.parent is None or not name:
        return None
    root = ctx.find_root().command
    program = {option for param in root.params for option in getattr(param, "opts", ())}
    return name if name in program else None


def _plain(message: str) -> str:
    """pydantic's refusals of a number (how Typer checks one) in the words our own errors use."""
    for pattern, key in _REFUSALS:
        message = pattern.sub(lambda found, key=key: _(key, n=found.group(1) or ""), message)
    return message


_REFUSALS = [
    (re.compile(r"Input should be a valid integer(?:, unable to parse string as an integer)?()"),
     "write a whole number, like 10"),
    (re.compile(r"Input should be greater than or equal to (\d+)"), "give {n} or more"),
    (re.compile(r"Input should be less than or equal to (\d+)"), "give {n} or less"),
]  # fmt: skip

# pydantic's and Python's prefixes on a value's refusal: how the check is built, not what is wrong.
_INTERNALS = re.compile(r"\b(?:Value error|Assertion failed), ")
