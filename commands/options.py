"""What the command groups share: the formats, the options written alike, opening the book.

Its annotations are evaluated as the module loads (no `from __future__ import annotations`), as
in every module that declares commands: Typer reads every command's hints at each start, and
evaluating them from strings took 10 ms of it.
"""

import os
import shlex
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Any

import typer

import store
from commands.output import err, rich_text
from store.i18n import _


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help=_("table for people, json or csv for scripts."))
]


class Sort(StrEnum):
    """`search`'s orders (`store.ORDERS`): the best matches first, or the newest first."""

    relevance = "relevance"
    newest = "newest"


SortOption = Annotated[
    Sort,
    typer.Option(
        "--sort",
        help=_(
            "relevance: the person the words name first, then the words together, then "
            "anywhere (newest first within each); newest: newest first."
        ),
    ),
]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help=_("At most this many."))]
PersonOption = Annotated[
    list[str] | None, typer.Option(metavar="'NAME | TITLE'", show_default=False)
]
MeetingArgument = Annotated[
    str, typer.Argument(metavar="MEETING", help=_("The meeting's number or uid."))
]


def role_entries(**by_role: list[str] | None) -> list[tuple[str, str]]:
    """(role, "Name | title") for every person given under each role's flag."""
    return [(role, entry) for role, entries in by_role.items() for entry in entries or []]


def opened(ctx: typer.Context) -> "store.Book":
    """The book the command works on (`--db`, else $MINUTEBOOK_DB, else the default file); use
    it in a `with` block, which closes it."""
    return open_telling(db_option(ctx), create=bool(ctx.obj and ctx.obj.get("create")))


def open_telling(db: str | None, *, create: bool = False) -> "store.Book":
    """`store.open_book`, saying on stderr as an upgrade of the book begins and once it is done
    (stdout stays the command's own output: a JSON or CSV file written from it stays whole)."""
    book = store.open_book(db, create=create, upgrading=tell_upgrading)
    if book.upgraded is not None:
        err.print(rich_text(book.upgraded.notice()))
    return book


def tell_upgrading(before: str, after: str) -> None:
    """Said on stderr as an existing book's upgrade begins: a large book's takes minutes, which
    looked like a program that hung (`store.upgrades.Upgrading`)."""
    err.print(rich_text(store.starting_notice(before, after)))


def db_option(ctx: typer.Context) -> str | None:
    """What `--db` said, if anything."""
    return ctx.obj["db"] if ctx.obj else None


def missing_book_line(db: str | None, arguments: Sequence[str]) -> str:
    """What to say when the book named is not there: the file, who named it, and the very
    command to type to start a new book there (the same, `--create` added). The store refuses a
    missing file so that a typo never looks like an empty book; the user decides, in one word."""
    named = (
        ""
        if db is not None or not os.environ.get("MINUTEBOOK_DB")
        else _(" (named by MINUTEBOOK_DB)")
    )
    return _(
        "no minute book at {path}{named}; if the name is right, start a new book there with: "
        "{command}",
        path=store.describe_location(db),
        named=named,
        command=shlex.join(["minutebook", "--create", *map(_masked, arguments)]),
    )


def _masked(argument: str) -> str:
    """A command-line argument as it may be shown: a database URL's password masked."""
    option, equals, value = argument.rpartition("=") if argument.startswith("--") else ("", "", "")
    url = value if equals else argument
    if "://" not in url:
        return argument
    return f"{option}{equals}{store.describe_location(url)}"


def valid(data: dict[str, Any], source: str) -> "store.MeetingRecord":
    """The record `data` describes; `InvalidRecord` with every problem if it is not one."""
    result = store.validate_record(data, source=source)
    if isinstance(result, list):
        raise store.InvalidRecord(result)
    return result
