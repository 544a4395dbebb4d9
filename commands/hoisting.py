"""The whole program's options typed after a command, moved before it: `minutebook stats --all
--lang vi` runs as `minutebook --lang vi stats --all`.

Click reads `--db`, `--lang` and `--create` only before the command's name, where the program's
options go; a secretary types them where the thought ends, after the command, and was refused
with a hint. Here they are moved to the front before Click parses, so the command does what
was meant. Only what is certainly the program's option moves: the command is found in the real
command tree, each of its own options that takes a value keeps that value (`--title --db` is a
title), a command that has an option of the same name keeps it, and nothing after `--` moves.
Anything unclear is left where it is, for Click to judge and explain.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# The program's options that move; `--version` and `--help` keep Click's own reading.
MOVED = ("--db", "--lang", "--create")


def hoisted(arguments: Sequence[str], root: Any) -> list[str]:
    """`arguments` with the program's own options that follow the command moved before it."""
    program = _value_taking(root)
    words = list(arguments)
    front = at = _after_options(words, program)  # the command's name, if any
    command: Any = root
    while at < len(words) and hasattr(command, "commands"):  # a group: a command's name next
        found = command.commands.get(words[at])
        if found is None:
            return words  # a mistake or --help: Click says what it means
        command = found
        at += 1
        if hasattr(found, "commands"):  # a group's own options come before its command
            at = _after_options(words, _value_taking(found), at)
    if command is root:
        return words
    own = _value_taking(command)
    args_at = at
    moved: list[str] = []
    kept: list[str] = []
    while at < len(words):
        word = words[at]
        name = word.partition("=")[0]
        if word == "--":
            kept.extend(words[at:])
            break
        takes_value = program.get(name, False) and "=" not in word
        movable = name in MOVED and name in program and name not in own
        if movable and (not takes_value or at + 1 < len(words)):
            step = 2 if takes_value else 1
            moved.extend(words[at : at + step])
            at += step
            continue
        step = 2 if own.get(name, False) and "=" not in word else 1  # an option's value stays
        kept.extend(words[at : at + step])
        at += step
    if not moved:
        return words
    return words[:front] + moved + words[front:args_at] + kept


def _value_taking(command: Any) -> dict[str, bool]:
    """Each option name of `command`, and whether it takes a value."""
    names: dict[str, bool] = {}
    for param in getattr(command, "params", ()):
        if getattr(param, "param_type_name", "") != "option":
            continue
        takes = not getattr(param, "is_flag", False) and not getattr(param, "count", False)
        for name in (*param.opts, *param.secondary_opts):
            names[name] = takes
    return names


def _after_options(words: Sequence[str], options: dict[str, bool], at: int = 0) -> int:
    """Where the options at `at` end: the index of the first word that is not one of them."""
    while at < len(words):
        name = words[at].partition("=")[0]
        if name not in options:
            return at
        at += 2 if options[name] and "=" not in words[at] else 1
    return at
