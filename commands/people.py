"""`minutebook people`: the book's directory of people, a person's meetings, and its upkeep
(rename a misspelled name, merge two spellings of one person, list the names that may be one).

A name is looked up the store's way (`Book.find_person`: diacritics optional, each word typed the
start of a word of the name; several matches are an error naming them, never a guess). The list
comes in the order of a Vietnamese list of people, by given name (`--sort name`), or by the whole
name as written (`--sort full`), both in the Vietnamese alphabet (`store.sort_people`).
"""

from enum import StrEnum
from typing import Annotated, Any

import typer

import store
from commands.options import Format, FormatOption, opened
from commands.output import fail, out, plural, print_rows, rich_text

app = typer.Typer(help="The people in the book: list, timeline, rename, merge.")


class PeopleOrder(StrEnum):
    """How `minutebook people` orders the list (`store.PEOPLE_ORDERS`)."""

    name = "name"  # given name, then middle names, then family name: Trần Văn An before Lê Bình
    full = "full"  # the whole name as written: Bùi…, Chu…, Đặng…, Hoàng…


SortOption = Annotated[
    PeopleOrder,
    typer.Option(
        "--sort",
        help="name: by given name, then middle and family name, as Vietnamese lists are; "
        "full: by the whole name as written. Both in Vietnamese alphabetical order.",
    ),
]


@app.callback(invoke_without_command=True)
def people(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Option("--name", help="Only names with these words.")] = None,
    fmt: FormatOption = Format.table,
    sort: SortOption = PeopleOrder.name,
) -> None:
    """Everyone in the book with how many meetings and their last title, by given name."""
    if ctx.invoked_subcommand is not None:
        return
    with opened(ctx) as book:
        found = store.sort_people(book.people(name), sort.value)
    if not found:
        raise fail("no people found")
    rows: list[dict[str, Any]] = [
        {"name": p.name, "meetings": p.meetings, "last_title": p.last_title,
         "last_date": p.last_date.iso() if p.last_date else None}
        for p in found
    ]  # fmt: skip
    if fmt is Format.table:
        for row, person in zip(rows, found, strict=True):
            row["last_date"] = person.last_date.display() if person.last_date else None
    print_rows(rows, fmt.value, ["Name", "Meetings", "Last title", "Last seen"])


@app.command("show")
def people_show(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="The person's name, with or without diacritics.")
    ],
    fmt: FormatOption = Format.table,
) -> None:
    """A person's meetings, newest first, with the role and the title held at each."""
    with opened(ctx) as book:
        person_id = book.find_person(name)
        full_name = book.person_name(person_id)
        appearances = book.timeline(person_id)
    rows: list[dict[str, Any]] = [
        {"meeting": a.meeting_id, "date": a.date.iso(), "role": a.role,
         "title_held": a.held_title, "meeting_title": a.title}
        for a in appearances
    ]  # fmt: skip
    if fmt is Format.table:
        out.print(
            rich_text(
                f"{full_name}: {plural(len({a.meeting_id for a in appearances}), 'meeting')}",
                style="bold",
            )
        )
        for row, appearance in zip(rows, appearances, strict=True):
            row["date"] = appearance.date.display()
    if not rows:
        raise fail(f"{full_name} is in no meeting")
    print_rows(rows, fmt.value, ["#", "Date", "Role", "Title held", "Meeting"])


@app.command("rename")
def people_rename(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The name as it is now.")],
    new_name: Annotated[str, typer.Argument(metavar="NEW_NAME", help="The correct spelling.")],
) -> None:
    """Correct the spelling of a person's name in every meeting."""
    with opened(ctx) as book:
        changed = book.rename_person(book.find_person(name), new_name)
    if not changed:
        raise fail(f"{store.one_line(new_name)} is already spelled that way; nothing changed")
    out.print(rich_text(f"Renamed {store.one_line(name)} to {store.one_line(new_name)}."))


@app.command("merge")
def people_merge(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(metavar="KEEP", help="The spelling to keep.")],
    other: Annotated[str, typer.Argument(metavar="OTHER", help="The duplicate to fold into it.")],
) -> None:
    """Make two spellings one person: OTHER's meetings move to KEEP."""
    with opened(ctx) as book:
        keep_id = book.find_person(keep)
        other_id = book.find_person(other)
        other_name = book.person_name(other_id)
        moved = book.merge_people(keep_id, other_id)
        kept_name = book.person_name(keep_id)
    out.print(rich_text(f"Merged {other_name} into {kept_name} ({plural(moved, 'meeting')})."))


@app.command("duplicates")
def people_duplicates(ctx: typer.Context) -> None:
    """Names that are the same without diacritics (Hải, Hài, Hai): check, then merge if one."""
    with opened(ctx) as book:
        groups = book.possible_duplicates()
    if not groups:
        raise fail("no possible duplicates")
    for group in groups:
        out.print(
            rich_text(" | ".join(f"{p.name} ({plural(p.meetings, 'meeting')})" for p in group))
        )
